"""The evaluate, compare, agreement and convert commands, end to end on small files."""
import json

import pytest

from evaluation.perturb import perturb
from nlp.cli.main import main
from nlp.io import write_documents
from tests.evaluation.conftest import GOLD, make


@pytest.fixture
def files(tmp_path, dev_documents):
    gold = dev_documents[:8]
    paths = {"gold": tmp_path / "gold.jsonl", "worse": tmp_path / "worse.jsonl", "better": tmp_path / "better.jsonl"}
    write_documents(gold, paths["gold"])
    write_documents(perturb(gold, drop=0.6, shift=0.6, seed=1), paths["worse"])
    write_documents(perturb(gold, drop=0.05, shift=0.05, seed=2), paths["better"])
    return paths


def test_evaluate_json(files, capsys):
    assert main(["evaluate", str(files["gold"]), str(files["worse"]), "--json", "--bootstrap", "50"]) == 0
    figures = json.loads(capsys.readouterr().out)
    for key in ("clause_boundary", "sentence_boundary", "measure", "markers", "entities", "entities_partial", "area",
                "entities_by_label", "figure_value_accuracy", "figure_unit_accuracy", "by_language"):
        assert key in figures
    assert len(figures["entities"]["f1_ci"]) == 2 and figures["bootstrap"]["samples"] == 50
    assert figures["clause_boundary"]["f1"] == 1.0 and figures["entities"]["recall"] < 0.6


def test_evaluate_table_is_reproducible(files, capsys):
    main(["evaluate", str(files["gold"]), str(files["worse"]), "--bootstrap", "30", "--seed", "3"])
    first = capsys.readouterr().out
    main(["evaluate", str(files["gold"]), str(files["worse"]), "--bootstrap", "30", "--seed", "3"])
    assert capsys.readouterr().out == first
    assert "entity strict F1" in first and "[" in first


def test_evaluate_report(files, tmp_path, capsys):
    curve = tmp_path / "curve.json"
    curve.write_text(json.dumps([{"fraction": 0.5, "macro_f1": 0.4, "lang": "en"},
                                 {"fraction": 1.0, "macro_f1": 0.6, "lang": "en"}]), encoding="utf-8")
    assert main(["evaluate", str(files["gold"]), str(files["worse"]), "--report", str(tmp_path / "r"),
                 "--learning-curve", str(curve), "--bootstrap", "20", "--errors", "5"]) == 0
    report = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))
    assert len(report["errors"]["missed_entities"]) == 5 and report["errors"]["totals"]["missed_entities"] > 5
    assert (tmp_path / "r" / "report.html").read_text(encoding="utf-8").count("data:image/png;base64,") == 4


@pytest.mark.parametrize("arguments, message", [
    (["evaluate", "{gold}"], "give either PRED or --model"),
    (["evaluate", "{gold}", "{missing}"], "missing.jsonl"),
    (["evaluate", "{gold}", "{gold}", "--bootstrap", "-1"], "must not be negative"),
    (["evaluate", "{gold}", "{other_text}"], "document 'g1': the prediction's text differs"),
    (["evaluate", "{gold}", "{gold}", "--learning-curve", "{other_text}"], "a learning curve is a JSON list"),
    (["compare", "{gold}", "{gold}", "{gold}", "--metric", "speed"], "unknown figure"),
    (["compare", "{gold}", "{gold}", "{gold}", "--bootstrap", "0"], "at least 1"),
    (["agreement", "{gold}", "{bad_json}"], "bad.jsonl:1"),
    (["convert", "--from", "brat", "--to", "jsonl", "{missing}", "{out}"], "no such file"),
])
def test_bad_input_is_reported(tmp_path, capsys, arguments, message):
    names = {"gold": tmp_path / "g.jsonl", "other_text": tmp_path / "o.jsonl", "missing": tmp_path / "missing.jsonl",
             "bad_json": tmp_path / "bad.jsonl", "out": tmp_path / "out.jsonl"}
    write_documents([GOLD], names["gold"])
    write_documents([GOLD.with_(text=GOLD.text.upper())], names["other_text"])
    names["bad_json"].write_text("{oops\n", encoding="utf-8")
    assert main([a.format(**names) for a in arguments]) == 2
    assert message in capsys.readouterr().err


def test_evaluate_warns_about_unknown_and_missing_ids(tmp_path, capsys):
    write_documents([GOLD, make("abc", id="only-gold")], tmp_path / "g.jsonl")
    write_documents([GOLD, make("x", id="stranger")], tmp_path / "p.jsonl")
    assert main(["evaluate", str(tmp_path / "g.jsonl"), str(tmp_path / "p.jsonl"), "--bootstrap", "0"]) == 0
    err = capsys.readouterr().err
    assert "'stranger' has no gold document" in err and "no prediction for 'only-gold'" in err


def test_compare_says_which_is_better(files, capsys):
    assert main(["compare", str(files["gold"]), str(files["worse"]), str(files["better"]), "--bootstrap", "200",
                 "--json", "--metric", "entities.f1", "--metric", "clause_boundary.f1"]) == 0
    result = {c["metric"]: c for c in json.loads(capsys.readouterr().out)["comparisons"]}
    assert result["entities.f1"]["significant"] and result["entities.f1"]["verdict"] == "B is better"
    assert not result["clause_boundary.f1"]["significant"]
    assert main(["compare", str(files["gold"]), str(files["better"]), str(files["worse"]), "--bootstrap", "100"]) == 0
    assert "A is better" in capsys.readouterr().out


def test_agreement_prints_both_directions(files, capsys):
    assert main(["agreement", str(files["gold"]), str(files["worse"])]) == 0
    out = capsys.readouterr().out
    assert "area kappa" in out and "measure kappa" in out and "A reference" in out and "B reference" in out
    assert main(["agreement", str(files["gold"]), str(files["gold"]), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["area_kappa"] == 1.0 and result["entities_b_as_reference"]["f1"] == 1.0


def test_convert_then_evaluate_in_another_format(files, tmp_path, capsys):
    assert main(["convert", "--from", "jsonl", "--to", "labelstudio", str(files["worse"]), str(tmp_path / "ls.json")]) == 0
    main(["evaluate", str(files["gold"]), str(files["worse"]), "--json", "--bootstrap", "0"])
    direct = json.loads(capsys.readouterr().out)
    main(["evaluate", str(files["gold"]), str(tmp_path / "ls.json"), "--pred-format", "labelstudio", "--json",
          "--bootstrap", "0"])
    assert json.loads(capsys.readouterr().out) == direct
