"""approximate-wording: a share in words that names no total (占比超过66%), listed in its sentence
with other parts and their shares: when the precise shares are each their part over the sum of
the listed parts, that sum is the whole, and the bound is judged against its part over it
(sentences written here, with invented companies and figures)."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "approximate-wording"
_PUBLISHED = "2025-09-02 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="星海电器半年报点评", published=_PUBLISHED)


_SEGMENTS = ("分产品看，智能家电板块依旧是星海电器最大收入贡献单元，上半年完成收入{first}亿元，占比超过{bound}%，增长11.3%；"
             "其次是楼宇科技板块，实现营收{second}亿元，增长18.8%，占比{second_share}%；"
             "其他业务也有{third}亿元收入，增长9%，占比{third_share}%。")

CASES = [
    _case("bound_of_the_listed_whole_passes",
          _SEGMENTS.format(first="900", bound="60", second="430", second_share="29.7", third="120", third_share="8.3"),
          "pass", ("60%", "900亿元")),
    _case("bound_raised_past_its_part_is_a_warning",
          _SEGMENTS.format(first="900", bound="78", second="430", second_share="29.7", third="120", third_share="8.3"),
          "violation", ("78%", "900亿元")),
]

SILENT = [
    # The precise shares are not their parts over the listed sum: the list is not the whole.
    _case("shares_of_another_whole_are_not_used",
          _SEGMENTS.format(first="900", bound="78", second="430", second_share="21.4", third="120", third_share="5.8"),
          "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_listed_shares(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
