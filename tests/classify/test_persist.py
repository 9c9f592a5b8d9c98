import gzip
import json
import shutil

import numpy as np
import pytest

from nlp import segment as nlp_segment
from nlp.classify.context import clause_contexts

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
    assert load_step(models=tmp_path) is None


def test_step_sets_areas_scores_and_measures():
    step = ClassifyStep(SHIPPED)
    text = "对年销售额超过5000万元的企业给予一次性奖励50万元。"
    document = step(Document(text=text, lang="zh", clauses=(Clause(0, len(text)),)))
    clause = document.clauses[0]
    assert clause.area == "finance" and clause.measure
    assert abs(sum(clause.area_scores.values()) - 1) < 1e-3


def test_step_leaves_an_empty_document_alone():
    assert ClassifyStep(SHIPPED)(Document(text="")).clauses == ()


def test_models_fitted_on_the_same_clauses_share_vectorizers_and_transform_once():
    models, _, _ = load_classifiers(SHIPPED)
    area, measure = models["area"], models["measure"]
    assert all(a is m for a, m in zip(area.vectorizers, measure.vectorizers))
    document = nlp_segment("一、加大金融支持。（一）对企业给予贷款贴息。\n二、打造区域品牌。")
    contexts = clause_contexts(document)
    shared: dict = {}
    together = area.predict_proba(contexts, cache=shared), measure.predict_proba(contexts, cache=shared)
    assert len(shared) == 3  # word, character and context blocks, each once
    assert np.allclose(together[0], area.predict_proba(contexts))
    assert np.allclose(together[1], measure.predict_proba(contexts))
