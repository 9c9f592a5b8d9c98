"""``policy-nlp annotate``: annotate files, folders or JSONL into scheme JSONL and a DuckDB store."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nlp.batch.sources import DEFAULT_MAX_BYTES


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "annotate", help="annotate policy texts into JSONL and a DuckDB store",
        description="Annotate .txt, .md, .html/.htm, .docx and .pdf files, folders (recursively) and JSONL "
                    "records with 'id' and 'text' (- reads JSONL from stdin). Writes one scheme record per "
                    "document to -o (stdout when neither -o nor --db is given) and tables to --db. Running "
                    "again skips documents already annotated from the same content by the same model version. "
                    "Inputs that fail are reported on stderr (and in the store's errors table) with their "
                    "path and reason; the exit code is then 1.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="output JSONL, resumed if it exists ('-': stdout)")
    parser.add_argument("--db", type=Path, metavar="STORE.duckdb", help="DuckDB store, resumed if it exists")
    parser.add_argument("--model", default="accurate", metavar="NAME",
                        help="pipeline: accurate (default), fast (no NER), or a folder of models")
    parser.add_argument("--jobs", type=_positive, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local processes (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler (tcp://host:8786); without it --engine dask starts --jobs local workers")
    parser.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"larger files and JSONL lines are errors (default: {DEFAULT_MAX_BYTES})")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.set_defaults(run=run)


def run(args) -> int:
    from nlp.batch.runner import annotate_batch
    from nlp.batch.stores import StoreError

    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    import nlp

    output = args.output if args.output is not None or args.db is not None else "-"
    try:
        pipeline = nlp.load(args.model)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        summary = annotate_batch(args.inputs, output=output, db=args.db, pipeline=pipeline, jobs=args.jobs,
                                 engine=args.engine,
                                 scheduler=args.scheduler, max_bytes=args.max_bytes,
                                 progress=not args.quiet and sys.stderr.isatty())
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (OSError, TimeoutError) as error:  # a Dask scheduler that cannot be reached, for instance
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary, file=sys.stderr)
    return 1 if summary.failed else 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number
