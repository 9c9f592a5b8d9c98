import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.extract.dates import SpanSet, date_spans, find_dates

# (text, [every DATE span's text, in order])
CHINESE = [
    ("2023年出口增长", ["2023年"]),
    ("本措施自2024年3月1日起施行", ["2024年3月1日"]),
    ("东莞市人民政府\n二〇二三年十一月二日", ["二〇二三年十一月二日"]),
    ("烟台市人民政府（２０２３年３月６日）", ["２０２３年３月６日"]),
    ("实施方案（2021-2025年）", ["2021-2025年"]),
    ("实施方案（２０２３—２０２５年）", ["２０２３—２０２５年"]),
    ("2023年1至9月，出口增长", ["2023年1至9月"]),
    ("2023年1—10月，全市产值", ["2023年1—10月"]),
    ("今年1-5月，出口额", ["今年1-5月"]),
    ("1-9月全市网络零售额", ["1-9月"]),
    ("3月18日，展览会开幕", ["3月18日"]),
    ("展会将持续至3月21日。", ["3月21日"]),
    ("截至10日中午", ["10日"]),
    ("截至6月底，港口已开通航线", ["6月底"]),
    ("力争到2024年底实现", ["2024年底"]),
    ("申报2024年度专项资金", ["2024年度"]),
    ("今年上半年，吞吐量增长", ["今年上半年"]),
    ("今年前三季度，产量增长", ["今年前三季度"]),
    ("一季度进出口额达21.7亿元", ["一季度"]),
    ("上半年为560家企业放贷", ["上半年"]),
    ("前9个月全市丝绸出口", ["前9个月"]),
    ("去年全区受理投诉186宗", ["去年"]),
    ("明年的目标是什么", ["明年"]),
    ("有效期三年", ["三年"]),
    ("有效期5年", ["5年"]),
    ("连续14年位居全球第一", ["14年"]),
    ("近20年来", ["近20年"]),
    ("实施三个多月来", ["三个多月"]),
    ("缩短至15个工作日", ["15个工作日"]),
    ("72小时内拿到意见", ["72小时"]),
    ("平均通关时间为4.6小时", ["4.6小时"]),
    ("最快40分钟就能放行", ["40分钟"]),
    ("每45秒下线一台", ["45秒"]),
    ("节省通关时间3至5天", ["3至5天"]),
    ("授权周期由半年以上缩短", ["半年以上"]),
    ("历史超过五百年", ["超过五百年"]),
    ("缩短至6个月左右", ["6个月左右"]),
    ("不到一周就完成", ["不到一周"]),
    ("对中小企业前三年给予补贴", ["前三年"]),
    ("总结过去三年的工作", ["过去三年"]),
    ("补贴期限不超过两年", ["两年"]),
    ("压缩至1个月以内", ["1个月"]),
    ("今年以来，出口增长", ["今年"]),
    ("须提前3天申报", ["3天"]),
    ("今年前8个月，出口增长", ["今年前8个月"]),
    ("今年暑期接待游客", ["今年暑期"]),
    ("申报时间为2024年4月1日至4月30日", ["2024年4月1日至4月30日"]),
    ("2024年至2026年累计腾退", ["2024年至2026年"]),
    ("纳入“温州一日游”线路", []),
    ("早在十九世纪", ["十九世纪"]),
    ("可追溯至2000多年前", ["2000多年前"]),
    ("“十四五”期间新增用地", ["十四五"]),
    ("2024年5月2日 21:17 来源", ["2024年5月2日"]),
    ("发布时间：2023-09-14 09:26", ["2023-09-14"]),
    ("2023年1月1日至2023年12月31日之间", ["2023年1月1日", "2023年12月31日"]),
    ("在2023长沙国际工程机械展览会", ["2023"]),
    ("3月份出口增长", ["3月份"]),
    ("上个月出口增长", ["上个月"]),
    ("本周一召开会议", ["本周一"]),
    ("发布时间：２０２４-０４-１６　０９:２８", ["２０２４-０４-１６"]),
    ("2023 年 5 月 8 日发布", ["2023 年 5 月 8 日"]),
    ("Copyright © 2024 佛山日报社", ["2024"]),
    # not dates
    ("近年来产业快速发展", []), ("每年举办一次", []), ("目前全市企业", []), ("下单第二天就到", []),
    ("东府〔2023〕36号", []), ("上午9时30分", []), ("企业2000家", []), ("千年丝绸", []),
    ("一个周末的营业额", []), ("“7×24小时”服务", []),
]

