import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV

from nlp.classify.context import ClauseContext, clause_contexts
from nlp.classify.cues import keyword_baseline
from nlp.classify.features import LinearClassifier
from nlp.classify.model import PolicyClassifier, classifier_state
from nlp.classify.stem import stem
from nlp.types import Clause, Document, Marker, Span

EXAMPLES = [
    (ClauseContext("给予企业贷款贴息", "zh", "给予 企业 贷款 贴息"), "finance"),
    (ClauseContext("对获评企业奖励50万元", "zh", "对 获评 企业 奖励 50万元"), "finance"),
    (ClauseContext("支持企业打造自主品牌", "zh", "支持 企业 打造 自主 品牌"), "brand"),
    (ClauseContext("举办新品发布会", "zh", "举办 新品 发布会"), "brand"),
    (ClauseContext("Provide loans to firms", "en", "provide loan to firm"), "finance"),
    (ClauseContext("Build proprietary brands", "en", "build proprietary brand"), "brand"),
] * 3
X = [x for x, _ in EXAMPLES]
Y = [y for _, y in EXAMPLES]


def test_fit_predict_and_probabilities():
    model = PolicyClassifier(context=False).fit(X, Y)
    assert list(model.predict(X[:6])) == Y[:6]
    probabilities = model.predict_proba(X[:6])
    assert probabilities.shape == (6, 2) and np.allclose(probabilities.sum(axis=1), 1)


def test_init_only_stores_and_clone_works():
    model = PolicyClassifier(C=3.0, context_weight=0.7)
    assert model.get_params()["C"] == 3.0 and not hasattr(model, "model_")
    copy = clone(model)
    assert copy.get_params() == model.get_params() and copy is not model


def test_grid_search_runs_on_the_estimator():
    search = GridSearchCV(PolicyClassifier(context=False), {"C": [1.0, 10.0]}, cv=3).fit(X, Y)
    assert search.best_params_["C"] in (1.0, 10.0)


def test_mismatched_lengths_are_an_error():
    with pytest.raises(ValueError, match="6 labels"):
        PolicyClassifier().fit(X, Y[:6])


@pytest.mark.parametrize("labels", [Y, [y == "finance" for y in Y]], ids=["areas", "binary"])
def test_the_saved_state_predicts_without_scikit_learn_as_the_estimator_does(labels):
    model = PolicyClassifier().fit(X, labels)
    restored = LinearClassifier(classifier_state(model))
    assert np.allclose(model.predict_proba(X), restored.predict_proba(X), atol=1e-5)
    assert restored.classes_.tolist() == model.classes_.tolist()
    light, fitted = restored.explain(X[0], top=3), model.explain(X[0], top=3)
    assert [name for name, _ in light] == [name for name, _ in fitted]
    assert [weight for _, weight in light] == pytest.approx([weight for _, weight in fitted], abs=1e-5)


def test_explain_names_the_features_that_favour_the_label():
    model = PolicyClassifier(context=False).fit(X, Y)
    features = [name for name, _ in model.explain(X[0], top=5)]
    assert any("贷款" in name or "finance" in name for name in features)


def test_binary_labels_work_for_the_measure_flag():
    model = PolicyClassifier().fit(X, [y == "finance" for y in Y])
    assert set(model.classes_) == {False, True}
    assert model.explain(X[0], label=True)


def test_context_carries_the_enclosing_heading_and_neighbours():
    text = "（六）强化金融赋能\n给予贴息。\n（七）其他"
    document = Document(text=text, lang="zh",
                        clauses=(Clause(0, 9), Clause(10, 15), Clause(16, 22)),
                        markers=(Marker(0, 3, 1), Marker(16, 19, 1)),
                        tokens=(Span(3, 5), Span(5, 7), Span(7, 9), Span(10, 12), Span(12, 14), Span(16, 19), Span(19, 21)))
    contexts = clause_contexts(document)
    assert contexts[1].heading == "强化 金融 赋能"
    assert contexts[1].previous == "强化 金融 赋能" and contexts[1].next == "（七） 其他"
    assert contexts[2].heading == ""  # a new item at the same level closes the old one


@pytest.mark.parametrize("text, lang, area", [
    ("对企业给予贷款贴息和融资担保", "zh", "finance"),
    ("加强知识产权保护，打击侵权假冒", "zh", "ip_protection"),
    ("Provide loans and guarantees to SMEs", "en", "finance"),
    ("Streamline customs clearance at the bonded zone", "en", "customs"),
    ("Welcome!", "en", "none"),
])
def test_keyword_baseline(text, lang, area):
    assert keyword_baseline(text, lang) == area


@pytest.mark.parametrize("word, expected", [("subsidies", "subsidy"), ("launching", "launch"),
                                            ("business", "business"), ("brands", "brand"), ("ai", "ai")])
def test_stem(word, expected):
    assert stem(word) == expected
