"""``policy-nlp agreement``: how far two annotations of the same texts agree."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    from evaluation.formats import FORMATS

    parser = subparsers.add_parser(
        "agreement", help="agreement between two annotations of the same texts",
        description="Cohen's kappa on areas and the measure flag, entity F1 with each side as reference, and "
                    "clause- and sentence-boundary F1, for two annotations of the same texts (matched by id).")
    parser.add_argument("first", type=Path, metavar="A")
    parser.add_argument("second", type=Path, metavar="B")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="format of A and B (default jsonl)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args) -> int:
    from evaluation.agreement import agreement
    from evaluation.harness import pair_documents
    from evaluation.inputs import input_errors, read_any

    try:
        pairing = pair_documents(read_any(args.first, args.format), read_any(args.second, args.format))
    except input_errors() as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for doc_id in pairing.missing_predictions:
        print(f"warning: {doc_id!r} is only in A; left out", file=sys.stderr)
    for doc_id in pairing.unknown_predictions:
        print(f"warning: {doc_id!r} is only in B; left out", file=sys.stderr)
    missing = set(pairing.missing_predictions)
    result = agreement([(a, b) for a, b in pairing.pairs if a.id not in missing]).to_dict()
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    a_ref, b_ref = result["entities_a_as_reference"], result["entities_b_as_reference"]
    print(f"documents {result['documents']}, clauses {result['clauses']} (A's, each matched to B's)")
    print(f"area kappa              {result['area_kappa']:.3f} (raw agreement {result['area_agreement']:.3f})")
    print(f"measure kappa           {result['measure_kappa']:.3f} (raw agreement {result['measure_agreement']:.3f})")
    print(f"clause boundary F1      {result['clause_boundary']['f1']:.3f}")
    print(f"sentence boundary F1    {result['sentence_boundary']['f1']:.3f}")
    print(f"entity F1, A reference  {a_ref['f1']:.3f} (P {a_ref['precision']:.3f}, R {a_ref['recall']:.3f})")
    print(f"entity F1, B reference  {b_ref['f1']:.3f} (P {b_ref['precision']:.3f}, R {b_ref['recall']:.3f})")
    print(f"entity partial F1       {result['entities_partial']['f1']:.3f}")
    return 0
