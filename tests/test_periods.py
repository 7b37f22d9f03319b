"""Periods: the stretch of time each period word names, as real coverage prints it."""

from __future__ import annotations

from datetime import date

import pytest

from validator.periods import (
    PeriodResolver,
    months_period,
    names_period,
    period_kind,
    period_span,
    prior_period,
    report_period,
    within,
    without_period_words,
)

# A monthly round-up published early in November 2021, about 2021.
NOVEMBER = PeriodResolver("2021", date(2021, 11, 4))


def periods(sentence: str, resolver: PeriodResolver = NOVEMBER) -> list[str]:
    return [marker.period for marker in resolver.markers(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # months from January: the year to date
    ("1-10月，蔚海汽车累计交付新车", ["2021M1-M10"]),
    ("2021年1—11月份，全国期货市场累计成交量", ["2021M1-M11"]),
    ("2021年1月至10月，华远地产实现签约面积", ["2021M1-M10"]),
    ("2020年1月份至6月份，全国游戏市场", ["2020H1"]),
    ("2023年1月至12月，华远地产", ["2023"]),
    ("1-9月，我国动力电池累计装车量", ["2021Q1-Q3"]),
    ("1-3月，社会融资规模增量", ["2021Q1"]),
    ("1~2月，全国规模以上工业", ["2021M1-M2"]),
    ("前七月稅後純益", ["2021M1-M7"]),
    ("累计前两月税后纯益", ["2021M1-M2"]),
    ("今年首2个月累计原保险保费收入", ["2021M1-M2"]),
    ("今年前10个月，公司累计交付", ["2021M1-M10"]),
    ("前三季累计税后纯益", ["2021Q1-Q3"]),
    # a month
    ("10月，蔚海汽车交付新车", ["2021M10"]),
    ("2021年10月，公司交付新车", ["2021M10"]),
    ("9月份，公司实现签约金额", ["2021M9"]),
    ("12月份，公司实现签约金额", ["2020M12"]),  # December had not begun yet
    ("9月单月税后纯益", ["2021M9"]),
    ("6月当月到期偿还本金", ["2021M6"]),
    ("单计上月的原保险保费收入", ["2021M10"]),
    # quarters
    ("单计第二季，纯利按年增加", ["2021Q2"]),
    ("单计第2季，盈利", ["2021Q2"]),
    ("Q4实现归母净利润", ["2021Q4"]),
    ("2025年第三季度，公司营收", ["2025Q3"]),
    ("上季收入", ["2021Q3"]),
    ("第四季度单季投入", ["2021Q4"]),
])
def test_period_words_of_real_coverage(sentence, expected):
    assert periods(sentence) == expected


def test_a_month_takes_the_year_printed_earlier_in_its_sentence():
    assert periods("2019年1-10月，营收100亿元；10月营收12亿元") == ["2019M1-M10", "2019M10"]


def test_a_month_after_the_publication_month_is_last_years():
    report = PeriodResolver(None, date(2022, 3, 18))
    assert periods("12月单月交付16028辆", report) == ["2021M12"]
    assert periods("2月交付9652辆", report) == ["2022M2"]


def test_a_month_at_a_date_is_its_end():
    assert periods("截至2021年10月，累计交付") == ["2021-10-31"]


def test_a_years_running_total_to_a_month_end_is_the_year_to_date():
    assert periods("截至2022年4月30日，年内累计总交付量") == ["2022M1-M4"]
    assert periods("截至2022年4月30日，星途汽车年内累计交付") == ["2022M1-M4"]


def test_earlier_months_are_not_the_first_months_of_the_year():
    assert periods("此前三个月，公司交付") == []


def test_last_month_without_a_publication_date_ends_the_stretch_just_named():
    resolver = PeriodResolver("2012", None)
    assert periods("今年首2个月保费收入794亿元，而单计上月的保费收入只有303亿元", resolver) == [
        "2012M1-M2", "2012M2"]


def test_last_quarter_of_a_half_year_report_is_its_second_quarter():
    resolver = PeriodResolver("2022H1", None)
    assert periods("上半年收入1265.8亿元。上季收入679.6亿元", resolver) == ["2022H1", "2022Q2"]


def test_danyue_after_a_quarter_names_no_month_it_knows():
    marker_periods = periods("第四季度，单月交付量创新高")
    assert marker_periods == ["2021Q4", ""]


