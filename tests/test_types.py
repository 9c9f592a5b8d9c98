import io
import json

import pytest

from nlp.io import RecordError, read_documents, write_documents
from nlp.types import Clause, Document, Entity, Marker

RECORD = {
    "id": "gz-diamond", "lang": "en", "genre": "policy",
    "text": "First, support launch events; fund 3.37 billion yuan.",
    "clauses": [{"start": 0, "end": 29, "area": "brand", "measure": True, "sent_end": False},
                {"start": 30, "end": 53, "area": "finance", "measure": True, "sent_end": True}],
    "markers": [{"start": 0, "end": 6, "level": 1}],
    "entities": [{"start": 35, "end": 52, "label": "MONEY", "value": 3370000000, "unit": "CNY"}],
    "title": "kept as an extra field",
}


def test_document_round_trips_through_dict():
    document = Document.from_dict(RECORD)
    assert document.to_dict() == RECORD
    assert document.clauses[0] == Clause(0, 29, "brand", True, False)
    assert document.markers[0] == Marker(0, 6, 1)
    assert document.span_text(document.entities[0]) == "3.37 billion yuan"


def test_range_values_are_tuples_inside_and_lists_outside():
    entity = Entity.from_dict({"start": 0, "end": 7, "label": "PERCENT", "value": [60, 70], "unit": "%"})
    assert entity.value == (60, 70)
    assert entity.to_dict()["value"] == [60, 70]


def test_sentences_join_clauses_up_to_a_sentence_end():
    document = Document.from_dict(RECORD)
    assert [document.span_text(s) for s in document.sentences] == [RECORD["text"]]


def test_documents_are_frozen():
    document = Document.from_dict(RECORD)
    with pytest.raises(AttributeError):
        document.text = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("bad", [[], {"id": "x"}, {"text": 5}])
def test_from_dict_rejects_records_without_text(bad):
    with pytest.raises((TypeError, ValueError)):
        Document.from_dict(bad)


def test_jsonl_round_trip(tmp_path):
    path = tmp_path / "sub" / "docs.jsonl"
    assert write_documents([Document.from_dict(RECORD)] * 2, path) == 2
    assert [d.to_dict() for d in read_documents(path)] == [RECORD, RECORD]


def test_bad_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        list(read_documents(path))
    assert caught.value.line == 3 and str(path) in str(caught.value)


def test_write_to_stream():
    stream = io.StringIO()
    write_documents([RECORD], stream)
    assert json.loads(stream.getvalue()) == RECORD
