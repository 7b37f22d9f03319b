"""change-delta: a change told by a loss's verb (减亏, 亏损扩大) between figures printed with their
minus (归母净利润为-1.27亿元，较上年同期的-2.35亿元减亏1.08亿元). The loss shrinks as the signed figure
rises, so 减亏 is a signed rise and a loss that widens a signed fall. Sentences written here, with
invented companies and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "change-delta"
_PUBLISHED = "2025-04-18 21:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="远帆科技一季度业绩", published=_PUBLISHED)


_AGAINST = "远帆科技一季度归母净利润为-{to}亿元，较上年同期的-{start}亿元减亏{delta}亿元。"
_PRIOR_STATED = "远帆科技一季度归母净利润为-{to}亿元，上年同期为-{start}亿元，同比减亏{delta}亿元。"

CASES = [
    _case("smaller_loss_against_its_prior_passes", _AGAINST.format(to="0.86", start="1.64", delta="0.78"), "pass",
          ("0.86亿元", "1.64亿元", "0.78亿元")),
    _case("smaller_loss_altered_amount_fails", _AGAINST.format(to="0.86", start="1.64", delta="1.01"), "violation",
          ("1.01亿元",)),
    _case("smaller_loss_prior_stated_passes", _PRIOR_STATED.format(to="0.86", start="1.64", delta="0.78"), "pass",
          ("0.86亿元", "1.64亿元", "0.78亿元")),
    _case("smaller_loss_prior_stated_altered_fails", _PRIOR_STATED.format(to="0.86", start="1.64", delta="1.01"),
          "violation", ("1.01亿元",)),
    # From a profit to a loss, a loss's verb does not say which way the signed figure moved.
    _case("profit_into_loss_with_a_loss_verb_is_not_read",
          "远帆科技一季度归母净利润为-0.35亿元，较上年同期的0.43亿元亏损扩大0.78亿元。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_change_told_by_a_loss_verb(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
