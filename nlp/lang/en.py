"""English rules: terminators, abbreviations and closing punctuation."""
from nlp.lang.base import LanguageRules

ENGLISH = LanguageRules(
    code="en",
    contextual_terminators="!?",
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

#: Words that signal a policy area (general policy vocabulary, not any one corpus);
#: used as classifier features and, alone, as the keyword baseline.
AREA_CUES = {
    "supply_chain": "supply chain|sourcing|procurement|purchas\\w*|supplier\\w*|raw material\\w*|import\\w*|export\\w*|trade fair\\w*|expo\\w*|exhibition\\w*|buyer\\w*|trading platform\\w*|exchange|bourse|logistic\\w*|freight|channel\\w*|foreign trade|overseas market\\w*|international market\\w*|belt and road|rcep|china-europe|shipment\\w*|cargo|wholesale|order\\w*|throughput",
    "brand": "brand\\w*|design\\w*|launch\\w*|premiere\\w*|quality mark\\w*|time-honou?red|famous|reputation|made in|original design|image|promotion|publicity|new product\\w*",
    "customs": "customs|clearance|bonded|duty|duties|tariff\\w*|tax refund\\w*|rebate\\w*|vat|inspection\\w*|quarantine|declaration\\w*|single window|aeo|write-off\\w*|account book\\w*|port supervision|duty-free|release",
    "digital_trade": "digital\\w*|e-commerce|online|livestream\\w*|live-stream\\w*|live stream\\w*|platform\\w*|internet|big data|cloud|smart|intelligent|data|ai|5g|app\\w*|new retail|influencer\\w*|mini program\\w*",
    "cluster": "cluster\\w*|park\\w*|base\\w*|zone\\w*|town\\w*|land|premises|plant\\w*|factor(?:y|ies)|square meters|square metres|hectares|output value|industrial chain|industry chain|agglomerat\\w*|incubat\\w*|relocat\\w*|upgrad\\w*|renovat\\w*|workshop\\w*|employees|practitioners|above designated size",
    "finance": "loan\\w*|credit|financ\\w*|guarantee\\w*|insurance|subsid\\w*|grant\\w*|reward\\w*|bonus\\w*|fund\\w*|interest|discount\\w*|capital|bank\\w*|listing|ipo|bond\\w*|allowance\\w*|compensat\\w*|one-off|yuan",
    "culture_tourism": "cultur\\w*|touris\\w*|visitor\\w*|travel\\w*|festival\\w*|fashion\\w*|museum\\w*|heritage|consum\\w*|shopping|night economy|show\\w*|performance\\w*|scenic|hotel\\w*|holiday\\w*|experience\\w*|creative",
    "ip_protection": "intellectual property|ip|patent\\w*|trademark\\w*|copyright\\w*|infring\\w*|counterfeit\\w*|pira\\w*|rights protection|enforcement|mediat\\w*|dispute\\w*|litigation|court\\w*|arbitration|geographical indication\\w*",
    "environment": "talent\\w*|training|standard\\w*|service\\w*|approval\\w*|regulat\\w*|law\\w*|legal|monitor\\w*|statistic\\w*|evaluat\\w*|mechanism\\w*|coordinat\\w*|leadership|organi[sz]ation\\w*|green|carbon|environment\\w*|sustainab\\w*|conference\\w*|forum\\w*|summit\\w*|association\\w*|one-stop|streamlin\\w*|reform\\w*|implement\\w*",
}

# --- Figures and dates (read by nlp/extract/numbers.py, figures.py, dates.py) ----------

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
#: Scale words, abbreviations included (5bn, 10k; k, m and b only glued to a number,
#: and m and b only after a currency sign: US$5m).
SCALE_WORDS = {
    "hundred": 100, "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9,
    "trillion": 10 ** 12, "k": 10 ** 3, "mn": 10 ** 6, "mln": 10 ** 6, "m": 10 ** 6,
    "bn": 10 ** 9, "bln": 10 ** 9, "b": 10 ** 9, "tn": 10 ** 12, "trn": 10 ** 12,
}
#: Fraction words: "a third", "two thirds", "half".
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
#: Comparison words and approximators: always outside a figure's span.
APPROXIMATORS = (
    "about", "around", "approximately", "approx.", "roughly", "some", "nearly", "almost",
    "close to", "more than", "over", "above", "exceeding", "at least", "at most", "up to",
    "less than", "fewer than", "under", "below", "no more than", "no less than", "over",
)

#: Currency words after an amount, with their ISO 4217 codes (longest first when matched).
CURRENCY_WORDS = {
    "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY", "Chinese yuan": "CNY",
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "U.S. dollar": "USD",
    "American dollars": "USD", "dollars": "USD", "dollar": "USD", "USD": "USD",
    "Hong Kong dollars": "HKD", "Hong Kong dollar": "HKD", "HK dollars": "HKD", "HKD": "HKD",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR",
}
#: Currency signs and codes before an amount (US$2.1 billion, RMB 500 million).
CURRENCY_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD", "HK$": "HKD", "HKD": "HKD",
    "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "￥": "CNY", "€": "EUR", "EUR": "EUR",
}
#: Units of measurement and the scheme's symbols (no conversion).
UNIT_WORDS = {
    "square meters": "m2", "square metres": "m2", "square meter": "m2", "square metre": "m2",
    "sq m": "m2", "sq. m": "m2", "sqm": "m2", "m2": "m2", "m²": "m2", "㎡": "m2",
    "square kilometers": "km2", "square kilometres": "km2", "square kilometer": "km2",
    "square kilometre": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "mu": "mu",
    "deadweight tonnes": "t", "deadweight tons": "t", "metric tons": "t", "metric tonnes": "t",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "t": "t",
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kg": "kg", "grams": "g", "gram": "g",
    "g": "g", "carats": "ct", "carat": "ct", "ct": "ct",
    "cubic meters": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic metre": "m3",
    "m3": "m3", "m³": "m3",
    "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "kilowatt-hour": "kWh", "kWh": "kWh",
    "megawatt-hours": "MWh", "megawatt hours": "MWh", "MWh": "MWh",
    "gigawatt-hours": "GWh", "gigawatt hours": "GWh", "GWh": "GWh",
    "kilowatts": "kW", "kilowatt": "kW", "kW": "kW", "megawatts": "MW", "megawatt": "MW",
    "MW": "MW", "gigawatts": "GW", "gigawatt": "GW", "GW": "GW",
    "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "km": "km",
    "meters": "m", "metres": "m", "meter": "m", "metre": "m", "m": "m",
    "liters": "L", "litres": "L", "liter": "L", "litre": "L",
    "TEUs": "TEU", "TEU": "TEU", "twenty-foot equivalent units": "TEU",
}
#: Percent signs and words; percentage points are PERCENT too.
PERCENT_WORDS = (
    "percentage points", "percentage point", "per cent", "percent", "pct", "%", "％",
)

