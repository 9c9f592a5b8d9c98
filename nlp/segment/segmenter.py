"""The segmenter: language, markers, clauses, sentences and words of a text in one call."""
from __future__ import annotations

from typing import Optional

from nlp.lang import ALL, LanguageRules
from nlp.paths import model_path
from nlp.segment.clauses import ClauseSplitter
from nlp.segment.language import detect_language, paragraph_languages
from nlp.segment.markers import find_markers
from nlp.segment.words import DictionaryError, WordTokenizer
from nlp.types import Document

DEFAULT_DICTIONARY = "zh_dictionary/dict.txt"


def default_user_dict() -> str:
    """Path of the domain dictionary trained from the corpus (``models/zh_dictionary``).

    Its absence is an error, not a silent fallback: Chinese words would differ without it.
    """
    path = model_path(DEFAULT_DICTIONARY)
    if not path.is_file():
        raise DictionaryError(f"domain dictionary not found at {path}: run `policy-nlp train dictionary`, "
                              "or pass user_dict=None to segment without one")
    return str(path)


class Segmenter:
    """Segment a text into a :class:`Document` with clauses, markers and tokens.

    The text is never changed: every span is an index into the string given.

    >>> doc = Segmenter(tokens=False)("一、总体要求\\n（一）支持企业；鼓励创新。")
    >>> [doc.span_text(c) for c in doc.clauses]
    ['一、总体要求', '（一）支持企业；', '鼓励创新。']
    """

    def __init__(self, *, rules: LanguageRules = ALL, tokens: bool = True,
                 user_dict: Optional[str] = "default"):
        """``user_dict``: "default" (the trained domain dictionary), a path, or None for none."""
        self.rules = rules
        self.tokens = tokens
        self.user_dict = user_dict
        self._splitter = ClauseSplitter(rules)
        self._words: Optional[WordTokenizer] = None

    def __call__(self, text: str, lang: Optional[str] = None, *, id: str = "", genre: str = "policy") -> Document:
        if not isinstance(text, str):
            raise TypeError(f"segment() takes a str, not {type(text).__name__}")
        lang = lang or detect_language(text)
        markers = find_markers(text)
        clauses = self._splitter.split(text, markers)
        tokens = tuple(self.word_tokenizer(text)) if self.tokens else ()
        return Document(text=text, id=id, lang=lang, genre=genre, clauses=tuple(clauses),
                        markers=tuple(markers), tokens=tokens,
                        paragraphs=tuple(paragraph_languages(text, lang)))

    @property
    def word_tokenizer(self) -> WordTokenizer:
        if self._words is None:
            user_dict = default_user_dict() if self.user_dict == "default" else self.user_dict
            self._words = WordTokenizer(user_dict=user_dict)
        return self._words
