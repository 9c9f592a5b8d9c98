"""Scorers for clause and sentence boundaries and enumeration markers.

Each takes one gold and one predicted :class:`~nlp.types.Document` of the same text
and returns counts that add up over a corpus (``sum(..., PRF())``).
"""
from __future__ import annotations

from typing import Set, Tuple

from evaluation.prf import PRF, Accuracy
from nlp.types import Document


def _boundaries(document: Document, sentences_only: bool) -> Set[int]:
    """Clause (or sentence) ends moved back over white space; the document's end excluded."""
    text = document.text
    end_of_text = len(text.rstrip())
    ends = set()
    for clause in document.clauses:
        if sentences_only and not clause.sent_end:
            continue
        end = clause.end
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end < end_of_text:
            ends.add(end)
    return ends


def clause_boundary_prf(gold: Document, predicted: Document) -> PRF:
    return PRF.from_sets(_boundaries(gold, False), _boundaries(predicted, False))


def sentence_boundary_prf(gold: Document, predicted: Document) -> PRF:
    return PRF.from_sets(_boundaries(gold, True), _boundaries(predicted, True))


def marker_prf(gold: Document, predicted: Document) -> PRF:
    """Exact-span precision, recall and F1 of enumeration markers."""
    return PRF.from_items([(m.start, m.end) for m in gold.markers], [(m.start, m.end) for m in predicted.markers])


def marker_level_accuracy(gold: Document, predicted: Document) -> Accuracy:
    """Share of exactly matched markers whose level is right."""
    predicted_levels = {(m.start, m.end): m.level for m in predicted.markers}
    matched: Tuple = tuple((m.level, predicted_levels[(m.start, m.end)]) for m in gold.markers
                           if (m.start, m.end) in predicted_levels)
    return Accuracy(sum(g == p for g, p in matched), len(matched))