#: Trend words before a figure ("up 41.5%", "fell by 3 percent", "an increase of 8.9%").
TREND_WORDS = {
    "up": "increase", "rise": "increase", "rises": "increase", "rose": "increase",
    "risen": "increase", "rising": "increase", "grow": "increase", "grows": "increase",
    "grew": "increase", "grown": "increase", "growth": "increase", "increase": "increase",
    "increases": "increase", "increased": "increase", "climb": "increase", "climbed": "increase",
    "jump": "increase", "jumped": "increase", "surge": "increase", "surged": "increase",
    "gain": "increase", "gained": "increase", "expand": "increase", "expanded": "increase",
    "raise": "increase", "raised": "increase", "higher": "increase",
    "down": "decrease", "fall": "decrease", "falls": "decrease", "fell": "decrease",
    "fallen": "decrease", "decline": "decrease", "declines": "decrease", "declined": "decrease",
    "drop": "decrease", "drops": "decrease", "dropped": "decrease", "decrease": "decrease",
    "decreased": "decrease", "decreases": "decrease", "cut": "decrease", "cuts": "decrease",
    "reduce": "decrease", "reduced": "decrease", "reduction": "decrease", "shrink": "decrease",
    "shrank": "decrease", "slid": "decrease", "slipped": "decrease", "lower": "decrease",
}
#: Words between a trend word and its figure ("rose by", "an increase of", "up about").
TREND_FILLERS = ("by", "of", "about", "around", "nearly", "almost", "some", "over",
                 "more than", "roughly", "approximately", "a", "an", "year-on-year",
                 "year on year")
