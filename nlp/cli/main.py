"""Entry point of ``policy-nlp``: builds the argument parser from each command's module."""
from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from nlp import __version__


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
    """Every module of nlp.cli with an ``add_parser``, in a fixed order (one module per command)."""
    import importlib
    import pkgutil

    import nlp.cli as package

    order = ["annotate", "evaluate", "compare", "agreement", "train", "export", "corpus"]
    names = sorted((info.name for info in pkgutil.iter_modules(package.__path__) if info.name not in ("main", "__main__")),
                   key=lambda name: (order.index(name) if name in order else len(order), name))
    modules = [importlib.import_module(f"nlp.cli.{name}") for name in names]
    return [module for module in modules if hasattr(module, "add_parser")]


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
