"""Annotation on a local Dask cluster of two worker processes gives the same records as locally."""
import io
import json

import pytest

from nlp.batch.dask_engine import _annotate_partition, _plain
from nlp.batch.runner import annotate_batch
from tests.batch.conftest import EN, ZH, read_jsonl, write_jsonl

RECORDS = [{"id": f"d{i}", "text": (ZH if i % 2 else EN) * (1 + i % 3), "city": "GZ"} for i in range(10)]


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


@pytest.mark.slow
def test_the_dask_engine_writes_what_the_local_engine_writes(tmp_path, pipeline, cluster):
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS + [{"id": "d0", "text": "duplicate"}])
    local = annotate_batch([str(source)], output=tmp_path / "local.jsonl", pipeline=pipeline, errors=io.StringIO())
    errors = io.StringIO()
    remote = annotate_batch([str(source)], output=tmp_path / "dask.jsonl", db=tmp_path / "dask.duckdb",
                            pipeline=pipeline, engine="dask", scheduler=cluster.scheduler_address, chunk_size=3,
                            errors=errors)
    assert (remote.annotated, remote.failed) == (local.annotated, local.failed) == (10, 1)
    assert "in.jsonl:11: duplicate id 'd0'" in errors.getvalue()
    assert (tmp_path / "local.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()


@pytest.mark.slow
def test_annotate_dask_over_a_bag_and_a_dataframe(pipeline, cluster):
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

    from nlp.batch import annotate_dask

    expected = [json.loads(json.dumps(pipeline.annotate_record(r).to_dict()))["clauses"] for r in RECORDS]
    with Client(cluster):
        bag = db.from_sequence(RECORDS + [{"id": "bad"}], npartitions=3)
        out = annotate_dask(bag, pipeline).compute()
        frame = dd.from_pandas(pd.DataFrame(RECORDS), npartitions=2)
        from_frame = annotate_dask(frame, pipeline).compute()
    assert [r["clauses"] for r in out[:-1]] == expected and out[-1] == {"id": "bad", "error": "record has no field 'text'"}
    assert [r["id"] for r in from_frame] == [r["id"] for r in RECORDS]
    assert all(r["model"] == pipeline.version and r["city"] == "GZ" for r in from_frame)


def test_a_partition_annotates_strings_and_records_and_reports_bad_ones(pipeline):
    out = _annotate_partition([EN, {"id": "a", "text": ZH}, {"id": "b", "text": ""}, 5], pipeline, None)
    assert out[0]["text"] == EN and out[1]["id"] == "a" and out[1]["model"] == pipeline.version
    assert out[2] == {"id": "b", "error": "field 'text' is empty"}
    assert out[3] == {"id": "", "error": "expected a JSON object, got int"}


def test_dataframe_values_become_plain_python():
    numpy = pytest.importorskip("numpy")
    assert _plain({"id": numpy.int64(3), "x": float("nan"), "text": "t"}) == {"id": 3, "x": None, "text": "t"}


@pytest.mark.slow
def test_without_a_scheduler_the_dask_engine_starts_local_workers(tmp_path, pipeline):
    pytest.importorskip("distributed")
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:4])
    summary = annotate_batch([str(source)], output=tmp_path / "out.jsonl", pipeline=pipeline, engine="dask", jobs=2,
                             errors=io.StringIO())
    assert summary.annotated == 4 and [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["d0", "d1", "d2", "d3"]
