"""The scheme's layers as labelled spans, the common ground of the annotation tools' formats."""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from nlp.types import AREAS, Clause, Document, Entity, Marker

LabelledSpan = Tuple[int, int, str]

CLAUSE_PREFIX = "clause:"
MARKER_PREFIX = "marker:"


class FormatError(ValueError):
    """A record of an annotation tool's file that cannot be read: says which file, line or record."""


def clause_label(clause: Clause) -> str:
    """``clause:finance+measure``: area, then ``+measure`` and ``+continues`` (no sentence end) when set."""
    return CLAUSE_PREFIX + clause.area + ("+measure" if clause.measure else "") + ("" if clause.sent_end else "+continues")


def marker_label(marker: Marker) -> str:
    return f"{MARKER_PREFIX}{marker.level}"


def figure_key(entity: Entity) -> str:
    return f"{entity.start}:{entity.end}:{entity.label}"


def figures_of(document: Document) -> Dict[str, dict]:
    """Values, units and extras of entities that have them, keyed ``start:end:LABEL``."""
    table = {}
    for entity in document.entities:
        extra = {k: v for k, v in entity.to_dict().items() if k not in ("start", "end", "label")}
        if extra:
            table[figure_key(entity)] = extra
    return table


def labelled_spans(document: Document, *, clauses: bool = True, markers: bool = True) -> List[LabelledSpan]:
    """Every clause, marker and entity as ``(start, end, label)``, in text order."""
    spans: List[LabelledSpan] = []
    if clauses:
        spans += [(c.start, c.end, clause_label(c)) for c in document.clauses]
    if markers:
        spans += [(m.start, m.end, marker_label(m)) for m in document.markers]
    spans += [(e.start, e.end, e.label) for e in document.entities]
    return sorted(spans, key=lambda s: (s[0], -s[1], s[2]))


def check_span(text: str, start: Any, end: Any, where: str) -> None:
    if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
        raise FormatError(f"{where}: span offsets must be integers, got {start!r} and {end!r}")
    if not 0 <= start < end <= len(text):
        raise FormatError(f"{where}: span [{start}, {end}) is not inside the text (length {len(text)})")


def parse_clause_label(label: str, where: str) -> Tuple[str, bool, bool]:
    """(area, measure, sent_end) of a ``clause:`` label."""
    area, *flags = label[len(CLAUSE_PREFIX):].split("+")
    if area not in AREAS:
        raise FormatError(f"{where}: unknown area {area!r} in label {label!r}")
    unknown = set(flags) - {"measure", "continues"}
    if unknown:
        raise FormatError(f"{where}: unknown clause flag(s) {', '.join(sorted(unknown))} in label {label!r}")
    return area, "measure" in flags, "continues" not in flags


def parse_marker_label(label: str, where: str) -> int:
    level = label[len(MARKER_PREFIX):]
    if not level.isdigit() or int(level) < 1:
        raise FormatError(f"{where}: marker level must be a positive integer, got {label!r}")
    return int(level)


def document_from_spans(text: str, spans: Iterable[Tuple[int, int, str, str]], *, id: str = "", lang: Optional[str] = None,
                        genre: str = "policy", figures: Optional[Mapping[str, Mapping]] = None,
                        extra: Optional[Mapping[str, Any]] = None) -> Document:
    """A document from ``(start, end, label, where)`` spans; ``where`` names the span in errors.

    Values and units come from ``figures`` (keyed ``start:end:LABEL``) and are kept only
    for an entity whose span and label are unchanged, so a corrected span never carries a
    stale value.
    """
    clauses, markers, entities = [], [], []
    for start, end, label, where in spans:
        check_span(text, start, end, where)
        if label.startswith(CLAUSE_PREFIX):
            area, measure, sent_end = parse_clause_label(label, where)
            clauses.append(Clause(start, end, area, measure, sent_end))
        elif label.startswith(MARKER_PREFIX):
            markers.append(Marker(start, end, parse_marker_label(label, where)))
        else:
            if not label:
                raise FormatError(f"{where}: empty label")
            known = dict((figures or {}).get(f"{start}:{end}:{label}", {}))
            entities.append(Entity.from_dict({**known, "start": start, "end": end, "label": label}))
    return Document(text=text, id=id, lang=lang or guess_lang(text), genre=genre,
                    clauses=tuple(sorted(clauses, key=lambda c: (c.start, c.end))),
                    markers=tuple(sorted(markers, key=lambda m: (m.start, m.end))),
                    entities=tuple(sorted(entities, key=lambda e: (e.start, e.end, e.label))),
                    extra=dict(extra or {}))


def guess_lang(text: str) -> str:
    """``zh`` when CJK characters outnumber Latin letters, else ``en`` (for files that carry no language)."""
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    return "zh" if cjk > latin else "en"


def metadata_of(document: Document) -> Dict[str, Any]:
    """Fields a tool keeps beside the text: id, lang, genre, figure values, extra fields."""
    meta: Dict[str, Any] = {"doc_id": document.id, "lang": document.lang, "genre": document.genre}
    figures = figures_of(document)
    if figures:
        meta["figures"] = figures
    extras = {k: v for k, v in document.extra.items() if k not in meta and k != "paragraphs"}
    if extras:
        meta["extra"] = extras
    return meta


def sequence(value: Any, what: str, where: str) -> Sequence:
    if not isinstance(value, list):
        raise FormatError(f"{where}: {what} must be a list, got {type(value).__name__}")
    return value
