"""A clause with the context a classifier may use: its heading path and neighbours."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

from nlp.classify.stem import stem
from nlp.types import Document


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
    marker_level: Dict[int, int] = {m.start: m.level for m in document.markers}
    open_headings: Dict[int, str] = {}
    contexts = []
    for index, clause in enumerate(document.clauses):
        level = marker_level.get(clause.start)
        if level is not None:
            for deeper in [key for key in open_headings if key >= level]:
                del open_headings[deeper]
        heading = " ".join(open_headings[key] for key in sorted(open_headings))
        contexts.append(ClauseContext(
            text=document.text[clause.start:clause.end], lang=document.lang, words=words[index],
            heading=heading,
            previous=words[index - 1] if index > 0 else "",
            next=words[index + 1] if index + 1 < len(words) else ""))
        if level is not None:
            open_headings[level] = words[index]
    return contexts


def _clause_words(document: Document) -> List[str]:
    tokens = document.tokens
    result, position = [], 0
    for clause in document.clauses:
        inside = []
        while position < len(tokens) and tokens[position].start < clause.end:
            token = tokens[position]
            if token.start >= clause.start:
                word = document.text[token.start:token.end].lower()
                if any(ch.isalnum() for ch in word):
                    inside.append(stem(word))
            position += 1
        result.append(" ".join(inside))
    return result
