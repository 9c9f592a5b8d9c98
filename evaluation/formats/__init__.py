"""Reading gold from, and writing predictions to, the formats of annotation tools.

| name | what | path |
| --- | --- | --- |
| ``jsonl`` | the scheme's own records | a ``.jsonl`` file |
| ``doccano`` | doccano sequence-labelling JSONL (``text``, ``label``: ``[start, end, LABEL]``) | a ``.jsonl`` file |
| ``labelstudio`` | Label Studio JSON export (tasks with ``annotations`` or ``predictions``) | a ``.json`` file |
| ``brat`` | brat standoff: ``ID.txt`` and ``ID.ann`` per document, plus ``annotation.conf`` | a folder |
| ``spacy`` | spaCy ``DocBin`` (``doc.ents``, span groups ``clauses`` and ``markers``) | a ``.spacy`` file |
| ``conll`` | CoNLL BIO for entities (``token<TAB>tag``, one document per block) | a ``.conll`` file |

All but ``conll`` carry clauses (area, measure flag, sentence end), markers (level) and
entities with figure values; ``conll`` carries entities only. Span labels that tools show
are ``ORG`` ... for entities, ``clause:AREA`` (``+measure``, ``+continues`` when the clause
does not end its sentence) and ``marker:LEVEL``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Tuple, Union

from evaluation.formats.spans import FormatError
from nlp.types import Document

PathLike = Union[str, Path]
Reader = Callable[[Path], Iterator[Document]]
Writer = Callable[[Iterable[Document], Path], int]


def _registry() -> Dict[str, Tuple[Reader, Writer]]:
    from evaluation.formats import brat, conll, doccano, jsonl, labelstudio, spacy_docbin

    return {"jsonl": (jsonl.read, jsonl.write), "doccano": (doccano.read, doccano.write),
            "labelstudio": (labelstudio.read, labelstudio.write), "brat": (brat.read, brat.write),
            "spacy": (spacy_docbin.read, spacy_docbin.write), "conll": (conll.read, conll.write)}


FORMATS: Tuple[str, ...] = ("jsonl", "doccano", "labelstudio", "brat", "spacy", "conll")


def _check(name: str) -> None:
    if name not in FORMATS:
        raise FormatError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")


def read(name: str, path: PathLike) -> List[Document]:
    """Documents from ``path`` in format ``name`` (a :class:`FormatError` says where a record is bad)."""
    _check(name)
    return list(_registry()[name][0](Path(path)))


def write(name: str, documents: Iterable[Document], path: PathLike) -> int:
    """Write documents to ``path`` in format ``name``; returns how many were written."""
    _check(name)
    return _registry()[name][1](documents, Path(path))


def convert(source_format: str, source: PathLike, target_format: str, target: PathLike) -> int:
    """Read ``source`` in one format and write it to ``target`` in another; returns the document count."""
    return write(target_format, read(source_format, source), target)


__all__ = ["FORMATS", "FormatError", "read", "write", "convert"]
