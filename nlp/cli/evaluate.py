"""``policy-nlp evaluate``: score predictions (or a model's output) against gold, with a report."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    from evaluation.formats import FORMATS

    parser = subparsers.add_parser(
        "evaluate", help="score predictions against annotated gold",
        description="Score PRED against GOLD (both scheme JSONL unless --format says otherwise), or run a "
                    "pipeline on GOLD's texts with --model. Prints a table overall and per language with "
                    "bootstrap 95%% intervals over documents, or JSON with --json; --report DIR also writes "
                    "report.json, report.md and report.html with plots and an error analysis.")
    parser.add_argument("gold", type=Path, metavar="GOLD")
    parser.add_argument("predicted", type=Path, nargs="?", metavar="PRED")
    parser.add_argument("--model", default=None, metavar="NAME",
                        help="pipeline to run on GOLD's texts: accurate, fast, or a folder of models")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--report", type=Path, default=None, metavar="DIR", help="write the report files here")
    parser.add_argument("--learning-curve", type=Path, default=None, metavar="FILE",
                        help='JSON list of {"fraction", "macro_f1", "lang"} to plot in the report')
    parser.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                        help="bootstrap samples for the intervals (0: none; default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the bootstrap (default 0)")
    parser.add_argument("--errors", type=int, default=25, metavar="N", help="errors of each kind in the report")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", dest="gold_format",
                        help="format of GOLD (default jsonl)")
    parser.add_argument("--pred-format", choices=FORMATS, default="jsonl", help="format of PRED (default jsonl)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from evaluation.bootstrap import evaluation_with_intervals
    from evaluation.harness import evaluate, pair_documents
    from evaluation.inputs import input_errors, read_any, run_model
    from evaluation.report import ReportError, read_learning_curve, write_report
    from evaluation.tables import format_evaluation

    if (args.predicted is None) == (args.model is None):
        print("error: give either PRED or --model", file=sys.stderr)
        return 2
    if args.bootstrap < 0 or args.errors < 0:
        print("error: --bootstrap and --errors must not be negative", file=sys.stderr)
        return 2
    try:
        learning_curve = read_learning_curve(args.learning_curve) if args.learning_curve else None
        gold = read_any(args.gold, args.gold_format)
        if args.model is not None:
            predicted = run_model(args.model, gold)
        else:
            predicted = read_any(args.predicted, args.pred_format)
        pairing = pair_documents(gold, predicted)
    except (*input_errors(), ReportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for doc_id in pairing.unknown_predictions:
        print(f"warning: prediction {doc_id!r} has no gold document; left out", file=sys.stderr)
    for doc_id in pairing.missing_predictions:
        print(f"warning: no prediction for {doc_id!r}; scored as empty", file=sys.stderr)
    result = evaluate(pairing.pairs)
    figures = (evaluation_with_intervals(result, samples=args.bootstrap, seed=args.seed)
               if args.bootstrap else result.to_dict())
    if args.report is not None:
        from evaluation.errors import analyse_errors

        inputs = {"gold": str(args.gold), "predicted": str(args.predicted) if args.predicted else None,
                  "model": args.model, "missing_predictions": pairing.missing_predictions,
                  "unknown_predictions": pairing.unknown_predictions}
        try:
            written = write_report(args.report, figures, analyse_errors(pairing.pairs, limit=args.errors),
                                   learning_curve=learning_curve, inputs=inputs)
        except OSError as error:
            print(f"error: cannot write the report: {error}", file=sys.stderr)
            return 2
        print(f"report written to {written['report.html']}", file=sys.stderr)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        print(format_evaluation(figures))
    return 0
