"""Committed models record the data they were trained on; that data must be what is committed."""
import json

import pytest

from nlp.meta import data_hash
from nlp.paths import REPO_ROOT

MODEL_DIRS = sorted(path.parent for path in (REPO_ROOT / "models").glob("*/meta.json"))


def test_there_are_committed_models():
    assert MODEL_DIRS, "models/ holds no model with a meta.json"


@pytest.mark.parametrize("directory", MODEL_DIRS, ids=lambda p: p.name)
def test_training_data_hash_matches_the_committed_corpora(directory):
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    files = [REPO_ROOT / name for name in meta["training_data"]]
    assert all(f.is_file() for f in files), meta["training_data"]
    assert data_hash(files) == meta["training_data_sha256"], (
        f"{directory.name} was trained on other data than corpora/ holds: run `policy-nlp train`")
