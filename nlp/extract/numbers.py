"""Read numerals in every common written form (1,100万, 三百零五, twenty-two, 七成) as floats.

Pure and table-driven: the digits, scale words and share words live in
``nlp/lang/zh.py`` and ``nlp/lang/en.py``. Shares read as percents (``百分之五十`` and
``50%`` are 50, ``千分之三`` is 0.3, ``七成`` is 70); fractions as plain numbers
(``三分之一`` and ``a third`` are 0.333...). Arithmetic runs on :class:`~decimal.Decimal`
so that ``3.37 billion`` is exactly 3370000000.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import List, Optional

from nlp.lang import en, zh

#: Full-width digits and signs, and the spaces people put inside numbers, made plain.
FULL_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                            "．": ".", "，": ",", "％": "%", "－": "-", "−": "-", "＋": "+",
                            "／": "/", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u3000": " "})

_ZH_DIGIT = "".join(zh.NUMERAL_DIGITS)
_ZH_UNIT = "".join(zh.NUMERAL_UNITS)
_ZH_GROUP = "".join(zh.NUMERAL_GROUPS)
_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+"
_ARABIC_FULL = re.compile(rf"(?:{_ARABIC})$")
_MIXED_TOKEN = re.compile(rf"(?P<arabic>{_ARABIC})|(?P<digit>[{_ZH_DIGIT}])|(?P<unit>[{_ZH_UNIT}])|(?P<group>[{_ZH_GROUP}])")
_ZH_DECIMAL = re.compile(rf"(?<![{_ZH_DIGIT}{_ZH_UNIT}])([{_ZH_DIGIT}{_ZH_UNIT}]*)点([{_ZH_DIGIT}]+)")
_SHARE = re.compile(r"(.+?)分之(.+)$")
_TENTHS = re.compile(rf"(.+?){zh.TENTHS}(半|[{_ZH_DIGIT}]|\d)?$")
_SLASH_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)$")
_GLUED_SCALE = re.compile(r"(\d[\d,]*(?:\.\d+)?)([a-z]+)$")
_SPACED_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?$")
_HALF = ("一半", "半", "半数")


def parse_number(text: str) -> float:
    """The value of a numeral written in digits, Chinese or English words, or a mix.

    Parameters
    ----------
    text : str
        Just the numeral, with an optional scale word (``万``, ``million``), share form
        (``百分之``, ``成``, ``分之``, ``%``) or trailing ``多``/``余`` (``2万多`` is 20000).

    Returns
    -------
    float
        The value; shares in percent, fractions as plain numbers.

    Raises
    ------
    ValueError
        When ``text`` is not a numeral (``第三``, ``约20``, ``third``, ``""``).

    Examples
    --------
    >>> parse_number("1,100万"), parse_number("一万五千亿"), parse_number("twenty-two")
    (11000000.0, 1500000000000.0, 22.0)
    >>> parse_number("三分之一") == 1 / 3, parse_number("七成"), parse_number("千分之三")
    (True, 70.0, 0.3)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() takes a str, not {type(text).__name__}")
    value = read_number(text)
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    return float(value)


def read_number(text: str) -> Optional[Decimal]:
    """The exact value of a numeral, or None when ``text`` is not one.

    Parameters
    ----------
    text : str
        A numeral as :func:`parse_number` takes it.

    Returns
    -------
    Decimal or None
        The exact value (``Decimal("3370000000")`` for ``33.7亿``), so that callers can
        scale it without float rounding; None for anything that is not a numeral.

    Examples
    --------
    >>> read_number("33.7亿"), read_number("第三")
    (Decimal('3370000000.0'), None)
    """
    plain = " ".join(text.translate(FULL_WIDTH).split())
    if not plain:
        return None
    sign = Decimal(1)
    if plain[0] in "+-负":
        sign = Decimal(-1) if plain[0] in "-负" else sign
        plain = plain[1:].lstrip()
    try:
        value = _read_unsigned(plain)
    except ArithmeticError:  # overflow from absurd strings of 亿亿亿...
        return None
    return None if value is None else sign * value


