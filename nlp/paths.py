"""Where the trained artifacts live: ``models/`` beside the package, or $POLICY_NLP_MODELS."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def models_dir() -> Path:
    return Path(os.environ.get("POLICY_NLP_MODELS", REPO_ROOT / "models"))


def model_path(name: str) -> Path:
    """Path of a named model directory (``zh_dictionary``, ``ner_zh`` ...)."""
    return models_dir() / name
