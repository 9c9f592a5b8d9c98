"""Error analysis with context: wrong areas (most confident first), missed and spurious
entities, and wrong figure values, for a person to read in the report."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from evaluation.classification import match_clauses
from evaluation.entities import strict_alignment, values_equal
from nlp.types import Document, Entity, Span

Pair = Tuple[Document, Document]


@dataclass(frozen=True)
class Context:
    """A span of a document with the text around it (the text itself, unaltered)."""

    doc_id: str
    start: int
    end: int
    before: str
    span: str
    after: str

    @classmethod
    def of(cls, document: Document, span: Span, window: int = 40) -> "Context":
        text = document.text
        return cls(document.id, span.start, span.end, text[max(0, span.start - window):span.start],
                   text[span.start:span.end], text[span.end:span.end + window])

    def to_dict(self) -> dict:
        return {"id": self.doc_id, "start": self.start, "end": self.end,
                "before": self.before, "span": self.span, "after": self.after}


@dataclass(frozen=True)
class AreaError:
    """A gold clause whose matched predicted clause has another area (or none matched)."""

    context: Context
    gold: str
    predicted: Optional[str]
    confidence: Optional[float]

    def to_dict(self) -> dict:
        return {**self.context.to_dict(), "gold": self.gold, "predicted": self.predicted,
                "confidence": self.confidence}


@dataclass(frozen=True)
class EntityError:
    """A missed gold entity or a spurious prediction, with what overlaps it on the other side."""

    context: Context
    label: str
    overlapping: Tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {**self.context.to_dict(), "label": self.label, "overlapping": list(self.overlapping)}


@dataclass(frozen=True)
class FigureError:
    """A strictly matched figure with a wrong value or unit."""

    context: Context
    label: str
    gold_value: object
    predicted_value: object
    gold_unit: Optional[str]
    predicted_unit: Optional[str]

    def to_dict(self) -> dict:
        value = (lambda v: list(v) if isinstance(v, tuple) else v)
        return {**self.context.to_dict(), "label": self.label, "gold_value": value(self.gold_value),
                "predicted_value": value(self.predicted_value), "gold_unit": self.gold_unit,
                "predicted_unit": self.predicted_unit}


@dataclass(frozen=True)
class ErrorAnalysis:
    """The first ``limit`` errors of each kind, and how many there are in all."""

    wrong_areas: Tuple[AreaError, ...] = ()
    missed_entities: Tuple[EntityError, ...] = ()
    spurious_entities: Tuple[EntityError, ...] = ()
    wrong_figures: Tuple[FigureError, ...] = ()
    totals: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"totals": dict(self.totals),
                "wrong_areas": [e.to_dict() for e in self.wrong_areas],
                "missed_entities": [e.to_dict() for e in self.missed_entities],
                "spurious_entities": [e.to_dict() for e in self.spurious_entities],
                "wrong_figures": [e.to_dict() for e in self.wrong_figures]}


def _describe(entity: Entity, document: Document) -> str:
    return f"{entity.label} [{entity.start}, {entity.end}) {document.span_text(entity)!r}"


def _overlapping(entity: Entity, others: Sequence[Entity], document: Document) -> Tuple[str, ...]:
    return tuple(_describe(o, document) for o in others if o.start < entity.end and entity.start < o.end)


def area_errors(gold: Document, predicted: Document, window: int = 40) -> List[AreaError]:
    """Wrong areas of one document; confidence is the predicted clause's score for its area."""
    errors = []
    for clause, match in match_clauses(gold, predicted):
        area = match.area if match is not None else None
        if area == clause.area:
            continue
        confidence = None
        if match is not None and match.area_scores:
            score = match.area_scores.get(area)
            confidence = float(score) if isinstance(score, (int, float)) else None
        errors.append(AreaError(Context.of(gold, clause, window), clause.area, area, confidence))
    return errors


def entity_errors(gold: Document, predicted: Document, window: int = 40) -> Tuple[List[EntityError], List[EntityError]]:
    """(missed, spurious) entities of one document under strict matching."""
    alignment = strict_alignment(gold, predicted)
    missed = [EntityError(Context.of(gold, e, window), e.label, _overlapping(e, alignment.spurious, gold))
              for e in alignment.missed]
    spurious = [EntityError(Context.of(gold, e, window), e.label, _overlapping(e, alignment.missed, gold))
                for e in alignment.spurious]
    return missed, spurious


def figure_errors(gold: Document, predicted: Document, window: int = 40) -> List[FigureError]:
    """Strictly matched figures whose value or unit differs from the gold."""
    return [FigureError(Context.of(gold, g, window), g.label, g.value, p.value, g.unit, p.unit)
            for g, p in strict_alignment(gold, predicted).matched
            if g.is_figure and not (values_equal(g.value, p.value) and g.unit == p.unit)]


def analyse_errors(pairs: Sequence[Pair], *, limit: int = 25, window: int = 40) -> ErrorAnalysis:
    """Errors of every kind over (gold, predicted) pairs, the most confident wrong areas first.

    Parameters
    ----------
    pairs : sequence of (Document, Document)
        (gold, predicted) pairs of the same texts.
    limit : int
        How many errors of each kind to keep (all are counted in ``totals``).
    window : int
        Characters of context on each side.
    """
    areas: List[AreaError] = []
    missed: List[EntityError] = []
    spurious: List[EntityError] = []
    figures: List[FigureError] = []
    for gold, predicted in pairs:
        areas.extend(area_errors(gold, predicted, window))
        document_missed, document_spurious = entity_errors(gold, predicted, window)
        missed.extend(document_missed)
        spurious.extend(document_spurious)
        figures.extend(figure_errors(gold, predicted, window))
    ranked = sorted(enumerate(areas), key=lambda item: (item[1].confidence is None, -(item[1].confidence or 0.0), item[0]))
    totals = {"wrong_areas": len(areas), "missed_entities": len(missed), "spurious_entities": len(spurious),
              "wrong_figures": len(figures)}
    return ErrorAnalysis(tuple(e for _, e in ranked[:limit]), tuple(missed[:limit]), tuple(spurious[:limit]),
                         tuple(figures[:limit]), totals)
