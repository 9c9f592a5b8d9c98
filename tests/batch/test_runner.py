import io
import itertools
import json
import os

import duckdb
import pytest

from nlp.batch.engines import WORKER_DIED, ProcessEngine
from nlp.batch.runner import BatchSummary, annotate_batch
from nlp.batch.sources import RecordInput
from nlp.batch.stores import StoreError
from nlp.batch.tasks import Options, Task
from nlp.pipeline import Pipeline
from tests.batch.conftest import EN, ZH, read_jsonl, write_jsonl

TRADITIONAL = "第一條 為促進珠寶產業發展，特制定本辦法。第二條 鼓勵企業建立自有品牌。"


@pytest.fixture
def corpus(tmp_path):
    """A folder of releases in several encodings and a JSONL file: 6 documents."""
    folder = tmp_path / "releases"
    (folder / "2021").mkdir(parents=True)
    (folder / "gz.txt").write_bytes(ZH.encode("gb18030"))
    (folder / "2021" / "hk.txt").write_bytes(TRADITIONAL.encode("big5"))
    (folder / "2021" / "en.md").write_bytes(EN.encode("utf-16"))
    (folder / "2021" / "page.html").write_text(f"<html><body><nav>Home</nav><article><p>{ZH}</p></article>"
                                                 f"</body></html>", encoding="utf-8")
    write_jsonl(folder / "records.jsonl", [{"id": "r1", "text": EN, "city": "Guangzhou"},
                                           {"id": "r2", "text": ZH + "\n" + EN, "city": "Shenzhen"}])
    return folder


def _quiet():
    return io.StringIO()


