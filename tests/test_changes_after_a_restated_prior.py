"""净亏损2.1亿元，上年同期净亏损3.5亿元，亏损同比收窄40%: a change printed after the prior
period's value is still the current figure's change, read against that prior."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the

TITLE = "北川汽车第三季度亏损收窄"
PUBLISHED = "2023-11-02 10:00:00 +0800"
TEXT = "北川汽车第三季度净亏损{current}，上年同期净亏损4.5亿元，亏损同比收窄30%。"


def test_the_change_speaks_of_the_current_figure(tmp_path):
    extraction = article(tmp_path, TEXT.format(current="3.15亿元"), title=TITLE, published=PUBLISHED)
    change = the(extraction, "30%")
    assert change.of_claim == the(extraction, "3.15亿元").id
    assert change.period == "2023Q3"


def test_a_change_that_agrees_with_both_passes(tmp_path):
    case = one_article_case("growth-prior", "restated-prior", TEXT.format(current="3.15亿元"), "pass",
                            ("3.15亿元", "30%", "4.5亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_current_figure_the_change_does_not_give_is_caught(tmp_path):
    case = one_article_case("growth-prior", "restated-prior-altered", TEXT.format(current="4.10亿元"), "violation",
                            ("4.10亿元", "30%", "4.5亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_prior_of_another_measure_is_still_the_level_a_change_follows(tmp_path):
    extraction = article(tmp_path, "北川汽车第三季度营收12.1亿元，上年同期净亏损4.5亿元，同比收窄30%。",
                         title=TITLE, published=PUBLISHED)
    assert the(extraction, "30%").of_claim == the(extraction, "4.5亿元").id
