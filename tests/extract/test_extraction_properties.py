"""Properties of the whole extraction step on any text: no crash, and every entity in
range, inside one clause, not overlapping another, with a value (and a unit, but for CARDINAL) where it is a figure."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlp
from nlp.types import FIGURE_LABELS

#: Characters that exercise the rules: numerals, units, currencies, markers, name suffixes.
POLICY_CHARS = list("0123456789０１２３.,，。；;：:、%％~～-－—至到年月日亿万千百十一二三两〇零元美港币吨亩"
                    "（）()〔〕[]“”\"' \n\t市省区县局委会公司集团大学中心银行保税新区和与在对"
                    "广州深圳中国长沙ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                    "$€¥£") + ["RMB ", "US$", "billion ", "million ", "percent", "First, ", "Article ", "Bureau ",
                               "Commission ", "Co., Ltd.", "第一条", "一、", "（一）", "2024年", "33.7亿元"]
TEXTS = st.one_of(st.text(max_size=200),  # any Unicode at all
                  st.lists(st.sampled_from(POLICY_CHARS), max_size=80).map("".join))


def check(document):
    text, clauses = document.text, document.clauses
    previous_end = 0
    for entity in sorted(document.entities, key=lambda e: e.start):
        assert 0 <= entity.start < entity.end <= len(text)
        assert entity.start >= previous_end, "entities overlap"
        previous_end = entity.end
        assert any(c.start <= entity.start and entity.end <= c.end for c in clauses), "entity crosses a clause"
        if entity.label in FIGURE_LABELS:  # CARDINAL has no unit (scheme)
            assert entity.value is not None and bool(entity.unit) == (entity.label != "CARDINAL")


@pytest.mark.parametrize("name", ["accurate", "fast"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_extraction_never_crashes_and_keeps_its_spans_in_order(name, text):
    check(nlp.load(name)(text))
