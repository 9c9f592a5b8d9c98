"""``policy-nlp annotate``: annotate files, folders or JSONL into scheme JSONL."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from nlp.batch.sources import DEFAULT_MAX_BYTES, InputError, iter_inputs
from nlp.io import dumps


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "annotate", help="annotate policy texts into JSONL",
        description="Annotate .txt/.md files, folders (recursively) and JSONL records with 'id' and "
                    "'text' (- reads JSONL from stdin). Writes one scheme record per document. "
                    "Inputs that cannot be read are reported on stderr with their path and reason; "
                    "the exit code is 1 when any failed.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("-o", "--output", type=Path, help="output JSONL (default: stdout)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip larger files")
    parser.add_argument("--quiet", action="store_true", help="no summary on stderr")
    parser.set_defaults(run=run)


def run(args) -> int:
    import nlp

    pipeline = nlp.load()
    started = time.perf_counter()
    failures, documents, clauses = [], 0, 0

    def readable():
        for item in iter_inputs(args.inputs, max_bytes=args.max_bytes):
            if isinstance(item, InputError):
                failures.append(item)
                print(f"error: {item}", file=sys.stderr)
            else:
                yield item

    output = _open_output(args.output)
    if output is None:
        return 2
    try:
        for document in pipeline.pipe(readable(), n_process=args.jobs):
            output.write(dumps(document.with_(extra={**document.extra, "model": pipeline.version})) + "\n")
            documents += 1
            clauses += len(document.clauses)
    finally:
        if output is not sys.stdout:
            output.close()
    if not args.quiet:
        print(f"{documents} document(s), {clauses} clause(s), {len(failures)} failure(s), "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 1 if failures else 0


def _open_output(path):
    if path is None:
        return sys.stdout
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as error:
        print(f"error: cannot write {path}: {error.strerror or error}", file=sys.stderr)
        return None
