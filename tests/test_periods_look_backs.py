"""Periods a sentence names only to look back or compare: they do not become the period of
the figures after them, nor of the next sentence, nor the year the article reports on."""

from __future__ import annotations

import pytest

from tests.test_extract import article, the


@pytest.mark.parametrize("body", [
    "嘉禾科技公布第三季度业绩。净利润为8.26亿元，同比增长12.5%（2022年同期为7.34亿元），"
    "环比下降3.1%（上季度为8.52亿元）。营业收入为41.20亿元。",
    "嘉禾科技公布第三季度业绩。净利润为8.26亿元,同比增长12.5%(2022年同期为7.34亿元),"
    "环比下降3.1%(上季度为8.52亿元)。营业收入为41.20亿元。",
    "嘉禾科技公布第三季度业绩。净利润为8.26亿元，同比增长12.5%（2022年同期：7.34亿元），"
    "环比下降3.1%（上季度：8.52亿元）。营业收入为41.20亿元。",
])
def test_a_bracketed_look_back_ends_at_its_closing_bracket(tmp_path, body):
    extraction = article(tmp_path, body, title="嘉禾科技2023年第三季度财报", published="2023-11-20 10:00:00 +0800")
    assert the(extraction, "8.26亿元").period == "2023Q3"
    assert the(extraction, "7.34亿元").period.startswith("2022")
    # 上季度 in brackets counts from the quarter the sentence speaks of, not from the look back
    assert the(extraction, "8.52亿元").period == "2023Q2"
    assert the(extraction, "41.20亿元").period == "2023Q3"


def test_a_bracket_that_only_dates_its_figure_is_not_a_look_back(tmp_path):
    extraction = article(tmp_path, "贷款总额为911.0亿元（截至2021年末），不良率为1.2%。", title="锦程银行2021年年报")
    assert the(extraction, "1.2%").period == "2021-12-31"


def test_a_sentence_without_figures_names_the_paragraphs_period(tmp_path):
    extraction = article(tmp_path, "相比之下，2020年行业经营情况更好。全行业实现净利润1575.34亿元。",
                         title="2021年证券行业经营数据")
    assert the(extraction, "1575.34亿元").period == "2020"


def test_a_quarter_named_in_a_sentence_without_figures_carries_to_the_next(tmp_path):
    extraction = article(tmp_path, "鼎盛金融发布截至2023年9月30日的第三季度业绩。报告期内，公司净收入为36.12亿元。",
                         title="鼎盛金融发布财报", published="2023-11-15 10:00:00 +0800")
    assert the(extraction, "36.12亿元").period == "2023Q3"


@pytest.mark.parametrize("comparison", ["与2019年同期相比", "较2019年同期", "比2019年同期"])
def test_a_comparison_baseline_year_is_not_the_report_year(tmp_path, comparison):
    extraction = article(
        tmp_path,
        "今年前8个月，外贸保持良好增长态势。1-8月，我国货物贸易进出口总额25.3万亿元，同比增长8.1%。",
        f"{comparison}，进出口增长15.2%，两年平均增长7.3%。{comparison}，出口增长22.1%。",
        title="1-8月货物贸易进出口总额25.3万亿元", published="2021-09-07 10:00:00 +0800")
    assert the(extraction, "25.3万亿元", source="body").period == "2021M1-M8"
    assert the(extraction, "25.3万亿元", source="title").period == "2021M1-M8"


@pytest.mark.parametrize("trend", ["自2019年以来", "从2019年起", "2019年以来"])
def test_the_start_of_a_trend_is_not_the_year_of_a_later_bare_half(tmp_path, trend):
    extraction = article(
        tmp_path,
        "近日，两家乳企先后披露半年报。2023年上半年，清泉乳业营收为412.36亿元。",
        f"有分析认为，{trend}，清泉乳业半年报营收增速逐年放缓。",
        "分产品看，液态奶板块上半年完成收入268亿元。",
        title="两家乳企半年报比拼", published="2023-09-10 10:00:00 +0800")
    assert the(extraction, "268亿元").period == "2023H1"


@pytest.mark.parametrize("printed", ["（2022年同期为7.34亿元）", "，2022年同期为7.34亿元，"])
def test_a_years_same_period_is_the_stretch_in_force_in_that_year(tmp_path, printed):
    extraction = article(tmp_path, f"第三季度，嘉禾科技净利润为8.26亿元{printed}同比增长12.5%。",
                         title="嘉禾科技2023年第三季度财报", published="2023-11-20 10:00:00 +0800")
    assert the(extraction, "7.34亿元").period == "2022Q3"
