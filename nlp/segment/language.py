"""Language of a text or paragraph (``zh``, ``en`` or ``mixed``) from its scripts.

No model is needed: Chinese is written in Han characters and English in Latin letters,
so counting both, weighted so that a Chinese word (about 1.5 characters) and an
English word weigh the same, tells the language. Texts with neither script get the
fallback (the document's language for a paragraph).
"""
from __future__ import annotations

import re
from typing import List, Tuple

from nlp.lang.base import LINE_BREAKS
from nlp.lang.zh import HAN_CHARS
from nlp.types import Paragraph

_LINE = re.compile(f"[^{LINE_BREAKS}]+")


_HAN = re.compile(f"[{HAN_CHARS}]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")
HAN_PER_WORD = 1.5
MIXED_SHARE = 0.25  # the smaller script's share of words that makes a text mixed
MIN_WORDS_FOR_MIXED = 8


def script_counts(text: str) -> Tuple[float, int]:
    """(Chinese words, English words) estimated from Han characters and Latin words."""
    return len(_HAN.findall(text)) / HAN_PER_WORD, len(_LATIN_WORD.findall(text))


def detect_language(text: str, default: str = "en") -> str:
    """``zh``, ``en`` or ``mixed`` for ``text``; ``default`` when it has no words.

    >>> detect_language("支持企业开展品牌建设。"), detect_language("Support brands.")
    ('zh', 'en')
    """
    chinese, english = script_counts(text)
    total = chinese + english
    if total == 0:
        return default
    if total >= MIN_WORDS_FOR_MIXED and min(chinese, english) / total >= MIXED_SHARE:
        return "mixed"
    return "zh" if chinese >= english else "en"


def paragraph_languages(text: str, document_lang: str) -> List[Paragraph]:
    """A :class:`Paragraph` for each non-blank line; lines without words take the document's language."""
    result = []
    for match in _LINE.finditer(text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            start, end = match.start() + lead, match.start() + len(line.rstrip())
            result.append(Paragraph(start, end, detect_language(line, document_lang)))
    return result
