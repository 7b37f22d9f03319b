"""growth-prior: a loss and its prior, then the change of the loss's size with the loss named again
(归母净利润-1.27亿元，上年同期为-2.35亿元，亏损同比收窄46.0%; …，亏损同比扩大55.0%). Sentences written here,
with invented companies and figures: the rate passes as printed and fails when altered."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "growth-prior"
_PUBLISHED = "2024-04-28 20:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="一季报速览", published=_PUBLISHED)


_NARROWED = "2024年一季度，远澜科技实现归母净利润-1.27亿元，上年同期为-2.35亿元，亏损同比收窄{rate}%。"
_WIDENED = "2024年一季度，青木生物实现归母净利润-3.10亿元，上年同期为-2.00亿元，亏损同比扩大{rate}%。"

CASES = [
    _case("narrowed_passes", _NARROWED.format(rate="46.0"), "pass", ("-1.27亿元", "-2.35亿元", "46.0%")),
    _case("narrowed_altered_fails", _NARROWED.format(rate="59.8"), "violation", ("59.8%",)),
    _case("widened_passes", _WIDENED.format(rate="55.0"), "pass", ("-3.10亿元", "-2.00亿元", "55.0%")),
    _case("widened_altered_fails", _WIDENED.format(rate="71.5"), "violation", ("71.5%",)),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_growth_loss_named_again(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
