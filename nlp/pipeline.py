"""The annotation pipeline: segmentation followed by whatever trained steps are present.

A step is any callable ``Document -> Document``; extraction and classification add
theirs as they are trained. ``annotate_many`` streams records through one pipeline,
in input order, optionally over several processes.
"""
from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Mapping, Optional, Sequence, Union

from nlp import __version__
from nlp.paths import models_dir
from nlp.segment.segmenter import DEFAULT_DICTIONARY, Segmenter
from nlp.types import Document

Step = Callable[[Document], Document]
TextOrRecord = Union[str, Mapping]


class Pipeline:
    """Segmenter plus steps; call it on a text, or ``pipe`` it over many."""

    def __init__(self, segmenter: Optional[Segmenter] = None, steps: Sequence[Step] = (), *, name: str = "default"):
        self.segmenter = segmenter or Segmenter()
        self.steps = list(steps)
        self.name = name

    @property
    def version(self) -> str:
        """Identifies the annotations this pipeline makes (for caches and resumed runs)."""
        return f"policy-nlp {__version__} {self.name}" + "".join(f" {getattr(s, 'version', '')}" for s in self.steps)

    def __call__(self, text: str, lang: Optional[str] = None, *, id: str = "", genre: str = "policy") -> Document:
        document = self.segmenter(text, lang, id=id, genre=genre)
        for step in self.steps:
            document = step(document)
        return document

    def annotate_record(self, item: TextOrRecord) -> Document:
        """Annotate a text, or a record with ``text`` whose other fields are carried through."""
        if isinstance(item, str):
            return self(item)
        if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
            raise TypeError("expected a str or a record with a string 'text' field")
        document = self(item["text"], item.get("lang"), id=str(item.get("id", "")), genre=item.get("genre", "policy"))
        extra = {k: v for k, v in item.items() if k not in ("text", "id", "lang", "genre", "clauses", "markers", "entities")}
        return document.with_(extra={**document.extra, **extra}) if extra else document

    def pipe(self, items: Iterable[TextOrRecord], n_process: int = 1, chunksize: int = 16) -> Iterator[Document]:
        """Annotate many texts or records, yielding documents in input order."""
        if n_process <= 1:
            yield from map(self.annotate_record, items)
            return
        with multiprocessing.get_context(start_method()).Pool(n_process, _init_worker, (self,)) as pool:
            yield from pool.imap(_annotate_in_worker, items, chunksize=chunksize)


_WORKER_PIPELINE: List[Pipeline] = []


def start_method() -> str:
    """Fork where the platform has it (workers share the loaded models), else spawn."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _init_worker(pipeline: Pipeline) -> None:
    _WORKER_PIPELINE[:] = [pipeline]


def _annotate_in_worker(item: TextOrRecord) -> Document:
    return _WORKER_PIPELINE[0].annotate_record(item)


#: The named pipelines; README "Performance" gives each one's speed and accuracy.
PIPELINES = {
    "accurate": "rules, plus the trained NER for the languages where it beat the rules on dev; classifier",
    "fast": "rules and gazetteer extraction only (no NER); classifier",
}
#: Other names for a pipeline: ``default`` is what ``nlp.annotate`` uses.
ALIASES = {"default": "accurate"}

_LOADED: dict = {}


def load(name: Union[str, "os.PathLike[str]"] = "default") -> Pipeline:
    """A named pipeline (``accurate``, the default, or ``fast``), or the models in a folder:
    a folder laid out like ``models/``, or one classifier folder written by
    ``policy-nlp train classifier`` (used with the default extraction). Cached per process."""
    key = ALIASES.get(str(name), str(name))
    if key not in _LOADED:
        _LOADED[key] = _build(key)
    return _LOADED[key]


def _build(name: str) -> Pipeline:
    name = ALIASES.get(name, name)
    if name in PIPELINES:
        return Pipeline(Segmenter(), _trained_steps(name, models_dir()), name=name)
    folder = Path(name)
    if not folder.is_dir():
        raise ValueError(f"unknown pipeline {name!r}: expected {', '.join(PIPELINES)} or a folder of models")
    from nlp.classify.steps import ClassifyStep, is_classifier_folder

    if is_classifier_folder(folder):
        steps = [step for step in _trained_steps("accurate", models_dir()) if not isinstance(step, ClassifyStep)]
        steps.append(ClassifyStep(folder))
        return Pipeline(Segmenter(), steps, name=f"accurate+{folder.name}")
    dictionary = folder / DEFAULT_DICTIONARY
    segmenter = Segmenter(user_dict=str(dictionary) if dictionary.is_file() else None)
    return Pipeline(segmenter, _trained_steps("accurate", folder), name=f"accurate@{folder.name}")


def _trained_steps(name: str, models: Path) -> List[Step]:
    """The extraction and classification steps of pipeline ``name`` from the ``models``
    folder; a step package that is not installed is left out."""
    steps: List[Step] = []
    for module_name in ("nlp.extract.steps", "nlp.classify.steps"):
        try:
            module = __import__(module_name, fromlist=["load_step"])
        except ModuleNotFoundError as error:
            if not (error.name and (module_name + ".").startswith(error.name + ".")):
                raise  # a step that exists but fails to import is a real error
            continue
        step = module.load_step(name, models)
        if step is not None:
            steps.append(step)
    return steps
