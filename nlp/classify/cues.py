"""Area cue words per language (from nlp.lang), compiled once: features and a baseline."""
from __future__ import annotations

import re
from typing import Dict, List

from nlp.lang import en, words_pattern, zh

_CUES = {"en": en.AREA_CUES, "zh": zh.AREA_CUES}
_PATTERNS: Dict[str, Dict[str, re.Pattern]] = {
    lang: {area: words_pattern(words.split("|"), regex=True) for area, words in cues.items()}
    for lang, cues in _CUES.items()
}


def cue_counts(text: str, lang: str) -> Dict[str, int]:
    """How many cue words of each area ``text`` holds (both languages' cues for mixed text)."""
    languages = [lang] if lang in _PATTERNS else list(_PATTERNS)
    counts: Dict[str, int] = {}
    for language in languages:
        for area, pattern in _PATTERNS[language].items():
            found = len(pattern.findall(text))
            if found:
                counts[area] = counts.get(area, 0) + found
    return counts


def cue_tokens(text: str, lang: str, prefix: str = "cue=") -> List[str]:
    """Feature tokens ``cue=<area>`` repeated by count (capped at 3)."""
    return [f"{prefix}{area}" for area, n in sorted(cue_counts(text, lang).items()) for _ in range(min(n, 3))]


def keyword_baseline(text: str, lang: str, default: str = "none") -> str:
    """The area with the most cue words in ``text`` (ties: scheme order), else ``default``."""
    counts = cue_counts(text, lang)
    if not counts:
        return default
    order = list(_CUES["en"])
    return max(counts, key=lambda area: (counts[area], -order.index(area)))
