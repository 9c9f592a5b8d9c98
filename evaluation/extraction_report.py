"""Issue-4 report: entity figures of the rules alone, the trained NER alone, and the
combination, per language, on one split (dev for choosing, test for the record).

``python -m evaluation.extraction_report corpora/test.jsonl`` prints a Markdown table
and writes ``evaluation/results/extraction_<split>.json``. Clauses come from the
segmenter, so the figures are those of the full pipeline's extraction.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Dict

from evaluation.entities import figure_accuracy, strict_by_label, strict_prf
from evaluation.prf import PRF, Accuracy
from nlp.extract.steps import ExtractStep
from nlp.io import read_documents
from nlp.segment.segmenter import Segmenter

SYSTEMS = {"rules only": "rules", "NER only": "model", "combined": "combined", "shipped (per language)": None}
LABELS = ("ORG", "GPE", "DATE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def score_system(mode, gold, segmenter) -> Dict[str, dict]:
    step = ExtractStep(mode=mode)
    result = {}
    for lang in sorted({d.lang for d in gold}):
        total, by_label, values, units = PRF(), {}, Accuracy(), Accuracy()
        for reference in (d for d in gold if d.lang == lang):
            predicted = step(segmenter(reference.text, reference.lang))
            total += strict_prf(reference, predicted)
            for label, score in strict_by_label(reference, predicted).items():
                by_label[label] = by_label.get(label, PRF()) + score
            value, unit = figure_accuracy(reference, predicted)
            values, units = values + value, units + unit
        result[lang] = {"entity_f1": round(total.f1, 4), **{f"{k}_f1": round(by_label[k].f1, 4) for k in LABELS},
                        "value_accuracy": round(values.accuracy, 4), "unit_accuracy": round(units.accuracy, 4)}
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, default=Path("evaluation/results"))
    args = parser.parse_args(argv)
    gold = list(read_documents(args.gold))
    segmenter = Segmenter(tokens=False)
    results = {name: score_system(mode, gold, segmenter) for name, mode in SYSTEMS.items()}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"extraction_{args.gold.stem}.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    columns = ["entity_f1"] + [f"{k}_f1" for k in LABELS] + ["value_accuracy", "unit_accuracy"]
    print("| system | lang | " + " | ".join(c.replace("_f1", "").replace("_accuracy", " acc") for c in columns) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in columns) + " |")
    for name, by_lang in results.items():
        for lang, figures in by_lang.items():
            print(f"| {name} | {lang} | " + " | ".join(f"{figures[c]:.3f}" for c in columns) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
