import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.extract.dates import find_dates
from nlp.extract.figures import find_figures
from nlp.types import CURRENCIES, QUANTITY_UNITS

M, P, Q, C = "MONEY", "PERCENT", "QUANTITY", "CARDINAL"

# (text, [(span text, label, value, unit), ...]): every figure the text holds, in order.
CHINESE = [
    ("出口额达33.7亿元。", [("33.7亿元", M, 3.37e9, "CNY")]),
    ("全年营收33.7 亿元", [("33.7 亿元", M, 3.37e9, "CNY")]),
    ("投资１２３．５万元", [("１２３．５万元", M, 1235000, "CNY")]),
    ("人民币5000万元用于建设", [("人民币5000万元", M, 5e7, "CNY")]),
    ("安排5000万元人民币", [("5000万元人民币", M, 5e7, "CNY")]),
    ("签下意向订单约12.8亿元", [("12.8亿元", M, 1.28e9, "CNY")]),
    ("产值超过百亿元", [("百亿元", M, 1e10, "CNY")]),
    ("培育年销售额超亿元的企业", [("亿元", M, 1e8, "CNY")]),
    ("打造千亿级产业集群", [("千亿", M, 1e11, "CNY")]),
    ("一台空调要5000多元", [("5000多元", M, 5000, "CNY")]),
    ("补贴2万多元", [("2万多元", M, 20000, "CNY")]),
    ("接到价值86万美元的订单", [("86万美元", M, 860000, "USD")]),
    ("展位要12万港币", [("12万港币", M, 120000, "HKD")]),
    ("货值1.6亿港元", [("1.6亿港元", M, 1.6e8, "HKD")]),
    ("签约500万欧元", [("500万欧元", M, 5e6, "EUR")]),
    ("总投资3-5亿元", [("3-5亿元", M, (3e8, 5e8), "CNY")]),
    ("总投资在3至5亿元的项目", [("3至5亿元", M, (3e8, 5e8), "CNY")]),
    ("成交额能达到30万至50万元", [("30万至50万元", M, (3e5, 5e5), "CNY")]),
    ("有望达到60亿至80亿元", [("60亿至80亿元", M, (6e9, 8e9), "CNY")]),
    ("客单价在20到30美元之间", [("20到30美元", M, (20, 30), "USD")]),
    ("每平方米50元", [("50元", M, 50, "CNY")]),
    ("一万五千亿元", [("一万五千亿元", M, 1.5e12, "CNY")]),
    ("规模3.5万亿元", [("3.5万亿元", M, 3.5e12, "CNY")]),
    ("同比增长41.5%", [("41.5%", P, 41.5, "%")]),
    ("利润率 41.5 ％", [("41.5 ％", P, 41.5, "%")]),
    ("按租金的60%~70%给予补贴", [("60%~70%", P, (60, 70), "%")]),
    ("按租金的60% ~ 70%给予补贴", [("60% ~ 70%", P, (60, 70), "%")]),
    ("降低成本5%—8%", [("5%—8%", P, (5, 8), "%")]),
    ("占比达百分之五十二", [("百分之五十二", P, 52, "%")]),
    ("不良率下降了千分之三", [("千分之三", P, 0.3, "%")]),
    ("保费补贴七成", [("七成", P, 70, "%")]),
    ("进出口增长近五成", [("五成", P, 50, "%")]),
    ("提高了10个百分点", [("10个百分点", P, 10, "%")]),
    ("贴息1.5个百分点", [("1.5个百分点", P, 1.5, "%")]),
    ("约占全市的３０％", [("３０％", P, 30, "%")]),
    ("增速为-3.2%", [("-3.2%", P, -3.2, "%")]),
    ("展出面积达76万平方米", [("76万平方米", Q, 760000, "m2")]),
    ("海域面积1.1万平方公里", [("1.1万平方公里", Q, 11000, "km2")]),
    ("茶园面积约1,400公顷", [("1,400公顷", Q, 1400, "ha")]),
    ("用地不少于800亩", [("800亩", Q, 800, "mu")]),
    ("出口量约320万吨", [("320万吨", Q, 3.2e6, "t")]),
    ("每颗0.3克拉以上", [("0.3克拉", Q, 0.3, "ct")]),
    ("新增装机100万千瓦", [("100万千瓦", Q, 1e6, "kW")]),
    ("年发电量约45亿千瓦时", [("45亿千瓦时", Q, 4.5e9, "kWh")]),
    ("组件产能超过60GW", [("60GW", Q, 60, "GW")]),
    ("新增装机容量300兆瓦", [("300兆瓦", Q, 300, "MW")]),
    ("吞吐量1,805万标准箱", [("1,805万标准箱", Q, 1.805e7, "TEU")]),
    ("年产面料超过200亿米", [("200亿米", Q, 2e10, "m")]),
    ("比去年同期增加3万4000克拉", [("3万4000克拉", Q, 34000, "ct")]),
    ("新增3万余吨", [("3万余吨", Q, 30000, "t")]),
    ("从业人员18万名", [("18万", C, 180000, None)]),
    ("企业400多家", [("400", C, 400, None)]),
    ("参展企业1,200余家", [("1,200", C, 1200, None)]),
    ("六十多个国家和地区", [("六十", C, 60, None)]),
    ("培训技术工人一万五千人次", [("一万五千", C, 15000, None)]),
    ("培养人才两千名", [("两千", C, 2000, None)]),
    ("建设三个平台", [("三", C, 3, None)]),
    ("近千件新品", [("千", C, 1000, None)]),
    ("三百零五家企业", [("三百零五", C, 305, None)]),
    ("集群产值占全国的三分之一", [("三分之一", C, 1 / 3, None)]),
    ("缩短近一半", [("一半", C, 0.5, None)]),
    ("同比增长2.1倍", [("2.1", C, 2.1, None)]),
    ("培育3至5个品牌", [("3至5", C, (3, 5), None)]),
    ("销售排名进入全国前50的品牌", [("50", C, 50, None)]),
    ("增速高于全市规上工业5.1个百分点", [("5.1个百分点", P, 5.1, "%")]),
    ("三至五个品牌", [("三至五", C, (3, 5), None)]),
    ("网友评论（12）", [("12", C, 12, None)]),
    ("浏览次数：1,286", [("1,286", C, 1286, None)]),
    ("打造3个百亿级园区", [("3", C, 3, None), ("百亿", M, 1e10, "CNY")]),
    ("由8.5%下降至5.2%", [("8.5%", P, 8.5, "%"), ("5.2%", P, 5.2, "%")]),
    ("出口额53.6亿美元，占全国的四成", [("53.6亿美元", M, 5.36e9, "USD"), ("四成", P, 40, "%")]),
    # not figures: ordinals, dates, codes, markers, names and idioms
    ("第三届展会", []), ("第51届名家具展", []), ("穗府办〔2023〕12号", []), ("电话：020-83123456", []),
    ("上午9时30分开幕", []), ("V2.0版本", []), ("5G基站", []), ("3D打印", []), ("2023年", []),
    ("一带一路", []), ("进一步完善一站式服务", []), ("“十四五”期间", []), ("（一）支持企业", []),
    ("一是加大支持", []), ("美国“337调查”", []), ("推行“9710”模式", []), ("二次开发", []),
    ("千家万户", []), ("三坊七巷", []), ("数百家企业", []), ("3号线", []), ("15个工作日", []),
    ("获评全国第1-3名", []), ("单位：万元", []), ("产值（亿元）", []),
    ("录取1至3名", [("1至3", C, (1, 3), None)]),
    ("销售额破亿元", [("亿元", M, 1e8, "CNY")]),
    ("总投资逾10亿，其中", [("10亿", M, 1e9, "CNY")]),
    ("规模达3 000万元", [("3 000万元", M, 3e7, "CNY")]),
]

