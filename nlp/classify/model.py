"""The clause classifier: TF-IDF word, character and context features, logistic regression.

A scikit-learn estimator (keyword-only ``__init__`` that only stores, learned state
ending in ``_``, ``fit`` returning ``self``), so ``clone``, ``Pipeline`` and
``GridSearchCV`` work on it. It classifies :class:`~nlp.classify.context.ClauseContext`
objects into any label set: policy areas, or ``True``/``False`` for the measure flag.
"""
from __future__ import annotations

from typing import List, Sequence, Tuple

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from nlp.classify.context import ClauseContext
from nlp.classify.cues import cue_tokens

CONTEXT_PREFIXES = (("heading", "h:"), ("previous", "p:"), ("next", "n:"))


class PolicyClassifier(ClassifierMixin, BaseEstimator):
    """Linear classifier over a clause's words, characters and (optionally) context.

    Parameters
    ----------
    context : bool
        Add the enclosing headings' and the neighbouring clauses' words as features.
    context_weight : float
        Scale of the context features relative to the clause's own.
    C : float
        Inverse regularisation strength of the logistic regression.
    word_ngrams, char_ngrams : tuple of int
        n-gram ranges for word and character features.
    class_weight : str or None
        Passed to ``LogisticRegression`` ("balanced" evens out rare labels).
    min_df : int
        Drop word n-grams seen in fewer clauses (character n-grams need at least 2).

    Examples
    --------
    >>> from nlp.classify.context import ClauseContext
    >>> X = [ClauseContext("给予贷款贴息", "zh", "给予 贷款 贴息"), ClauseContext("打造自主品牌", "zh", "打造 自主 品牌")] * 3
    >>> PolicyClassifier(context=False).fit(X, ["finance", "brand"] * 3).predict(X[:2]).tolist()
    ['finance', 'brand']
    """

    def __init__(self, *, context: bool = True, context_weight: float = 1.5, C: float = 10.0,
                 word_ngrams: Tuple[int, int] = (1, 2), char_ngrams: Tuple[int, int] = (1, 3),
                 class_weight: str | None = "balanced", min_df: int = 1, max_iter: int = 3000):
        self.context = context
        self.context_weight = context_weight
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.class_weight = class_weight
        self.min_df = min_df
        self.max_iter = max_iter

    # -- features ----------------------------------------------------------------
    def _context_strings(self, X: Sequence[ClauseContext]) -> List[str]:
        # "ctx" keeps the vocabulary non-empty when no clause has any context.
        return ["ctx " + " ".join(prefix + word for name, prefix in CONTEXT_PREFIXES for word in getattr(x, name).split())
                for x in X]

    def _block_inputs(self, X: Sequence[ClauseContext]) -> dict:
        """The strings each vectorizer reads, made only when asked for (cues cost time)."""
        return {
            "word": lambda: [" ".join([f"lang={x.lang}", x.words, *cue_tokens(x.text, x.lang),
                                       *cue_tokens(x.heading, x.lang, "hcue=")]) for x in X],
            "char": lambda: [x.text for x in X],
            "context": lambda: self._context_strings(X),
        }

    def _features(self, X: Sequence[ClauseContext], *, fit: bool = False, cache: dict | None = None):
        """The feature matrix of ``X``. ``cache`` (keyed by vectorizer) lets classifiers
        that share fitted vectorizers, such as the area and measure models, share the work."""
        inputs = self._block_inputs(X)
        if fit:
            self.word_vectorizer_ = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True,
                                                    ngram_range=tuple(self.word_ngrams), min_df=self.min_df)
            char_min_df = max(2, self.min_df) if len(X) >= 50 else 1  # tiny corpora keep every n-gram
            self.char_vectorizer_ = TfidfVectorizer(analyzer="char_wb", sublinear_tf=True, min_df=char_min_df,
                                                    ngram_range=tuple(self.char_ngrams))
            if self.context:
                self.context_vectorizer_ = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True)
        blocks = []
        for name, vectorizer in zip(("word", "char", "context"), self._vectorizers()):
            if fit:
                block = vectorizer.fit_transform(inputs[name]())
            elif cache is not None and id(vectorizer) in cache:
                block = cache[id(vectorizer)]
            else:
                block = vectorizer.transform(inputs[name]())
                if cache is not None:
                    cache[id(vectorizer)] = block
            blocks.append(block * self.context_weight if name == "context" else block)
        return sparse.hstack(blocks, format="csr")

    def _vectorizers(self):
        yield self.word_vectorizer_
        yield self.char_vectorizer_
        if self.context:
            yield self.context_vectorizer_

    def feature_names(self) -> np.ndarray:
        names = [f"word:{n}" for n in self.word_vectorizer_.get_feature_names_out()]
        names += [f"char:{n}" for n in self.char_vectorizer_.get_feature_names_out()]
        if self.context:
            names += [f"context:{n}" for n in self.context_vectorizer_.get_feature_names_out()]
        return np.array(names, dtype=object)

    # -- estimator ---------------------------------------------------------------
    def fit(self, X: Sequence[ClauseContext], y: Sequence) -> "PolicyClassifier":
        if len(X) != len(y):
            raise ValueError(f"X has {len(X)} clauses but y has {len(y)} labels")
        matrix = self._features(X, fit=True)
        for vectorizer in self._vectorizers():
            vectorizer.stop_words_ = None  # the pruned terms: only needed for inspection, and large
        self.model_ = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter)
        self.model_.fit(matrix, np.asarray(y))
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, X: Sequence[ClauseContext], *, cache: dict | None = None) -> np.ndarray:
        """Label probabilities, columns in ``classes_`` order; pass one ``cache`` dict to
        several classifiers with shared vectorizers to transform ``X`` once."""
        return self.model_.predict_proba(self._features(X, cache=cache))

    def predict(self, X: Sequence[ClauseContext]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def explain(self, x: ClauseContext, *, label=None, top: int = 8) -> List[Tuple[str, float]]:
        """The features that pushed ``x`` towards ``label`` (default: the predicted one) most.

        Returns ``(feature, contribution)`` pairs, largest first; a contribution is the
        feature's value in ``x`` times its weight for the label, less the mean weight
        over labels (so it says what favours this label over the others).
        """
        row = self._features([x])
        if label is None:
            label = self.predict([x])[0]
        coefficients = self.model_.coef_
        if coefficients.shape[0] == 1:  # binary: one row, positive class is classes_[1]
            weights = coefficients[0] if label == self.classes_[1] else -coefficients[0]
        else:
            index = int(np.where(self.classes_ == label)[0][0])
            weights = coefficients[index] - coefficients.mean(axis=0)
        names = self.feature_names()
        contributions = [(names[j], float(value * weights[j])) for j, value in zip(row.indices, row.data)]
        return sorted(contributions, key=lambda pair: -pair[1])[:top]


# -- plain-data state, for saving as JSON (no pickle, no code in the file) ------------
_VECTORIZER_SETTINGS = ("analyzer", "token_pattern", "lowercase", "sublinear_tf", "ngram_range", "min_df")


def vectorizer_state(vectorizer: TfidfVectorizer) -> dict:
    """A fitted TF-IDF vectorizer as plain data: settings, terms in column order, idf."""
    terms = [None] * len(vectorizer.vocabulary_)
    for term, column in vectorizer.vocabulary_.items():
        terms[column] = term
    settings = {name: getattr(vectorizer, name) for name in _VECTORIZER_SETTINGS}
    settings["ngram_range"] = list(settings["ngram_range"])
    return {"settings": settings, "terms": terms, "idf": [round(float(v), 6) for v in vectorizer.idf_]}


def vectorizer_from_state(state: dict) -> TfidfVectorizer:
    settings = dict(state["settings"], ngram_range=tuple(state["settings"]["ngram_range"]))
    vectorizer = TfidfVectorizer(**settings)
    vectorizer.vocabulary_ = {term: column for column, term in enumerate(state["terms"])}
    vectorizer.idf_ = np.asarray(state["idf"], dtype=np.float64)
    return vectorizer


def classifier_state(model: PolicyClassifier) -> dict:
    """Everything a fitted :class:`PolicyClassifier` needs to predict, as JSON-able data."""
    params = model.get_params()
    params["word_ngrams"], params["char_ngrams"] = list(params["word_ngrams"]), list(params["char_ngrams"])
    return {
        "params": params,
        "vectorizers": {name: vectorizer_state(v) for name, v in
                        zip(("word", "char", "context"), model._vectorizers())},
        "classes": [c.item() if hasattr(c, "item") else c for c in model.classes_],
        "coef": [[round(float(v), 6) for v in row] for row in model.model_.coef_],
        "intercept": [round(float(v), 6) for v in model.model_.intercept_],
    }


def classifier_from_state(state: dict, *, loaded: list | None = None) -> PolicyClassifier:
    """The classifier of :func:`classifier_state`. Vectorizers equal to one in ``loaded``
    (``(state, vectorizer)`` pairs, filled as it goes) are shared, not rebuilt: classifiers
    fitted on the same clauses then transform them once (see ``predict_proba``)."""
    loaded = [] if loaded is None else loaded

    def vectorizer(vectorizer_state_: dict) -> TfidfVectorizer:
        for seen, built in loaded:
            if seen == vectorizer_state_:
                return built
        built = vectorizer_from_state(vectorizer_state_)
        loaded.append((vectorizer_state_, built))
        return built

    params = dict(state["params"], word_ngrams=tuple(state["params"]["word_ngrams"]),
                  char_ngrams=tuple(state["params"]["char_ngrams"]))
    model = PolicyClassifier(**params)
    vectorizers = state["vectorizers"]
    model.word_vectorizer_ = vectorizer(vectorizers["word"])
    model.char_vectorizer_ = vectorizer(vectorizers["char"])
    if model.context:
        model.context_vectorizer_ = vectorizer(vectorizers["context"])
    classes = np.asarray(state["classes"])
    regression = LogisticRegression(C=model.C, class_weight=model.class_weight, max_iter=model.max_iter)
    regression.classes_ = classes
    regression.coef_ = np.asarray(state["coef"], dtype=np.float64)
    regression.intercept_ = np.asarray(state["intercept"], dtype=np.float64)
    regression.n_features_in_ = regression.coef_.shape[1]
    model.model_, model.classes_ = regression, classes
    return model
