"""Scorers for clause areas and the measure flag, on the scheme's clause matching.

Each gold clause takes the predicted clause that overlaps it most (the earlier one
on a tie); a gold clause no predicted clause overlaps gets no label and counts as wrong.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from evaluation.prf import PRF
from nlp.types import Clause, Document

UNMATCHED = "<unmatched>"
"""The predicted area of a gold clause that no predicted clause overlaps (always wrong)."""

AreaPair = Tuple[str, Optional[str]]


def match_clauses(gold: Document, predicted: Document) -> List[Tuple[Clause, Optional[Clause]]]:
    """Each gold clause with its most-overlapping predicted clause (or None). Linear time."""
    candidates = sorted(predicted.clauses, key=lambda c: (c.start, c.end))
    best_of: Dict[int, Optional[Clause]] = {}
    first = 0
    for number, clause in sorted(enumerate(gold.clauses), key=lambda item: (item[1].start, item[1].end)):
        while first < len(candidates) and candidates[first].end <= clause.start:
            first += 1
        best, best_overlap = None, 0
        index = first
        while index < len(candidates) and candidates[index].start < clause.end:
            overlap = min(clause.end, candidates[index].end) - max(clause.start, candidates[index].start)
            if overlap > best_overlap:
                best, best_overlap = candidates[index], overlap
            index += 1
        best_of[number] = best
    return [(clause, best_of[number]) for number, clause in enumerate(gold.clauses)]


def area_pairs(gold: Document, predicted: Document) -> List[AreaPair]:
    """(gold area, predicted area or None) for every gold clause."""
    return [(g.area, p.area if p is not None else None) for g, p in match_clauses(gold, predicted)]


def measure_prf(gold: Document, predicted: Document) -> PRF:
    """Precision, recall and F1 of the measure flag over matched clauses."""
    tp = fp = fn = 0
    for g, p in match_clauses(gold, predicted):
        said = p is not None and p.measure
        tp += g.measure and said
        fp += said and not g.measure
        fn += g.measure and not said
    return PRF(tp, fp, fn)


def per_label_prf(pairs: Sequence[AreaPair], labels: Sequence[str]) -> Dict[str, PRF]:
    """PRF per label from (gold, predicted) label pairs."""
    return AreaScores.from_pairs(pairs).prf_of(labels)


@dataclass(frozen=True)
class AreaScores:
    """Area figures from a confusion count of (gold area, predicted area) pairs.

    A predicted area of ``None`` (no overlapping predicted clause) is always wrong.
    Macro F1 averages over the areas that occur in the gold, as the scheme says.
    """

    confusion: Mapping[AreaPair, int] = field(default_factory=dict)

    @classmethod
    def from_pairs(cls, pairs: Iterable[AreaPair]) -> "AreaScores":
        return cls(dict(Counter(pairs)))

    @property
    def clauses(self) -> int:
        return sum(self.confusion.values())

    @property
    def labels(self) -> List[str]:
        """The areas that occur in the gold, sorted."""
        return sorted({g for (g, _), n in self.confusion.items() if n})

    @property
    def accuracy(self) -> float:
        total = self.clauses
        return sum(n for (g, p), n in self.confusion.items() if g == p) / total if total else 0.0

    def prf_of(self, labels: Sequence[str]) -> Dict[str, PRF]:
        result = {}
        for label in labels:
            tp = fp = fn = 0
            for (g, p), n in self.confusion.items():
                tp += n * (g == label and p == label)
                fp += n * (p == label and g != label)
                fn += n * (g == label and p != label)
            result[label] = PRF(tp, fp, fn)
        return result

    @property
    def per_area(self) -> Dict[str, PRF]:
        return self.prf_of(self.labels)

    @property
    def macro_f1(self) -> float:
        per_area = self.per_area
        return sum(s.f1 for s in per_area.values()) / len(per_area) if per_area else 0.0

    def matrix(self, labels: Sequence[str]) -> List[List[int]]:
        """Counts with gold areas as rows and ``labels`` plus unmatched as columns."""
        return [[self.confusion.get((g, p), 0) for p in list(labels) + [None]] for g in labels]

    def to_dict(self) -> dict:
        confusion: Dict[str, Dict[str, int]] = {}
        for (g, p), n in sorted(self.confusion.items(), key=lambda item: (item[0][0], item[0][1] or "")):
            if n:
                confusion.setdefault(g, {})[p if p is not None else UNMATCHED] = n
        return {
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "clauses": self.clauses,
            "per_area": {label: score.to_dict() for label, score in self.per_area.items()},
            "confusion": confusion,
        }


def area_scores(pairs: Sequence[AreaPair]) -> dict:
    """Accuracy, macro F1 over the areas that occur in the gold, and per-area PRF."""
    return AreaScores.from_pairs(pairs).to_dict()
