import pytest
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

from evaluation.classification import UNMATCHED, AreaScores, area_pairs, area_scores, match_clauses, measure_prf
from evaluation.prf import PRF
from tests.evaluation.conftest import make

TEXT = "abcdefghijklmnopqrst"


@pytest.mark.parametrize("gold, predicted, expected", [
    ([(0, 10, "brand", True, True)], [(0, 5, "finance", False, True), (5, 10, "customs", False, True)], ["finance"]),  # tie: earlier
    ([(0, 10, "brand", True, True)], [(0, 4, "finance", False, True), (4, 10, "customs", False, True)], ["customs"]),  # most overlap
    ([(0, 10, "brand", True, True)], [(12, 20, "brand", False, True)], [None]),                                          # none overlaps
    ([(0, 10, "brand", True, True), (10, 20, "none", False, True)], [(4, 20, "none", False, True), (0, 4, "brand", False, True)],
     ["none", "none"]),                                                                                                  # unsorted predictions
    ([], [(0, 20, "none", False, True)], []),
])
def test_each_gold_clause_takes_the_most_overlapping_prediction(gold, predicted, expected):
    pairs = match_clauses(make(TEXT, gold), make(TEXT, predicted))
    assert [p.area if p is not None else None for _, p in pairs] == expected


def test_unmatched_gold_clause_counts_as_wrong():
    scores = AreaScores.from_pairs([("brand", None), ("brand", "brand")])
    assert scores.accuracy == 0.5
    assert scores.per_area["brand"] == PRF(1, 0, 1)
    assert scores.to_dict()["confusion"] == {"brand": {"brand": 1, UNMATCHED: 1}}


def test_empty_area_scores():
    assert area_scores([]) == {"accuracy": 0.0, "macro_f1": 0.0, "clauses": 0, "per_area": {}, "confusion": {}}


def _labels(pairs):
    y_true, y_pred = [], []
    for gold, predicted in pairs:
        for g, p in area_pairs(gold, predicted):
            y_true.append(g)
            y_pred.append(p if p is not None else UNMATCHED)
    return y_true, y_pred


def test_area_figures_match_sklearn(random_pairs):
    y_true, y_pred = _labels(random_pairs)
    scores = AreaScores.from_pairs(pair for gold, predicted in random_pairs for pair in area_pairs(gold, predicted))
    assert scores.accuracy == pytest.approx(accuracy_score(y_true, y_pred))
    gold_labels = sorted(set(y_true))
    assert scores.macro_f1 == pytest.approx(f1_score(y_true, y_pred, labels=gold_labels, average="macro", zero_division=0))
    per_label = f1_score(y_true, y_pred, labels=gold_labels, average=None, zero_division=0)
    assert [scores.per_area[label].f1 for label in gold_labels] == pytest.approx(list(per_label))


@pytest.mark.parametrize("predicted_areas", [["finance", "finance"], ["brand", "none"]])
def test_everything_wrong_and_predicted_labels_outside_gold(predicted_areas):
    gold = make(TEXT, [(0, 10, "brand", True, True), (10, 20, "brand", False, True)])
    predicted = make(TEXT, [(0, 10, predicted_areas[0], False, True), (10, 20, predicted_areas[1], True, True)])
    y_true, y_pred = _labels([(gold, predicted)])
    scores = AreaScores.from_pairs(area_pairs(gold, predicted))
    assert scores.macro_f1 == pytest.approx(f1_score(y_true, y_pred, labels=["brand"], average="macro", zero_division=0))


def test_measure_prf_matches_sklearn(random_pairs):
    y_true, y_pred, total = [], [], PRF()
    for gold, predicted in random_pairs:
        for g, p in match_clauses(gold, predicted):
            y_true.append(g.measure)
            y_pred.append(bool(p is not None and p.measure))
        total += measure_prf(gold, predicted)
    precision, recall, f1, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
    assert (total.precision, total.recall, total.f1) == pytest.approx((precision, recall, f1))
