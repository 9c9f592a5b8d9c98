"""Train spaCy NER pipelines from the scheme's JSONL, one per language.

Chinese uses spaCy's blank ``zh`` with jieba tokens (spans that do not align with them
are counted and dropped); English uses the blank ``en`` tokenizer. Training runs spaCy's own loop
with a fixed seed; the best model on dev is saved with spaCy's ``to_disk`` format.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Dict, Iterable, Sequence, Tuple

from nlp.types import ENTITY_LABELS, Document

log = logging.getLogger(__name__)


#: Chinese tokenisation for the NER: "char" (every span aligns) or "jieba" (fewer tokens).
ZH_SEGMENTER = "jieba"


def blank_pipeline(lang: str, zh_segmenter: str = ZH_SEGMENTER):
    import spacy

    if lang == "zh":
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": zh_segmenter}}})
    return spacy.blank("en")


def to_docbin(documents: Iterable[Document], lang: str, labels: Sequence[str] = ENTITY_LABELS) -> Tuple[object, int, int]:
    """A spaCy ``DocBin`` of the documents' entities; returns (docbin, kept, dropped)."""
    from spacy.tokens import DocBin

    pipeline = blank_pipeline(lang)
    docbin = DocBin()
    kept = dropped = 0
    for document in documents:
        doc = pipeline.make_doc(document.text)
        spans = []
        for entity in document.entities:
            if entity.label not in labels:
                continue
            span = doc.char_span(entity.start, entity.end, label=entity.label)
            if span is None:
                dropped += 1
                continue
            spans.append(span)
            kept += 1
        doc.ents = spans
        docbin.add(doc)
    return docbin, kept, dropped


def training_config(lang: str, *, max_steps: int, seed: int, width: int = 96):
    """spaCy's CPU-efficiency NER config for ``lang`` with our schedule and seed."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="zh" if lang == "zh" else "en", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["system"]["seed"] = seed
    config["training"]["max_steps"] = max_steps
    config["training"]["eval_frequency"] = 200
    config["training"]["patience"] = 1200
    config["components"]["tok2vec"]["model"]["encode"]["width"] = width
    config["components"]["tok2vec"]["model"]["embed"]["width"] = width
    if lang == "zh":
        config["nlp"]["tokenizer"]["segmenter"] = ZH_SEGMENTER
    return config


def train_ner(lang: str, train: Sequence[Document], dev: Sequence[Document], out: Path, *,
              max_steps: int = 3000, seed: int = 0) -> Dict:
    """Train, keep spaCy's best model on dev in ``out``; returns counts and dev scores."""
    from spacy.cli.train import train as spacy_train
    from spacy.util import load_model

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        stats = {}
        for name, documents in (("train", train), ("dev", dev)):
            docbin, kept, dropped = to_docbin(documents, lang)
            docbin.to_disk(scratch / f"{name}.spacy")
            stats[name] = {"documents": len(documents), "entities": kept, "misaligned": dropped}
        config = training_config(lang, max_steps=max_steps, seed=seed)
        config_path = scratch / "config.cfg"
        config.to_disk(config_path)
        spacy_train(config_path, scratch / "output", use_gpu=-1, overrides={
            "paths.train": str(scratch / "train.spacy"), "paths.dev": str(scratch / "dev.spacy")})
        best = scratch / "output" / "model-best"
        nlp = load_model(best)
        if out.exists():
            shutil.rmtree(out)
        nlp.to_disk(out)
        performance = dict(nlp.meta.get("performance", {}))
    return {"data": stats, "dev_performance": {k: v for k, v in performance.items() if k.startswith("ents")},
            "max_steps": max_steps, "seed": seed}
