"""Decode the bytes of a text file: UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5.

BOMs decide first. Without one, NUL bytes in a regular pattern mean UTF-16 (any other
NUL means a binary file), then strict UTF-8, then GB18030 and Big5. Most Big5 bytes
also decode as GBK (into rare characters), so when both decode, the one whose Chinese
characters fall in its own table of frequent characters wins: GB2312's level 1 (the
3,755 most used simplified characters) or Big5's frequent block (5,401 characters).
"""
from __future__ import annotations

import unicodedata
from typing import Optional, Tuple

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
CHINESE_ENCODINGS = ("gb18030", "big5")
SAMPLE_CHARS = 20_000          # characters looked at when scoring a candidate encoding
MAX_CONTROL_SHARE = 0.01       # more control characters than this: not a text file
TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def decode(data: bytes) -> Tuple[str, str]:
    """Text and encoding name of ``data``.

    Parameters
    ----------
    data : bytes
        The whole content of a file.

    Returns
    -------
    (str, str)
        The text and the encoding used: ``utf-8``, ``utf-8-sig``, ``utf-16``,
        ``utf-16-le``, ``utf-16-be``, ``gb18030`` or ``big5``.

    Raises
    ------
    ValueError
        For binary data, or bytes that no candidate encoding reads as text.

    Examples
    --------
    >>> decode("支持企业。".encode("gb18030"))
    ('支持企业。', 'gb18030')
    """
    if data.startswith(UTF8_BOM):
        return _strict(data[len(UTF8_BOM):], "utf-8", "invalid UTF-8 after a UTF-8 BOM"), "utf-8-sig"
    if data.startswith(UTF16_BOMS):
        return _strict(data, "utf-16", "invalid UTF-16 after a UTF-16 BOM"), "utf-16"
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_textual(text)
        return text, "utf-8"
    candidates = []
    for encoding in CHINESE_ENCODINGS:
        try:
            candidates.append((frequent_share(data.decode(encoding), encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ValueError("cannot be decoded as UTF-8, UTF-16, GB18030 or Big5")
    best = max(candidates, key=lambda pair: pair[0])[1]  # max keeps the first (gb18030) on a tie
    text = data.decode(best)
    _check_textual(text)
    return text, best


def frequent_share(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are frequent in ``encoding``'s own table.

    Full-width punctuation counts as frequent. A wrong decoding of Chinese bytes gives
    rare characters, private-use characters and symbols, so it scores low.
    """
    sample = text[:SAMPLE_CHARS]
    frequent = total = 0
    for char in sample:
        if char < "\x80":
            continue
        total += 1
        if "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef" or char in "“”‘’—…·":
            frequent += 1
        elif "\u4e00" <= char <= "\u9fff" and _in_frequent_block(char, encoding):
            frequent += 1
    return frequent / total if total else 0.0


def _in_frequent_block(char: str, encoding: str) -> bool:
    try:
        lead = char.encode("gb2312" if encoding == "gb18030" else "big5")[0]
    except UnicodeEncodeError:
        return False
    return 0xB0 <= lead <= 0xD7 if encoding == "gb18030" else 0xA4 <= lead <= 0xC6


def _utf16_without_bom(data: bytes) -> Tuple[str, str]:
    """UTF-16 without a BOM when the NUL bytes sit on one side of each pair; else binary."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    encoding: Optional[str] = None
    if len(data) % 2 == 0 and odd and not even:
        encoding = "utf-16-le"
    elif len(data) % 2 == 0 and even and not odd:
        encoding = "utf-16-be"
    if encoding is None:
        raise ValueError("binary file (contains NUL bytes)")
    text = _strict(data, encoding, "binary file (contains NUL bytes)")
    _check_textual(text)
    return text, encoding


def _strict(data: bytes, encoding: str, message: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValueError(f"{message} (byte {error.start})") from None


def _check_textual(text: str) -> None:
    """Raise ``ValueError`` when ``text`` has too many control or unassigned characters."""
    sample = text[:SAMPLE_CHARS]
    odd = sum(1 for char in sample
              if (char < " " or "\x7f" <= char <= "\x9f" or "\ud800" <= char <= "\udfff") and char not in TEXT_CONTROLS
              or char > "\x7f" and unicodedata.category(char) == "Cn")
    if sample and odd > MAX_CONTROL_SHARE * len(sample):
        raise ValueError("binary file (control characters where text was expected)")
