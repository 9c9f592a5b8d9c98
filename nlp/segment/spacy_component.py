"""``policy_segmenter``: the segmenter as a spaCy pipeline component.

Sets sentence starts and ``doc._.clauses`` / ``doc._.markers`` (spaCy ``Span`` lists;
a marker's label is its level, ``"1"``, ``"2"`` ...). Works on ``spacy.blank("en")``
and on ``spacy.blank("zh")`` with spaCy's jieba segmenter.
"""
from __future__ import annotations

from typing import Iterable, List

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.segment.segmenter import Segmenter
from nlp.types import Document

for _name in ("clauses", "markers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class PolicySegmenter:
    """Clause, sentence and marker segmentation for spaCy docs."""

    def __init__(self, nlp: Language, name: str = "policy_segmenter"):
        self.name = name
        self._segmenter = Segmenter(tokens=False)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def predict(self, docs: Iterable[Doc]) -> List[Document]:
        return [self._segmenter(doc.text) for doc in docs]

    def set_annotations(self, docs: Iterable[Doc], segmented: Iterable[Document]) -> None:
        for doc, result in zip(docs, segmented):
            clauses = [_span(doc, c.start, c.end) for c in result.clauses]
            doc._.clauses = [span for span in clauses if span is not None]
            doc._.markers = [span for span in (_span(doc, m.start, m.end, str(m.level)) for m in result.markers)
                             if span is not None]
            sentence_starts = {0} | {span.end for span, clause in zip(clauses, result.clauses)
                                     if span is not None and clause.sent_end}
            for token in doc:
                token.is_sent_start = token.i in sentence_starts


def _span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


@Language.factory("policy_segmenter", assigns=["token.is_sent_start", "doc._.clauses", "doc._.markers"])
def make_policy_segmenter(nlp: Language, name: str) -> PolicySegmenter:
    return PolicySegmenter(nlp, name)
