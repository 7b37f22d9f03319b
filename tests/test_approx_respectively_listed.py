"""approximate-wording: a bound said of several subjects, then 分别 giving each its figure
(甲酒业、乙酒业也相继宣布去年营收突破200亿元，分别以231.5亿元和204.7亿元…; sentences written here,
with invented companies and figures). The figures are found by their places, so a bound one of
them misses is a warning at that figure; lists that state something else stay unrefuted."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "approximate-wording"
_PUBLISHED = "2024-05-06 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="白酒企业2023年业绩盘点", published=_PUBLISHED)


_LISTED = ("青川酒业2023年的营收达到531.6亿元，同比增长9.1%；"
           "云岭酒业、北塘酒业也相继宣布去年营收突破{bound}亿元，分别以{first}亿元和{second}亿元的营收位列第二和第三。")
_TRADITIONAL = "東岳金控、南屏金控前七月獲利均突破{bound}億元，分別為{first}億元、{second}億元。"

CASES = [
    _case("each_listed_figure_above_the_bound_passes", _LISTED.format(bound="200", first="231.5", second="204.7"),
          "pass", ("200亿元", "204.7亿元")),
    _case("bound_raised_above_a_listed_figure_is_a_warning",
          _LISTED.format(bound="260", first="231.5", second="204.7"), "violation", ("260亿元", "204.7亿元")),
    _case("bound_raised_above_both_is_a_warning_at_the_first",
          _LISTED.format(bound="260", first="231.5", second="204.7"), "violation", ("260亿元", "231.5亿元")),
    _case("traditional_listed_figures_pass", _TRADITIONAL.format(bound="300", first="362.8", second="311.4"),
          "pass", ("300億元", "311.4億元")),
    _case("traditional_bound_raised_is_a_warning", _TRADITIONAL.format(bound="390", first="362.8", second="311.4"),
          "violation", ("390億元", "311.4億元")),
]

SILENT = [
    # Three figures for two names: the list is not one figure per subject.
    _case("more_figures_than_subjects_is_not_paired",
          "云岭酒业、北塘酒业营收突破260亿元，分别以231.5亿元、204.7亿元和198.2亿元位列前三。", "silent"),
    # A total, not each: 合计 then its parts.
    _case("a_total_then_its_parts_is_not_each",
          "云岭酒业、北塘酒业营收合计突破400亿元，其中云岭酒业231.5亿元、北塘酒业204.7亿元。", "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_respectively_listed(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
