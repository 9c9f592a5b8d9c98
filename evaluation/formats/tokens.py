"""Token spans for the token-based formats (spaCy, CoNLL): words, single CJK characters and
punctuation, cut wherever an annotation starts or ends, so every span lines up with tokens."""
from __future__ import annotations

import re
from typing import Iterable, List, Tuple

CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
WORD = re.compile(rf"(?:(?![{CJK}])\w)+|\S")


def segments(text: str, cuts: Iterable[int] = ()) -> List[Tuple[int, int]]:
    """Spans that cover ``text`` without gaps: tokens and white-space runs, cut at ``cuts`` too."""
    points = {0, len(text)}
    for match in WORD.finditer(text):
        points.update((match.start(), match.end()))
    points.update(c for c in cuts if 0 <= c <= len(text))
    ordered = sorted(points)
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if a < b]


def tokens(text: str, cuts: Iterable[int] = ()) -> List[Tuple[int, int]]:
    """Token spans: :func:`segments` without the white space."""
    return [(a, b) for a, b in segments(text, cuts) if not text[a:b].isspace()]
