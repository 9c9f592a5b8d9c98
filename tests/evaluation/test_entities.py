import numpy as np
import pytest
from nervaluate import Evaluator
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_bipartite_matching
from seqeval.metrics import classification_report
from seqeval.metrics import f1_score as seqeval_f1
from seqeval.scheme import IOB2

from evaluation.entities import figure_accuracy, partial_prf, strict_alignment, strict_by_label, strict_prf, values_equal
from evaluation.matching import overlaps
from evaluation.prf import PRF, Accuracy
from tests.evaluation.conftest import LABELS, make

TEXT = "x" * 40


def char_bio(document):
    """One BIO tag per character: an independent view of the spans for seqeval."""
    tags = ["O"] * len(document.text)
    for entity in document.entities:
        tags[entity.start] = f"B-{entity.label}"
        for index in range(entity.start + 1, entity.end):
            tags[index] = f"I-{entity.label}"
    return tags


def test_strict_micro_and_per_label_f1_match_seqeval(random_pairs):
    y_true = [char_bio(gold) for gold, _ in random_pairs]
    y_pred = [char_bio(predicted) for _, predicted in random_pairs]
    total = sum((strict_prf(g, p) for g, p in random_pairs), PRF())
    assert total.tp > 50 and total.fp > 50 and total.fn > 50  # the fixture exercises every count
    assert total.f1 == pytest.approx(seqeval_f1(y_true, y_pred, mode="strict", scheme=IOB2))
    report = classification_report(y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    for label in LABELS:
        by_label = sum((strict_by_label(g, p)[label] for g, p in random_pairs), PRF())
        assert by_label.f1 == pytest.approx(report[label]["f1-score"]), label
        assert by_label.tp + by_label.fn == report[label]["support"]


def _nervaluate(pairs):
    # nervaluate's ends are inclusive
    as_dicts = lambda document: [{"label": e.label, "start": e.start, "end": e.end - 1} for e in document.entities]
    evaluator = Evaluator([as_dicts(g) for g, _ in pairs], [as_dicts(p) for _, p in pairs], tags=list(LABELS), loader="dict")
    return evaluator.evaluate()["overall"]


def test_strict_matches_nervaluate(random_pairs):
    pairs = [(g, p) for g, p in random_pairs if g.entities or p.entities]
    result = _nervaluate(pairs)["strict"]
    total = sum((strict_prf(g, p) for g, p in pairs), PRF())
    assert (total.precision, total.recall, total.f1) == pytest.approx((result.precision, result.recall, result.f1))


def _one_to_one_overlaps(gold, predicted):
    """True when every entity overlaps at most one on the other side (all matchings then agree)."""
    return (all(sum(overlaps(g, p) for p in predicted.entities) <= 1 for g in gold.entities)
            and all(sum(overlaps(g, p) for g in gold.entities) <= 1 for p in predicted.entities))


def test_partial_matches_nervaluate_entity_type_matching(random_pairs):
    pairs = [(g, p) for g, p in random_pairs if (g.entities or p.entities) and _one_to_one_overlaps(g, p)]
    assert len(pairs) > 50
    result = _nervaluate(pairs)["ent_type"]
    total = sum((partial_prf(g, p) for g, p in pairs), PRF())
    assert (total.precision, total.recall, total.f1) == pytest.approx((result.precision, result.recall, result.f1))


def test_partial_with_overlapping_predictions_is_a_maximum_matching(overlapping_pairs):
    for gold, predicted in overlapping_pairs:
        expected = 0
        for label in LABELS:
            g = [e for e in gold.entities if e.label == label]
            p = [e for e in predicted.entities if e.label == label]
            if g and p:
                graph = csr_matrix(np.array([[int(overlaps(a, b)) for b in p] for a in g]))
                expected += int((maximum_bipartite_matching(graph, perm_type="column") >= 0).sum())
        assert partial_prf(gold, predicted) == PRF(expected, len(predicted.entities) - expected,
                                                   len(gold.entities) - expected)


@pytest.mark.parametrize("gold, predicted, strict, partial", [
    ([], [], PRF(), PRF()),                                                            # empty
    ([(0, 5, "ORG")], [], PRF(0, 0, 1), PRF(0, 0, 1)),                                  # no predictions
    ([], [(0, 5, "ORG")], PRF(0, 1, 0), PRF(0, 1, 0)),
    ([(0, 5, "ORG"), (6, 9, "GPE")], [(0, 4, "GPE"), (7, 9, "ORG")], PRF(0, 2, 2), PRF(0, 2, 2)),  # everything wrong
    ([(0, 5, "ORG")], [(0, 5, "ORG"), (0, 5, "ORG")], PRF(1, 1, 0), PRF(1, 1, 0)),     # duplicate prediction
    ([(0, 5, "ORG")], [(0, 3, "ORG"), (2, 5, "ORG")], PRF(0, 2, 1), PRF(1, 1, 0)),     # overlapping predictions
    ([(0, 10, "ORG"), (12, 20, "ORG")], [(0, 15, "ORG"), (5, 8, "ORG")], PRF(0, 2, 2), PRF(2, 0, 0)),  # greedy would find 1
    ([(0, 5, "ORG")], [(5, 9, "ORG")], PRF(0, 1, 1), PRF(0, 1, 1)),                    # touching is not overlapping
])
def test_entity_edge_cases(gold, predicted, strict, partial):
    g, p = make(TEXT, entities=gold), make(TEXT, entities=predicted)
    assert strict_prf(g, p) == strict
    assert partial_prf(g, p) == partial


def test_strict_alignment_lists_missed_and_spurious():
    g = make(TEXT, entities=[(0, 5, "ORG"), (6, 9, "GPE")])
    p = make(TEXT, entities=[(0, 5, "ORG"), (6, 9, "DATE")])
    alignment = strict_alignment(g, p)
    assert [(m.start, m.label) for m, _ in alignment.matched] == [(0, "ORG")]
    assert [(e.start, e.label) for e in alignment.missed] == [(6, "GPE")]
    assert [(e.start, e.label) for e in alignment.spurious] == [(6, "DATE")]


def test_labels_outside_the_scheme_are_scored_too():
    p = make(TEXT, entities=[(0, 5, "PERSON")])
    assert strict_by_label(make(TEXT), p)["PERSON"] == PRF(0, 1, 0)


@pytest.mark.parametrize("gold, predicted, equal", [
    (3370000000, 3370000000.0, True),
    (3370000000, 3370000001, True),          # within 1e-6 relative
    (100, 100.001, False),
    (0, 0.0, True),
    ((60, 70), [60, 70], True),
    ((60, 70), (60, 71), False),
    ((60, 70), 60, False),
    (None, None, True),
    (5, None, False),
    (5, "five", False),
])
def test_values_equal(gold, predicted, equal):
    assert values_equal(gold, predicted) is equal


def test_figure_accuracy_on_strict_matches_only():
    g = make(TEXT, entities=[(0, 5, "MONEY", 5e6, "CNY"), (6, 9, "PERCENT", 41.5, "%"), (10, 12, "ORG"),
                             (13, 15, "CARDINAL", 3.0)])
    p = make(TEXT, entities=[(0, 5, "MONEY", 5e6, "USD"), (6, 9, "PERCENT", 40.0, "%"), (10, 12, "ORG"),
                             (13, 16, "CARDINAL", 3.0)])
    assert figure_accuracy(g, p) == (Accuracy(1, 2), Accuracy(1, 2))
