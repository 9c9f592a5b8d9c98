"""Shared record types of the annotation scheme: documents, clauses, markers, entities.

Frozen dataclasses with ``to_dict()`` / ``from_dict()`` in the scheme's JSONL record
format (``../shared/ANNOTATION_SCHEME.md``), so gold corpora and predictions share
one representation.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterator, Mapping, Optional, Tuple, Union

AREAS: Tuple[str, ...] = (
    "supply_chain", "brand", "customs", "digital_trade", "cluster", "finance",
    "culture_tourism", "ip_protection", "environment", "none",
)
LANGS: Tuple[str, ...] = ("en", "zh", "mixed")
GENRES: Tuple[str, ...] = ("policy", "news")
NAME_LABELS: Tuple[str, ...] = ("ORG", "GPE", "DATE")
FIGURE_LABELS: Tuple[str, ...] = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
ENTITY_LABELS: Tuple[str, ...] = NAME_LABELS + FIGURE_LABELS
CURRENCIES: Tuple[str, ...] = ("CNY", "USD", "HKD", "EUR")
QUANTITY_UNITS: Tuple[str, ...] = (
    "m2", "km2", "ha", "mu", "t", "kg", "g", "ct", "m3", "kWh",
    "m", "km", "L", "kW", "MW", "GW", "MWh", "GWh", "TEU",
)

Value = Union[float, Tuple[float, float]]


@dataclass(frozen=True)
class Span:
    """A character span ``[start, end)`` into a document's text."""

    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Clause(Span):
    """A clause with its policy area, measure flag and whether it ends a sentence."""

    area: str = "none"
    measure: bool = False
    sent_end: bool = True
    area_scores: Optional[Mapping[str, float]] = field(default=None, compare=False)

    def to_dict(self) -> dict:
        record = {"start": self.start, "end": self.end, "area": self.area,
                  "measure": self.measure, "sent_end": self.sent_end}
        if self.area_scores is not None:
            record["area_scores"] = dict(self.area_scores)
        return record

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> "Clause":
        return cls(start=record["start"], end=record["end"],
                   area=record.get("area", "none"),
                   measure=bool(record.get("measure", False)),
                   sent_end=bool(record.get("sent_end", True)),
                   area_scores=record.get("area_scores"))


@dataclass(frozen=True)
class Paragraph(Span):
    """A paragraph (one line of text) and its language."""

    lang: str = "en"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "lang": self.lang}


@dataclass(frozen=True)
class Marker(Span):
    """An enumeration marker (``第一条``, ``（一）``, ``First,``) and its nesting level."""

    level: int = 1

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "level": self.level}

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> "Marker":
        return cls(start=record["start"], end=record["end"], level=record.get("level", 1))


@dataclass(frozen=True)
class Entity(Span):
    """A named entity or a figure; figures carry a normalised ``value`` and ``unit``.

    ``trend`` (``increase`` / ``decrease``) and ``period`` (``year_on_year`` ...) are
    optional extras beyond the scheme, set where the text states them.
    """

    label: str = "ORG"
    value: Optional[Value] = None
    unit: Optional[str] = None
    trend: Optional[str] = None
    period: Optional[str] = None

    @property
    def is_figure(self) -> bool:
        return self.label in FIGURE_LABELS

    def to_dict(self) -> dict:
        record: dict = {"start": self.start, "end": self.end, "label": self.label}
        if self.value is not None:
            record["value"] = list(self.value) if isinstance(self.value, tuple) else self.value
        for name in ("unit", "trend", "period"):
            if getattr(self, name) is not None:
                record[name] = getattr(self, name)
        return record

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> "Entity":
        value = record.get("value")
        if isinstance(value, list):
            value = tuple(value)
        return cls(start=record["start"], end=record["end"], label=record["label"],
                   value=value, unit=record.get("unit"), trend=record.get("trend"),
                   period=record.get("period"))


