"""A flattened table row (毛利率 37.0% 38.5% (1.5)個百分點) is a label and its cells, not a line of
words: is_table_row says so for a rule that looks for headline lines among the body's lines, so a
row's second cell (the year before) is never read as a headline's figure."""

from __future__ import annotations

import pytest

from validator.tables import is_table_row


@pytest.mark.parametrize("line", [
    "毛利率 37.0% 38.5% (1.5)個百分點",
    "收入 3 2,345.6 2,101.3 11.6%",
    "营业收入(亿元) １５６．２３ １３８．９０ １２．４８％",
    "归属于上市公司股东的净利润 (12,345.67) (18,765.43) 不适用",
    "加权平均净资产收益率 3.21% 2.98% 增加0.23个百分点",
])
def test_a_flattened_row_is_a_table_row(line):
    assert is_table_row(line)


@pytest.mark.parametrize("line", [
    "蓝海物流一季度营收123.45亿元",
    "明途出行Q3营收同比增长21.3%",
    "公司营收增长12.5% 净利润增长8.1%",
    "2024年营收 100.5 亿元",
    "毛利率 — 40.0%",
])
def test_a_headline_or_a_lone_cell_is_not(line):
    assert not is_table_row(line)
