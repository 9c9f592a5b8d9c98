"""Streaming JSONL reading and writing of scheme records, with errors that say where."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import IO, Iterable, Iterator, Mapping, Tuple, Union

from nlp.types import Document

PathLike = Union[str, os.PathLike]


class RecordError(ValueError):
    """A record that cannot be read, with the file and line it came from."""

    def __init__(self, path: str, line: int, message: str, record_id: str = ""):
        self.path, self.line, self.record_id, self.message = str(path), line, record_id, message
        where = f"{path}:{line}" + (f" (id {record_id!r})" if record_id else "")
        super().__init__(f"{where}: {message}")


def iter_json_lines(path: PathLike, stream: IO[str] | None = None) -> Iterator[Tuple[int, object]]:
    """Yield ``(line_number, parsed_json)`` for every non-blank line; bad JSON raises
    :class:`RecordError` naming the file and line."""
    owned = stream is None
    handle = open(path, encoding="utf-8-sig") if owned else stream
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise RecordError(str(path), number, f"not valid JSON: {error.msg} at column {error.colno}") from None
    finally:
        if owned:
            handle.close()


def read_records(path: PathLike) -> Iterator[Tuple[int, Mapping]]:
    """Yield ``(line_number, record)`` pairs; a line that is not a JSON object raises."""
    for number, value in iter_json_lines(path):
        if not isinstance(value, dict):
            raise RecordError(str(path), number, f"expected a JSON object, got {type(value).__name__}")
        yield number, value


def read_documents(path: PathLike) -> Iterator[Document]:
    """Stream :class:`Document` objects from a JSONL file."""
    for number, record in read_records(path):
        try:
            yield Document.from_dict(record)
        except (KeyError, TypeError, ValueError) as error:
            raise RecordError(str(path), number, str(error), str(record.get("id", ""))) from None


def dumps(document: Union[Document, Mapping]) -> str:
    record = document.to_dict() if isinstance(document, Document) else dict(document)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_documents(documents: Iterable[Union[Document, Mapping]], path_or_stream: Union[PathLike, IO[str]]) -> int:
    """Write documents as JSONL, one per line; returns how many were written."""
    if isinstance(path_or_stream, io.TextIOBase) or hasattr(path_or_stream, "write"):
        return _write(documents, path_or_stream)  # type: ignore[arg-type]
    path = Path(path_or_stream)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        return _write(documents, handle)


def _write(documents: Iterable[Union[Document, Mapping]], handle: IO[str]) -> int:
    count = 0
    for document in documents:
        handle.write(dumps(document) + "\n")
        count += 1
    return count
