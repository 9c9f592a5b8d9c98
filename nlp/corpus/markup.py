"""Compile the corpus authoring markup (``corpora/AUTHORING.md``) into scheme records.

A source is a header and a body in which ``{{area*}}`` ends a clause and
``[[span|LABEL|value|unit]]`` marks an entity or (``M<level>``) a marker. The markup is
removed and every span is located in the bare text that remains.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Dict, List, Optional, Tuple

from nlp.types import AREAS, FIGURE_LABELS, Clause, Document, Entity, Marker, Value

TAG = re.compile(r"\[\[(?P<entity>[^\[\]\n]*?)\]\]|\{\{(?P<clause>[^{}\n]*?)\}\}")
LEFTOVER = re.compile(r"\[\[|\]\]|\{\{|\}\}")
MARKER_LABEL = re.compile(r"M([1-9][0-9]?)")
TERMINATORS = ".!?。！？"
CLOSERS = "\"'”’)）」』】》]"
SENT_END = re.compile(f"[{re.escape(TERMINATORS)}][{re.escape(CLOSERS)}]*$")


@dataclass(frozen=True)
class SourceIssue:
    """An error (the source cannot be compiled as written) or a lint warning."""

    path: str
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@dataclass
class Compiled:
    document: Optional[Document]
    issues: List[SourceIssue] = field(default_factory=list)
    origin: List[int] = field(default_factory=list)  # source line of each text character

    @property
    def errors(self) -> List[SourceIssue]:
        return [i for i in self.issues if i.severity == "error"]


def parse_value(written: str) -> Value:
    """Read a markup value: ``3.37e9``, ``3_370_000``, ``1/3`` or a range ``60..70``."""
    if ".." in written:
        low, high = written.split("..", 1)
        return (parse_value(low), parse_value(high))  # type: ignore[return-value]
    if "/" in written:
        return float(Fraction(written.replace("_", "")))
    number = float(written)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def compile_source(source: str, path: str = "<source>") -> Compiled:
    """Compile one source file's content into a :class:`Document` with issues."""
    result = Compiled(document=None)
    error = lambda line, message: result.issues.append(SourceIssue(path, line, message))  # noqa: E731
    header, body, body_line = _split_header(source)
    if header is None:
        error(1, "no header: the file must start with a '---' line, key: value lines and a '---' line")
        return result
    for key in ("id", "lang", "genre"):
        if key not in header:
            error(1, f"header has no '{key}'")
    text_parts: List[str] = []
    origin: List[int] = []
    clauses: List[Clause] = []
    markers: List[Marker] = []
    entities: List[Entity] = []
    position, clause_start, source_at = 0, 0, 0
    line_of = _line_counter(body, body_line)

    def emit(piece: str, source_offset: int) -> None:
        nonlocal position
        text_parts.append(piece)
        for index, char in enumerate(piece):
            origin.append(line_of(source_offset + index))
        position += len(piece)

    for match in TAG.finditer(body):
        emit(body[source_at:match.start()], source_at)
        source_at = match.end()
        line = line_of(match.start())
        if match.group("clause") is not None:
            clause = _clause(match.group("clause"), "".join(text_parts), clause_start, position, line, error)
            if clause is not None:
                clauses.append(clause)
            clause_start = position
            continue
        parts = match.group("entity").split("|")
        span_text, label = parts[0], parts[1] if len(parts) > 1 else ""
        start = position
        emit(span_text, match.start() + 2)
        if not span_text or span_text != span_text.strip():
            error(line, f"span {span_text!r} is empty or has white space at an end")
            continue
        marker = MARKER_LABEL.fullmatch(label)
        if marker:
            if len(parts) != 2:
                error(line, f"marker {span_text!r} takes no value")
            markers.append(Marker(start, position, int(marker.group(1))))
            continue
        entity = _entity(parts, start, position, line, error)
        if entity is not None:
            entities.append(entity)
    emit(body[source_at:], source_at)
    text = "".join(text_parts)
    tail = text[clause_start:]
    if tail.strip():
        error(origin[clause_start + len(tail) - len(tail.lstrip())], f"text after the last clause tag: {tail.strip()[:30]!r}")
    for leftover in LEFTOVER.finditer(text):
        error(origin[leftover.start()], f"unbalanced markup {leftover.group()!r} near {text[max(0, leftover.start() - 10):leftover.end() + 10]!r}")
    clauses = _derive_sent_ends(clauses, text)
    extra = {k: v for k, v in header.items() if k not in ("id", "lang", "genre")}
    result.document = Document(text=text, id=header.get("id", ""), lang=header.get("lang", ""),
                               genre=header.get("genre", ""), clauses=tuple(clauses),
                               markers=tuple(markers), entities=tuple(entities), extra=extra)
    result.origin = origin
    return result


