"""The committed corpora: sources and JSONL agree, every record validates, sizes hold."""
import json
from collections import Counter

import pytest

from nlp.corpus.build import SPLITS, compile_files
from nlp.corpus.stats import corpus_stats
from nlp.corpus.validate import validate_files

LANGS = ("en", "zh")
AREAS = ("supply_chain", "brand", "customs", "digital_trade", "cluster", "finance",
         "culture_tourism", "ip_protection", "environment")


def load(corpora_dir, split):
    path = corpora_dir / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def records(request):
    from tests.conftest import CORPORA

    return {split: load(CORPORA, split) for split in SPLITS}


@pytest.mark.parametrize("split", SPLITS)
def test_jsonl_is_the_compiled_sources(corpora_dir, split, records):
    result = compile_files([corpora_dir / "src" / split], root=corpora_dir)
    assert not result.errors, [str(e) for e in result.errors[:5]]
    compiled = sorted((d.to_dict() for d in result.documents[split]), key=lambda r: r["id"])
    assert compiled == records[split], f"corpora/{split}.jsonl is stale: run `policy-nlp corpus build`"


def test_every_record_validates(corpora_dir):
    problems = list(validate_files([str(corpora_dir / f"{split}.jsonl") for split in SPLITS]))
    assert problems == [], [str(p) for p in problems[:10]]


def test_test_split_is_at_least_a_quarter_and_stratified(records):
    sizes = {split: len(docs) for split, docs in records.items()}
    assert sizes["test"] >= 0.25 * sum(sizes.values())
    for split, docs in records.items():
        strata = Counter((d["lang"], d["genre"]) for d in docs)
        assert set(strata) == {(lang, genre) for lang in LANGS for genre in ("policy", "news")}, (split, strata)


def test_sizes_meet_the_corpus_targets(records):
    stats = corpus_stats([d for docs in records.values() for d in docs])
    assert stats["all"]["documents"]["total"] >= 160
    assert stats["all"]["clauses"]["total"] >= 4000
    for lang in LANGS:
        counts = stats[lang]
        assert counts["documents"]["total"] >= 80
        assert all(counts["areas"][area] >= 120 for area in AREAS), counts["areas"]
        assert counts["areas"]["none"] >= 150
        entities = counts["entities"]
        assert entities["ORG"] >= 400 and entities["GPE"] >= 150 and entities["DATE"] >= 150
        assert entities["figures"] >= 400
        assert all(entities[label] >= 60 for label in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"))
        assert counts["markers"]["total"] >= 300
        assert len([style for style, n in counts["marker_styles"].items() if n and style != "other"]) >= 6


def test_ids_are_unique_across_splits(records):
    ids = [d["id"] for docs in records.values() for d in docs]
    assert len(ids) == len(set(ids))


def test_second_annotation_is_the_compiled_sources(corpora_dir):
    directory = corpora_dir / "agreement"
    result = compile_files([directory / "src"], root=directory)
    assert not result.errors
    compiled = sorted((d.to_dict() for d in result.documents["test"]), key=lambda r: r["id"])
    assert compiled == load(directory, "test")


def test_second_annotation_covers_at_least_15_percent_of_test(corpora_dir, records):
    second = {d["id"] for d in load(corpora_dir / "agreement", "test")}
    test_ids = {d["id"] for d in records["test"]}
    assert second <= test_ids and len(second) >= 0.15 * len(test_ids)
