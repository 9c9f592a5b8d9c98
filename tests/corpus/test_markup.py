import pytest

from nlp.corpus.lint import lint, plain_reading
from nlp.corpus.markup import compile_source, parse_value

HEADER = "---\nid: zh-x\nlang: zh\ngenre: policy\n---\n"


def compile_body(body: str):
    return compile_source(HEADER + body, "x.txt")


def test_markup_is_removed_and_spans_point_into_the_bare_text():
    result = compile_body("[[一、|M1]]支持[[广州市商务局|ORG]]设立[[33.7亿元|MONEY|3.37e9|CNY]]基金。{{finance*}}\n")
    document = result.document
    assert not result.errors
    assert document.text == "一、支持广州市商务局设立33.7亿元基金。"
    assert [document.span_text(e) for e in document.entities] == ["广州市商务局", "33.7亿元"]
    assert document.entities[1].value == 3370000000 and document.entities[1].unit == "CNY"
    assert document.markers[0].level == 1 and document.span_text(document.markers[0]) == "一、"
    assert document.clauses[0].area == "finance" and document.clauses[0].measure


def test_clause_spans_exclude_surrounding_white_space():
    document = compile_body("  标题 {{none}}\n\n（一）内容；{{brand*}}其他。{{none}}").document
    assert [document.span_text(c) for c in document.clauses] == ["标题", "（一）内容；", "其他。"]


@pytest.mark.parametrize("body, expected", [
    ("甲；{{none}}乙。{{none}}", [False, True]),
    ("Title{{none}}\nText.{{none}}", [True, True]),
    ("Tasks:{{none}} (1) build.{{none}}", [False, True]),
    ("他说：“好。”{{none}}然后{{none|nosent}}走了。{{none}}", [True, False, True]),
])
def test_sentence_ends_are_derived_from_terminators_and_line_breaks(body, expected):
    document = compile_body(body).document
    assert [c.sent_end for c in document.clauses] == expected


@pytest.mark.parametrize("body, message", [
    ("no tag at all", "after the last clause"),
    ("x{{nonsense}}", "not an area"),
    ("[[x|PERSON]]{{none}}", "not an entity label"),
    ("[[5|CARDINAL|five]]{{none}}", "not a number"),
    ("[[5元|MONEY|5]]{{none}}", "written"),
    ("[[ x|ORG]]{{none}}", "white space"),
    ("a [[b|ORG] c{{none}}", "unbalanced"),
    ("{{none}}", "no text before it"),
])
def test_errors_name_the_problem(body, message):
    result = compile_body(body)
    assert any(message in issue.message for issue in result.errors), result.issues


def test_missing_header_is_an_error():
    assert compile_source("text{{none}}", "y.txt").errors


def test_errors_carry_the_source_line():
    result = compile_body("ok。{{none}}\nbad{{wrong}}\n")
    assert result.errors[0].line == 7


@pytest.mark.parametrize("written, value", [
    ("3370000000", 3370000000), ("3.37e9", 3370000000), ("3_370", 3370),
    ("1/3", 1 / 3), ("60..70", (60, 70)), ("0.5", 0.5),
])
def test_parse_value(written, value):
    assert parse_value(written) == pytest.approx(value)


@pytest.mark.parametrize("body, fragment", [
    ("甲。乙。{{none}}", "terminator inside"),
    ("First item; second item.{{none}}", "semicolon"),
    ("[[3.5亿元|MONEY|3500000|CNY]]{{none}}", "plain reading"),
    ("约[[约5%|PERCENT|5]]{{none}}", "approximator"),
    ("（一）未标记的条目。{{none}}", "not tagged"),
    ("任务：(1)甲；(2)乙。{{none}}", "inside a clause"),
    ("It grew. Then it fell.{{none}}", "sentence end"),
])
def test_lint_flags_likely_annotation_slips(body, fragment):
    compiled = compile_body(body)
    assert any(fragment in issue.message for issue in lint(compiled)), lint(compiled)


@pytest.mark.parametrize("body", [
    "The U.S. and Dr. Li met at No. 5 Road.{{none}}",
    "Output rose 3.5% to 1.2 billion yuan.{{none}}",
    "[[I.|M1]] General Provisions{{none}}",
])
def test_lint_is_quiet_on_abbreviations_decimals_and_markers(body):
    assert lint(compile_body(body)) == []


@pytest.mark.parametrize("span, reading", [
    ("33.7亿元", 3.37e9), ("3.37 billion yuan", 3.37e9), ("1,100万", 1.1e7),
    ("3-5亿元", [3e8, 5e8]), ("二十二", None), ("41.5%", 41.5),
])
def test_plain_reading(span, reading):
    assert plain_reading(span) == (pytest.approx(reading) if reading is not None else None)
