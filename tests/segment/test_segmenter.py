import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nlp
from nlp.segment.language import detect_language
from nlp.segment.markers import find_markers
from nlp.segment.segmenter import Segmenter

SEGMENTER = Segmenter(tokens=False)
POLICY_CHARS = list("。；;.!?！？”“」「（）()[]：:，,、…一二三十第条章节1234567890１２.．①②FirstSecondArticleIIVX是 \n\r\t\u3000\u00a0\u2028支持企业aZ%")


def check_partition(text, document):
    """Clauses are in range, ordered, trimmed, and cover every non-space character once."""
    covered = [False] * len(text)
    previous_end = 0
    for clause in document.clauses:
        assert 0 <= previous_end <= clause.start < clause.end <= len(text)
        assert not text[clause.start].isspace() and not text[clause.end - 1].isspace()
        for index in range(clause.start, clause.end):
            covered[index] = True
        previous_end = clause.end
    for index, char in enumerate(text):
        assert covered[index] or char.isspace(), (index, char)
    clause_starts = {c.start for c in document.clauses}
    for marker in document.markers:
        assert 0 <= marker.start < marker.end <= len(text) and marker.level >= 1
        assert marker.start in clause_starts
    assert document.clauses == () or document.clauses[-1].sent_end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_any_unicode_string_gives_a_partition(text):
    check_partition(text, SEGMENTER(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(POLICY_CHARS), max_size=200))
def test_policy_punctuation_soup_gives_a_partition(text):
    check_partition(text, SEGMENTER(text))


@pytest.mark.parametrize("text", ["." * 20000, "。" * 20000, "\n" * 20000, "a" * 200000, "（一）" * 5000,
                                  "1. " * 5000, "\ud800\udfff" * 100, "\x00\x01\x1f" * 100, "First, " * 3000])
def test_long_runs_of_one_thing(text):
    check_partition(text, SEGMENTER(text))


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_non_strings_raise_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        SEGMENTER(bad)


def test_text_is_never_altered():
    text = "１．支持\u3000企业\r\n（二）鼓励；"
    document = SEGMENTER(text)
    assert document.text is text
    assert [document.span_text(c) for c in document.clauses] == ["１．支持\u3000企业", "（二）鼓励；"]


@pytest.mark.parametrize("text, expected", [
    ("一、总则\n（一）目的\n1. 内容\n（1）细则\n（二）范围\n二、措施", [1, 2, 3, 4, 2, 1]),
    ("第一章 总则\n第一条 目的\n第二条 范围\n第二章 措施\n第三条 支持", [1, 2, 2, 1, 2]),
    ("I. General\n(I) Scope\n1. Firms\nII. Tasks", [1, 2, 3, 1]),
    ("（一）加强领导。一是建立机制；二是完善制度。\n（二）强化保障。", [1, 2, 2, 1]),
    ("First, build brands.\nSecond, open markets.\nNineth, train talent.", [1, 1, 1]),
    ("主要任务：①建立平台；②完善机制。", [1, 1]),
    ("Article 1 Purpose\nArticle 2 Scope", [1, 1]),
])
def test_marker_levels_follow_the_documents_nesting(text, expected):
    assert [m.level for m in find_markers(text)] == expected


@pytest.mark.parametrize("text, not_markers", [
    ("2023年全市增长5%。", "2023"),
    ("依据第三条规定执行。", "第三条"),
    ("统一是关键。", "一是"),
    ("1.5 billion yuan was spent.", "1."),
    ("J. Smith visited.", "J."),
    ("see Article 3 of the law", "Article 3"),
])
def test_look_alikes_are_not_markers(text, not_markers):
    assert all(not_markers not in text[m.start:m.end] for m in find_markers(text))


@pytest.mark.parametrize("text, lang", [
    ("广州市商务局支持钻石产业发展。", "zh"),
    ("The bureau supports diamond firms.", "en"),
    ("广州市商务局 supports the Guangzhou Diamond Exchange and its partners in trade and design 发展钻石产业和珠宝品牌建设", "mixed"),
    ("2023-05-08 10:32", "en"),
    ("", "en"),
    ("支持5G和AI产业发展。", "zh"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_paragraph_languages_follow_each_line():
    document = SEGMENTER("关于支持企业的通知\nNotice on supporting enterprises\n2023")
    assert [p.lang for p in document.paragraphs] == ["zh", "en", document.lang]


def test_plain_api_segment_fills_tokens_and_clauses():
    document = nlp.segment("广州市商务局安排33.7亿元。Support firms.")
    words = [document.span_text(t) for t in document.tokens]
    assert "33.7亿元" in words and "Support" in words
    assert len(document.clauses) == 2 and document.lang == "zh"


def test_section_numbers_need_a_heading_word_after_them():
    text = "2.5 GW of solar\n1.2 Scope of work\n3.1 总体目标"
    assert [text[m.start:m.end] for m in find_markers(text)] == ["1.2", "3.1"]
