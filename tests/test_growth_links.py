"""Which figure a growth speaks of when a bracketed baseline stands between them."""

from __future__ import annotations

import pytest

from tests.test_extract import article, by_id, the


@pytest.mark.parametrize("body", [
    "第三季度，嘉禾科技净利润为8.26亿元，同比增长12.5%（2022年同期为7.34亿元），环比下降3.1%（上季度为8.52亿元）。",
    "第三季度，嘉禾科技净利润为8.26亿元,同比增长12.5%(2022年同期:7.34亿元),环比下降3.1%(上季度:8.52亿元)。",
])
def test_a_second_change_after_a_bracketed_baseline_speaks_of_the_level(tmp_path, body):
    extraction = article(tmp_path, body, title="嘉禾科技2023年第三季度财报", published="2023-11-20 10:00:00 +0800")
    level = the(extraction, "8.26亿元")
    assert the(extraction, "12.5%").of_claim == level.id
    assert by_id(extraction, the(extraction, "3.1%").of_claim) == level


def test_a_bracket_that_restates_the_level_in_another_currency_is_still_a_conversion(tmp_path):
    extraction = article(tmp_path, "第三季度，嘉禾科技营收为518.80亿元（约合81.41亿美元），同比增长10.2%。",
                         title="嘉禾科技2023年第三季度财报", published="2023-11-20 10:00:00 +0800")
    assert the(extraction, "10.2%").of_claim == the(extraction, "518.80亿元").id


@pytest.mark.parametrize("change, basis", [
    ("同比大幅下降41.6%", "同比"), ("同比微增1.2%", "同比"), ("环比小幅下降3.4%", "环比"), ("较上年末稳步增长8.8%", "较年初"),
])
def test_an_adverb_between_the_basis_and_the_verb_keeps_both(tmp_path, change, basis):
    extraction = article(tmp_path, f"2021年，锦程银行手续费收入为3.62亿元，{change}。")
    growth = [claim for claim in extraction.claims if claim.kind == "growth"]
    assert len(growth) == 1 and growth[0].basis == basis
    assert growth[0].of_claim == the(extraction, "3.62亿元").id
    assert growth[0].metric_key == the(extraction, "3.62亿元").metric_key
