"""Word tokens: jieba with a domain dictionary for Chinese, a regex for other scripts.

jieba and the domain dictionary are loaded once per process (``load_jieba`` is cached).
A dictionary that is named but missing or empty raises: results that silently lack
the domain words would differ from run to run without anyone noticing.
"""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import List, Optional, Tuple

from nlp.lang.zh import HAN_CHARS, NUMBER_SUFFIXES
from nlp.types import Span

_HAN = re.compile(f"[{HAN_CHARS}]")
_LATIN_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*|[0-9０-９]+(?:[.,．，][0-9０-９]+)*%?|\S")
_NUMBER = re.compile(r"[-+−]?[0-9０-９]+(?:[.,．][0-9０-９]+)*%?$")
_SUFFIXES = "(?:" + "|".join(map(re.escape, sorted(NUMBER_SUFFIXES, key=len, reverse=True))) + ")+"
_SUFFIX = re.compile(_SUFFIXES + "$")
_NUMBER_WITH_SUFFIX = re.compile(r"[-+−]?[0-9０-９]+(?:[.,．][0-9０-９]+)*%?" + _SUFFIXES + "$")


class DictionaryError(RuntimeError):
    """A domain dictionary that was asked for but cannot be used."""


@functools.lru_cache(maxsize=None)
def load_jieba(user_dict: Optional[str] = None):
    """A jieba ``Tokenizer`` with its main dictionary and ``user_dict`` loaded (cached)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    if user_dict is not None:
        path = Path(user_dict)
        if not path.is_file():
            raise DictionaryError(f"domain dictionary not found: {path}")
        added = 0
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            parts = line.split()
            if not parts:
                continue
            try:
                freq = int(parts[1]) if len(parts) > 1 else None
            except ValueError:
                raise DictionaryError(f"{path}:{number}: frequency {parts[1]!r} is not a whole number") from None
            tokenizer.add_word(parts[0], freq, parts[2] if len(parts) > 2 else None)
            added += 1
        if not added:
            raise DictionaryError(f"domain dictionary is empty: {path}")
    return tokenizer


class WordTokenizer:
    """Split text into word spans; Chinese with jieba, everything else by regex."""

    def __init__(self, *, user_dict: Optional[str] = None, hmm: bool = True):
        self.user_dict = user_dict
        self.hmm = hmm

    def __call__(self, text: str) -> List[Span]:
        if not _HAN.search(text):
            return [Span(m.start(), m.end()) for m in _LATIN_TOKEN.finditer(text)]
        tokenizer = load_jieba(self.user_dict)
        pieces = [(start, end) for word, start, end in tokenizer.tokenize(text, HMM=self.hmm) if not word.isspace()]
        return [Span(start, end) for start, end in _glue_number_suffixes(text, pieces)]


def _glue_number_suffixes(text: str, pieces: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Join a number and the scale words and units after it into one token."""
    glued: List[Tuple[int, int]] = []
    for start, end in pieces:
        if glued and glued[-1][1] == start and text[glued[-1][0]:glued[-1][1]] in "-+−" and _NUMBER.match(text, start, end):
            glued[-1] = (glued[-1][0], end)  # a signed number: -26.95%
            continue
        if glued and glued[-1][1] == start and _SUFFIX.match(text, start, end):
            previous = text[glued[-1][0]:glued[-1][1]]
            if _NUMBER.match(previous) or _NUMBER_WITH_SUFFIX.match(previous):
                glued[-1] = (glued[-1][0], end)
                continue
        glued.append((start, end))
    return glued

