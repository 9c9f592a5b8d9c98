"""Counts over corpus records: splits, languages, genres, areas, measures, labels, markers."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Dict, Iterable, Mapping

from nlp.segment.marker_styles import marker_style


def corpus_stats(records: Iterable[Mapping]) -> Dict[str, Dict[str, Counter]]:
    """Counts per language (and ``all``): documents by split and genre, clauses by area,
    measures, entities by label, markers by style.

    Returns ``{lang: {"documents": Counter, "areas": Counter, ...}}``.
    """
    table: Dict[str, Dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for record in records:
        text = record["text"]
        for lang in (record.get("lang", "?"), "all"):
            counts = table[lang]
            counts["documents"]["total"] += 1
            counts["documents"][f"split:{record.get('split', '?')}"] += 1
            counts["documents"][f"genre:{record.get('genre', '?')}"] += 1
            for clause in record.get("clauses", []):
                counts["clauses"]["total"] += 1
                counts["clauses"]["measure"] += bool(clause.get("measure"))
                counts["clauses"]["sent_end"] += bool(clause.get("sent_end"))
                counts["areas"][clause.get("area", "?")] += 1
            for entity in record.get("entities", []):
                counts["entities"][entity.get("label", "?")] += 1
                counts["entities"]["figures" if entity.get("label") in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") else "names"] += 1
            for marker in record.get("markers", []):
                counts["markers"]["total"] += 1
                counts["marker_styles"][marker_style(text[marker["start"]:marker["end"]]) or "other"] += 1
    return {lang: dict(groups) for lang, groups in table.items()}


def format_stats(stats: Mapping[str, Mapping[str, Counter]]) -> str:
    """A plain-text table of :func:`corpus_stats`, one block per group."""
    langs = sorted(stats, key=lambda lang: (lang == "all", lang))
    lines = []
    groups = ["documents", "clauses", "areas", "entities", "markers", "marker_styles"]
    for group in groups:
        keys = sorted({key for lang in langs for key in stats[lang].get(group, {})})
        if not keys:
            continue
        lines.append(f"{group:<22}" + "".join(f"{lang:>9}" for lang in langs))
        for key in keys:
            lines.append(f"  {key:<20}" + "".join(f"{stats[lang].get(group, Counter())[key]:>9}" for lang in langs))
        lines.append("")
    return "\n".join(lines)
