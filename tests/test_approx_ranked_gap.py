"""approximate-wording: a gap said of the first and the second of a ranking its sentence prints
in order (甲（139.75亿元）、乙（80.89亿元）、丙（78.29亿元）排名前三……与第二名拉开近60亿的差距) is
their difference, found by their places, so an altered gap is a warning; a lead printing only
the first's amount (甲以139.75亿收入居首位，比第二名超出约60亿) takes the second from the ranking
that opens with that amount later in the article (sentences written here, with invented
companies and figures)."""

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

# The lead prints only the first's amount; the ranking comes later in the article.
_LEAD = ("自营收入方面，北辰证券以{first}亿收入居首位，比第二名超出约{gap}亿；临江证券位居第二。"
         "投资收入排名前十的券商中，九家实现了同比增长。"
         "具体来看，北辰证券（96.42亿元）、临江证券（52.17亿元）、南屏证券（41.06亿元）的2021年投资收入排名前三。")

CASES += [
    _case("gap_to_the_second_of_a_later_ranking_passes", _LEAD.format(first="96.42", gap="45"), "pass",
          ("45亿", "96.42亿", "52.17亿元")),
    _case("gap_to_the_second_of_a_later_ranking_altered_is_a_warning", _LEAD.format(first="96.42", gap="58"),
          "violation", ("58亿", "96.42亿", "52.17亿元")),
]

SILENT = [
    # No ranking opens with the first's amount: the second is not known.
    _case("no_ranking_opening_with_the_first_s_amount",
          "北辰证券以96.42亿收入居首位，比第二名超出约58亿。"
          "具体来看，临江证券（52.17亿元）、南屏证券（41.06亿元）排名其后。", "silent"),
    # Two rankings opening with the first's amount name two seconds.
    _case("two_rankings_naming_two_seconds",
          "北辰证券以96.42亿收入居首位，比第二名超出约58亿。"
          "按投资收入，北辰证券（96.42亿元）、临江证券（52.17亿元）居前。"
          "按自营收入，北辰证券（96.42亿元）、南屏证券（31.06亿元）居前。", "silent"),
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
