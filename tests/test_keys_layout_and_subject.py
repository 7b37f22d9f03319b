"""Metric keys without the page's layout (a paragraph's list number, a dateline, a stock code),
the 录 of 录得, a change's exchange-rate basis and the company's short name; and a growth after
the market's expectation speaks of the result, not of the expectation."""

from __future__ import annotations

import pytest

from rules._grouping import restatement_key
from tests.test_extract import article, the
from validator.metrics import clean_phrase, measures_run_together, metric_key


@pytest.mark.parametrize("phrase, key", [
    ("7.契税", "契税"),
    ("3、国内增值税", "国内增值税"),
    ("二、土地增值税", "土地增值税"),
    ("4）资源税", "资源税"),
])
def test_a_paragraphs_list_number_leaves_the_key(phrase, key):
    assert metric_key(phrase) == key


@pytest.mark.parametrize("phrase", ["3.5倍杠杆收入", "10万辆以上车型销量"])
def test_a_number_that_is_no_list_number_stays(phrase):
    assert metric_key(phrase)[0] == phrase[0]  # a decimal or a count, not a paragraph's number


def test_a_dateline_and_a_bracketed_stock_code_leave_the_key():
    assert metric_key("date 2024-05-20 青禾（2218）第一季收入", ("青禾",)) == "收入"
    assert metric_key("青禾(600123.SH)营业收入", ("青禾",)) == "营收"


@pytest.mark.parametrize("phrase, key", [
    ("经营亏损录", "经营亏损"),
    ("新业务价值录", "新业务价值"),
])
def test_the_clipped_recorded_leaves_the_key(phrase, key):
    assert metric_key(phrase) == key


def test_a_word_ending_in_the_character_stays():
    assert metric_key("会议纪录") == "会议纪录"  # names no measure: 录 is part of the word


@pytest.mark.parametrize("phrase", ["以固定汇率计算", "按固定汇率计", "以不变汇率计算"])
def test_an_exchange_rate_basis_is_no_measure(phrase):
    assert metric_key(phrase) == ""


def test_an_exchange_rate_basis_before_a_measure_leaves_the_measure():
    assert metric_key("按固定汇率计年化新保费") == "年化新保费"


@pytest.mark.parametrize("phrase, names, key", [
    ("松岩新业务价值", ("松岩保险",), "新业务价值"),
    ("上半年松岩年化新保费", ("松岩保险",), "年化新保费"),
    ("衡山净利润", ("衡山集团",), "净利润"),
])
def test_the_companys_short_name_opening_a_phrase_leaves_the_key(phrase, names, key):
    assert metric_key(phrase, names) == key


@pytest.mark.parametrize("phrase, names, key", [
    ("中国区收入", ("中国银行",), "中国区收入"),   # a place, not the short name
    ("松岩路项目", ("松岩保险",), "松岩路项目"),    # names no measure once the name is gone
    ("新松岩业务收入", ("松岩保险",), "新松岩业务收入"),  # not where the phrase opens
])
def test_a_short_name_stays_where_it_is_no_subject(phrase, names, key):
    assert clean_phrase(phrase, names) == key


def test_restatement_key_reads_numbered_and_taxed_printings_as_one(tmp_path):
    extraction = article(tmp_path, "1-5月累计契税收入820亿元，比上年同期增长6.1%。\n\n7.契税820亿元，比上年同期增长6.1%。",
                         title="前5月契税收入820亿元", published="2023-06-18 10:00:00 +0800")
    keys = {restatement_key(claim) for claim in extraction.claims if claim.text == "820亿元"}
    assert keys == {"契税收入"}


def test_a_growth_after_the_markets_expectation_speaks_of_the_result(tmp_path):
    extraction = article(
        tmp_path,
        "松岩保险公布上半年业绩，新业务价值录41.20亿美元，高于市场预期的39.85亿美元，以固定汇率计算按年升11%。",
        title="松岩保险上半年业绩", published="2024-08-22 10:00:00 +0800")
    result = the(extraction, "41.20亿美元")
    growth = the(extraction, "11%")
    assert growth.of_claim == result.id
    assert growth.metric_key == result.metric_key == "新业务价值"


