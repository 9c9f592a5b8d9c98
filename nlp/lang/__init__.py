"""Language rules as data: one module per language, merged where texts mix scripts."""
from nlp.lang.base import LanguageRules, alternation, merged, words_pattern
from nlp.lang.en import ENGLISH
from nlp.lang.zh import CHINESE

LANGUAGES = {"en": ENGLISH, "zh": CHINESE}
ALL = merged(ENGLISH, CHINESE)

__all__ = ["LanguageRules", "LANGUAGES", "ALL", "ENGLISH", "CHINESE", "alternation", "merged", "words_pattern"]
