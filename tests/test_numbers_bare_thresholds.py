"""A bare number after the verb that crosses it is a ratio's threshold: 市净率跌破1，达到0.72.

Only where the construction makes it a figure: the number ends its clause right after 跌破,
突破, 站上 or 站稳. 跌破1万点 has its unit, 突破2021年 is a year, 跌破1：1 is a ratio's notation.
"""

from __future__ import annotations

import pytest

from validator.numbers import find_quantities
from validator.pipeline import run

from .article_files import write_article


def _bare(text):
    return [quantity for quantity in find_quantities(text) if quantity.unit is None]


@pytest.mark.parametrize("text, number, bound", [
    ("远江保险市净率跌破1，达到0.72。", "1", "atmost"),
    ("华宇证券市盈率突破30。", "30", "above"),
    ("该指数站上3.5，创年内新高。", "3.5", "above"),
])
def test_a_bare_threshold_ending_its_clause_is_read(text, number, bound):
    threshold = next(quantity for quantity in _bare(text) if quantity.text == number)
    assert threshold.bound == bound and threshold.dimension == "number"


@pytest.mark.parametrize("text", ["远江保险股价跌破1：1的兑换比例。", "上证指数突破2021年高点。",
                                  "远江保险市净率跌破1倍。", "华宇证券突破3个关口。"])
def test_a_number_after_those_verbs_in_another_construction_is_no_bare_threshold(text):
    assert not [quantity for quantity in _bare(text) if quantity.qualifier in ("跌破", "突破")]


def test_a_ratio_below_the_threshold_it_fell_through_passes(tmp_path):
    report = run([str(write_article(tmp_path, "远江保险PEV（股价和内涵价值的比值）跌破1，达到0.72，估值相对安全。"))])
    checks = [check for check in report.checks if check.rule == "approximate-wording"]
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_ratio_above_the_threshold_it_fell_through_is_caught(tmp_path):
    report = run([str(write_article(tmp_path, "远江保险PEV（股价和内涵价值的比值）跌破1，达到1.32，估值相对安全。"))])
    assert any(check.rule == "approximate-wording" and check.outcome == "violation" for check in report.checks)
