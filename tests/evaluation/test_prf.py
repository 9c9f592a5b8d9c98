import pytest

from evaluation.prf import PRF, Accuracy


@pytest.mark.parametrize("gold, predicted, expected", [
    ([], [], PRF(0, 0, 0)),
    ([1, 2], [], PRF(0, 0, 2)),
    ([], [1], PRF(0, 1, 0)),
    ([1, 2, 3], [2, 3, 4], PRF(2, 1, 1)),
    ([1], [1, 1], PRF(1, 1, 0)),          # a repeated prediction is a false positive
    ([1, 1], [1], PRF(1, 0, 1)),
])
def test_prf_from_items_counts_multisets(gold, predicted, expected):
    assert PRF.from_items(gold, predicted) == expected


@pytest.mark.parametrize("score, precision, recall, f1", [
    (PRF(0, 0, 0), 0.0, 0.0, 0.0),
    (PRF(0, 3, 0), 0.0, 0.0, 0.0),
    (PRF(1, 1, 0), 0.5, 1.0, 2 / 3),
    (PRF(3, 1, 2), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
])
def test_prf_scores(score, precision, recall, f1):
    assert (score.precision, score.recall) == (precision, recall)
    assert score.f1 == pytest.approx(f1)
    assert score.to_dict()["f1"] == pytest.approx(f1)


def test_prf_and_accuracy_add_up():
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)
    assert (Accuracy(1, 2) + Accuracy(3, 4)).accuracy == pytest.approx(4 / 6)
    assert Accuracy().accuracy == 0.0
