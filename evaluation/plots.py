"""Plots of an evaluation as PNG bytes, drawn with matplotlib's object API (no global state)."""
from __future__ import annotations

import io
from typing import List, Mapping, Sequence

from nlp.types import ENTITY_LABELS

HEADLINE = (("clause boundary F1", ("clause_boundary", "f1")), ("marker F1", ("markers", "f1")),
            ("measure F1", ("measure", "f1")), ("area accuracy", ("area", "accuracy")),
            ("area macro F1", ("area", "macro_f1")), ("entity F1", ("entities", "f1")),
            ("entity partial F1", ("entities_partial", "f1")), ("figure value acc.", ("figure_value_accuracy",)))


def _figure(width: float, height: float):
    try:
        from matplotlib.figure import Figure
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise RuntimeError("reports need matplotlib: pip install matplotlib") from error
    return Figure(figsize=(width, height), dpi=100)


def _png(figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def _value(figures: Mapping, path: Sequence[str]):
    for key in path:
        figures = figures.get(key, {}) if isinstance(figures, Mapping) else {}
    return figures if isinstance(figures, (int, float)) else None


def _error_bars(values: List[float], intervals: List) -> List[List[float]]:
    """Distances below and above each value for ``ax.bar(yerr=...)`` (zero where no interval)."""
    low = [max(0.0, v - ci[0]) if ci else 0.0 for v, ci in zip(values, intervals)]
    high = [max(0.0, ci[1] - v) if ci else 0.0 for v, ci in zip(values, intervals)]
    return [low, high]


def confusion_png(area: Mapping) -> bytes:
    """Confusion matrix of areas: gold down, predicted across (plus unmatched); shade by row share."""
    confusion = area.get("confusion", {})
    gold_labels = sorted(confusion)
    predicted = sorted({p for row in confusion.values() for p in row} | set(gold_labels))
    labels = [p for p in predicted if p != "<unmatched>"] + (["<unmatched>"] if "<unmatched>" in predicted else [])
    counts = [[confusion.get(g, {}).get(p, 0) for p in labels] for g in gold_labels]
    figure = _figure(1.0 + 0.6 * max(len(labels), 1), 1.0 + 0.5 * max(len(gold_labels), 1))
    axes = figure.add_subplot()
    shares = [[n / (sum(row) or 1) for n in row] for row in counts] or [[0.0]]
    axes.imshow(shares, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    for i, row in enumerate(counts):
        for j, n in enumerate(row):
            if n:
                axes.text(j, i, str(n), ha="center", va="center", fontsize=8,
                          color="white" if shares[i][j] > 0.6 else "black")
    axes.set_xticks(range(len(labels)), labels, rotation=45, ha="right", fontsize=8)
    axes.set_yticks(range(len(gold_labels)), gold_labels, fontsize=8)
    axes.set_xlabel("predicted area")
    axes.set_ylabel("gold area")
    axes.set_title("Areas: confusion matrix (shade = share of the gold row)")
    return _png(figure)


def label_f1_png(figures: Mapping) -> bytes:
    """F1 per entity label and per area, with bootstrap intervals as error bars where present."""
    figure = _figure(11, 4)
    groups = (("Entities (strict F1)", figures.get("entities_by_label", {}), list(ENTITY_LABELS)),
              ("Areas (F1)", figures.get("area", {}).get("per_area", {}), sorted(figures.get("area", {}).get("per_area", {}))))
    for index, (title, per_label, labels) in enumerate(groups, start=1):
        axes = figure.add_subplot(1, 2, index)
        labels = [label for label in labels if label in per_label]
        values = [per_label[label]["f1"] for label in labels]
        intervals = [per_label[label].get("f1_ci") for label in labels]
        axes.bar(range(len(labels)), values, yerr=_error_bars(values, intervals) if labels else None,
                 color="#4c72b0", capsize=3)
        axes.set_xticks(range(len(labels)), labels, rotation=45, ha="right", fontsize=8)
        axes.set_ylim(0, 1.05)
        axes.set_title(title)
    return _png(figure)


def language_png(figures: Mapping) -> bytes:
    """Headline figures side by side for each language."""
    languages = sorted(figures.get("by_language", {}))
    figure = _figure(11, 4)
    axes = figure.add_subplot()
    width = 0.8 / max(len(languages), 1)
    for index, lang in enumerate(languages):
        scores = figures["by_language"][lang]
        values = [_value(scores, path) or 0.0 for _, path in HEADLINE]
        intervals = [_value_ci(scores, path) for _, path in HEADLINE]
        axes.bar([x + index * width for x in range(len(HEADLINE))], values, width, label=lang,
                 yerr=_error_bars(values, intervals), capsize=2)
    axes.set_xticks([x + width * (len(languages) - 1) / 2 for x in range(len(HEADLINE))],
                    [name for name, _ in HEADLINE], rotation=30, ha="right", fontsize=8)
    axes.set_ylim(0, 1.05)
    axes.set_title("Per language")
    if languages:
        axes.legend(loc="lower right")
    return _png(figure)


def _value_ci(figures: Mapping, path: Sequence[str]):
    parent = figures
    for key in path[:-1]:
        parent = parent.get(key, {})
    return parent.get(f"{path[-1]}_ci") if isinstance(parent, Mapping) else None


def learning_curve_png(points: Sequence[Mapping]) -> bytes:
    """Macro F1 against the share of training data, one line per language."""
    figure = _figure(6, 4)
    axes = figure.add_subplot()
    for lang in sorted({str(p.get("lang", "all")) for p in points}):
        line = sorted((p["fraction"], p["macro_f1"]) for p in points if str(p.get("lang", "all")) == lang)
        axes.plot([x for x, _ in line], [y for _, y in line], marker="o", label=lang)
    axes.set_xlabel("fraction of the training data")
    axes.set_ylabel("area macro F1")
    axes.set_ylim(0, 1.05)
    axes.set_title("Learning curve")
    axes.legend()
    return _png(figure)
