"""Every format writes and reads back what the scheme holds (CoNLL: the entities)."""
import json

import pytest

from evaluation.formats import FORMATS, FormatError, convert, read, write
from evaluation.formats.spacy_docbin import _words
from evaluation.formats.spans import labelled_spans
from evaluation.formats.tokens import segments, tokens
from tests.evaluation.conftest import GOLD, make

SUFFIX = {"jsonl": "x.jsonl", "doccano": "x.jsonl", "labelstudio": "x.json", "brat": "brat", "spacy": "x.spacy",
          "conll": "x.conll"}

ZH = "一、总体要求\r\n（一）支持企业😀创建𠀀品牌；投入３３.７亿元，增长60%～70%。\t 第二条\u00a0鼓励"
EDGE = [
    GOLD,
    make("", id="empty"),
    make("  leading  and\n\n trailing  ", clauses=[(2, 14, "none", False, True), (17, 25, "none", False, True)],
         entities=[(2, 9, "ORG")], id="spaces"),
    make(ZH, id="zh/odd id", lang="zh",
         clauses=[(0, 6, "none", False, True), (8, 22, "brand", True, False), (22, 41, "finance", True, True),
                  (43, 49, "environment", True, True)],
         markers=[(0, 2, 1), (8, 11, 2), (43, 46, 1)],
         entities=[(24, 30, "MONEY", 3370000000.0, "CNY"), (33, 40, "PERCENT", (60.0, 70.0), "%")]),
]


def entity_view(document):
    return (document.id, document.text, document.lang, document.genre,
            [(e.start, e.end, e.label) for e in document.entities])


def test_fixture_spans():
    zh = EDGE[3]
    assert [zh.span_text(m) for m in zh.markers] == ["一、", "（一）", "第二条"]
    assert [zh.span_text(e) for e in zh.entities] == ["３３.７亿元", "60%～70%"]


@pytest.mark.parametrize("name", FORMATS)
def test_round_trip_of_edge_cases(tmp_path, name):
    path = tmp_path / SUFFIX[name]
    assert write(name, EDGE, path) == len(EDGE)
    back = read(name, path)
    if name == "conll":
        assert [entity_view(d) for d in back] == [entity_view(d) for d in EDGE]
    else:
        assert [d.to_dict() for d in back] == [d.to_dict() for d in EDGE]


@pytest.mark.parametrize("name", FORMATS)
def test_round_trip_of_the_dev_corpus(tmp_path, name, dev_documents):
    path = tmp_path / SUFFIX[name]
    write(name, dev_documents, path)
    back = read(name, path)
    if name == "conll":
        assert [entity_view(d) for d in back] == [entity_view(d) for d in dev_documents]
    else:
        assert [d.to_dict() for d in back] == [d.to_dict() for d in dev_documents]


@pytest.mark.parametrize("name", ["jsonl", "doccano", "labelstudio", "brat", "spacy"])
def test_overlapping_predicted_entities_survive(tmp_path, name):
    document = make("Guangzhou Bureau", entities=[(0, 9, "GPE"), (0, 16, "ORG")], id="o")
    write(name, [document], tmp_path / SUFFIX[name])
    assert read(name, tmp_path / SUFFIX[name])[0].to_dict() == document.to_dict()


@pytest.mark.parametrize("source, target", [("doccano", "brat"), ("brat", "labelstudio"), ("labelstudio", "spacy"),
                                            ("spacy", "jsonl")])
def test_convert_chains(tmp_path, source, target):
    write(source, EDGE, tmp_path / SUFFIX[source])
    convert(source, tmp_path / SUFFIX[source], target, tmp_path / ("out-" + SUFFIX[target]))
    assert [d.to_dict() for d in read(target, tmp_path / ("out-" + SUFFIX[target]))] == [d.to_dict() for d in EDGE]


def test_empty_input(tmp_path):
    for name in FORMATS:
        path = tmp_path / SUFFIX[name]
        assert write(name, [], path) == 0
        assert read(name, path) == []


def test_unknown_format():
    with pytest.raises(FormatError, match="unknown format 'xml'"):
        read("xml", "x")


@pytest.mark.parametrize("text, cuts", [("abc def", ()), ("中文abc 12.5%", (1,)), ("a\n\n b\t c  ", (3, 4)), ("", ())])
def test_token_segments_cover_the_text(text, cuts):
    assert "".join(text[a:b] for a, b in segments(text, cuts)) == text
    assert all(not text[a:b].isspace() for a, b in tokens(text, cuts))
    words, spaces = _words(text, cuts)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text


def test_label_studio_utf16_offsets_of_old_exports_are_converted(tmp_path):
    text = "😀 Guangzhou"
    task = {"id": 1, "data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 3, "end": 12, "text": "Guangzhou", "labels": ["GPE"]}}]}]}
    (tmp_path / "ls.json").write_text(json.dumps([task]), encoding="utf-8")
    entity = read("labelstudio", tmp_path / "ls.json")[0].entities[0]
    assert text[entity.start:entity.end] == "Guangzhou"


def test_label_studio_prefers_annotations_to_predictions(tmp_path):
    region = lambda label: {"type": "labels", "value": {"start": 0, "end": 2, "labels": [label]}}
    task = {"data": {"text": "ab", "doc_id": "t"}, "predictions": [{"result": [region("ORG")]}],
            "annotations": [{"was_cancelled": True, "result": [region("DATE")]}, {"result": [region("GPE")]}]}
    (tmp_path / "ls.json").write_text(json.dumps(task), encoding="utf-8")
    assert [e.label for e in read("labelstudio", tmp_path / "ls.json")[0].entities] == ["GPE"]


def test_doccano_relation_project_entities(tmp_path):
    record = {"id": 3, "text": "Panyu base", "entities": [{"id": 1, "start_offset": 0, "end_offset": 5, "label": "GPE"}],
              "relations": []}
    (tmp_path / "d.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    document = read("doccano", tmp_path / "d.jsonl")[0]
    assert (document.id, [(e.start, e.end, e.label) for e in document.entities]) == ("3", [(0, 5, "GPE")])


def test_conll_from_another_tool(tmp_path):
    (tmp_path / "x.conll").write_text("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"
                                      "German JJ B-NP B-MISC\n\n-DOCSTART- -X- -X- O\n\n广 B-GPE\n州 I-GPE\n好 O\n",
                                      encoding="utf-8")
    first, second = read("conll", tmp_path / "x.conll")
    assert first.text == "EU rejects\nGerman" and entity_view(first)[4] == [(0, 2, "ORG"), (11, 17, "MISC")]
    assert second.text == "广州好" and second.lang == "zh" and entity_view(second)[4] == [(0, 2, "GPE")]


def test_conll_bioes_and_iob1(tmp_path):
    (tmp_path / "x.conll").write_text("a S-ORG\nb B-GPE\nc E-GPE\nd I-DATE\ne I-DATE\nf O\n", encoding="utf-8")
    assert entity_view(read("conll", tmp_path / "x.conll")[0])[4] == [(0, 1, "ORG"), (2, 5, "GPE"), (6, 9, "DATE")]


def test_label_studio_writes_a_config_with_every_label(tmp_path):
    write("labelstudio", EDGE, tmp_path / "x.json")
    config = (tmp_path / "x.config.xml").read_text(encoding="utf-8")
    labels = {label for d in EDGE for _, _, label in labelled_spans(d)}
    assert all(f'<Label value="{label}"/>' in config for label in labels)
