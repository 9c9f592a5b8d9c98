"""The extraction step: entities from rules and the trained NER, combined.

``mode`` chooses the source of each label: ``rules`` (figure, date, organisation-suffix
rules and the gazetteer), ``model`` (the spaCy NER alone, figures normalised by the
figure rules), or ``combined``. The default was chosen on dev (see README).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from nlp.extract.aliases import alias_mentions
from nlp.extract.combine import resolve_overlaps, within_clauses
from nlp.extract.dates import date_spans
from nlp.extract.figures import find_figures
from nlp.extract.numbers import find_codes
from nlp.extract.gazetteer import Gazetteer
from nlp.lang import zh
from nlp.extract.organisations import (find_organisations, find_organisations_zh, find_standalone_organisations_zh,
                                       find_zones_zh, with_place_before)
from nlp.paths import model_path, models_dir
from nlp.types import FIGURE_LABELS, Document, Entity

MODES = ("rules", "model", "combined")
NAME_LABELS = ("ORG", "GPE")
_HAN = re.compile(f"[{zh.HAN_CHARS}]")


@functools.lru_cache(maxsize=4)
def _load_ner(directory: str):
    import spacy

    return spacy.load(directory)


def normalise_figure(text: str, entity: Entity) -> Entity:
    """Give a model-found figure the value and unit the figure rules read from its span."""
    span = text[entity.start:entity.end]
    readings = find_figures(span)
    whole = [f for f in readings if f.start == 0 and f.end == len(span)]
    if whole:
        figure = whole[0]
        return Entity(entity.start, entity.end, entity.label, value=figure.value, unit=figure.unit,
                      trend=figure.trend, period=figure.period)
    best = next((f for f in readings if f.label == entity.label), readings[0] if readings else None)
    if best is None:
        return entity
    return Entity(entity.start, entity.end, entity.label, value=best.value,
                  unit=best.unit if entity.label == best.label else _default_unit(entity.label))


def _default_unit(label: str) -> Optional[str]:
    return {"PERCENT": "%", "MONEY": "CNY"}.get(label)


#: Mode per language, chosen on dev (rules / model / combined entity F1):
#: en 0.891 / 0.897 / 0.946; zh 0.883 / 0.760 / 0.882 (zh NER on jieba tokens): the
#: Chinese NER adds nothing the rules lack and costs two thirds of the time, so Chinese
#: (also the Chinese paragraphs of mixed documents) uses the rules.
DEFAULT_MODES = {"en": "combined", "zh": "rules", "mixed": "combined"}


class ExtractStep:
    """Set ``document.entities`` from rules, the NER model, or both.

    ``mode`` is one mode for every language, or None for :data:`DEFAULT_MODES`.
    """

    def __init__(self, *, mode: Optional[str] = None, models: Optional[Dict[str, Path]] = None,
                 gazetteer: Optional[Path] = None):
        if mode is not None and mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        self.mode = mode
        self.models = models if models is not None else {
            lang: model_path(f"ner_{lang}") for lang in ("en", "zh") if (model_path(f"ner_{lang}") / "meta.json").is_file()}
        self.gazetteer = Gazetteer.load(gazetteer if gazetteer is not None else model_path("gazetteer") / "names.json")
        modes = mode or ",".join(f"{lang}={m}" for lang, m in sorted(DEFAULT_MODES.items()))
        self.version = f"extract:{modes}:" + ",".join(sorted(self.models))

    def __call__(self, document: Document) -> Document:
        entities = with_aliases(document.text, self.entities(document))
        return document.with_(entities=tuple(within_clauses(entities, document.clauses)))

    def mode_for(self, lang: str) -> str:
        mode = self.mode or DEFAULT_MODES.get(lang, "rules")
        return mode if self.models or mode == "rules" else "rules"

    def entities(self, document: Document) -> List[Entity]:
        mode = self.mode_for(document.lang)
        if mode == "model":
            return resolve_overlaps((0, e) for e in self.model_entities(document))
        rules = self.rule_entities(document)
        if mode == "rules":
            return resolve_overlaps(self._rank_rules(rules))
        # Combined: figure and date rules first, then the model's names, then the name rules
        # and gazetteer. Figures and dates come from the rules alone: on dev, adding the
        # model's lowered CARDINAL and PERCENT F1 and never raised a figure label.
        ranked: List[Tuple[int, Entity]] = [(0 if e.label in FIGURE_LABELS or e.label == "DATE" else 2, e)
                                            for e in rules]
        ranked += [(1, e) for e in self.model_entities(document, labels=NAME_LABELS)]
        return resolve_overlaps(ranked)

    def rule_entities(self, document: Document) -> List[Entity]:
        """Figures, dates, organisation-rule names and gazetteer names; shared spans
        (codes, dates, the segmenter's markers) are computed once."""
        text = document.text
        codes = find_codes(text)
        dates = date_spans(text, codes=codes)
        markers = document.markers if document.clauses else None  # unsegmented: let the finder look
        figures = find_figures(text, dates=dates, codes=codes, markers=markers)
        listed = self.gazetteer.find(text)
        if document.tokens:  # a listed Chinese name must start a word: not 中国 in 其中/国际
            starts = {token.start for token in document.tokens}
            listed = [e for e in listed if e.start in starts or not _HAN.match(text, e.start)]
        names = [with_place_before(text, e) for e in find_organisations_zh(text) + listed]
        names += find_standalone_organisations_zh(text) + find_zones_zh(text)
        return figures + [Entity(start, end, "DATE") for start, end in dates] + find_organisations(text) + names

    @staticmethod
    def _rank_rules(entities: List[Entity]):
        order = {"MONEY": 0, "PERCENT": 0, "QUANTITY": 0, "CARDINAL": 0, "DATE": 0, "ORG": 1, "GPE": 2}
        return [(order[e.label], e) for e in entities]

    def model_entities(self, document: Document, labels: Sequence[str] = ()) -> List[Entity]:
        """NER on each paragraph with the model of the paragraph's language (batched per
        model); only ``labels`` when given. Figures get values from the figure rules."""
        paragraphs = [(p.start, p.end, p.lang) for p in document.paragraphs] or [(0, len(document.text), document.lang)]
        by_model: Dict[Path, List[Tuple[int, int]]] = {}
        for start, end, lang in paragraphs:
            lang = "zh" if lang == "mixed" else lang
            if self.mode is None and DEFAULT_MODES.get(lang) == "rules":
                continue  # this language's names come from the rules alone
            directory = self.models.get(lang)
            if directory is not None:  # no model for a language: another language's would only add noise
                by_model.setdefault(directory, []).append((start, end))
        found: List[Entity] = []
        for directory, pieces in by_model.items():
            docs = _load_ner(str(directory)).pipe(document.text[start:end] for start, end in pieces)
            for (start, _), doc in zip(pieces, docs):
                for ent in doc.ents:
                    if labels and ent.label_ not in labels:
                        continue
                    entity = Entity(start + ent.start_char, start + ent.end_char, ent.label_)
                    found.append(normalise_figure(document.text, entity) if entity.label in FIGURE_LABELS else entity)
        return sorted(found, key=lambda e: e.start)


def with_aliases(text: str, entities: List[Entity]) -> List[Entity]:
    """Add the short forms introduced for organisations (GZDE, 广钻) and their later
    mentions as ORG, where they overlap nothing already found."""
    organisations = [e for e in entities if e.label == "ORG"]
    extra = alias_mentions(text, organisations)
    if not extra:
        return entities
    return resolve_overlaps([(0, e) for e in entities] + [(1, e) for e in extra])


#: Extraction mode per named pipeline (None: per language, :data:`DEFAULT_MODES`).
PIPELINE_MODES = {"accurate": None, "fast": "rules"}


def load_step(name: str = "accurate", models: Optional[Path] = None) -> Optional[ExtractStep]:
    """The extraction step of the named pipeline, with the NER models and gazetteer of the
    ``models`` folder (default ``models/``); rules alone where no NER is trained."""
    if name not in PIPELINE_MODES:
        raise ValueError(f"unknown pipeline {name!r}: expected one of {', '.join(PIPELINE_MODES)}")
    folder = Path(models) if models is not None else models_dir()
    ner = {lang: folder / f"ner_{lang}" for lang in ("en", "zh") if (folder / f"ner_{lang}" / "meta.json").is_file()}
    return ExtractStep(mode=PIPELINE_MODES[name], models=ner, gazetteer=folder / "gazetteer" / "names.json")
