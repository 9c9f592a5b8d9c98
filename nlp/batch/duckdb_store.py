"""The DuckDB store: tables ``documents``, ``clauses``, ``entities``, ``measures`` and ``errors``.

Each commit is one transaction, so a run killed at any moment leaves whole documents
only (DuckDB's write-ahead log drops an unfinished transaction on the next open). A
document re-annotated (new content, or a new model) replaces its old rows in the same
transaction. ``errors`` holds one row per failing input location (file, or file and
line): the latest reason, removed when that input is annotated later.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from nlp.batch.rows import DOCUMENT_TABLES, TABLES, Rows
from nlp.batch.stores import StoreError
from nlp.batch.tasks import Annotated

SCHEMA_VERSION = "1"
MEMORY_LIMIT = "64MB"
ARROW_TYPES = {"VARCHAR": "string", "JSON": "string", "INTEGER": "int64", "DOUBLE": "float64",
               "BOOLEAN": "bool", "TIMESTAMP": "timestamp", "VARCHAR[]": "list"}


def create_tables(connection) -> None:
    """Create the store's tables if they are missing (in one transaction), and check the schema version."""
    connection.execute("BEGIN TRANSACTION")
    for table, columns in TABLES.items():
        spec = ", ".join(f"{name} {kind}" for name, kind in columns)
        connection.execute(f"CREATE TABLE IF NOT EXISTS {table} ({spec})")
    connection.execute("CREATE TABLE IF NOT EXISTS store_info (key VARCHAR, value VARCHAR)")
    found = connection.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
    if found is None:
        connection.execute("INSERT INTO store_info VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    connection.execute("COMMIT")
    if found is not None and found[0] != SCHEMA_VERSION:
        raise StoreError(f"store has schema version {found[0]}, this policy-nlp writes version {SCHEMA_VERSION}")


def connect(path, *, read_only: bool = False):
    """A DuckDB connection to ``path`` with a clear :class:`StoreError` when that fails."""
    import duckdb

    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a DuckDB file")
    if read_only and not path.is_file():
        raise StoreError(f"{path}: no such store")
    try:
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        connection = duckdb.connect(str(path), read_only=read_only)
        connection.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        return connection
    except OSError as error:
        raise StoreError(f"{path}: cannot open: {error.strerror or error}") from None
    except duckdb.Error as error:
        message = str(error)
        if "lock" in message.lower():
            message = "in use by another process (a DuckDB file has one writer at a time)"
        raise StoreError(f"{path}: cannot open the store: {message}") from None


class DuckDBStore:
    """Annotated documents as tables, written in transactions of many documents."""

    def __init__(self, path):
        self.path = Path(path)
        self.repaired_bytes = 0
        self._connection = None
        self._index: Dict[str, Tuple[Optional[str], Optional[str]]] = {}
        self._rows: Rows = {table: [] for table in TABLES}
        self._replaced: List[str] = []
        self._locations: List[Tuple[str, int]] = []

    def open(self) -> "DuckDBStore":
        import duckdb

        self._connection = connect(self.path)
        try:
            create_tables(self._connection)
            for doc_id, content_hash, model in self._connection.execute(
                    "SELECT id, content_hash, model FROM documents").fetchall():
                self._index[doc_id] = (content_hash, model)
        except duckdb.Error as error:
            self._connection.close()
            raise StoreError(f"{self.path}: not a policy-nlp store: {error}") from None
        except StoreError:
            self._connection.close()
            raise
        return self

    def has(self, doc_id: str, content_hash: str, model: str) -> bool:
        return self._index.get(doc_id) == (content_hash, model)

    def add(self, result: Annotated, model: str) -> None:
        for table in DOCUMENT_TABLES:
            self._rows[table].extend(result.rows[table])
        if result.id in self._index:
            self._replaced.append(result.id)
        self._index[result.id] = (result.content_hash, model)
        self._locations.append((result.source, result.line))

    def add_error(self, error, model: str) -> None:
        self._rows["errors"].append((error.source, error.line, error.id or None, error.reason, model, datetime.now()))
        self._locations.append((error.source, error.line))

    def commit(self) -> None:
        """Write everything added since the last commit in one transaction."""
        if not self._locations:
            return
        import duckdb
        import pyarrow as pa

        connection = self._connection
        try:
            connection.execute("BEGIN TRANSACTION")
            if self._replaced:
                connection.register("replaced_ids", pa.table({"id": self._replaced}))
                for table in DOCUMENT_TABLES:
                    column = "id" if table == "documents" else "doc_id"
                    connection.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM replaced_ids)")
                connection.unregister("replaced_ids")
            sources, lines = zip(*self._locations)
            connection.register("locations", pa.table({"source": list(sources), "line": list(lines)}))
            connection.execute("DELETE FROM errors USING locations "
                               "WHERE errors.source = locations.source AND errors.line = locations.line")
            connection.unregister("locations")
            for table, rows in self._rows.items():
                if rows:
                    connection.register("batch_rows", _arrow_table(table, rows))
                    connection.execute(f"INSERT INTO {table} SELECT * FROM batch_rows")
                    connection.unregister("batch_rows")
            connection.execute("COMMIT")
        except duckdb.Error as error:
            connection.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot write: {error}") from None
        for rows in self._rows.values():
            rows.clear()
        self._replaced.clear()
        self._locations.clear()

    def close(self) -> None:
        if self._connection is None:
            return
        try:
            self.commit()
            self._connection.execute("CHECKPOINT")
        finally:
            self._connection.close()
            self._connection = None


def _arrow_table(table: str, rows: List[tuple]):
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "timestamp": pa.timestamp("us"), "list": pa.list_(pa.string())}
    columns = TABLES[table]
    values = list(zip(*rows))
    return pa.table({name: pa.array(values[i], type=types[ARROW_TYPES[kind]]) for i, (name, kind) in enumerate(columns)})
