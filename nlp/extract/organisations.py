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
_ZH_DEPARTMENTS = re.compile(alternation(zh.DEPARTMENT_NAMES_WITH_CONJUNCTION))
_ZH_ADMIN_START = tuple(s for s in zh.PLACE_SUFFIXES if len(s) == 1)
_ZH_PLACE_BEFORE = re.compile(rf"(?:{_ZH_PLACE})\Z")
_LONGEST_PLACE = max(map(len, zh.PLACES))


def find_organisations_zh(text: str) -> List[Entity]:
    """Chinese ORG spans: place + name + body word, without verbs or function words."""
    found = []
    for match in ZH_ORG_PATTERN.finditer(text):
        name = match.group()
        suffix_start = len(name) - max(len(s) for s in zh.ORG_SUFFIXES if name.endswith(s))
        body = _ZH_DEPARTMENTS.sub(lambda m: "·" * len(m.group()), name)  # 工业和信息化局 keeps its 和
        if not _ZH_BAD.search(body, 1, suffix_start):
            found.append(Entity(match.start(), _with_further_suffixes(text, match.end()), "ORG"))
    return found


def _suffix_run_pattern(suffixes, not_after: str = "") -> "re.Pattern[str]":
    """A run of characters from a non-Han boundary up to the first of ``suffixes``."""
    after = f"(?![{not_after}])" if not_after else ""
    return re.compile(rf"(?<![{zh.HAN_CHARS}A-Za-z0-9])[{zh.HAN_CHARS}A-Za-z0-9]{{2,24}}?(?:{alternation(suffixes)}){after}")


_ZH_STANDALONE = _suffix_run_pattern(zh.STANDALONE_ORG_SUFFIXES, zh.NOT_AFTER_STANDALONE_ORG)
_ZH_ZONE = _suffix_run_pattern(zh.ZONE_SUFFIXES)
_ZH_PLACE_IN = re.compile(_ZH_PLACE)
_ZH_NOT_NAME_START = re.compile(alternation(zh.NOT_IN_ORG_NAME + zh.ACTION_VERBS + zh.GENERIC_BEFORE_NAME))


def _named_runs(text: str, pattern, suffixes, label: str) -> List[Entity]:
    """Names that end in one of ``suffixes``: the run ``pattern`` finds, from a known place
    in it or else after its last verb, function word or common word such as 企业; at
    least two characters of name."""
    found = []
    for match in pattern.finditer(text):
        run = match.group()
        suffix = max((s for s in suffixes if run.endswith(s)), key=len)
        body = _ZH_DEPARTMENTS.sub(lambda m: "·" * len(m.group()), run[:-len(suffix)])
        cut = max((m.end() for m in _ZH_NOT_NAME_START.finditer(body)), default=0)
        place = _ZH_PLACE_IN.search(body, cut)
        cut = place.start() if place else cut
        if len(body) - cut >= 2:
            # An organisation's name takes the bodies after it (集团 + 有限公司); so does a
            # zone, which then names its body (空港新城 + 管委会 is an ORG).
            end = _with_further_suffixes(text, match.end())
            found.append(Entity(match.start() + cut, end, "ORG" if end > match.end() else label))
    return found


def find_standalone_organisations_zh(text: str) -> List[Entity]:
    """Chinese companies and universities named without a place (支持三一集团有限公司 ->
    三一集团有限公司, 南开大学), by a suffix only organisations carry."""
    return _named_runs(text, _ZH_STANDALONE, zh.STANDALONE_ORG_SUFFIXES, "ORG")


def find_zones_zh(text: str) -> List[Entity]:
    """Named zones and new towns, places by the scheme: 长沙黄花综合保税区, 滨海新区, 空港新城."""
    return _named_runs(text, _ZH_ZONE, zh.ZONE_SUFFIXES, "GPE")


def _with_further_suffixes(text: str, end: int) -> int:
    """The end of a name after any body words that follow it: 人民政府 + 办公室, 集团 + 有限公司
    (a body inside a body is one name)."""
    while True:
        tail = next((s for s in _ZH_SUFFIX_LIST if text.startswith(s, end)), "")
        if not tail:
            return end
        end += len(tail)


def with_place_before(text: str, entity: Entity) -> Entity:
    """A Chinese ORG that starts at 市/县/区 (``市工业和信息化局``) takes the known place
    name written right before it (``长沙`` + ``市…``)."""
    if entity.label != "ORG" or not text.startswith(_ZH_ADMIN_START, entity.start):
        return entity
    known = _ZH_PLACE_BEFORE.search(text, max(0, entity.start - _LONGEST_PLACE), entity.start)
    return Entity(known.start(), entity.end, "ORG") if known else entity
