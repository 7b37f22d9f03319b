"""change-delta: an amount and a rate of one level that name two dates they run from are two
changes, not one told twice (各项存款余额为1.12万亿元，较年初增加826亿元，同比增长9.8%: the amount runs
from the year's start, the rate from a year before). Sentences written here, with invented banks
and figures: one basis pairs the two, two bases pair nothing unless they are one date for the
level's period (a year-end balance), and 年增率 (Taiwan's word for any
rate of change) names no basis of its own."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "change-delta"
_PUBLISHED = "2025-07-26 19:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="松原银行半年报", published=_PUBLISHED)


_DEPOSITS = "截至6月末，松原银行各项存款余额为2.36万亿元，较年初增加1864亿元，{basis}增长{rate}%。"

CASES = [
    # 1864 / (23600 - 1864) = 8.58%: both from the year's start.
    _case("amount_and_rate_from_the_year_start_pass", _DEPOSITS.format(basis="", rate="8.6"), "pass",
          ("2.36万亿元", "1864亿元", "8.6%")),
    _case("amount_and_rate_from_the_year_start_altered_fail", _DEPOSITS.format(basis="", rate="11.2"), "violation",
          ("11.2%",)),
    # 同比 runs from a year before: another change, whatever its size.
    _case("rate_from_a_year_before_is_not_the_amount_s", _DEPOSITS.format(basis="同比", rate="11.2"), "silent"),
    _case("rate_from_the_quarter_before_is_not_the_amount_s",
          "二季度松原银行营业收入为82.5亿元，环比增加3.6亿元，同比增长9.8%。", "silent"),
    # 较上年同期增加 … 同比增长: one basis named twice.
    _case("one_basis_named_twice_passes",
          "上半年松原银行营业收入为982.5亿元，较上年同期增加190.97亿元，同比增长24.12%。", "pass",
          ("982.5亿元", "190.97亿元", "24.12%")),
    # At a year end the year's start and a year before are one date: 2260 / (26800 - 2260) = 9.21%.
    _case("year_end_balance_names_one_date_twice_passes",
          "截至2024年末，松原银行贷款总额2.68万亿元，较上年末增加2260亿元，同比增长9.2%。", "pass",
          ("2.68万亿元", "2260亿元", "9.2%")),
    _case("year_end_balance_altered_rate_fails",
          "截至2024年末，松原银行贷款总额2.68万亿元，较上年末增加2260亿元，同比增长12.0%。", "violation", ("12.0%",)),
    _case("year_on_year_word_of_taiwan_names_no_basis",
          "松原銀行11月底放款餘額為2兆6845億元，較去年底增加1968億元，年增率為7.9%。", "pass",
          ("1968億元", "7.9%")),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_changes_of_two_bases(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
