"""approximate-wording: a bound said of subjects one by one (甲证券、乙证券…IT投入占比均超过20%; 丙证券
占比仍不足5%) against their figures in a ranking printed elsewhere in the article, in brackets
after each name (sentences written here, with invented companies and figures). The ranking is
the one sentence printing the most of the subjects, and it must name a measure word of the
bound; a subject printed alone counts only in the two sentences on either side of the bound."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, covers_as_printed, one_article_case

RULE = "approximate-wording"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="2021年券商经营业绩排名出炉",
                            published="2022-06-17 10:00:00 +0800")


_FILLER = ("证券行业对信息技术的投入逐年增长。头部券商也在明显加大投入金额。"
           "北辰证券以21.40亿元信息技术投入金额继续稳居行业第一。")

# Two subjects with 均, their ranking three sentences later.
_TWO = ("东岳证券、南屏证券2021年以真金白银投入金融科技，IT投入占比均超过20%，北辰证券则跌落第三名。" + _FILLER
        + "信息技术投入占营业收入的比例方面，东岳证券（{first}%）、南屏证券（{second}%）位居行业前两名。")
# Four subjects, three of them in a ranking of the fourth to tenth places (two of one value).
_FOUR = ("但北辰证券、临江证券、西陵证券、南屏证券的IT投入占比已连续两年超过10%。" + _FILLER
         + "IT投入占比排名第四至第十的券商分别是：东岳证券（12.82%）、临江证券（{first}%）、西陵证券（{second}%）、"
         "南屏证券（{second}%）、安平证券（9.4%）。")
# One subject, its bracketed figure in the sentence before the bound.
_ONE = ("海外业务营收占比排名第6-10的券商分别是：西陵证券（7.65%）、临江证券（6.02%）、北辰证券（{first}%）。"
        "值得注意的是，海外营收占比排名前10的公司头尾差距明显，东岳证券占比高达23.54%，北辰证券占比仍不足5%。")

CASES = [
    _case("subjects_in_a_later_ranking_above_the_bound_pass", _TWO.format(first="25.61", second="22.40"),
          "pass", ("20%", "22.40%")),
    _case("a_subject_in_a_later_ranking_below_the_bound_is_a_warning", _TWO.format(first="25.61", second="18.40"),
          "violation", ("20%", "18.40%")),
    _case("three_of_four_subjects_ranked_pass", _FOUR.format(first="11.51", second="10.96"),
          "pass", ("10%", "11.51%")),
    _case("a_ranked_subject_of_the_four_below_the_bound_is_a_warning", _FOUR.format(first="11.51", second="9.96"),
          "violation", ("10%", "9.96%")),
    _case("one_subject_ranked_the_sentence_before_passes", _ONE.format(first="4.09"),
          "pass", ("5%", "4.09%")),
    _case("one_subject_ranked_the_sentence_before_above_the_bound_is_a_warning", _ONE.format(first="5.39"),
          "violation", ("5%", "5.39%")),
]

SILENT = [
    # A ranking of another measure (收益 is not 投入) of the same companies.
    _case("a_ranking_of_another_measure_is_not_the_bound_s",
          "东岳证券、南屏证券2021年IT投入占比均超过20%。" + _FILLER
          + "净资产收益率方面，东岳证券（15.2%）、南屏证券（14.8%）位居行业前两名。", "silent"),
    # Two rankings print both subjects: which year the bound is of is not told.
    _case("two_rankings_of_the_subjects_are_not_chosen_between",
          "东岳证券、南屏证券的IT投入占比均超过20%。" + _FILLER
          + "2020年IT投入占比前两名为东岳证券（15.1%）、南屏证券（14.2%）。"
          "2021年IT投入占比前两名为东岳证券（25.6%）、南屏证券（22.4%）。", "silent"),
    # A subject printed alone far from the bound may be of another year or measure.
    _case("one_subject_ranked_far_away_is_not_paired",
          "海外营收占比排名第6-10的券商分别是：西陵证券（7.65%）、北辰证券（5.39%）。" + _FILLER
          + "值得注意的是，北辰证券海外营收占比仍不足5%。", "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_ranked_subjects(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path, covers_as_printed)
