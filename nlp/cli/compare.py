"""``policy-nlp compare``: is one system significantly better than another on the same gold?"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    from evaluation.formats import FORMATS

    parser = subparsers.add_parser(
        "compare", help="paired bootstrap test of two prediction files",
        description="Score PRED_A and PRED_B against GOLD and run a paired bootstrap over documents: for each "
                    "figure, B - A with its interval, a two-sided p-value and whether the difference is "
                    "significant.")
    parser.add_argument("gold", type=Path, metavar="GOLD")
    parser.add_argument("predicted_a", type=Path, metavar="PRED_A")
    parser.add_argument("predicted_b", type=Path, metavar="PRED_B")
    parser.add_argument("--metric", action="append", default=[], metavar="NAME",
                        help="figure to compare, e.g. entities.f1 or area.macro_f1 (repeatable; 'all' for every "
                             "F1 and accuracy; default: the headline figures)")
    parser.add_argument("--bootstrap", type=int, default=1000, metavar="N", help="bootstrap samples (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the bootstrap (default 0)")
    parser.add_argument("--alpha", type=float, default=0.05, help="significance level (default 0.05)")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="format of all three files")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args) -> int:
    from evaluation.compare import compare
    from evaluation.inputs import input_errors, read_any

    if args.bootstrap < 1 or not 0 < args.alpha < 1:
        print("error: --bootstrap must be at least 1 and --alpha between 0 and 1", file=sys.stderr)
        return 2
    try:
        gold, first, second = (read_any(path, args.format) for path in (args.gold, args.predicted_a, args.predicted_b))
        report = compare(gold, first, second, metrics=args.metric, samples=args.bootstrap, seed=args.seed,
                         alpha=args.alpha)
    except (*input_errors(), ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_dict(), indent=1) if args.json else report.format())
    return 0
