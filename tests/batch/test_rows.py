import json
from datetime import datetime

import pytest

from nlp.batch.rows import TABLES, dumps_record, output_record, table_rows
from nlp.types import Clause, Document, Entity, Marker

TEXT = "First, grant 3.37 billion yuan to GZDE; raise output 60% ~ 70%."
DOCUMENT = Document(
    TEXT, id="d1", lang="en",
    clauses=(Clause(0, 39, area="finance", measure=True, sent_end=False, area_scores={"finance": 0.9, "none": 0.1}),
             Clause(40, 63, area="cluster", measure=False)),
    markers=(Marker(0, 6, 1),),
    entities=(Entity(13, 30, "MONEY", value=3370000000.0, unit="CNY"), Entity(34, 38, "ORG"),
              Entity(53, 62, "PERCENT", value=(60.0, 70.0), unit="%")),
    extra={"source": "a.txt", "encoding": "utf-8", "content_hash": "abc", "city": "Guangzhou"})
AT = datetime(2024, 5, 1, 12, 0)


def test_rows_follow_the_schema():
    rows = table_rows(DOCUMENT, "model-1", AT)
    for table, table_rows_ in rows.items():
        assert all(len(row) == len(TABLES[table]) for row in table_rows_), table


def test_document_row_keeps_source_encoding_hash_and_other_fields_as_meta():
    (row,) = table_rows(DOCUMENT, "model-1", AT)["documents"]
    record = dict(zip([name for name, _ in TABLES["documents"]], row))
    assert record["id"] == "d1" and record["content_hash"] == "abc" and record["model"] == "model-1"
    assert (record["source"], record["encoding"], record["n_clauses"], record["n_measures"], record["n_entities"]) == \
        ("a.txt", "utf-8", 2, 1, 3)
    assert json.loads(record["meta"]) == {"city": "Guangzhou"} and record["annotated_at"] == AT


@pytest.mark.parametrize("index, expected", [
    (0, ("3.37 billion yuan", "MONEY", 3370000000.0, 3370000000.0, 3370000000.0, "CNY", 0)),
    (1, ("GZDE", "ORG", None, None, None, None, 0)),
    (2, ("60% ~ 70%", "PERCENT", None, 60.0, 70.0, "%", 1)),
])
def test_entity_rows_carry_values_ranges_units_and_their_clause(index, expected):
    row = dict(zip([name for name, _ in TABLES["entities"]], table_rows(DOCUMENT, "m", AT)["entities"][index]))
    assert (row["text"], row["label"], row["value"], row["value_low"], row["value_high"], row["unit"],
            row["clause"]) == expected


def test_clause_and_measure_rows():
    rows = table_rows(DOCUMENT, "m", AT)
    assert rows["clauses"][0] == ("d1", 0, 0, 39, TEXT[:39], "finance", 0.9, True, False)
    assert rows["clauses"][1][6] is None  # no scores: no area_score
    (measure,) = rows["measures"]
    assert measure[:8] == ("d1", 0, 0, 0, 39, TEXT[:39], "finance", ["First,"])
    assert measure[9] == ["GZDE"] and json.loads(measure[10])[0]["text"] == "3.37 billion yuan"


def test_output_record_is_the_scheme_record_with_the_model():
    record = json.loads(dumps_record(output_record(DOCUMENT, "model-1")))
    assert record["model"] == "model-1" and record["content_hash"] == "abc" and record["source"] == "a.txt"
    assert Document.from_dict(record).clauses == DOCUMENT.clauses
    assert "\\u" not in dumps_record(output_record(Document("中文", id="z"), "m"))


def test_an_empty_document_has_one_row():
    rows = table_rows(Document("", id="e"), "m", AT)
    assert len(rows["documents"]) == 1 and rows["clauses"] == rows["entities"] == rows["measures"] == []
