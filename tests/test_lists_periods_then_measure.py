"""一季度、二季度、三季度营收分别为A、B、C: the last item of a list of periods names the measure
they share, and each value is its own period's."""

from __future__ import annotations

import pytest

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the

TITLE = "云溪科技前三季度营收增长12.5%"
PUBLISHED = "2023-10-28 10:00:00 +0800"


def test_each_quarter_gets_its_value_and_the_shared_measure(tmp_path):
    extraction = article(tmp_path, "云溪科技一季度、二季度、三季度营收分别为21.4亿元、24.6亿元、26.3亿元。",
                         title=TITLE, published=PUBLISHED)
    figures = [the(extraction, text) for text in ("21.4亿元", "24.6亿元", "26.3亿元")]
    assert [figure.period for figure in figures] == ["2023Q1", "2023Q2", "2023Q3"]
    assert {figure.metric_key for figure in figures} == {"营收"}


def test_years_with_the_measure_after_the_last_one(tmp_path):
    extraction = article(tmp_path, "与之对比，2021年和2022年全年的北向资金净流入分别为4322.07亿元和900.17亿元。",
                         title="北向资金年内净流入创新高", published="2023-08-02 10:00:00 +0800")
    first, second = the(extraction, "4322.07亿元"), the(extraction, "900.17亿元")
    assert (first.period, second.period) == ("2021", "2022")
    assert first.metric_key == second.metric_key and "和" not in first.metric_key


def test_the_quarters_sum_to_the_stretch(tmp_path):
    text = ("云溪科技前三季度实现营业收入72.3亿元，同比增长12.5%。\n"
            "公司一季度、二季度、三季度营收分别为21.4亿元、24.6亿元、26.3亿元。")
    case = one_article_case("period-sum", "quarters-listed", text, "pass",
                            ("21.4亿元", "24.6亿元", "26.3亿元", "72.3亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_quarter_that_does_not_add_up_is_caught(tmp_path):
    text = ("云溪科技前三季度实现营业收入72.3亿元，同比增长12.5%。\n"
            "公司一季度、二季度、三季度营收分别为21.4亿元、24.6亿元、34.2亿元。")
    case = one_article_case("period-sum", "quarters-listed-altered", text, "violation",
                            ("21.4亿元", "24.6亿元", "34.2亿元", "72.3亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


@pytest.mark.parametrize("sentence", [
    "云溪科技、星河科技营收分别为21.4亿元、24.6亿元。",
    "公司一季度、二季度营收及净利润分别为21.4亿元、24.6亿元。",
])
def test_a_list_of_other_items_is_not_read_as_periods(tmp_path, sentence):
    extraction = article(tmp_path, sentence, title=TITLE, published=PUBLISHED)
    assert the(extraction, "21.4亿元").period != "2023Q1" or the(extraction, "24.6亿元").period != "2023Q2"


def test_each_month_of_a_list_gets_its_month(tmp_path):
    extraction = article(tmp_path, "北辰汽车第三季度共交付新车41,958辆。其中，7月、8月、9月分别交付12,035辆、13,507辆、16,416辆。",
                         title="北辰汽车三季度交付新车4.2万辆", published="2023-10-02 10:00:00 +0800")
    assert [the(extraction, text).period for text in ("12,035辆", "13,507辆", "16,416辆")] == [
        "2023M7", "2023M8", "2023M9"]


def test_a_list_of_months_that_does_not_add_up_is_caught(tmp_path):
    text = "北辰汽车第三季度共交付新车41,958辆。其中，7月、8月、9月分别交付12,035辆、13,507辆、21,341辆。"
    case = one_article_case("period-sum", "months-listed-altered", text, "violation",
                            ("12,035辆", "13,507辆", "21,341辆", "41,958辆"), title="北辰汽车三季度交付新车4.2万辆",
                            published="2023-10-02 10:00:00 +0800")
    assert_case_holds(case, tmp_path)
