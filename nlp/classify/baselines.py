"""Baselines the trained classifier is compared with: majority class and cue words."""
from __future__ import annotations

import re
from collections import Counter
from typing import List, Sequence

from nlp.classify.context import ClauseContext
from nlp.classify.cues import keyword_baseline
from nlp.lang import en, zh

_ACTION = {
    "en": re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, en.ACTION_VERBS), key=len, reverse=True)) + r")\b", re.I),
    "zh": re.compile("|".join(sorted(map(re.escape, zh.ACTION_VERBS), key=len, reverse=True))),
}


def majority_labels(train_labels: Sequence, count: int) -> List:
    """The most frequent training label, ``count`` times."""
    return [Counter(train_labels).most_common(1)[0][0]] * count


def keyword_areas(contexts: Sequence[ClauseContext]) -> List[str]:
    """Each clause's area by cue-word count (see :mod:`nlp.classify.cues`)."""
    return [keyword_baseline(c.text, c.lang) for c in contexts]


def keyword_measures(contexts: Sequence[ClauseContext]) -> List[bool]:
    """A clause is a measure when it holds an action verb of its language."""
    return [bool(_ACTION.get(c.lang, _ACTION["en"]).search(c.text)) for c in contexts]
