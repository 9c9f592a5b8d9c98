"""Bad files are reported with the file, line or record, and what is wrong."""
import json

import pytest

from evaluation.formats import FormatError, read


@pytest.mark.parametrize("name, filename, content, message", [
    ("doccano", "d.jsonl", '{"text": "abc", "label": [[0, 9, "ORG"]]}\n', r"d\.jsonl:1: label 0: span \[0, 9\) is not inside"),
    ("doccano", "d.jsonl", '\n{"label": []}\n', r"d\.jsonl:2: no string field 'text'"),
    ("doccano", "d.jsonl", '{"text": "abc", "label": [[0, 2]]}\n', r"d\.jsonl:1: label 0 must be \[start, end"),
    ("doccano", "d.jsonl", "{oops\n", r"d\.jsonl:1: not valid JSON"),
    ("doccano", "d.jsonl", '{"text": "abc", "label": [[0, 2, "clause:banking"]]}\n', "unknown area 'banking'"),
    ("doccano", "d.jsonl", '{"text": "abc", "label": [[0, 2, "marker:x"]]}\n', "marker level must be a positive integer"),
    ("doccano", "d.jsonl", '{"text": "abc", "label": [["0", 2, "ORG"]]}\n', "offsets must be integers"),
    ("labelstudio", "l.json", json.dumps([{"id": 4, "data": {"text": "abc"}, "annotations": [{"result": [
        {"id": "r9", "type": "labels", "value": {"start": 0, "end": 2, "text": "xy", "labels": ["ORG"]}}]}]}]),
     r"task 0 \(id 4\), region r9: region \[0, 2\) reads 'ab', but the export says 'xy'"),
    ("labelstudio", "l.json", json.dumps([{"id": 4}]), r"task 0 \(id 4\): a task must be an object with a 'data'"),
    ("labelstudio", "l.json", "[", "not valid JSON"),
    ("conll", "c.conll", "a B-ORG\nb\n", r"c\.conll:2: expected 'TOKEN TAG'"),
    ("conll", "c.conll", "a X-ORG\n", r"c\.conll:1: tag 'X-ORG'"),
    ("conll", "c.conll", '# id = d\n# text = "xyz"\nab O\n', r"c\.conll:3: token 'ab' does not follow"),
])
def test_bad_records_are_named(tmp_path, name, filename, content, message):
    (tmp_path / filename).write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read(name, tmp_path / filename)


@pytest.mark.parametrize("ann, message", [
    ("T1\tORG 0 2;3 4\tab", r"x\.ann:1: discontinuous spans"),
    ("T1\tORG 0\tab", r"x\.ann:1: a span line is"),
    ("T1\tORG 0 x\tab", r"x\.ann:1: offsets must be integers"),
    ("T1\tORG 0 9\tab", r"x\.ann:1: span \[0, 9\) is not inside"),
    ("T1\tClause 0 2\tab\nA1\tArea T1 banking", r"x\.ann:1: unknown area 'banking'"),
])
def test_bad_brat_lines_are_named(tmp_path, ann, message):
    (tmp_path / "x.txt").write_text("ab cd", encoding="utf-8")
    (tmp_path / "x.ann").write_text(ann, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        read("brat", tmp_path)


def test_brat_needs_a_folder(tmp_path):
    (tmp_path / "x.txt").write_text("a", encoding="utf-8")
    with pytest.raises(FormatError, match="is a folder"):
        read("brat", tmp_path / "x.txt")


def test_brat_ignores_relations_and_free_notes(tmp_path):
    (tmp_path / "x.txt").write_text("ab cd", encoding="utf-8")
    (tmp_path / "x.ann").write_text("T1\tORG 0 2\tab\nT2\tGPE 3 5\tcd\nR1\tIn Arg1:T1 Arg2:T2\n"
                                    "#1\tAnnotatorNotes T1\tcheck this\n", encoding="utf-8")
    document = read("brat", tmp_path)[0]
    assert (document.id, [(e.label, e.value) for e in document.entities]) == ("x", [("ORG", None), ("GPE", None)])


def test_not_a_docbin(tmp_path):
    (tmp_path / "x.spacy").write_bytes(b"not msgpack at all")
    with pytest.raises(FormatError, match=r"x\.spacy: not a readable spaCy DocBin"):
        read("spacy", tmp_path / "x.spacy")
