"""approximate-wording: bounds 分别 gives the subjects listed before it, one each (甲金控、乙金控前七月
获利分别突破600亿元、500亿元), against each subject's figure in the sentences that open with its
name, found by name, units, size and period, so an altered bound or figure is a warning
(sentences written here, with invented companies and figures, simplified and traditional)."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "approximate-wording"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="金控前七月获利出炉",
                            published="2025-08-12 10:00:00 +0800")


_LEAD = ("整体金控前七月税后纯益达3,059亿元，为历年同期第三高。双雄星海金（2899）、云台金前七月获利分别突破{first}亿元、"
         "500亿元，每股税后纯益分别为4.29元、3.5元居冠亚军。")
_BODY = ("星海金7月自结合并税后纯益110.3亿元，月减6.9%，累计前七月合并税后纯益{figure}亿元，年减42.1%。"
         "云台世华银7月税后纯益42.1亿元，累计税后纯益275.9亿元，年成长15%。")
_TRADITIONAL = ("雙雄星海金（2899）、雲台金前七月獲利分別突破{first}億元、500億元，每股稅後純益分別為4.29元、3.5元。"
                "星海金7月自結合併稅後純益110.3億元，月減6.9%，累計前七月合併稅後純益623.7億元，年減42.1%。")

_SECOND = "云台金7月税后纯益90.2亿元，月增27%，累计税后纯益{figure}亿元，年减41.1%。"

CASES = [
    _case("both_subjects_past_their_bounds_pass_as_one",
          _LEAD.format(first="600") + _BODY.format(figure="623.7") + _SECOND.format(figure="547.7"), "pass",
          ("600亿元", "500亿元", "623.7亿元", "547.7亿元")),
    _case("the_second_subject_under_its_bound_is_a_warning",
          _LEAD.format(first="600") + _BODY.format(figure="623.7") + _SECOND.format(figure="487.7"), "violation",
          ("500亿元", "487.7亿元")),
    _case("each_subject_past_its_bound_passes", _LEAD.format(first="600") + _BODY.format(figure="623.7"), "pass",
          ("600亿元", "623.7亿元")),
    _case("a_bound_raised_past_its_subject_is_a_warning", _LEAD.format(first="780") + _BODY.format(figure="623.7"),
          "violation", ("780亿元", "623.7亿元")),
    _case("a_subject_under_its_bound_is_a_warning", _LEAD.format(first="600") + _BODY.format(figure="583.7"),
          "violation", ("600亿元", "583.7亿元")),
    _case("traditional_bound_raised_is_a_warning", _TRADITIONAL.format(first="780"), "violation",
          ("780億元", "623.7億元")),
]

SILENT = [
    # Three names for two bounds: which bound is whose is not told.
    _case("names_and_bounds_that_do_not_pair_are_not_judged",
          "星海金、云台金、北辰金前七月获利分别突破780亿元、500亿元。"
          "星海金7月自结合并税后纯益110.3亿元，累计前七月合并税后纯益623.7亿元。", "silent"),
    # A sentence opening with the period the list names (前七月) is no subject's.
    _case("a_sentence_opening_with_the_period_is_no_subject_s",
          "星海金、云台金前七月获利分别突破600亿元、500亿元。星海金7月自结税后纯益110.3亿元，累计前七月税后纯益623.7亿元。"
          "前七月亏损的金控只有一家，亏损480.2亿元。", "silent"),
    # 合计: one bound of the sum, not one per subject.
    _case("a_sum_is_not_respective",
          "星海金、云台金前七月获利合计突破1300亿元。"
          "星海金7月自结合并税后纯益110.3亿元，累计前七月合并税后纯益623.7亿元。", "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_respective_bounds(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
