"""The shape of a language's rules; each language module fills one in."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import FrozenSet, Iterable


#: The characters that end a line (those ``str.splitlines`` breaks on).
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: A white-space character inside a line, as a regex class.
INLINE_SPACE = f"[^\\S{LINE_BREAKS}]"


@dataclass(frozen=True)
class LanguageRules:
    """Boundary and marker rules of one language.

    ``terminators`` always end a sentence (Chinese ``。！？``); ``contextual_terminators``
    (English ``!`` and ``?``) end one unless a letter is glued to them or a lower-case
    word continues (``"Why?" she asked``); ``ambiguous_terminators`` (the full stop) end
    one only when no abbreviation, decimal or marker explains them.
    ``abbreviations`` never end a sentence when text follows on the same line;
    ``final_abbreviations`` end one only before a word from ``sentence_starters``
    ("... to the U.S. The ..." but not "the U.S. Food and Drug Administration").
    """

    code: str
    terminators: str = ""
    contextual_terminators: str = ""
    ambiguous_terminators: str = ""
    semicolons: str = ""
    closers: str = ""
    abbreviations: FrozenSet[str] = field(default_factory=frozenset)
    final_abbreviations: FrozenSet[str] = field(default_factory=frozenset)
    sentence_starters: FrozenSet[str] = field(default_factory=frozenset)


def merged(*languages: LanguageRules) -> LanguageRules:
    """One rule set holding every language's rules, for texts that mix scripts."""
    def union(name: str) -> str:
        return "".join(dict.fromkeys("".join(getattr(lang, name) for lang in languages)))

    return LanguageRules(
        code="+".join(lang.code for lang in languages),
        terminators=union("terminators"),
        contextual_terminators=union("contextual_terminators"),
        ambiguous_terminators=union("ambiguous_terminators"),
        semicolons=union("semicolons"),
        closers=union("closers"),
        abbreviations=frozenset().union(*(lang.abbreviations for lang in languages)),
        final_abbreviations=frozenset().union(*(lang.final_abbreviations for lang in languages)),
        sentence_starters=frozenset().union(*(lang.sentence_starters for lang in languages)),
    )


def alternation(words: Iterable[str], *, regex: bool = False) -> str:
    """A regex matching any of ``words``, the longest first where several match.

    Literal words compile to a trie (``ab(?:cd?|x)?`` for ab, abc, abcd, abx), which the
    regex engine walks in one pass instead of trying every word at every position: the
    gazetteer's thousands of names cost no more than a handful. ``regex`` words are
    fragments such as ``brand\\w*`` and stay a plain alternation, longest first."""
    unique = sorted(set(words), key=len, reverse=True)
    if regex:
        return "|".join(unique)
    return _trie_pattern(unique) if unique else ""


def _trie_pattern(words: Iterable[str]) -> str:
    """The trie of ``words`` as a regex; greedy optional tails keep longest-match order."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        single = len(branches) == 1
        body = branches[0] if single else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        atom = not single or body in (re.escape(body[-1]), body[-1]) and len(body) <= 2
        return body + "?" if atom else f"(?:{body})?"

    return pattern(trie)


_WORD_BEFORE = "(?<![A-Za-z0-9])"
_WORD_AFTER = "(?![A-Za-z0-9])"


def words_pattern(words: Iterable[str], *, regex: bool = False, flags: int = re.IGNORECASE) -> "re.Pattern[str]":
    """A regex matching any of ``words`` (regex fragments if ``regex``), longest first.
    Words in Latin script match only as whole words (``ip`` not in ``ship``); Chinese
    words, written without spaces, match anywhere. Words with a non-Latin character come
    first: none is a prefix of a Latin-only word, so longest-first still holds."""
    unique = set(words)
    latin = [w for w in unique if w.isascii()]
    other = [w for w in unique if not w.isascii()]
    parts = []
    if other:
        parts.append(alternation(other, regex=regex))
    if latin:
        parts.append(f"{_WORD_BEFORE}(?:{alternation(latin, regex=regex)}){_WORD_AFTER}")
    return re.compile("|".join(parts) or r"(?!x)x", flags)
