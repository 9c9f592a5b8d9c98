"""The scheme's own JSONL records (``nlp.io``), under the same interface as the tools' formats."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from evaluation.formats.spans import FormatError
from nlp.io import RecordError, read_documents, write_documents
from nlp.types import Document


def read(path: Path) -> Iterator[Document]:
    try:
        yield from read_documents(path)
    except RecordError as error:
        raise FormatError(str(error)) from None


def write(documents: Iterable[Document], path: Path) -> int:
    return write_documents(documents, path)
