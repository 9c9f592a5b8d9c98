"""Small documents for the evaluation tests: builders, edge cases and seeded random pairs."""
from __future__ import annotations

import random
from pathlib import Path
from typing import List, Sequence, Tuple

import pytest

from nlp.io import read_documents
from nlp.types import AREAS, Clause, Document, Entity, Marker

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpora" / "dev.jsonl"
LABELS = ("ORG", "GPE", "DATE", "MONEY")


def make(text: str, clauses=(), entities=(), markers=(), *, id: str = "d", lang: str = "en") -> Document:
    """A document from tuples: clauses ``(start, end, area, measure, sent_end)``, entities ``(start, end, label[, value, unit])``."""
    return Document(text=text, id=id, lang=lang,
                    clauses=tuple(Clause(*c) for c in clauses),
                    entities=tuple(Entity(*e) for e in entities),
                    markers=tuple(Marker(*m) for m in markers))


def random_entities(rng: random.Random, length: int, count: int, *, overlapping: bool = False) -> List[Entity]:
    """Entities inside ``[0, length)``; non-overlapping unless asked."""
    entities: List[Entity] = []
    for _ in range(count * 3):
        if len(entities) == count:
            break
        start = rng.randrange(0, length - 1)
        end = min(length, start + rng.randrange(1, 6))
        candidate = Entity(start, end, rng.choice(LABELS))
        if overlapping or all(candidate.end <= e.start or e.end <= candidate.start for e in entities):
            entities.append(candidate)
    return sorted(entities, key=lambda e: (e.start, e.end))


def random_clauses(rng: random.Random, text: str, areas: Sequence[str] = AREAS) -> List[Clause]:
    """A partition of ``text`` into clauses at random cut points, with random areas and flags."""
    cuts = sorted({0, len(text)} | {rng.randrange(1, len(text)) for _ in range(rng.randrange(0, 6))})
    return [Clause(a, b, rng.choice(areas), rng.random() < 0.5, rng.random() < 0.7) for a, b in zip(cuts, cuts[1:])]


def random_pair(rng: random.Random, number: int, *, overlapping: bool = False) -> Tuple[Document, Document]:
    """A gold document and a noisy prediction of it (same text)."""
    text = "".join(rng.choice("abcde fgh.") for _ in range(rng.randrange(20, 60)))
    gold = Document(text=text, id=f"r{number}", lang=rng.choice(("en", "zh")),
                    clauses=tuple(random_clauses(rng, text, AREAS[:4])),
                    entities=tuple(random_entities(rng, len(text), rng.randrange(0, 6))))
    kept = [e for e in gold.entities if rng.random() < 0.6]
    noise = random_entities(rng, len(text), rng.randrange(0, 4), overlapping=overlapping)
    entities = kept + noise
    if not overlapping:  # keep predictions free of overlaps with each other
        entities = random_entities_filter(entities)
    predicted = gold.with_(clauses=tuple(random_clauses(rng, text, AREAS[:4])) if rng.random() < 0.5
                           else tuple(c if rng.random() < 0.7 else Clause(c.start, c.end, rng.choice(AREAS[:5]),
                                                                          not c.measure, c.sent_end)
                                      for c in gold.clauses),
                           entities=tuple(sorted(entities, key=lambda e: (e.start, e.end))))
    return gold, predicted


def random_entities_filter(entities: List[Entity]) -> List[Entity]:
    kept: List[Entity] = []
    for entity in entities:
        if all(entity.end <= e.start or e.end <= entity.start for e in kept):
            kept.append(entity)
    return kept


@pytest.fixture(scope="session")
def random_pairs() -> List[Tuple[Document, Document]]:
    rng = random.Random(7)
    return [random_pair(rng, n) for n in range(150)]


@pytest.fixture(scope="session")
def overlapping_pairs() -> List[Tuple[Document, Document]]:
    rng = random.Random(11)
    return [random_pair(rng, n, overlapping=True) for n in range(150)]


@pytest.fixture(scope="session")
def dev_documents() -> List[Document]:
    return list(read_documents(DEV))


TEXT = "Guangzhou supports 3 brands; it funds 5 million yuan.\nSecond, build parks."
GOLD = make(TEXT,
            clauses=[(0, 28, "brand", True, False), (29, 53, "finance", True, True), (54, 74, "cluster", True, True)],
            entities=[(0, 9, "GPE"), (19, 20, "CARDINAL", 3.0), (38, 52, "MONEY", 5e6, "CNY")],
            markers=[(54, 61, 1)], id="g1")


@pytest.fixture
def gold_document() -> Document:
    return GOLD
