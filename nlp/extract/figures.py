"""Find figures (MONEY, PERCENT, QUANTITY, CARDINAL) with normalised values and units.

A figure is a numeral, its scale word and, for money, percentages and quantities, its
currency or unit: ``33.7亿元`` (MONEY 3.37e9 CNY), ``60%~70%`` (PERCENT [60, 70]),
``56.63万平方米`` (QUANTITY 566300 m2), the ``18万`` of ``18万名`` (CARDINAL 180000).
Approximators stay outside, except ``多``/``余`` between a number and its unit.
Dates, ordinals, document numbers, phone numbers, clock times, versions and
enumeration markers are not figures. Where the text says so, a figure also gets a
``trend`` (``increase``/``decrease``) and a ``period`` (``year_on_year`` ...).
The rules for both languages run on every text, so mixed texts need no language tag.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Iterator, List, Optional, Sequence, Tuple

from nlp.extract.dates import Spans, SpanSet, date_spans
from nlp.extract.numbers import find_codes, read_number
from nlp.lang import en, zh
from nlp.lang.base import INLINE_SPACE, LINE_BREAKS
from nlp.segment.markers import find_markers
from nlp.types import Entity, Marker

#: White space inside a line: a figure never runs across a line break.
_SP = INLINE_SPACE


def _escape(word: str) -> str:
    """A word as a pattern in which any run of in-line white space stands for a space."""
    return re.escape(word).replace("\\ ", _SP + "+")


def _alternation(words, *, ignore_case: bool = False) -> str:
    body = "|".join(_escape(w) for w in sorted(set(words), key=len, reverse=True))
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _word_alternation(words) -> str:
    """Lower-case words match in any case; symbols and codes (kWh, RMB) only as written."""
    words = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(f"(?i:{_escape(w)})" if w.islower() and len(w) > 2 else _escape(w)
                            for w in words) + ")"


# --- Numerals ------------------------------------------------------------------------------

_FINANCIAL = "壹贰貳叁肆伍陆陸柒捌玖拾佰仟"
_ZH_NUMERAL_CHARS = "".join(c for c in list(zh.NUMERAL_DIGITS) + list(zh.NUMERAL_UNITS) + list(zh.NUMERAL_GROUPS)
                            if c not in _FINANCIAL)
_ZH_SCALE_CHARS = "".join(zh.NUMERAL_GROUPS) + "千百"
#: Digits with thousands separators: commas, thin or no-break spaces, and plain spaces
#: when a Chinese scale or unit follows (3 000万元).
_ARABIC = (r"[0-9０-９]+(?:[,，\u00a0\u2009\u202f][0-9０-９]{3}(?![0-9０-９])"
           r"|[ ][0-9]{3}(?![0-9])(?=(?:[ ][0-9]{3})*(?:\.[0-9]+)?[万亿元吨亩%％]))*(?:[.．][0-9０-９]+)?")
_ZN = f"[{_ZH_NUMERAL_CHARS}]"
_CORE = (rf"(?:{_ARABIC}|{_ZN})(?:{_ARABIC}|{_ZN}|点(?=[{''.join(zh.NUMERAL_DIGITS)}])"
         rf"|(?<=[0-9０-９]){_SP}(?=[{''.join(zh.NUMERAL_GROUPS)}千百]))*")
_MINUS = "[-−－](?=[0-9０-９])"
#: A numeral of one kind only, for shares and fractions (no nested repeats: no backtracking blow-up).
_SIMPLE = rf"(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|{_ZN}+)"
_ZH_SINGLE = "[一二两三四五六七八九十]|10|[1-9]"
_EN_LONG_SCALES = [w for w in en.SCALE_WORDS if len(w) > 3]
_EN_WORD = _alternation([w for w in en.NUMBER_WORDS] + _EN_LONG_SCALES + list(en.FRACTION_WORDS) + ["a", "an"],
                        ignore_case=True)
_EN_JOIN = rf"(?:{_SP}+|-|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)){_SP}+and{_SP}+)"
_EN_CORE = rf"(?<![A-Za-z\-]){_EN_WORD}(?:{_EN_JOIN}{_EN_WORD})*(?![A-Za-z])"

_CANDIDATE = re.compile(
    rf"(?P<share>[百千万]分之{_SIMPLE})"
    rf"|(?P<fraction>{_SIMPLE}分之{_SIMPLE})"
    rf"|(?P<tenths>(?:{_ZH_SINGLE}){zh.TENTHS}(?!{_alternation(w[1:] for w in zh.NOT_TENTHS_WORDS)}))"
    rf"|(?P<half>一半)"
    rf"|(?P<number>(?:(?<![0-9A-Za-z\-−]){_MINUS})?{_CORE}|[{_FINANCIAL}零万亿]+(?=元|圆))"
    rf"|(?P<words>{_EN_CORE})"
)

# --- What follows a numeral ------------------------------------------------------------------

_EN_SCALE = re.compile(
    rf"(?:{_SP}+(?P<word>(?i:hundred|thousand|million|billion|trillion))"
    rf"|{_SP}?(?P<abbr>bn|mn|mln|bln|tn|trn)|(?P<glued>[kmb]))(?![A-Za-z])")
_MORE = re.compile(f"(?:{'|'.join(zh.MORE_THAN_SUFFIXES)})")
_CURRENCY_WORDS = {**zh.CURRENCY_WORDS, **en.CURRENCY_WORDS}
_UNIT_WORDS = {**zh.UNIT_WORDS, **en.UNIT_WORDS}
_TAIL = re.compile(
    rf"(?P<space>{_SP}?-?{_SP}?)(?:"
    rf"(?P<percent>{_word_alternation(zh.PERCENT_WORDS + en.PERCENT_WORDS)})"
    rf"|(?P<currency>{_word_alternation(_CURRENCY_WORDS)})"
    rf"|(?P<unit>{_word_alternation(_UNIT_WORDS)})"
    rf")(?![A-Za-z0-9])")
_CLASSIFIER = re.compile(_alternation(zh.CLASSIFIERS))
_CURRENCY_NOT = re.compile(_alternation(zh.NOT_CURRENCY_WORDS))
_PREFIX = re.compile(
    rf"(?:(?<![A-Za-z]){_alternation([p for p in en.CURRENCY_PREFIXES if p[0].isalpha()])}"
    rf"|{_alternation([p for p in en.CURRENCY_PREFIXES if not p[0].isalpha()])}"
    rf"|{_alternation(zh.CURRENCY_PREFIXES)}){_SP}?\Z")
_CURRENCY_PREFIXES = {**zh.CURRENCY_PREFIXES, **en.CURRENCY_PREFIXES}
_UNIT_PREFIXED = tuple(w for w in list(zh.UNIT_WORDS) + list(zh.PERCENT_WORDS) if w[0] in _ZH_NUMERAL_CHARS)

# --- What rules a numeral out -----------------------------------------------------------------

_ORDINAL_BEFORE = re.compile(rf"第{_SP}?\Z")
_REFERENCE_BEFORE = re.compile(rf"(?<![A-Za-z]){_alternation(en.REFERENCE_WORDS)}{_SP}?\Z")
_NOT_FIGURE_AFTER = re.compile(_alternation(zh.NOT_FIGURE_SUFFIXES))
_IDIOMS = re.compile(_alternation(zh.NUMERAL_IDIOMS))
_CJK = re.compile(f"[{zh.HAN_CHARS}]")
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘\"'「『", "”’\"'」』"
_FROM_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?i:from){_SP}+|[从由自])\Z")
_BETWEEN_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:between){_SP}+\Z")
_RANGE_DASH = re.compile(rf"{_SP}*(?:-|–|—|~|～|〜|至|到){_SP}*")
_RANGE_TAIL = re.compile(rf"[0-9０-９]{_SP}*(?:-|–|—|~|～|〜|至|到){_SP}*\Z")  # 第1-3名: the 3 goes with the 1
_RANGE_WORD = re.compile(rf"{_SP}+(?P<word>to|and){_SP}+")
_CAPITALISED_NEXT = re.compile(rf"{_SP}+(?!(?:{'|'.join(_EN_LONG_SCALES)})\b)[A-Z][a-z]")
_HALF_TIME = re.compile(rf"(?:-|{_SP})(?i:year|day|hour|month|week|century|time)")
_SCALE_ONLY_MONEY = re.compile(rf"[{_ZH_SCALE_CHARS}]*[亿][{_ZH_SCALE_CHARS}]*(?={_alternation(zh.MONEY_SCALE_SUFFIXES)})")
_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")
_MONEY_WORD = re.compile(_alternation(zh.MONEY_CONTEXT_WORDS))
_BARE_SCALE = re.compile(f"[{''.join(zh.NUMERAL_GROUPS)}]+")
_SCALE_APPROXIMATOR = re.compile(r"[超逾近上过破约达]\Z")


@dataclass(frozen=True)
class _Amount:
    """A numeral as read at one place: where it lies, what it is worth and what follows."""

    start: int            # span start (a currency prefix included)
    number_end: int       # end of numeral and scale word: a CARDINAL ends here
    end: int              # end of the currency, unit or percent word (= number_end if none)
    numeral: Decimal      # the numeral without its trailing scale word
    scale: Decimal        # 万, 亿, million ...: 1 when there is none
    kind: str             # MONEY, PERCENT, QUANTITY, CARDINAL
    unit: Optional[str] = None
    counted: bool = False  # a classifier or unit follows: a count, not a bare number
    fixed: bool = False    # shares and fractions: no scale or range applies

    @property
    def value(self) -> Decimal:
        try:
            return self.numeral * self.scale
        except ArithmeticError:
            return Decimal("Infinity")


def find_figures(text: str, *, dates: Optional[Spans] = None, codes: Optional[Spans] = None,
                 markers: Optional[Sequence[Marker]] = None) -> List[Entity]:
    """MONEY, PERCENT, QUANTITY and CARDINAL entities of ``text``, in order.

    Parameters
    ----------
    text : str
        Any text, Chinese, English or mixed.

    Returns
    -------
    list of Entity
        Figures with ``value`` (a float, or a ``(low, high)`` tuple for a range) and
        ``unit`` (ISO 4217 code, ``%`` or a unit symbol; None for CARDINAL); ``trend``
        and ``period`` where the text states them. They never overlap, never cross a
        line break and never overlap a date.

    ``dates``, ``codes`` and ``markers`` may be passed when the caller has them already
    (``date_spans``, ``find_codes``, the segmenter's markers); they are computed otherwise.

    Examples
    --------
    >>> text = "出口额达33.7亿元，同比增长41.5%，从业人员18万名"
    >>> [(text[f.start:f.end], f.label, f.value, f.unit) for f in find_figures(text)]
    [('33.7亿元', 'MONEY', 3370000000.0, 'CNY'), ('41.5%', 'PERCENT', 41.5, '%'), ('18万', 'CARDINAL', 180000.0, None)]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_figures() takes a str, not {type(text).__name__}")
    codes = find_codes(text) if codes is None else codes
    dates = date_spans(text, codes=codes) if dates is None else dates
    markers = find_markers(text) if markers is None else markers
    blocked = SpanSet(list(dates) + list(codes) + [(m.start, m.end) for m in markers])
    figures: List[Entity] = []
    for entity in _read_all(text, blocked):
        if not _LINE_BREAK.search(text, entity.start, entity.end):
            figures.append(entity)
    return _with_trends(text, figures)


def _read_all(text: str, blocked: SpanSet) -> Iterator[Entity]:
    position = floor = 0
    while True:
        match = _CANDIDATE.search(text, position)
        if match is None:
            return
        entity = None
        if not _inside(match.start(), match.end(), blocked) and not _in_idiom(text, match.start(), match.end()) \
                and not _RANGE_TAIL.search(text, max(0, match.start() - 3), match.start()):
            entity = _figure_at(text, match, blocked, floor)
        if entity is None:
            position = match.end()
        else:
            yield entity
            position = floor = entity.end


def _figure_at(text: str, match: "re.Match[str]", blocked: SpanSet, floor: int) -> Optional[Entity]:
    if re.match(r"[-−－]?[0０][0-9０-９]", match.group()):
        return None  # 05, 0754, 000: a code or part of a date, never an amount
    first = _amount(text, match, floor)
    if first is None or _inside(first.start, first.end, blocked):
        return None
    second = _range_end(text, first, blocked)
    if second is not None:
        low, high = _joined(first, second)
        end = high.number_end if high.kind == "CARDINAL" else high.end
        values = (_number(low.value), _number(high.value))
        if None in values:
            return None
        return Entity(low.start, end, high.kind, value=values, unit=high.unit)
    value = _number(first.value)
    if value is None or not _stands_alone(text, first):
        return None
    end = first.number_end if first.kind == "CARDINAL" else first.end
    return Entity(first.start, end, first.kind, value=value, unit=first.unit)


# --- Reading one amount -----------------------------------------------------------------------

def _amount(text: str, match: "re.Match[str]", floor: int) -> Optional[_Amount]:
    start, end, kind = match.start(), match.end(), match.lastgroup
    if _ruled_out_before(text, start):
        return None
    if kind in ("share", "tenths"):
        value = read_number(match.group())
        return None if value is None else _Amount(start, end, end, value, Decimal(1), "PERCENT", "%", True, True)
    if kind in ("fraction", "half"):
        value = read_number(match.group())
        return None if value is None else _Amount(start, end, end, value, Decimal(1), "CARDINAL", None, True, True)
    if kind == "words":
        return _english_amount(text, start, end, floor)
    if _BARE_SCALE.fullmatch(match.group()) and not _SCALE_APPROXIMATOR.search(text, max(0, start - 1), start):
        return None  # 单位：万元, （亿元）: a unit label; 超亿元 is an amount
    return _numeral_amount(text, start, end, floor)


def _numeral_amount(text: str, start: int, end: int, floor: int) -> Optional[_Amount]:
    end = _before_numeral_unit(text, start, end)
    sign = -1 if re.match(_MINUS, text[start:end]) else 1
    core = text[start + (sign < 0):end]
    if not core:
        return None
    numeral_text, scale_text = _split_scale(core)
    numeral = read_number(numeral_text)
    if numeral is None:
        return None
    numeral *= sign
    scale = read_number(scale_text) if scale_text else Decimal(1)
    if scale is None:
        return None  # 3百千: no scale word
    number_end = end
    english = _EN_SCALE.match(text, end) if not scale_text and _is_arabic(core) else None
    if english and english.group("glued") in ("m", "b") and not _prefix_currency(text, start, floor):
        english = None  # 5m is five metres unless it is money (US$5m)
    if english:
        word = (english.group("word") or english.group("abbr") or english.group("glued")).lower()
        scale, number_end = Decimal(en.SCALE_WORDS[word]), english.end()
    amount = _with_tail(text, start, number_end, numeral, scale, floor)
    if amount and amount.kind == "CARDINAL" and not amount.counted and scale_text and _money_context(text, start):
        return replace(amount, kind="MONEY", unit="CNY", counted=True)  # 投资逾10亿: money without 元
    return amount


def _money_context(text: str, start: int) -> bool:
    """Whether a money word comes before ``start`` in the same clause (投资逾10亿)."""
    window = text[max(0, start - 16):start]
    window = re.split(r"[。；;！？!?\n\r，,、：:]", window)[-1]
    return bool(_MONEY_WORD.search(window))


def _english_amount(text: str, start: int, end: int, floor: int) -> Optional[_Amount]:
    core = text[start:end]
    words = core.lower().replace("-", " ").split()
    if re.match(r"-[A-Za-z]", text[end:end + 2]) and words[-1] not in en.FRACTION_WORDS:
        return None  # two-step, Three-year: part of a word (but half-price is half)
    if core[0].isupper() and (not _sentence_start(text, start) or _CAPITALISED_NEXT.match(text, end)):
        return None  # the Three Gorges, Top Ten, Three Gorges Daily: part of a name
    if words[-1] in en.FRACTION_WORDS:
        value = read_number(core)
        if value is None or (words[-1] == "half" and _HALF_TIME.match(text, end)):
            return None  # half-year, half-hour: a period, not a number
        return _Amount(start, end, end, value, Decimal(1), "CARDINAL", None, True, True)
    if words[-1] in _EN_LONG_SCALES and words[-1] != "hundred":
        numeral = read_number(" ".join(words[:-1])) if len(words) > 1 else None
        scale = Decimal(en.SCALE_WORDS[words[-1]])
        if numeral is None:
            return None
    else:
        numeral, scale = read_number(core), Decimal(1)
        if numeral is None or words in (["one"], ["a"], ["an"], ["zero"]):
            return None
    return _with_tail(text, start, end, numeral, scale, floor)


def _with_tail(text: str, start: int, number_end: int, numeral: Decimal, scale: Decimal,
               floor: int) -> Optional[_Amount]:
    """Attach what follows the numeral: a currency, unit, percent sign or classifier."""
    prefix = _prefix_currency(text, start, floor)
    after = number_end
    more = _MORE.match(text, after)
    after_more = more.end() if more else after
    tail = _TAIL.match(text, after_more)
    if tail and tail.group("space").strip() == "-" and not tail.group("unit"):
        tail = None  # a hyphen joins only units (300,000-tonne, 1-carat)
    if tail and tail.group("currency") and _CURRENCY_NOT.match(text, tail.start("currency")):
        tail = None
    if tail:
        word = tail.group(tail.lastgroup)
        if tail.lastgroup == "percent":
            return _Amount(start, number_end, tail.end(), numeral, scale, "PERCENT", "%", True)
        if tail.lastgroup == "currency" and _lookup(_CURRENCY_WORDS, word):
            return _Amount(prefix[0] if prefix else start, number_end, tail.end(), numeral, scale, "MONEY",
                           _lookup(_CURRENCY_WORDS, word), True)
        if tail.lastgroup == "unit" and _lookup(_UNIT_WORDS, word) and not prefix:
            return _Amount(start, number_end, tail.end(), numeral, scale, "QUANTITY",
                           _lookup(_UNIT_WORDS, word), True)
    if prefix:
        return _Amount(prefix[0], number_end, number_end, numeral, scale, "MONEY", prefix[1], True)
    scale_money = _SCALE_ONLY_MONEY.match(text, start)
    if scale_money and scale_money.end() == number_end and not _is_arabic(text[start:number_end]):
        return _Amount(start, number_end, number_end, numeral, scale, "MONEY", "CNY", True)
    counted = bool(_CLASSIFIER.match(text, after_more))
    return _Amount(start, number_end, number_end, numeral, scale, "CARDINAL", None, counted)


def _sentence_start(text: str, start: int) -> bool:
    """Whether a capitalised word at ``start`` begins a sentence, a heading or a quote."""
    before = text[max(0, start - 4):start].rstrip(" \t\"'“‘(（")
    return not before or before[-1] in ".!?。！？:：;；\n\r" or not before[-1].isalnum() and before[-1] not in ",，、"


def _lookup(table: dict, word: str) -> Optional[str]:
    """The table's entry for a word as written, or in another case or spacing (Square  Meters)."""
    if word in table:
        return table[word]
    plain = " ".join(word.split()).lower()
    return next((v for k, v in table.items() if k.lower() == plain), None)


def _prefix_currency(text: str, start: int, floor: int = 0) -> Optional[Tuple[int, str]]:
    """``(start, ISO code)`` of a currency sign or code right before ``start``, not before ``floor``."""
    found = _PREFIX.search(text, max(floor, start - 8), start)
    if not found:
        return None
    code = found.group().strip()
    return found.start(), _CURRENCY_PREFIXES[code]


def _split_scale(core: str) -> Tuple[str, str]:
    """``30万`` is (30, 万), ``3.5万亿`` (3.5, 万亿), ``一万五千`` has no separate scale."""
    if _is_arabic(core[0]):
        body = core.rstrip(_ZH_SCALE_CHARS).rstrip()
        if body and body != core and not _CJK.search(body):
            return body, core[len(body):]
        return core, ""
    body = core.rstrip("".join(zh.NUMERAL_GROUPS))
    if body and body != core and not any(c in body for c in zh.NUMERAL_GROUPS):
        return body, core[len(body):]
    return core, ""


def _before_numeral_unit(text: str, start: int, end: int) -> int:
    """Give back a numeral's last character when it begins a unit (5千瓦 is 5 kW)."""
    for word in _UNIT_PREFIXED:
        if end - 1 > start and text.startswith(word, end - 1) and text[end - 1] == word[0]:
            return end - 1
    return end


def _is_arabic(chars: str) -> bool:
    return bool(chars) and chars[0] in "0123456789０１２３４５６７８９"


# --- Ranges ----------------------------------------------------------------------------------

def _range_end(text: str, first: _Amount, blocked: SpanSet) -> Optional[_Amount]:
    """The high end of a range that starts with ``first`` (3至5亿元, 60%~70%, 10 to 15 percent)."""
    if first.fixed and first.kind != "PERCENT":
        return None
    at = first.end if first.kind != "CARDINAL" else first.number_end
    dash = _RANGE_DASH.match(text, at)
    word = None if dash else _RANGE_WORD.match(text, at)
    if dash is None and word is None:
        return None
    connector = dash or word
    if word and word.group("word") == "and" and not _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start):
        return None
    if (word or connector.group().strip() in "至到") and _FROM_BEFORE.search(text, max(0, first.start - 8), first.start):
        return None
    match = _CANDIDATE.match(text, connector.end())
    if match is None or _inside(match.start(), match.end(), blocked):
        return None
    second = _amount(text, match, connector.end())
    if second is None or _inside(second.start, second.end, blocked) or second.start != connector.end():
        return None
    if first.kind != "CARDINAL" or first.counted:
        if (first.kind, first.unit) != (second.kind, second.unit):
            return None
    elif second.kind == "CARDINAL" and not second.counted and dash and dash.group().strip() in "-–—":
        return None  # a bare "3-5" is too often a code or a reference
    if second.value < first.value * (second.scale if first.scale == 1 else 1):
        return None
    if second.kind == "CARDINAL" and not _stands_alone(text, second):
        return None
    return second


