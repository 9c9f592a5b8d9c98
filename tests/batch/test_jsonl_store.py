import json

import pytest

from nlp.batch.jsonl_store import JsonlStore, repair_tail
from nlp.batch.stores import StoreError
from nlp.batch.tasks import Annotated


def _result(doc_id, content="h", text="t", model="m1"):
    line = json.dumps({"id": doc_id, "text": text, "content_hash": content, "model": model}, ensure_ascii=False)
    return Annotated(id=doc_id, source="s", line=0, content_hash=content, jsonl=line, rows=None, clauses=0, entities=0)


def _write(path, results, model="m1"):
    store = JsonlStore(path).open()
    for result in results:
        store.add(result, model)
    store.close()
    return store


def _ids(path):
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("content, kept, cut", [
    (b"", b"", 0),
    (b'{"id":"a"}\n', b'{"id":"a"}\n', 0),
    (b'{"id":"a"}\n{"id":"b', b'{"id":"a"}\n', 8),
    (b'{"id":"a', b"", 8),
    (b'{"id":"a"}\n' * 10000 + b'{"id":"partial', b'{"id":"a"}\n' * 10000, 14),
])
def test_repair_tail_cuts_an_unfinished_last_line(tmp_path, content, kept, cut):
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    assert repair_tail(path) == cut
    assert path.read_bytes() == kept


def test_a_reopened_file_knows_what_it_holds(tmp_path):
    path = tmp_path / "sub" / "dir" / "out.jsonl"  # folders that do not exist yet are created
    _write(path, [_result("a", "h1"), _result("b", "h2")])
    store = JsonlStore(path).open()
    assert store.has("a", "h1", "m1") and store.has("b", "h2", "m1")
    assert not store.has("a", "h1", "m2") and not store.has("a", "other", "m1") and not store.has("c", "h", "m1")
    store.close()


def test_a_record_for_an_id_replaces_the_old_one_without_duplicates(tmp_path):
    path = tmp_path / "out.jsonl"
    _write(path, [_result("a", "h1"), _result("b", "h2"), _result("c", "h3")])
    _write(path, [_result("b", "h2-new", text="新", model="m2"), _result("d", "h4", model="m2")], model="m2")
    assert _ids(path) == ["a", "c", "b", "d"]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records[2]["text"] == "新"
    store = JsonlStore(path).open()
    assert store.has("b", "h2-new", "m2") and not store.has("b", "h2", "m1")
    store.close()


def test_an_interrupted_run_is_repaired_and_compacted_on_open(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"id":"a","content_hash":"1","model":"m"}\n{"id":"b","content_hash":"2","model":"m"}\n'
                    '{"id":"a","content_hash":"3","model":"m"}\n{"id":"c","cont', encoding="utf-8")
    (tmp_path / "out.jsonl.compacting").write_text("half a compaction", encoding="utf-8")
    store = JsonlStore(path).open()
    assert store.repaired_bytes == len('{"id":"c","cont') and store.has("a", "3", "m") and not store.has("c", "", "m")
    store.close()
    assert _ids(path) == ["b", "a"] and not (tmp_path / "out.jsonl.compacting").exists()


@pytest.mark.parametrize("content", ['{"id":"a"}\nnot json\n', '{"no_id": 1}\n', '[1, 2]\n'])
def test_a_file_not_written_by_annotate_is_refused(tmp_path, content):
    path = tmp_path / "out.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match="out.jsonl:[12]: not a record written by 'policy-nlp annotate'"):
        JsonlStore(path).open()
    assert path.read_text(encoding="utf-8") == content  # left alone


def test_a_folder_or_an_unwritable_path_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        JsonlStore(tmp_path).open()
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot write"):
        JsonlStore(tmp_path / "file" / "out.jsonl").open()


def test_nothing_written_leaves_an_empty_file(tmp_path):
    path = tmp_path / "out.jsonl"
    _write(path, [])
    assert path.read_bytes() == b""
