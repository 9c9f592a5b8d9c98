"""``policy-nlp corpus``: build, validate and count annotated corpora."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from nlp.corpus.build import build, compile_files
from nlp.corpus.stats import corpus_stats, format_stats
from nlp.corpus.validate import validate_files
from nlp.io import RecordError, read_records


def add_parser(subparsers) -> None:
    corpus = subparsers.add_parser("corpus", help="build, validate and count annotated corpora",
                                   description="Tools for annotated corpora in the scheme's JSONL format.")
    commands = corpus.add_subparsers(dest="corpus_command", metavar="COMMAND", required=True)

    validate = commands.add_parser("validate", help="check JSONL files against the annotation scheme",
                                   description="Check every record against the scheme; report each problem "
                                               "with file, line, record id and field. Exit code 1 on any problem.")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(run=run_validate)

    stats = commands.add_parser("stats", help="count documents, clauses, areas, labels and markers",
                                description="Counts per split, language, genre, area, measure, entity label and marker style.")
    stats.add_argument("files", nargs="+", metavar="FILE")
    stats.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    stats.set_defaults(run=run_stats)

    build_cmd = commands.add_parser("build", help="compile the markup sources into JSONL",
                                    description="Compile corpora/src/<split>/<lang>/*.txt (see corpora/AUTHORING.md) "
                                                "into <out>/<split>.jsonl. With --check, only report errors, lint "
                                                "warnings and counts for the given sources.")
    build_cmd.add_argument("--src", type=Path, default=Path("corpora/src"), help="sources folder (default: corpora/src)")
    build_cmd.add_argument("--out", type=Path, default=Path("corpora"), help="output folder (default: corpora)")
    build_cmd.add_argument("--check", nargs="+", type=Path, metavar="PATH", help="check these sources without writing")
    build_cmd.add_argument("--quiet-warnings", action="store_true", help="print errors only")
    build_cmd.set_defaults(run=run_build)


def run_validate(args) -> int:
    count = 0
    for problem in validate_files(args.files):
        print(problem)
        count += 1
    print(f"{count} problem(s) in {len(args.files)} file(s)", file=sys.stderr)
    return 1 if count else 0


def run_stats(args) -> int:
    records = []
    for path in args.files:
        try:
            records.extend(record for _, record in read_records(path))
        except (RecordError, OSError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    stats = corpus_stats(records)
    if args.json:
        print(json.dumps({lang: {group: dict(counter) for group, counter in groups.items()}
                          for lang, groups in stats.items()}, ensure_ascii=False, indent=1))
    else:
        print(format_stats(stats))
    return 0


def run_build(args) -> int:
    result = compile_files(args.check) if args.check else build(args.src, args.out)
    shown = result.errors if args.quiet_warnings else result.issues
    for issue in shown:
        print(issue)
    documents = [d.to_dict() for docs in result.documents.values() for d in docs]
    print(format_stats(corpus_stats(documents)))
    severities = Counter(issue.severity for issue in result.issues)
    print(f"{len(documents)} document(s), {severities['error']} error(s), {severities['warning']} warning(s)"
          + ("" if args.check or result.errors else f"; written to {args.out}/<split>.jsonl"))
    return 1 if result.errors else 0
