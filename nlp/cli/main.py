"""Entry point of ``policy-nlp``: builds the argument parser from each command's module."""
from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from nlp import __version__
from nlp.cli import corpus


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-nlp",
        description="Segment, extract from and classify Chinese and English policy texts, "
                    "and evaluate the results against annotated corpora.")
    parser.add_argument("--version", action="version", version=f"policy-nlp {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _command_modules():
        module.add_parser(subparsers)
    return parser


def _command_modules():
    modules = [corpus]
    for name in ("annotate", "evaluate", "agreement", "train"):
        try:
            modules.append(__import__(f"nlp.cli.{name}", fromlist=[name]))
        except ModuleNotFoundError as error:
            if error.name != f"nlp.cli.{name}":
                raise
    return modules


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