#: Comparisons that give the period of a change, before or after the figure.
PERIOD_WORDS = {
    "year on year": "year_on_year", "year-on-year": "year_on_year", "y-o-y": "year_on_year",
    "yoy": "year_on_year", "from a year earlier": "year_on_year", "from a year ago": "year_on_year",
    "over the same period last year": "year_on_year", "compared with last year": "year_on_year",
    "from last year": "year_on_year",
    "month on month": "month_on_month", "month-on-month": "month_on_month",
    "from a month earlier": "month_on_month", "quarter on quarter": "quarter_on_quarter",
    "quarter-on-quarter": "quarter_on_quarter", "average annual": "annual_average",
    "annual average": "annual_average", "a year on average": "annual_average",
}
#: Capitalised words after which a number names an item, not a count (Article 3, No. 12).
REFERENCE_WORDS = (
    "No.", "No", "Nos.", "Item", "Items", "Article", "Articles", "Chapter", "Section", "Clause",
    "Paragraph", "Part", "Annex", "Appendix", "Figure", "Fig.", "Table", "Phase", "Room",
    "Building", "Line", "Gate", "Terminal", "Hall", "Booth", "Level", "Grade", "Class", "Type",
    "Version", "Vol.", "Issue", "Page", "p.", "pp.", "Exit", "Platform", "Route", "Highway",
    "Road", "Street", "Lane", "Plant", "Category", "Tier", "Block", "Zone", "Q", "Top",
)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
#: Units of time for durations (three years, 24 hours, five working days).
DATE_UNITS = (
    "working days", "working day", "business days", "business day", "years", "year", "months",
    "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds",
    "second", "decades", "decade", "centuries", "century", "quarters", "quarter",
)
#: Relative dates that point to a definite period.
RELATIVE_DATES = (
    "last year", "this year", "next year", "last month", "this month", "next month",
    "last week", "this week", "next week", "the previous year", "the same period last year",
    "yesterday", "tomorrow", "a year earlier", "a year ago", "the year before",
    "this weekend", "last weekend", "next weekend",
)
#: Ordinals of quarters and halves ("the first quarter", "the second half of 2023").
DATE_ORDINALS = ("first", "second", "third", "fourth", "final", "last", "1st", "2nd", "3rd", "4th")
#: Words that qualify a duration's length stay inside its DATE span ("nearly 30 years",
#: "the past three years"); words that place or bound it ("by", "within", "up to") do not.
DATE_APPROXIMATORS = (
    "nearly", "almost", "about", "around", "approximately", "roughly", "some", "close to",
    "more than", "less than", "at least", "at most", "the past", "the last", "the next",
    "the first", "the coming", "the following", "the previous",
)

