"""Find enumeration markers (``第一条``, ``（一）``, ``1.``, ``First,``) and their nesting.

A marker counts at the start of a line, or inline where punctuation shows that a new
item starts (``任务：(1)……；(2)……``). Its level follows the document's own nesting:
the first style seen is level 1, a new style under it level 2, and meeting an
earlier style again returns to that style's level.
"""
from __future__ import annotations

import re
from typing import Dict, Iterator, List, Tuple

from nlp.lang.base import INLINE_SPACE, LINE_BREAKS
from nlp.segment.marker_styles import MARKER_STYLES
from nlp.types import Marker

_STYLE_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in MARKER_STYLES)
_LINE_START = re.compile(f"(?:^|(?<=[{LINE_BREAKS}])){INLINE_SPACE}*")

#: Styles that may start an item inside a line, and the punctuation that must come before.
_INLINE_AFTER: Dict[str, str] = {
    "zh_num_paren": "：:；;。，,.!?！？",
    "arabic_paren": "：:；;。，,.!?！？",
    "roman_paren": "：:；;。.!?！？",
    "roman_lower_paren": "：:；;。，,.!?！？",
    "letter_paren": "：:；;。，,.!?！？",
    "circled": "：:；;。，,.!?！？",
    "zh_shi": "：:；;。，,",
    "zh_ordinal": "：:；;。!?！？",
    "ordinal_word": "：:；;。.!?！？",
    "zh_num_comma": "：:；;。!?！？",
    "arabic_dot": "：:；;。!?！？",
    "arabic_comma": "：:；;。!?！？",
}
_INLINE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in MARKER_STYLES if name in _INLINE_AFTER))
# A marker must be followed by text, a line end or white space, never glued to a digit.
_FOLLOW_OK = re.compile(r"(?![0-9０-９])")
# These styles need white space after them, or they swallow initials and abbreviations.
_NEEDS_SPACE = {"letter_dot", "roman_dot"}
_SECTION_HEADING = re.compile(r"[ \t\u3000]+([A-Z][a-z]+|[\u4e00-\u9fff])")
NUMBER_WORDS_AFTER = set("万亿千百元美港欧吨亩倍米克年月日")
_WHOLE_WORD = {"en_chapter", "en_article"}


def find_markers(text: str) -> List[Marker]:
    """All enumeration markers of ``text``, in order, with nesting levels."""
    found: Dict[int, Tuple[int, str]] = {}
    for start, end, style in _line_start_markers(text):
        found[start] = (end, style)
    for start, end, style in _inline_markers(text):
        found.setdefault(start, (end, style))
    spans = sorted((start, end, style) for start, (end, style) in found.items())
    return assign_levels(spans)


def assign_levels(spans: List[Tuple[int, int, str]]) -> List[Marker]:
    """Give each ``(start, end, style)`` a level from the order styles nest in."""
    stack: List[str] = []
    markers: List[Marker] = []
    for start, end, style in spans:
        if style in stack:
            del stack[stack.index(style) + 1:]
        else:
            stack.append(style)
        markers.append(Marker(start, end, len(stack)))
    return markers


def _line_start_markers(text: str) -> Iterator[Tuple[int, int, str]]:
    for line in _LINE_START.finditer(text):
        at = line.end()
        if at >= len(text):
            continue
        for style, pattern in _STYLE_PATTERNS:
            match = pattern.match(text, at)
            if match and _well_followed(text, match.end(), style):
                yield at, match.end(), style
                break


def _inline_markers(text: str) -> Iterator[Tuple[int, int, str]]:
    for match in _INLINE.finditer(text):
        style = match.lastgroup
        start = match.start()
        before = start - 1
        while before >= 0 and text[before] in " \t\u3000\u00a0":
            before -= 1
        if before < 0 or text[before] not in _INLINE_AFTER[style]:
            continue
        if style == "arabic_dot" and text[before] == ".":
            continue
        if _well_followed(text, match.end(), style):
            yield start, match.end(), style


def _well_followed(text: str, end: int, style: str) -> bool:
    if end >= len(text):
        return style not in _NEEDS_SPACE
    following = text[end]
    if style in _NEEDS_SPACE:
        return following.isspace()
    if style == "arabic_sub":
        # "1.2 总体目标" and "2.1 Scope" are section numbers; "1.5 billion" and "2.5 亿元" are figures.
        heading = _SECTION_HEADING.match(text, end)
        return bool(heading) and heading.group(1) not in NUMBER_WORDS_AFTER
    if style in _WHOLE_WORD:
        return not following.isalnum()
    if style in ("arabic_dot", "zh_num_comma") and following in ".．0123456789０１２３４５６７８９":
        return False
    return bool(_FOLLOW_OK.match(text, end))


def enclosing_items(document) -> List[List[int]]:
    """For each clause of ``document``, the indices of the clauses that open the numbered
    items it sits under, outermost first; a clause that starts with a marker opens its
    own item and is the last index. Measures (marker paths) and the classifier (heading
    context) both read the document's structure from this one walk.
    """
    level_at = {m.start: m.level for m in document.markers}
    open_items: Dict[int, int] = {}  # level -> index of the clause that opened it
    result = []
    for index, clause in enumerate(document.clauses):
        level = level_at.get(clause.start)
        if level is not None:
            for deeper in [key for key in open_items if key >= level]:
                del open_items[deeper]
            open_items[level] = index
        result.append([open_items[key] for key in sorted(open_items)])
    return result
