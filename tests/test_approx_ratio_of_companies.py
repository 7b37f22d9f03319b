"""approximate-wording: a ratio in words between two companies named in its clause (净利润接近乙的
两倍; 净利润仅为乙银行的一半) against each company's figure of the measure the clause names
(sentences written here, with invented companies and figures). The figures are found by company,
measure and period, so their quotient can prove the ratio wrong; a measure the article prints
with two values for a company, or not at all, pairs nothing."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, covers_as_printed, one_article_case

RULE = "approximate-wording"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="消费金融公司2023年业绩对比",
                            published="2024-05-10 10:00:00 +0800")


_TWICE = ("2023年，星河消费金融实现营业收入182.3亿元，净利润{subject}亿元，同比增长5%。"
          "晨光消费金融2023年实现净利润19.10亿元，同比增长8%。"
          "对比来看，星河消费金融的资产总额超过了远航消费金融、晨光消费金融的总资产之和，净利润接近晨光消费金融的两倍。")
_HALF = ("2023年，远山银行实现净利润{subject}亿元，同比增长3%。同年，青松银行实现净利润90.08亿元。"
         "远山银行规模居同业第五，净利润仅为青松银行的一半。")

CASES = [
    _case("twice_the_other_company_s_measure_passes", _TWICE.format(subject="36.40"),
          "pass", ("两倍", "36.40亿元", "19.10亿元")),
    _case("far_more_than_twice_is_a_warning", _TWICE.format(subject="52.00"),
          "violation", ("两倍", "52.00亿元", "19.10亿元")),
    _case("half_the_other_company_s_measure_passes", _HALF.format(subject="45.53"),
          "pass", ("一半", "45.53亿元", "90.08亿元")),
    _case("far_less_than_half_is_a_warning", _HALF.format(subject="30.12"),
          "violation", ("一半", "30.12亿元", "90.08亿元")),
]

SILENT = [
    # The base company's measure printed with two values: which one is meant is not told.
    _case("two_values_of_the_base_measure_pair_nothing",
          "2023年，星河消费金融实现净利润52.00亿元。晨光消费金融2023年实现净利润19.10亿元。"
          "另据其年报，晨光消费金融2023年净利润为27.30亿元。"
          "对比来看，星河消费金融净利润接近晨光消费金融的两倍。", "silent"),
    # The clause names a measure the article prints for neither company.
    _case("a_measure_printed_for_neither_pairs_nothing",
          "2023年，星河消费金融实现净利润52.00亿元。晨光消费金融2023年实现净利润19.10亿元。"
          "对比来看，星河消费金融的贷款余额接近晨光消费金融的两倍。", "silent"),
    # The base company's figure is of another year.
    _case("a_figure_of_another_year_pairs_nothing",
          "2023年，星河消费金融实现净利润52.00亿元。2022年，晨光消费金融实现净利润19.10亿元。"
          "2023年，星河消费金融净利润接近晨光消费金融的两倍。", "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_ratio_of_companies(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path, covers_as_printed)
