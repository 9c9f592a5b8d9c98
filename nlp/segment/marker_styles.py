"""The enumeration-marker styles of policy texts, as named regular expressions.

A style is one way of numbering items (``（一）``, ``1.``, ``First,``). Styles are
shared by both languages because Chinese releases use ``1.`` and English translations
use ``(一)``-like brackets; the segmenter and corpus statistics both use this table.
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

ZH_DIGITS = "一二三四五六七八九十百零〇两"
_ZH_NUM = f"[{ZH_DIGITS}]{{1,6}}"  # bounded: a marker numeral is short, and long runs stay linear
_ARABIC = "[0-9０-９]{1,3}"
_ROMAN = "(?:X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_LOWER = "(?:x{0,3})(?:ix|iv|v?i{0,3})"
ORDINAL_WORDS = (
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
    "Nineth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
    "Forth", "Fith", "Eigth", "Twelveth",
)

#: (style name, pattern) in the order they are tried; a pattern matches a whole marker.
MARKER_STYLES: Tuple[Tuple[str, str], ...] = (
    ("zh_part", f"第{_ZH_NUM}编"),
    ("zh_chapter", f"第(?:{_ZH_NUM}|{_ARABIC})章"),
    ("zh_section", f"第(?:{_ZH_NUM}|{_ARABIC})节"),
    ("zh_article", f"第(?:{_ZH_NUM}|{_ARABIC})条"),
    ("zh_paragraph", f"第(?:{_ZH_NUM}|{_ARABIC})款"),
    ("zh_ordinal", f"第{_ZH_NUM}[，,、：:]"),
    ("zh_num_comma", f"{_ZH_NUM}[、.．](?![0-9])"),
    ("zh_num_paren", f"[（(]{_ZH_NUM}[）)]"),
    ("zh_shi", f"{_ZH_NUM}是"),
    ("arabic_sub", f"{_ARABIC}[.．]{_ARABIC}(?:[.．]{_ARABIC})?"),
    ("arabic_dot", f"{_ARABIC}[.．](?![0-9０-９])"),
    ("arabic_comma", f"{_ARABIC}[、，]"),
    ("arabic_paren", f"[（(]{_ARABIC}[）)]"),
    ("arabic_half_paren", f"{_ARABIC}[）)]"),
    ("circled", "[①-⑳㉑-㉟]"),
    ("ordinal_word", "(?:%s)(?:ly)?[,，:：]" % "|".join(ORDINAL_WORDS)),
    ("roman_dot", f"(?=[IVX]){_ROMAN}[.．、]"),
    ("roman_paren", f"[（(](?=[IVX]){_ROMAN}[）)]"),
    ("roman_lower_paren", f"[（(](?=[ivx]){_ROMAN_LOWER}[）)]"),
    ("en_article", f"Article {_ARABIC}|ARTICLE {_ARABIC}"),
    ("en_chapter", f"(?:Chapter|CHAPTER) (?:{_ARABIC}|{_ROMAN}|[A-Z][a-z]+)"),
    ("letter_dot", "[A-H][.．]"),
    ("letter_paren", "[（(][a-hA-H][）)]"),
)

_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in MARKER_STYLES)


def marker_style(marker_text: str) -> Optional[str]:
    """The style name of a marker's text (``"zh_num_paren"`` for ``（三）``), or None."""
    for name, pattern in _COMPILED:
        if pattern.fullmatch(marker_text.strip()):
            return name
    return None


#: One pattern that finds a marker-like string at a position (used by lint and segmenter).
ANY_MARKER = re.compile("|".join(f"(?:{pattern})" for _, pattern in MARKER_STYLES))