def test_a_growth_of_the_expectation_itself_is_not_moved(tmp_path):
    # Must-not: a forecast level with its own growth keeps it (预计…同比增长).
    extraction = article(tmp_path, "松岩保险预计全年营收为120亿元，同比增长9%。",
                         title="松岩保险业绩预告", published="2024-01-22 10:00:00 +0800")
    assert the(extraction, "9%").of_claim == the(extraction, "120亿元").id


@pytest.mark.parametrize("phrase, count, measures", [
    ("营收净利", 2, ["营收", "净利"]),
    ("营业收入净利润", 2, ["营业收入", "净利润"]),
    ("营收毛利净利", 3, ["营收", "毛利", "净利"]),
])
def test_measures_run_together_are_read_one_by_one(phrase, count, measures):
    assert measures_run_together(phrase, count) == measures


@pytest.mark.parametrize("phrase, count", [
    ("境外收入", 2),        # segments, not measures the lexicon names
    ("营收净利", 3),        # not as many measures as values
    ("营收营业收入", 2),    # one measure printed twice
])
def test_a_phrase_that_is_no_run_of_measures(phrase, count):
    assert measures_run_together(phrase, count) is None


def test_a_list_of_measures_run_together_gives_each_value_its_measure_and_the_period(tmp_path):
    extraction = article(tmp_path, "2022年，经营业绩创新高，营收净利分别为431.62亿元、95.18亿元。",
                         title="青桐控股年报", published="2023-03-20 10:00:00 +0800")
    revenue, profit = the(extraction, "431.62亿元"), the(extraction, "95.18亿元")
    assert (revenue.metric_key, profit.metric_key) == ("营收", "净利润")
    assert revenue.period == profit.period == "2022"


def test_once_and_net_earnings_leave_the_key():
    assert metric_key("青桐年度营收曾", ("青桐控股",)) == "营收"
    assert metric_key("净盈利") == "净利润"


def test_a_result_set_against_the_expectation_is_no_forecast(tmp_path):
    extraction = article(tmp_path, "松岩游戏上季经调整纯利少赚19%逊预期，股价盘前跌6%。",
                         title="松岩游戏季报", published="2024-02-22 10:00:00 +0800")
    assert not the(extraction, "19%").forecast
    assert not the(extraction, "6%").forecast


@pytest.mark.parametrize("body, figure", [
    ("市场预期松岩游戏全年营收增长12%。", "12%"),          # the expectation itself
    ("松岩游戏营收超预期，预计全年增长12%。", "12%"),      # a forecast word of its own
])
def test_an_expectation_or_a_forecast_stays_one(tmp_path, body, figure):
    extraction = article(tmp_path, body, title="松岩游戏季报", published="2024-02-22 10:00:00 +0800")
    assert the(extraction, figure).forecast


def test_nbv_is_new_business_value():
    assert metric_key("上半年NBV") == metric_key("新业务价值") == "新业务价值"


def test_a_question_mark_between_two_figures_of_one_unit_is_a_garbled_list_separator(tmp_path):
    extraction = article(tmp_path, "上半年，松岩人寿、青禾寿险、远山保险的保费收入分别为312.4亿元、208.6亿元？95.3亿元，"
                                   "同比分别增长5.1%、3.2%、2.4%。",
                         title="险企半年报", published="2024-08-30 10:00:00 +0800")
    figures = [the(extraction, text) for text in ("312.4亿元", "208.6亿元", "95.3亿元", "2.4%")]
    assert len({figure.sentence_index for figure in figures}) == 1


@pytest.mark.parametrize("body, first, second", [
    ("松岩人寿去年保费收入为312.4亿元？今年已达330.5亿元。", "312.4亿元", "330.5亿元"),  # no figure right after
    ("松岩人寿保费增长了5.1%？2023年增速为3.2%。", "5.1%", "3.2%"),                 # a year, not a figure
])
def test_a_question_that_ends_on_a_figure_still_ends_its_sentence(tmp_path, body, first, second):
    extraction = article(tmp_path, body, title="险企半年报", published="2024-08-30 10:00:00 +0800")
    assert the(extraction, first).sentence_index != the(extraction, second).sentence_index
