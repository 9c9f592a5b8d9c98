"""Scorers for clause areas and the measure flag, on the scheme's clause matching.

Each gold clause takes the predicted clause that overlaps it most (the earlier one
on a tie); a gold clause no predicted clause overlaps gets no label and counts as wrong.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from evaluation.prf import PRF
from nlp.types import Clause, Document


def match_clauses(gold: Document, predicted: Document) -> List[Tuple[Clause, Optional[Clause]]]:
    """Each gold clause with its most-overlapping predicted clause (or None). Linear time."""
    pairs = []
    candidates = predicted.clauses
    first = 0
    for clause in gold.clauses:
        while first < len(candidates) and candidates[first].end <= clause.start:
            first += 1
        best, best_overlap = None, 0
        index = first
        while index < len(candidates) and candidates[index].start < clause.end:
            overlap = min(clause.end, candidates[index].end) - max(clause.start, candidates[index].start)
            if overlap > best_overlap:
                best, best_overlap = candidates[index], overlap
            index += 1
        pairs.append((clause, best))
    return pairs


def area_pairs(gold: Document, predicted: Document) -> List[Tuple[str, Optional[str]]]:
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


def per_label_prf(pairs: Sequence[Tuple[str, Optional[str]]], labels: Sequence[str]) -> dict:
    """PRF per label from (gold, predicted) label pairs."""
    result = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(p == label and g != label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        result[label] = PRF(tp, fp, fn)
    return result


def area_scores(pairs: Sequence[Tuple[str, Optional[str]]]) -> dict:
    """Accuracy, macro F1 over the areas that occur in the gold, and per-area PRF."""
    labels = sorted({g for g, _ in pairs})
    per_area = per_label_prf(pairs, labels)
    correct = sum(g == p for g, p in pairs)
    return {
        "accuracy": correct / len(pairs) if pairs else 0.0,
        "macro_f1": sum(s.f1 for s in per_area.values()) / len(per_area) if per_area else 0.0,
        "clauses": len(pairs),
        "per_area": {label: score.to_dict() for label, score in per_area.items()},
    }
