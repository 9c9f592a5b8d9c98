"""Agreement between two annotations of the same texts.

Cohen's kappa on areas and on the measure flag (over A's clauses matched to B's as the
scheme matches gold to predictions), strict entity F1 with each side as reference,
and clause-boundary F1.
"""
from __future__ import annotations

from collections import Counter
from typing import Hashable, Sequence, Tuple

from evaluation.classification import match_clauses
from evaluation.entities import strict_prf
from evaluation.prf import PRF
from evaluation.segmentation import clause_boundary_prf
from nlp.types import Document


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """Cohen's kappa of two label sequences of equal length (1.0 when both are constant and equal)."""
    if len(first) != len(second):
        raise ValueError("kappa needs two label sequences of the same length")
    if not first:
        return 0.0
    total = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / total
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[label] * counts_b[label] for label in counts_a) / (total * total)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def agreement(pairs: Sequence[Tuple[Document, Document]]) -> dict:
    """Agreement figures for (annotation A, annotation B) pairs of the same texts."""
    areas_a, areas_b, measures_a, measures_b = [], [], [], []
    boundaries, entities_a_ref, entities_b_ref = PRF(), PRF(), PRF()
    for first, second in pairs:
        for clause, match in match_clauses(first, second):
            areas_a.append(clause.area)
            areas_b.append(match.area if match is not None else "<none matched>")
            measures_a.append(clause.measure)
            measures_b.append(bool(match is not None and match.measure))
        boundaries += clause_boundary_prf(first, second)
        entities_a_ref += strict_prf(first, second)
        entities_b_ref += strict_prf(second, first)
    return {
        "documents": len(pairs),
        "clauses": len(areas_a),
        "area_kappa": cohen_kappa(areas_a, areas_b),
        "area_agreement": sum(a == b for a, b in zip(areas_a, areas_b)) / len(areas_a) if areas_a else 0.0,
        "measure_kappa": cohen_kappa(measures_a, measures_b),
        "clause_boundary": boundaries.to_dict(),
        "entities_a_as_reference": entities_a_ref.to_dict(),
        "entities_b_as_reference": entities_b_ref.to_dict(),
    }
