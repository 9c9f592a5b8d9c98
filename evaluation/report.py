"""Evaluation reports: ``report.json``, ``report.md`` and a self-contained ``report.html``.

The HTML embeds its plots as base64 PNG and escapes every piece of document text, so a
policy text holding ``<script>`` shows as text and runs nothing.
"""
from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Sequence

from evaluation import plots
from evaluation.errors import ErrorAnalysis
from evaluation.tables import html_table, markdown_table

PLOTS = (("confusion", "Areas: confusion matrix"), ("labels", "F1 per label"),
         ("languages", "Per-language comparison"), ("learning_curve", "Learning curve"))

ERROR_SECTIONS = (("wrong_areas", "Most confident wrong areas"), ("missed_entities", "Missed entities"),
                  ("spurious_entities", "Spurious entities"), ("wrong_figures", "Wrong figure values"))


class ReportError(ValueError):
    """An input to the report that cannot be used (named by file and item)."""


def read_learning_curve(path: Path) -> List[dict]:
    """A learning-curve JSON: a list of ``{"fraction": 0..1, "macro_f1": 0..1, "lang": str}``."""
    try:
        points = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReportError(f"{path}: cannot read the learning curve: {error}") from None
    if not isinstance(points, list):
        raise ReportError(f"{path}: a learning curve is a JSON list of points, not {type(points).__name__}")
    for index, point in enumerate(points):
        if not isinstance(point, dict):
            raise ReportError(f"{path}: point {index} is not a JSON object")
        for key in ("fraction", "macro_f1"):
            value = point.get(key)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ReportError(f"{path}: point {index}: {key!r} must be a number from 0 to 1, got {value!r}")
        if "lang" in point and not isinstance(point["lang"], str):
            raise ReportError(f"{path}: point {index}: 'lang' must be a string")
    return points


def render_plots(figures: Mapping, learning_curve: Optional[Sequence[Mapping]] = None) -> Dict[str, bytes]:
    """PNG bytes of each plot the figures allow."""
    images = {"confusion": plots.confusion_png(figures.get("area", {})),
              "labels": plots.label_f1_png(figures),
              "languages": plots.language_png(figures)}
    if learning_curve:
        images["learning_curve"] = plots.learning_curve_png(learning_curve)
    return images


def _display(text: str) -> str:
    """Context for display on one line: line breaks shown as ⏎ (the stored text is untouched)."""
    return text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def _error_summary(section: str, error: Mapping) -> str:
    if section == "wrong_areas":
        confidence = "" if error["confidence"] is None else f", confidence {error['confidence']:.3f}"
        return f"gold {error['gold']}, predicted {error['predicted'] or 'no matching clause'}{confidence}"
    if section == "wrong_figures":
        return (f"{error['label']}: gold {error['gold_value']!r} {error['gold_unit'] or ''}, "
                f"predicted {error['predicted_value']!r} {error['predicted_unit'] or ''}")
    overlapping = "; overlaps " + ", ".join(error["overlapping"]) if error["overlapping"] else ""
    return f"{error['label']}{overlapping}"


def render_markdown(figures: Mapping, errors: Mapping, images: Mapping[str, str], title: str) -> str:
    """The report in Markdown; ``images`` maps plot names to PNG file names beside it."""
    def escape(text: str) -> str:
        return _display(text).replace("\\", "\\\\").replace("`", "\\`").replace("*", "\\*").replace("_", "\\_") \
            .replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]")

    lines = [f"# {title}", "", markdown_table(figures), ""]
    if "bootstrap" in figures:
        b = figures["bootstrap"]
        lines += [f"Brackets: bootstrap {b['confidence']:.0%} intervals over documents "
                  f"({b['samples']} samples, seed {b['seed']}).", ""]
    for name, caption in PLOTS:
        if name in images:
            lines += [f"## {caption}", "", f"![{caption}]({images[name]})", ""]
    lines += ["## Error analysis", ""]
    for section, caption in ERROR_SECTIONS:
        items = errors.get(section, [])
        lines += [f"### {caption} ({len(items)} shown of {errors.get('totals', {}).get(section, len(items))})", ""]
        for error in items:
            lines.append(f"- `{escape(error['id'])}` [{error['start']}, {error['end']}) {escape(_error_summary(section, error))}: "
                         f"…{escape(error['before'])}**{escape(error['span'])}**{escape(error['after'])}…")
        lines.append("")
    return "\n".join(lines)