def _joined(low: _Amount, high: _Amount) -> Tuple[_Amount, _Amount]:
    """The low end takes the high end's scale and unit when it has none of its own."""
    scale = high.scale if low.scale == 1 and not low.fixed else low.scale
    return replace(low, scale=scale, kind=high.kind, unit=high.unit), high


# --- Rules that rule a numeral out ----------------------------------------------------------------

def _ruled_out_before(text: str, start: int) -> bool:
    if start == 0:
        return False
    before = text[start - 1]
    if before.isascii() and (before.isalnum() or before in "_.#/@"):
        return not _PREFIX.search(text, max(0, start - 8), start)  # B2B, MA700, x_1986; but RMB5
    if before in "-‐" and start > 1 and text[start - 2].isascii() and text[start - 2].isalpha():
        return True  # COVID-19, MA-700
    return bool(_ORDINAL_BEFORE.search(text, max(0, start - 2), start)
                or _REFERENCE_BEFORE.search(text, max(0, start - 12), start))


def _stands_alone(text: str, amount: _Amount) -> bool:
    """Whether a numeral with nothing after it is still a figure."""
    if amount.kind != "CARDINAL" or amount.fixed:
        return True
    core = text[amount.start:amount.number_end]
    after = text[amount.number_end:amount.number_end + 1]
    if _NOT_FIGURE_AFTER.match(text, amount.number_end) and not amount.counted:
        return False
    if after == "/" or (amount.start > 0 and text[amount.start - 1] == "/"):
        return False  # 24/7, 5/8: ratios and dates
    if _is_arabic(core) or core[0].isascii():
        if after and after.isascii() and after.isalpha():
            return False  # 5G, 3D, 10th
        if after and after in ".．、" and re.match(r"[^\W\d_]", text[amount.number_end + 1:amount.number_end + 2]):
            return False  # 3.支持企业, 12、加强: an item marker inside a line
        if _CJK.match(after or " ") and not amount.counted and not _MORE.match(after) \
                and text[amount.start - 1:amount.start] != "前":
            return False  # 337调查, 1506创意城: a name, not a count (but 前50 ranks)
        if _quoted(text, amount.start, amount.number_end) and not amount.counted:
            return False  # “9710” is a customs code
        return True
    # Chinese numerals count only with a classifier, and 一 or 零 alone never.
    if not amount.counted or core in ("一", "零", "〇", "○", "壹", "二"):
        return False  # 二次开发, 二级: a lone 二 ranks; counts say 两
    if core in ("千", "百", "万", "十"):
        return text[max(0, amount.start - 1):amount.start] in ("近", "上", "超", "逾", "约", "前")
    return True


