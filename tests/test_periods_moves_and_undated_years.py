"""Periods inside a from→to, undated stretches after a named year, and the year an undated
article was written in. Every sentence is written here, with other names and numbers."""

from __future__ import annotations

from datetime import date

import pytest

from validator.periods import PeriodResolver, report_period, year_of_writing
from validator.tables import column_periods

# A quarterly report's coverage published in May 2022 (its report period read as the year before).
MAY_2022 = PeriodResolver("2021", date(2022, 5, 6))


def period_of(sentence: str, figure: str, resolver: PeriodResolver = MAY_2022) -> str | None:
    return resolver.period_at(sentence, sentence.index(figure))


# from→to: the "to" prints its own stretch


@pytest.mark.parametrize("sentence", [
    "某平台每月活跃用户数从去年第三季 4100 萬降至今年第二季的 3800 萬。",
    "某平台每月活跃用户数从去年第三季4100万降至今年第二季的3800万",
    "某平台每月活躍用戶數從去年第三季 4100 萬降至今年第二季的 3800 萬。",
])
def test_a_move_between_two_quarters_gives_each_figure_its_own(sentence):
    assert period_of(sentence, "4100") == "2021Q3"
    assert period_of(sentence, "3800") == "2022Q2"


def test_the_to_s_stretch_holds_past_the_clause_of_the_from():
    sentence = "用户数从去年第三季4100万降至今年第二季的3800万，环比减少300万"
    assert period_of(sentence, "300万") == "2022Q2"


def test_a_look_back_at_last_year_still_moves_an_undated_quarter_after_it():
    # 上年同期，公司一季度…: the quarter of the year looked back at (unchanged).
    resolver = PeriodResolver("2021Q1", date(2021, 4, 28))
    assert period_of("上年同期，公司一季度实现营收12亿元", "12亿元", resolver) == "2020Q1"


# An undated quarter after a named year is of that year


def test_an_undated_quarter_takes_the_year_the_sentence_named():
    resolver = PeriodResolver("2024", date(2025, 4, 30))
    assert period_of("不过，今年第一季度，某电器止跌回升，公司一季度实现营收516.2亿元", "516.2", resolver) == "2025Q1"
    assert period_of("2023年，公司上半年实现营收88亿元", "88亿元", resolver) == "2023H1"


def test_an_undated_quarter_in_a_sentence_naming_no_year_is_the_report_s():
    resolver = PeriodResolver("2024", date(2025, 4, 30))
    assert period_of("公司一季度实现营收516.2亿元", "516.2", resolver) == "2024Q1"


# The year an undated article was written in


@pytest.mark.parametrize("sentences, period, year", [
    (["董事会换届之后，某电器于近日披露了 2024 年业绩，公司实现营业总收入 1700.5 亿元。"], "2024", 2025),
    (["截至2017年底，某农商行以6087.7亿元的资产规模排名首位。"], "2017", 2018),
    (["某银行2023年年报显示，全年净利润增长8%。"], "2023", 2024),
])
def test_coverage_of_a_year_that_is_over_was_written_the_year_after(sentences, period, year):
    assert year_of_writing(sentences, period) == year


@pytest.mark.parametrize("sentences, period", [
    (["今年首2个月保费收入594亿元，而单计上月的保费收入只有211亿元。"], "2012"),  # written within its year
    (["公司2024年业绩目标为营收增长两成。"], "2024"),  # a target is set during the year
    (["某公司披露了2024年上半年业绩，营收增长12%。"], "2024H1"),  # a half is reported within its year
    (["截至2016年底，某行资产规模为4000亿元。"], "2017"),  # another year's end
])
def test_no_year_of_writing_when_the_text_does_not_say(sentences, period):
    assert year_of_writing(sentences, period) is None


def test_last_year_counts_from_the_year_of_writing():
    resolver = PeriodResolver("2017", None, written=2018)
    assert period_of("2014年末，甲行资产规模仅为乙行的71%，到去年末已变为112%", "112%", resolver) == "2017-12-31"
    assert period_of("今年，资产规模有望破万亿元", "万亿元", resolver) == "2018"


def test_without_a_year_of_writing_relative_years_count_from_the_report():
    resolver = PeriodResolver("2012", None)
    assert period_of("今年首2个月保费收入594亿元", "594", resolver) == "2012M1-M2"


# A table header of dated columns


def test_a_header_of_quarters_names_each_column_s_quarter():
    assert column_periods("| 2023年第三季度 | 2023年第二季度 | 2023年第一季度 | 2022年第四季度 |") == (
        "2023Q3", "2023Q2", "2023Q1", "2022Q4")
    assert column_periods("| 2024年第三季度 | 2024年Q2 | 2024年第一季度 | 2023年第四季度 | |||") == (
        "2024Q3", "2024Q2", "2024Q1", "2023Q4")


def test_a_header_names_stretches_it_makes_certain_only():
    assert column_periods("2023年1-9月 2022年1-9月 增幅(%)") == ("2023Q1-Q3", "2022Q1-Q3", None)
    assert column_periods("2023财年 2022财年 同比") == ("2023", "2022", None)
    # a bare year may be the year or its end: left open
    assert column_periods("项目 2023年 2022年 同比增长") == (None, None, None)


def test_a_line_with_one_dated_column_is_no_header_of_dated_columns():
    assert column_periods("2023年第三季度财务摘要") is None
    assert column_periods("2023年第三季度 同比") is None



# A report named by its stretch alone (公布上半年业绩) is of the last such stretch over


def test_a_yearless_half_year_report_is_the_last_half_over_by_the_address_date():
    sentences = ["source: https://news.example.com/pns/article/20240823/s00004/178/",
                 "某寿险（1234）公布上半年业绩，新业务价值录21.5亿美元，是撇除2019年和2021年外增速最低的上半年。"]
    assert report_period(None, sentences, None) == "2024H1"


def test_a_yearless_quarter_report_before_its_quarter_ends_is_last_year_s():
    sentences = ["某银行发布第四季度业绩，净利润增长6%。"]
    assert report_period(None, sentences, date(2024, 2, 2)) == "2023Q4"
    assert report_period(None, ["某银行发布第三季度财报，净利润增长6%。"], date(2024, 10, 30)) == "2024Q3"


def test_a_report_with_its_year_keeps_it():
    sentences = ["某银行发布2023年上半年业绩，净利润增长6%。"]
    assert report_period(None, sentences, date(2024, 9, 2)) == "2023H1"


def test_no_date_leaves_a_yearless_report_to_the_years_printed():
    sentences = ["某寿险公布上半年业绩，新业务价值录21.5亿美元，2021年以来最低。"]
    assert report_period(None, sentences, None) != "2024H1"
