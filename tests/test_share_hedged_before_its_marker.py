"""A qualifier printed before 占, away from the share it bounds (约占总营收的三分之一, 约占营业收入的66%,
超过占比四成 is not a shape of its own): the share is read with the qualifier's bound, as if printed
before it. Sentences written here, with invented companies and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "share-of-total"
_PUBLISHED = "2024-03-30 19:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="启明电子年报点评", published=_PUBLISHED)


_TEXT = "2023年，启明电子实现营业收入312.7亿元，其中海外收入{part}亿元，{hedge}占营业收入的{share}。"

CASES = [
    # 104.6 / 312.7 = 33.45%: about a third, about 33%, not exactly a third.
    _case("about_a_third_passes", _TEXT.format(part="104.6", hedge="约", share="三分之一"), "pass",
          ("104.6亿元", "312.7亿元", "三分之一")),
    _case("about_a_percent_rounded_loosely_passes", _TEXT.format(part="208.1", hedge="约", share="66%"), "pass",
          ("208.1亿元", "312.7亿元", "66%")),
    _case("about_far_from_the_figures_fails", _TEXT.format(part="104.6", hedge="约", share="45%"), "violation",
          ("45%",)),
    _case("an_exact_share_keeps_its_rounding", _TEXT.format(part="208.1", hedge="", share="66%"), "violation",
          ("66%",)),
    # 签约 ends in 约 but is a word: the share after it is as printed, and 35% is not 33.0%.
    _case("a_word_ending_in_a_qualifier_hedges_nothing",
          "2023年，启明建设新签合同额1250.0亿元，其中海外新签约412.5亿元，海外新签约占新签合同额的35%。",
          "violation", ("35%",)),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_share_hedged_before_its_marker(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
