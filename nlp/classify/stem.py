"""A light English stemmer for classifier features: suffix rules from nlp.lang.en."""
from __future__ import annotations

import functools
import re

from nlp.lang.en import STEM_SUFFIXES

_LATIN_WORD = re.compile(r"[a-z]{4,}")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """``subsidies`` → ``subsidy``, ``launching`` → ``launch``; other words unchanged."""
    if not _LATIN_WORD.fullmatch(word) or word.endswith("ss"):
        return word
    for suffix, replacement in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + replacement
    return word

