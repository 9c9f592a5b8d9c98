"""``policy-nlp train``: rebuild the trained artifacts in ``models/`` from ``corpora/``."""
from __future__ import annotations

import sys
from pathlib import Path

from nlp.io import read_records
from nlp.meta import write_meta
from nlp.paths import models_dir

STEPS = ("dictionary",)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "train", help="rebuild models from the annotated corpora",
        description="Rebuild the models in models/ from corpora/train.jsonl (tuned on dev). "
                    "With no step named, every step is rebuilt in order.")
    parser.add_argument("steps", nargs="*", choices=STEPS, metavar="STEP",
                        help=f"what to rebuild: {', '.join(STEPS)} (default: all)")
    parser.add_argument("--corpus", type=Path, default=Path("corpora"), help="folder with train.jsonl and dev.jsonl")
    parser.add_argument("--out", type=Path, default=None, help="models folder (default: models/)")
    parser.set_defaults(run=run)


def run(args) -> int:
    out = args.out or models_dir()
    train = args.corpus / "train.jsonl"
    if not train.is_file():
        print(f"error: no training corpus at {train}", file=sys.stderr)
        return 2
    for step in args.steps or STEPS:
        if step == "dictionary":
            train_dictionary(train, out / "zh_dictionary")
    return 0


def train_dictionary(train: Path, directory: Path) -> None:
    from nlp.segment.dictionary import dictionary_lines

    lines = dictionary_lines(record for _, record in read_records(train))
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "dict.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_meta(directory, name="zh_dictionary", data=[train], extra={"entries": len(lines)})
    print(f"zh_dictionary: {len(lines)} entries -> {directory}")
