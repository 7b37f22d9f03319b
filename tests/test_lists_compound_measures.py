"""A 分别 list after a compound word of two measures (产销分别为X和Y, 存贷款余额分别为X和Y): the first
value is the first measure's, the second the second's (lexicon.COMPOUND_MEASURES). Sentences
written here, with invented companies and figures: the title's pair is held against the body's,
each value against its own measure; an altered value fails at it; a compound whose order usage
does not fix (进出口) is not split."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, one_article_case

from tests.rule_cases import assert_case_holds

_PUBLISHED = "2024-06-03 09:00:00 +0800"


def _case(rule: str, name: str, text: str, expect: str, figures: tuple[str, ...] = (), title: str = "") -> RuleCase:
    return one_article_case(rule, name, text, expect, figures, title=title, published=_PUBLISHED)


_BODY = "松岭重工6月2日公告，5月公司挖掘机产销分别完成{made}台和{sold}台，同比分别增长8.4%和6.9%。"

CASES = [
    _case("headline", "title_pair_backed_by_body_pair", _BODY.format(made="4518", sold="4376"), "pass",
          ("4518台", "0.45万台"), title="松岭重工5月挖掘机产销分别为0.45万台和0.44万台"),
    _case("headline", "title_second_value_backed_by_the_second_measure", _BODY.format(made="4518", sold="4376"),
          "pass", ("4376台", "0.44万台"), title="松岭重工5月挖掘机产销分别为0.45万台和0.44万台"),
    _case("headline", "title_altered_second_value_fails", _BODY.format(made="4518", sold="4376"), "violation",
          ("0.57万台",), title="松岭重工5月挖掘机产销分别为0.45万台和0.57万台"),
    _case("period-sum", "each_month_within_its_own_measure_to_date",
          _BODY.format(made="4518", sold="4376") + "1-5月挖掘机累计产销分别为2.31万台和2.27万台。", "pass",
          ("4376台", "2.27万台")),
    _case("period-sum", "a_month_larger_than_its_own_measure_to_date_fails",
          _BODY.format(made="4518", sold="24376") + "1-5月挖掘机累计产销分别为2.31万台和2.27万台。", "violation",
          ("24376台", "2.27万台")),
    _case("share-of-total", "deposits_and_loans_each_their_own_total",
          "截至3月末，临江农商行存贷款余额分别为1820.5亿元和1346.2亿元。其中，个人存款1092.3亿元，占存款余额的60.0%。",
          "pass", ("1092.3亿元", "1820.5亿元", "60.0%")),
    # 进出口分别为X和Y: writers put 出口 first as often as 进口, so neither value is given a measure.
    _case("headline", "imports_and_exports_compound_is_not_split",
          "海关数据显示，1-5月全省进出口分别为2153.6亿元和3418.9亿元。", "silent",
          title="全省1-5月进出口分别为2154亿元和3419亿元"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_compound_measures(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
