import pytest

from nlp.types import Clause, Document, Entity, Marker

TEXT = "一、总体要求\n（一）支持企业；鼓励创新。\n（二）给予50万元奖励。\n二、保障措施\n加强组织领导。"


def _document(measure_flags):
    spans = [(0, 6), (7, 15), (15, 20), (21, 33), (34, 40), (41, 48)]
    clauses = tuple(Clause(s, e, area="finance" if i == 3 else "none", measure=m)
                    for i, ((s, e), m) in enumerate(zip(spans, measure_flags)))
    markers = (Marker(0, 2, 1), Marker(7, 10, 2), Marker(21, 24, 2), Marker(34, 36, 1))
    entities = (Entity(26, 30, "MONEY", value=500000.0, unit="CNY"), Entity(12, 14, "ORG"))
    return Document(TEXT, id="d", clauses=clauses, markers=markers, entities=entities)


@pytest.mark.parametrize("flags, expected", [
    ((False,) * 6, []),
    ((True, False, False, False, False, False), [("一、总体要求", ("一、",))]),
    ((False, True, True, True, False, True), [("（一）支持企业；", ("一、", "（一）")),
                                              ("鼓励创新。", ("一、", "（一）")),
                                              ("（二）给予50万元奖励。", ("一、", "（二）")),
                                              ("加强组织领导。", ("二、",))]),
])
def test_measures_carry_the_marker_path_above_them(flags, expected):
    document = _document(flags)
    assert TEXT[21:33] == "（二）给予50万元奖励。"
    assert [(m.text, m.marker_path) for m in document.measures] == expected


def test_measures_collect_their_organisations_and_figures():
    (first, money) = _document((False, True, False, True, False, False)).measures
    assert [e.label for e in first.organisations] == ["ORG"] and first.figures == ()
    assert [e.value for e in money.figures] == [500000.0] and money.clause.area == "finance"


def test_measures_of_an_empty_document():
    assert Document("").measures == ()
