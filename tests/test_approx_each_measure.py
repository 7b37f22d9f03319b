"""approximate-wording: a bound said of each of several measures (营收与归母净利润均实现超10%的同比
增长) against the rates the next sentence prints for those measures. Sentences written here,
with invented banks and figures: rates every measure meets pass in one check, a rate below the
bound is a warning at it, and an altered bound fails; a sentence that prints only one of the
measures, or a bound without 均, is not paired."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds

RULE = "approximate-wording"
_PUBLISHED = "2023-10-30 10:00:00 +0800"

_SUMMARY = "整体来看，3家银行营收与净利润均实现同比改善，其中，青川银行业绩增长最为显著，营收与归母净利润均实现{bound}的同比增长。"
_RATES = "财报显示，青川银行今年前三季度实现营业收入98.6亿元，同比增长{revenue}%；实现净利润41.27亿元，同比增长{profit}%。"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": text, "title": "青川银行三季报出炉", "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


CASES = [
    _case("every_measure_above_the_bound_passes",
          _SUMMARY.format(bound="超10%") + _RATES.format(revenue="12.31", profit="10.86"), "pass",
          ("10%", "12.31%", "10.86%")),
    _case("a_measure_below_the_bound_is_a_warning",
          _SUMMARY.format(bound="超10%") + _RATES.format(revenue="12.31", profit="9.86"), "violation",
          ("10%", "9.86%")),
    _case("an_altered_bound_fails",
          _SUMMARY.format(bound="超15%") + _RATES.format(revenue="12.31", profit="10.86"), "violation",
          ("15%", "12.31%")),
    _case("traditional_characters_pass",
          "整體來看，3家銀行營收與凈利潤均實現同比改善，其中，青川銀行業績增長最為顯著，營收與歸母凈利潤均實現超10%的同比增長。"
          "財報顯示，青川銀行今年前三季度實現營業收入98.6億元，同比增長12.31%；實現凈利潤41.27億元，同比增長10.86%。",
          "pass", ("10%", "12.31%", "10.86%")),
    # Only one of the two measures is printed after the bound: nothing pairs.
    _case("one_measure_printed_is_not_paired",
          _SUMMARY.format(bound="超15%") + "财报显示，青川银行今年前三季度实现净利润41.27亿元，同比增长10.86%。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_approx_each_measure(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
