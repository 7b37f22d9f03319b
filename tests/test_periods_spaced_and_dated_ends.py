"""Period markers printed with spaces (machine-translated releases: 2022 年 1-6 月, 截至 2023 年
9 月 30 日) and the "to" of a from→to change that prints its own year."""

from __future__ import annotations

import pytest

from tests.test_extract import article, the


@pytest.mark.parametrize("printed, period", [
    ("2022 年 1-6 月", "2022H1"),
    ("2022年 1-9 月", "2022Q1-Q3"),
    ("2022 年1-10月", "2022M1-M10"),
    ("截至 2022 年 9 月 30 日", "2022-09-30"),
    ("截至2022 年 12 月 31 日", "2022-12-31"),
    ("2022 年 6 月末", "2022-06-30"),
])
def test_a_spaced_period_marker_is_read(tmp_path, printed, period):
    extraction = article(tmp_path, f"报告显示，{printed}，星途游戏实际销售收入为 312.45 亿元。",
                         title="星途游戏业绩报告", published="2023-01-20 10:00:00 +0800")
    assert the(extraction, "312.45 亿元").period == period


@pytest.mark.parametrize("verb", ["缩减至", "下降至", "增长到", "降至"])
def test_a_to_that_prints_its_own_year_keeps_it(tmp_path, verb):
    extraction = article(
        tmp_path,
        f"招股书显示，其管理费用从2019年的3.18亿元，{verb}2021年的2.46亿元；研发费用从2019年的0.52亿元{verb}2020年的0.61亿元。",
        title="迅达物流招股书解读", published="2022-06-20 10:00:00 +0800")
    assert the(extraction, "3.18亿元").period == "2019"
    assert the(extraction, "2.46亿元").period == "2021"
    assert the(extraction, "0.52亿元").period == "2019"
    assert the(extraction, "0.61亿元").period == "2020"


def test_a_to_without_a_date_takes_the_period_where_its_from_began(tmp_path):
    extraction = article(tmp_path, "2021年，优质客户从594家增长到796家。", title="锦程银行2021年年报")
    assert the(extraction, "796家").period == "2021"


@pytest.mark.parametrize("title, period", [
    ("10 月新能源汽车配套电机装机量达 31.6 万台", "2021M10"),
    ("10月新能源汽车配套电机装机量达31.6万台", "2021M10"),
    ("1-10月全国服务进出口总额4.1万亿元", "2021M1-M10"),
])
def test_a_monthly_headline_without_a_year_names_the_report_period(tmp_path, title, period):
    extraction = article(tmp_path, "据悉，永磁同步电机共配套 285,412 台，环比下降 9.2%。",
                         title=title, published="2021-11-23 10:00:00 +0800")
    assert extraction.report_period == period
    assert the(extraction, "285,412 台").period == period


def test_a_spaced_month_is_read(tmp_path):
    extraction = article(tmp_path, "据悉，10 月交流异步电机共配套 6,842 台，环比下降 21.4%。",
                         title="新能源汽车电机装机量", published="2021-11-23 10:00:00 +0800")
    assert the(extraction, "6,842 台").period == "2021M10"


@pytest.mark.parametrize("part", ["其中，6月当月", "其中6月份", "其中：第二季度"])
def test_a_stretch_opened_by_qizhong_does_not_carry_to_the_next_sentence(tmp_path, part):
    extraction = article(
        tmp_path,
        f"1-6月，某省地方政府债券到期偿还本金1862亿元。{part}到期偿还本金530亿元。发行再融资债券偿还本金1544亿元、"
        "安排财政资金等偿还本金318亿元。",
        title="上半年地方政府债券发行情况", published="2021-07-20 10:00:00 +0800")
    assert the(extraction, "1862亿元").period == "2021H1"
    assert the(extraction, "1544亿元").period == "2021H1"
    assert the(extraction, "318亿元").period == "2021H1"
