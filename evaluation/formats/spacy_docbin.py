"""spaCy ``DocBin``: entities in ``doc.ents`` (and the span group ``entities``), clauses in the
span group ``clauses`` (label = area; groups ``measures`` and ``continues`` mark the flags),
markers in ``markers`` (label = level); id, language, genre and figure values in ``doc.user_data``.

Documents are built on their own token spans (:mod:`evaluation.formats.tokens`), so
``doc.text`` is the text exactly and every span lines up with tokens. A ``DocBin`` made
elsewhere is read from ``doc.ents`` alone when it has none of our groups.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, List

from evaluation.formats.spans import FormatError, clause_label, document_from_spans, figures_of
from evaluation.formats.tokens import segments
from nlp.types import Clause, Document

GROUPS = ("entities", "clauses", "measures", "continues", "markers")


def _words(text: str, cuts: Iterable[int]):
    """Words and trailing-space flags that rebuild ``text`` exactly (other white space becomes tokens)."""
    words: List[str] = []
    spaces: List[bool] = []
    for start, end in segments(text, cuts):
        piece = text[start:end]
        if piece.isspace() and words and not spaces[-1] and piece[0] == " " and not words[-1].isspace():
            spaces[-1] = True
            piece = piece[1:]
        if piece:
            words.append(piece)
            spaces.append(False)
    return words, spaces


def doc_of(document: Document, vocab):
    """A spaCy ``Doc`` of one document."""
    from spacy.tokens import Doc

    cuts = {p for layer in (document.clauses, document.markers, document.entities) for s in layer for p in (s.start, s.end)}
    words, spaces = _words(document.text, cuts)
    doc = Doc(vocab, words=words, spaces=spaces)
    if doc.text != document.text:  # pragma: no cover - a bug in _words, never the user's input
        raise FormatError(f"document {document.id!r}: the spaCy tokens do not rebuild the text")

    def span(item, label: str):
        result = doc.char_span(item.start, item.end, label=label)
        if result is None:
            raise FormatError(f"document {document.id!r}: span [{item.start}, {item.end}) does not line up with tokens")
        return result

    entities = [span(e, e.label) for e in document.entities]
    doc.spans["entities"] = entities
    try:
        doc.ents = entities
    except ValueError:
        pass  # overlapping predictions: kept in the span group only
    doc.spans["clauses"] = [span(c, c.area) for c in document.clauses]
    doc.spans["measures"] = [span(c, "measure") for c in document.clauses if c.measure]
    doc.spans["continues"] = [span(c, "continues") for c in document.clauses if not c.sent_end]
    doc.spans["markers"] = [span(m, str(m.level)) for m in document.markers]
    doc.user_data["policy_nlp"] = {"id": document.id, "lang": document.lang, "genre": document.genre,
                                   "figures": figures_of(document),
                                   "extra": {k: v for k, v in document.extra.items()}}
    return doc


def document_of(doc, where: str) -> Document:
    meta = doc.user_data.get("policy_nlp", {}) if isinstance(doc.user_data, dict) else {}
    groups = doc.spans
    flags = {name: {(s.start_char, s.end_char) for s in groups[name]} if name in groups else set()
             for name in ("measures", "continues")}
    spans = []
    entities = groups["entities"] if "entities" in groups else doc.ents
    spans += [(s.start_char, s.end_char, s.label_, f"{where}: entity {s.text!r}") for s in entities]
    if "clauses" in groups:
        for s in groups["clauses"]:
            key = (s.start_char, s.end_char)
            clause = Clause(s.start_char, s.end_char, s.label_, key in flags["measures"], key not in flags["continues"])
            spans.append((s.start_char, s.end_char, clause_label(clause), f"{where}: clause [{s.start_char}, {s.end_char})"))
    if "markers" in groups:
        spans += [(s.start_char, s.end_char, f"marker:{s.label_}", f"{where}: marker {s.text!r}") for s in groups["markers"]]
    return document_from_spans(doc.text, spans, id=str(meta.get("id", "")), lang=meta.get("lang"),
                               genre=meta.get("genre", "policy"), figures=meta.get("figures"), extra=meta.get("extra"))


def read(path: Path) -> Iterator[Document]:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    try:
        docs = list(DocBin().from_disk(path).get_docs(Vocab()))
    except (OSError, ValueError, KeyError) as error:
        raise FormatError(f"{path}: not a readable spaCy DocBin: {error}") from None
    for number, doc in enumerate(docs):
        document = document_of(doc, f"{path}: doc {number}")
        yield document if document.id else document.with_(id=f"doc-{number + 1}")


def write(documents: Iterable[Document], path: Path) -> int:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    vocab = Vocab()
    binary = DocBin(store_user_data=True)
    count = 0
    for document in documents:
        binary.add(doc_of(document, vocab))
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    binary.to_disk(path)
    return count
