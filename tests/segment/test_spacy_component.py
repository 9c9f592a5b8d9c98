import spacy

import nlp.segment.spacy_component  # noqa: F401  (registers the factory without the entry point)


def test_english_blank_pipeline_gets_sentences_clauses_and_markers():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("policy_segmenter")
    doc = pipeline("First, support firms; fund them. The U.S. FDA agreed.\n(II) Next item")
    assert [s.text for s in doc._.clauses] == ["First, support firms;", "fund them.", "The U.S. FDA agreed.", "(II) Next item"]
    assert [(m.text, m.label_) for m in doc._.markers] == [("First,", "1"), ("(II)", "2")]
    assert [s.text.strip() for s in doc.sents] == ["First, support firms; fund them.", "The U.S. FDA agreed.", "(II) Next item"]


def test_chinese_blank_pipeline_with_jieba():
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    pipeline.add_pipe("policy_segmenter")
    doc = pipeline("一、总体要求\n（一）支持企业；鼓励创新。他说：“好。”")
    assert [s.text for s in doc._.clauses] == ["一、总体要求", "（一）支持企业；", "鼓励创新。", "他说：“好。”"]
    assert [m.label_ for m in doc._.markers] == ["1", "2"]
    assert len(list(doc.sents)) == 3


def test_empty_doc():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("policy_segmenter")
    doc = pipeline("")
    assert doc._.clauses == [] and doc._.markers == []