def _split_header(source: str) -> Tuple[Optional[Dict[str, str]], str, int]:
    source = source.lstrip("\ufeff")
    lines = source.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, "", 0
    header: Dict[str, str] = {}
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            body = "\n".join(lines[index + 1:])
            if body.endswith("\n"):
                body = body[:-1]
            return header, body, index + 2
        key, _, value = lines[index].partition(":")
        header[key.strip()] = value.strip()
    return None, "", 0


def _line_counter(body: str, first_line: int):
    starts = [0] + [i + 1 for i, c in enumerate(body) if c == "\n"]
    import bisect

    return lambda offset: first_line + bisect.bisect_right(starts, offset) - 1


def _clause(tag: str, text: str, start: int, end: int, line: int, error) -> Optional[Clause]:
    name, _, option = tag.partition("|")
    measure = name.endswith("*")
    area = name.rstrip("*").strip()
    if area not in AREAS:
        error(line, f"clause tag {{{{{tag}}}}}: {area!r} is not an area ({', '.join(AREAS)})")
        return None
    if option not in ("", "sent", "nosent"):
        error(line, f"clause tag {{{{{tag}}}}}: option {option!r} is not 'sent' or 'nosent'")
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        error(line, f"clause tag {{{{{tag}}}}} has no text before it")
        return None
    first = start + len(segment) - len(segment.lstrip())
    sent_end = {"sent": True, "nosent": False}.get(option)  # None: derived later
    return Clause(first, first + len(stripped), area=area, measure=measure, sent_end=sent_end)  # type: ignore[arg-type]


def _entity(parts: List[str], start: int, end: int, line: int, error) -> Optional[Entity]:
    label = parts[1] if len(parts) > 1 else ""
    if label not in FIGURE_LABELS + ("ORG", "GPE", "DATE"):
        error(line, f"[[{'|'.join(parts)}]]: {label!r} is not an entity label or M<level>")
        return None
    if label not in FIGURE_LABELS:
        if len(parts) != 2:
            error(line, f"[[{'|'.join(parts)}]]: {label} takes no value or unit")
        return Entity(start, end, label)
    expected = {"MONEY": 4, "QUANTITY": 4, "PERCENT": 3, "CARDINAL": 3}[label]
    if len(parts) != expected:
        error(line, f"[[{'|'.join(parts)}]]: {label} is written [[span|{label}|value{'|unit' if expected == 4 else ''}]]")
        return None
    try:
        value = parse_value(parts[2].strip())
    except (ValueError, ZeroDivisionError):
        error(line, f"[[{'|'.join(parts)}]]: value {parts[2]!r} is not a number, a/b or low..high")
        return None
    unit = "%" if label == "PERCENT" else parts[3].strip() if expected == 4 else None
    return Entity(start, end, label, value=value, unit=unit)


def _derive_sent_ends(clauses: List[Clause], text: str) -> List[Clause]:
    """Fill ``sent_end`` where the tag left it open: terminator or line break ends a sentence."""
    result = []
    for index, clause in enumerate(clauses):
        if clause.sent_end is None:
            following = text[clause.end:clauses[index + 1].start] if index + 1 < len(clauses) else "\n"
            sent_end = bool(SENT_END.search(text[clause.start:clause.end])) or "\n" in following or "\r" in following
            clause = Clause(clause.start, clause.end, clause.area, clause.measure, sent_end)
        result.append(clause)
    return result
