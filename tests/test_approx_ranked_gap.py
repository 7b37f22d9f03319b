"""approximate-wording: a gap said of the first and the second of a ranking its sentence prints
in order (甲（139.75亿元）、乙（80.89亿元）、丙（78.29亿元）排名前三……与第二名拉开近60亿的差距) is
their difference, found by their places, so an altered gap is a warning (sentences written here,
with invented companies and figures)."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "approximate-wording"
_PUBLISHED = "2022-06-17 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="2021年券商投资收入排名", published=_PUBLISHED)


_RANKING = ("具体来看，北辰证券（{first}亿元）、临江证券（{second}亿元）、南屏证券（41.06亿元）的2021年投资收入排名前三，"
            "北辰证券稳居行业第一并与第二名拉开近{gap}亿的差距。")

CASES = [
    _case("gap_of_the_first_two_passes", _RANKING.format(first="96.42", second="52.17", gap="45"), "pass",
          ("45亿", "96.42亿元", "52.17亿元")),
    _case("gap_altered_is_a_warning", _RANKING.format(first="96.42", second="52.17", gap="58"), "violation",
          ("58亿", "96.42亿元", "52.17亿元")),
]

SILENT = [
    # Amounts not in falling order are no ranking printed in its order.
    _case("amounts_out_of_order_are_no_ranking",
          "北辰证券（52.17亿元）、临江证券（96.42亿元）的投资收入居前，北辰证券与第二名拉开近58亿的差距。", "silent"),
    # A gap that names no second place may be between any two.
    _case("a_gap_without_second_place_is_not_ranked",
          "北辰证券（96.42亿元）、临江证券（52.17亿元）、南屏证券（41.06亿元）排名前三，三者合计拉开近58亿的差距。",
          "silent"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_approx_ranked_gap(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