@pytest.mark.parametrize("first, last, period", [
    (1, 12, "2021"), (1, 6, "2021H1"), (7, 12, "2021H2"), (1, 9, "2021Q1-Q3"), (10, 12, "2021Q4"),
    (4, 6, "2021Q2"), (9, 9, "2021M9"), (1, 10, "2021M1-M10"), (6, 9, "2021M6-M9"),
])
def test_a_stretch_of_months_has_one_name(first, last, period):
    assert months_period(2021, first, last) == period
    assert period_span(period) == (2021, first, last)


@pytest.mark.parametrize("period, kind", [
    ("2021M9", "month"), ("2021M1-M10", "ytd"), ("2021Q1-Q3", "ytd"), ("2021M6-M9", "months"),
    ("2021-09-30", "point"),
])
def test_period_kinds(period, kind):
    assert period_kind(period) == kind


@pytest.mark.parametrize("part, whole, inside", [
    ("2021M10", "2021M1-M10", True),
    ("2021M10", "2021Q4", True),
    ("2021Q3", "2021Q1-Q3", True),
    ("2021M1-M10", "2021", True),
    ("2021M11", "2021M1-M10", False),
    ("2021M12", "2022M1-M2", False),
    ("2021", "2021", False),
    ("2021-10-31", "2021", False),
])
def test_a_stretch_within_another(part, whole, inside):
    assert within(part, whole) is inside


def test_a_month_compared_with_the_month_before_or_the_year_before():
    assert prior_period("2021M1", "环比") == "2020M12"
    assert prior_period("2021M10", "同比") == "2020M10"
    assert prior_period("2021M1-M10", None) == "2020M1-M10"
    assert prior_period("2021M10", None) is None


@pytest.mark.parametrize("phrase, measure", [
    ("累计前七月合并税后纯益", "累计合并税后纯益"),
    ("1-6月全国发行地方债", "全国发行地方债"),
    ("9月单月税后纯益", "税后纯益"),
])
def test_period_words_are_not_what_a_figure_measures(phrase, measure):
    assert without_period_words(phrase) == measure


def test_a_sentence_names_its_own_period_in_either_script():
    assert names_period("前七月稅後純益224.8億元", "2024M1-M7")
    assert names_period("全年营业收入57.5亿元", "2021")
    assert not names_period("其中，发行一般债券2344亿元。", "2021")


def test_a_passage_dated_only_in_digits_reports_on_that_year():
    assert report_period(None, ["date 2025-08-12 整体金控前七月税后纯益达3,059亿元"], None) == "2025"


def test_a_passage_dated_only_by_its_address_reports_on_that_year():
    sentences = ["source: http://news.example.com/2012/03/15/A0315.htm", "今年首2个月保费收入794亿元"]
    assert report_period(None, sentences, None) == "2012"


@pytest.mark.parametrize("sentence, expected", [
    ("一至三季度，公司营收", ["2021Q1-Q3"]),
    ("2019年Q1-Q4，公司销售额", ["2019"]),
    ("第二至第四季度，公司营收", ["2021M4-M12"]),
    ("22Q3公司营收", ["2022Q3"]),
    ("3Q22公司营收", ["2022Q3"]),
    ("可支持XPILOT3Q22的车型", []),
])
def test_quarters_written_together(sentence, expected):
    assert periods(sentence) == expected


def test_last_quarter_right_after_a_quarter_looks_back_for_its_clause():
    resolver = PeriodResolver("2021", date(2021, 11, 4))
    sentence = "三季度营收30亿元，上季度为25亿元，净利润为5亿元"
    assert periods(sentence, resolver) == ["2021Q3", "2021Q2"]
    assert resolver.period_at(sentence, sentence.index("25亿元")) == "2021Q2"
    assert resolver.period_at(sentence, sentence.index("为5亿元")) == "2021Q3"


def test_last_quarter_in_a_quarters_coverage_is_not_guessed():
    assert periods("上季收入", PeriodResolver("2021Q3", date(2021, 10, 25))) == [""]


def test_the_first_quarter_in_taiwan_coverage():
    assert periods("首季稅後純益") == ["2021Q1"]
    assert periods("首季末") == ["2021-03-31"]