def _read_unsigned(text: str) -> Optional[Decimal]:
    text = text.rstrip("".join(zh.MORE_THAN_SUFFIXES) + "+") or text
    if text.endswith("%"):
        return _plain_or_mixed(text[:-1].rstrip())
    if text in _HALF:
        return Decimal("0.5")
    for prefix, factor in zh.PER_SHARES.items():
        if text.startswith(prefix):
            share = _plain_or_mixed(text[len(prefix):])
            return None if share is None else share * Decimal(str(factor))
    share = _SHARE.match(text)
    if share:
        whole, part = _plain_or_mixed(share.group(1)), _plain_or_mixed(share.group(2))
        return None if not whole or part is None else part / whole
    tenths = _TENTHS.match(text)
    if tenths:
        return _read_tenths(tenths.group(1), tenths.group(2))
    slash = _SLASH_FRACTION.match(text)
    if slash:
        denominator = Decimal(slash.group(2))
        return Decimal(slash.group(1)) / denominator if denominator else None
    if re.search(r"[A-Za-z]", text):
        return _read_english(text)
    return _plain_or_mixed(text)


def _read_tenths(number: str, extra: Optional[str]) -> Optional[Decimal]:
    tens = _plain_or_mixed(number)
    if tens is None or tens > 10:
        return None
    if extra is None:
        return tens * 10
    unit = Decimal(5) if extra == "半" else _plain_or_mixed(extra)
    return None if unit is None else tens * 10 + unit


def _plain_or_mixed(text: str) -> Optional[Decimal]:
    """Arabic digits (1,150.5), Chinese numerals (三百零五) or a mix (3万4000)."""
    if not text:
        return None
    if _ARABIC_FULL.match(text):
        return _decimal(text)
    if _SPACED_GROUPS.match(text):
        return _decimal(text.replace(" ", ""))
    return _read_chinese(text.replace(" ", ""))


def _decimal(text: str) -> Optional[Decimal]:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _read_chinese(text: str) -> Optional[Decimal]:
    text = _ZH_DECIMAL.sub(_decimal_to_arabic, text)
    tokens = _tokens(text)
    if tokens is None:
        return None
    if all(kind == "digit" for kind, _ in tokens) and len(tokens) > 1:
        if len(tokens) < 3 and all(value for _, value in tokens):
            return None  # 三四 is "three or four", 三一 a name
        return Decimal("".join(str(value) for _, value in tokens))  # 二〇二三: digit by digit
    return _positional(tokens)


def _decimal_to_arabic(match: "re.Match[str]") -> str:
    whole = _read_chinese(match.group(1)) if match.group(1) else Decimal(0)
    if whole is None:
        return match.group(0)
    fraction = "".join(str(zh.NUMERAL_DIGITS[c]) for c in match.group(2))
    return f"{whole}.{fraction}"


def _tokens(text: str) -> Optional[List[tuple]]:
    tokens, at = [], 0
    while at < len(text):
        match = _MIXED_TOKEN.match(text, at)
        if match is None:
            return None
        kind = match.lastgroup
        piece = match.group()
        if kind == "arabic":
            tokens.append(("digit", _decimal(piece)))
        elif kind == "digit":
            tokens.append(("digit", Decimal(zh.NUMERAL_DIGITS[piece])))
        elif kind == "unit":
            tokens.append(("unit", Decimal(zh.NUMERAL_UNITS[piece])))
        else:
            tokens.append(("group", Decimal(zh.NUMERAL_GROUPS[piece])))
        at = match.end()
    return tokens or None


