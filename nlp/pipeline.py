"""The annotation pipeline: segmentation followed by whatever trained steps are present.

A step is any callable ``Document -> Document``; extraction and classification add
theirs as they are trained. ``annotate_many`` streams records through one pipeline,
in input order, optionally over several processes.
"""
from __future__ import annotations

import multiprocessing
from typing import Callable, Iterable, Iterator, List, Mapping, Optional, Sequence, Union

from nlp import __version__
from nlp.segment.segmenter import Segmenter
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


_LOADED: dict = {}


def load(name: str = "default") -> Pipeline:
    """The named pipeline with the models found in ``models/`` (cached per process)."""
    if name not in _LOADED:
        _LOADED[name] = Pipeline(Segmenter(), _trained_steps(name), name=name)
    return _LOADED[name]


def _trained_steps(name: str) -> List[Step]:
    steps: List[Step] = []
    for module_name in ("nlp.extract.steps", "nlp.classify.steps"):
        try:
            module = __import__(module_name, fromlist=["load_step"])
        except ModuleNotFoundError as error:
            if not (error.name and (module_name + ".").startswith(error.name + ".")):
                raise  # a step that exists but fails to import is a real error
            continue
        step = module.load_step(name)
        if step is not None:
            steps.append(step)
    return steps
