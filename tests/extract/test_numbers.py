import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.extract.numbers import find_codes, parse_number

# (numeral as written, value): shares are percents, fractions plain numbers.
NUMERALS = [
    # Arabic digits, separators and decimals
    ("0", 0), ("7", 7), ("1,150", 1150), ("1,486.3", 1486.3), ("12,345,678", 12345678),
    ("3.37", 3.37), (".5", 0.5), ("0.05", 0.05), ("99.999", 99.999), ("1 000 000", 1000000),
    ("1\u00a0000", 1000), ("-3.2", -3.2), ("−26.95", -26.95), ("+5", 5), ("  42  ", 42),
    # full-width digits and signs
    ("１２３", 123), ("１２３．５", 123.5), ("５，０００", 5000), ("３０％", 30), ("２０２３", 2023),
    # Chinese numerals
    ("一", 1), ("两", 2), ("二", 2), ("十", 10), ("十二", 12), ("二十", 20), ("二十二", 22),
    ("一百", 100), ("百", 100), ("三百零五", 305), ("一千零一", 1001), ("一千二百", 1200),
    ("两千", 2000), ("二万", 20000), ("一万五千", 15000), ("十二万", 120000), ("一百万", 1000000),
    ("千万", 10000000), ("一亿", 100000000), ("亿", 100000000), ("千亿", 100000000000),
    ("百亿", 10000000000), ("万亿", 1000000000000), ("一万五千亿", 1500000000000),
    ("十二亿五千万", 1250000000), ("三点五", 3.5), ("三点五亿", 350000000), ("〇", 0), ("零", 0),
    ("二〇二三", 2023), ("二零二四", 2024), ("壹万元", None), ("壹万", 10000), ("贰拾", 20),
    # mixed Arabic and Chinese
    ("3万", 30000), ("18万", 180000), ("3万4000", 34000), ("1万5千", 15000), ("1,100万", 11000000),
    ("3.5万亿", 3500000000000), ("12.8亿", 1280000000), ("5千万", 50000000), ("0.3万", 3000),
    ("33.7 亿", 3370000000), ("2万多", 20000), ("400多", 400), ("1,200余", 1200), ("６．７１亿", 671000000),
    # English words and scale words
    ("two", 2), ("Twelve", 12), ("twenty-two", 22), ("twenty two", 22), ("ninety-nine", 99),
    ("a hundred", 100), ("one hundred and five", 105), ("one thousand", 1000), ("a dozen", 12),
    ("two million", 2000000), ("one trillion", 1000000000000), ("three hundred thousand", 300000),
    ("1.2 million", 1200000), ("3.37 billion", 3370000000), ("5bn", 5000000000), ("2.5 mn", 2500000),
    ("10k", 10000), ("300 thousand", 300000), ("1,000 million", 1000000000),
    # fractions and shares
    ("三分之一", 1 / 3), ("四分之三", 0.75), ("十分之一", 0.1), ("3分之1", 1 / 3), ("一半", 0.5),
    ("百分之五十", 50), ("百分之十二", 12), ("百分之一百三十二", 132), ("百分之5", 5),
    ("千分之三", 0.3), ("万分之五", 0.05), ("七成", 70), ("两成", 20), ("九成", 90), ("七成五", 75),
    ("a third", 1 / 3), ("one third", 1 / 3), ("two thirds", 2 / 3), ("two-thirds", 2 / 3),
    ("a quarter", 0.25), ("three quarters", 0.75), ("one fifth", 0.2), ("half", 0.5), ("1/3", 1 / 3),
    ("41.5%", 41.5), ("60 %", 60),
]


@pytest.mark.parametrize("text, value", [(t, v) for t, v in NUMERALS if v is not None])
def test_parse_number_reads_every_written_form(text, value):
    assert math.isclose(parse_number(text), value, rel_tol=1e-9, abs_tol=1e-12)


def test_the_table_is_large_enough():
    assert len([v for _, v in NUMERALS if v is not None]) >= 80


NOT_NUMBERS = [
    "", "   ", "第三", "约20", "20多家", "third", "the", "a", "an", "one two", "twenty twenty",
    "三四", "百千", "十十", "5G", "1..2", "abc", "亿元", "壹万元", "3D", "%", "0分之1", "万三千万万X",
    "2023年", "No. 5", "five percent", "1,2,3",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects_what_is_not_a_numeral(text):
    with pytest.raises(ValueError, match="not a number"):
        parse_number(text)


@pytest.mark.parametrize("bad", [None, 3, 3.5, b"3", ["3"]])
def test_parse_number_wants_a_string(bad):
    with pytest.raises(TypeError, match="takes a str"):
        parse_number(bad)


def test_values_are_exact_in_base_units():
    assert parse_number("3.37 billion") == 3370000000.0
    assert parse_number("33.7亿") == 3370000000.0
    assert parse_number("56.63万") == 566300.0


CODES = [
    ("穗府办〔2023〕12号", ["〔2023〕12号"]),
    ("Cheng Fu Fa [2023] No. 9", ["[2023] No. 9"]),
    ("See No. 18 Plant", ["No. 18"]),
    ("电话：0754-88123456", ["电话：0754-88123456"]),
    ("Tel: 020-8312 3456", ["Tel: 020-8312 3456"]),
    ("粤ICP备05070829号", ["ICP备05070829号"]),
    ("发布时间：2023-09-14 09:26", ["09:26"]),
    ("at 2 p.m. sharp", ["2 p.m."]),
    ("下午3点开幕，9时30分结束", ["下午3点", "9时30分"]),
    ("工业4.0 and V2.0", ["工业4.0", "V2.0"]),
    ("see www.gov.cn or info@gov.cn", ["www.gov.cn", "info@gov.cn"]),
    ("“7×24小时”服务", ["7×24"]),
    ("1.2.3 and 2023.05.08", ["1.2.3"]),
    ("出口33.7亿元，增长41.5%", []),
    ("", []),
]


@pytest.mark.parametrize("text, expected", CODES)
def test_find_codes_finds_labels_not_amounts(text, expected):
    assert [text[start:end] for start, end in find_codes(text)] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789０１２,.．，%一二两三十百千万亿零点分之成半多余 -abcthousandmilonbkr")),
               max_size=30))
def test_parse_number_returns_a_number_or_raises_value_error(text):
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert isinstance(value, float)
