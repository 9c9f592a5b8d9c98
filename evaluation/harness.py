"""Pair gold and predicted documents by id and score every element of the scheme.

``evaluate(pairs)`` gives an :class:`Evaluation`, overall and per language, whose
``to_dict()`` has the keys the ``policy-nlp evaluate --json`` output promises.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from evaluation.classification import area_pairs, area_scores, measure_prf
from evaluation.entities import figure_accuracy, partial_prf, strict_by_label, strict_prf
from evaluation.prf import PRF, Accuracy
from evaluation.segmentation import clause_boundary_prf, marker_level_accuracy, marker_prf, sentence_boundary_prf
from nlp.types import ENTITY_LABELS, Document

Pair = Tuple[Document, Document]


class EvaluationError(ValueError):
    """Gold and predictions that cannot be compared (named by document id)."""


@dataclass
class PairingReport:
    pairs: List[Pair]
    missing_predictions: List[str] = field(default_factory=list)
    unknown_predictions: List[str] = field(default_factory=list)


def pair_documents(gold: Iterable[Document], predicted: Iterable[Document]) -> PairingReport:
    """Match predictions to gold by id.

    A gold document with no prediction is scored against an empty prediction; a
    prediction whose id is not in the gold is left out and listed. Duplicate ids and
    different texts under one id raise :class:`EvaluationError`.
    """
    gold_by_id: Dict[str, Document] = OrderedDict()
    for document in gold:
        if document.id in gold_by_id:
            raise EvaluationError(f"duplicate id in gold: {document.id!r}")
        gold_by_id[document.id] = document
    predicted_by_id: Dict[str, Document] = {}
    unknown = []
    for document in predicted:
        if document.id in predicted_by_id:
            raise EvaluationError(f"duplicate id in predictions: {document.id!r}")
        predicted_by_id[document.id] = document
        if document.id not in gold_by_id:
            unknown.append(document.id)
    pairs, missing = [], []
    for doc_id, reference in gold_by_id.items():
        prediction = predicted_by_id.get(doc_id)
        if prediction is None:
            missing.append(doc_id)
            prediction = Document(text=reference.text, id=doc_id, lang=reference.lang, genre=reference.genre)
        elif prediction.text != reference.text:
            raise EvaluationError(f"document {doc_id!r}: the prediction's text differs from the gold text "
                                  f"(first difference at character {_first_difference(reference.text, prediction.text)})")
        pairs.append((reference, prediction))
    return PairingReport(pairs, missing, unknown)


def _first_difference(a: str, b: str) -> int:
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return index
    return min(len(a), len(b))


@dataclass
class Scores:
    """Every figure of the scheme's Scoring section for one set of document pairs."""

    documents: int = 0
    clause_boundary: PRF = PRF()
    sentence_boundary: PRF = PRF()
    markers: PRF = PRF()
    marker_level: Accuracy = Accuracy()
    measure: PRF = PRF()
    entities: PRF = PRF()
    entities_partial: PRF = PRF()
    entities_by_label: Dict[str, PRF] = field(default_factory=dict)
    figure_values: Accuracy = Accuracy()
    figure_units: Accuracy = Accuracy()
    area_pairs: List[Tuple[str, Optional[str]]] = field(default_factory=list)

    def add(self, gold: Document, predicted: Document) -> None:
        self.documents += 1
        self.clause_boundary += clause_boundary_prf(gold, predicted)
        self.sentence_boundary += sentence_boundary_prf(gold, predicted)
        self.markers += marker_prf(gold, predicted)
        self.marker_level += marker_level_accuracy(gold, predicted)
        self.measure += measure_prf(gold, predicted)
        self.entities += strict_prf(gold, predicted)
        self.entities_partial += partial_prf(gold, predicted)
        for label, score in strict_by_label(gold, predicted).items():
            self.entities_by_label[label] = self.entities_by_label.get(label, PRF()) + score
        values, units = figure_accuracy(gold, predicted)
        self.figure_values += values
        self.figure_units += units
        self.area_pairs.extend(area_pairs(gold, predicted))

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "clause_boundary": self.clause_boundary.to_dict(),
            "sentence_boundary": self.sentence_boundary.to_dict(),
            "markers": {**self.markers.to_dict(), "level_accuracy": self.marker_level.accuracy},
            "measure": self.measure.to_dict(),
            "area": area_scores(self.area_pairs),
            "entities": self.entities.to_dict(),
            "entities_partial": self.entities_partial.to_dict(),
            "entities_by_label": {label: self.entities_by_label.get(label, PRF()).to_dict() for label in ENTITY_LABELS},
            "figure_value_accuracy": self.figure_values.accuracy,
            "figure_unit_accuracy": self.figure_units.accuracy,
            "figures_matched": self.figure_values.total,
        }


@dataclass
class Evaluation:
    overall: Scores
    by_language: Dict[str, Scores]

    def to_dict(self) -> dict:
        return {**self.overall.to_dict(),
                "by_language": {lang: scores.to_dict() for lang, scores in sorted(self.by_language.items())}}


def evaluate(pairs: Sequence[Pair]) -> Evaluation:
    """Scores over all pairs and per gold language."""
    overall, by_language = Scores(), {}
    for gold, predicted in pairs:
        overall.add(gold, predicted)
        by_language.setdefault(gold.lang, Scores()).add(gold, predicted)
    return Evaluation(overall, by_language)
