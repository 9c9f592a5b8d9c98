"""Bootstrap confidence intervals over documents, and the paired bootstrap test.

Documents are drawn with replacement; each draw's counts are summed and scored with
the same code as the point estimate, so an interval is always about the figure it is
printed beside. Seeded with :func:`numpy.random.default_rng`: the same seed, samples and
documents give the same intervals on every machine.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Iterator, List, Mapping, Sequence, Tuple

import numpy as np

from evaluation.harness import Evaluation, Scores

Path = Tuple[str, ...]

DEFAULT_SAMPLES = 1000
DEFAULT_SEED = 0
CONFIDENCE = 0.95


def is_metric(key: str) -> bool:
    """The figures that get an interval: every F1 and every accuracy."""
    return key in ("f1", "macro_f1") or key.endswith("accuracy")


def metric_paths(figures: Mapping, prefix: Path = ()) -> List[Path]:
    """Paths of every F1 and accuracy in an evaluation dictionary (``by_language`` and ``confusion`` left out)."""
    paths: List[Path] = []
    for key, value in figures.items():
        if key in ("by_language", "confusion"):
            continue
        if isinstance(value, Mapping):
            paths.extend(metric_paths(value, prefix + (key,)))
        elif is_metric(key) and isinstance(value, (int, float)) and not isinstance(value, bool):
            paths.append(prefix + (key,))
    return paths


def get_path(figures: Mapping, path: Path) -> float:
    value = figures
    for key in path:
        value = value.get(key, {}) if isinstance(value, Mapping) else {}
    return float(value) if isinstance(value, (int, float)) else 0.0


def resample_weights(documents: int, samples: int, seed: int) -> np.ndarray:
    """How often each document is drawn in each bootstrap sample: ``samples`` × ``documents``."""
    rng = np.random.default_rng(seed)
    if documents == 0:
        return np.zeros((samples, 0), dtype=np.int64)
    draws = rng.integers(0, documents, size=(samples, documents))
    weights = np.zeros((samples, documents), dtype=np.int64)
    np.add.at(weights, (np.repeat(np.arange(samples), documents), draws.ravel()), 1)
    return weights


def resampled_scores(per_document: Sequence[Scores], weights: np.ndarray) -> Iterator[Scores]:
    """The summed scores of each bootstrap sample (one row of ``weights`` each)."""
    counts = [scores.to_counts() for scores in per_document]
    keys = sorted({key for c in counts for key in c})
    matrix = np.array([[c.get(key, 0) for key in keys] for c in counts], dtype=np.int64).reshape(len(counts), len(keys))
    totals = weights @ matrix
    for row in totals:
        yield Scores.from_counts(dict(zip(keys, row.tolist())))


def percentile_interval(values: Sequence[float], confidence: float = CONFIDENCE) -> Tuple[float, float]:
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(np.asarray(values, dtype=float), [tail, 100 - tail])
    return float(low), float(high)


def intervals(per_document: Sequence[Scores], *, samples: int = DEFAULT_SAMPLES, seed: int = DEFAULT_SEED,
              confidence: float = CONFIDENCE) -> Dict[Path, Tuple[float, float]]:
    """Bootstrap percentile interval of every F1 and accuracy of the summed ``per_document`` scores.

    Parameters
    ----------
    per_document : sequence of Scores
        One :class:`Scores` per document (``Scores.of(gold, predicted)``).
    samples : int
        Bootstrap samples; 0 gives no intervals.
    seed : int
        Seed of the random draws: the same seed gives the same intervals.
    confidence : float
        Coverage of the interval (0.95 for 95%).

    Returns
    -------
    dict
        ``{path: (low, high)}`` with paths such as ``("entities", "f1")``.
    """
    if samples <= 0 or not per_document:
        return {}
    paths = metric_paths(sum(per_document, Scores()).to_dict())
    values: Dict[Path, List[float]] = {path: [] for path in paths}
    for scores in resampled_scores(per_document, resample_weights(len(per_document), samples, seed)):
        figures = scores.to_dict()
        for path in paths:
            values[path].append(get_path(figures, path))
    return {path: percentile_interval(v, confidence) for path, v in values.items()}


def attach_intervals(figures: Mapping, found: Mapping[Path, Tuple[float, float]]) -> dict:
    """A copy of ``figures`` with ``<name>_ci: [low, high]`` beside every figure that has an interval."""
    result = {key: (dict(value) if isinstance(value, Mapping) else value) for key, value in figures.items()}
    for path, (low, high) in found.items():
        target = result
        for key in path[:-1]:
            target[key] = dict(target[key])
            target = target[key]
        target[f"{path[-1]}_ci"] = [low, high]
    return _deep_copy(result)


def _deep_copy(value):
    if isinstance(value, Mapping):
        return {k: _deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_copy(v) for v in value]
    return value


def evaluation_with_intervals(result: Evaluation, *, samples: int = DEFAULT_SAMPLES, seed: int = DEFAULT_SEED,
                              confidence: float = CONFIDENCE) -> dict:
    """``result.to_dict()`` with intervals overall (all documents) and per language (that language's documents)."""
    figures = attach_intervals(result.overall.to_dict(),
                               intervals([d.scores for d in result.documents], samples=samples, seed=seed,
                                         confidence=confidence))
    figures["by_language"] = {
        lang: attach_intervals(scores.to_dict(),
                               intervals([d.scores for d in result.documents if d.lang == lang], samples=samples,
                                         seed=seed, confidence=confidence))
        for lang, scores in sorted(result.by_language.items())}
    figures["bootstrap"] = {"samples": samples, "seed": seed, "confidence": confidence, "unit": "document"}
    return figures


@dataclass(frozen=True)
class Comparison:
    """System B minus system A on one figure, with its paired-bootstrap interval and p-value."""

    metric: str
    a: float
    b: float
    low: float
    high: float
    p_value: float
    alpha: float

    @property
    def difference(self) -> float:
        return self.b - self.a

    @property
    def significant(self) -> bool:
        return self.p_value < self.alpha

    @property
    def verdict(self) -> str:
        if not self.significant:
            return "no significant difference"
        return "B is better" if self.difference > 0 else "A is better"

    def to_dict(self) -> dict:
        return {"metric": self.metric, "a": self.a, "b": self.b, "difference": self.difference,
                "difference_ci": [self.low, self.high], "p_value": self.p_value,
                "significant": self.significant, "verdict": self.verdict}


def paired_bootstrap(per_document_a: Sequence[Scores], per_document_b: Sequence[Scores], *,
                     metrics: Sequence[Path] = (), samples: int = DEFAULT_SAMPLES, seed: int = DEFAULT_SEED,
                     alpha: float = 1 - CONFIDENCE) -> List[Comparison]:
    """Paired bootstrap test of two systems scored on the same documents.

    Each sample draws documents with replacement and scores both systems on the same
    draw. The p-value is two-sided: the share of samples whose difference, centred on the
    observed one, is at least as far from zero as the observed difference (Berg-Kirkpatrick
    et al., 2012). The interval is the percentile interval of the difference at ``1 - alpha``.

    Parameters
    ----------
    per_document_a, per_document_b : sequence of Scores
        One :class:`Scores` per document, in the same document order.
    metrics : sequence of paths
        Figures to compare (``("entities", "f1")``); every F1 and accuracy when empty.
    samples, seed : int
        Bootstrap samples and the seed of their draws.
    alpha : float
        Significance level.
    """
    if len(per_document_a) != len(per_document_b):
        raise ValueError("the paired bootstrap needs both systems scored on the same documents")
    total_a, total_b = sum(per_document_a, Scores()).to_dict(), sum(per_document_b, Scores()).to_dict()
    paths = list(metrics) or metric_paths(total_a)
    weights = resample_weights(len(per_document_a), samples, seed)
    differences: Dict[Path, List[float]] = {path: [] for path in paths}
    for scores_a, scores_b in zip(resampled_scores(per_document_a, weights), resampled_scores(per_document_b, weights)):
        figures_a, figures_b = scores_a.to_dict(), scores_b.to_dict()
        for path in paths:
            differences[path].append(get_path(figures_b, path) - get_path(figures_a, path))
    comparisons = []
    for path in paths:
        a, b = get_path(total_a, path), get_path(total_b, path)
        observed = b - a
        sampled = np.asarray(differences[path], dtype=float)
        if len(sampled) == 0:
            low = high = observed
            p_value = 1.0
        else:
            low, high = percentile_interval(sampled, 1 - alpha)
            p_value = 1.0 if observed == 0 else float(np.mean(np.abs(sampled - observed) >= abs(observed) - 1e-12))
        comparisons.append(Comparison(".".join(path), a, b, low, high, p_value, alpha))
    return comparisons
