"""English rules: terminators, abbreviations and closing punctuation."""
from nlp.lang.base import LanguageRules

ENGLISH = LanguageRules(
    code="en",
    terminators="!?",
    ambiguous_terminators=".",
    semicolons=";",
    closers="\"')]’”",
    # Never sentence-final when followed by text: titles, "No. 5", months, "Art. 3".
    abbreviations=frozenset("""
        mr mrs ms dr prof gen gov sen rep hon st no nos art arts sec para paras fig figs vol
        vols ch chap p pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec approx
        est dept div assn assoc bros mt ft vs viz cf e.g i.e incl min max tel ref rev
        """.split()),
    # May end a sentence, but only before a typical sentence opener ("... Co., Ltd. The").
    final_abbreviations=frozenset("""
        co ltd inc corp plc llc etc u.s u.k u.n u.s.a p.r.c a.m p.m jr sr
        """.split()),
    sentence_starters=frozenset("""
        the this these that those it its in on at by for from with we he she they i our their
        a an as after before since during while when if but and however meanwhile moreover
        also according there here all some many most such each every both other another
        what why how who no not only last next first second third finally overall besides
        """.split()),
)
