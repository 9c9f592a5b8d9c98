import numpy as np
import pytest

from evaluation.bootstrap import (attach_intervals, evaluation_with_intervals, intervals, metric_paths,
                                  paired_bootstrap, resample_weights)
from evaluation.harness import Scores, evaluate, pair_documents
from evaluation.perturb import perturb


@pytest.fixture(scope="module")
def dev_scores(request):
    documents = request.getfixturevalue("dev_documents")
    worse = perturb(documents, drop=0.4, shift=0.4, flip=0.3, seed=1)
    better = perturb(documents, drop=0.1, shift=0.1, seed=2)
    score = lambda predicted: [Scores.of(g, p) for g, p in pair_documents(documents, predicted).pairs]
    return score(worse), score(better), score(documents)


def test_weights_draw_every_sample_in_full():
    weights = resample_weights(7, 50, seed=3)
    assert weights.shape == (50, 7)
    assert (weights.sum(axis=1) == 7).all()
    assert np.array_equal(weights, resample_weights(7, 50, seed=3))
    assert not np.array_equal(weights, resample_weights(7, 50, seed=4))


def test_intervals_are_reproducible_and_bracket_the_estimate(dev_scores):
    worse, _, _ = dev_scores
    first = intervals(worse, samples=200, seed=5)
    assert first == intervals(worse, samples=200, seed=5)
    assert first != intervals(worse, samples=200, seed=6)
    point = sum(worse, Scores()).to_dict()
    for path in [("entities", "f1"), ("area", "accuracy"), ("area", "macro_f1"), ("measure", "f1")]:
        low, high = first[path]
        value = point[path[0]][path[1]]
        assert low < value < high, path
    assert ("figure_value_accuracy",) in first and ("entities_by_label", "ORG", "f1") in first


def test_every_f1_and_accuracy_gets_an_interval(random_pairs):
    result = evaluate(random_pairs)
    figures = evaluation_with_intervals(result, samples=20, seed=0)
    for scores in (figures, *figures["by_language"].values()):
        assert "f1_ci" in scores["entities"] and "accuracy_ci" in scores["area"] and "macro_f1_ci" in scores["area"]
        assert "level_accuracy_ci" in scores["markers"] and "figure_unit_accuracy_ci" in scores
        assert all("f1_ci" in per_area for per_area in scores["area"]["per_area"].values())
    assert figures["bootstrap"] == {"samples": 20, "seed": 0, "confidence": 0.95, "unit": "document"}
    assert "confusion" not in {path[0] for path in metric_paths(figures)}


def test_no_documents_or_no_samples_give_no_intervals():
    assert intervals([], samples=100) == {}
    assert intervals([Scores()], samples=0) == {}
    assert attach_intervals({"a": {"f1": 1.0}}, {}) == {"a": {"f1": 1.0}}


def test_paired_bootstrap_finds_the_better_system(dev_scores):
    worse, better, _ = dev_scores
    found = {c.metric: c for c in paired_bootstrap(worse, better, samples=300, seed=0)}
    assert found["entities.f1"].significant and found["entities.f1"].verdict == "B is better"
    assert found["entities.f1"].low > 0
    swapped = {c.metric: c for c in paired_bootstrap(better, worse, samples=300, seed=0)}
    assert swapped["entities.f1"].difference == pytest.approx(-found["entities.f1"].difference)
    assert swapped["entities.f1"].verdict == "A is better"
    # identical figures: no difference at all
    assert not found["clause_boundary.f1"].significant and found["clause_boundary.f1"].p_value == 1.0


def test_paired_bootstrap_on_the_same_system_is_not_significant(dev_scores):
    worse, _, _ = dev_scores
    assert not any(c.significant for c in paired_bootstrap(worse, worse, samples=100, seed=0))


def test_paired_bootstrap_needs_the_same_documents(dev_scores):
    worse, better, _ = dev_scores
    with pytest.raises(ValueError, match="same documents"):
        paired_bootstrap(worse, better[:-1], samples=10)
