import pytest

from nlp.segment.words import DictionaryError, WordTokenizer, load_jieba


def words(text, **options):
    return [text[t.start:t.end] for t in WordTokenizer(**options)(text)]


@pytest.mark.parametrize("text, expected", [
    ("安排33.7亿元资金", "33.7亿元"),
    ("同比增长-26.95%，", "-26.95%"),
    ("面积56.63万平方米。", "56.63万平方米"),
    ("新增2万多元补贴", "2万多元"),
])
def test_numbers_keep_their_scale_words_and_units(text, expected):
    assert expected in words(text)


def test_english_text_is_split_without_jieba():
    assert words("Support 3.5% growth, now.") == ["Support", "3.5%", "growth", ",", "now", "."]


def test_tokens_skip_white_space_and_point_into_the_text():
    text = "支持　企业 发展\n"
    tokens = WordTokenizer()(text)
    assert all(not text[t.start:t.end].isspace() for t in tokens)
    assert "".join(text[t.start:t.end] for t in tokens) == "支持企业发展"


def test_user_dictionary_words_become_tokens(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text("钻石珠宝交易所 5000 nt\n", encoding="utf-8")
    assert "钻石珠宝交易所" in words("广州钻石珠宝交易所成立", user_dict=str(path))


def test_missing_user_dictionary_is_an_error(tmp_path):
    with pytest.raises(DictionaryError, match="not found"):
        load_jieba(str(tmp_path / "missing.txt"))


def test_empty_user_dictionary_is_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="empty"):
        load_jieba(str(path))


def test_bad_frequency_names_the_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("好词 10\n坏词 many\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=":2:"):
        load_jieba(str(path))


def test_dictionary_is_loaded_once_per_process(tmp_path):
    path = tmp_path / "once.txt"
    path.write_text("一次加载 100\n", encoding="utf-8")
    assert load_jieba(str(path)) is load_jieba(str(path))


def test_a_missing_default_dictionary_is_an_error_not_a_silent_fallback(tmp_path, monkeypatch):
    from nlp.segment.segmenter import Segmenter

    monkeypatch.setenv("POLICY_NLP_MODELS", str(tmp_path))
    with pytest.raises(DictionaryError, match="train dictionary"):
        Segmenter()("支持企业")
    assert Segmenter(user_dict=None)("支持企业").tokens