#: Suffix rules of a light stemmer for classifier features: (suffix, replacement),
#: tried in order; the stem must keep at least three letters.
STEM_SUFFIXES = (
    ("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("iveness", "ive"), ("fulness", "ful"),
    ("ousness", "ous"), ("ments", "ment"), ("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""),
    ("es", ""), ("s", ""),
)

#: Verbs by which a policy states an action (measure extraction and the measure baseline).
ACTION_VERBS = tuple("""
    support supports supported supporting encourage encourages encouraged encouraging establish establishes
    established establishing build builds building set up sets up setting up promote promotes promoting
    strengthen strengthens strengthening improve improves improving implement implements implementing
    provide provides provided providing grant grants granted granting reward rewards rewarded award awards
    awarded subsidize subsidise subsidizes subsidises fund funds funded funding allocate allocates allocated
    offer offers offered guide guides guiding accelerate accelerates accelerating expand expands expanding
    optimize optimise optimizes optimises optimizing optimising cultivate cultivates cultivating develop
    develops developing create creates creating launch launches launched launching organize organise
    organizes organises organizing organising hold holds held host hosts hosted introduce introduces
    introduced facilitate facilitates facilitating streamline streamlines streamlining simplify simplifies
    reduce reduces reduced reducing cut cuts exempt exempts waive waives refund refunds deepen deepens
    enhance enhances enhancing crack down protect protects protecting enforce enforces enforcing require
    requires required shall will must designate designates designated approve approves approved
    coordinate coordinates coordinating ensure ensures ensuring attract attracts attracting
    """.split())

#: Places (GPE) a policy text names often: provinces, major cities, regions, countries.
PLACES = tuple(p.strip() for p in """
    China|the Chinese mainland|Asia|Europe|Africa|Latin America|North America|Southeast Asia|Central Asia|
    the Middle East|ASEAN countries|the EU|the European Union|the United States|the U.S.|the US|the UK|
    the United Kingdom|France|Germany|Japan|South Korea|Korea|Russia|India|Italy|Spain|the Netherlands|
    Belgium|Switzerland|Australia|New Zealand|Canada|Brazil|Mexico|South Africa|Egypt|Thailand|Vietnam|
    Laos|Cambodia|Myanmar|Malaysia|Singapore|Indonesia|the Philippines|Kazakhstan|Uzbekistan|Mongolia|
    the UAE|Saudi Arabia|Israel|Turkey|Poland|Hungary|Antwerp|Beijing|Tianjin|Shanghai|Chongqing|Hebei|
    Shanxi|Inner Mongolia|Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|Jiangxi|Shandong|
    Henan|Hubei|Hunan|Guangdong|Guangxi|Hainan|Sichuan|Guizhou|Yunnan|Tibet|Xizang|Shaanxi|Gansu|Qinghai|
    Ningxia|Xinjiang|Hong Kong|Macao|Macau|Taiwan|the Greater Bay Area|
    the Guangdong-Hong Kong-Macao Greater Bay Area|the Yangtze River Delta|the Pearl River Delta|
    Guangzhou|Shenzhen|Zhuhai|Shantou|Foshan|Dongguan|Zhongshan|Jiangmen|Zhanjiang|Huizhou|Panyu|Nansha|
    Qianhai|Hengqin|Hangzhou|Ningbo|Wenzhou|Jiaxing|Huzhou|Shaoxing|Jinhua|Yiwu|Taizhou|Zhoushan|Nanjing|
    Suzhou|Wuxi|Changzhou|Nantong|Yangzhou|Xuzhou|Kunshan|Hefei|Wuhu|Fuzhou|Xiamen|Quanzhou|Jinjiang|
    Nanchang|Jingdezhen|Ganzhou|Jinan|Qingdao|Yantai|Weifang|Zibo|Weihai|Zhengzhou|Luoyang|Wuhan|Yichang|
    Xiangyang|Changsha|Zhuzhou|Chengdu|Mianyang|Guiyang|Zunyi|Kunming|Lhasa|Xi'an|Lanzhou|Xining|Yinchuan|
    Urumqi|Kashgar|Hohhot|Baotou|Shenyang|Dalian|Changchun|Harbin|Daqing|Shijiazhuang|Tangshan|Taiyuan|
    Datong|Nanning|Beihai|Qinzhou|Liuzhou|Guilin|Haikou|Sanya
    """.split("|"))

#: Words that end an organisation's name; a run of capitalised words before one is an ORG.
ORG_SUFFIXES = tuple(p.strip() for p in """
    Bureau|Commission|Committee|Association|Exchange|Council|Center|Centre|Company|Co., Ltd.|Co.,Ltd.|
    Co. Ltd.|Ltd.|Limited|Inc.|Corporation|Corp.|Group|Bank|Court|Administration|Department|Office|
    Government|University|College|Institute|Academy|Federation|Chamber of Commerce|Customs|Ministry|
    Agency|Authority|Society|Alliance|Fund|Foundation|Hospital|Museum|Daily|News|Times|Network|Station
    """.split("|"))
