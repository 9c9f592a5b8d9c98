from evaluation.errors import Context, analyse_errors
from nlp.types import Clause
from tests.evaluation.conftest import GOLD, TEXT, make


def _with_scores(document, areas_and_scores):
    clauses = tuple(Clause(c.start, c.end, area, c.measure, c.sent_end, area_scores=scores)
                    for c, (area, scores) in zip(document.clauses, areas_and_scores))
    return document.with_(clauses=clauses)


def test_wrong_areas_most_confident_first():
    predicted = _with_scores(GOLD, [("finance", {"finance": 0.6, "brand": 0.4}),
                                    ("brand", {"brand": 0.9, "finance": 0.1}),
                                    ("none", None)])
    errors = analyse_errors([(GOLD, predicted)])
    assert [(e.gold, e.predicted, e.confidence) for e in errors.wrong_areas] == [
        ("finance", "brand", 0.9), ("brand", "finance", 0.6), ("cluster", "none", None)]
    assert errors.wrong_areas[0].context.span == "it funds 5 million yuan."
    assert errors.totals["wrong_areas"] == 3


def test_unmatched_clause_is_a_wrong_area():
    errors = analyse_errors([(GOLD, make(TEXT, id="g1"))])
    assert {e.predicted for e in errors.wrong_areas} == {None}


def test_missed_spurious_and_wrong_figures_with_context():
    predicted = make(TEXT, entities=[(0, 5, "GPE"), (19, 20, "CARDINAL", 4.0), (38, 52, "MONEY", 5e6, "USD"),
                                     (62, 67, "ORG")], id="g1")
    errors = analyse_errors([(GOLD, predicted)], window=10)
    assert [(e.context.span, e.label, e.overlapping) for e in errors.missed_entities] == [
        ("Guangzhou", "GPE", ("GPE [0, 5) 'Guang'",))]
    assert [e.context.span for e in errors.spurious_entities] == ["Guang", "build"]
    assert [(e.gold_value, e.predicted_value, e.predicted_unit) for e in errors.wrong_figures] == [
        (3.0, 4.0, None), (5e6, 5e6, "USD")]
    assert errors.wrong_figures[0].context.before == " supports "
    assert errors.to_dict()["totals"] == {"wrong_areas": 3, "missed_entities": 1, "spurious_entities": 2,
                                          "wrong_figures": 2}


def test_limit_keeps_totals():
    errors = analyse_errors([(GOLD, make(TEXT, id="g1"))], limit=1)
    assert len(errors.missed_entities) == 1 and errors.totals["missed_entities"] == 3


def test_no_errors_on_perfect_or_empty_input():
    assert analyse_errors([(GOLD, GOLD)]).totals == {"wrong_areas": 0, "missed_entities": 0,
                                                     "spurious_entities": 0, "wrong_figures": 0}
    assert analyse_errors([]).to_dict()["wrong_areas"] == []


def test_context_at_the_edges_of_the_text():
    context = Context.of(make("abc"), make("abc", entities=[(0, 3, "ORG")]).entities[0], window=5)
    assert (context.before, context.span, context.after) == ("", "abc", "")
