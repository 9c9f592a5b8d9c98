import json

import pytest

from evaluation.bootstrap import evaluation_with_intervals
from evaluation.errors import analyse_errors
from evaluation.harness import evaluate
from evaluation.report import ReportError, read_learning_curve, write_report
from tests.evaluation.conftest import make

EVIL = "<script>alert('x')</script> & Guangzhou funds <b>brands</b>."


@pytest.fixture(scope="module")
def evil_pairs():
    gold = make(EVIL, clauses=[(0, len(EVIL), "brand", True, True)], entities=[(32, 41, "GPE"), (0, 8, "ORG")],
                id="<img src=x onerror=alert(1)>")
    predicted = make(EVIL, clauses=[(0, len(EVIL), "finance", True, True)], entities=[(8, 16, "ORG")],
                     id="<img src=x onerror=alert(1)>")
    return [(gold, predicted)]


def test_report_files_plots_and_escaping(tmp_path, evil_pairs):
    figures = evaluation_with_intervals(evaluate(evil_pairs), samples=20, seed=0)
    curve = [{"fraction": f, "macro_f1": f / 2, "lang": lang} for f in (0.25, 1.0) for lang in ("en", "zh")]
    written = write_report(tmp_path, figures, analyse_errors(evil_pairs), learning_curve=curve, inputs={"gold": "g"})
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img src=x" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert page.count('src="data:image/png;base64,') == 4
    assert "Most confident wrong areas" in page and "Missed entities" in page and "Wrong figure values" in page
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "<script" not in markdown and "![Learning curve](learning_curve.png)" in markdown
    assert (tmp_path / "learning_curve.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["figures"]["area"]["accuracy"] == 0.0
    assert report["errors"]["totals"]["missed_entities"] == 2
    assert report["learning_curve"] == curve and report["inputs"] == {"gold": "g"}
    assert set(written) >= {"report.json", "report.md", "report.html", "confusion.png"}


def test_report_without_learning_curve_or_intervals(tmp_path, evil_pairs):
    write_report(tmp_path, evaluate(evil_pairs).to_dict(), analyse_errors(evil_pairs))
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 3 and "Learning curve" not in page


@pytest.mark.parametrize("content, message", [
    ("{", "cannot read"),
    ('{"fraction": 1}', "JSON list"),
    ("[1]", "point 0 is not a JSON object"),
    ('[{"fraction": 0.5, "macro_f1": 0.3}, {"fraction": 2, "macro_f1": 0.1}]', "point 1: 'fraction'"),
    ('[{"fraction": 0.5, "macro_f1": "high"}]', "point 0: 'macro_f1'"),
    ('[{"fraction": 0.5, "macro_f1": 0.2, "lang": 3}]', "'lang' must be a string"),
])
def test_bad_learning_curves_are_named(tmp_path, content, message):
    path = tmp_path / "curve.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReportError, match=message):
        read_learning_curve(path)


def test_learning_curve_reads_an_empty_list(tmp_path):
    path = tmp_path / "curve.json"
    path.write_text("[]", encoding="utf-8")
    assert read_learning_curve(path) == []
