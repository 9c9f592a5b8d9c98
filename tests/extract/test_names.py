import pytest

from nlp.extract.aliases import alias_definitions, group_organisations
from nlp.extract.combine import resolve_overlaps, within_clauses
from nlp.extract.gazetteer import Gazetteer, names_from_corpus
from nlp.extract.measures import action_verbs, marker_paths, measures_of
from nlp.extract.organisations import find_organisations
from nlp.types import Clause, Document, Entity, Marker


def spans(text, entities):
    return [(text[e.start:e.end], e.label) for e in entities]


@pytest.mark.parametrize("text, expected", [
    ("The Guangzhou Municipal Bureau of Commerce met firms.", ["Guangzhou Municipal Bureau of Commerce"]),
    ("Zhongshan Lighting Co., Ltd. and the Ministry of Commerce agreed.", ["Zhongshan Lighting Co., Ltd.", "Ministry of Commerce"]),
    ("Support China Export & Credit Insurance Corporation to act.", ["China Export & Credit Insurance Corporation"]),
    ("support for local firms and the bureau", []),
])
def test_english_organisation_suffix_rule(text, expected):
    assert [text[e.start:e.end] for e in find_organisations(text)] == expected


def test_gazetteer_takes_chinese_administrative_suffixes_and_word_boundaries():
    gazetteer = Gazetteer({"GPE": ["广州", "Panyu"], "ORG": ["广州钻石交易中心"]})
    text = "广州市和广州钻石交易中心，Panyu District, not Panyuan."
    assert spans(text, gazetteer.find(text)) == [("广州市", "GPE"), ("广州钻石交易中心", "ORG"), ("Panyu", "GPE")]


def test_names_from_corpus_keep_the_majority_label():
    record = {"lang": "zh", "text": "深圳市深圳市深圳市",
              "entities": [{"start": 0, "end": 3, "label": "GPE"}, {"start": 3, "end": 6, "label": "GPE"},
                           {"start": 6, "end": 9, "label": "ORG"}]}
    assert names_from_corpus([record]) == {"zh": {"GPE": ["深圳市"]}}


def test_resolve_overlaps_prefers_rank_then_length():
    a, b, c = Entity(0, 5, "ORG"), Entity(3, 8, "GPE"), Entity(0, 2, "GPE")
    assert resolve_overlaps([(1, a), (0, b), (1, c)]) == [c, b]
    assert resolve_overlaps([(0, a), (0, c)]) == [a]


def test_entities_must_lie_inside_one_clause():
    clauses = [Clause(0, 5), Clause(6, 10)]
    assert within_clauses([Entity(1, 4, "ORG"), Entity(4, 7, "ORG"), Entity(6, 10, "GPE")], clauses) == \
        [Entity(1, 4, "ORG"), Entity(6, 10, "GPE")]


def test_aliases_link_short_forms_to_full_names():
    text = "广州钻石交易中心（以下简称“广钻”）成立。广钻支持企业。Guangzhou Diamond Exchange (GZDE) grew; GZDE helps."
    def at(s, occurrence=0):
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(s, start + 1)
        return Entity(start, start + len(s), "ORG")
    entities = (at("广州钻石交易中心"), at("广钻", 1), at("Guangzhou Diamond Exchange"), at("GZDE", 1))
    document = Document(text, lang="mixed", entities=entities)
    assert [alias for _, alias, _, _ in alias_definitions(document)] == ["广钻", "GZDE"]
    groups = group_organisations(document)
    assert {name: len(mentions) for name, mentions in groups.items()} == {"广州钻石交易中心": 2, "Guangzhou Diamond Exchange": 2}


def test_measures_carry_marker_path_actions_organisations_and_figures():
    text = "二、强化支持\n（三）支持广钻设立50亿元基金。\n（四）其他"
    document = Document(text, lang="zh",
                        clauses=(Clause(0, 6), Clause(7, 23, area="finance", measure=True), Clause(24, 29)),
                        markers=(Marker(0, 2, 1), Marker(7, 10, 2), Marker(24, 27, 2)),
                        entities=(Entity(12, 14, "ORG"), Entity(16, 20, "MONEY", value=5e9, unit="CNY")))
    assert marker_paths(document) == [["二、"], ["二、", "（三）"], ["二、", "（四）"]]
    (measure,) = document.measures
    assert measure.marker_path == ("二、", "（三）") and measure.actions == ("支持", "设立")
    assert [text[e.start:e.end] for e in measure.organisations] == ["广钻"]
    assert measure.figures[0].value == 5e9
    assert measure.to_dict()["area"] == "finance"


