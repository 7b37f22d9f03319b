"""A balance's prior value named by its date alone: 总资产1.2万亿元，同比增长10.1%，上年末为1.09万亿元.

上年末为 works like 上年同期为: the figure after it is the measure just printed, at the end of
the year before. A balance an annual report prints for its year is the balance at that year's
end, so 2022年末's value is the prior of the 2023 one.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the

TITLE = "西岭银行2023年年报"
PUBLISHED = "2024-03-28 10:00:00 +0800"


@pytest.mark.parametrize("sentence, level, prior, key", [
    ("2023年，西岭银行资产总额达2.46万亿元，同比增长8.6%，上年末为2.27万亿元。", "2.46万亿元", "2.27万亿元", "总资产"),
    ("截至2023年末，西岭银行存款余额为1.62万亿元，较上年末增长9.5%，上年末为1.48万亿元。", "1.62万亿元", "1.48万亿元", "存款"),
])
def test_the_prior_year_ends_value_measures_the_balance_before_it(tmp_path, sentence, level, prior, key):
    extraction = article(tmp_path, sentence, title=TITLE, published=PUBLISHED)
    assert the(extraction, level).metric_key == the(extraction, prior).metric_key == key
    assert the(extraction, prior).period in ("2022", "2022-12-31")


def test_a_year_end_prior_checks_the_rate(tmp_path):
    text = "2023年，西岭银行资产总额达2.46万亿元，同比增长8.6%，上年末为2.27万亿元。"
    case = one_article_case("growth-prior", "year-end-prior", text, "pass", ("2.46万亿元", "8.6%", "2.27万亿元"),
                            title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_an_altered_year_end_prior_is_caught(tmp_path):
    text = "2023年，西岭银行资产总额达2.46万亿元，同比增长8.6%，上年末为2.95万亿元。"
    case = one_article_case("growth-prior", "year-end-prior-altered", text, "violation",
                            ("2.46万亿元", "8.6%", "2.95万亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_year_end_value_with_nothing_before_it_borrows_no_measure(tmp_path):
    extraction = article(tmp_path, "西岭银行今年新开网点12家。上年末为1.09万亿元。", title=TITLE, published=PUBLISHED)
    assert the(extraction, "1.09万亿元").metric_key != the(extraction, "12家").metric_key
