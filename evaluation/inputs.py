"""Reading the documents to score, in any supported format, or making them with a model."""
from __future__ import annotations

from pathlib import Path
from typing import List, Sequence

from nlp.io import RecordError
from nlp.types import Document


def input_errors() -> tuple:
    """The errors that mean "this input cannot be scored" (named file, line or id), which
    the commands report in one line and exit 2 on, rather than as a traceback."""
    from evaluation.formats import FormatError
    from evaluation.harness import EvaluationError

    return (RecordError, FormatError, EvaluationError, OSError)


def read_any(path: Path, format: str = "jsonl") -> List[Document]:
    """Documents from ``path`` in ``format`` (see :mod:`evaluation.formats`)."""
    from evaluation.formats import read

    return read(format, path)


def run_model(model: str, documents: Sequence[Document]) -> List[Document]:
    """A pipeline's annotations of the documents' texts, with their ids, languages and genres.

    ``model`` is anything ``nlp.load`` takes: a pipeline name (``accurate``, ``fast``,
    ``default``) or a folder of models.
    """
    import nlp

    pipeline = nlp.load(model)
    return [pipeline(d.text, d.lang, id=d.id, genre=d.genre) for d in documents]
