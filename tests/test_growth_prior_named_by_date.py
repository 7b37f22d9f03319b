"""growth-prior: a 环比 change whose prior is named by its date right after it (10月…环比增长12.5%，
9月为254.6亿元; 三季度…环比增长11.4%，二季度为112.6亿元). Sentences written here, with invented
companies and figures: the prior checks the rate; an altered prior or rate fails at it; a date that
is not the period just before the figure's (8月为 after October's 环比) is some other figure and is
not paired."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "growth-prior"
_PUBLISHED = "2024-11-03 19:30:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="北川置业10月销售简报", published=_PUBLISHED)


_MONTH = "2024年10月，北川置业实现签约销售金额{current}亿元，环比增长{rate}%，{date}为{prior}亿元。"
_QUARTER = "南桥电子三季度实现营收{current}亿元，环比增长{rate}%，{date}为{prior}亿元。"

CASES = [
    _case("previous_month_checks_the_rate", _MONTH.format(current="173.8", rate="9.6", date="9月", prior="158.6"),
          "pass", ("173.8亿元", "9.6%", "158.6亿元")),
    _case("previous_month_altered_fails", _MONTH.format(current="173.8", rate="9.6", date="9月", prior="206.2"),
          "violation", ("206.2亿元",)),
    _case("rate_altered_fails", _MONTH.format(current="173.8", rate="12.5", date="9月", prior="158.6"),
          "violation", ("12.5%",)),
    _case("previous_quarter_checks_the_rate",
          _QUARTER.format(current="64.3", rate="7.2", date="二季度", prior="60.0"), "pass",
          ("64.3亿元", "7.2%", "60.0亿元")),
    _case("after_a_yearly_rate_the_month_named_with_its_measure",
          "10月，全国乘用车市场零售186.3万辆，同比增长6.1%，环比增长9.2%，9月零售量为170.6万辆。", "pass",
          ("186.3万辆", "9.2%", "170.6万辆")),
    _case("after_a_yearly_rate_an_altered_month_fails",
          "10月，全国乘用车市场零售186.3万辆，同比增长6.1%，环比增长9.2%，9月零售量为221.8万辆。", "violation",
          ("221.8万辆",)),
    # 9月回款金额 names another measure than the 签约销售金额 the change is of.
    _case("a_month_naming_another_measure_is_not_paired",
          "2024年10月，北川置业实现签约销售金额173.8亿元，环比增长9.6%，9月回款金额为121.0亿元。", "silent"),
    # 8月 is not the month before October: its figure is not the 环比 prior.
    _case("a_month_that_is_not_the_one_before_is_not_paired",
          _MONTH.format(current="173.8", rate="9.6", date="8月", prior="121.0"), "silent"),
    # 同比 measures from a year before: a month named after it is not that prior here.
    _case("a_yearly_change_is_not_paired_with_last_month",
          "2024年10月，北川置业实现签约销售金额173.8亿元，同比增长9.6%，9月为121.0亿元。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_growth_prior_named_by_date(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
