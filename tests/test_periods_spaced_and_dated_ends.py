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
