"""The classification step of the pipeline: areas with probabilities, and the measure flag."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Tuple

import numpy as np

from nlp.classify.context import clause_contexts
from nlp.classify.persist import load_classifiers
from nlp.paths import models_dir
from nlp.types import Clause, Document

MODEL_NAME = "classifier"


class ClassifyStep:
    """Set each clause's ``area``, ``area_scores`` and ``measure`` from trained models."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        models, self.scheme, self.meta = load_classifiers(self.directory)
        self.area_model = models["area"]
        self.measure_model = models["measure"]
        self.version = f"classifier:{self.meta.get('model_sha256', '')[:12]}"

    def __call__(self, document: Document) -> Document:
        if not document.clauses:
            return document
        contexts = clause_contexts(document)
        shared: dict = {}  # the two models share their vectorizers: transform once
        areas = self.area_model.predict_proba(contexts, cache=shared)
        measure_column = list(self.measure_model.classes_).index(True)
        measures = self.measure_model.predict_proba(contexts, cache=shared)[:, measure_column]
        labels = self.area_model.classes_
        clauses = tuple(
            Clause(c.start, c.end, area=str(labels[int(np.argmax(row))]), measure=bool(m >= 0.5),
                   sent_end=c.sent_end, area_scores={str(label): round(float(p), 4) for label, p in zip(labels, row)})
            for c, row, m in zip(document.clauses, areas, measures))
        return document.with_(clauses=clauses)

    def explain(self, document: Document, index: int, top: int = 8) -> List[Tuple[str, float]]:
        """Features that pushed clause ``index`` of ``document`` to its area most."""
        return self.area_model.explain(clause_contexts(document)[index], top=top)


def is_classifier_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a classifier written by ``policy-nlp train classifier``."""
    return (Path(folder) / "meta.json").is_file() and (Path(folder) / "model.json.gz").is_file()


def load_step(name: str = "accurate", models: Optional[Path] = None) -> Optional[ClassifyStep]:
    """The trained classifier of the ``models`` folder (default ``models/``), or None when
    none is trained. Every named pipeline uses the same classifier."""
    directory = (Path(models) if models is not None else models_dir()) / MODEL_NAME
    return ClassifyStep(directory) if is_classifier_folder(directory) else None
