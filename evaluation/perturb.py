"""Simple, seeded perturbations of gold documents: known errors to check the scorers on real data.

``python -m evaluation.perturb corpora/dev.jsonl out/dev-perturbed.jsonl --drop-entities 0.2``
writes a prediction file whose scores you can predict (about 0.8 entity recall here).
"""
from __future__ import annotations

import argparse
import random
from dataclasses import replace
from typing import Optional, Sequence

from nlp.types import AREAS, Document


def drop_entities(document: Document, fraction: float, rng: random.Random) -> Document:
    """Remove each entity with probability ``fraction``."""
    return document.with_(entities=tuple(e for e in document.entities if rng.random() >= fraction))


def shift_areas(document: Document, fraction: float, rng: random.Random, areas: Sequence[str] = AREAS) -> Document:
    """Give each clause, with probability ``fraction``, the next area in ``areas`` (always a wrong one)."""
    def shifted(area: str) -> str:
        return areas[(areas.index(area) + 1) % len(areas)] if area in areas else areas[0]
    return document.with_(clauses=tuple(c if rng.random() >= fraction else replace(c, area=shifted(c.area))
                                        for c in document.clauses))


def flip_measures(document: Document, fraction: float, rng: random.Random) -> Document:
    """Negate each clause's measure flag with probability ``fraction``."""
    return document.with_(clauses=tuple(c if rng.random() >= fraction else replace(c, measure=not c.measure)
                                        for c in document.clauses))


def perturb(documents: Sequence[Document], *, drop: float = 0.0, shift: float = 0.0, flip: float = 0.0,
            seed: int = 0) -> list:
    """Each document with the given share of entities dropped, areas shifted and measures flipped."""
    rng = random.Random(seed)
    result = []
    for document in documents:
        document = drop_entities(document, drop, rng) if drop else document
        document = shift_areas(document, shift, rng) if shift else document
        document = flip_measures(document, flip, rng) if flip else document
        result.append(document)
    return result


def main(argv: Optional[Sequence[str]] = None) -> int:
    from nlp.io import read_documents, write_documents

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--drop-entities", type=float, default=0.0)
    parser.add_argument("--shift-areas", type=float, default=0.0)
    parser.add_argument("--flip-measures", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    documents = perturb(list(read_documents(args.source)), drop=args.drop_entities, shift=args.shift_areas,
                        flip=args.flip_measures, seed=args.seed)
    write_documents(documents, args.target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