def _positional(tokens: List[tuple]) -> Optional[Decimal]:
    """Chinese place-value reading: digits times units, grouped by 万 and 亿."""
    total = section = current = Decimal(0)
    digit: Optional[Decimal] = None
    last_unit = Decimal(10 ** 5)
    seen = False
    for index, (kind, value) in enumerate(tokens):
        if kind == "digit":
            if digit is not None and digit != 0:
                return None  # two digits in a row ("三四") are not a numeral
            digit = value if value != 0 or index == len(tokens) - 1 else None
            seen = True
        elif kind == "unit":
            if value >= last_unit:
                return None  # 十十, 百千: units must fall within a group
            current += (digit if digit is not None else Decimal(1)) * value
            digit, last_unit, seen = None, value, True
        else:
            group = section + current + (digit or 0)
            if value == 10 ** 4:
                section = (group if seen else Decimal(1)) * value
            else:
                total = ((total + group) if (seen or total) else Decimal(1)) * value
                section = Decimal(0)
            current, digit, last_unit, seen = Decimal(0), None, Decimal(10 ** 5), True
    return total + section + current + (digit or 0)


# --- English -----------------------------------------------------------------------------

_EN_SPLIT = re.compile(r"[\s\-]+")


def _read_english(text: str) -> Optional[Decimal]:
    words = [w for w in _EN_SPLIT.split(text.lower().strip()) if w and w != "and"]
    glued = _GLUED_SCALE.match(words[-1]) if words else None
    if glued and glued.group(2) in en.SCALE_WORDS:
        words[-1:] = [glued.group(1), glued.group(2)]
    if not words:
        return None
    if words[-1] in en.FRACTION_WORDS:
        return _english_fraction(words)
    return _english_cardinal(words)


def _english_fraction(words: List[str]) -> Optional[Decimal]:
    denominator = Decimal(en.FRACTION_WORDS[words[-1]])
    head = words[:-1]
    if not head:
        return Decimal(1) / denominator if words[-1] in ("half",) else None
    if head in (["a"], ["an"], ["one"]):
        numerator = Decimal(1)
    else:
        numerator = _english_cardinal(head)
    return None if numerator is None else numerator / denominator


def _english_cardinal(words: List[str]) -> Optional[Decimal]:
    total = current = Decimal(0)
    previous = ""  # the kind of the last word: "", "digits", "ones", "tens", "hundred", "scale"
    for index, word in enumerate(words):
        number = _decimal(word) if re.fullmatch(_ARABIC, word) else None
        if number is not None:
            if previous not in ("", "scale"):
                return None
            current, previous = number, "digits"
        elif word in ("a", "an"):
            if index != 0 or len(words) == 1:
                return None
            current, previous = Decimal(1), "ones"
        elif word in en.NUMBER_WORDS:
            value = Decimal(en.NUMBER_WORDS[word])
            if value < 10 or word == "dozen":
                if previous in ("ones", "digits") and not (word == "dozen"):
                    return None
                current = current * value if word == "dozen" and current else current + value
                previous = "ones"
            else:
                if previous in ("ones", "tens", "digits") and not (previous == "tens" and value < 10):
                    return None
                current += value
                previous = "tens" if value % 10 == 0 and value >= 20 else "ones"
        elif word in en.SCALE_WORDS:
            if previous == "scale" and word != "hundred":
                return None
            scale = Decimal(en.SCALE_WORDS[word])
            if word == "hundred":
                current = (current or Decimal(1)) * scale
                previous = "hundred"
            else:
                if previous == "":
                    return None
                total += (current or Decimal(1)) * scale
                current, previous = Decimal(0), "scale"
        else:
            return None
    if previous == "":
        return None
    return total + current


# --- Digit strings that label rather than count ---------------------------------------------

