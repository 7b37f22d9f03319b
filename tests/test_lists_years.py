"""分别 lists over a run of years: each value gets its own year."""

from __future__ import annotations

import pytest

from tests.test_extract import article, the


def test_year_range_gives_each_value_its_year(tmp_path):
    extraction = article(tmp_path, "招股书显示，2017-2020年，飞鸿物流取得收入分别为3.20亿元，4.00亿元，4.40亿元，5.50亿元。",
                         title="飞鸿物流递表")
    assert [the(extraction, text).period for text in ("3.20亿元", "4.00亿元", "4.40亿元", "5.50亿元")] == [
        "2017", "2018", "2019", "2020"]


def test_year_range_printed_with_two_years_and_a_mixed_list(tmp_path):
    extraction = article(tmp_path, "2016年-2019年，NORTHGO营收分别是0.9亿元、1.35亿元和1.7亿元，2.45亿元。",
                         title="远帆物流递表")
    assert [the(extraction, text).period for text in ("0.9亿元", "1.35亿元", "1.7亿元", "2.45亿元")] == [
        "2016", "2017", "2018", "2019"]


def test_year_range_after_the_subject(tmp_path):
    extraction = article(tmp_path, "远帆物流2017-2020年分别亏损5.10亿元，1.20亿元，3.30亿元，4.40亿元，合计亏损14.00亿元。",
                         title="远帆物流递表")
    assert the(extraction, "5.10亿元").period == "2017"
    assert the(extraction, "4.40亿元").period == "2020"


def test_listed_years_give_each_growth_its_year(tmp_path):
    extraction = article(tmp_path, "2017-2020年，飞鸿物流取得收入分别为3.20亿元，4.00亿元，4.40亿元，5.50亿元；"
                                   "其中，2018年、2019年、2020年分别同比增长25.00%，10.00%，25.00%。",
                         title="飞鸿物流递表")
    growths = [claim for claim in extraction.claims if claim.kind == "growth"]
    assert [claim.period for claim in growths] == ["2018", "2019", "2020"]


def test_year_range_that_is_not_one_value_a_year_gives_no_years(tmp_path):
    extraction = article(tmp_path, "2017-2020年，华远物流与金帆物流累计亏损分别为3.2亿元和4.1亿元。",
                         title="物流行业盘点")
    assert the(extraction, "3.2亿元").period not in ("2017", "2018", "2019")
    assert the(extraction, "4.1亿元").period not in ("2017", "2018", "2019")


def test_year_end_range_is_not_a_run_of_years(tmp_path):
    extraction = article(tmp_path, "2019-2020年末，华远银行不良贷款率分别为1.52%和1.41%。", title="华远银行年报")
    assert the(extraction, "1.52%").period != "2019"


def test_listed_periods_take_the_measure_just_printed(tmp_path):
    extraction = article(tmp_path, "2023年第二季度毛利率为18.4%，2022年第二季度及2023年第一季度分别为15.1%及17.6%。",
                         title="云帆汽车2023年第二季度业绩")
    assert the(extraction, "15.1%").period == "2022Q2" and the(extraction, "17.6%").period == "2023Q1"
    assert the(extraction, "15.1%").metric_key == the(extraction, "18.4%").metric_key == "毛利率"
    assert the(extraction, "17.6%").metric_key == "毛利率"


def test_year_range_before_as_many_named_items_gives_them_out(tmp_path):
    extraction = article(tmp_path, "2017-2020年，东岳银行、西川银行、南桥银行和北塘银行累计净利润分别为"
                                   "120亿元、98亿元、87亿元和65亿元。", title="城商行盘点")
    assert the(extraction, "98亿元").entity == "西川银行"
    assert the(extraction, "98亿元").period != "2018"


def test_year_range_in_years_of_account(tmp_path):
    extraction = article(tmp_path, "2018至2020年度，远帆物流营收分别为2.10亿元、2.60亿元、3.05亿元。", title="远帆物流递表")
    assert [the(extraction, text).period for text in ("2.10亿元", "2.60亿元", "3.05亿元")] == ["2018", "2019", "2020"]


YEAR_RUNS = [
    "2018-2020年，远帆物流营收分别为2.10亿元、2.60亿元、3.05亿元。",
    "2018-2020年，远帆物流营收分别为 2.10 亿元、2.60 亿元和 3.05 亿元。",
    "2018年至2020年，遠帆物流營收分別為2.10億元、2.60億元及3.05億元。",
    "远帆物流2018~2020年营收分别是2.10亿元，2.60亿元，3.05亿元。",
]


@pytest.mark.parametrize("text", YEAR_RUNS, ids=[str(i) for i in range(len(YEAR_RUNS))])
def test_year_runs_as_printed(tmp_path, text):
    extraction = article(tmp_path, text, title="远帆物流递表")
    values = [claim for claim in extraction.claims if claim.kind == "figure" and claim.source == "body"]
    assert [claim.period for claim in values] == ["2018", "2019", "2020"]
