"""A run killed with SIGKILL at any moment, then run again, annotates every document exactly once."""
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import nlp

from tests.batch.conftest import write_jsonl

ROOT = Path(__file__).resolve().parents[2]
RUN = """
import sys
from nlp.batch.runner import annotate_batch
from nlp.pipeline import Pipeline
from nlp.segment.segmenter import Segmenter
source, out, db, jobs, name = sys.argv[1:]
summary = annotate_batch([source], output=out, db=db, jobs=int(jobs), commit_every=25, chunk_size=2,
                         pipeline=Pipeline(Segmenter(tokens=False), name=name))
print(summary.annotated, summary.skipped, summary.failed)
"""
DOCUMENTS = 800


def _start(tmp_path, jobs, name):
    return subprocess.Popen([sys.executable, "-c", RUN, str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"),
                             str(tmp_path / "store.duckdb"), str(jobs), name],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _kill_when_written(process, path, threshold, timeout=60.0):
    """SIGKILL the run (and its workers) once ``path`` has grown past ``threshold`` bytes."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if path.exists() and path.stat().st_size >= threshold:
            break
        time.sleep(0.005)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    return process.returncode == -signal.SIGKILL


def _finish(tmp_path, name):
    process = _start(tmp_path, 1, name)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    return [int(n) for n in out.split()]


def _check_exactly_once(tmp_path, ids, model):
    lines = (tmp_path / "out.jsonl").read_bytes().split(b"\n")
    assert lines[-1] == b""
    records = [json.loads(line) for line in lines[:-1]]
    assert sorted(r["id"] for r in records) == sorted(ids)
    assert {r["model"] for r in records} == {model}
    connection = duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True)
    try:
        assert connection.execute("SELECT count(*), count(DISTINCT id), min(model), max(model) FROM documents"
                                  ).fetchone() == (len(ids), len(ids), model, model)
        assert connection.execute("SELECT count(*) FROM clauses").fetchone()[0] == \
            sum(len(r["clauses"]) for r in records)
        assert connection.execute("SELECT count(*) FROM documents d WHERE n_clauses <> "
                                  "(SELECT count(*) FROM clauses c WHERE c.doc_id = d.id)").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
    finally:
        connection.close()


@pytest.mark.slow
def test_killed_runs_resume_to_exactly_one_record_per_document(tmp_path, corpora_dir):
    texts = [json.loads(line)["text"] for line in (corpora_dir / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [f"doc-{i}" for i in range(DOCUMENTS)]
    write_jsonl(tmp_path / "in.jsonl", [{"id": doc_id, "text": f"{texts[i % len(texts)][: 300 + i % 700]}\n{i}."}
                                        for i, doc_id in enumerate(ids)])
    rng = random.Random(7)
    out = tmp_path / "out.jsonl"
    for jobs in (1, 2, 1):  # killed three times part way, then finished
        assert _kill_when_written(_start(tmp_path, jobs, "v1"), out, rng.randint(1, 8) * 150_000)
    annotated, skipped, failed = _finish(tmp_path, "v1")
    assert annotated + skipped == DOCUMENTS and failed == 0 and skipped > 0
    _check_exactly_once(tmp_path, ids, f"policy-nlp {nlp.__version__} v1")

    size = out.stat().st_size
    for jobs in (2, 1):  # a new model version: killed while replacing records, then finished
        assert _kill_when_written(_start(tmp_path, jobs, "v2"), out, size + rng.randint(1, 4) * 200_000)
    annotated, skipped, failed = _finish(tmp_path, "v2")
    assert 0 < annotated < DOCUMENTS and annotated + skipped == DOCUMENTS
    _check_exactly_once(tmp_path, ids, f"policy-nlp {nlp.__version__} v2")
