"""Read input documents from files, folders and JSONL, one record per document.

Each input becomes either a record (``id``, ``text``, ``source``, ``encoding``, plus any
fields a JSONL record carried) or an :class:`InputError` naming the file, the line
where there is one, and what is wrong. Reading never stops at a bad input.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, Iterator, Optional, Tuple, Union

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
ENCODINGS = ("utf-8", "gb18030", "big5")
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class InputError:
    """An input that could not be turned into a record."""

    source: str
    reason: str
    line: int = 0

    def __str__(self) -> str:
        return f"{self.source}{':' + str(self.line) if self.line else ''}: {self.reason}"


Item = Union[Dict, InputError]


def decode(data: bytes) -> Tuple[str, str]:
    """Text and encoding name of ``data``: BOMs first, then UTF-8, GB18030, Big5.

    Raises ``ValueError`` for binary data or bytes no candidate encoding reads.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (contains NUL bytes)")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot be decoded as {', '.join(ENCODINGS)}")


def iter_inputs(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Records and errors from files, folders (recursively) and JSONL; ``-`` is stdin."""
    seen_ids: Dict[str, str] = {}
    for name in inputs:
        if name == "-":
            yield from _check_ids(_jsonl_lines(sys.stdin, "<stdin>"), seen_ids)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES)
            for file in files:
                yield from _check_ids(_read_file(file, max_bytes), seen_ids)
        elif path.is_file():
            yield from _check_ids(_read_file(path, max_bytes), seen_ids)
        else:
            yield InputError(name, "no such file or folder")


def _check_ids(items: Iterable[Item], seen: Dict[str, str]) -> Iterator[Item]:
    for item in items:
        if isinstance(item, dict):
            where = f"{item.get('source', '')}"
            if item["id"] in seen:
                yield InputError(where, f"duplicate id {item['id']!r} (first in {seen[item['id']]})")
                continue
            seen[item["id"]] = where
        yield item


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(str(path), f"{size} bytes is over the limit of {max_bytes}")
            return
        if path.suffix.lower() in JSONL_SUFFIXES:
            with open(path, encoding="utf-8-sig", errors="strict") as handle:
                yield from _jsonl_lines(handle, str(path))
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(str(path), f"cannot be read: {error.strerror or error}")
        return
    except UnicodeDecodeError as error:
        yield InputError(str(path), f"JSONL is not UTF-8: {error.reason}")
        return
    if not data.strip():
        yield InputError(str(path), "empty file")
        return
    try:
        text, encoding = decode(data)
    except ValueError as error:
        yield InputError(str(path), str(error))
        return
    yield {"id": path.stem, "text": text, "source": str(path), "encoding": encoding}


def _jsonl_lines(handle, source: str) -> Iterator[Item]:
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield InputError(source, f"not valid JSON: {error.msg}", number)
                continue
            problem = _record_problem(record)
            if problem:
                yield InputError(source, problem, number)
                continue
            yield {**record, "id": str(record.get("id", f"{Path(source).stem}:{number}")),
                   "source": record.get("source", f"{source}:{number}")}
    except UnicodeDecodeError as error:
        yield InputError(source, f"JSONL is not UTF-8: {error.reason}")


def _record_problem(record: object) -> Optional[str]:
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    if not isinstance(record.get("text"), str):
        return "record has no string field 'text'"
    return None
