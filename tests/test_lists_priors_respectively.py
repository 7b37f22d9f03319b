"""A list of levels, their changes and their priors (分别为9.85%和13.42%，较上年末分别上升0.23个百分点和
0.31个百分点，上年末分别为9.62%和13.11%): the second change is measured from the same date as the first,
and each prior is its item's measure a year end (or, after 上年同期, a year) before. Sentences
written here, with invented banks and figures."""

from __future__ import annotations

from tests.rule_cases import one_article_case, assert_case_holds
from tests.test_extract import article, the

PUBLISHED = "2024-03-28 20:00:00 +0800"
TITLE = "临川银行2023年报"
TEXT = ("截至2023年末，临川银行核心一级资本充足率和资本充足率分别为9.85%和13.42%，较上年末分别上升0.23个百分点和"
        "0.31个百分点，上年末分别为9.62%和{second}%。")


def test_each_prior_is_its_items_measure_a_year_end_before(tmp_path):
    extraction = article(tmp_path, TEXT.format(second="13.11"), title=TITLE, published=PUBLISHED)
    first, second = the(extraction, "9.62%"), the(extraction, "13.11%")
    assert (first.metric_key, first.period) == (the(extraction, "9.85%").metric_key, "2022-12-31")
    assert (second.metric_key, second.period) == (the(extraction, "13.42%").metric_key, "2022-12-31")
    assert the(extraction, "0.31个百分点").basis == the(extraction, "0.23个百分点").basis == "较年初"


def test_a_listed_prior_checks_its_point_change(tmp_path):
    for second, expect in (("13.11", "pass"), ("13.71", "violation")):
        case = one_article_case("point-change", f"prior_{second}", TEXT.format(second=second), expect,
                                ("13.42%", f"{second}%"), title=TITLE, published=PUBLISHED)
        (tmp_path / second).mkdir()
        assert_case_holds(case, tmp_path / second)


def test_a_year_ago_list_of_priors(tmp_path):
    extraction = article(tmp_path, "2023年，临川银行营业收入和净利润分别为286.5亿元和98.2亿元，上年同期分别为270.1亿元和90.6亿元。",
                         title=TITLE, published=PUBLISHED)
    assert the(extraction, "270.1亿元").period == "2022"
    assert the(extraction, "90.6亿元").metric_key == the(extraction, "98.2亿元").metric_key
