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
    """``a|b|c`` of ``words``, longest first so the longest match wins; escaped unless
    ``regex`` (the words are then regex fragments such as ``brand\\w*``)."""
    unique = sorted(set(words), key=len, reverse=True)
    return "|".join(word if regex else re.escape(word) for word in unique)


def words_pattern(words: Iterable[str], *, regex: bool = False, flags: int = re.IGNORECASE) -> "re.Pattern[str]":
    """A regex matching any of ``words`` (regex fragments if ``regex``), longest first.
    Words in Latin script match only as whole words (``ip`` not in ``ship``); Chinese
    words, written without spaces, match anywhere."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        body = word if regex else re.escape(word)
        parts.append(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])" if word.isascii() else body)
    return re.compile("|".join(parts) or r"(?!x)x", flags)
