"""Find dates, periods and durations (DATE) in Chinese and English policy texts.

Years, months, days, quarters, halves and ranges (``2021-2025年``, ``2023年1至9月``,
``the first quarter of 2021``, ``May 8``, ``2023-05-08``), relative dates (``今年``,
``last year``), durations (``近20年``, ``15个工作日``, ``24 hours``) and plan periods
(``十四五``), as the guidelines' DATE rules say. Vague times (``近年来``, ``in recent
years``) and clock times are not dates; nothing inside a document number is.
Every pattern is tried everywhere, so mixed-language texts need no language tag.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator, List, Optional, Tuple

from nlp.extract.numbers import find_codes
from nlp.lang import alternation, en, zh
from nlp.lang.base import LINE_BREAKS
from nlp.types import Entity

Spans = List[Tuple[int, int]]


def _alternation(words, flags: str = "") -> str:
    return f"(?{flags}:{alternation(words)})"


# --- Chinese --------------------------------------------------------------------------------

_D = "0-9０-９"
_ZD = "〇零○一二两三四五六七八九"
_ZH_YEAR = f"(?:[{_D}]{{4}}|[〇零○一二三四五六七八九]{{4}})"
_ZH_MONTH = f"(?:[{_D}]{{1,2}}|十[一二]?|[一二三四五六七八九])"
_ZH_DAY = f"(?:[{_D}]{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_ZH_COUNT = f"(?:[{_D}]+(?:[.．][{_D}]+)?|(?![百千万][年天])[{_ZD}十百千]+|半)"
_ZH_DASH = "[-—–~～〜至到]"
_S = "[ \t\u00a0\u3000]?"  # sloppy releases put spaces inside dates: 2023 年 5 月 8 日
_ZH_RELATIVE = _alternation(zh.RELATIVE_DATES)
_ZH_QUARTER = "(?:第?[一二三四1-4１-４]季度|前[一二三两1-3１-３]季度|[上下]半年)"
_ZH_DURATION_UNITS = _alternation(zh.DATE_UNITS)
_ZH_APPROX = "(?:" + "|".join(
    {"超过": "(?<!不)超过", "前": "(?<![提之以此目当])前"}.get(w, re.escape(w))
    for w in sorted(zh.DATE_APPROXIMATORS, key=len, reverse=True)) + ")"
_ZH_APPROX_AFTER = _alternation(zh.DATE_APPROXIMATORS_AFTER)
_ZH_PARTS = "(?:底|初(?![步期次心衷级中创始选审])|末(?![端梢])|[上中下]旬)"
_ZH_SEASONS = _alternation(zh.SEASONS)

_ZH_PATTERNS = (
    # 2023年1至9月, 2024年3月15日, 今年1-5月, 二〇二三年十一月二日, 2024年度, 2024年底.
    rf"(?:{_ZH_YEAR}{_S}年{_S}|{_ZH_RELATIVE})?(?:{_ZH_MONTH}\s*{_ZH_DASH}\s*)?{_ZH_MONTH}{_S}月"
    rf"(?:{_S}{_ZH_DAY}{_S}[日号]|份)?{_ZH_PARTS}?",
    rf"(?:[本上下这]个?)?{_alternation(zh.WEEKDAYS)}(?![0-9０-９])",          # 本周一, 星期天
    rf"(?:{_ZH_YEAR}年|{_ZH_RELATIVE})(?:{_ZH_QUARTER}|度|{_ZH_PARTS}|{_ZH_SEASONS})?",
    rf"{_ZH_YEAR}\s*{_ZH_DASH}\s*{_ZH_YEAR}年(?:度)?",
    rf"{_ZH_MONTH}\s*{_ZH_DASH}\s*{_ZH_MONTH}月",
    rf"(?<![{_D}]){_ZH_MONTH}月{_ZH_DAY}[日号]",
    rf"(?<![{_D}{_ZD}十月年第]){_ZH_DAY}日(?![均常游])",
    _ZH_QUARTER,
    rf"(?:{_ZH_YEAR}年|{_ZH_RELATIVE})?前[{_D}{_ZD}十]+个?月",
    # Durations: 三年, 近20年, 五百多年, 三个多月, 15个工作日, 3至5天, 半年, 一年半.
    rf"(?<![第0-9０-９.．{_ZD}十百千])(?:{_ZH_APPROX})?{_ZH_COUNT}(?:\s*{_ZH_DASH}\s*{_ZH_COUNT})?(?:多|余)?"
    rf"(?:个(?:多|余)?月|个?(?:多|余)?(?:{_ZH_DURATION_UNITS}))(?<!周(?=[末年边期岁]))(?<!日(?=游))半?"
    rf"(?:前(?![一二三四1-4]季|[0-9一二三四五六七八九十两]+个?月|[0-9一二三四五六七八九十两]+年)|{_ZH_APPROX_AFTER})?",
    rf"(?<![第{_ZD}]){zh.PLAN_PERIOD}",
)

# --- English --------------------------------------------------------------------------------

_MONTH_NAMES = _alternation([m.capitalize() for m in en.MONTHS if len(m) > 3 or m == "may"])
_MONTH_ABBR = _alternation([m.capitalize() for m in en.MONTHS if len(m) <= 4 and m != "may"])
_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_ABBR}\.?)(?![A-Za-z])"
_DAY = r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![0-9])"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2}|１[８９][０-９]{2}|２０[０-９]{2})(?![0-9０-９])"
_NUMBER_WORD = _alternation([w for w in en.NUMBER_WORDS if w not in ("zero", "dozen")], "i")
_EN_COUNT = rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?|{_NUMBER_WORD}(?:[- ]{_NUMBER_WORD})?)"
_EN_UNITS = _alternation(en.DATE_UNITS, "i")
_EN_APPROX = _alternation(en.DATE_APPROXIMATORS, "i")
_ORDINAL = _alternation(en.DATE_ORDINALS)
_OF_YEAR = rf"(?:\s+of\s+(?:{_YEAR}|(?:this|last|next|the)\s+year))?"
_RELATIVE = _alternation(en.RELATIVE_DATES, "i")
_SEASON = _alternation(en.SEASONS)
_WEEKDAY = _alternation(en.WEEKDAYS)

_EN_PATTERNS = (
    r"[0-9０-９]{4}[-/.－／．][0-9０-９]{1,2}[-/.－／．][0-9０-９]{1,2}(?![0-9０-９])",   # 2023-05-08
    r"(?<![A-Za-z])(?i:the\s+)?(?:1[89]|20)[0-9]0s(?![A-Za-z])",                 # the 1950s
    rf"(?<![A-Za-z]){_MONTH}\s+{_DAY}(?:,?\s+{_YEAR}(?![-/.][0-9]))?",           # May 8, 2023
    rf"(?<![0-9]){_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?",                             # 8 May 2023
    rf"(?<![A-Za-z]){_MONTH}(?:,?\s+{_YEAR}|\s+(?:to|through|until|-|–)\s+{_MONTH})",  # March 2011
    r"(?<![0-9,.$])(?:1[89]|20)[0-9]{2}\s*[-–—/]\s*(?:1[89]|20)?[0-9]{2}(?![0-9%])",  # 2023-2025
    rf"(?<![A-Za-z])(?i:the\s+)?(?i:{_ORDINAL})\s+(?i:quarter|half)(?:\s+of\s+the\s+year|{_OF_YEAR})(?![A-Za-z])",
    rf"(?<![A-Za-z])(?i:the\s+(?:first|last|past)\s+){_EN_COUNT}\s+(?i:months)(?:\s+of\s+(?:{_YEAR}|(?:this|last|the)\s+year))?",
    rf"(?<![A-Za-z])Q[1-4](?:\s+{_YEAR})?(?![A-Za-z0-9]|\s*[:：])",
    r"(?<![A-Za-z])(?i:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)\s+Five-Year\s+Plan(?:\s+period)?",
    rf"(?<![A-Za-z])(?:(?i:last|this|next|early|late)\s+)(?:{_MONTH_NAMES}|{_SEASON})(?![A-Za-z])",
    rf"(?<![A-Za-z]){_RELATIVE}(?![A-Za-z])",
    rf"(?<![A-Za-z]){_WEEKDAY}(?![A-Za-z])",
    rf"(?<![A-Za-z])(?i:mid|early|late)-{_YEAR}",                                 # mid-2024
    # Durations: three years, 24 hours, nearly 30 years, 3 to 5 days, Ten years ago.
    rf"(?<![A-Za-z0-9,.])(?:{_EN_APPROX}\s+)?{_EN_COUNT}(?:\s*(?:-|to|–)\s*{_EN_COUNT})?"
    rf"(?:\s+(?i:consecutive|straight|full|more))?\s+{_EN_UNITS}(?![A-Za-z-])(?<!quarter(?=\s+of\s))(?<!quarters(?=\s+of\s))"
    rf"(?:\s+(?i:ago|earlier|later))?",
    rf"(?<![A-Za-z])(?:{_EN_APPROX}\s+)?(?i:half\s+an?\s+(?:day|hour|year|month|week|century)"
    rf"|(?:a|an)\s+(?:year|month|week|day|hour|century|decade)(?:\s+(?:ago|earlier|later))?"
    rf"|(?:a|one)\s+and\s+a\s+half\s+(?:years|months|days|hours))(?![A-Za-z-])",
)
_BARE_MONTH = re.compile(rf"(?<![A-Za-z]){_MONTH_NAMES}(?![A-Za-z])")
_BARE_YEAR = re.compile(rf"(?<![0-9A-Za-z,.$€¥£#_\-]){_YEAR}(?:s(?![A-Za-z]))?(?![0-9]|[.,][0-9])")

#: A year must not be a count: no unit or currency after, no approximator before.
_UNIT_AFTER = re.compile(r"\s*(?:%|％|(?i:percent|per cent|yuan|RMB|dollars|euros|tonnes|tons|units)\b|-)(?![0-9])")
_COUNTED_AFTER = re.compile(
    "(?:多|余)?" + _alternation(zh.CLASSIFIERS + tuple(zh.UNIT_WORDS) + tuple(zh.CURRENCY_WORDS)
                               + zh.PERCENT_WORDS + tuple(zh.NUMERAL_GROUPS) + ("千", "百", "十")))
_COUNT_AFTER = re.compile(r"\s+(?!years\b|days\b|months\b)[a-z]+s\b")
_NOT_YEAR_BEFORE = re.compile(
    r"(?i:(?:about|around|over|than|nearly|almost|some|approximately|roughly|least|employ|employs|employing|"
    r"train|trained|hire|hired|No\.|RMB|US\$|\$|to)\s*)\Z")
_YEAR_BEFORE = re.compile(r"(?i:(?:in|by|since|from|until|till|before|after|during|through|of|end|early|late|mid|"
                          r"the|year|fiscal|FY|©|copyright|between|for)[\s-]*)\Z")
_MAY_BEFORE = re.compile(r"(?i:(?:in|since|from|until|till|by|during|of|early|late|mid|last|next|this|before|after|through|to|and|between|end)\s+)\Z")

_VAGUE_AFTER_COUNT = re.compile(r"(?i)(?:several|few|many|recent|some)\s")

_COMPILED = tuple(re.compile(p) for p in _ZH_PATTERNS + _EN_PATTERNS)
_RANGE_GAP = re.compile(r"[^\S\n\r]*(?:至|到|-|—|–|~|～|〜|to|through|until)[^\S\n\r]*")
_ZH_BARE_YEAR = re.compile(rf"{_ZH_YEAR}年")
_ZH_FULL_DAY = re.compile(rf"{_ZH_YEAR}年{_ZH_MONTH}月{_ZH_DAY}[日号]")
_ZH_MONTH_DAY = re.compile(rf"{_ZH_MONTH}月{_ZH_DAY}[日号]")
_EN_MONTH_DAY = re.compile(rf"{_MONTH}\s+{_DAY}")
_EN_FULL_DAY = re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}")
_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")


def find_dates(text: str) -> List[Entity]:
    """DATE entities of ``text``, in order, never overlapping and never across a line.

    Parameters
    ----------
    text : str
        Any text, Chinese, English or mixed.

    Returns
    -------
    list of Entity
        Label ``DATE``, without value or unit.

    Examples
    --------
    >>> text = "2023年1至9月，出口增长；the first quarter of 2021"
    >>> [text[e.start:e.end] for e in find_dates(text)]
    ['2023年1至9月', 'the first quarter of 2021']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    return [Entity(start, end, "DATE") for start, end in date_spans(text)]


