"""Features and prediction of a trained clause classifier, without scikit-learn.

Training uses scikit-learn (:mod:`nlp.classify.model`), but importing it takes over a
second and about 170 MB (it pulls in SciPy's statistics and pandas). Annotation only
needs the saved vocabularies, idf weights and coefficients, so :class:`LinearClassifier`
predicts from those with NumPy and SciPy's sparse matrices, exactly as the fitted
estimator does (a test checks they agree).
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from scipy import sparse

from nlp.classify.context import ClauseContext
from nlp.classify.cues import cue_tokens

#: The context fields and the prefix their words carry as features.
CONTEXT_PREFIXES = (("heading", "h:"), ("previous", "p:"), ("next", "n:"))
#: The feature blocks, in column order.
BLOCKS = ("word", "char", "context")


def block_inputs(X: Sequence[ClauseContext]) -> Dict[str, Callable[[], List[str]]]:
    """The strings each block's vectorizer reads, made only when asked for (cues cost time):
    the clause's words with language and cue tokens, its text, and its context words."""
    return {
        "word": lambda: [" ".join([f"lang={x.lang}", x.words, *cue_tokens(x.text, x.lang),
                                   *cue_tokens(x.heading, x.lang, "hcue=")]) for x in X],
        "char": lambda: [x.text for x in X],
        # "ctx" keeps the vocabulary non-empty when no clause has any context.
        "context": lambda: ["ctx " + " ".join(prefix + word for name, prefix in CONTEXT_PREFIXES
                                               for word in getattr(x, name).split()) for x in X],
    }


def weighted_blocks(blocks: Sequence, names: Sequence[str], context_weight: float):
    """The blocks side by side, the context block scaled by ``context_weight``."""
    return sparse.hstack([block * context_weight if name == "context" else block
                          for name, block in zip(names, blocks)], format="csr")


def contributions(row, names: np.ndarray, coefficients: np.ndarray, classes: np.ndarray, label,
                  top: int) -> List[Tuple[str, float]]:
    """The ``top`` features of one feature row that favour ``label`` most: value times the
    label's weight less the mean weight over labels (the weight itself for two classes)."""
    if coefficients.shape[0] == 1:  # binary: one row, positive class is classes[1]
        weights = coefficients[0] if label == classes[1] else -coefficients[0]
    else:
        index = int(np.where(classes == label)[0][0])
        weights = coefficients[index] - coefficients.mean(axis=0)
    found = [(str(names[j]), float(value * weights[j])) for j, value in zip(row.indices, row.data)]
    return sorted(found, key=lambda pair: -pair[1])[:top]


_WHITE_SPACES = re.compile(r"\s\s+")


class TfidfFeatures:
    """A fitted TF-IDF vectorizer's transform, from its saved state (terms, idf, settings):
    word n-grams of ``token_pattern`` tokens or ``char_wb`` character n-grams, sublinear
    term frequency, idf weights, rows of unit length."""

    def __init__(self, state: dict):
        settings = state["settings"]
        self.analyzer = settings["analyzer"]
        self.lowercase = settings["lowercase"]
        self.sublinear_tf = settings["sublinear_tf"]
        self.ngram_range = tuple(settings["ngram_range"])
        self.token_pattern = re.compile(settings["token_pattern"])
        self.terms = np.array(state["terms"], dtype=object)
        self.vocabulary = {term: column for column, term in enumerate(state["terms"])}
        self.idf = np.asarray(state["idf"], dtype=np.float64)

    def analyze(self, document: str) -> List[str]:
        if self.lowercase:
            document = document.lower()
        if self.analyzer == "char_wb":
            return _char_wb_ngrams(document, *self.ngram_range)
        return _word_ngrams(self.token_pattern.findall(document), *self.ngram_range)

    def transform(self, documents: Sequence[str]) -> sparse.csr_matrix:
        indices: List[int] = []
        values: List[float] = []
        indptr = [0]
        vocabulary = self.vocabulary
        for document in documents:
            counts: Dict[int, int] = {}
            for term in self.analyze(document):
                column = vocabulary.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            indices.extend(counts)
            values.extend(counts.values())
            indptr.append(len(indices))
        matrix = sparse.csr_matrix((np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                                    np.asarray(indptr, dtype=np.int64)), shape=(len(documents), len(self.idf)))
        matrix.sort_indices()
        if self.sublinear_tf:
            np.log(matrix.data, matrix.data)
            matrix.data += 1.0
        matrix.data *= self.idf[matrix.indices]
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0.0] = 1.0
        matrix.data /= np.repeat(norms, np.diff(matrix.indptr))
        return matrix


