"""Names matched by list: places from nlp.lang, and organisation and place names
learned from a training corpus (``models/gazetteer/names.json``)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Sequence

from nlp.lang import en, words_pattern, zh
from nlp.types import Entity

MIN_LENGTH = {"zh": 2, "en": 3}
_HAN = re.compile(f"[{zh.HAN_CHARS}]")


def names_from_corpus(records: Iterable[Mapping], labels: Sequence[str] = ("ORG", "GPE")) -> Dict[str, Dict[str, List[str]]]:
    """``{lang: {label: sorted names}}`` of the annotated ORG and GPE strings of a corpus;
    a name annotated with two labels keeps the more frequent one."""
    counts: Dict[str, Dict[str, Dict[str, int]]] = {}
    for record in records:
        text, lang = record["text"], record.get("lang", "en")
        for entity in record.get("entities", []):
            if entity["label"] in labels:
                name = text[entity["start"]:entity["end"]]
                if len(name) >= MIN_LENGTH.get(lang, 3) and "\n" not in name:
                    by_label = counts.setdefault(lang, {}).setdefault(name, {})
                    by_label[entity["label"]] = by_label.get(entity["label"], 0) + 1
    result: Dict[str, Dict[str, List[str]]] = {}
    for lang, names in counts.items():
        for name, by_label in names.items():
            label = max(by_label, key=lambda l: (by_label[l], l))
            result.setdefault(lang, {}).setdefault(label, []).append(name)
    return {lang: {label: sorted(names) for label, names in labels_.items()} for lang, labels_ in result.items()}


class Gazetteer:
    """Longest-match lookup of names, with word boundaries for Latin-script names."""

    def __init__(self, names: Mapping[str, Iterable[str]]):
        self._label = {}
        for label, items in names.items():
            for name in items:
                self._label.setdefault(name, label)
        self._pattern = words_pattern(self._label, flags=0)

    def find(self, text: str) -> List[Entity]:
        """Every listed name in ``text``; a Chinese place takes its administrative
        suffix along (``广州`` + ``市``)."""
        found = []
        for match in self._pattern.finditer(text):
            label, end = self._label[match.group()], match.end()
            if label == "GPE" and _HAN.match(match.group()):
                suffix = next((s for s in zh.PLACE_SUFFIXES if text.startswith(s, end)), "")
                end += len(suffix)
            found.append(Entity(match.start(), end, label))
        return found

    @classmethod
    def load(cls, path: Path | None) -> "Gazetteer":
        """Built-in places, plus the learned names of ``path`` when it exists."""
        names: Dict[str, set] = {"GPE": set(zh.PLACES) | {p[4:] if p.startswith("the ") else p for p in en.PLACES}}
        if path is not None and Path(path).is_file():
            learned = json.loads(Path(path).read_text(encoding="utf-8"))
            for labels in learned.values():
                for label, items in labels.items():
                    names.setdefault(label, set()).update(items)
        return cls(names)
