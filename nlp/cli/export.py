"""``policy-nlp export``: write a DuckDB store's tables as Parquet files."""
from __future__ import annotations

import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="export a DuckDB store to Parquet",
        description="Write DIR/documents.parquet, clauses, entities, measures and errors from a store "
                    "written by 'policy-nlp annotate --db'.")
    parser.add_argument("--db", type=Path, required=True, metavar="STORE", help="the DuckDB store")
    parser.add_argument("--parquet", type=Path, required=True, metavar="DIR", help="folder for the Parquet files")
    parser.add_argument("--quiet", action="store_true", help="no summary")
    parser.set_defaults(run=run)


def run(args) -> int:
    from nlp.batch.export import export_parquet
    from nlp.batch.stores import StoreError

    try:
        counts = export_parquet(args.db, args.parquet)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"exported to {args.parquet}: " + ", ".join(f"{table} {count}" for table, count in counts.items())
              + " row(s)", file=sys.stderr)
    return 0
