"""Lint warnings for compiled corpus sources: likely missed clause ends, missed
markers and figure values that disagree with a plain reading of their span.

Lint only points at places to look; the author decides. It is deliberately simple
and independent of the segmenter, so the gold is not shaped by the system it scores.
"""
from __future__ import annotations

import re
from typing import Iterator, List, Optional

from nlp.corpus.markup import Compiled, SourceIssue
from nlp.segment.marker_styles import ANY_MARKER, marker_style

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "no", "nos", "co", "ltd", "inc", "corp", "dept", "gov",
    "st", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "p.r.c", "a.m", "p.m", "art", "sec",
    "fig", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "jr", "sr", "vol", "para", "hon",
}
ZH_INTERNAL_END = re.compile(r"[。！？][”’」』）)\"']*(?=[^\s”’」』）)\"'])")
EN_INTERNAL_END = re.compile(r"(?P<word>[\w.]*)[.!?][\"”’')]*\s+(?=[A-Z“\"(])")
INLINE_MARKER = re.compile(r"(?<=[，,；;：:。])[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[（(][0-9]{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]是)")
APPROXIMATORS = re.compile(r"^(约|超过|近|逾|达|以上|最高|about |more than |over |nearly |up to |around |approximately |almost )", re.I)
SCALES = (("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6),
          ("万", 1e4), ("千", 1e3), ("trillion", 1e12), ("billion", 1e9), ("bn", 1e9),
          ("million", 1e6), ("mn", 1e6), ("thousand", 1e3))
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


def lint(compiled: Compiled, path: str = "<source>") -> List[SourceIssue]:
    """All lint findings of a compiled source (errors for hard scheme violations)."""
    document = compiled.document
    if document is None:
        return []
    found: List[SourceIssue] = []
    for at, message, severity in _findings(document):
        line = compiled.origin[at] if 0 <= at < len(compiled.origin) else 0
        found.append(SourceIssue(path, line, message, severity))
    return found


def _findings(document) -> Iterator[tuple]:
    text = document.text
    marker_starts = {m.start for m in document.markers}
    for clause in document.clauses:
        body = text[clause.start:clause.end]
        if "\n" in body or "\r" in body:
            yield clause.start, f"clause runs over a line break: {body[:40]!r}", "error"
        for semi in re.finditer(r"[;；]", body[:-1]):
            yield clause.start + semi.start(), f"semicolon inside a clause: {_around(body, semi.start())!r}", "warning"
        for end in ZH_INTERNAL_END.finditer(body):
            if end.end() < len(body):
                yield clause.start + end.start(), f"terminator inside a clause: {_around(body, end.start())!r}", "warning"
        for end in EN_INTERNAL_END.finditer(body):
            if re.fullmatch(r"[IVXL]+", end.group("word")):
                continue  # a Roman-numeral marker such as "II."
            word = end.group("word").lower().rstrip(".")
            if word in ABBREVIATIONS or re.fullmatch(r"[a-z]|[0-9]+", word) or "." in word:
                continue
            yield clause.start + end.start(), f"possible sentence end inside a clause: {_around(body, end.end())!r}", "warning"
        at_start = ANY_MARKER.match(body)
        if at_start and clause.start not in marker_starts and not _is_year_or_number(body, 0):
            yield clause.start, f"clause starts with marker-like {at_start.group()!r} that is not tagged", "warning"
        for inline in INLINE_MARKER.finditer(body):
            at = inline.start() + len(inline.group()) - len(inline.group().lstrip())
            if clause.start + at not in marker_starts:
                yield clause.start + at, f"marker-like {inline.group().strip()!r} inside a clause", "warning"
    for line_match in re.finditer(r"(?m)^[ \t\u3000]*", text):
        at = line_match.end()
        found = ANY_MARKER.match(text, at)
        if found and at not in marker_starts and not _is_year_or_number(text, at):
            yield at, f"line starts with marker-like {found.group()!r} that is not tagged", "warning"
    clause_starts = {c.start for c in document.clauses}
    for marker in document.markers:
        if marker_style(text[marker.start:marker.end]) is None:
            yield marker.start, f"marker {text[marker.start:marker.end]!r} has no known style", "warning"
        if marker.start not in clause_starts:
            yield marker.start, f"marker {text[marker.start:marker.end]!r} does not start its clause", "warning"
    for entity in document.entities:
        span = text[entity.start:entity.end]
        if entity.label != "DATE" and APPROXIMATORS.search(span):
            yield entity.start, f"{entity.label} {span!r} starts with an approximator (keep it outside)", "warning"
        if entity.is_figure:
            reading = plain_reading(span)
            if reading is not None and not _close(reading, entity.value, entity.label):
                yield entity.start, f"{entity.label} {span!r} has value {entity.value!r}; a plain reading gives {reading!r}", "warning"


def _is_year_or_number(text: str, at: int) -> bool:
    return bool(re.match(r"[0-9]{1,3}[.．][0-9]", text[at:at + 5]))


def _around(text: str, at: int, width: int = 15) -> str:
    return text[max(0, at - width):at + width]


def plain_reading(span: str) -> Optional[object]:
    """A rough value of a figure's span from its Arabic digits and scale words, or None.

    Used only to flag suspicious gold values; the real normaliser is in nlp/extract.
    """
    span = span.translate(FULL_WIDTH)
    if re.search(r"[一二三四五六七八九十两〇零]|分之|成|\d万\d", span):
        return None
    numbers = list(NUMBER.finditer(span))
    if not numbers:
        return None
    values = []
    for number in numbers:
        scale = 1.0
        after = span[number.end():].lstrip(" 多余")
        for word, factor in SCALES:
            if after.lower().startswith(word):
                scale = factor
                break
        values.append([float(number.group().replace(",", "")), scale])
    if len(values) == 2 and values[0][1] == 1.0 and values[1][1] != 1.0:
        values[0][1] = values[1][1]
    readings = [v * s for v, s in values]
    if len(readings) == 1:
        return readings[0]
    if len(readings) == 2:
        return readings
    return None


def _close(reading, value, label) -> bool:
    if isinstance(reading, list):
        return isinstance(value, tuple) and all(_near(a, b) for a, b in zip(reading, value))
    if isinstance(value, tuple):
        return False
    return _near(reading, value)


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
