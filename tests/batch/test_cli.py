"""``policy-nlp annotate`` and ``policy-nlp export``: arguments, exit codes and messages."""
import io
import json

import duckdb
import pytest

import nlp
from nlp.cli.main import main
from tests.batch.conftest import EN, ZH, read_jsonl, write_jsonl


@pytest.fixture(autouse=True)
def fast_pipeline(monkeypatch, pipeline):
    monkeypatch.setattr(nlp, "load", lambda name="default": pipeline)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ZH, encoding="utf-8")
    write_jsonl(folder / "b.jsonl", [{"id": "b1", "text": EN}])
    return folder


def test_annotate_writes_jsonl_and_store_into_new_folders(tmp_path, inputs, capsys):
    out, db = tmp_path / "new" / "out.jsonl", tmp_path / "other" / "store.duckdb"
    assert main(["annotate", str(inputs), "-o", str(out), "--db", str(db)]) == 0
    assert [r["id"] for r in read_jsonl(out)] == ["a", "b1"]
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("2 document(s) annotated, 0 already done")
    assert main(["annotate", str(inputs), "-o", str(out), "--db", str(db), "--jobs", "2"]) == 0
    assert capsys.readouterr().err.startswith("0 document(s) annotated, 2 already done")


def test_annotate_without_outputs_writes_to_stdout(inputs, capsys):
    assert main(["annotate", str(inputs), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["a", "b1"] and captured.err == ""


def test_annotate_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "s", "text": "First, act."}\n')))
    assert main(["annotate", "-", "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "s"


def test_annotate_exits_1_when_a_document_failed(tmp_path, inputs, capsys):
    (inputs / "empty.txt").write_bytes(b"")
    assert main(["annotate", str(inputs), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"error: {inputs / 'empty.txt'}: empty file" in err
    assert f"error: {tmp_path / 'missing.txt'}: no such file or folder" in err
    assert "2 document(s) annotated, 0 already done, " in err and "2 failure(s)" in err


@pytest.mark.parametrize("arguments, message", [
    (["-o", "{tmp}"], "is a folder, not a JSONL file"),
    (["-o", "{tmp}/in/a.txt/out.jsonl"], "cannot write"),
    (["--db", "{tmp}/in/a.txt"], "cannot open the store"),
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
])
def test_annotate_reports_bad_outputs_in_one_line(tmp_path, inputs, capsys, arguments, message):
    arguments = [a.format(tmp=tmp_path) for a in arguments]
    assert main(["annotate", str(inputs), *arguments]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and "Traceback" not in err


@pytest.mark.parametrize("arguments", [["--jobs", "0"], ["--jobs", "two"], ["--max-bytes", "-1"], ["--engine", "spark"]])
def test_annotate_refuses_bad_arguments(inputs, capsys, arguments):
    with pytest.raises(SystemExit) as exit_:
        main(["annotate", str(inputs), *arguments])
    assert exit_.value.code == 2 and "policy-nlp annotate: error:" in capsys.readouterr().err


def test_export_writes_one_parquet_file_per_table(tmp_path, inputs, capsys):
    db = tmp_path / "store.duckdb"
    main(["annotate", str(inputs), "--db", str(db), "--quiet"])
    assert main(["export", "--db", str(db), "--parquet", str(tmp_path / "pq")]) == 0
    assert "documents 2" in capsys.readouterr().err
    connection = duckdb.connect()
    for table in ("documents", "clauses", "entities", "measures", "errors"):
        assert (tmp_path / "pq" / f"{table}.parquet").is_file()
    assert connection.execute(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'documents.parquet'}'").fetchone() == (2,)


@pytest.mark.parametrize("store, message", [("missing.duckdb", "no such store"), (".", "is a folder")])
def test_export_reports_a_missing_store(tmp_path, capsys, store, message):
    assert main(["export", "--db", str(tmp_path / store), "--parquet", str(tmp_path / "pq")]) == 2
    assert message in capsys.readouterr().err