@dataclass(frozen=True)
class Measure:
    """A policy measure: a clause flagged ``measure`` with its context and contents."""

    clause: Clause
    text: str
    marker_path: Tuple[str, ...] = ()
    actions: Tuple[str, ...] = ()
    organisations: Tuple[Entity, ...] = ()
    figures: Tuple[Entity, ...] = ()

    def to_dict(self) -> dict:
        return {"start": self.clause.start, "end": self.clause.end, "text": self.text,
                "area": self.clause.area, "marker_path": list(self.marker_path),
                "actions": list(self.actions),
                "organisations": [e.to_dict() for e in self.organisations],
                "figures": [e.to_dict() for e in self.figures]}


_CORE_FIELDS = ("id", "lang", "genre", "text", "clauses", "markers", "entities", "paragraphs")


@dataclass(frozen=True)
class Document:
    """One document of the scheme: text, clauses, markers, entities and extra fields.

    ``tokens`` (word spans) and ``paragraphs`` (lines with their language) are filled
    by the segmenter; ``paragraphs`` is written as an extra field, ``tokens`` is not.
    """

    text: str
    id: str = ""
    lang: str = "en"
    genre: str = "policy"
    clauses: Tuple[Clause, ...] = ()
    markers: Tuple[Marker, ...] = ()
    entities: Tuple[Entity, ...] = ()
    tokens: Tuple[Span, ...] = field(default=(), compare=False)
    paragraphs: Tuple[Paragraph, ...] = field(default=(), compare=False)
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    # --- views -----------------------------------------------------------------
    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    @property
    def sentences(self) -> Tuple[Span, ...]:
        """Sentence spans: runs of clauses up to one whose ``sent_end`` is true."""
        spans, start = [], None
        for clause in self.clauses:
            start = clause.start if start is None else start
            if clause.sent_end:
                spans.append(Span(start, clause.end))
                start = None
        if start is not None:
            spans.append(Span(start, self.clauses[-1].end))
        return tuple(spans)

    @property
    def measures(self) -> Tuple[Measure, ...]:
        from nlp.extract.measures import measures_of  # local: extraction depends on types

        return tuple(measures_of(self))

    def organisations(self) -> dict:
        """ORG mentions grouped by canonical name (aliases linked to full names)."""
        from nlp.extract.aliases import group_organisations

        return group_organisations(self)

    def with_(self, **changes: Any) -> "Document":
        """A copy with some fields replaced (dataclasses.replace under a short name)."""
        return replace(self, **changes)

    # --- records ---------------------------------------------------------------
    def to_dict(self) -> dict:
        record = {"id": self.id, "lang": self.lang, "genre": self.genre, "text": self.text,
                  "clauses": [c.to_dict() for c in self.clauses],
                  "markers": [m.to_dict() for m in self.markers],
                  "entities": [e.to_dict() for e in self.entities]}
        if self.paragraphs:
            record["paragraphs"] = [p.to_dict() for p in self.paragraphs]
        for key, value in self.extra.items():
            if key not in record:
                record[key] = value
        return record

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> "Document":
        if not isinstance(record, Mapping):
            raise TypeError(f"a document record must be a JSON object, not {type(record).__name__}")
        if not isinstance(record.get("text"), str):
            raise ValueError("a document record needs a string field 'text'")
        return cls(
            text=record["text"], id=str(record.get("id", "")),
            lang=record.get("lang", "en"), genre=record.get("genre", "policy"),
            clauses=tuple(Clause.from_dict(c) for c in record.get("clauses") or ()),
            markers=tuple(Marker.from_dict(m) for m in record.get("markers") or ()),
            entities=tuple(Entity.from_dict(e) for e in record.get("entities") or ()),
            paragraphs=tuple(Paragraph(p["start"], p["end"], p.get("lang", "en")) for p in record.get("paragraphs") or ()),
            extra={k: v for k, v in record.items() if k not in _CORE_FIELDS},
        )

    def entities_in(self, span: Span) -> Iterator[Entity]:
        return (e for e in self.entities if e.start >= span.start and e.end <= span.end)
