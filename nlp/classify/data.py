"""Turn annotated documents into classifier inputs: clause contexts and their labels."""
from __future__ import annotations

from typing import Iterable, List, Tuple

from nlp.classify.context import ClauseContext, clause_contexts
from nlp.segment.segmenter import default_user_dict
from nlp.segment.words import WordTokenizer
from nlp.types import Document


def with_tokens(documents: Iterable[Document]) -> List[Document]:
    """Documents with word tokens filled in (gold corpora carry none)."""
    tokenizer = WordTokenizer(user_dict=default_user_dict())
    return [d if d.tokens else d.with_(tokens=tuple(tokenizer(d.text))) for d in documents]


def clause_examples(documents: Iterable[Document]) -> Tuple[List[ClauseContext], List[str], List[bool]]:
    """(contexts, areas, measure flags) for every clause of every document."""
    contexts, areas, measures = [], [], []
    for document in with_tokens(documents):
        contexts.extend(clause_contexts(document))
        areas.extend(c.area for c in document.clauses)
        measures.extend(bool(c.measure) for c in document.clauses)
    return contexts, areas, measures