def _quoted(text: str, start: int, end: int) -> bool:
    return 0 < start and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


def _in_idiom(text: str, start: int, end: int) -> bool:
    for found in _IDIOMS.finditer(text, max(0, start - 6), min(len(text), end + 6)):
        if found.start() < end and start < found.end():
            return True
    return False


def _inside(start: int, end: int, spans: SpanSet) -> bool:
    return spans.overlaps(start, end)


def _number(value: Decimal) -> Optional[float]:
    """The value as a float, or None when no float holds it."""
    number = float(value)
    return number if math.isfinite(number) else None


# --- Trends and periods ---------------------------------------------------------------------------

_ZH_TREND = re.compile(rf"{_alternation(zh.TREND_WORDS)}\Z")
_ZH_FILLER = re.compile(rf"{_alternation(zh.TREND_FILLERS + zh.APPROXIMATORS)}\Z")
_ZH_PERIOD = re.compile(rf"{_alternation(zh.PERIOD_WORDS)}(?:{_alternation(zh.TREND_FILLERS)})?\Z")
_EN_TREND = re.compile(rf"(?<![A-Za-z]){_alternation(en.TREND_WORDS, ignore_case=True)}{_SP}*\Z")
_EN_FILLER = re.compile(rf"(?<![A-Za-z]){_alternation(en.TREND_FILLERS + en.APPROXIMATORS, ignore_case=True)}{_SP}*\Z")
_EN_PERIOD_BEFORE = re.compile(rf"(?<![A-Za-z]){_alternation(en.PERIOD_WORDS, ignore_case=True)}{_SP}*\Z")
_EN_PERIOD_AFTER = re.compile(rf"{_SP}*,?{_SP}*{_alternation(en.PERIOD_WORDS, ignore_case=True)}(?![A-Za-z])")
_ZH_PERIOD_WORDS = {k: v for k, v in zh.PERIOD_WORDS.items()}
_EN_PERIODS = {k.lower(): v for k, v in en.PERIOD_WORDS.items()}
_LIST_JOINS = ("和", "、", "，", ",", "及", " and ", ", and ", "与")


