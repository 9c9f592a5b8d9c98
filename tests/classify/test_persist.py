import gzip
import json
import shutil

import pytest

from nlp.classify.persist import ModelFileError, load_classifiers
from nlp.classify.steps import ClassifyStep, load_step
from nlp.paths import model_path
from nlp.types import Clause, Document

SHIPPED = model_path("classifier")


@pytest.fixture
def model_copy(tmp_path):
    target = tmp_path / "classifier"
    shutil.copytree(SHIPPED, target)
    return target


def test_shipped_model_loads_and_records_metrics():
    models, scheme, meta = load_classifiers(SHIPPED)
    assert set(models) == {"area", "measure"} and "none" in scheme.labels
    assert {"dev", "test"} <= set(meta["metrics"])


def test_a_changed_weights_file_is_refused(model_copy):
    path = model_copy / "model.json.gz"
    state = json.loads(gzip.decompress(path.read_bytes()))
    state["models"]["area"]["intercept"][0] += 1.0
    path.write_bytes(gzip.compress(json.dumps(state).encode()))
    with pytest.raises(ModelFileError, match="tampered"):
        load_classifiers(model_copy)


def test_a_file_of_another_format_is_refused_even_with_a_matching_hash(model_copy):
    import hashlib

    path = model_copy / "model.json.gz"
    data = gzip.compress(b'{"format": "something-else", "models": {}}')
    path.write_bytes(data)
    meta = json.loads((model_copy / "meta.json").read_text())
    meta["model_sha256"] = hashlib.sha256(data).hexdigest()
    (model_copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelFileError, match="format"):
        load_classifiers(model_copy)


def test_a_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelFileError, match="not a classifier directory"):
        load_classifiers(tmp_path)
    assert load_step(directory=tmp_path) is None


def test_step_sets_areas_scores_and_measures():
    step = ClassifyStep(SHIPPED)
    text = "对年销售额超过5000万元的企业给予一次性奖励50万元。"
    document = step(Document(text=text, lang="zh", clauses=(Clause(0, len(text)),)))
    clause = document.clauses[0]
    assert clause.area == "finance" and clause.measure
    assert abs(sum(clause.area_scores.values()) - 1) < 1e-3


def test_step_leaves_an_empty_document_alone():
    assert ClassifyStep(SHIPPED)(Document(text="")).clauses == ()
