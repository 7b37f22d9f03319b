"""而2022年同期为人民币3.81亿元: the same stretch in that year, even when the sentence names no
stretch before it (a bullet under a heading of the quarter): the article's own stretch."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the

TITLE = "星桥集团公布2023年第三季度未经审计财务业绩"
PUBLISHED = "2023-11-20 10:00:00 +0800"
BULLET = "· 净利润为人民币5.03亿元（6,894万美元），而2022年同期为人民币{prior}，同比增长32.0%。"


def test_the_years_same_period_is_the_articles_stretch_in_that_year(tmp_path):
    extraction = article(tmp_path, BULLET.format(prior="3.81亿元"), title=TITLE, published=PUBLISHED)
    assert the(extraction, "3.81亿元").period == "2022Q3"
    assert the(extraction, "3.81亿元").metric_key == the(extraction, "5.03亿元").metric_key


def test_the_rate_is_checked_against_it(tmp_path):
    case = one_article_case("growth-prior", "year-same-period", BULLET.format(prior="3.81亿元"), "pass",
                            ("5.03亿元", "32.0%", "3.81亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_prior_the_rate_does_not_give_is_caught(tmp_path):
    case = one_article_case("growth-prior", "year-same-period-altered", BULLET.format(prior="4.95亿元"), "violation",
                            ("5.03亿元", "32.0%", "4.95亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)
