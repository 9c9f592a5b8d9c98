"""Baselines the trained classifier is compared with: majority class and cue words."""
from __future__ import annotations

from collections import Counter
from typing import List, Sequence

from nlp.classify.context import ClauseContext
from nlp.classify.cues import keyword_baseline
from nlp.extract.measures import action_verbs


def majority_labels(train_labels: Sequence, count: int) -> List:
    """The most frequent training label, ``count`` times."""
    return [Counter(train_labels).most_common(1)[0][0]] * count


def keyword_areas(contexts: Sequence[ClauseContext]) -> List[str]:
    """Each clause's area by cue-word count (see :mod:`nlp.classify.cues`)."""
    return [keyword_baseline(c.text, c.lang) for c in contexts]


def keyword_measures(contexts: Sequence[ClauseContext]) -> List[bool]:
    """A clause is a measure when it holds an action verb of its language."""
    return [bool(action_verbs(c.text, c.lang)) for c in contexts]