def _with_trends(text: str, figures: List[Entity]) -> List[Entity]:
    """Set ``trend`` and ``period`` on figures right after a trend word (同比增长41.5%)."""
    result: List[Entity] = []
    for figure in figures:
        trend, period = _trend_before(text, figure.start)
        previous = result[-1] if result else None
        if trend is None and previous is not None and previous.trend and \
                text[previous.end:figure.start] in _LIST_JOINS:
            trend, period = previous.trend, previous.period  # 分别增长9.8%和12.1%
        after = _EN_PERIOD_AFTER.match(text, figure.end)
        if trend and after and period is None:
            period = _EN_PERIODS.get(" ".join(after.group().strip().lstrip(",").split()).lower())
        result.append(replace(figure, trend=trend, period=period) if trend else figure)
    return result


def _trend_before(text: str, start: int) -> Tuple[Optional[str], Optional[str]]:
    """The trend and period a trend word right before ``start`` gives (fillers skipped)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    window = text[line_start:start]
    skipped_period = None
    for _ in range(3):
        filler = _ZH_FILLER.search(window) or _EN_FILLER.search(window)
        if not filler or filler.start() == len(window):
            break
        skipped_period = skipped_period or _EN_PERIODS.get(" ".join(filler.group().split()).lower())
        window = window[:filler.start()]
    zh_trend = _ZH_TREND.search(window)
    if zh_trend:
        trend = zh.TREND_WORDS[zh_trend.group()]
        period = _ZH_PERIOD.search(window, 0, zh_trend.start())
        key = period and next((k for k in sorted(_ZH_PERIOD_WORDS, key=len, reverse=True)
                               if period.group().startswith(k)), None)
        return trend, _ZH_PERIOD_WORDS.get(key) if key else None
    en_trend = _EN_TREND.search(window)
    if en_trend:
        word = " ".join(en_trend.group().split()).lower()
        period = _EN_PERIOD_BEFORE.search(window, 0, en_trend.start())
        if period is None:
            return en.TREND_WORDS[word], skipped_period  # rose year on year by 5%
        return en.TREND_WORDS[word], _EN_PERIODS.get(" ".join(period.group().split()).lower())
    return None, None
