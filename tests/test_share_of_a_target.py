"""share-of-total: a part measured against a target it completes (累计交付241872辆，已完成全年25万辆
交付目标的96.7%; 完成全年销售目标3000亿元的56.2%). The target is a figure of the future, never
checked as a fact, but it is the whole this share is stated of. Sentences written here, with
invented companies and figures: a share that fits passes; an altered share, part or target fails
at it; a target with no share, or a share of another whole, is not read this way."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "share-of-total"
_PUBLISHED = "2024-11-02 18:00:00 +0800"
_CARS = "今年1-10月，远川汽车累计交付{part}辆，已完成全年{target}万辆交付目标的{share}%。"
_SALES = "1-10月，南屿地产累计签约销售{part}亿元，完成全年销售目标{target}亿元的{share}%。"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="10月经营数据", published=_PUBLISHED)


CASES = [
    _case("delivered_share_of_the_target_passes", _CARS.format(part="158234", target="25", share="63.3"), "pass",
          ("158234辆", "25万辆", "63.3%")),
    _case("altered_share_fails", _CARS.format(part="158234", target="25", share="82.3"), "violation", ("82.3%",)),
    _case("altered_part_fails", _CARS.format(part="205704", target="25", share="63.3"), "violation", ("205704辆",)),
    _case("altered_target_fails", _CARS.format(part="158234", target="33", share="63.3"), "violation", ("33万辆",)),
    _case("target_named_before_its_figure_passes", _SALES.format(part="1686.2", target="3000", share="56.2"), "pass",
          ("1686.2亿元", "3000亿元", "56.2%")),
    _case("target_named_before_its_figure_altered_fails", _SALES.format(part="1686.2", target="3000", share="73.1"),
          "violation", ("73.1%",)),
    # A month before the year's target: the share is of the year to date, which is not printed.
    _case("a_month_is_not_what_meets_the_years_target",
          "10月，远川汽车交付新车3.12万辆，已完成全年25万辆交付目标的82.3%。", "silent"),
    # A target the sentence states without a share: nothing to check.
    _case("target_without_a_share_is_silent", "远川汽车今年1-10月累计交付158234辆，全年交付目标为20万辆。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_share_of_a_target(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