def _word_ngrams(tokens: List[str], low: int, high: int) -> List[str]:
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return grams


def _char_wb_ngrams(text: str, low: int, high: int) -> List[str]:
    """Character n-grams inside space-padded words; a word shorter than n counts once."""
    grams: List[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        word = f" {word} "
        for n in range(low, high + 1):
            if len(word) <= n:
                grams.append(word)
                break
            grams.extend(word[i:i + n] for i in range(len(word) - n + 1))
    return grams


class LinearClassifier:
    """A trained :class:`~nlp.classify.model.PolicyClassifier` for prediction only."""

    def __init__(self, state: dict, *, loaded: Optional[list] = None):
        """``loaded`` holds ``(state, TfidfFeatures)`` pairs already built: classifiers fitted
        on the same clauses (area and measure) then share their vectorizers and, with one
        ``cache`` passed to ``predict_proba``, transform each clause once."""
        loaded = [] if loaded is None else loaded
        params = state["params"]
        self.context = params["context"]
        self.context_weight = params["context_weight"]
        self.blocks = BLOCKS if self.context else BLOCKS[:2]
        self.vectorizers = [_shared(state["vectorizers"][name], loaded) for name in self.blocks]
        self.classes_ = np.asarray(state["classes"])
        self.coef_ = np.asarray(state["coef"], dtype=np.float64)
        self.intercept_ = np.asarray(state["intercept"], dtype=np.float64)

    def features(self, X: Sequence[ClauseContext], *, cache: Optional[dict] = None):
        inputs = block_inputs(X)
        blocks = []
        for name, vectorizer in zip(self.blocks, self.vectorizers):
            if cache is not None and id(vectorizer) in cache:
                blocks.append(cache[id(vectorizer)])
                continue
            block = vectorizer.transform(inputs[name]())
            if cache is not None:
                cache[id(vectorizer)] = block
            blocks.append(block)
        return weighted_blocks(blocks, self.blocks, self.context_weight)

    def predict_proba(self, X: Sequence[ClauseContext], *, cache: Optional[dict] = None) -> np.ndarray:
        """Label probabilities (columns in ``classes_`` order), as logistic regression gives them."""
        scores = np.asarray(self.features(X, cache=cache) @ self.coef_.T) + self.intercept_
        if self.coef_.shape[0] == 1:
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, scores)
        return scores / scores.sum(axis=1, keepdims=True)

    def predict(self, X: Sequence[ClauseContext]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def feature_names(self) -> np.ndarray:
        return np.concatenate([np.array([f"{name}:{term}" for term in vectorizer.terms], dtype=object)
                               for name, vectorizer in zip(self.blocks, self.vectorizers)])

    def explain(self, x: ClauseContext, *, label=None, top: int = 8) -> List[Tuple[str, float]]:
        """The features that pushed ``x`` towards ``label`` (default: the predicted one) most."""
        label = self.predict([x])[0] if label is None else label
        return contributions(self.features([x]), self.feature_names(), self.coef_, self.classes_, label, top)


def _shared(state: dict, loaded: list) -> TfidfFeatures:
    for seen, built in loaded:
        if seen == state:
            return built
    built = TfidfFeatures(state)
    loaded.append((state, built))
    return built