ENGLISH = [
    ("Revenue was 3.37 billion yuan.", [("3.37 billion yuan", M, 3.37e9, "CNY")]),
    ("a fund of RMB 500 million", [("RMB 500 million", M, 5e8, "CNY")]),
    ("exports of US$2.1 billion", [("US$2.1 billion", M, 2.1e9, "USD")]),
    ("reached $53 million in 2022", [("$53 million", M, 5.3e7, "USD")]),
    ("a claim of HK$500,000", [("HK$500,000", M, 500000, "HKD")]),
    ("worth €46 million", [("€46 million", M, 4.6e7, "EUR")]),
    ("500 million US dollars", [("500 million US dollars", M, 5e8, "USD")]),
    ("about 9.4 billion dollars", [("9.4 billion dollars", M, 9.4e9, "USD")]),
    ("a 5bn yuan fund", [("5bn yuan", M, 5e9, "CNY")]),
    ("an industry of one trillion yuan", [("one trillion yuan", M, 1e12, "CNY")]),
    ("a subsidy of RMB 0.05 per kWh", [("RMB 0.05", M, 0.05, "CNY")]),
    ("RMB5 million", [("RMB5 million", M, 5e6, "CNY")]),
    ("funding of between 1 and 3 million yuan", [("1 and 3 million yuan", M, (1e6, 3e6), "CNY")]),
    ("rewards of up to 30 million yuan", [("30 million yuan", M, 3e7, "CNY")]),
    ("ten Hong Kong dollars", [("ten Hong Kong dollars", M, 10, "HKD")]),
    ("up 41.5%", [("41.5%", P, 41.5, "%")]),
    ("rose 41.5 percent", [("41.5 percent", P, 41.5, "%")]),
    ("rose 41.5 per cent", [("41.5 per cent", P, 41.5, "%")]),
    ("by 2.3 percentage points", [("2.3 percentage points", P, 2.3, "%")]),
    ("a subsidy of 1 percentage point", [("1 percentage point", P, 1, "%")]),
    ("prices 10 to 15 percent lower", [("10 to 15 percent", P, (10, 15), "%")]),
    ("cover 60% to 70% of growers", [("60% to 70%", P, (60, 70), "%")]),
    ("cover 60%-70% of growers", [("60%-70%", P, (60, 70), "%")]),
    ("rise from 45% to 60%", [("45%", P, 45, "%"), ("60%", P, 60, "%")]),
    ("rose 26% to 38,000", [("26%", P, 26, "%"), ("38,000", C, 38000, None)]),
    ("a floor area of 566,300 square meters", [("566,300 square meters", Q, 566300, "m2")]),
    ("1,000 carats a year", [("1,000 carats", Q, 1000, "ct")]),
    ("4.6 million deadweight tonnes", [("4.6 million deadweight tonnes", Q, 4.6e6, "t")]),
    ("a 300,000-tonne tanker", [("300,000-tonne", Q, 300000, "t")]),
    ("a 1-carat stone", [("1-carat", Q, 1, "ct")]),
    ("a park of 3 square kilometers", [("3 square kilometers", Q, 3, "km2")]),
    ("32 hectares of land", [("32 hectares", Q, 32, "ha")]),
    ("about 10,000 mu", [("10,000 mu", Q, 10000, "mu")]),
    ("500 kilograms of hydrogen", [("500 kilograms", Q, 500, "kg")]),
    ("174,000 cubic meters", [("174,000 cubic meters", Q, 174000, "m3")]),
    ("230,000 TEU of cargo", [("230,000 TEU", Q, 230000, "TEU")]),
    ("adds 2.5 GW of capacity", [("2.5 GW", Q, 2.5, "GW")]),
    ("5,000 sq m", [("5,000 sq m", Q, 5000, "m2")]),
    ("180,000 practitioners", [("180,000", C, 180000, None)]),
    ("the 22-point measures", [("22", C, 22, None)]),
    ("build two platforms", [("two", C, 2, None)]),
    ("issue twenty-two measures", [("twenty-two", C, 22, None)]),
    ("a hundred firms", [("a hundred", C, 100, None)]),
    ("one million visitors", [("one million", C, 1e6, None)]),
    ("1.2 million machines", [("1.2 million", C, 1.2e6, None)]),
    ("attract 3 to 5 firms", [("3 to 5", C, (3, 5), None)]),
    ("three to five platforms", [("three to five", C, (3, 5), None)]),
    ("about one third of output", [("one third", C, 1 / 3, None)]),
    ("nearly two thirds of it", [("two thirds", C, 2 / 3, None)]),
    ("about half of the total", [("half", C, 0.5, None)]),
    ("sells for three times as much", [("three", C, 3, None)]),
    ("Comments (3)", [("3", C, 3, None)]),
    ("Views: 2,316", [("2,316", C, 2316, None)]),
    ("10k runners", [("10k", C, 10000, None)]),
    ("the two airports operate 28 routes", [("two", C, 2, None), ("28", C, 28, None)]),
    ("tickets at half price", [("half", C, 0.5, None)]),
    ("half-price tickets", [("half", C, 0.5, None)]),
    ("a half-year report", []),
    # not figures
    ("the third expo", []), ("See No. 12.", []), ("Article 3 These Measures", []),
    ("Cheng Fu Fa [2023] No. 9", []), ("at 9:30 a.m.", []), ("version 2.0", []), ("COVID-19", []),
    ("5G networks", []), ("in 2023", []), ("the 108th fair", []), ("Tel: 020-8312 3456", []),
    ("one-stop service", []), ("one of the largest", []), ("the Three Gorges", []),
("www.gov.cn", []), ("a two-step declaration", []),
    ("Q1: Which firms?", []), ("B2B trade", []), ("the 1990s", []), ("Source: Three Gorges Daily", []),
]


