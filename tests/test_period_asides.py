"""Period words that speak of another time only for a moment: asides, bases, unyeared dates."""

from __future__ import annotations

from tests.test_extract import article, the


def test_unyeared_quarter_inside_last_years_aside_is_last_year(tmp_path):
    extraction = article(tmp_path, "一季度，公司营业收入25.36亿元。上年同期，公司一季度营业收入为21.45亿元。",
                         title="星海科技2022年一季报", published="2022-04-28 10:00:00 +0800")
    assert the(extraction, "25.36亿元").period == "2022Q1"
    assert the(extraction, "21.45亿元").period == "2021Q1"


def test_month_end_without_a_year_is_the_last_one_before_publication(tmp_path):
    extraction = article(tmp_path, "截至3月末，鼎信保险总资产为5.62万亿元。",
                         title="鼎信保险2022年一季报", published="2022-04-28 10:00:00 +0800")
    assert the(extraction, "5.62万亿元").period == "2022-03-31"


def test_the_from_figures_date_does_not_outlive_its_clause(tmp_path):
    extraction = article(tmp_path, "不良贷款率从年初的2.36%降至2.18%，拨备覆盖率为236.8%。",
                         title="锦程银行2021年年报")
    assert the(extraction, "2.36%").period == "2020-12-31"
    assert the(extraction, "236.8%").period == "2021"


def test_tongbi_before_a_period_word_is_not_a_comparison_date(tmp_path):
    extraction = article(tmp_path, "星河科技2021年促成借款同比增长62.4%，第四季度营收30.12亿元。",
                         title="星河科技2021年财报")
    assert the(extraction, "30.12亿元").period == "2021Q4"


def test_month_of_the_year_is_that_month(tmp_path):
    extraction = article(tmp_path, "3月份，社会融资规模增量为4.65万亿元。", title="一季度金融数据",
                         published="2022-04-15 10:00:00 +0800")
    assert the(extraction, "4.65万亿元").period == "2022M3"


def test_shangnianmo_in_an_annual_report_is_the_end_of_the_year_before(tmp_path):
    extraction = article(tmp_path, "截至2021年末，不良贷款率由上年末的1.43%降至1.21%。", title="锦程银行2021年年报")
    assert the(extraction, "1.43%").period == "2020-12-31"
    assert the(extraction, "1.21%").period == "2021-12-31"


def test_a_to_after_a_year_end_from_is_a_year_end(tmp_path):
    extraction = article(tmp_path, "公司资产总额从2020年末的486.2亿元增长到612.8亿元。", title="锦程银行2021年年报")
    assert the(extraction, "612.8亿元").period == "2021-12-31"


def test_flat_against_last_year_is_this_years_figure(tmp_path):
    extraction = article(tmp_path, "小微贷款不良率与上年基本持平，为1.53%。", title="网商银行2021年年报")
    assert the(extraction, "1.53%").period == "2021"
