"""Figures about the future are read but never checked; traditional Chinese reads as printed."""

from __future__ import annotations

from tests.test_extract import article, the
from validator.corpus import Corpus


def test_forecast_is_read_and_flagged(tmp_path):
    extraction = article(tmp_path, "某券商分析师预计，恒通证券2022年归母净利润将同比增长8%至10%。",
                         title="恒通证券2021年年报")
    assert the(extraction, "8%").forecast


def test_forecasts_are_not_given_to_rules(tmp_path):
    extraction = article(tmp_path, "2021年，恒通证券营业收入为226亿元。公司目标2022年营业收入为260亿元。",
                         title="恒通证券2021年年报")
    checked = {claim.text for claim in Corpus([extraction]).claims}
    assert "226亿元" in checked and "260亿元" not in checked


def test_the_markets_expectation_is_a_forecast_but_the_results_beside_it_are_not(tmp_path):
    extraction = article(tmp_path, "三季度促成借款金额612亿元，超出此前580亿元的预期，环比增长11%；"
                                   "公司预计四季度促成借款金额将达到650亿元，环比增长6%。",
                         title="云图科技2023年三季报")
    assert the(extraction, "580亿元").forecast and the(extraction, "650亿元").forecast
    assert not the(extraction, "612亿元").forecast and not the(extraction, "11%").forecast
    assert the(extraction, "6%").forecast


def test_a_results_sentence_after_a_missed_forecast_is_checked(tmp_path):
    extraction = article(tmp_path, "新业务价值录19.62亿美元，高于市场预期的18.90亿美元，按年升12%。",
                         title="亚联保险2023年中期业绩")
    assert the(extraction, "18.90亿美元").forecast
    assert not the(extraction, "19.62亿美元").forecast and not the(extraction, "12%").forecast


def test_range_is_not_a_negative_figure(tmp_path):
    extraction = article(tmp_path, "公司预计2022年营收增长15%-20%。", title="示例科技2021年财报")
    assert all(claim.value >= 0 for claim in extraction.claims)


def test_traditional_chinese_figures_keep_their_printed_text(tmp_path):
    extraction = article(tmp_path, "2021年營業收入為1,286.45億港元，按年增長16.07%；毛利率為24.5%，按年下降2.1個百分點。",
                         title="港景地產2021年業績")
    revenue = the(extraction, "1,286.45億港元")
    assert revenue.metric_key == "营收" and revenue.value == 128645000000
    growth = the(extraction, "16.07%")
    assert growth.kind == "growth" and growth.basis == "同比" and growth.of_claim == revenue.id
    points = the(extraction, "2.1個百分點")
    assert points.kind == "points" and points.direction == "down"
