"""Build jieba's domain dictionary from a training corpus.

The dictionary holds the Chinese organisation and place names annotated in the
training split, with the fixed policy terms of ``nlp.lang.zh``, so that jieba keeps
``广州钻石交易中心`` or ``跨境电商`` together instead of splitting them.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, List, Mapping

from nlp.lang.zh import POLICY_TERMS

NAME_FREQUENCY = 3000   # high enough that jieba prefers the whole name
TERM_FREQUENCY = 2000
TAGS = {"ORG": "nt", "GPE": "ns"}


def dictionary_lines(records: Iterable[Mapping]) -> List[str]:
    """Lines ``word frequency tag`` for jieba, sorted for a stable file."""
    names: Counter = Counter()
    tags = {}
    for record in records:
        if record.get("lang") not in ("zh", "mixed"):
            continue
        text = record["text"]
        for entity in record.get("entities", []):
            if entity["label"] in TAGS:
                word = text[entity["start"]:entity["end"]]
                if 2 <= len(word) <= 30 and not any(c.isspace() for c in word):
                    names[word] += 1
                    tags[word] = TAGS[entity["label"]]
    lines = {word: f"{word} {NAME_FREQUENCY} {tags[word]}" for word in names}
    for term in POLICY_TERMS:
        lines.setdefault(term, f"{term} {TERM_FREQUENCY} n")
    return [lines[word] for word in sorted(lines)]