@pytest.mark.parametrize("text, lang, verbs", [
    ("Support firms and establish a platform.", "en", ["support", "establish"]),
    ("鼓励企业开展直播电商", "zh", ["鼓励", "开展"]),
    ("Exports rose 5%.", "en", []),
])
def test_action_verbs(text, lang, verbs):
    assert action_verbs(text, lang) == verbs


def test_no_measures_in_an_empty_document():
    assert list(measures_of(Document(""))) == []


def test_extraction_tags_aliases_and_their_later_mentions():
    from nlp.extract.steps import with_aliases

    text = "广州钻石交易中心（以下简称“广钻”）成立。广钻支持企业。Guangzhou Diamond Exchange (GZDE) and (the Measures)."
    found = with_aliases(text, [Entity(0, 8, "ORG"), Entity(text.index("Guangzhou"), text.index(" (GZDE)"), "ORG")])
    assert [text[e.start:e.end] for e in found] == ["广州钻石交易中心", "广钻", "广钻", "Guangzhou Diamond Exchange", "GZDE"]


@pytest.mark.parametrize("text, expected", [
    ("南宁市人民政府办公室印发通知。", ["南宁市人民政府办公室"]),
    ("各县（市、区）人民政府，市政府各部门", ["市政府"]),
    ("由市商务局负责，广州市支持企业建设中心。", ["市商务局"]),
])
def test_chinese_organisation_rule(text, expected):
    from nlp.extract.organisations import find_organisations_zh

    assert [text[e.start:e.end] for e in find_organisations_zh(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("长沙市工业和信息化局负责解释。", ["长沙市工业和信息化局"]),  # a department's own 和
    ("苏州市发展和改革委员会、苏州市商务局", ["苏州市发展和改革委员会", "苏州市商务局"]),
    ("苏州市商务局和苏州海关联合发文。", ["苏州市商务局", "苏州海关"]),  # 和 between two names splits
])
def test_department_names_keep_their_conjunction(text, expected):
    from nlp.extract.organisations import find_organisations_zh

    assert [text[e.start:e.end] for e in find_organisations_zh(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("支持三一集团有限公司建设研发中心。", ["三一集团有限公司"]),
    ("鼓励企业与南开大学、中南大学共建实验室。", ["南开大学", "中南大学"]),
    ("吸引大学生来本市就业，企业集团化发展。", []),  # 大学生 is a student; 集团化 has no name
    ("支持企业组建集团。", []),  # a verb and a common noun: nothing of a name is left
])
def test_standalone_chinese_organisations(text, expected):
    from nlp.extract.organisations import find_standalone_organisations_zh

    assert [text[e.start:e.end] for e in find_standalone_organisations_zh(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("推动长沙黄花综合保税区扩区。", [("长沙黄花综合保税区", "GPE")]),
    ("其中滨海新区、西青区增长最快。", [("中滨海新区", "GPE")]),  # known limit: 其中 is split badly
    ("由空港新城管委会负责。", [("空港新城管委会", "ORG")]),  # a zone's body is an organisation
])
def test_named_zones_are_places_and_their_bodies_organisations(text, expected):
    from nlp.extract.organisations import find_zones_zh

    assert [(text[e.start:e.end], e.label) for e in find_zones_zh(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("长沙市工业和信息化局", "长沙市工业和信息化局"),
    ("本办法已经市人民政府同意", "市人民政府"),  # 已经 is no place
    ("全市商务局", "市商务局"),
])
def test_an_organisation_at_shi_takes_a_known_place_before_it(text, expected):
    from nlp.extract.organisations import with_place_before

    start = text.index("市")
    entity = with_place_before(text, Entity(start, len(text) if "同意" not in text else start + 5, "ORG"))
    assert text[entity.start:entity.end] == expected


def test_listed_chinese_names_must_start_a_word():
    import nlp

    document = nlp.load("fast")("其中国际航线36条，中国企业出海。", "zh")
    assert [document.text[e.start:e.end] for e in document.entities if e.label == "GPE"] == ["中国"]
