"""``policy-nlp agreement``: how far two annotations of the same texts agree."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "agreement", help="agreement between two annotations of the same texts",
        description="Cohen's kappa on areas and the measure flag, entity F1 with each side as "
                    "reference, and clause-boundary F1, for two JSONL annotations (matched by id).")
    parser.add_argument("first", type=Path, metavar="A")
    parser.add_argument("second", type=Path, metavar="B")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args) -> int:
    from evaluation.agreement import agreement
    from evaluation.harness import EvaluationError, pair_documents
    from nlp.io import RecordError, read_documents

    try:
        pairing = pair_documents(read_documents(args.first), read_documents(args.second))
    except (RecordError, EvaluationError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    pairs = [(a, b) for a, b in pairing.pairs if a.id not in pairing.missing_predictions]
    result = agreement(pairs)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"documents {result['documents']}, clauses {result['clauses']}")
    print(f"area kappa            {result['area_kappa']:.3f} (raw agreement {result['area_agreement']:.3f})")
    print(f"measure kappa         {result['measure_kappa']:.3f}")
    print(f"clause boundary F1    {result['clause_boundary']['f1']:.3f}")
    print(f"entity F1 (strict)    {result['entities_a_as_reference']['f1']:.3f} "
          f"(P/R with A as reference {result['entities_a_as_reference']['precision']:.3f}/"
          f"{result['entities_a_as_reference']['recall']:.3f})")
    return 0
