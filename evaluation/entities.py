"""Scorers for entities: strict and partial matching, per label, and figure values."""
from __future__ import annotations

import math
from typing import Dict, Tuple

from evaluation.prf import PRF, Accuracy
from nlp.types import ENTITY_LABELS, Document, Entity


def strict_prf(gold: Document, predicted: Document, label: str = "") -> PRF:
    """Exact span and label; restricted to ``label`` when given."""
    keep = (lambda e: e.label == label) if label else (lambda e: True)
    return PRF.from_sets({(e.start, e.end, e.label) for e in gold.entities if keep(e)},
                         {(e.start, e.end, e.label) for e in predicted.entities if keep(e)})


def strict_by_label(gold: Document, predicted: Document) -> Dict[str, PRF]:
    return {label: strict_prf(gold, predicted, label) for label in ENTITY_LABELS}


def partial_prf(gold: Document, predicted: Document) -> PRF:
    """Same label and overlapping spans, each entity matched at most once (in text order)."""
    unmatched = sorted(predicted.entities, key=lambda e: (e.start, e.end))
    used = set()
    tp = 0
    for entity in sorted(gold.entities, key=lambda e: (e.start, e.end)):
        for index, candidate in enumerate(unmatched):
            if index in used or candidate.label != entity.label:
                continue
            if candidate.start < entity.end and entity.start < candidate.end:
                used.add(index)
                tp += 1
                break
    return PRF(tp, len(predicted.entities) - tp, len(gold.entities) - tp)


def values_equal(gold_value, predicted_value, tolerance: float = 1e-6) -> bool:
    """Equal within a relative tolerance; ranges element-wise."""
    if isinstance(gold_value, (list, tuple)) or isinstance(predicted_value, (list, tuple)):
        if not (isinstance(gold_value, (list, tuple)) and isinstance(predicted_value, (list, tuple))):
            return False
        return len(gold_value) == len(predicted_value) and all(
            values_equal(g, p, tolerance) for g, p in zip(gold_value, predicted_value))
    if gold_value is None or predicted_value is None:
        return gold_value is None and predicted_value is None
    return math.isclose(float(gold_value), float(predicted_value), rel_tol=tolerance, abs_tol=1e-12)


def figure_accuracy(gold: Document, predicted: Document) -> Tuple[Accuracy, Accuracy]:
    """(value accuracy, unit accuracy) over strictly matched figures."""
    by_span: Dict[Tuple[int, int, str], Entity] = {(e.start, e.end, e.label): e for e in predicted.entities}
    values = units = Accuracy()
    for entity in gold.entities:
        if not entity.is_figure:
            continue
        match = by_span.get((entity.start, entity.end, entity.label))
        if match is None:
            continue
        values += Accuracy(int(values_equal(entity.value, match.value)), 1)
        units += Accuracy(int(entity.unit == match.unit), 1)
    return values, units
