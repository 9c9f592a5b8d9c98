"""Read input documents from files, folders and JSONL, one item per document.

Reading happens in two steps so that the costly one can run in worker processes:
:func:`iter_sources` lists the inputs in order and yields a :class:`FileInput` (a
file's bytes), a :class:`RecordInput` (one JSONL record) or an :class:`InputError`;
:func:`read_source` turns an input into a record (``id``, ``text``, ``source``,
``encoding``, plus any fields a JSONL record carried) or an :class:`InputError` that
names the file, the line where there is one, and what is wrong. Reading never stops
at a bad input. :func:`content_hash` keys an input by its content, before decoding.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Dict, Iterable, Iterator, Mapping, Optional, Union

from nlp.batch.formats import reader_for

JSONL_SUFFIXES = (".jsonl",)
DEFAULT_MAX_BYTES = 20_000_000
STDIN = "<stdin>"
# Fields this package writes into output records: left out of an input's content hash,
# so that annotating an annotated file again finds the same documents.
OUTPUT_FIELDS = ("source", "encoding", "content_hash", "model", "clauses", "markers", "entities", "paragraphs")


@dataclass(frozen=True)
class InputError:
    """An input that could not be turned into a record, and where it is."""

    source: str
    reason: str
    line: int = 0
    id: str = ""

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@dataclass(frozen=True)
class FileInput:
    """A file to decode and annotate: its path, document id and bytes."""

    path: str
    id: str
    data: bytes = field(repr=False)

    @property
    def location(self) -> str:
        return self.path

    line = 0


@dataclass(frozen=True)
class RecordInput:
    """One JSONL record with a string ``text``; ``source`` and ``id`` are filled in."""

    path: str
    line: int
    record: Mapping

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"


Source = Union[FileInput, RecordInput]
Item = Union[Dict, InputError]


def iter_sources(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 stdin: Optional[BinaryIO] = None) -> Iterator[Union[Source, InputError]]:
    """Inputs in order from files, folders (recursively, sorted) and JSONL; ``-`` is stdin.

    Parameters
    ----------
    inputs : iterable of str
        Paths of files or folders, or ``-`` for JSONL on standard input.
    max_bytes : int
        Larger files (and longer JSONL lines) are errors, not documents.
    stdin : binary stream, optional
        What ``-`` reads (default: ``sys.stdin.buffer``).

    Yields
    ------
    FileInput, RecordInput or InputError
        Duplicate ids across all inputs are errors naming where the id came first.
    """
    seen: Dict[str, str] = {}
    for name in inputs:
        if name == "-":
            yield from _check_ids(_jsonl_records(stdin or sys.stdin.buffer, STDIN, "", max_bytes), seen)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                yield from _check_ids(_read_path(file, _relative_id(file, path), max_bytes), seen)
        elif path.is_file():
            yield from _check_ids(_read_path(path, path.stem, max_bytes), seen)
        elif path.exists():
            yield InputError(name, "not a regular file or folder")
        else:
            yield InputError(name, "no such file or folder")


def read_source(source: Source) -> Item:
    """The record of one input, or an :class:`InputError` saying why there is none."""
    if isinstance(source, RecordInput):
        return dict(source.record)
    reader = reader_for(Path(source.path).suffix)
    if reader is None:
        return InputError(source.path, f"unsupported file type {Path(source.path).suffix!r}", id=source.id)
    try:
        text, encoding = reader(source.data)
    except ValueError as error:
        return InputError(source.path, str(error), id=source.id)
    except ImportError as error:
        return InputError(source.path, f"reading this file type needs {error.name or error}: pip install it", id=source.id)
    if not text.strip():
        return InputError(source.path, "no text (only white space)", id=source.id)
    return {"id": source.id, "text": text, "source": source.path, "encoding": encoding}


def iter_inputs(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Records and errors from files, folders (recursively) and JSONL; ``-`` is stdin."""
    for source in iter_sources(inputs, max_bytes=max_bytes):
        yield source if isinstance(source, InputError) else read_source(source)


def content_hash(source: Source) -> str:
    """SHA-256 of an input's content: a file's bytes, or a record without its id and output fields."""
    if isinstance(source, FileInput):
        return hashlib.sha256(source.data).hexdigest()
    content = {k: v for k, v in source.record.items() if k not in OUTPUT_FIELDS and k != "id"}
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def is_readable(path: Path) -> bool:
    """Whether files like ``path`` are read from folders (by suffix)."""
    return path.suffix.lower() in JSONL_SUFFIXES or reader_for(path.suffix) is not None


def _walk(folder: Path) -> Iterator[Path]:
    """Readable files under ``folder`` in sorted order, one directory listing in memory at a time."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if is_readable(path) and not name.startswith("."):
                yield path


def _relative_id(file: Path, folder: Path) -> str:
    """A file's id in a folder: its path below the folder without suffix (``2021/notice``)."""
    return file.relative_to(folder).with_suffix("").as_posix()


def _check_ids(items: Iterable[Union[Source, InputError]], seen: Dict[str, str]) -> Iterator[Union[Source, InputError]]:
    for item in items:
        if not isinstance(item, InputError):
            if item.id in seen:
                yield InputError(item.path, f"duplicate id {item.id!r} (first in {seen[item.id]})", item.line, item.id)
                continue
            seen[item.id] = item.location
        yield item


def _read_path(path: Path, file_id: str, max_bytes: int) -> Iterator[Union[Source, InputError]]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as handle:
                yield from _jsonl_records(handle, str(path), Path(file_id).as_posix(), max_bytes)
        except OSError as error:
            yield InputError(str(path), f"cannot be read: {error.strerror or error}")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(str(path), f"{size} bytes is over the limit of {max_bytes} (--max-bytes)", id=file_id)
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(str(path), f"cannot be read: {error.strerror or error}", id=file_id)
        return
    if not data.strip():
        yield InputError(str(path), "empty file", id=file_id)
        return
    yield FileInput(str(path), file_id, data)


def _jsonl_records(handle: BinaryIO, source: str, stem: str, max_bytes: int) -> Iterator[Union[RecordInput, InputError]]:
    """Records of a JSONL stream; each bad line is an error naming the line, and reading goes on."""
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield InputError(source, f"line of {len(raw)} bytes is over the limit of {max_bytes} (--max-bytes)", number)
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            yield InputError(source, f"not UTF-8 (byte {error.start} of the line): JSONL must be UTF-8", number)
            continue
        except json.JSONDecodeError as error:
            yield InputError(source, f"not valid JSON: {error.msg} at column {error.colno}", number)
            continue
        problem = record_problem(record)
        if problem:
            yield InputError(source, problem, number, str(record.get("id", "")) if isinstance(record, dict) else "")
            continue
        record_id = str(record["id"]) if record.get("id") is not None else f"{stem or 'stdin'}:{number}"
        yield RecordInput(source, number, {**record, "id": record_id, "source": record.get("source", f"{source}:{number}"),
                                            "encoding": record.get("encoding", "utf-8")})


def record_problem(record: object) -> Optional[str]:
    """Why a parsed JSONL value is not a record to annotate, or None when it is one."""
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    if "text" not in record:
        return "record has no field 'text'"
    if not isinstance(record["text"], str):
        return f"field 'text' is {type(record['text']).__name__}, not a string"
    if not record["text"].strip():
        return "field 'text' is empty"
    if isinstance(record.get("id"), (dict, list)):
        return "field 'id' must be a string or a number"
    return None
