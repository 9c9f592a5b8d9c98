import json

import pytest

from nlp.cli.main import main
from nlp.corpus.validate import validate_files, validate_record

GOOD = {
    "id": "d1", "lang": "zh", "genre": "policy", "text": "一、支持企业。 增长5%。",
    "clauses": [{"start": 0, "end": 7, "area": "brand", "measure": True, "sent_end": True},
                {"start": 8, "end": 13, "area": "none", "measure": False, "sent_end": True}],
    "markers": [{"start": 0, "end": 2, "level": 1}],
    "entities": [{"start": 10, "end": 12, "label": "PERCENT", "value": 5, "unit": "%"}],
}


def with_(**changes):
    return {**GOOD, **changes}


def test_a_good_record_has_no_problems():
    assert validate_record(GOOD) == []


@pytest.mark.parametrize("record, field, fragment", [
    (with_(lang="fr"), "lang", "not one of"),
    (with_(id=""), "id", "missing"),
    (with_(clauses=GOOD["clauses"][:1]), "clauses", "in no clause"),
    (with_(clauses=[{**GOOD["clauses"][0], "end": 8}, GOOD["clauses"][1]]), "clauses[0]", "white space"),
    (with_(clauses=[{**GOOD["clauses"][0], "end": 99}, GOOD["clauses"][1]]), "clauses[0]", "outside the text"),
    (with_(clauses=[{**GOOD["clauses"][0], "area": "tax"}, GOOD["clauses"][1]]), "clauses[0].area", "not an area"),
    (with_(clauses=[{**GOOD["clauses"][0], "measure": "yes"}, GOOD["clauses"][1]]), "clauses[0].measure", "true/false"),
    (with_(entities=[{**GOOD["entities"][0], "unit": "pct"}]), "entities[0].unit", "not a unit"),
    (with_(entities=[{**GOOD["entities"][0], "value": None}]), "entities[0].value", "not a number"),
    (with_(entities=[{**GOOD["entities"][0], "value": [7, 3]}]), "entities[0].value", "not a number"),
    (with_(entities=[{**GOOD["entities"][0], "label": "PERSON"}]), "entities[0].label", "not an entity label"),
    (with_(entities=[GOOD["entities"][0], {"start": 11, "end": 13, "label": "CARDINAL", "value": 1}]), "entities", "overlaps"),
    (with_(entities=[{"start": 5, "end": 10, "label": "ORG"}]), "entities[0]", "inside one clause"),
    (with_(entities=[{"start": 2, "end": 4, "label": "ORG", "value": 3}]), "entities[0]", "no value"),
    (with_(markers=[{"start": 0, "end": 2, "level": 0}]), "markers[0].level", "not a level"),
])
def test_each_problem_names_its_field(record, field, fragment):
    problems = validate_record(record)
    assert any(p.field.startswith(field) and fragment in p.message for p in problems), problems


def test_empty_text_with_no_spans_is_valid():
    assert validate_record(with_(text="", clauses=[], markers=[], entities=[])) == []


def test_files_report_line_id_and_duplicates(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([json.dumps(GOOD), json.dumps(with_(lang="fr", id="d2")), json.dumps(GOOD), "[1]"]) + "\n")
    problems = list(validate_files([str(path)]))
    assert [(p.line, p.field) for p in problems] == [(2, "lang"), (3, "id"), (4, "line")]
    assert all(p.path == str(path) for p in problems)
    assert "d2" in str(problems[0]) and "d1" in str(problems[1])


def test_cli_validate_exit_codes(tmp_path, capsys):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(json.dumps(GOOD) + "\n")
    bad.write_text(json.dumps(with_(genre="blog")) + "\n")
    assert main(["corpus", "validate", str(good)]) == 0
    assert main(["corpus", "validate", str(bad)]) == 1
    assert "bad.jsonl:1" in capsys.readouterr().out


def test_cli_validate_reports_a_missing_file(tmp_path, capsys):
    assert main(["corpus", "validate", str(tmp_path / "none.jsonl")]) == 1
    assert "cannot be read" in capsys.readouterr().out


def test_cli_stats_counts_areas_and_styles(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({**GOOD, "split": "train"}) + "\n")
    assert main(["corpus", "stats", "--json", str(path)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["zh"]["areas"] == {"brand": 1, "none": 1}
    assert stats["zh"]["marker_styles"] == {"zh_num_comma": 1}
    assert stats["all"]["documents"]["split:train"] == 1
