"""Check records against the annotation scheme and report every problem found.

Each problem names the field and what is wrong; :func:`validate_files` adds the file,
line and record id, so a corpus maintainer can go straight to it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, List, Mapping, Sequence

from nlp.io import RecordError, read_records
from nlp.types import AREAS, CURRENCIES, ENTITY_LABELS, FIGURE_LABELS, GENRES, LANGS, QUANTITY_UNITS


@dataclass(frozen=True)
class Problem:
    """One violation of the scheme, located by file, line, record id and field."""

    field: str
    message: str
    path: str = ""
    line: int = 0
    record_id: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.path else "record"
        return f"{where}: id {self.record_id!r}: {self.field}: {self.message}"


def validate_record(record: Mapping[str, Any]) -> List[Problem]:
    """All problems of one record as a list of :class:`Problem` (empty when valid)."""
    problems: List[Problem] = []
    add = lambda field, message: problems.append(Problem(field, message))  # noqa: E731
    if not isinstance(record.get("id"), str) or not record.get("id"):
        add("id", "missing or not a non-empty string")
    if record.get("lang") not in LANGS:
        add("lang", f"{record.get('lang')!r} is not one of {', '.join(LANGS)}")
    if record.get("genre") not in GENRES:
        add("genre", f"{record.get('genre')!r} is not one of {', '.join(GENRES)}")
    text = record.get("text")
    if not isinstance(text, str):
        add("text", "missing or not a string")
        return problems
    clauses = _spans(record, "clauses", text, add)
    markers = _spans(record, "markers", text, add)
    entities = _spans(record, "entities", text, add)
    _check_clauses(clauses, text, add)
    _check_markers(markers, clauses, add)
    _check_entities(entities, clauses, add)
    return problems


def _spans(record, name, text, add) -> List[Mapping]:
    items = record.get(name, [])
    if not isinstance(items, list):
        add(name, "must be a list")
        return []
    good = []
    for index, item in enumerate(items):
        where = f"{name}[{index}]"
        if not isinstance(item, dict) or not all(isinstance(item.get(k), int) and not isinstance(item.get(k), bool) for k in ("start", "end")):
            add(where, "needs integer 'start' and 'end'")
            continue
        if not 0 <= item["start"] < item["end"] <= len(text):
            add(where, f"span {item['start']}-{item['end']} is empty or outside the text (length {len(text)})")
            continue
        good.append(dict(item, _where=where))
    return sorted(good, key=lambda s: (s["start"], s["end"]))


def _overlaps(spans: Sequence[Mapping], add) -> None:
    for before, after in zip(spans, spans[1:]):
        if after["start"] < before["end"]:
            add(after["_where"], f"overlaps {before['_where']} ({before['start']}-{before['end']})")


def _check_clauses(clauses, text, add) -> None:
    _overlaps(clauses, add)
    covered = 0
    for clause in clauses:
        where = clause["_where"]
        if clause.get("area") not in AREAS:
            add(where + ".area", f"{clause.get('area')!r} is not an area of the scheme")
        for flag in ("measure", "sent_end"):
            if not isinstance(clause.get(flag), bool):
                add(where + "." + flag, "missing or not true/false")
        if text[clause["start"]].isspace() or text[clause["end"] - 1].isspace():
            add(where, "starts or ends on white space")
        gap = text[covered:clause["start"]]
        if covered < clause["start"] and not gap.isspace():
            add(where, f"text before it is in no clause: {_snippet(gap)!r} at {covered}")
        covered = max(covered, clause["end"])
    rest = text[covered:]
    if rest and not rest.isspace():
        add("clauses", f"text after the last clause is in no clause: {_snippet(rest)!r} at {covered}")


def _check_markers(markers, clauses, add) -> None:
    _overlaps(markers, add)
    for marker in markers:
        level = marker.get("level")
        if not isinstance(level, int) or isinstance(level, bool) or level < 1:
            add(marker["_where"] + ".level", f"{level!r} is not a level (an integer from 1)")
        if clauses and _containing(marker, clauses) is None:
            add(marker["_where"], "does not lie inside one clause")


def _check_entities(entities, clauses, add) -> None:
    _overlaps(entities, add)
    for entity in entities:
        where, label = entity["_where"], entity.get("label")
        if label not in ENTITY_LABELS:
            add(where + ".label", f"{label!r} is not an entity label of the scheme")
            continue
        if clauses and _containing(entity, clauses) is None:
            add(where, "does not lie inside one clause")
        value, unit = entity.get("value"), entity.get("unit")
        if label not in FIGURE_LABELS:
            if value is not None or unit is not None:
                add(where, f"{label} carries no value or unit")
            continue
        if not _is_value(value):
            add(where + ".value", f"{value!r} is not a number or a [low, high] pair")
        allowed = {"MONEY": CURRENCIES, "PERCENT": ("%",), "QUANTITY": QUANTITY_UNITS, "CARDINAL": (None,)}[label]
        if unit not in allowed:
            add(where + ".unit", f"{unit!r} is not a unit for {label} (allowed: {', '.join(str(a) for a in allowed)})")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_value(value: Any) -> bool:
    if isinstance(value, list):
        return len(value) == 2 and all(_is_number(v) for v in value) and value[0] <= value[1]
    return _is_number(value)


def _containing(span, clauses):
    for clause in clauses:
        if clause["start"] <= span["start"] and span["end"] <= clause["end"]:
            return clause
    return None


def _snippet(text: str, width: int = 30) -> str:
    text = text.strip()
    return text if len(text) <= width else text[:width] + "..."


def validate_files(paths: Iterable[str]) -> Iterator[Problem]:
    """Validate JSONL files; yields every problem with its file, line and record id.

    Ids must be unique across all the files given.
    """
    seen: dict = {}
    for path in paths:
        try:
            for line, record in read_records(path):
                record_id = str(record.get("id", ""))
                for problem in validate_record(record):
                    yield Problem(problem.field, problem.message, str(path), line, record_id)
                if record_id in seen:
                    yield Problem("id", f"duplicate id, first seen at {seen[record_id]}", str(path), line, record_id)
                seen.setdefault(record_id, f"{path}:{line}")
        except RecordError as error:
            yield Problem("line", error.message, error.path, error.line)
        except OSError as error:
            yield Problem("file", f"cannot be read: {error.strerror or error}", str(path))
        except UnicodeDecodeError as error:
            yield Problem("file", f"is not UTF-8: {error.reason} at byte {error.start}", str(path))