def _db(path, sql):
    connection = duckdb.connect(str(path), read_only=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_a_folder_is_annotated_into_jsonl_and_the_store(tmp_path, corpus, pipeline):
    out, db = tmp_path / "out" / "a.jsonl", tmp_path / "out" / "a.duckdb"
    summary = annotate_batch([str(corpus)], output=out, db=db, pipeline=pipeline, errors=_quiet())
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["gz", "r1", "r2", "2021/en", "2021/hk", "2021/page"]
    by_id = {r["id"]: r for r in records}
    assert by_id["2021/hk"]["text"] == TRADITIONAL and by_id["2021/hk"]["encoding"] == "big5"
    assert by_id["gz"]["encoding"] == "gb18030" and by_id["2021/en"]["encoding"] == "utf-16"
    assert "Home" not in by_id["2021/page"]["text"]
    assert by_id["r1"]["city"] == "Guangzhou" and by_id["r1"]["source"].endswith("records.jsonl:1")
    assert all(r["model"] == pipeline.version and len(r["content_hash"]) == 64 and r["clauses"] for r in records)
    assert summary.annotated == 6 and summary.failed == summary.skipped == 0
    assert summary.clauses == sum(len(r["clauses"]) for r in records)
    assert _db(db, "SELECT count(*), count(DISTINCT id) FROM documents") == [(6, 6)]
    assert _db(db, "SELECT count(*) FROM clauses") == [(summary.clauses,)]
    assert _db(db, "SELECT meta->>'city' FROM documents WHERE id = 'r2'") == [("Shenzhen",)]


def test_running_again_skips_what_is_done(tmp_path, corpus, pipeline):
    out, db = tmp_path / "a.jsonl", tmp_path / "a.duckdb"
    annotate_batch([str(corpus)], output=out, db=db, pipeline=pipeline, errors=_quiet())
    before = out.read_bytes()
    again = annotate_batch([str(corpus)], output=out, db=db, pipeline=pipeline, errors=_quiet())
    assert (again.annotated, again.skipped, again.failed) == (0, 6, 0)
    assert out.read_bytes() == before


def test_a_new_model_version_annotates_again_and_replaces(tmp_path, corpus, pipeline):
    out, db = tmp_path / "a.jsonl", tmp_path / "a.duckdb"
    annotate_batch([str(corpus)], output=out, db=db, pipeline=pipeline, errors=_quiet())
    newer = Pipeline(pipeline.segmenter, name="test-v2")
    summary = annotate_batch([str(corpus)], output=out, db=db, pipeline=newer, errors=_quiet())
    assert summary.annotated == 6
    records = read_jsonl(out)
    assert len(records) == 6 and {r["model"] for r in records} == {newer.version}
    assert _db(db, "SELECT count(*), count(DISTINCT id), min(model) FROM documents") == [(6, 6, newer.version)]


def test_a_changed_file_is_annotated_again_and_only_it(tmp_path, corpus, pipeline):
    out, db = tmp_path / "a.jsonl", tmp_path / "a.duckdb"
    annotate_batch([str(corpus)], output=out, db=db, pipeline=pipeline, errors=_quiet())
    (corpus / "gz.txt").write_text("二、支持开展直播电商。", encoding="utf-8")
    summary = annotate_batch([str(corpus)], output=out, db=db, pipeline=pipeline, errors=_quiet())
    assert (summary.annotated, summary.skipped) == (1, 5)
    texts = {r["id"]: r["text"] for r in read_jsonl(out)}
    assert len(texts) == 6 and texts["gz"] == "二、支持开展直播电商。"
    assert _db(db, "SELECT text FROM documents WHERE id = 'gz'") == [("二、支持开展直播电商。",)]
    assert _db(db, "SELECT count(*) FROM clauses WHERE doc_id = 'gz'") == [(1,)]


def test_an_output_that_lacks_documents_is_completed_alone(tmp_path, corpus, pipeline):
    out, db = tmp_path / "a.jsonl", tmp_path / "a.duckdb"
    annotate_batch([str(corpus)], output=out, pipeline=pipeline, errors=_quiet())
    before = out.read_bytes()
    summary = annotate_batch([str(corpus)], output=out, db=db, pipeline=pipeline, errors=_quiet())
    assert summary.annotated == 6 and out.read_bytes() == before
    assert _db(db, "SELECT count(*) FROM documents") == [(6,)]


def test_failures_are_reported_recorded_and_counted_and_the_batch_goes_on(tmp_path, corpus, pipeline):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (corpus / "big.txt").write_bytes(b"x" * 5000)
    write_jsonl(corpus / "bad.jsonl", ["{oops", {"id": "no-text"}, {"id": "r1", "text": "duplicate id"}])
    errors = io.StringIO()
    db = tmp_path / "a.duckdb"
    summary = annotate_batch([str(corpus)], output=tmp_path / "a.jsonl", db=db, pipeline=pipeline,
                             max_bytes=4000, errors=errors)
    assert summary.annotated == 6 and summary.failed == 6
    lines = errors.getvalue().splitlines()
    assert len(lines) == 6 and all(line.startswith(f"error: {corpus}") for line in lines)
    assert any("bad.jsonl:1: not valid JSON" in line for line in lines)
    assert any("bad.jsonl:2: record has no field 'text'" in line for line in lines)
    assert any(f"records.jsonl:1: duplicate id 'r1' (first in {corpus / 'bad.jsonl'}:3)" in line for line in lines)
    assert _db(db, "SELECT count(*) FROM errors") == [(6,)]
    assert sorted(r[0] for r in _db(db, "SELECT reason FROM errors WHERE line = 0")) == [
        "5000 bytes is over the limit of 4000 (--max-bytes)", "binary file (contains NUL bytes)", "empty file"]


class _Failing:
    """A step that fails on texts containing a word, or kills its process."""

    version = "failing"

    def __init__(self, word, kill=False):
        self.word, self.kill = word, kill

    def __call__(self, document):
        if self.word in document.text:
            if self.kill:
                os._exit(3)
            raise RuntimeError("step broke")
        return document


@pytest.mark.parametrize("jobs, kill, reason", [
    (1, False, "annotation failed: RuntimeError: step broke"),
    (2, False, "annotation failed: RuntimeError: step broke"),
    (2, True, WORKER_DIED),
])
def test_a_document_that_breaks_the_pipeline_fails_alone(tmp_path, pipeline, jobs, kill, reason):
    records = [{"id": f"d{i}", "text": f"{EN} {'BREAK' if i == 5 else ''}"} for i in range(12)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    errors = io.StringIO()
    broken = Pipeline(pipeline.segmenter, [_Failing("BREAK", kill)], name="broken")
    summary = annotate_batch([str(source)], output=tmp_path / "out.jsonl", pipeline=broken, jobs=jobs,
                             errors=errors)
    assert (summary.annotated, summary.failed) == (11, 1)
    assert errors.getvalue() == f"error: {source}:6: {reason}\n"
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == [f"d{i}" for i in range(12) if i != 5]


def test_jobs_keep_the_input_order_and_the_same_records(tmp_path, pipeline):
    texts = [ZH, EN, TRADITIONAL, ZH + EN]
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": texts[i % 4] * (1 + i % 3)}
                                                 for i in range(40)])
    annotate_batch([str(source)], output=tmp_path / "one.jsonl", pipeline=pipeline, jobs=1, errors=_quiet())
    annotate_batch([str(source)], output=tmp_path / "two.jsonl", pipeline=pipeline, jobs=2, chunk_size=3,
                   errors=_quiet())
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_the_process_engine_pulls_inputs_lazily(pipeline):
    pulled = []

    def chunks():
        for index in itertools.count():
            pulled.append(index)
            yield [Task(RecordInput("in", index, {"id": str(index), "text": EN}), "h")]

    engine = ProcessEngine(pipeline, Options(model="m", rows=False), jobs=2, window=4).start()
    try:
        results = engine.map(chunks())
        first = [next(results)[0].id for _ in range(3)]
    finally:
        engine.close()
    assert first == ["0", "1", "2"] and len(pulled) <= 4 + 3


