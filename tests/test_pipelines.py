"""The named pipelines and loading a pipeline from a folder of models."""
import shutil

import pytest

import nlp
from nlp.classify.steps import ClassifyStep
from nlp.extract.steps import ExtractStep
from nlp.pipeline import PIPELINES

TEXT = ("Article 3 The Guangzhou Municipal Commerce Bureau will grant RMB 2 million to each new "
        "cross-border e-commerce platform from 2024.")


def steps_of(pipeline):
    return {type(step): step for step in pipeline.steps}


def test_default_is_the_accurate_pipeline_and_loads_once():
    assert nlp.load() is nlp.load("accurate") is nlp.load("default")
    assert nlp.load("fast") is not nlp.load("accurate")


def test_fast_extracts_by_rules_alone_and_accurate_by_language():
    fast, accurate = steps_of(nlp.load("fast"))[ExtractStep], steps_of(nlp.load("accurate"))[ExtractStep]
    assert {fast.mode_for(lang) for lang in ("en", "zh", "mixed")} == {"rules"}
    assert accurate.mode_for("en") == "combined"
    assert fast.version != accurate.version  # resumed batch runs keep their outputs apart


@pytest.mark.parametrize("name", sorted(PIPELINES))
def test_every_named_pipeline_annotates_both_languages(name):
    pipeline = nlp.load(name)
    english = pipeline(TEXT)
    chinese = pipeline("第三条 对新设立的跨境电商平台给予200万元奖励。")
    assert [e.value for e in english.entities if e.label == "MONEY"] == [2_000_000]
    assert [e.value for e in chinese.entities if e.label == "MONEY"] == [2_000_000]
    assert all(clause.area for clause in english.clauses + chinese.clauses)


def test_an_unknown_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown pipeline 'precise'.*accurate, fast"):
        nlp.load("precise")


def test_a_classifier_folder_replaces_only_the_classifier(tmp_path):
    folder = tmp_path / "my-areas"
    shutil.copytree(nlp.load().steps[-1].directory, folder)
    pipeline = nlp.load(str(folder))
    classifier = steps_of(pipeline)[ClassifyStep]
    assert classifier.directory == folder
    assert ExtractStep in steps_of(pipeline)
    assert pipeline(TEXT).clauses[0].area_scores


def test_a_models_folder_uses_its_own_models(tmp_path):
    folder = tmp_path / "models"
    (folder / "classifier").parent.mkdir()
    shutil.copytree(nlp.load().steps[-1].directory, folder / "classifier")
    pipeline = nlp.load(str(folder))
    assert steps_of(pipeline)[ClassifyStep].directory == folder / "classifier"
    assert steps_of(pipeline)[ExtractStep].models == {}  # no NER in that folder: rules alone
    assert pipeline.segmenter.user_dict is None  # nor a dictionary
