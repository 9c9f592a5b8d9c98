"""A clause with the context a classifier may use: its heading path and neighbours."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List

from nlp.classify.stem import stem
from nlp.segment.markers import enclosing_items
from nlp.types import Document, Span


@dataclass(frozen=True)
class ClauseContext:
    """What the classifier sees of one clause: its words and those around it."""

    text: str
    lang: str
    words: str = ""
    heading: str = ""
    previous: str = ""
    next: str = ""


def clause_contexts(document: Document) -> List[ClauseContext]:
    """One :class:`ClauseContext` per clause of ``document``, in order.

    ``words`` are the document's tokens inside the clause, lower case and (English)
    stemmed, joined by spaces; ``heading`` joins the words of the clauses that open the enclosing numbered
    items (``二、`` then ``（三）``), so a clause under "（六）强化金融赋能" carries
    that heading's words.
    """
    words = _clause_words(document)
    contexts = []
    for index, (clause, items) in enumerate(zip(document.clauses, enclosing_items(document))):
        contexts.append(ClauseContext(
            text=document.text[clause.start:clause.end], lang=document.lang, words=words[index],
            heading=" ".join(words[i] for i in items if i != index),
            previous=words[index - 1] if index > 0 else "",
            next=words[index + 1] if index + 1 < len(words) else ""))
    return contexts


def feature_words(text: str, tokens: Iterable[Span]) -> str:
    """The classifier's view of some tokens of ``text``: lower case, English stemmed,
    punctuation left out, joined by spaces."""
    words = (text[t.start:t.end].lower() for t in tokens)
    return " ".join(stem(word) for word in words if any(ch.isalnum() for ch in word))


def _clause_words(document: Document) -> List[str]:
    tokens = document.tokens
    result, position = [], 0
    for clause in document.clauses:
        inside = []
        while position < len(tokens) and tokens[position].start < clause.end:
            if tokens[position].start >= clause.start:
                inside.append(tokens[position])
            position += 1
        result.append(feature_words(document.text, inside))
    return result