def test_records_can_go_to_a_stream(tmp_path, pipeline):
    stream = io.StringIO()
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": EN}])
    summary = annotate_batch([str(source)], output=stream, pipeline=pipeline, errors=_quiet())
    assert summary.annotated == 1 and json.loads(stream.getvalue())["id"] == "a"


def test_no_inputs_give_an_empty_run(tmp_path, pipeline):
    summary = annotate_batch([], output=tmp_path / "a.jsonl", db=tmp_path / "a.duckdb", pipeline=pipeline)
    assert (summary.annotated, summary.skipped, summary.failed) == (0, 0, 0)
    assert (tmp_path / "a.jsonl").read_bytes() == b""
    assert str(summary).startswith("0 document(s) annotated, 0 already done, 0 clause(s), 0 entities, 0 failure(s)")


@pytest.mark.parametrize("options, message", [
    ({"jobs": 0}, "jobs must be at least 1"),
    ({"engine": "spark"}, "engine must be one of"),
    ({"scheduler": "tcp://127.0.0.1:8786"}, "needs engine='dask'"),
])
def test_bad_arguments_are_refused(pipeline, options, message):
    with pytest.raises(ValueError, match=message):
        annotate_batch([], pipeline=pipeline, **options)


def test_an_output_that_cannot_be_written_is_a_store_error(tmp_path, pipeline):
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot"):
        annotate_batch([], output=tmp_path / "file" / "a.jsonl", pipeline=pipeline)
    with pytest.raises(StoreError, match="is a folder"):
        annotate_batch([], db=tmp_path, pipeline=pipeline)


def test_summary_reads_well():
    summary = BatchSummary(annotated=10, skipped=2, failed=1, clauses=30, entities=1, seconds=2.0)
    assert str(summary) == ("10 document(s) annotated, 2 already done, 30 clause(s), 1 entity, 1 failure(s), "
                            "2.0 s (5.0 docs/s)")
