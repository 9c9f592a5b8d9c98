"""Scorers for entities: strict and partial matching, per label, and figure values.

Strict: exact span and label, counted over multisets (a prediction repeated twice
matches one gold entity once; the copy is a false positive). Partial: same label and
overlapping spans, one-to-one, with the largest possible number of matches.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

from evaluation.matching import max_overlap_matching
from evaluation.prf import PRF, Accuracy
from nlp.types import ENTITY_LABELS, Document, Entity

Key = Tuple[int, int, str]


def _key(entity: Entity) -> Key:
    return entity.start, entity.end, entity.label


def strict_prf(gold: Document, predicted: Document, label: str = "") -> PRF:
    """Exact span and label; restricted to ``label`` when given."""
    keep = (lambda e: e.label == label) if label else (lambda e: True)
    return PRF.from_items([_key(e) for e in gold.entities if keep(e)],
                          [_key(e) for e in predicted.entities if keep(e)])


def strict_by_label(gold: Document, predicted: Document) -> Dict[str, PRF]:
    """Strict PRF for every label of the scheme and any other label either side uses."""
    labels = list(ENTITY_LABELS) + sorted({e.label for e in gold.entities + predicted.entities} - set(ENTITY_LABELS))
    return {label: strict_prf(gold, predicted, label) for label in labels}


@dataclass(frozen=True)
class StrictAlignment:
    """Strictly matched (gold, predicted) entities, and those left on each side."""

    matched: Tuple[Tuple[Entity, Entity], ...]
    missed: Tuple[Entity, ...]
    spurious: Tuple[Entity, ...]


def strict_alignment(gold: Document, predicted: Document) -> StrictAlignment:
    """Pair entities with equal span and label, in text order, each used once."""
    waiting: Dict[Key, List[Entity]] = {}
    for entity in sorted(predicted.entities, key=_key):
        waiting.setdefault(_key(entity), []).append(entity)
    matched, missed = [], []
    for entity in sorted(gold.entities, key=_key):
        candidates = waiting.get(_key(entity))
        if candidates:
            matched.append((entity, candidates.pop(0)))
        else:
            missed.append(entity)
    spurious = sorted((e for group in waiting.values() for e in group), key=_key)
    return StrictAlignment(tuple(matched), tuple(missed), tuple(spurious))


def partial_matching(gold: Sequence[Entity], predicted: Sequence[Entity]) -> Dict[int, int]:
    """Largest one-to-one matching of same-label overlapping entities: ``{gold index: predicted index}``."""
    result: Dict[int, int] = {}
    for label in sorted({e.label for e in gold}):
        gold_index = [i for i, e in enumerate(gold) if e.label == label]
        predicted_index = [j for j, e in enumerate(predicted) if e.label == label]
        pairs = max_overlap_matching([gold[i] for i in gold_index], [predicted[j] for j in predicted_index])
        result.update({gold_index[i]: predicted_index[j] for i, j in pairs.items()})
    return result


def partial_prf(gold: Document, predicted: Document) -> PRF:
    """Same label and overlapping spans, each entity matched at most once (as many as possible)."""
    tp = len(partial_matching(gold.entities, predicted.entities))
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
    try:
        return math.isclose(float(gold_value), float(predicted_value), rel_tol=tolerance, abs_tol=1e-12)
    except (TypeError, ValueError):
        return False


def figure_accuracy(gold: Document, predicted: Document) -> Tuple[Accuracy, Accuracy]:
    """(value accuracy, unit accuracy) over strictly matched figures."""
    values = units = Accuracy()
    for entity, match in strict_alignment(gold, predicted).matched:
        if not entity.is_figure:
            continue
        values += Accuracy(int(values_equal(entity.value, match.value)), 1)
        units += Accuracy(int(entity.unit == match.unit), 1)
    return values, units

