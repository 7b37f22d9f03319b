"""approximate-wording: a title's rounded wording is paired with the body figure of its measure
even when the body prints two figures of related measures (the market's 动漫市场实际销售收入 and
a segment's 移动动漫市场实际销售收入): the one whose measure phrase shares the most with the
title's is meant. Paired by the measure, not the value, so an altered title fails. Sentences
written here, with invented markets and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, matching_checks, run_case

RULE = "approximate-wording"
_PUBLISHED = "2023-07-28 10:00:00 +0800"

_BODY = (
    "报告显示，2023年上半年，我国动漫市场实际销售收入1188.61亿元，同比下降2.4%。\n"
    "其中，移动动漫市场实际销售收入826.35亿元，占比69.52%。"
)


def _case(name: str, title: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": _BODY, "title": title, "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


CASES = [
    _case("title_near_the_market_figure_passes", "上半年中国动漫销售收入近1190亿元", "pass",
          ("1190亿元", "1188.61亿元")),
    _case("title_altered_fails_against_the_market_figure", "上半年中国动漫销售收入近1547亿元", "violation",
          ("1547亿元", "1188.61亿元")),
    _case("title_above_the_market_figure_fails", "上半年中国动漫销售收入超1300亿元", "violation",
          ("1300亿元", "1188.61亿元")),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_approx_measure_pairing(case: RuleCase, tmp_path):
    report = run_case(case, tmp_path)
    of_rule = [check for check in report.checks if check.rule == RULE]
    described = "\n".join(f"  {c.outcome} {c.message} @ {[l.text for l in c.locations]}" for c in of_rule)
    assert matching_checks(report, case), f"no {case.expect} covering {case.figures}:\n{described}"
    if case.expect == "pass":
        assert not [check for check in of_rule if check.outcome == "violation"], described
