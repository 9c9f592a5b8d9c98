"""Reading the documents to score, in any supported format, or making them with a model."""
from __future__ import annotations

import os
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

    ``model`` is a pipeline name (``default``) or a folder of models laid out like
    ``models/``, which is then used in place of it.
    """
    import nlp

    name = model
    if Path(model).is_dir():
        os.environ["POLICY_NLP_MODELS"] = str(Path(model).resolve())
        name = "default"
    pipeline = nlp.load(name)
    return [pipeline(d.text, d.lang, id=d.id, genre=d.genre) for d in documents]