_CODE_PATTERNS = tuple(re.compile(p) for p in (
    # Document numbers: 穗府办〔2023〕12号, Cheng Fu Fa [2023] No. 9, (2023) 第5号.
    r"[〔\[［【(（]\s*[0-9０-９]{4}\s*[〕\]］】)）]\s*(?:第\s*)?[0-9０-９]+\s*号",
    r"[〔\[［【(（]\s*[0-9０-９]{4}\s*[〕\]］】)）]\s*(?:No|NO|no)\.?\s*[0-9０-９]+",
    r"\b(?:No|NO|Nos)\.\s*[0-9０-９]+(?:\s*(?:and|,|-)\s*[0-9０-９]+)*",
    # Registration, postal and site numbers after their label.
    r"(?:ICP|icp)\s*(?:备|證|证|No\.?)?\s*[0-9０-９]+(?:\s*号)?(?:-[0-9]+)?",
    r"(?:公网安备|网站标识码|标识码|邮编|邮政编码|传真|电话|联系电话|手机|热线|Tel|TEL|tel|Fax|FAX|fax|Phone|phone|Hotline|hotline|Postcode|Zip)"
    r"\s*[：:.]?\s*(?:\+?86[\s-]?)?[0-9０-９][0-9０-９\s()（）-]{4,}[0-9０-９]",
    # Phone numbers written the usual ways: 0754-88123456, (020) 8312 3456, 13812345678.
    r"(?<![0-9])(?:\+?86[\s-]?)?[(（]?0[0-9]{2,3}[)）]?[\s-]?[0-9]{3,4}[\s-]?[0-9]{4}(?![0-9])",
    r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])",
    # Clock times: 09:30, 9：30, 2 a.m., 下午3点, 9时30分.
    r"(?<![0-9])[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?(?![0-9])(?:\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)(?![A-Za-z]))?",
    r"(?<![0-9.])[0-9]{1,2}\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM|o'clock)(?![A-Za-z])",
    r"(?:上午|下午|晚上|凌晨|早上|中午|傍晚|晚|早)[0-9０-９一二三四五六七八九十]{1,3}[时点](?:[0-9０-９一二三四五六七八九十]{1,3}分|半)?",
    r"(?<![0-9])[0-9０-９]{1,2}[时点][0-9０-９]{1,2}分",
    # Versions, addresses and web names: V2.0, 1.2.3, 工业4.0, Industry 4.0, www.gov.cn.
    r"(?:[vV](?:ersion\s?)?|版本)[0-9]+(?:\.[0-9]+)+|(?:工业|Industry\s|Web|web)[1-5]\.0(?![0-9])",
    r"(?<![0-9.])(?!(?:19|20)[0-9]{2}\.[01]?[0-9]\.[0-3]?[0-9](?![0-9.]))[0-9]+(?:\.[0-9]+){2,}(?![0-9])",
    r"(?:https?://|www\.)[A-Za-z0-9./?=&%#:_~+\-]+",
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
    # Products and dimensions: 7×24小时, 3 x 3.
    r"(?<![0-9])[0-9０-９]+(?:\.[0-9]+)?\s?[×xX*＊]\s?[0-9０-９]+(?:\.[0-9]+)?(?![0-9])",
    # Long digit strings with no separators: ID, account and serial numbers.
    r"(?<![0-9,.，．])(?<![0-9][ \u00a0\u2009\u202f])0[0-9]{2,}(?![0-9])",
    r"(?<![0-9,.，．])[0-9]{9,}(?![0-9,.]|\s*(?:元|万|亿|yuan|RMB|dollars|euros))",
))


def find_codes(text: str) -> List[tuple]:
    """Spans of digit strings that name or label rather than count: neither figures nor dates.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of (int, int)
        Sorted, non-overlapping ``(start, end)`` spans of document numbers
        (``〔2023〕12号``, ``[2023] No. 9``), registration, postal and phone numbers,
        clock times, products (``7×24``), versions and web addresses.

    Examples
    --------
    >>> text = "穗府办〔2023〕12号，电话：020-83123456"
    >>> [text[s:e] for s, e in find_codes(text)]
    ['〔2023〕12号', '电话：020-83123456']
    """
    spans = sorted((m.start(), m.end()) for p in _CODE_PATTERNS for m in p.finditer(text))
    merged: List[tuple] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
