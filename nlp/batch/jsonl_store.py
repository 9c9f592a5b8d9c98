"""JSONL output that survives being killed: appended whole lines, repaired and compacted on open.

The file is its own index: on open, a truncated last line (a run killed mid-write) is
cut off, and each id's last record says which content and model it was annotated
with. New records are appended in batches; a record that replaces an older one for
the same id (new content or a new model) makes the file be rewritten without the old
one, atomically (temporary file, then rename), at close or at the next open.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from nlp.batch.stores import StoreError
from nlp.batch.tasks import Annotated

Key = Tuple[Optional[str], Optional[str]]  # (content_hash, model)
READ_CHUNK = 1 << 16


class JsonlStore:
    """Scheme records, one per line and one per document id, in the order they were annotated."""

    def __init__(self, path):
        self.path = Path(path)
        self.repaired_bytes = 0
        self._index: Dict[str, Tuple[Key, int]] = {}
        self._lines = 0
        self._superseded = 0
        self._buffer: List[Tuple[str, Key, str]] = []
        self._fd: Optional[int] = None

    # --- opening ---------------------------------------------------------------
    def open(self) -> "JsonlStore":
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a JSONL file")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._temporary().unlink(missing_ok=True)
            if self.path.exists():
                self.repaired_bytes = repair_tail(self.path)
                self._scan()
                if self._superseded:
                    self._compact()
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot write: {error.strerror or error}") from None
        return self

    def _scan(self) -> None:
        with open(self.path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                self._lines = number
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    record_id = str(record["id"])
                except (ValueError, KeyError, TypeError):
                    raise StoreError(f"{self.path}:{number}: not a record written by 'policy-nlp annotate'; "
                                     "move the file away or choose another output") from None
                if record_id in self._index:
                    self._superseded += 1
                self._index[record_id] = ((record.get("content_hash"), record.get("model")), number)

    # --- writing ---------------------------------------------------------------
    def has(self, doc_id: str, content_hash: str, model: str) -> bool:
        """Whether the file holds ``doc_id`` annotated from this content by this model."""
        entry = self._index.get(doc_id)
        return entry is not None and entry[0] == (content_hash, model)

    def add(self, result: Annotated, model: str) -> None:
        self._buffer.append((result.id, (result.content_hash, model), result.jsonl))

    def add_error(self, error, model: str) -> None:
        """Errors are not records: they go to the database and stderr only."""

    def commit(self) -> None:
        """Append the buffered records in one write."""
        if not self._buffer:
            return
        data = "".join(line + "\n" for _, _, line in self._buffer).encode("utf-8")
        try:
            _write_all(self._fd, data)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot write: {error.strerror or error}") from None
        for doc_id, key, _ in self._buffer:
            self._lines += 1
            if doc_id in self._index:
                self._superseded += 1
            self._index[doc_id] = (key, self._lines)
        self._buffer.clear()

    def close(self) -> None:
        if self._fd is None:
            return
        try:
            self.commit()
            os.fsync(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
        if self._superseded:
            self._compact()

    # --- compaction ------------------------------------------------------------
    def _temporary(self) -> Path:
        return self.path.with_name(self.path.name + ".compacting")

    def _compact(self) -> None:
        """Rewrite the file keeping only the last record of each id."""
        keep = {line for _, line in self._index.values()}
        temporary = self._temporary()
        renumbered: Dict[str, Tuple[Key, int]] = {}
        written = 0
        with open(self.path, "rb") as source, open(temporary, "wb") as target:
            for number, line in enumerate(source, start=1):
                if number in keep:
                    target.write(line)
                    written += 1
                    record_id = str(json.loads(line)["id"])
                    renumbered[record_id] = (self._index[record_id][0], written)
            target.flush()
            os.fsync(target.fileno())
        os.replace(temporary, self.path)
        _fsync_folder(self.path.parent)
        self._index, self._lines, self._superseded = renumbered, written, 0


def repair_tail(path: Path) -> int:
    """Cut a last line that has no newline (a write that was interrupted); return the bytes cut."""
    with open(path, "r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - READ_CHUNK)
            handle.seek(start)
            block = handle.read(end - start)
            if end == size and block.endswith(b"\n"):
                return 0
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        handle.truncate(keep)
        handle.flush()
        os.fsync(handle.fileno())
        return size - keep


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
