"""Pair gold and predicted documents by id and score every element of the scheme.

``evaluate(pairs)`` gives an :class:`Evaluation`, overall and per language, whose
``to_dict()`` has the keys the ``policy-nlp evaluate --json`` output promises.
"""
from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from evaluation.classification import AreaScores, area_pairs, measure_prf
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


PRF_FIELDS = ("clause_boundary", "sentence_boundary", "markers", "measure", "entities", "entities_partial")
ACCURACY_FIELDS = ("marker_level", "figure_values", "figure_units")


@dataclass
class Scores:
    """Every figure of the scheme's Scoring section for one set of document pairs.

    Only counts are kept, so scores of single documents add up to the scores of a
    corpus (``sum(per_document, Scores())``), which is what the bootstrap resamples.
    """

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
    area_confusion: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, gold: Document, predicted: Document) -> "Scores":
        """The scores of one (gold, predicted) document pair."""
        values, units = figure_accuracy(gold, predicted)
        return cls(
            documents=1,
            clause_boundary=clause_boundary_prf(gold, predicted),
            sentence_boundary=sentence_boundary_prf(gold, predicted),
            markers=marker_prf(gold, predicted),
            marker_level=marker_level_accuracy(gold, predicted),
            measure=measure_prf(gold, predicted),
            entities=strict_prf(gold, predicted),
            entities_partial=partial_prf(gold, predicted),
            entities_by_label={label: score for label, score in strict_by_label(gold, predicted).items()
                               if label in ENTITY_LABELS or score != PRF()},
            figure_values=values,
            figure_units=units,
            area_confusion=Counter(area_pairs(gold, predicted)),
        )

    def add(self, gold: Document, predicted: Document) -> None:
        """Add one document pair's counts in place."""
        total = self + Scores.of(gold, predicted)
        self.__dict__.update(total.__dict__)

    def __add__(self, other: "Scores") -> "Scores":
        by_label = dict(self.entities_by_label)
        for label, score in other.entities_by_label.items():
            by_label[label] = by_label.get(label, PRF()) + score
        return Scores(
            documents=self.documents + other.documents,
            **{name: getattr(self, name) + getattr(other, name) for name in PRF_FIELDS + ACCURACY_FIELDS},
            entities_by_label=by_label,
            area_confusion=self.area_confusion + other.area_confusion,
        )

    @property
    def area_pairs(self) -> List[Tuple[str, Optional[str]]]:
        """(gold area, predicted area or None) for every gold clause, grouped by pair."""
        return [pair for pair, n in sorted(self.area_confusion.items(), key=lambda item: (item[0][0], item[0][1] or ""))
                for _ in range(n)]

    @property
    def area(self) -> AreaScores:
        return AreaScores(dict(self.area_confusion))

    # --- flat counts, for resampling -----------------------------------------------
    def to_counts(self) -> Dict[str, int]:
        """Every count under a flat name (``entities.tp``, ``area\tfinance\tbrand`` ...)."""
        counts = {"documents": self.documents}
        for name in PRF_FIELDS:
            counts.update(_prf_counts(name, getattr(self, name)))
        for name in ACCURACY_FIELDS:
            score = getattr(self, name)
            counts[f"{name}.correct"], counts[f"{name}.total"] = score.correct, score.total
        for label, score in self.entities_by_label.items():
            counts.update(_prf_counts(f"entities_by_label.{label}", score))
        for (g, p), n in self.area_confusion.items():
            counts[f"area\t{g}\t{'' if p is None else p}"] = n
        return counts

    @classmethod
    def from_counts(cls, counts: Mapping[str, int]) -> "Scores":
        """The inverse of :meth:`to_counts`."""
        by_label: Dict[str, Dict[str, int]] = {}
        confusion: Counter = Counter()
        for key, n in counts.items():
            if key.startswith("area\t"):
                _, g, p = key.split("\t")
                if n:
                    confusion[(g, p or None)] = int(n)
            elif key.startswith("entities_by_label."):
                label, part = key[len("entities_by_label."):].rsplit(".", 1)
                by_label.setdefault(label, {})[part] = int(n)

        def prf(name: str) -> PRF:
            return PRF(int(counts.get(f"{name}.tp", 0)), int(counts.get(f"{name}.fp", 0)), int(counts.get(f"{name}.fn", 0)))

        def accuracy(name: str) -> Accuracy:
            return Accuracy(int(counts.get(f"{name}.correct", 0)), int(counts.get(f"{name}.total", 0)))

        return cls(documents=int(counts.get("documents", 0)),
                   **{name: prf(name) for name in PRF_FIELDS},
                   **{name: accuracy(name) for name in ACCURACY_FIELDS},
                   entities_by_label={label: PRF(parts.get("tp", 0), parts.get("fp", 0), parts.get("fn", 0))
                                      for label, parts in by_label.items()},
                   area_confusion=confusion)

    def to_dict(self) -> dict:
        labels = list(ENTITY_LABELS) + sorted(set(self.entities_by_label) - set(ENTITY_LABELS))
        return {
            "documents": self.documents,
            "clause_boundary": self.clause_boundary.to_dict(),
            "sentence_boundary": self.sentence_boundary.to_dict(),
            "markers": {**self.markers.to_dict(), "level_accuracy": self.marker_level.accuracy},
            "measure": self.measure.to_dict(),
            "area": self.area.to_dict(),
            "entities": self.entities.to_dict(),
            "entities_partial": self.entities_partial.to_dict(),
            "entities_by_label": {label: self.entities_by_label.get(label, PRF()).to_dict() for label in labels},
            "figure_value_accuracy": self.figure_values.accuracy,
            "figure_unit_accuracy": self.figure_units.accuracy,
            "figures_matched": self.figure_values.total,
        }


def _prf_counts(name: str, score: PRF) -> Dict[str, int]:
    return {f"{name}.tp": score.tp, f"{name}.fp": score.fp, f"{name}.fn": score.fn}


@dataclass(frozen=True)
class DocumentScores:
    """The scores of one document pair, with the gold document's id and language."""

    id: str
    lang: str
    scores: Scores


@dataclass
class Evaluation:
    """Scores overall and per gold language, and per document for resampling."""

    overall: Scores
    by_language: Dict[str, Scores]
    documents: List[DocumentScores] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {**self.overall.to_dict(),
                "by_language": {lang: scores.to_dict() for lang, scores in sorted(self.by_language.items())}}


def evaluate(pairs: Sequence[Pair]) -> Evaluation:
    """Scores over all pairs and per gold language.

    Parameters
    ----------
    pairs : sequence of (Document, Document)
        (gold, predicted) pairs of the same texts, as :func:`pair_documents` makes them.

    Returns
    -------
    Evaluation
        ``to_dict()`` gives the figures of ``policy-nlp evaluate --json``.

    Examples
    --------
    >>> from nlp.types import Document, Entity
    >>> gold = Document("Guangzhou", id="a", entities=(Entity(0, 9, "GPE"),))
    >>> evaluate([(gold, gold)]).to_dict()["entities"]["f1"]
    1.0
    """
    per_document = [DocumentScores(gold.id, gold.lang, Scores.of(gold, predicted)) for gold, predicted in pairs]
    overall, by_language = Scores(), {}
    for item in per_document:
        overall = overall + item.scores
        by_language[item.lang] = by_language.get(item.lang, Scores()) + item.scores
    return Evaluation(overall, by_language, per_document)
