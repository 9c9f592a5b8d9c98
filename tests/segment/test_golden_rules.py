import pytest

from nlp.segment.segmenter import Segmenter
from tests.segment.golden_rules import CHINESE, ENGLISH

SEGMENTER = Segmenter(tokens=False)
REQUIRED_SHARE = 0.95


def sentences(text):
    document = SEGMENTER(text)
    return [document.span_text(span) for span in document.sentences]


@pytest.mark.parametrize("language, cases, minimum", [("en", ENGLISH, 60), ("zh", CHINESE, 40)])
def test_golden_rules_are_at_least_95_percent_right(language, cases, minimum):
    assert len(cases) >= minimum
    wrong = [(text, expected, sentences(text)) for text, expected in cases if sentences(text) != expected]
    share = 1 - len(wrong) / len(cases)
    report = "\n".join(f"  {text!r}\n    expected {expected}\n    got      {got}" for text, expected, got in wrong)
    assert share >= REQUIRED_SHARE, f"{language}: {share:.1%} right; wrong cases:\n{report}"
