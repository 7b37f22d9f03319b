"""A market round-up counts stocks, that is listed companies: 58股公布年报预告 is 58家.

Only a whole number of 股 with no magnitude, followed by what a listed company does or reports
(公布, 净利润, 涨停 …). 每10股派, 持有500股, 回购3000万股 count shares.
"""

from __future__ import annotations

import pytest

from validator.numbers import find_quantities
from validator.pipeline import run


@pytest.mark.parametrize("text, printed", [("58股公布2023年业绩预告", "58股"), ("9股净利润超50亿元", "9股"),
                                           ("今年以来共有35股涨停", "35股")])
def test_stocks_counted_are_companies(text, printed):
    quantity = next(quantity for quantity in find_quantities(text) if quantity.text == printed)
    assert quantity.unit == "家"


@pytest.mark.parametrize("text, printed", [("每10股派发现金红利5元", "10股"), ("持有500股公布", "500股"),
                                           ("公司拟回购3000万股", "3000万股"), ("10股转增8股。", "8股")])
def test_shares_counted_stay_shares(text, printed):
    quantity = next(quantity for quantity in find_quantities(text) if quantity.text == printed)
    assert quantity.unit == "股"


_ROUND_UP = ("---\ntitle: '58股公布2023年业绩预告 9股净利润超50亿元'\ndate: 2024-02-07 10:00:00 +0800\n---\n"
             "<p>数据宝统计显示，截至2月6日，沪深两市共{count}家上市公司发布了业绩预告。</p>\n"
             "<p>利润方面，公布业绩预告公司中，52家公司预计盈利，净利润在50亿元以上的有9家。</p>\n")


def _headline_checks(tmp_path, count):
    path = tmp_path / "roundup.md"
    path.write_text(_ROUND_UP.format(count=count), encoding="utf-8")
    return [check for check in run([str(path)]).checks if check.rule == "headline"
            and any(location.text == "58股" for location in check.locations)]


def test_a_title_counting_stocks_the_body_counts_as_companies_passes(tmp_path):
    checks = _headline_checks(tmp_path, "58")
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_title_counting_stocks_the_body_does_not_give_is_caught(tmp_path):
    checks = _headline_checks(tmp_path, "75")
    assert any(check.outcome == "violation" for check in checks)
