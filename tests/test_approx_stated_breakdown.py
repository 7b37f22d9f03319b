"""approximate-wording: a rounded whole (接近1.8亿人次) against the parts of a breakdown the text
states in full (其中，国内航线…，国际航线…: complements, nothing left out), whose sum can prove the
wording wrong; a 其中 list that may leave parts out only ever confirms it (sentences written here,
with invented figures)."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "approximate-wording"
_PUBLISHED = "2024-05-10 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="一季度民航运输数据发布", published=_PUBLISHED)


_ROUTES = ("客运方面，2024年第一季度全区共完成旅客运输量接近{whole}万人次，同比增长21.4%。"
           "其中，国内航线完成{home}万人次，同比增长18.2%；国际航线完成{abroad}万人次，同比增长86.5%。")

CASES = [
    _case("parts_near_the_whole_pass", _ROUTES.format(whole="2600", home="2410", abroad="157.3"), "pass",
          ("2600万人次", "2410万人次", "157.3万人次")),
    _case("whole_raised_past_its_parts_is_a_warning", _ROUTES.format(whole="3400", home="2410", abroad="157.3"),
          "violation", ("3400万人次", "2410万人次", "157.3万人次")),
    _case("whole_under_its_parts_is_a_warning", _ROUTES.format(whole="2500", home="2410", abroad="157.3"),
          "violation", ("2500万人次", "2410万人次")),
]

SILENT = [
    # 其中 naming one route only: the rest may be anything.
    _case("a_list_that_may_leave_parts_out_is_not_refuted",
          "2024年第一季度全区共完成旅客运输量接近3400万人次，同比增长21.4%。其中，国内航线完成2410万人次，同比增长18.2%。",
          "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_stated_breakdown(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