def figures_of(text):
    return [(text[f.start:f.end], f.label, f.value, f.unit) for f in find_figures(text)]


def same_value(a, b):
    if isinstance(a, tuple) or isinstance(b, tuple):
        return isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b) and all(map(same_value, a, b))
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("text, expected", CHINESE + ENGLISH)
def test_find_figures_golden(text, expected):
    found = figures_of(text)
    assert [(s, label, unit) for s, label, _, unit in found] == [(s, label, unit) for s, label, _, unit in expected]
    for (_, _, got, _), (_, _, want, _) in zip(found, expected):
        assert same_value(got, want), (text, got, want)


def test_golden_tables_are_large_enough():
    assert len(CHINESE) >= 60 and len(ENGLISH) >= 60
    assert sum(bool(expected) for _, expected in CHINESE + ENGLISH) >= 100


TRENDS = [
    ("出口额同比增长41.5%", "41.5%", "increase", "year_on_year"),
    ("利润下降3.2%", "3.2%", "decrease", None),
    ("环比下降0.5个百分点", "0.5个百分点", "decrease", "month_on_month"),
    ("比上年增长12.3%", "12.3%", "increase", "year_on_year"),
    ("年均增长7%~8%", "7%~8%", "increase", "annual_average"),
    ("较去年同期缩短近一半", "一半", "decrease", "year_on_year"),
    ("同比增长2.1倍", "2.1", "increase", "year_on_year"),
    ("由8.5%下降至5.2%", "5.2%", None, None),
    ("up 41.3% year on year", "41.3%", "increase", "year_on_year"),
    ("a year-on-year increase of 41.5%", "41.5%", "increase", "year_on_year"),
    ("exports fell 3 percent", "3 percent", "decrease", None),
    ("down 8.3% from 2021", "8.3%", "decrease", None),
    ("up 17.5% from a year earlier", "17.5%", "increase", "year_on_year"),
    ("grew by 35.2% to US$6.3 billion", "US$6.3 billion", None, None),
    ("an increase of 8.9%", "8.9%", "increase", None),
    ("a fund of 1 billion yuan", "1 billion yuan", None, None),
]


