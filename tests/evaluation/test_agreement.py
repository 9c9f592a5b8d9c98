import random

import pytest
from sklearn.metrics import cohen_kappa_score

from evaluation.agreement import NO_MATCH, agreement, cohen_kappa
from evaluation.classification import match_clauses
from evaluation.perturb import perturb


@pytest.mark.parametrize("seed", range(5))
def test_kappa_matches_sklearn(seed):
    rng = random.Random(seed)
    first = [rng.choice("abcd") for _ in range(60)]
    second = [a if rng.random() < 0.6 else rng.choice("abcd") for a in first]
    assert cohen_kappa(first, second) == pytest.approx(cohen_kappa_score(first, second))


@pytest.mark.parametrize("first, second, expected", [
    ([], [], 0.0),
    (["a", "a"], ["a", "a"], 1.0),      # sklearn gives nan here
    (["a", "a"], ["b", "b"], 0.0),
    (["a", "b"], ["b", "a"], -1.0),
])
def test_kappa_edge_cases(first, second, expected):
    assert cohen_kappa(first, second) == expected


def test_kappa_needs_equal_lengths():
    with pytest.raises(ValueError, match="same length"):
        cohen_kappa(["a"], [])


def test_agreement_on_dev_matches_sklearn(dev_documents):
    other = perturb(dev_documents, drop=0.2, shift=0.3, flip=0.2, seed=4)
    pairs = list(zip(dev_documents, other))
    result = agreement(pairs).to_dict()
    areas_a, areas_b, measures_a, measures_b = [], [], [], []
    for a, b in pairs:
        for clause, match in match_clauses(a, b):
            areas_a.append(clause.area)
            areas_b.append(match.area if match else NO_MATCH)
            measures_a.append(clause.measure)
            measures_b.append(bool(match and match.measure))
    assert result["area_kappa"] == pytest.approx(cohen_kappa_score(areas_a, areas_b))
    assert result["measure_kappa"] == pytest.approx(cohen_kappa_score(measures_a, measures_b))
    a_ref, b_ref = result["entities_a_as_reference"], result["entities_b_as_reference"]
    assert a_ref["precision"] == b_ref["recall"] == 1.0 and a_ref["f1"] == pytest.approx(b_ref["f1"])
    assert result["clause_boundary"]["f1"] == result["sentence_boundary"]["f1"] == 1.0
    assert result["documents"] == len(dev_documents) and result["clauses"] == len(areas_a)


def test_agreement_of_nothing():
    result = agreement([]).to_dict()
    assert result["documents"] == 0 and result["area_kappa"] == 0.0 and result["area_agreement"] == 0.0
