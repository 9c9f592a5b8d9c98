"""Policy measures: clauses flagged as measures, with their place in the numbering,
their action verbs, and the organisations and figures inside them."""
from __future__ import annotations

import bisect
from typing import Dict, Iterator, List, Pattern

from nlp.lang import en, words_pattern, zh
from nlp.segment.markers import enclosing_items
from nlp.types import Document, Measure

_ACTIONS: Dict[str, Pattern] = {"en": words_pattern(en.ACTION_VERBS), "zh": words_pattern(zh.ACTION_VERBS)}


def action_verbs(text: str, lang: str) -> List[str]:
    """The action verbs of ``text`` in order, without repeats (both languages for mixed text)."""
    patterns = [_ACTIONS[lang]] if lang in _ACTIONS else list(_ACTIONS.values())
    found: List[str] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            verb = match.group().lower()
            if verb not in found:
                found.append(verb)
    return found


def marker_paths(document: Document) -> List[List[str]]:
    """For each clause, the texts of the enumeration markers it sits under (outermost first)."""
    marker_at = {m.start: document.text[m.start:m.end] for m in document.markers}
    return [[marker_at[document.clauses[i].start] for i in items] for items in enclosing_items(document)]


def measures_of(document: Document) -> Iterator[Measure]:
    """One :class:`Measure` per clause whose ``measure`` flag is set (linear in the
    document's size: entities are sorted once and found by bisection)."""
    paths = marker_paths(document)
    entities = sorted(document.entities, key=lambda e: (e.start, e.end))
    starts = [e.start for e in entities]
    for clause, path in zip(document.clauses, paths):
        if not clause.measure:
            continue
        inside = []
        index = bisect.bisect_left(starts, clause.start)
        while index < len(entities) and entities[index].start < clause.end:
            if entities[index].end <= clause.end:
                inside.append(entities[index])
            index += 1
        text = document.text[clause.start:clause.end]
        yield Measure(clause=clause, text=text, marker_path=tuple(path),
                      actions=tuple(action_verbs(text, document.lang)),
                      organisations=tuple(e for e in inside if e.label == "ORG"),
                      figures=tuple(e for e in inside if e.is_figure))
