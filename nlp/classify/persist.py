"""Save and load classifiers as plain JSON weights: no pickle, nothing executable.

A model directory holds ``model.json.gz`` (vocabularies, idf weights, coefficients),
``scheme.json`` and ``meta.json`` (version, training data, metrics, and the SHA-256 of
the weights file). Loading checks the hash, so a file changed after training fails
with an error that says so.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Tuple

from nlp.classify.features import LinearClassifier
from nlp.classify.scheme import LabelScheme, load_scheme

if TYPE_CHECKING:  # training needs scikit-learn; loading for prediction does not
    from nlp.classify.model import PolicyClassifier

MODEL_FILE = "model.json.gz"
FORMAT = "policy-nlp-classifier/1"


class ModelFileError(RuntimeError):
    """A model directory that is missing, incomplete, tampered with or of another format."""


def save_classifiers(directory: Path, models: Dict[str, "PolicyClassifier"], scheme: LabelScheme) -> str:
    """Write the estimators and scheme; returns the SHA-256 of the weights file for meta.json."""
    from nlp.classify.model import classifier_state

    directory.mkdir(parents=True, exist_ok=True)
    state = {"format": FORMAT, "models": {name: classifier_state(m) for name, m in models.items()}}
    data = gzip.compress(json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), mtime=0)
    (directory / MODEL_FILE).write_bytes(data)
    (directory / "scheme.json").write_text(json.dumps(scheme.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return hashlib.sha256(data).hexdigest()


def load_classifiers(directory: Path) -> Tuple[Dict[str, LinearClassifier], LabelScheme, dict]:
    """Read a model directory written by :func:`save_classifiers` (and its meta.json), for
    prediction: the classifiers come back as :class:`LinearClassifier` (no scikit-learn)."""
    directory = Path(directory)
    try:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        data = (directory / MODEL_FILE).read_bytes()
    except (OSError, json.JSONDecodeError) as error:
        raise ModelFileError(f"{directory} is not a classifier directory: {error}") from None
    if hashlib.sha256(data).hexdigest() != meta.get("model_sha256"):
        raise ModelFileError(f"{directory / MODEL_FILE} does not match the hash in its meta.json: "
                             "the file was changed after training (tampered or corrupted); retrain it")
    try:
        state = json.loads(gzip.decompress(data))
        if state.get("format") != FORMAT:
            raise ValueError(f"format {state.get('format')!r}, expected {FORMAT!r}")
        loaded: list = []  # vectorizers the models share are built once
        models = {name: LinearClassifier(s, loaded=loaded) for name, s in state["models"].items()}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ModelFileError(f"{directory / MODEL_FILE} is not a classifier weights file: {error}") from None
    return models, load_scheme(directory / "scheme.json"), meta
