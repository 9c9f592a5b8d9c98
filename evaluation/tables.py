"""Plain-text tables of an evaluation, overall and per language."""
from __future__ import annotations

from evaluation.harness import Evaluation

ROWS = (
    ("clause boundary F1", lambda d: d["clause_boundary"]["f1"]),
    ("sentence boundary F1", lambda d: d["sentence_boundary"]["f1"]),
    ("marker F1", lambda d: d["markers"]["f1"]),
    ("marker level accuracy", lambda d: d["markers"]["level_accuracy"]),
    ("measure F1", lambda d: d["measure"]["f1"]),
    ("area accuracy", lambda d: d["area"]["accuracy"]),
    ("area macro F1", lambda d: d["area"]["macro_f1"]),
    ("entity strict F1", lambda d: d["entities"]["f1"]),
    ("entity partial F1", lambda d: d["entities_partial"]["f1"]),
    *((f"  {label} F1", (lambda label: lambda d: d["entities_by_label"][label]["f1"])(label))
      for label in ("ORG", "GPE", "DATE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")),
    ("figure value accuracy", lambda d: d["figure_value_accuracy"]),
    ("figure unit accuracy", lambda d: d["figure_unit_accuracy"]),
)


def format_evaluation(result: Evaluation) -> str:
    data = result.to_dict()
    columns = [("all", data)] + list(data["by_language"].items())
    lines = [f"{'':<24}" + "".join(f"{name:>9}" for name, _ in columns),
             f"{'documents':<24}" + "".join(f"{d['documents']:>9}" for _, d in columns)]
    for name, get in ROWS:
        lines.append(f"{name:<24}" + "".join(f"{get(d):>9.4f}" for _, d in columns))
    return "\n".join(lines)
