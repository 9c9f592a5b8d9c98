"""Split text into clauses and sentences as the scheme defines them.

A clause ends at a sentence terminator (with the closing quotes and brackets after
it), a semicolon, a line break, or just before an inline marker that starts a new
item. Boundaries are found in one pass of regular expressions over the original text;
clauses are the stretches between them less white space, so they always partition
the text's non-white-space characters.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Sequence

from nlp.lang import ALL, LanguageRules
from nlp.lang.base import LINE_BREAKS
from nlp.types import Clause, Marker

_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,6})$")
_LOWER_WORD_BEFORE = re.compile(r"(?:^|[^A-Za-z.])([a-z]{3,})$")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{2,}\b")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


class ClauseSplitter:
    """Finds clause boundaries with one language rule set (all languages by default)."""

    def __init__(self, rules: LanguageRules = ALL):
        self.rules = rules
        closers = re.escape(rules.closers)
        self._sure = re.compile(f"[{re.escape(rules.terminators + rules.contextual_terminators)}]+(?:[{closers}]+)?")
        self._always = re.compile(f"[{re.escape(rules.terminators)}]") if rules.terminators else None
        self._dots = re.compile(r"\.+")
        self._closers = set(rules.closers)
        self._semicolons = re.compile(f"[{re.escape(rules.semicolons)}]")
        self._line_break = re.compile(f"[{re.escape(LINE_BREAKS)}]")
        self._word_before = re.compile(r"([A-Za-z][A-Za-z.]*)$")

    def boundaries(self, text: str, markers: Sequence[Marker] = ()) -> Dict[int, bool]:
        """Map of boundary positions (a clause ends before them) to 'ends a sentence'."""
        found: Dict[int, bool] = {}
        inside_marker = _covered(markers)

        def add(position: int, sentence: bool) -> None:
            found[position] = found.get(position, False) or sentence

        for match in self._sure.finditer(text):
            end = self._extend_over_closers(text, match.end())
            if (self._always is not None and self._always.search(match.group())) or \
                    self._ends_sentence(text, match.start(), end, sure=True):
                add(end, True)
        for match in self._dots.finditer(text):
            if match.start() in inside_marker:
                continue
            end = self._extend_over_closers(text, match.end())
            if self._ends_sentence(text, match.start(), end, sure=False):
                add(end, True)
        for match in self._semicolons.finditer(text):
            if match.group() == ";" and _HTML_ENTITY.search(text, max(0, match.start() - 9), match.start()):
                continue
            add(match.end(), False)
        for match in self._line_break.finditer(text):
            add(match.start(), True)
        for marker in markers:
            if marker.start > 0:
                add(marker.start, False)
        return found

    def split(self, text: str, markers: Sequence[Marker] = ()) -> List[Clause]:
        """Clauses of ``text``: spans between boundaries, trimmed of white space."""
        return clauses_from_boundaries(text, self.boundaries(text, markers))

    # -- the full stop and friends -------------------------------------------------
    def _extend_over_closers(self, text: str, end: int) -> int:
        while end < len(text) and text[end] in self._closers:
            if text[end] in "\"'" and end + 1 < len(text) and text[end + 1].isalnum():
                break  # an opening quote of what follows, not a closing one
            end += 1
        return end

    def _ends_sentence(self, text: str, start: int, end: int, *, sure: bool) -> bool:
        following = text[end] if end < len(text) else ""
        if sure:
            # Contextual terminators ("!", "?") end a sentence unless a letter or digit is
            # glued to them ("Yahoo!Inc", "?id=3")...
            if following.isalnum() and not _CJK.match(following):
                return False
            # '"Why?" she asked' goes on after the quote: a lower-case word continues it.
            return not (following.isspace() and _next_visible(text, end).islower())
        if following and not following.isspace() and not _CJK.match(following):
            return self._glued_sentence_start(text, start, end)  # 3.37, www.gov.cn, "points.Then"
        next_char = _next_visible(text, end)
        if next_char and (next_char.islower() or next_char in ",;:，；：、)）"):
            return False  # "approx. five", "No. 5 and", "etc., and"
        word = self._word_before.search(text, max(0, start - 20), start)
        if word:
            token = word.group(1).lower()
            if token in self.rules.abbreviations and next_char and not _line_break_between(text, end):
                return False
            if len(token) == 1 and token.isalpha() and next_char.isupper():
                return False  # an initial: "J. Smith"
            if token in self.rules.final_abbreviations and next_char and not _line_break_between(text, end):
                return _next_word(text, end).lower() in self.rules.sentence_starters
        if start > 0 and text[start - 1].isdigit() and next_char.isdigit():
            return False  # "No.5. 6" style numbering debris
        return True


    def _glued_sentence_start(self, text: str, start: int, end: int) -> bool:
        """A full stop with no space after it ends a sentence only in a typo such as
        "rose 2.3 points.Then it fell": a lower-case word before, a capitalised word after."""
        before = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _CAPITALISED_WORD.match(text, end)
        return bool(before and after and before.group(1) not in self.rules.abbreviations)


def clauses_from_boundaries(text: str, boundaries: Dict[int, bool]) -> List[Clause]:
    """Clauses between sorted boundaries; a boundary in white space after a clause still
    tells whether that clause ends a sentence. The last clause always does."""
    clauses: List[Clause] = []
    previous = 0
    for position in sorted(boundaries) + [len(text)]:
        segment = text[previous:position]
        stripped_left = len(segment) - len(segment.lstrip())
        body = segment.strip()
        if body:
            start = previous + stripped_left
            clauses.append(Clause(start, start + len(body), sent_end=boundaries.get(position, True)))
        elif clauses and boundaries.get(position, False):
            last = clauses[-1]
            clauses[-1] = Clause(last.start, last.end, sent_end=True)
        previous = position
    if clauses and not clauses[-1].sent_end:
        last = clauses[-1]
        clauses[-1] = Clause(last.start, last.end, sent_end=True)
    return clauses


def _covered(markers: Iterable[Marker]) -> set:
    return {i for m in markers for i in range(m.start, m.end)}


def _next_visible(text: str, end: int) -> str:
    for char in text[end:end + 40]:
        if not char.isspace():
            return char
    return ""


_NEXT_WORD = re.compile(r"\s*[\"'“‘(]?([A-Za-z]+)")


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else ""


def _line_break_between(text: str, end: int) -> bool:
    for char in text[end:end + 40]:
        if char in LINE_BREAKS:
            return True
        if not char.isspace():
            return False
    return True
