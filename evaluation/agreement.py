"""Agreement between two annotations of the same texts.

Cohen's kappa on areas and on the measure flag (over A's clauses matched to B's as the
scheme matches gold to predictions), entity F1 with each side as reference (strict and
partial), and clause- and sentence-boundary F1.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Hashable, Sequence, Tuple

from evaluation.classification import match_clauses
from evaluation.entities import partial_prf, strict_prf
from evaluation.prf import PRF
from evaluation.segmentation import clause_boundary_prf, sentence_boundary_prf
from nlp.types import Document

NO_MATCH = "<none matched>"


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """Cohen's kappa of two label sequences of equal length.

    1.0 when both are constant and equal (where the formula divides by zero), 0.0 for
    empty sequences.

    Examples
    --------
    >>> cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    0.5
    """
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


@dataclass(frozen=True)
class Agreement:
    """Agreement figures of two annotations (A and B) of the same documents."""

    documents: int
    areas_a: Tuple[str, ...]
    areas_b: Tuple[str, ...]
    measures_a: Tuple[bool, ...]
    measures_b: Tuple[bool, ...]
    clause_boundary: PRF
    sentence_boundary: PRF
    entities_a_as_reference: PRF
    entities_b_as_reference: PRF
    entities_partial_a_as_reference: PRF

    @property
    def area_kappa(self) -> float:
        return cohen_kappa(self.areas_a, self.areas_b)

    @property
    def measure_kappa(self) -> float:
        return cohen_kappa(self.measures_a, self.measures_b)

    @staticmethod
    def _share(first: Sequence, second: Sequence) -> float:
        return sum(a == b for a, b in zip(first, second)) / len(first) if first else 0.0

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "clauses": len(self.areas_a),
            "area_kappa": self.area_kappa,
            "area_agreement": self._share(self.areas_a, self.areas_b),
            "measure_kappa": self.measure_kappa,
            "measure_agreement": self._share(self.measures_a, self.measures_b),
            "clause_boundary": self.clause_boundary.to_dict(),
            "sentence_boundary": self.sentence_boundary.to_dict(),
            "entities_a_as_reference": self.entities_a_as_reference.to_dict(),
            "entities_b_as_reference": self.entities_b_as_reference.to_dict(),
            "entities_partial": self.entities_partial_a_as_reference.to_dict(),
        }


def agreement(pairs: Sequence[Tuple[Document, Document]]) -> Agreement:
    """Agreement of (annotation A, annotation B) pairs of the same texts.

    Parameters
    ----------
    pairs : sequence of (Document, Document)
        A's and B's annotation of each text.

    Returns
    -------
    Agreement
        Kappas over A's clauses, each taking the label of B's most-overlapping clause
        (``"<none matched>"`` where none overlaps); entity and boundary PRF with A as
        reference (and B as reference for entities).
    """
    areas_a, areas_b, measures_a, measures_b = [], [], [], []
    clauses, sentences, a_ref, b_ref, partial = PRF(), PRF(), PRF(), PRF(), PRF()
    for first, second in pairs:
        for clause, match in match_clauses(first, second):
            areas_a.append(clause.area)
            areas_b.append(match.area if match is not None else NO_MATCH)
            measures_a.append(clause.measure)
            measures_b.append(bool(match is not None and match.measure))
        clauses += clause_boundary_prf(first, second)
        sentences += sentence_boundary_prf(first, second)
        a_ref += strict_prf(first, second)
        b_ref += strict_prf(second, first)
        partial += partial_prf(first, second)
    return Agreement(len(pairs), tuple(areas_a), tuple(areas_b), tuple(measures_a), tuple(measures_b),
                     clauses, sentences, a_ref, b_ref, partial)
