"""Is system B better than system A on the same gold? A paired bootstrap over documents."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence, Tuple

from evaluation.bootstrap import DEFAULT_SAMPLES, DEFAULT_SEED, Comparison, metric_paths, paired_bootstrap
from evaluation.harness import Scores, pair_documents
from nlp.types import Document

HEADLINE: Tuple[str, ...] = (
    "clause_boundary.f1", "sentence_boundary.f1", "markers.f1", "markers.level_accuracy", "measure.f1",
    "area.accuracy", "area.macro_f1", "entities.f1", "entities_partial.f1",
    "figure_value_accuracy", "figure_unit_accuracy",
)


@dataclass(frozen=True)
class ComparisonReport:
    """One :class:`Comparison` per figure, with the settings that make it reproducible."""

    comparisons: Tuple[Comparison, ...]
    documents: int
    samples: int
    seed: int
    alpha: float

    def to_dict(self) -> dict:
        return {"documents": self.documents, "samples": self.samples, "seed": self.seed, "alpha": self.alpha,
                "comparisons": [c.to_dict() for c in self.comparisons]}

    def format(self) -> str:
        """A plain-text table, one figure per line, with the verdict."""
        lines = [f"paired bootstrap over {self.documents} documents, {self.samples} samples, seed {self.seed}; "
                 f"significant when p < {self.alpha:g}",
                 f"{'figure':<28}{'A':>8}{'B':>8}{'B - A':>9}  {'interval of B - A':<20}{'p':>7}  verdict"]
        for c in self.comparisons:
            interval = f"[{c.low:+.3f}, {c.high:+.3f}]"
            p_value = f"{c.p_value:.3f}" if c.p_value >= 0.001 else "<0.001"
            lines.append(f"{c.metric:<28}{c.a:>8.4f}{c.b:>8.4f}{c.difference:>+9.4f}  {interval:<20}{p_value:>7}  {c.verdict}")
        return "\n".join(lines)


def parse_metrics(names: Sequence[str], example: dict) -> List[Tuple[str, ...]]:
    """Dotted figure names (``entities.f1``) as paths; ``all`` for every F1 and accuracy."""
    if not names:
        names = HEADLINE
    if "all" in names:
        return metric_paths(example)
    known = {".".join(path) for path in metric_paths(example)}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown figure(s) {', '.join(unknown)}; e.g. {', '.join(HEADLINE[:4])}, or 'all'")
    return [tuple(name.split(".")) for name in names]


def compare(gold: Sequence[Document], predicted_a: Sequence[Document], predicted_b: Sequence[Document], *,
            metrics: Sequence[str] = (), samples: int = DEFAULT_SAMPLES, seed: int = DEFAULT_SEED,
            alpha: float = 0.05) -> ComparisonReport:
    """Paired bootstrap of two prediction sets on the same gold documents.

    Parameters
    ----------
    gold, predicted_a, predicted_b : sequences of Document
        Paired by id as :func:`~evaluation.harness.pair_documents` does (a missing
        prediction is scored as empty).
    metrics : sequence of str
        Dotted figure names; the headline figures when empty, every F1 and accuracy with ``all``.
    samples, seed : int
        Bootstrap samples and the seed of their draws.
    alpha : float
        Significance level.
    """
    gold = list(gold)
    pairs_a = pair_documents(gold, predicted_a).pairs
    pairs_b = pair_documents(gold, predicted_b).pairs
    scores_a = [Scores.of(g, p) for g, p in pairs_a]
    scores_b = [Scores.of(g, p) for g, p in pairs_b]
    paths = parse_metrics(list(metrics), sum(scores_a, Scores()).to_dict())
    found = paired_bootstrap(scores_a, scores_b, metrics=paths, samples=samples, seed=seed, alpha=alpha)
    return ComparisonReport(tuple(found), len(gold), samples, seed, alpha)
