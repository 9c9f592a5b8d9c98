"""``policy-nlp convert``: move annotations between the scheme's JSONL and annotation tools' formats."""
from __future__ import annotations

import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    from evaluation.formats import FORMATS

    parser = subparsers.add_parser(
        "convert", help="convert between JSONL, doccano, Label Studio, brat, spaCy DocBin and CoNLL",
        description="Read IN in one format and write OUT in another. brat is a folder; spaCy is a .spacy "
                    "file; CoNLL carries entities only. Correct a model's output in your annotation tool, "
                    "convert it back and score it with 'policy-nlp evaluate'.")
    parser.add_argument("--from", dest="source_format", choices=FORMATS, required=True, metavar="FMT",
                        help=f"format of IN: {', '.join(FORMATS)}")
    parser.add_argument("--to", dest="target_format", choices=FORMATS, required=True, metavar="FMT",
                        help="format of OUT")
    parser.add_argument("source", type=Path, metavar="IN")
    parser.add_argument("target", type=Path, metavar="OUT")
    parser.set_defaults(run=run)


def run(args) -> int:
    from evaluation.formats import FormatError, convert

    if not args.source.exists():
        print(f"error: {args.source}: no such file or folder", file=sys.stderr)
        return 2
    try:
        count = convert(args.source_format, args.source, args.target_format, args.target)
    except (FormatError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{count} documents written to {args.target} ({args.target_format})", file=sys.stderr)
    return 0
