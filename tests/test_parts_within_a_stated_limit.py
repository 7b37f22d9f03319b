"""A figure the text says is kept within a limit (控制在…限额之内) is at most the limit printed just before,
named as the figure is: 全国地方政府债务余额 within the 全国地方政府债务限额, not within its slice 专项债务限额."""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

_DEBT = ("经审议批准，2023年甲省地方政府债务限额为18620.5亿元，其中一般债务限额7410.20亿元，专项债务限额11210.30亿元。"
         "\n\n截至2023年9月末，甲省地方政府债务余额{balance}亿元，控制在省人大批准的限额之内。")


def test_a_balance_said_within_its_limit_is_read_against_the_limit(tmp_path):
    found = breakdowns(write_article(tmp_path, _DEBT.format(balance="16408")))
    assert ("within-its-stated-limit", "at_most", ["16408亿元"], "18620.5亿元") in found


def test_a_balance_within_its_limit_passes_and_one_past_it_is_an_error(tmp_path):
    assert_passes_and_is_caught(tmp_path, _DEBT.format(balance="16408"), ["16408亿元"], "18620.5亿元",
                                _DEBT.format(balance="21330"), "21330亿元", "error")


@pytest.mark.parametrize("text", [
    # only a slice's limit is printed: the balance is not read against it
    "2023年乙省专项债务限额为9000.00亿元。截至2023年9月末，乙省地方政府债务余额16408亿元，控制在批准的限额之内。",
    # no word says the balance is within the limit
    "2023年丙省地方政府债务限额为12000.0亿元。截至2023年9月末，丙省地方政府债务余额16408亿元，同比增长8.1%。",
])
def test_figures_not_said_within_their_limit_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "within-its-stated-limit")
