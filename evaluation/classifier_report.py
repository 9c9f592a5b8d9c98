"""Issue-5 report: the area classifier against its baselines, across languages, and
by amount of training data, on the test split.

Systems are fitted on train+dev (the shipped model's data) and scored once on test.
``python -m evaluation.classifier_report`` writes ``evaluation/results/classifier.json``,
``classifier.md`` and ``learning_curve.png``.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Dict, List, Sequence

from sklearn.metrics import accuracy_score, f1_score

from nlp.classify.baselines import keyword_areas, keyword_measures, majority_labels
from nlp.classify.data import clause_examples
from nlp.classify.train import DEFAULT_PARAMS, fit_classifiers
from nlp.io import read_documents
from nlp.types import Document

LANGS = ("en", "zh")


def scores(gold_areas, areas, gold_measures, measures, langs) -> Dict[str, Dict[str, float]]:
    """Area accuracy and macro F1 (over gold areas) and measure F1, per language and all."""
    result = {}
    for lang in list(LANGS) + ["all"]:
        index = [i for i, l in enumerate(langs) if lang in ("all", l)]
        if not index:
            continue
        gold = [gold_areas[i] for i in index]
        guess = [areas[i] for i in index]
        result[lang] = {"area_accuracy": round(accuracy_score(gold, guess), 4),
                        "area_macro_f1": round(f1_score(gold, guess, average="macro", labels=sorted(set(gold)),
                                                        zero_division=0), 4),
                        "measure_f1": round(f1_score([gold_measures[i] for i in index],
                                                     [bool(measures[i]) for i in index], zero_division=0), 4)}
    return result


def subsample(documents: Sequence[Document], fraction: float, seed: int) -> List[Document]:
    """A random share of documents per language (at least one)."""
    rng = random.Random(seed)
    chosen = []
    for lang in LANGS:
        pool = [d for d in documents if d.lang == lang]
        rng.shuffle(pool)
        chosen += pool[:max(1, round(len(pool) * fraction))]
    return chosen


def report(corpus: Path, seeds: Sequence[int] = (0, 1, 2)) -> dict:
    training = list(read_documents(corpus / "train.jsonl")) + list(read_documents(corpus / "dev.jsonl"))
    test = list(read_documents(corpus / "test.jsonl"))
    X, gold_areas, gold_measures = clause_examples(test)
    langs = [x.lang for x in X]
    _, train_areas, train_measures = clause_examples(training)
    systems = {
        "majority class": scores(gold_areas, majority_labels(train_areas, len(X)), gold_measures,
                                 majority_labels(train_measures, len(X)), langs),
        "keyword baseline": scores(gold_areas, keyword_areas(X), gold_measures, keyword_measures(X), langs),
    }
    no_context = fit_classifiers(training, {name: {"context": False} for name in DEFAULT_PARAMS})
    full = fit_classifiers(training)
    for name, models in (("model without context", no_context), ("full model", full)):
        systems[name] = scores(gold_areas, models["area"].predict(X), gold_measures, models["measure"].predict(X), langs)
    cross = {}
    for source, target in (("en", "zh"), ("zh", "en")):
        models = fit_classifiers([d for d in training if d.lang == source])
        index = [i for i, l in enumerate(langs) if l == target]
        picked = [X[i] for i in index]
        cross[f"{source} -> {target}"] = scores([gold_areas[i] for i in index], models["area"].predict(picked),
                                                 [gold_measures[i] for i in index], models["measure"].predict(picked),
                                                 [target] * len(index))[target]
    curve = []
    for fraction in (0.25, 0.5, 1.0):
        runs = [fit_classifiers(subsample(training, fraction, seed))["area"].predict(X)
                for seed in (seeds if fraction < 1 else seeds[:1])]
        for lang in list(LANGS) + ["all"]:
            index = [i for i, l in enumerate(langs) if lang in ("all", l)]
            values = [f1_score([gold_areas[i] for i in index], [run[i] for i in index], average="macro",
                               labels=sorted({gold_areas[i] for i in index}), zero_division=0) for run in runs]
            curve.append({"fraction": fraction, "lang": lang, "macro_f1": round(sum(values) / len(values), 4),
                          "runs": len(values)})
    return {"systems": systems, "cross_lingual": cross, "learning_curve": curve,
            "training_documents": len(training), "test_clauses": len(X)}


def to_markdown(result: dict) -> str:
    lines = ["| system | en acc | en macro F1 | en measure F1 | zh acc | zh macro F1 | zh measure F1 |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, figures in result["systems"].items():
        cells = [f"{figures[l][k]:.3f}" for l in LANGS for k in ("area_accuracy", "area_macro_f1", "measure_f1")]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| trained on → scored on | area acc | area macro F1 | measure F1 |", "| --- | --- | --- | --- |"]
    for name, figures in result["cross_lingual"].items():
        lines.append(f"| {name} | {figures['area_accuracy']:.3f} | {figures['area_macro_f1']:.3f} | {figures['measure_f1']:.3f} |")
    lines += ["", "| share of training data | en macro F1 | zh macro F1 | all macro F1 |", "| --- | --- | --- | --- |"]
    for fraction in sorted({p["fraction"] for p in result["learning_curve"]}):
        row = {p["lang"]: p["macro_f1"] for p in result["learning_curve"] if p["fraction"] == fraction}
        lines.append(f"| {fraction:.0%} | {row['en']:.3f} | {row['zh']:.3f} | {row['all']:.3f} |")
    return "\n".join(lines) + "\n"


def plot_learning_curve(curve: List[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(5, 3.2))
    for lang in list(LANGS) + ["all"]:
        points = sorted((p["fraction"], p["macro_f1"]) for p in curve if p["lang"] == lang)
        axis.plot([100 * x for x, _ in points], [y for _, y in points], marker="o", label=lang)
    axis.set_xlabel("share of training documents (%)")
    axis.set_ylabel("area macro F1 on test")
    axis.set_title("Learning curve of the area classifier")
    axis.grid(alpha=0.3)
    axis.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("corpora"))
    parser.add_argument("--out", type=Path, default=Path("evaluation/results"))
    args = parser.parse_args(argv)
    result = report(args.corpus)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "classifier.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (args.out / "learning_curve.json").write_text(json.dumps(result["learning_curve"], indent=1) + "\n", encoding="utf-8")
    (args.out / "classifier.md").write_text(to_markdown(result), encoding="utf-8")
    plot_learning_curve(result["learning_curve"], args.out / "learning_curve.png")
    print(to_markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