def date_spans(text: str, *, codes: Optional[Spans] = None) -> Spans:
    """The ``(start, end)`` of every date in ``text``; the longest wins where candidates overlap.

    Parameters
    ----------
    text : str
        Any text.
    codes : list of (int, int), optional
        ``find_codes(text)``, when the caller has it already.

    Returns
    -------
    list of (int, int)
        Sorted, non-overlapping spans, none across a line break or inside a code
        (document number, clock time ...). :func:`find_dates` wraps them as entities;
        the figure finder skips numbers inside them.
    """
    codes = find_codes(text) if codes is None else codes
    candidates = sorted(set(_candidates(text)), key=lambda s: (s[0] - s[1], s[0]))
    chosen = SpanSet(codes)
    dates: Spans = []
    for start, end in candidates:
        if not _LINE_BREAK.search(text, start, end) and chosen.add(start, end):
            dates.append((start, end))
    return _joined_ranges(text, sorted(dates))


def _joined_ranges(text: str, dates: Spans) -> Spans:
    """One span for a range whose ends share a year written once (2024年4月1日至4月30日,
    April 1 to April 30, 2024, 2024年至2026年); two when each end stands on its own."""
    joined: Spans = []
    for start, end in dates:
        if joined and _RANGE_GAP.fullmatch(text, joined[-1][1], start) and \
                _shares_year(text[joined[-1][0]:joined[-1][1]], text[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _shares_year(left: str, right: str) -> bool:
    if _ZH_BARE_YEAR.fullmatch(left) and _ZH_BARE_YEAR.fullmatch(right):
        return True  # 2024年至2026年
    if _ZH_FULL_DAY.fullmatch(left) and _ZH_MONTH_DAY.fullmatch(right):
        return True  # 2024年4月1日至4月30日
    return bool(_EN_MONTH_DAY.fullmatch(left) and _EN_FULL_DAY.fullmatch(right))  # April 1 to April 30, 2024


def _candidates(text: str) -> Iterator[Tuple[int, int]]:
    for pattern in _COMPILED:
        for match in pattern.finditer(text):
            span = _checked(text, match.start(), match.end())
            if span:
                yield span
    for match in _BARE_MONTH.finditer(text):
        if match.group() != "May" or _MAY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            yield match.span()
    for match in _BARE_YEAR.finditer(text):
        if _is_year(text, match.start(), match.end()):
            yield match.span()


def _checked(text: str, start: int, end: int):
    """The span to keep of a pattern's match, or None when it is not a date."""
    stripped = text[start:end].rstrip()
    end = start + len(stripped)
    if not stripped or _VAGUE_AFTER_COUNT.match(stripped):
        return None
    if start > 0 and _is_digit(text[start - 1]) and _is_digit(stripped[0]):
        return None  # the tail of a longer number
    if re.fullmatch(rf"[{_D}]{{4}}年前", stripped):
        end -= 1  # 2026年前 is "before 2026"
    if re.match(r"(?i)(?:a|an|one)\s", stripped) and not _duration_context(text, start):
        return None  # "5 million tonnes a year" is a rate, not a date
    return (start, end)


def _is_digit(char: str) -> bool:
    return char in "0123456789０１２３４５６７８９.．"


_DURATION_BEFORE = re.compile(
    r"(?i:(?:within|for|in|over|than|about|nearly|almost|around|after|only|just|take|takes|took|taking|"
    r"spend|spent|last|lasts|lasted|least|to|from|up|half|once|than|per|of)\s+)\Z")


def _duration_context(text: str, start: int) -> bool:
    return bool(_DURATION_BEFORE.search(text, max(0, start - 12), start))


def _is_year(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 16):start], text[end:end + 12]
    left = text[start - 1] if start else " "
    right = text[end] if end < len(text) else " "
    if _is_cjk(left) or _is_cjk(right):
        # In Chinese a count takes a classifier or unit: a bare 2023 before a name is a year.
        if "©" in before[-3:] or before.rstrip().endswith(("Copyright", "(C)")):
            return True
        return _is_cjk(right) and not _COUNTED_AFTER.match(text, end) and right not in "年月日"
    if _UNIT_AFTER.match(after):
        return False
    if _YEAR_BEFORE.search(before) or re.match(r"\s*(?:[.,;:!?)\]]|$)", after):
        return True
    return not (_NOT_YEAR_BEFORE.search(before) or _COUNT_AFTER.match(after))


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


class SpanSet:
    """Non-overlapping spans kept sorted, so that overlap tests stay fast on long texts."""

    def __init__(self, spans: Spans = ()):
        self._starts: List[int] = []
        self._ends: List[int] = []
        for start, end in sorted(spans):
            if self._starts and start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_right(self._starts, start) - 1
        if at >= 0 and self._ends[at] > start:
            return True
        return at + 1 < len(self._starts) and self._starts[at + 1] < end

    def add(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already there; say whether it was added."""
        if self.overlaps(start, end):
            return False
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        return True
