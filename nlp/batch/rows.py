"""What an annotated document becomes in the outputs: a JSONL record and table rows.

``TABLES`` is the store's schema as data (table -> columns and SQL types); the row
functions are pure and return tuples in that column order.
"""
from __future__ import annotations

import bisect
import json
from datetime import datetime
from typing import Dict, List, Optional, Tuple

from nlp.types import Document, Entity

TABLES: Dict[str, Tuple[Tuple[str, str], ...]] = {
    "documents": (
        ("id", "VARCHAR"), ("content_hash", "VARCHAR"), ("model", "VARCHAR"), ("source", "VARCHAR"),
        ("encoding", "VARCHAR"), ("lang", "VARCHAR"), ("genre", "VARCHAR"), ("chars", "INTEGER"),
        ("n_clauses", "INTEGER"), ("n_measures", "INTEGER"), ("n_entities", "INTEGER"), ("text", "VARCHAR"),
        ("meta", "JSON"), ("annotated_at", "TIMESTAMP")),
    "clauses": (
        ("doc_id", "VARCHAR"), ("clause", "INTEGER"), ("char_start", "INTEGER"), ("char_end", "INTEGER"),
        ("text", "VARCHAR"), ("area", "VARCHAR"), ("area_score", "DOUBLE"), ("measure", "BOOLEAN"),
        ("sent_end", "BOOLEAN")),
    "entities": (
        ("doc_id", "VARCHAR"), ("entity", "INTEGER"), ("clause", "INTEGER"), ("char_start", "INTEGER"),
        ("char_end", "INTEGER"), ("text", "VARCHAR"), ("label", "VARCHAR"), ("value", "DOUBLE"),
        ("value_low", "DOUBLE"), ("value_high", "DOUBLE"), ("unit", "VARCHAR"), ("trend", "VARCHAR"),
        ("period", "VARCHAR")),
    "measures": (
        ("doc_id", "VARCHAR"), ("measure", "INTEGER"), ("clause", "INTEGER"), ("char_start", "INTEGER"),
        ("char_end", "INTEGER"), ("text", "VARCHAR"), ("area", "VARCHAR"), ("marker_path", "VARCHAR[]"),
        ("actions", "VARCHAR[]"), ("organisations", "VARCHAR[]"), ("figures", "JSON")),
    "errors": (
        ("source", "VARCHAR"), ("line", "INTEGER"), ("id", "VARCHAR"), ("reason", "VARCHAR"),
        ("model", "VARCHAR"), ("failed_at", "TIMESTAMP")),
}
DOCUMENT_TABLES = ("documents", "clauses", "entities", "measures")  # rows keyed by the document id
NOT_META = ("source", "encoding", "content_hash", "model", "paragraphs")

Rows = Dict[str, List[tuple]]


def output_record(document: Document, model: str) -> dict:
    """The scheme record of ``document`` plus the model version (``source``, ``encoding``
    and ``content_hash`` come through from the input record)."""
    record = document.to_dict()
    record["model"] = model
    return record


def dumps_record(record: dict) -> str:
    """One JSONL line (without the newline), UTF-8 characters kept as they are."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def table_rows(document: Document, model: str, annotated_at: Optional[datetime] = None) -> Rows:
    """Rows of ``documents``, ``clauses``, ``entities`` and ``measures`` for one document."""
    extra = document.extra
    starts = [clause.start for clause in document.clauses]
    clause_index = {(c.start, c.end): i for i, c in enumerate(document.clauses)}
    measures = document.measures
    meta = {k: v for k, v in extra.items() if k not in NOT_META}
    rows: Rows = {
        "documents": [(document.id, extra.get("content_hash"), model, extra.get("source"), extra.get("encoding"),
                       document.lang, document.genre, len(document.text), len(document.clauses), len(measures),
                       len(document.entities), document.text, json.dumps(meta, ensure_ascii=False),
                       annotated_at or datetime.now())],
        "clauses": [(document.id, i, c.start, c.end, document.span_text(c), c.area,
                     _score(c.area_scores, c.area), c.measure, c.sent_end)
                    for i, c in enumerate(document.clauses)],
        "entities": [(document.id, i, _containing(starts, e.start), e.start, e.end, document.span_text(e), e.label,
                      *_values(e), e.unit, e.trend, e.period)
                     for i, e in enumerate(document.entities)],
        "measures": [(document.id, i, clause_index.get((m.clause.start, m.clause.end)), m.clause.start, m.clause.end,
                      m.text, m.clause.area, list(m.marker_path), list(m.actions),
                      [document.span_text(o) for o in m.organisations],
                      json.dumps([dict(f.to_dict(), text=document.span_text(f)) for f in m.figures], ensure_ascii=False))
                     for i, m in enumerate(measures)],
    }
    return rows


def _score(scores, area: str) -> Optional[float]:
    return float(scores[area]) if scores and area in scores else None


def _containing(starts: List[int], offset: int) -> Optional[int]:
    index = bisect.bisect_right(starts, offset) - 1
    return index if index >= 0 else None


def _values(entity: Entity) -> Tuple[Optional[float], Optional[float], Optional[float]]:
    """``value``, ``value_low``, ``value_high``: a range has no single value."""
    value = entity.value
    if value is None:
        return None, None, None
    if isinstance(value, (tuple, list)):
        return None, float(value[0]), float(value[1])
    return float(value), float(value), float(value)
