import io
import json

import pytest

from nlp.batch.sources import (FileInput, InputError, RecordInput, content_hash, iter_inputs, iter_sources,
                               read_source)
from tests.batch.conftest import EN, ZH, write_jsonl


def _errors(items):
    return [str(item) for item in items if isinstance(item, InputError)]


def _records(items):
    return [item for item in items if not isinstance(item, InputError)]


def test_folders_are_read_recursively_in_sorted_order_with_relative_ids(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "b" / "c" / "deep.md").write_text(EN, encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(f"<html><body><article><p>{ZH}</p></article></body></html>",
                                              encoding="utf-8")
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG")          # not a text type: not read
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")      # hidden: not read
    records = list(iter_inputs([str(tmp_path)]))
    assert [r["id"] for r in records] == ["a", "b/page", "b/c/deep"]
    assert records[0] == {"id": "a", "text": ZH, "source": str(tmp_path / "a.txt"), "encoding": "utf-8"}
    assert "支持企业创建自主品牌" in records[1]["text"]


def test_a_file_given_directly_is_named_by_its_stem(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(ZH.encode("gb18030"))
    assert list(iter_inputs([str(path)])) == [{"id": "notice", "text": ZH, "source": str(path), "encoding": "gb18030"}]


def test_jsonl_records_keep_id_text_and_other_fields(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [{"id": 7, "text": " 文本 ", "city": "Guangzhou"}, {"text": EN}])
    records = list(iter_inputs([str(path)]))
    assert records[0] == {"id": "7", "text": " 文本 ", "city": "Guangzhou", "source": f"{path}:1", "encoding": "utf-8"}
    assert records[1]["id"] == "r:2"


@pytest.mark.parametrize("line, reason", [
    ("{not json", "r.jsonl:2: not valid JSON"),
    ('{"id": "x"}', "r.jsonl:2: record has no field 'text'"),
    ('{"id": "x", "text": 5}', "field 'text' is int, not a string"),
    ('{"id": "x", "text": "  "}', "field 'text' is empty"),
    ('["a list"]', "expected a JSON object, got list"),
    ('{"id": {"a": 1}, "text": "t"}', "field 'id' must be a string or a number"),
    ('{"id": "good", "text": "again"}', "r.jsonl:2: duplicate id 'good' (first in"),
])
def test_a_bad_jsonl_line_is_an_error_naming_file_and_line_and_reading_goes_on(tmp_path, line, reason):
    path = write_jsonl(tmp_path / "r.jsonl", [{"id": "good", "text": ZH}, line, {"id": "last", "text": EN}])
    items = list(iter_inputs([str(path)]))
    assert [r["id"] for r in _records(items)] == ["good", "last"]
    (error,) = _errors(items)
    assert reason in error


def test_a_jsonl_line_that_is_not_utf8_is_an_error(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n' + '{"id": "b", "text": "支持"}\n'.encode("gb18030"))
    items = list(iter_inputs([str(path)]))
    assert _errors(items) == [f"{path}:2: not UTF-8 (byte 23 of the line): JSONL must be UTF-8"]


def test_duplicate_ids_across_inputs_are_reported(tmp_path):
    write_jsonl(tmp_path / "one.jsonl", [{"id": "notice", "text": EN}])
    (tmp_path / "notice.txt").write_text(ZH, encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "one.jsonl"), str(tmp_path / "notice.txt")]))
    assert len(_records(items)) == 1
    assert "duplicate id 'notice'" in _errors(items)[0] and "one.jsonl:1" in _errors(items)[0]


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n", "empty file"),
    ("binary.txt", b"\x00\x01\x02\x03" * 20, "binary file"),
    ("big.txt", b"x" * 101, "101 bytes is over the limit of 100"),
    ("odd.txt", b"abc\x80\x80", "cannot be decoded"),
    ("blank.html", b"<html><body><script>x()</script></body></html>", "no main text"),
])
def test_unreadable_files_are_errors_with_path_and_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)], max_bytes=100))
    assert [r["id"] for r in _records(items)] == ["ok"]
    (error,) = _errors(items)
    assert error.startswith(str(tmp_path / name)) and reason in error


def test_long_jsonl_lines_are_over_the_limit(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [{"id": "a", "text": "x" * 200}, {"id": "b", "text": "y"}])
    items = list(iter_inputs([str(path)], max_bytes=100))
    assert [r["id"] for r in _records(items)] == ["b"] and "r.jsonl:1: line of" in _errors(items)[0]


def test_missing_inputs_are_errors_and_stdin_reads_jsonl(tmp_path):
    stdin = io.BytesIO(b'\xef\xbb\xbf{"id": "s", "text": "from stdin"}\n\n{bad\n')
    items = list(iter_sources([str(tmp_path / "missing"), "-"], stdin=stdin))
    assert str(items[0]) == f"{tmp_path / 'missing'}: no such file or folder"
    assert isinstance(items[1], RecordInput) and items[1].record["text"] == "from stdin"
    assert str(items[2]) == "<stdin>:3: not valid JSON: Expecting property name enclosed in double quotes at column 2"


def test_no_inputs_give_nothing():
    assert list(iter_inputs([])) == []


def test_reading_is_lazy_so_a_folder_streams(tmp_path):
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(EN, encoding="utf-8")
    sources = iter_sources([str(tmp_path)])
    first = next(sources)
    assert isinstance(first, FileInput) and first.id == "0"


def test_content_hash_follows_the_content_not_the_id_or_output_fields():
    plain = RecordInput("a.jsonl", 1, {"id": "a", "text": ZH, "city": "GZ"})
    renamed = RecordInput("b.jsonl", 9, {"id": "b", "text": ZH, "city": "GZ", "source": "x", "model": "m",
                                         "content_hash": "h", "clauses": [], "encoding": "utf-8"})
    changed = RecordInput("a.jsonl", 1, {"id": "a", "text": ZH, "city": "SZ"})
    assert content_hash(plain) == content_hash(renamed) != content_hash(changed)
    assert content_hash(FileInput("x.txt", "x", b"abc")) != content_hash(FileInput("x.txt", "x", b"abd"))


def test_read_source_reports_unsupported_types():
    error = read_source(FileInput("scan.tiff", "scan", b"II*\x00"))
    assert isinstance(error, InputError) and "unsupported file type '.tiff'" in str(error)


def test_an_annotated_file_can_be_read_again(tmp_path):
    path = write_jsonl(tmp_path / "out.jsonl", [{"id": "a", "text": EN, "clauses": [{"start": 0, "end": 3}],
                                                 "model": "old", "source": "orig.txt", "encoding": "gb18030"}])
    (record,) = iter_inputs([str(path)])
    assert record["source"] == "orig.txt" and record["encoding"] == "gb18030" and json.dumps(record)