@pytest.mark.parametrize("text, span, trend, period", TRENDS)
def test_trend_and_period_are_set_where_the_text_says_so(text, span, trend, period):
    figure = next(f for f in find_figures(text) if text[f.start:f.end] == span)
    assert (figure.trend, figure.period) == (trend, period)


def test_a_list_of_changes_shares_its_trend():
    text = "分别增长9.8%和12.1%"
    assert [(f.trend, f.period) for f in find_figures(text)] == [("increase", None)] * 2


def test_units_are_the_schemes():
    text = " ".join(t for t, _ in CHINESE + ENGLISH)
    for figure in find_figures(text):
        allowed = {M: CURRENCIES, P: ("%",), Q: QUANTITY_UNITS, C: (None,)}[figure.label]
        assert figure.unit in allowed, (text[figure.start:figure.end], figure.unit)


def test_a_number_inside_a_date_is_not_a_figure():
    text = "2023年1至9月，出口3.2亿元；May 8, 2023 and 2023-05-08"
    dates = find_dates(text)
    for figure in find_figures(text):
        assert all(figure.end <= d.start or d.end <= figure.start for d in dates)
    assert [text[f.start:f.end] for f in find_figures(text)] == ["3.2亿元"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "没有数字的文本。", "No numbers here."])
def test_text_without_figures_gives_none(text):
    assert find_figures(text) == []


@pytest.mark.parametrize("bad", [None, 12, b"12", ["12"]])
def test_find_figures_wants_a_string(bad):
    with pytest.raises(TypeError, match="takes a str"):
        find_figures(bad)


def test_a_figure_never_crosses_a_line_break():
    assert figures_of("3至\n5亿元") == [("5亿元", M, 5e8, "CNY")]
    assert [f.label for f in find_figures("3.37\nbillion yuan")] == [C]
    assert figures_of("RMB\n5 million") == [("5 million", C, 5e6, None)]


def test_absurd_numerals_do_not_crash():
    assert find_figures("亿" * 2000 + "元") == []
    assert find_figures("9" * 400 + "亿元") == []


FIGURE_CHARS = list("0123456789０１２.．,，%％-~至到一二两三十百千万亿多余分之成元美港欧吨亩米年月日号第个家"
                    " abmkilnoyuthd$€¥RMBUS\n\r\t\u3000\u00a0（）()“”:：;；。")


def check_spans(text, entities):
    previous_end = 0
    for entity in sorted(entities, key=lambda e: e.start):
        assert 0 <= previous_end <= entity.start < entity.end <= len(text)
        assert not any(c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029" for c in text[entity.start:entity.end])
        previous_end = entity.end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_any_string_gives_spans_in_range_apart_and_within_a_line(text):
    check_spans(text, find_figures(text) + find_dates(text))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(FIGURE_CHARS), max_size=60))
def test_figure_like_strings_give_spans_in_range_apart_and_within_a_line(text):
    figures = find_figures(text)
    check_spans(text, figures + find_dates(text))
    for figure in figures:
        values = figure.value if isinstance(figure.value, tuple) else (figure.value,)
        assert all(math.isfinite(v) for v in values)
