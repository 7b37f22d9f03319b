"""approximate-wording: what the pairing by a measure's key leaves alone (sentences written here,
with invented companies and figures): a key that names no measure (较 left over from 较上一季度的),
and a bound that sets the threshold of a class of companies counted beside it (13股净利润超100亿元;
净利润在百亿元以上的有13家), which says nothing of any one company's figure. A bound of the
article's own subject is still paired, so that an altered one is a warning."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "approximate-wording"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = (), *,
          title: str = "2021年业绩快报一览") -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title=title, published="2022-03-01 09:00:00 +0800")


CASES = [
    _case("a_bound_of_the_subject_altered_is_still_a_warning",
          "2023年，某银行创造了超185亿元的净利润。年报显示，该行2023年实现净利润142.32亿元，同比增长5.1%。",
          "violation", ("185亿元", "142.32亿元")),
]

SILENT = [
    _case("a_key_naming_no_measure_pairs_nothing",
          "在金融机构发放的贷款中，有354.76亿元属于轻资本模式，较2020年同期的人民币181.89亿元增长了95.0%。"
          "该季度通过平台促成的信贷额度约为80亿元，较上一季度的约71亿元增长了12.7%。", "silent"),
    _case("a_class_threshold_in_the_title_is_no_company_s_figure",
          "利润方面，公布业绩快报的公司中，105家公司实现盈利。其中，该公司去年共实现净利润24.29亿元，同比增长186.7%。",
          "silent", title="106股公布2021年业绩快报 13股净利润超100亿元"),
    _case("a_class_threshold_in_the_body_is_no_company_s_figure",
          "利润方面，公布业绩快报的公司中，净利润在百亿元以上的有13家。该公司去年共实现净利润24.29亿元，同比增长186.7%。",
          "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_pairing_guards(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
