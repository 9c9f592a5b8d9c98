import pytest

from nlp.batch.encodings import decode, frequent_share

ZH = "广州市关于推动钻石产业发展的若干措施。一、支持企业创建自主品牌，给予50万元奖励。"
TRADITIONAL = "香港特別行政區政府宣佈，為支持中小企業發展，將推出一系列新措施，包括提供貸款擔保。"


@pytest.mark.parametrize("data, text, encoding", [
    (ZH.encode("utf-8"), ZH, "utf-8"),
    (b"\xef\xbb\xbf" + ZH.encode("utf-8"), ZH, "utf-8-sig"),
    (ZH.encode("utf-16"), ZH, "utf-16"),
    ("Article 3\n".encode("utf-16-be").join([b"\xfe\xff", b""]), "Article 3\n", "utf-16"),
    ("First, build brands.\n".encode("utf-16-le"), "First, build brands.\n", "utf-16-le"),
    ("First, build brands.\n".encode("utf-16-be"), "First, build brands.\n", "utf-16-be"),
    (ZH.encode("gb18030"), ZH, "gb18030"),
    ("支持企业".encode("gbk"), "支持企业", "gb18030"),
    (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
    ("經濟發展局".encode("big5"), "經濟發展局", "big5"),
    (TRADITIONAL.encode("gbk"), TRADITIONAL, "gb18030"),  # traditional characters in GBK stay GBK
    ("No. 5, 3.37 billion yuan".encode("ascii"), "No. 5, 3.37 billion yuan", "utf-8"),
    (b"", "", "utf-8"),
])
def test_decode_finds_the_encoding(data, text, encoding):
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary"),
    (bytes(range(256)) * 4, "binary"),
    (b"\xef\xbb\xbf\xff\xfe broken", "invalid UTF-8 after a UTF-8 BOM"),
    (b"\x01\x02\x03\x04\x05\x06 text \x07\x08", "binary"),
    (b"\xff\xff\xff\xff", "cannot be decoded"),
])
def test_decode_rejects_what_is_not_text(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode(data)


def test_a_right_decoding_scores_higher_than_a_wrong_one():
    data = TRADITIONAL.encode("big5")
    assert frequent_share(data.decode("big5"), "big5") > 0.9 > frequent_share(data.decode("gb18030"), "gb18030")
    assert frequent_share("", "big5") == 0.0
