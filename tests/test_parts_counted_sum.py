"""parts-sum: a sum clause that says how many clauses it adds (两者合计, 三项合计, 二者共计) after a
list of one-figure clauses. Sentences written here, with invented companies and figures: the
named number of clauses before it make the sum; an altered sum fails; when the clauses before
are more or fewer than it counts, nothing is summed."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "parts-sum"
_PUBLISHED = "2024-04-26 20:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="溪山食品年报点评", published=_PUBLISHED)


CASES = [
    _case("two_clauses_and_their_sum_pass",
          "分产品看，溪山酱油实现收入58.32亿元，溪山蚝油实现收入16.05亿元，两者合计74.37亿元。", "pass",
          ("58.32亿元", "16.05亿元", "74.37亿元")),
    _case("an_altered_sum_fails",
          "分产品看，溪山酱油实现收入58.32亿元，溪山蚝油实现收入16.05亿元，两者合计96.68亿元。", "violation",
          ("96.68亿元",)),
    _case("three_counted_after_three_clauses",
          "华东地区收入21.4亿元，华南地区收入17.9亿元，华北地区收入12.2亿元，三者合计51.5亿元。", "pass",
          ("21.4亿元", "17.9亿元", "12.2亿元", "51.5亿元")),
    # Three clauses before 二者合计: which two it adds is not said.
    _case("two_counted_after_three_clauses_is_not_summed",
          "华东地区收入21.4亿元，华南地区收入17.9亿元，华北地区收入12.2亿元，二者合计30.1亿元。", "silent"),
    _case("three_counted_after_two_clauses_is_not_summed",
          "华南地区收入17.9亿元，华北地区收入12.2亿元，三者合计51.5亿元。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_parts_counted_sum(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
