"""policy-nlp: segment, extract from and classify Chinese and English policy texts.

>>> import nlp
>>> doc = nlp.segment("一、总体要求\\n（一）支持企业；鼓励创新。")
>>> [doc.span_text(c) for c in doc.clauses]
['一、总体要求', '（一）支持企业；', '鼓励创新。']
"""
from __future__ import annotations

from typing import Iterable, Iterator, Mapping, Optional, Union

__version__ = "0.1.0"

from nlp.types import Clause, Document, Entity, Marker, Measure, Paragraph, Span  # noqa: E402

# The subpackage nlp.segment is imported first so that the function below, not the
# module, is what ``nlp.segment`` names afterwards.
import nlp.segment as _segment_package  # noqa: E402,F401


def segment(text: str, lang: Optional[str] = None) -> Document:
    """Language, markers, clauses, sentences and words of ``text`` (nothing trained)."""
    from nlp.pipeline import load

    return load().segmenter(text, lang)


def annotate(text: str, lang: Optional[str] = None) -> Document:
    """Everything the default pipeline finds in ``text``."""
    from nlp.pipeline import load

    return load()(text, lang)


def annotate_many(texts_or_records: Iterable[Union[str, Mapping]], n_process: int = 1) -> Iterator[Document]:
    """Annotate texts, or records with ``text`` (other fields kept), in input order."""
    from nlp.pipeline import load

    return load().pipe(texts_or_records, n_process=n_process)


def explain(clause_text: str, *, lang: Optional[str] = None, heading: str = "", top: int = 8):
    """Why the classifier gives ``clause_text`` its area: an
    :class:`~nlp.classify.explain.Explanation` with the features that weighed most.

    ``heading`` is the text of the numbered item the clause sits under, if any.
    """
    from nlp.classify.explain import explain_clause
    from nlp.classify.steps import load_step
    from nlp.segment.language import detect_language
    from nlp.segment.segmenter import default_user_dict

    step = load_step()
    if step is None:
        raise RuntimeError("no trained classifier in models/classifier: run `policy-nlp train classifier`")
    return explain_clause(step, clause_text, lang=lang or detect_language(clause_text), heading=heading,
                          top=top, user_dict=default_user_dict())


def load(name: str = "default"):
    """A :class:`~nlp.pipeline.Pipeline` by name, with the trained models it finds."""
    from nlp.pipeline import load as load_pipeline

    return load_pipeline(name)


__all__ = ["segment", "annotate", "annotate_many", "explain", "load", "Document", "Clause", "Marker",
           "Entity", "Measure", "Paragraph", "Span", "__version__"]
