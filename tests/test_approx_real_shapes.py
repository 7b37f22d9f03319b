"""approximate-wording on the shapes real coverage gives its rounded words (sentences written
here, with invented companies and figures): a ratio in words against the two amounts its
sentence relates (…仅为B的一半, 仅为9月销量(13560辆)的1/3), a fraction read as a round
description. The printed version passes, an altered twin fails at the altered figure, and a
ratio whose base the sentence does not print stays unrefuted."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds

RULE = "approximate-wording"
_PUBLISHED = "2023-11-05 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": text, "title": "星河汽车10月交付数据出炉", "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


_DELIVERIES = "数据显示，10月星河汽车共交付新车4521辆，同比下降21%，环比下降60%，仅为9月销量(13560辆)的{ratio}。"
_PROFITS = "从盈利能力来看，东江农商银行去年净利润为{profit}亿元，增长3.2%，仅为西岭农商行77.9亿元净利润的{ratio}。"

CASES = [
    _case("fraction_of_the_base_in_brackets_passes", _DELIVERIES.format(ratio="1/3"), "pass",
          ("1/3", "4521辆", "13560辆")),
    _case("fraction_of_the_base_in_brackets_altered_fails", _DELIVERIES.format(ratio="1/8"), "violation",
          ("1/8", "4521辆", "13560辆")),
    _case("half_of_the_base_with_its_metric_passes", _PROFITS.format(profit="38.21", ratio="一半"), "pass",
          ("一半", "38.21亿元", "77.9亿元")),
    _case("half_of_the_base_altered_subject_fails", _PROFITS.format(profit="49.67", ratio="一半"), "violation",
          ("一半", "49.67亿元", "77.9亿元")),
    _case("fraction_in_words_passes", _PROFITS.format(profit="20.21", ratio="四分之一"), "pass",
          ("四分之一", "20.21亿元", "77.9亿元")),
    _case("fraction_in_words_altered_fails", _PROFITS.format(profit="20.21", ratio="三分之一"), "violation",
          ("三分之一", "20.21亿元", "77.9亿元")),
    # The base is not printed (去年的一半): the two amounts before it are no pair.
    _case("ratio_to_an_unprinted_base_is_not_refuted",
          "星河汽车第三季度营收100.4亿元，净利润20.3亿元，仅为去年同期的一半。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_approx_real_shapes(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
