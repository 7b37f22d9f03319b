"""A change named by its rate's noun right before the figure (年增率为36.5%, 同比增幅分别为18.2%和25.6%,
降幅达12%) is a growth of the level before it; 年增率 is against the year before and 月增率 the month
before. A compound or average rate (复合增长率, 年均增速) spans years and is not. Sentences written here,
with invented companies and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case
from tests.test_extract import article, the

PUBLISHED = "2024-10-10 18:00:00 +0800"
TITLE = "启明电子9月营收"


def test_a_yearly_rate_noun_is_a_growth_of_the_level_before(tmp_path):
    extraction = article(tmp_path, "启明电子9月营收为新台币318.6亿元，年增率为24.2%，月增率为-3.1%。",
                         title=TITLE, published=PUBLISHED)
    yearly, monthly = the(extraction, "24.2%"), the(extraction, "-3.1%")
    assert (yearly.kind, yearly.basis, yearly.of_claim) == ("growth", "同比", the(extraction, "318.6亿元").id)
    assert (monthly.kind, monthly.basis) == ("growth", "环比")


def test_listed_rates_go_to_their_levels(tmp_path):
    extraction = article(tmp_path, "前三季度，启明电子营收和净利润分别为456.2亿元和23.4亿元，同比增幅分别为18.2%和25.6%。",
                         title=TITLE, published=PUBLISHED)
    assert the(extraction, "18.2%").of_claim == the(extraction, "456.2亿元").id
    assert the(extraction, "25.6%").of_claim == the(extraction, "23.4亿元").id
    assert the(extraction, "25.6%").basis == "同比"


def test_a_fall_named_by_its_noun_is_negative(tmp_path):
    extraction = article(tmp_path, "10月，启明电子出货量为1.26亿颗，同比降幅为8.4%。", title=TITLE, published=PUBLISHED)
    assert (the(extraction, "8.4%").kind, the(extraction, "8.4%").direction) == ("growth", "down")


@pytest.mark.parametrize("words", ["复合增长率为", "年均增速为", "两年平均增长率为"])
def test_compound_and_average_rates_are_not_a_years_growth(tmp_path, words):
    extraction = article(tmp_path, f"2020-2023年，启明电子营收由210.5亿元增至318.6亿元，{words}14.8%。",
                         title=TITLE, published=PUBLISHED)
    assert not (the(extraction, "14.8%").kind == "growth" and the(extraction, "14.8%").basis == "同比")


@pytest.mark.parametrize("rate, expect", [("24.2", "pass"), ("31.5", "violation")])
def test_a_named_rate_is_checked_against_its_prior(tmp_path, rate, expect):
    text = f"启明电子9月营收为新台币318.6亿元，年增率为{rate}%，去年同期为256.5亿元。"
    case = one_article_case("growth-prior", f"rate_{rate}", text, expect, (f"{rate}%",), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)
