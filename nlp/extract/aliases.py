"""Abbreviations and aliases of organisations, linked to their full names.

A short form introduced right after a name, in brackets or quotes —
``Guangzhou Diamond Exchange (GZDE)``, ``广州钻石交易中心（以下简称“广钻”）``,
``（简称“市商务局”）`` — becomes an alias; later mentions of it are the same body.
"""
from __future__ import annotations

import re
from typing import Dict, List, Tuple

from nlp.types import Document, Entity

_OPEN, _CLOSE = "(（", ")）"
_QUOTES = "\"'“”‘’「」『』"
_INTRO = re.compile(r"\s*[(（]\s*(?:以下简称|下称|简称|hereinafter(?: referred to as)?|hereafter|the)?\s*[:：]?\s*"
                    rf"[{_QUOTES}]?(?P<alias>[^()（）{_QUOTES}\n]{{1,30}}?)[{_QUOTES}]?\s*[)）]", re.I)


def alias_definitions(document: Document) -> List[Tuple[Entity, str, int, int]]:
    """``(organisation, alias, alias_start, alias_end)`` for each short form introduced
    in brackets right after an ORG mention."""
    found = []
    for entity in document.entities:
        if entity.label != "ORG":
            continue
        match = _INTRO.match(document.text, entity.end)
        if not match:
            continue
        alias = match.group("alias").strip()
        full = document.text[entity.start:entity.end]
        if alias.isascii() and sum(ch.isupper() for ch in alias) < 2:
            continue  # "(the Measures)" or "(2023)" is not a short name; "GZDE" and "CCPIT" are
        if alias and alias != full and len(alias) < len(full):
            found.append((entity, alias, match.start("alias"), match.end("alias")))
    return found


def canonical_names(document: Document) -> Dict[str, str]:
    """Map from every alias (and full name) to the full name it stands for."""
    mapping = {}
    for entity, alias, _, _ in alias_definitions(document):
        full = document.text[entity.start:entity.end]
        mapping.setdefault(alias, full)
        mapping.setdefault(full, full)
    return mapping


def group_organisations(document: Document) -> Dict[str, List[Entity]]:
    """ORG mentions grouped by canonical name (aliases merged into their full names)."""
    names = canonical_names(document)
    groups: Dict[str, List[Entity]] = {}
    for entity in document.entities:
        if entity.label == "ORG":
            text = document.text[entity.start:entity.end]
            groups.setdefault(names.get(text, text), []).append(entity)
    return groups


def alias_mentions(text: str, organisations: List[Entity]) -> List[Entity]:
    """ORG entities for aliases introduced after ``organisations`` and for every later
    mention of them (whole words for Latin-script aliases)."""
    document = Document(text, entities=tuple(organisations))
    found: List[Entity] = []
    for _, alias, start, end in alias_definitions(document):
        found.append(Entity(start, end, "ORG"))
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(alias)}(?![A-Za-z0-9])" if alias.isascii() else re.escape(alias))
        found.extend(Entity(m.start(), m.end(), "ORG") for m in pattern.finditer(text, end))
    return found