STYLE = """body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}
td:first-child{text-align:left}mark{background:#ffe08a}img{max-width:100%}
.errors td{text-align:left;vertical-align:top;font-size:.9em}.context{white-space:pre-wrap}"""


def render_html(figures: Mapping, errors: Mapping, images: Mapping[str, bytes], title: str) -> str:
    """The report as one HTML page with its PNG plots inline; all text escaped."""
    escape: Callable[[object], str] = lambda value: html.escape(str(value), quote=True)
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{escape(title)}</h1>", html_table(figures)]
    if "bootstrap" in figures:
        b = figures["bootstrap"]
        parts.append(f"<p>Brackets: bootstrap {b['confidence']:.0%} intervals over documents "
                     f"({int(b['samples'])} samples, seed {int(b['seed'])}).</p>")
    for name, caption in PLOTS:
        if name in images:
            data = base64.b64encode(images[name]).decode("ascii")
            parts.append(f'<h2>{escape(caption)}</h2><img alt="{escape(caption)}" src="data:image/png;base64,{data}">')
    parts.append("<h2>Error analysis</h2>")
    for section, caption in ERROR_SECTIONS:
        items = errors.get(section, [])
        total = errors.get("totals", {}).get(section, len(items))
        parts.append(f"<h3>{escape(caption)} ({len(items)} shown of {int(total)})</h3>")
        if not items:
            continue
        rows = [f"<tr><td>{escape(e['id'])}</td><td>[{int(e['start'])}, {int(e['end'])})</td>"
                f"<td>{escape(_error_summary(section, e))}</td><td class=\"context\">…{escape(_display(e['before']))}"
                f"<mark>{escape(_display(e['span']))}</mark>{escape(_display(e['after']))}…</td></tr>" for e in items]
        parts.append('<table class="errors"><thead><tr><th>document</th><th>span</th><th>what</th><th>context</th>'
                     "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(directory: Path, figures: Mapping, errors: ErrorAnalysis, *,
                 learning_curve: Optional[Sequence[Mapping]] = None, title: str = "policy-nlp evaluation",
                 inputs: Optional[Mapping] = None) -> Dict[str, Path]:
    """Write ``report.json``, ``report.md`` (with its PNG plots beside it) and ``report.html``.

    Parameters
    ----------
    directory : Path
        Created when missing; files in it with the same names are replaced.
    figures : mapping
        ``Evaluation.to_dict()``, with bootstrap intervals or without.
    errors : ErrorAnalysis
        From :func:`evaluation.errors.analyse_errors`.
    learning_curve : sequence of mappings, optional
        Points ``{"fraction", "macro_f1", "lang"}``; plotted when given.
    title : str
        Heading of the report.
    inputs : mapping, optional
        What was scored (file names, model); stored in ``report.json``.

    Returns
    -------
    dict
        Paths of the files written, by name.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    error_dict = errors.to_dict()
    images = render_plots(figures, learning_curve)
    written: Dict[str, Path] = {}
    for name, png in images.items():
        written[f"{name}.png"] = directory / f"{name}.png"
        written[f"{name}.png"].write_bytes(png)
    report = {"title": title, "inputs": dict(inputs or {}), "figures": figures, "errors": error_dict,
              "learning_curve": list(learning_curve or [])}
    written["report.json"] = directory / "report.json"
    written["report.json"].write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    written["report.md"] = directory / "report.md"
    written["report.md"].write_text(render_markdown(figures, error_dict, {n: f"{n}.png" for n in images}, title),
                                    encoding="utf-8")
    written["report.html"] = directory / "report.html"
    written["report.html"].write_text(render_html(figures, error_dict, images, title), encoding="utf-8")
    return written
