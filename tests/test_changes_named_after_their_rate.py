"""A change named after its rate: 净利润均实现超10%增长, 营收录得15%的下滑.

After a verb of achieving (实现, 录得, 取得, 保持, 迎来, 出现) the rate is a change when the noun
after it names one (增长, 涨幅, 下滑, 降幅 …); 实现12%的增长率目标 names a target rate, and
实现30% alone is a level.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article


def _claim(tmp_path, text, printed):
    claims = read_claims([str(write_article(tmp_path, text))])[0].claims
    return next(claim for claim in claims if claim.text == printed)


@pytest.mark.parametrize("text, printed, direction", [
    ("远江电器去年净利润实现超10%增长。", "10%", "up"),
    ("远江电器营收录得15%的下滑。", "15%", "down"),
    ("远江电器出口迎来22.5%的涨幅。", "22.5%", "up"),
])
def test_a_rate_before_the_change_it_names_is_a_growth(tmp_path, text, printed, direction):
    growth = _claim(tmp_path, text, printed)
    assert growth.kind == "growth" and growth.direction == direction


@pytest.mark.parametrize("text, printed", [("远江电器毛利率实现12%的增长率目标。", "12%"),
                                           ("远江电器市场占有率实现30%。", "30%")])
def test_a_rate_naming_no_change_after_it_stays_a_level(tmp_path, text, printed):
    assert _claim(tmp_path, text, printed).kind != "growth"


_YEARS = "远江电器2022年营收为100亿元。远江电器2023年营收为85亿元，录得{rate}的同比下滑。"


def test_a_change_named_after_its_rate_that_its_years_give_passes(tmp_path):
    report = run([str(write_article(tmp_path, _YEARS.format(rate="15%")))])
    checks = [check for check in report.checks if check.rule == "growth-prior"]
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_change_named_after_its_rate_that_its_years_do_not_give_is_caught(tmp_path):
    report = run([str(write_article(tmp_path, _YEARS.format(rate="25%")))])
    assert any(check.rule == "growth-prior" and check.outcome == "violation" for check in report.checks)
