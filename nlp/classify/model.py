"""The clause classifier: TF-IDF word, character and context features, logistic regression.

A scikit-learn estimator (keyword-only ``__init__`` that only stores, learned state
ending in ``_``, ``fit`` returning ``self``), so ``clone``, ``Pipeline`` and
``GridSearchCV`` work on it. It classifies :class:`~nlp.classify.context.ClauseContext`
objects into any label set: policy areas, or ``True``/``False`` for the measure flag.
"""
from __future__ import annotations

from typing import List, Sequence, Tuple

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from nlp.classify.context import ClauseContext
from nlp.classify.features import BLOCKS, block_inputs, contributions, weighted_blocks

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
    def _features(self, X: Sequence[ClauseContext], *, fit: bool = False):
        """The feature matrix of ``X`` (fitting the vectorizers first if ``fit``)."""
        inputs = block_inputs(X)
        if fit:
            self.word_vectorizer_ = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True,
                                                    ngram_range=tuple(self.word_ngrams), min_df=self.min_df)
            char_min_df = max(2, self.min_df) if len(X) >= 50 else 1  # tiny corpora keep every n-gram
            self.char_vectorizer_ = TfidfVectorizer(analyzer="char_wb", sublinear_tf=True, min_df=char_min_df,
                                                    ngram_range=tuple(self.char_ngrams))
            if self.context:
                self.context_vectorizer_ = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True)
        blocks = [vectorizer.fit_transform(inputs[name]()) if fit else vectorizer.transform(inputs[name]())
                  for name, vectorizer in zip(BLOCKS, self._vectorizers())]
        return weighted_blocks(blocks, BLOCKS, self.context_weight)

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

    def predict_proba(self, X: Sequence[ClauseContext]) -> np.ndarray:
        return self.model_.predict_proba(self._features(X))

    def predict(self, X: Sequence[ClauseContext]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def explain(self, x: ClauseContext, *, label=None, top: int = 8) -> List[Tuple[str, float]]:
        """The features that pushed ``x`` towards ``label`` (default: the predicted one) most.

        Returns ``(feature, contribution)`` pairs, largest first; a contribution is the
        feature's value in ``x`` times its weight for the label, less the mean weight
        over labels (so it says what favours this label over the others).
        """
        label = self.predict([x])[0] if label is None else label
        return contributions(self._features([x]), self.feature_names(), self.model_.coef_, self.classes_, label, top)


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


def classifier_state(model: PolicyClassifier) -> dict:
    """Everything a fitted :class:`PolicyClassifier` needs to predict, as JSON-able data."""
    params = model.get_params()
    params["word_ngrams"], params["char_ngrams"] = list(params["word_ngrams"]), list(params["char_ngrams"])
    return {
        "params": params,
        "vectorizers": {name: vectorizer_state(v) for name, v in
                        zip(BLOCKS, model._vectorizers())},
        "classes": [c.item() if hasattr(c, "item") else c for c in model.classes_],
        "coef": [[round(float(v), 6) for v in row] for row in model.model_.coef_],
        "intercept": [round(float(v), 6) for v in model.model_.intercept_],
    }
