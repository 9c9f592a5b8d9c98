"""What every output of a batch run does: know which documents it holds, buffer, commit, close.

Outputs are :class:`~nlp.batch.jsonl_store.JsonlStore`, :class:`~nlp.batch.duckdb_store.DuckDBStore`
and :class:`StreamStore` (standard output). Each keeps its own record of what it holds, so
after a run killed between two outputs' commits, each is completed on its own.
"""
from __future__ import annotations

import sys
from typing import Optional, TextIO

from nlp.batch.tasks import Annotated


class StoreError(RuntimeError):
    """An output that cannot be opened or written, with the path and the reason."""


class StreamStore:
    """Records written to a stream (standard output): nothing to resume."""

    def __init__(self, stream: Optional[TextIO] = None):
        self.stream = stream or sys.stdout
        self.repaired_bytes = 0

    def open(self) -> "StreamStore":
        return self

    def has(self, doc_id: str, content_hash: str, model: str) -> bool:
        return False

    def add(self, result: Annotated, model: str) -> None:
        self.stream.write(result.jsonl + "\n")

    def add_error(self, error, model: str) -> None:
        pass

    def commit(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.commit()


