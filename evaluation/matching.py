"""Maximum one-to-one matching of overlapping spans, for partial entity scores."""
from __future__ import annotations

from collections import deque
from typing import Dict, List, Optional, Sequence

from nlp.types import Span


def overlaps(a: Span, b: Span) -> bool:
    """True when two half-open spans share at least one character."""
    return a.start < b.end and b.start < a.end


def max_overlap_matching(gold: Sequence[Span], predicted: Sequence[Span]) -> Dict[int, int]:
    """A largest one-to-one matching of overlapping spans: ``{gold index: predicted index}``.

    Augmenting paths (Kuhn's algorithm, breadth first so deep chains cannot overflow
    the stack); candidates are tried earliest end first, which alone is optimal when the
    gold spans do not overlap each other, so the search rarely goes further.
    """
    order = sorted(range(len(predicted)), key=lambda j: (predicted[j].end, predicted[j].start, j))
    neighbours: List[List[int]] = [[j for j in order if overlaps(g, predicted[j])] for g in gold]
    owner: Dict[int, int] = {}  # predicted index -> gold index
    for root in sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end, i)):
        came_from: Dict[int, Optional[int]] = {}  # predicted index -> predicted index it displaced
        queue = deque([(root, None)])
        found: Optional[int] = None
        while queue and found is None:
            node, via = queue.popleft()
            for j in neighbours[node]:
                if j in came_from:
                    continue
                came_from[j] = via
                if j not in owner:
                    found = j
                    break
                queue.append((owner[j], j))
        if found is None:
            continue
        # Walk the path back: each predicted span on it goes to the gold span that reached it.
        j: Optional[int] = found
        while j is not None:
            previous = came_from[j]
            owner[j] = root if previous is None else owner[previous]
            j = previous
    return {i: j for j, i in owner.items()}
