"""Merge entity candidates from several sources into one non-overlapping set that
respects clause boundaries."""
from __future__ import annotations

import bisect
from typing import Iterable, List, Sequence, Tuple

from nlp.types import Clause, Entity


def resolve_overlaps(ranked: Iterable[Tuple[int, Entity]]) -> List[Entity]:
    """Keep entities greedily by (rank, longer first); drop any that overlaps a kept one."""
    kept: List[Entity] = []
    starts: List[int] = []
    for _, entity in sorted(ranked, key=lambda pair: (pair[0], -(pair[1].end - pair[1].start), pair[1].start)):
        index = bisect.bisect_left(starts, entity.start)
        before = kept[index - 1] if index > 0 else None
        after = kept[index] if index < len(kept) else None
        if (before is None or before.end <= entity.start) and (after is None or entity.end <= after.start):
            kept.insert(index, entity)
            starts.insert(index, entity.start)
    return kept


def within_clauses(entities: Sequence[Entity], clauses: Sequence[Clause]) -> List[Entity]:
    """Entities that lie inside a single clause (the rest are dropped)."""
    if not clauses:
        return list(entities)
    starts = [c.start for c in clauses]
    result = []
    for entity in entities:
        index = bisect.bisect_right(starts, entity.start) - 1
        if index >= 0 and clauses[index].start <= entity.start and entity.end <= clauses[index].end:
            result.append(entity)
    return result
