"""approximate-wording: a bound said of each of several subjects (…均超过四分之一) against
each subject's figure in a ranked list or in brackets (sentences written here, with invented
companies and figures). A bound every subject meets passes, one a subject misses is a
warning at that subject's figure, and lists that state something else stay unrefuted."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, covers_as_printed

RULE = "approximate-wording"
_PUBLISHED = "2022-06-17 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": text, "title": "2021年券商业绩排名出炉", "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


_RANKED = (
    "从境外业务收入占比来看，东岳证券和南屏证券2家公司海外营收占比均超过{bound}，此外西陵证券和北辰证券2家公司的海外营收也超过了一成。"
    "具体来看，排名前3分别是东岳证券（{first}%）、南屏证券（{second}%）和西陵证券（16.64%）。"
    "北辰证券境外子公司收入占比达14.17%，排在第4。"
)
_BRACKETED = "截至2021年末，北辰证券（{first}亿元）和临江证券（{second}亿元）的总资产均超过六千亿。"

CASES = [
    _case("each_subject_above_the_bound_passes", _RANKED.format(bound="四分之一", first="27.54", second="25.83"),
          "pass", ("四分之一", "25.83%")),
    _case("a_subject_below_the_bound_is_a_warning", _RANKED.format(bound="四分之一", first="23.54", second="20.83"),
          "violation", ("四分之一", "20.83%")),
    _case("the_other_subject_below_the_bound_is_a_warning", _RANKED.format(bound="四分之一", first="23.54", second="20.83"),
          "violation", ("四分之一", "23.54%")),
    _case("second_clause_subject_passes", _RANKED.format(bound="四分之一", first="27.54", second="25.83"),
          "pass", ("一成", "16.64%")),
    _case("subject_named_in_its_own_sentence_passes", _RANKED.format(bound="四分之一", first="27.54", second="25.83"),
          "pass", ("一成", "14.17%")),
    _case("bracketed_subjects_above_the_bound_pass", _BRACKETED.format(first="6415", second="6109"),
          "pass", ("六千亿", "6109亿元")),
    _case("bracketed_subject_below_the_bound_is_a_warning", _BRACKETED.format(first="6415", second="5891"),
          "violation", ("六千亿", "5891亿元")),
]

SILENT = [
    # 合计: the bound is of the sum, not of each.
    _case("a_total_of_the_subjects_is_not_each",
          "北辰证券（4415亿元）和临江证券（3109亿元）的总资产合计超过六千亿。", "silent"),
    # A gap in a later clause is no bound on the subjects listed before it.
    _case("a_gap_after_a_ranked_list_is_not_each",
          "具体来看，北辰证券（139.75亿元）、临江证券（80.89亿元）、南屏证券（78.29亿元）排名前三，"
          "北辰稳居第一并与第二名拉开近60亿的差距。", "silent"),
    # A name sharing its last characters with a subject's (东岳证券, 南岳证券) is another subject.
    _case("a_like_named_company_is_another_subject",
          "东岳证券和南屏证券的海外营收占比均超过四分之一。排名第四至第六的是：北岳证券（20.1%）、西陵证券（18.2%）。",
          "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_each_subject(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path, covers_as_printed)


# A title restating a body figure in round words or with fewer digits, paired by its measure
# (the metric phrases share a measure word) so that an altered title is judged.
def _titled(name: str, title: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": text, "title": title, "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


_INCOME_BODY = "数据显示，2021年公司实现投资收益额2263.40亿元，同比增长8.2%。"
_MOTOR_BODY = "2021年10月新能源汽车配套驱动电机装机数量为417,385台，同比增长96.1%。"

TITLES = [
    _titled("title_bound_of_the_body_measure_passes", "华宁保险年度投资收益超2260亿元", _INCOME_BODY, "pass",
            ("2260亿元", "2263.40亿元")),
    _titled("title_bound_altered_is_a_warning", "华宁保险年度投资收益超2940亿元", _INCOME_BODY, "violation",
            ("2940亿元", "2263.40亿元")),
    _titled("title_with_fewer_digits_altered_is_a_warning", "10月新能源汽车配套驱动电机装机量达54.3万台", _MOTOR_BODY,
            "violation", ("54.3万台", "417,385台")),
]

TITLES_SILENT = [
    # The body prints two values of measures the title's phrase shares a word with.
    _titled("two_values_of_the_measure_are_not_paired", "华宁保险年度投资收益超2940亿元",
            "2021年公司实现投资收益额2263.40亿元，其中权益类投资收益额1652.11亿元。", "silent"),
    # A figure in brackets after a name is another subject's.
    _titled("bracketed_figure_of_another_subject_is_not_paired", "星河游戏机累计销量超1.35亿台",
            "星河游戏机累计销量已超过月光游戏机（1.01亿台）和晨曦游戏机（1.02亿台）。", "silent"),
    # A wording in the body is left to the pairings by key and by value.
    _titled("body_wording_is_not_paired_by_its_measure_word", "星河科技2021年业绩",
            "星河科技净收入增长3%。其中星河音乐净收入为20亿元，按年增长约5%。", "silent"),
]


@pytest.mark.parametrize("case", TITLES + TITLES_SILENT, ids=[case.name for case in TITLES + TITLES_SILENT])
def test_title_paired_by_its_measure(case: RuleCase, tmp_path):
    test_approx_each_subject(case, tmp_path)
