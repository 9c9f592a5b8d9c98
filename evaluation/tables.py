"""Tables of an evaluation, overall and per language: plain text, Markdown and HTML.

Each takes the dictionary of ``Evaluation.to_dict()`` (or an :class:`Evaluation`); where
the dictionary has bootstrap intervals (``f1_ci`` ...), they are printed beside the figure.
"""
from __future__ import annotations

import html
from typing import Callable, List, Mapping, Optional, Sequence, Tuple, Union

from nlp.types import ENTITY_LABELS

Getter = Callable[[Mapping], Tuple[Optional[float], Optional[Sequence[float]]]]


def _at(*path: str) -> Getter:
    """Figure at ``path`` and its interval (the sibling ``<name>_ci``), or None where absent."""
    def get(figures: Mapping):
        value = figures
        for key in path[:-1]:
            value = value.get(key, {}) if isinstance(value, Mapping) else {}
        if not isinstance(value, Mapping):
            return None, None
        return value.get(path[-1]), value.get(f"{path[-1]}_ci")
    return get


ROWS: Tuple[Tuple[str, Getter], ...] = (
    ("clause boundary F1", _at("clause_boundary", "f1")),
    ("sentence boundary F1", _at("sentence_boundary", "f1")),
    ("marker F1", _at("markers", "f1")),
    ("marker level accuracy", _at("markers", "level_accuracy")),
    ("measure F1", _at("measure", "f1")),
    ("area accuracy", _at("area", "accuracy")),
    ("area macro F1", _at("area", "macro_f1")),
    ("entity strict F1", _at("entities", "f1")),
    ("entity partial F1", _at("entities_partial", "f1")),
    *((f"  {label} F1", _at("entities_by_label", label, "f1")) for label in ENTITY_LABELS),
    ("figure value accuracy", _at("figure_value_accuracy")),
    ("figure unit accuracy", _at("figure_unit_accuracy")),
)


def _figures(result) -> Mapping:
    return result if isinstance(result, Mapping) else result.to_dict()


def columns(figures: Mapping) -> List[Tuple[str, Mapping]]:
    """("all", overall figures) then one column per language."""
    return [("all", figures)] + list(figures.get("by_language", {}).items())


def cells(figures: Mapping) -> List[Tuple[str, List[str]]]:
    """Row name and one formatted cell per column (``0.912 [0.880, 0.940]`` with an interval)."""
    table = []
    for name, get in ROWS:
        row = []
        for _, column in columns(figures):
            value, interval = get(column)
            if value is None:
                row.append("")
            elif interval:
                row.append(f"{value:.3f} [{interval[0]:.3f}, {interval[1]:.3f}]")
            else:
                row.append(f"{value:.4f}")
        table.append((name, row))
    return table


def format_evaluation(result: Union[Mapping, "object"]) -> str:
    """A plain-text table: figures down, overall and per language across."""
    figures = _figures(result)
    names = [name for name, _ in columns(figures)]
    table = cells(figures)
    width = max([9] + [len(cell) + 2 for _, row in table for cell in row])
    lines = [f"{'':<24}" + "".join(f"{name:>{width}}" for name in names),
             f"{'documents':<24}" + "".join(f"{c.get('documents', 0):>{width}}" for _, c in columns(figures))]
    lines += [f"{name:<24}" + "".join(f"{cell:>{width}}" for cell in row) for name, row in table]
    return "\n".join(lines)


def markdown_table(result: Union[Mapping, "object"]) -> str:
    """The same table in Markdown."""
    figures = _figures(result)
    names = [name for name, _ in columns(figures)]
    lines = ["| | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names),
             "| documents | " + " | ".join(str(c.get("documents", 0)) for _, c in columns(figures)) + " |"]
    lines += [f"| {name.strip()} | " + " | ".join(row) + " |" for name, row in cells(figures)]
    return "\n".join(lines)


def html_table(result: Union[Mapping, "object"]) -> str:
    """The same table as an HTML ``<table>`` (every cell escaped)."""
    figures = _figures(result)
    names = [name for name, _ in columns(figures)]
    head = "<tr><th></th>" + "".join(f"<th>{html.escape(n)}</th>" for n in names) + "</tr>"
    body = ["<tr><td>documents</td>" + "".join(f"<td>{c.get('documents', 0)}</td>" for _, c in columns(figures)) + "</tr>"]
    body += ["<tr><td>" + html.escape(name.strip()) + "</td>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row)
             + "</tr>" for name, row in cells(figures)]
    return "<table>\n<thead>" + head + "</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
