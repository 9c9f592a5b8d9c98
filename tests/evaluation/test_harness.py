import pytest

from evaluation.harness import EvaluationError, Scores, evaluate, pair_documents
from tests.evaluation.conftest import GOLD, make

REQUIRED = ("clause_boundary", "sentence_boundary", "measure", "markers", "entities", "entities_partial")


def test_fixture_spans_say_what_they_mean():
    assert [GOLD.span_text(e) for e in GOLD.entities] == ["Guangzhou", "3", "5 million yuan"]
    assert GOLD.span_text(GOLD.markers[0]) == "Second,"


@pytest.mark.parametrize("gold, predicted, message", [
    ([make("a", id="x"), make("b", id="x")], [], "duplicate id in gold: 'x'"),
    ([make("a", id="x")], [make("a", id="x"), make("a", id="x")], "duplicate id in predictions: 'x'"),
    ([make("same text", id="doc-7")], [make("same test", id="doc-7")], "document 'doc-7'"),
])
def test_bad_pairings_raise_naming_the_id(gold, predicted, message):
    with pytest.raises(EvaluationError, match=message):
        pair_documents(gold, predicted)


def test_missing_and_unknown_predictions():
    pairing = pair_documents([make("a", id="x"), make("b", id="y")], [make("a", id="x"), make("c", id="z")])
    assert pairing.missing_predictions == ["y"]
    assert pairing.unknown_predictions == ["z"]
    assert [g.id for g, _ in pairing.pairs] == ["x", "y"]
    assert pairing.pairs[1][1].entities == ()


def test_json_keys_overall_and_per_language():
    figures = evaluate([(GOLD, GOLD), (make("", id="empty", lang="zh"), make("", id="empty", lang="zh"))]).to_dict()
    for scores in (figures, *figures["by_language"].values()):
        for key in REQUIRED:
            assert {"precision", "recall", "f1"} <= set(scores[key]), key
        assert {"accuracy", "macro_f1", "per_area"} <= set(scores["area"])
        assert {"ORG", "GPE", "DATE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"} <= set(scores["entities_by_label"])
        assert "figure_value_accuracy" in scores and "figure_unit_accuracy" in scores
    assert set(figures["by_language"]) == {"en", "zh"}
    assert figures["entities"]["f1"] == 1.0 and figures["area"]["accuracy"] == 1.0


def test_no_predictions_scores_zero():
    pairing = pair_documents([GOLD], [])
    figures = evaluate(pairing.pairs).to_dict()
    assert figures["entities"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 3}
    assert figures["area"]["accuracy"] == 0.0
    assert figures["clause_boundary"]["fn"] == 2


def test_empty_input():
    figures = evaluate([]).to_dict()
    assert figures["documents"] == 0 and figures["by_language"] == {}
    assert figures["entities"]["f1"] == 0.0


def test_scores_add_up_and_round_trip_through_counts(random_pairs):
    result = evaluate(random_pairs)
    summed = sum((d.scores for d in result.documents), Scores())
    assert summed.to_dict() == result.overall.to_dict()
    assert Scores.from_counts(summed.to_counts()).to_dict() == summed.to_dict()
    legacy = Scores()
    for gold, predicted in random_pairs:
        legacy.add(gold, predicted)
    assert legacy.to_dict() == result.overall.to_dict()


def test_dev_corpus_scored_against_itself_is_perfect(dev_documents):
    figures = evaluate(pair_documents(dev_documents, dev_documents).pairs).to_dict()
    for scores in (figures, *figures["by_language"].values()):
        assert all(scores[key]["f1"] == 1.0 for key in REQUIRED)
        assert scores["area"]["accuracy"] == scores["area"]["macro_f1"] == 1.0
        assert scores["figure_value_accuracy"] == scores["figure_unit_accuracy"] == 1.0
        assert scores["markers"]["level_accuracy"] == 1.0


def test_dev_corpus_perturbations_move_the_right_figures(dev_documents):
    from evaluation.perturb import perturb

    predicted = perturb(dev_documents, drop=0.5, shift=0.4, seed=3)
    figures = evaluate(pair_documents(dev_documents, predicted).pairs).to_dict()
    assert figures["entities"]["precision"] == 1.0
    assert 0.4 < figures["entities"]["recall"] < 0.6
    assert 0.5 < figures["area"]["accuracy"] < 0.7
    assert figures["clause_boundary"]["f1"] == 1.0 and figures["measure"]["f1"] == 1.0
