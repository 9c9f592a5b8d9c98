"""Score the rule-based figure and date finders on a corpus split, per language.

``python -m evaluation.rules_eval corpora/dev.jsonl`` prints strict precision, recall
and F1 per label (MONEY, PERCENT, QUANTITY, CARDINAL, DATE) and value and unit
accuracy on strictly matched figures, for each language and overall. ``--errors``
also lists every missed and spurious span with its context.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from evaluation.entities import figure_accuracy, strict_prf, values_equal
from evaluation.prf import PRF, Accuracy
from nlp.extract.dates import find_dates
from nlp.extract.figures import find_figures
from nlp.io import read_documents
from nlp.types import FIGURE_LABELS, Document

LABELS: Tuple[str, ...] = FIGURE_LABELS + ("DATE",)


def predict(document: Document) -> Document:
    """The document with only the rules' figures and dates as its entities."""
    entities = sorted(find_figures(document.text) + find_dates(document.text), key=lambda e: (e.start, e.end))
    return document.with_(entities=tuple(entities))


def gold_view(document: Document) -> Document:
    """The gold document restricted to the labels the rules produce."""
    return document.with_(entities=tuple(e for e in document.entities if e.label in LABELS))


def score(documents: Iterable[Document]) -> Dict[str, dict]:
    """Per language and ``all``: ``{label: PRF}``, plus ``value`` and ``unit`` accuracies."""
    table: Dict[str, dict] = defaultdict(lambda: {"prf": defaultdict(PRF), "value": Accuracy(), "unit": Accuracy()})
    for document in documents:
        gold, predicted = gold_view(document), predict(document)
        values, units = figure_accuracy(gold, predicted)
        for group in (document.lang, "all"):
            row = table[group]
            for label in LABELS:
                row["prf"][label] += strict_prf(gold, predicted, label)
            row["value"] += values
            row["unit"] += units
    return dict(table)


def report(table: Dict[str, dict]) -> str:
    """A plain-text table of the scores."""
    lines = []
    for group in sorted(table, key=lambda g: (g == "all", g)):
        row = table[group]
        lines.append(f"[{group}]")
        lines.append(f"  {'label':<9} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for label in LABELS:
            prf = row["prf"][label]
            lines.append(f"  {label:<9} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f} {prf.tp:5d} {prf.fp:5d} {prf.fn:5d}")
        lines.append(f"  value accuracy {row['value'].accuracy:.3f} ({row['value'].correct}/{row['value'].total}), "
                     f"unit accuracy {row['unit'].accuracy:.3f} ({row['unit'].correct}/{row['unit'].total})")
    return "\n".join(lines)


def errors(documents: Iterable[Document], labels: Sequence[str] = LABELS) -> List[str]:
    """One line per missed (``-``), spurious (``+``) or wrongly valued (``~``) entity."""
    lines = []
    for document in documents:
        gold, predicted = gold_view(document), predict(document)
        text = document.text
        gold_spans = {(e.start, e.end, e.label): e for e in gold.entities if e.label in labels}
        predicted_spans = {(e.start, e.end, e.label): e for e in predicted.entities if e.label in labels}
        for key in sorted(set(gold_spans) | set(predicted_spans)):
            start, end, label = key
            context = (text[max(0, start - 20):start] + "[[" + text[start:end] + "]]" + text[end:end + 12]).replace("\n", "⏎")
            if key not in predicted_spans:
                lines.append(f"- {document.lang} {label:<8} {context}")
            elif key not in gold_spans:
                lines.append(f"+ {document.lang} {label:<8} {context}")
            else:
                g, p = gold_spans[key], predicted_spans[key]
                if label != "DATE" and (not values_equal(g.value, p.value) or g.unit != p.unit):
                    lines.append(f"~ {document.lang} {label:<8} {context} gold {g.value} {g.unit} got {p.value} {p.unit}")
    return lines


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.rules_eval", description=__doc__.splitlines()[0])
    parser.add_argument("split", help="a gold JSONL file, e.g. corpora/dev.jsonl")
    parser.add_argument("--errors", action="store_true", help="also list every missed and spurious entity")
    parser.add_argument("--label", action="append", choices=LABELS, help="restrict --errors to these labels")
    args = parser.parse_args(argv)
    documents = list(read_documents(args.split))
    print(report(score(documents)))
    if args.errors:
        print("\n".join(errors(documents, args.label or LABELS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
