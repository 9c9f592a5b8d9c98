"""Organisation names by rule.

English: capitalised words ending in a body word (``Guangzhou Municipal Bureau of
Commerce``, ``Zhongshan Lighting Co., Ltd.``). Chinese: a place (or 市/省/区/县) and a
few Han characters ending in a body word (``广州市商务局``, ``广州钻石交易中心``), with no
verb or function word inside.
"""
from __future__ import annotations

import re
from typing import List

from nlp.lang import alternation, zh
from nlp.lang.en import ACTION_VERBS, ENGLISH, ORG_SUFFIXES
from nlp.types import Entity

_WORD = r"(?:[A-Z][\w'&-]*|U\.S\.|\([A-Z][\w ]*\)|[0-9]+)"
_LINK = r"(?:of|and|for|&|on|in|de)"
_SUFFIX = alternation(ORG_SUFFIXES)
_TAIL = rf"\s+(?:of|for|on)\s+(?:the\s+)?{_WORD}(?:\s+(?:of\s+)?{_WORD}){{0,5}}"
# Names before a body word ("Guangzhou ... Bureau [of Commerce]"), or a body word with
# its "of ..." tail ("Ministry of Commerce").
ORG_PATTERN = re.compile(rf"{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,8}}?\s+(?:{_SUFFIX})(?![\w])(?:{_TAIL})?"
                         rf"|(?<![\w-])(?:{_SUFFIX}){_TAIL}")


def find_organisations(text: str) -> List[Entity]:
    """ORG spans found by the suffix rule (English text)."""
    found = []
    for match in ORG_PATTERN.finditer(text):
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        start = _skip_leading_common_words(text, start, end)
        if start < end:
            found.append(Entity(start, end, "ORG"))
    return found


_COMMON = {w.lower() for w in ACTION_VERBS} | set(ENGLISH.sentence_starters)


def _skip_leading_common_words(text: str, start: int, end: int) -> int:
    """Move past capitalised sentence openers and verbs ("Support", "The") before a name."""
    while True:
        space = text.find(" ", start, end)
        if space < 0 or text[start:space].lower() not in _COMMON:
            return start
        start = space + 1


_ZH_SUFFIX_LIST = sorted(zh.ORG_SUFFIXES, key=len, reverse=True)
_ZH_SUFFIX = alternation(zh.ORG_SUFFIXES)
_ZH_PLACE = alternation(zh.PLACES)
_ZH_ADMIN = alternation(zh.PLACE_SUFFIXES)
ZH_ORG_PATTERN = re.compile(
    rf"(?:(?:{_ZH_PLACE})(?:{_ZH_ADMIN})?|(?:(?<![\u4e00-\u9fff])|(?<=[和与及对向由]))(?:市|省|区|县|国家|中国))(?![）)、])"
    rf"[\u4e00-\u9fffA-Za-z0-9（）()·]{{0,14}}?(?:{_ZH_SUFFIX})")
_ZH_BAD = re.compile(alternation(zh.NOT_IN_ORG_NAME + zh.ACTION_VERBS))


def find_organisations_zh(text: str) -> List[Entity]:
    """Chinese ORG spans: place + name + body word, without verbs or function words."""
    found = []
    for match in ZH_ORG_PATTERN.finditer(text):
        name = match.group()
        suffix_start = len(name) - max(len(s) for s in zh.ORG_SUFFIXES if name.endswith(s))
        if not _ZH_BAD.search(name, 1, suffix_start):
            end = match.end()
            while True:  # 人民政府 + 办公室: a body inside a body is one name
                tail = next((s for s in _ZH_SUFFIX_LIST if text.startswith(s, end)), "")
                if not tail:
                    break
                end += len(tail)
            found.append(Entity(match.start(), end, "ORG"))
    return found
