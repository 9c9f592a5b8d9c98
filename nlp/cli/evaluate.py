"""``policy-nlp evaluate``: score predictions (or a model's output) against gold JSONL."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "evaluate", help="score predictions against annotated gold",
        description="Score PRED against GOLD (both scheme JSONL), or run a pipeline on GOLD's texts "
                    "with --model. Prints a table overall and per language, or JSON with --json.")
    parser.add_argument("gold", type=Path, metavar="GOLD")
    parser.add_argument("predicted", type=Path, nargs="?", metavar="PRED")
    parser.add_argument("--model", default=None, help="pipeline to run on GOLD's texts (e.g. 'default')")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args) -> int:
    from evaluation.harness import EvaluationError, evaluate, pair_documents
    from evaluation.tables import format_evaluation
    from nlp.io import RecordError, read_documents

    if (args.predicted is None) == (args.model is None):
        print("error: give either PRED or --model", file=sys.stderr)
        return 2
    try:
        gold = list(read_documents(args.gold))
        if args.model is not None:
            import nlp

            pipeline = nlp.load(args.model)
            predicted = [pipeline(d.text, d.lang, id=d.id, genre=d.genre) for d in gold]
        else:
            predicted = list(read_documents(args.predicted))
        pairing = pair_documents(gold, predicted)
    except (RecordError, EvaluationError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for doc_id in pairing.unknown_predictions:
        print(f"warning: prediction {doc_id!r} has no gold document; left out", file=sys.stderr)
    for doc_id in pairing.missing_predictions:
        print(f"warning: no prediction for {doc_id!r}; scored as empty", file=sys.stderr)
    result = evaluate(pairing.pairs)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(format_evaluation(result))
    return 0
