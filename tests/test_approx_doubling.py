"""approximate-wording: a doubling word (翻倍, 翻番) against what its sentence says it of — the
growth rate right after it, or the amount right before it and the year-ago amount in brackets
right after it — and a growth in multiples (比去年同期的161亿元，成长近1倍) against its amounts. Sentences written here, with invented companies and figures: the printed
version passes, a rate or an amount far from a doubling is a warning, and a doubling whose
sentence prints no such figures stays unjudged."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds

RULE = "approximate-wording"
_PUBLISHED = "2023-11-20 10:00:00 +0800"

_AMOUNTS = "其中，担保模式下撮合服务费达{current}亿元，同比翻倍（2022年同期为{prior}亿元）；融资收入为18.26亿元，同比增长21.4%。"
_RATE = "从全年来看，2022全年研发费用为53.1亿元，较2021年研发投入费用翻倍，同比增长{rate}%。"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": text, "title": "远航科技公布第三季度业绩", "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


CASES = [
    _case("doubled_amounts_pass", _AMOUNTS.format(current="4.31", prior="2.17"), "pass",
          ("翻倍", "4.31亿元", "2.17亿元")),
    _case("amounts_far_from_doubled_fail", _AMOUNTS.format(current="3.02", prior="2.17"), "violation",
          ("翻倍", "3.02亿元", "2.17亿元")),
    _case("doubling_then_its_rate_passes", _RATE.format(rate="103.8"), "pass", ("翻倍", "103.8%")),
    _case("doubling_then_a_rate_far_from_it_fails", _RATE.format(rate="58.3"), "violation", ("翻倍", "58.3%")),
    _case("traditional_doubling_then_its_rate_passes",
          "從全年來看,2022全年研發費用為53.1億元,較2021年研發投入費用翻倍,同比增長103.8%。", "pass",
          ("翻倍", "103.8%")),
    _case("growth_in_multiples_after_its_amounts_passes",
          "且推升12家控股公司9月税后纯益318.62亿元，比去年同期的161亿元，成长近1倍。", "pass",
          ("1倍", "318.62亿元", "161亿元")),
    _case("growth_in_multiples_altered_fails",
          "且推升12家控股公司9月税后纯益318.62亿元，比去年同期的161亿元，成长近3倍。", "violation",
          ("3倍", "318.62亿元", "161亿元")),
    _case("traditional_growth_in_multiples_passes",
          "且推升12家控股公司9月稅後純益318.62億元,比去年同期的161億元,成長近1倍。", "pass",
          ("1倍", "318.62億元", "161億元")),
    # The amounts are not the doubled one and its year-ago value: nothing is judged.
    _case("doubling_without_its_amounts_is_not_refuted",
          "远航科技第三季度营收52.3亿元，净利润11.6亿元，海外订单翻倍。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_approx_doubling(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