ENGLISH = [
    ("In 2022, exports rose.", ["2022"]),
    ("By 2025, output will exceed", ["2025"]),
    ("since 2021", ["2021"]),
    ("The 2023 race attracted runners", ["2023"]),
    ("down 8.3% from 2021, officials said", ["2021"]),
    ("grow by 30% over 2022.", ["2022"]),
    ("In ２０２２, Ningbo", ["２０２２"]),
    ("on May 8, the fair opened", ["May 8"]),
    ("on May 8, 2023, the fair opened", ["May 8, 2023"]),
    ("from 1 September 2023", ["1 September 2023"]),
    ("before 31 August 2026.", ["31 August 2026"]),
    ("since January 2022", ["January 2022"]),
    ("on Jan. 16 the port", ["Jan. 16"]),
    ("Date: 2023-05-08 10:32", ["2023-05-08"]),
    ("in April each year", ["April"]),
    ("from April to June", ["April to June"]),
    ("Starting in May, buses run", ["May"]),
    ("Plan (2023-2025)", ["2023-2025"]),
    ("the 2022-2023 snow season", ["2022-2023"]),
    ("rose 23% in the first quarter to", ["the first quarter"]),
    ("in the first quarter of 2021", ["the first quarter of 2021"]),
    ("In the first half of 2023, the city", ["the first half of 2023"]),
    ("in the first half of the year", ["the first half of the year"]),
    ("in the first six months", ["the first six months"]),
    ("in the first two months of this year", ["the first two months of this year"]),
    ("exports hit a record in Q1", ["Q1"]),
    ("last year", ["last year"]), ("Last year, the city", ["Last year"]),
    ("this year", ["this year"]), ("issued on Monday", ["Monday"]),
    ("up 17.5% from a year earlier", ["a year earlier"]),
    ("Eight years ago, Guiyang bet", ["Eight years ago"]),
    ("valid for three years", ["three years"]),
    ("within five working days", ["five working days"]),
    ("within 24 hours", ["24 hours"]),
    ("in 2.6 hours", ["2.6 hours"]),
    ("for 12 consecutive years", ["12 consecutive years"]),
    ("for nearly 30 years", ["nearly 30 years"]),
    ("takes 3 to 5 days", ["3 to 5 days"]),
    ("in less than half a day", ["less than half a day"]),
    ("for more than a century", ["more than a century"]),
    ("in about three months", ["about three months"]),
    ("over the past two years", ["the past two years"]),
    ("in the next three years", ["the next three years"]),
    ("rent for the first two years", ["the first two years"]),
    ("valid for up to two years", ["two years"]),
    ("built in the 1950s", ["the 1950s"]),
    ("a fair every September", ["September"]),
    ("from April 1 to April 30, 2024", ["April 1 to April 30, 2024"]),
    ("from June 1, 2023 to May 31, 2026", ["June 1, 2023", "May 31, 2026"]),
    ("this spring", ["this spring"]),
    ("by mid-2024", ["mid-2024"]),
    ("in 2023/24", ["2023/24"]),
    ("copied within a week", ["a week"]),
    ("during the 14th Five-Year Plan period", ["the 14th Five-Year Plan period"]),
    # not dates
    ("in recent years", []), ("for decades", []), ("at present", []), ("at 9:30 a.m.", []),
    ("5 million tonnes a year", []), ("more than 2000 engineers", []), ("Cheng Fu Fa [2023] No. 9", []),
    ("2,000 yuan", []), ("a Three-year Action Plan", []), ("May we ask", []), ("Q1: Which firms?", []),
    ("about one quarter of the market", []),
]


@pytest.mark.parametrize("text, expected", CHINESE + ENGLISH)
def test_find_dates_golden(text, expected):
    assert [text[d.start:d.end] for d in find_dates(text)] == expected


def test_golden_tables_are_large_enough():
    assert len(CHINESE) >= 40 and len(ENGLISH) >= 40


def test_dates_carry_no_value_or_unit():
    for date in find_dates("2023年1至9月；the first quarter of 2021"):
        assert (date.label, date.value, date.unit) == ("DATE", None, None)


@pytest.mark.parametrize("text", ["", " ", "\n", "没有日期。", "No dates here."])
def test_text_without_dates_gives_none(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("bad", [None, 2023, b"2023"])
def test_find_dates_wants_a_string(bad):
    with pytest.raises(TypeError, match="takes a str"):
        find_dates(bad)


def test_a_date_never_crosses_a_line_break():
    assert [("2023年\n1月"[s:e]) for s, e in date_spans("2023年\n1月")] == ["2023年", "1月"]


def test_span_set_refuses_overlaps():
    spans = SpanSet([(0, 3), (2, 5), (10, 12)])
    assert spans.overlaps(4, 6) and spans.overlaps(11, 20) and not spans.overlaps(5, 10)
    assert spans.add(6, 9) and not spans.add(8, 11)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789０１年月日天至-— 今去上半季度前个近多小时世纪十百千一二三四五六七"
                                               "Mayinthelastyearsdfoqru,.\n\r\t\u3000")), max_size=60))
def test_date_spans_are_in_range_apart_and_within_a_line(text):
    previous_end = 0
    for date in find_dates(text):
        assert 0 <= previous_end <= date.start < date.end <= len(text)
        assert "\n" not in text[date.start:date.end] and "\r" not in text[date.start:date.end]
        previous_end = date.end
