"""The baseline of a comparison is the same measure at the date the comparison names.

汽车销售额为86.2亿元，比2022年第四季度的人民币41.3亿元增长了108.7%: 41.3亿元 is 汽车销售额 of
2022Q4, not a figure of its own measure 比 in the quarter in force; a change after it is the
current figure's. A second baseline after the first (较2023年第三季度的X和2022年同期的Y增加了4.3%)
leaves the first its own basis.
"""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the

TITLE = "远帆汽车2023年第四季度财报"
PUBLISHED = "2024-02-28 10:00:00 +0800"
TWO_BASELINES = ("2023年第四季度的汽车销售额为人民币86.2亿元，比2022年第四季度的人民币41.3亿元增长了108.7%，"
                 "较2023年第三季度的人民币70.5亿元增长了22.3%。")


def test_each_baseline_is_the_measure_at_its_date(tmp_path):
    extraction = article(tmp_path, TWO_BASELINES, title=TITLE, published=PUBLISHED)
    current, year_before, quarter_before = (the(extraction, text) for text in ("86.2亿元", "41.3亿元", "70.5亿元"))
    assert current.metric_key == year_before.metric_key == quarter_before.metric_key
    assert (year_before.period, quarter_before.period) == ("2022Q4", "2023Q3")


def test_the_changes_after_the_baselines_are_the_current_figures(tmp_path):
    extraction = article(tmp_path, TWO_BASELINES, title=TITLE, published=PUBLISHED)
    current = the(extraction, "86.2亿元")
    for rate in ("108.7%", "22.3%"):
        assert the(extraction, rate).of_claim == current.id
        assert the(extraction, rate).period == "2023Q4"


def test_a_baseline_after_a_space_reads_alike(tmp_path):
    spaced = "2023 年第四季度的汽车销售额为人民币 86.2 亿元，较 2023 年第三季度的人民币 70.5 亿元增加 22.3%。"
    extraction = article(tmp_path, spaced, title=TITLE, published=PUBLISHED)
    assert the(extraction, "70.5 亿元").period == "2023Q3"
    assert the(extraction, "70.5 亿元").metric_key == the(extraction, "86.2 亿元").metric_key


LISTED = "2023年第四季度服务的借款人数量为1,230,456人，较2023年第三季度的{first}和2022年同期的1,050,000人增加了4.3%。"


def test_a_rate_after_two_baselines_is_read_against_the_first(tmp_path):
    case = one_article_case("growth-prior", "two-baselines", LISTED.format(first="1,180,220人"), "pass",
                            ("1,230,456人", "1,180,220人", "4.3%"), title="远帆数科2023年第四季度业绩",
                            published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_first_baseline_the_rate_does_not_give_is_caught(tmp_path):
    case = one_article_case("growth-prior", "two-baselines-altered", LISTED.format(first="1,534,286人"),
                            "violation", ("1,230,456人", "1,534,286人", "4.3%"), title="远帆数科2023年第四季度业绩",
                            published=PUBLISHED)
    assert_case_holds(case, tmp_path)
