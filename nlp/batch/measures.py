"""The measures of an annotated document: from ``Document.measures`` where extraction
provides it, else derived from the clauses flagged ``measure`` (the one place to switch)."""
from __future__ import annotations

from typing import Dict, List, Tuple

from nlp.types import Document, Marker, Measure

ORG_LABEL = "ORG"


def measures_of(document: Document) -> Tuple[Measure, ...]:
    """The document's measures, by the extraction step if it is installed, else derived.

    Examples
    --------
    >>> from nlp.types import Clause, Marker
    >>> doc = Document("一、支持企业。", clauses=(Clause(0, 7, area="brand", measure=True),),
    ...                markers=(Marker(0, 2, level=1),))
    >>> [(m.text, m.marker_path) for m in measures_of(doc)]
    [('一、支持企业。', ('一、',))]
    """
    try:
        return tuple(document.measures)
    except ImportError:  # nlp.extract.measures not installed yet
        return derived_measures(document)


def derived_measures(document: Document) -> Tuple[Measure, ...]:
    """A measure for each clause flagged ``measure``, with the markers above it and its entities."""
    markers = sorted(document.markers, key=lambda m: m.start)
    measures: List[Measure] = []
    path: Dict[int, Marker] = {}
    next_marker = 0
    for clause in document.clauses:
        while next_marker < len(markers) and markers[next_marker].start < clause.end:
            marker = markers[next_marker]
            path = {level: m for level, m in path.items() if level < marker.level}
            path[marker.level] = marker
            next_marker += 1
        if not clause.measure:
            continue
        inside = tuple(document.entities_in(clause))
        measures.append(Measure(
            clause=clause, text=document.span_text(clause),
            marker_path=tuple(document.span_text(path[level]) for level in sorted(path)),
            organisations=tuple(e for e in inside if e.label == ORG_LABEL),
            figures=tuple(e for e in inside if e.is_figure)))
    return tuple(measures)
