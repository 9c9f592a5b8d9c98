import duckdb
import pytest

from nlp.batch.duckdb_store import DuckDBStore
from nlp.batch.rows import table_rows
from nlp.batch.sources import InputError
from nlp.batch.stores import StoreError
from nlp.batch.tasks import Annotated
from nlp.types import Clause, Document


def _result(doc_id, content="h", clauses=2, source=None, line=0):
    text = "甲。" * clauses
    document = Document(text, id=doc_id, clauses=tuple(Clause(2 * i, 2 * i + 2) for i in range(clauses)),
                        extra={"content_hash": content, "source": source or f"{doc_id}.txt"})
    return Annotated(id=doc_id, source=source or f"{doc_id}.txt", line=line, content_hash=content, jsonl=None,
                     rows=table_rows(document, "m"), clauses=clauses, entities=0)


def _count(path, sql):
    connection = duckdb.connect(str(path), read_only=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_documents_are_written_and_known_after_reopening(tmp_path):
    path = tmp_path / "new" / "store.duckdb"
    store = DuckDBStore(path).open()
    store.add(_result("a", "h1", 2), "m")
    store.add(_result("b", "h2", 3), "m")
    store.close()
    assert _count(path, "SELECT id, n_clauses FROM documents ORDER BY id") == [("a", 2), ("b", 3)]
    assert _count(path, "SELECT count(*) FROM clauses") == [(5,)]
    store = DuckDBStore(path).open()
    assert store.has("a", "h1", "m") and not store.has("a", "h1", "m2") and not store.has("a", "h9", "m")
    store.close()


def test_a_document_annotated_again_replaces_its_rows(tmp_path):
    path = tmp_path / "store.duckdb"
    store = DuckDBStore(path).open()
    store.add(_result("a", "h1", 2), "m")
    store.add(_result("b", "h2", 1), "m")
    store.close()
    store = DuckDBStore(path).open()
    store.add(_result("a", "h1-new", 4), "m2")
    store.close()
    assert _count(path, "SELECT id, content_hash, n_clauses FROM documents ORDER BY id") == [("a", "h1-new", 4),
                                                                                         ("b", "h2", 1)]
    assert _count(path, "SELECT doc_id, count(*) FROM clauses GROUP BY doc_id ORDER BY doc_id") == [("a", 4), ("b", 1)]


def test_errors_keep_one_row_per_location_and_go_when_the_input_is_annotated(tmp_path):
    path = tmp_path / "store.duckdb"
    store = DuckDBStore(path).open()
    store.add_error(InputError("x.txt", "empty file"), "m")
    store.add_error(InputError("r.jsonl", "not valid JSON", 3), "m")
    store.close()
    store = DuckDBStore(path).open()
    store.add_error(InputError("r.jsonl", "still not valid JSON", 3), "m")
    store.add(_result("x", source="x.txt"), "m")
    store.close()
    assert _count(path, "SELECT source, line, reason FROM errors") == [("r.jsonl", 3, "still not valid JSON")]


def test_an_uncommitted_batch_is_not_in_the_store(tmp_path):
    path = tmp_path / "store.duckdb"
    store = DuckDBStore(path).open()
    store.add(_result("a"), "m")
    store.commit()
    store.add(_result("b"), "m")
    store._connection.close()  # as if killed before the commit
    store._connection = None
    assert _count(path, "SELECT id FROM documents") == [("a",)]


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    path = tmp_path / "store.duckdb"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="store.duckdb: cannot open the store"):
        DuckDBStore(path).open()
    with pytest.raises(StoreError, match="is a folder"):
        DuckDBStore(tmp_path).open()


def test_a_store_of_another_schema_is_refused(tmp_path):
    path = tmp_path / "store.duckdb"
    DuckDBStore(path).open().close()
    connection = duckdb.connect(str(path))
    connection.execute("UPDATE store_info SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(StoreError, match="schema version 99"):
        DuckDBStore(path).open()
