"""growth-prior: a rate stated between a figure and its prior when one of them is a loss printed
with its minus (归母净利润-1.27亿元，上年同期为-2.35亿元，同比增长46.0%; 净利润-0.5亿元，较上年同期的2亿元
下降125%). Such a rate cannot divide the figure back to its prior: it is the change against the
size of the prior (results tables) or the change of the sizes (a loss that narrows or widens).
Sentences written here, with invented companies and figures: a rate that is one of those readings
passes, an altered rate fails at it, and the rule never stops on such figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "growth-prior"
_PUBLISHED = "2025-03-26 20:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="青禾数科2024年业绩快报", published=_PUBLISHED)


_BOTH_LOSSES = "青禾数科2024年归母净利润为-{current}亿元，上年同期为-{prior}亿元，同比{verb}{rate}%。"
_INTO_A_LOSS = "青禾数科2024年归母净利润为-{current}亿元，较上年同期的{prior}亿元下降{rate}%。"

CASES = [
    # (-1.27 + 2.35) / 2.35 = +45.96%: the change against the size of the prior.
    _case("narrower_loss_as_a_rise_against_the_prior_passes",
          _BOTH_LOSSES.format(current="1.27", prior="2.35", verb="增长", rate="46.0"), "pass",
          ("1.27亿元", "2.35亿元", "46.0%")),
    _case("narrower_loss_altered_rate_fails",
          _BOTH_LOSSES.format(current="1.27", prior="2.35", verb="增长", rate="59.8"), "violation", ("59.8%",)),
    # (-3.26 + 1.85) / 1.85 = -76.22%: a wider loss as a fall.
    _case("wider_loss_as_a_fall_passes",
          _BOTH_LOSSES.format(current="3.26", prior="1.85", verb="下降", rate="76.2"), "pass",
          ("3.26亿元", "1.85亿元", "76.2%")),
    _case("wider_loss_altered_rate_fails",
          _BOTH_LOSSES.format(current="3.26", prior="1.85", verb="下降", rate="99.1"), "violation", ("99.1%",)),
    # 1.27 / 2.35 - 1 = -45.96%: the loss itself 46.0% smaller, told as a fall.
    _case("narrower_loss_as_a_fall_of_its_size_passes",
          _BOTH_LOSSES.format(current="1.27", prior="2.35", verb="下降", rate="46.0"), "pass",
          ("1.27亿元", "2.35亿元", "46.0%")),
    # (-0.52 - 2.08) / 2.08 = -125%: a profit turned into a loss.
    _case("profit_into_loss_passes", _INTO_A_LOSS.format(current="0.52", prior="2.08", rate="125.0"), "pass",
          ("0.52亿元", "2.08亿元", "125.0%")),
    _case("profit_into_loss_altered_rate_fails",
          _INTO_A_LOSS.format(current="0.52", prior="2.08", rate="162.5"), "violation", ("162.5%",)),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_rate_between_losses(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)


def test_rule_keeps_checking_the_rest_of_an_article_with_losses(tmp_path):
    """A rate between two losses once stopped the whole rule: the article's other rates went unchecked."""
    text = (_BOTH_LOSSES.format(current="3.26", prior="1.85", verb="下降", rate="76.2")
            + "营业收入为12.48亿元，较上年的15.36亿元下降28.8%。")
    assert_case_holds(_case("other_rate_still_checked", text, "violation", ("28.8%",)), tmp_path)
