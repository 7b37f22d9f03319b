"""A share that moved (占营业收入的比重由上年的28.4%提升至31.5%): the start is the year before's share,
never this year's share of the part before it; the level it moved to is. Sentences written here,
with invented companies and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "share-of-total"
_PUBLISHED = "2024-03-30 19:00:00 +0800"
_TEXT = ("2023年，启明电子实现营业收入312.7亿元，其中海外收入98.5亿元，占营业收入的比重{start}的28.4%提升至{share}%。")


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="启明电子年报点评", published=_PUBLISHED)


CASES = [
    _case("the_level_reached_passes", _TEXT.format(start="由上年", share="31.5"), "pass",
          ("98.5亿元", "312.7亿元", "31.5%")),
    _case("the_level_reached_altered_fails", _TEXT.format(start="由上年", share="41.0"), "violation", ("41.0%",)),
    # 从2022年的: whatever reads the move, the start is not checked as this year's share.
    _case("the_start_from_a_named_year_is_no_share_of_this_year", _TEXT.format(start="从2022年", share="31.5"), "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_share_moved_from_last_year(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
