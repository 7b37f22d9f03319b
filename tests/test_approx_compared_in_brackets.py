"""approximate-wording: a figure said to pass another printed in brackets after its name
(出口额为86.3亿美元，超过对欧出口额（79.4亿美元）; 低于…（…）), or another subject its sentence
printed with a figure before (甲以1419亿元位居榜首……合计达1347亿元，不及甲一家), is compared with
it by place, so an altered figure on either side is a warning (sentences written here, with
invented figures)."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "approximate-wording"
_PUBLISHED = "2024-07-15 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="6月外贸数据点评", published=_PUBLISHED)


_MORE = "6月对东盟出口额为{first}亿美元，超过对欧出口额（{second}亿美元），创下近两年来的最高值。"
_LESS = "上半年南岭港集装箱吞吐量为{first}万标箱，低于去年同期（{second}万标箱）。"

CASES = [
    _case("larger_as_said_passes", _MORE.format(first="86.3", second="79.4"), "pass", ("86.3亿美元", "79.4亿美元")),
    _case("bracketed_figure_raised_past_is_a_warning", _MORE.format(first="86.3", second="103.2"), "violation",
          ("86.3亿美元", "103.2亿美元")),
    _case("smaller_as_said_passes", _LESS.format(first="412.6", second="436.1"), "pass", ("412.6万标箱", "436.1万标箱")),
    _case("figure_raised_past_what_it_is_below_is_a_warning", _LESS.format(first="536.4", second="436.1"),
          "violation", ("536.4万标箱", "436.1万标箱")),
]

# The other subject named with its figure earlier in the sentence (甲以1419亿元位居榜首……不及甲一家).
_NAMED = ("星河集团以{first}亿元位居榜首，远山科技、青松控股、北斗电子、晨光网络紧随其后，"
          "4家研发投入合计达{second}亿元，不及星河集团一家。")

CASES += [
    _case("less_than_a_named_subject_as_said_passes", _NAMED.format(first="1419", second="1347"), "pass",
          ("1419亿元", "1347亿元")),
    _case("a_named_subject_lowered_under_the_sum_is_a_warning", _NAMED.format(first="1219", second="1347"),
          "violation", ("1219亿元", "1347亿元")),
]

SILENT = [
    # The name is not printed before with a figure of its own: nothing to compare with.
    _case("a_name_without_a_figure_is_not_compared",
          "远山科技、青松控股紧随其后，2家研发投入合计达1347亿元，不及星河集团一家。", "silent"),
    # Two figures of other units are not compared.
    _case("other_units_are_not_compared", "6月对东盟出口额为86.3亿美元，超过对欧出口量（103.2万吨）。", "silent"),
    # A clause between the figure and the comparison: the comparison may be of something else.
    _case("a_clause_between_is_not_compared",
          "6月对东盟出口额为86.3亿美元，同比增长5%，增速超过对欧出口额（103.2亿美元）的增速。", "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_compared_in_brackets(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
