"""Slices whose names alone would keep them out of the sum, and lines of an operating revenue.

累计投资收益余额 is a balance at a date, not a period's profit that other slices' losses could
outweigh: a 其中 list of balances adds up to its whole. A financial firm's lines of income printed
after its 营业收入 (利息净收入, 手续费及佣金净收入, 代理买卖证券业务净收入, 手续费收入) are slices of it,
of its period and company — at most all of it, and since a line the list leaves out (公允价值变动,
汇兑损益) may be a loss, lines past the revenue are a warning.
"""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

# (text, construction, mode, parts, whole, altered text, the altered figure, its severity)
CASES = [
    # balances after 其中: a slice altered past its whole
    ("2023年末，乙账户基金权益812.40亿元，其中，委托本金余额430.15亿元，累计投资收益余额382.25亿元。",
     "breakdown-after-qizhong", "at_most", ["430.15亿元", "382.25亿元"], "812.40亿元",
     "2023年末，乙账户基金权益812.40亿元，其中，委托本金余额559.20亿元，累计投资收益余额382.25亿元。",
     "559.20亿元", "error"),
    # a futures industry's month: revenue, then its fee income in the same sentence
    ("2023年5月，全国120家期货公司净利润8.12亿元，环比减少12.10%；营业收入31.46亿元，环比减少9.80%；手续费收入"
     "22.05亿元，环比减少7.42%。",
     "lines-of-operating-revenue", "at_most", ["22.05亿元"], "31.46亿元",
     "2023年5月，全国120家期货公司净利润8.12亿元，环比减少12.10%；营业收入31.46亿元，环比减少9.80%；手续费收入"
     "41.05亿元，环比减少7.42%。",
     "41.05亿元", "warning"),
    # a bank's year: the revenue, a word on its make-up in the next paragraph, then two lines
    ("丙银行2023年报显示，该行去年营收为410.52亿元，同比增长9.10%；同期净利润为120.30亿元。\n\n从收入结构来看，"
     "银行的营业收入主要包括利息净收入、手续费及佣金净收入以及投资收益等。去年丙银行全年实现净利息收入288.61亿元，"
     "同比增长11.20%；实现手续费及佣金净收入41.07亿元，同比增长6.30%。",
     "lines-of-operating-revenue", "at_most", ["288.61亿元", "41.07亿元"], "410.52亿元",
     "丙银行2023年报显示，该行去年营收为410.52亿元，同比增长9.10%；同期净利润为120.30亿元。\n\n从收入结构来看，"
     "银行的营业收入主要包括利息净收入、手续费及佣金净收入以及投资收益等。去年丙银行全年实现净利息收入375.19亿元，"
     "同比增长11.20%；实现手续费及佣金净收入41.07亿元，同比增长6.30%。",
     "375.19亿元", "warning"),
    # a broker industry's half year: investment income, then the business lines, sentences after
    ("丁行业统计，证券公司2023年上半年度实现营业收入1820.40亿元，同比减少8.10%。2023年上半年证券公司的证券投资"
     "收益310.20亿元，同比下滑21.30%。其他各主营业务收入变化不大，代理买卖证券业务净收入501.30亿元、证券承销与保荐"
     "业务净收入230.10亿元、资产管理业务净收入121.70亿元、利息净收入260.40亿元。",
     "lines-of-operating-revenue", "at_most",
     ["310.20亿元", "501.30亿元", "230.10亿元", "121.70亿元", "260.40亿元"], "1820.40亿元",
     "丁行业统计，证券公司2023年上半年度实现营业收入1820.40亿元，同比减少8.10%。2023年上半年证券公司的证券投资"
     "收益310.20亿元，同比下滑21.30%。其他各主营业务收入变化不大，代理买卖证券业务净收入1201.30亿元、证券承销与保荐"
     "业务净收入230.10亿元、资产管理业务净收入121.70亿元、利息净收入260.40亿元。",
     "1201.30亿元", "warning"),
]

_IDS = [f"{case[1]}-{i}" for i, case in enumerate(CASES)]


@pytest.mark.parametrize("text, construction, mode, parts, whole, altered, figure, severity", CASES, ids=_IDS)
def test_slices_are_read_against_their_whole(tmp_path, text, construction, mode, parts, whole, altered, figure,
                                             severity):
    assert (construction, mode, parts, whole) in breakdowns(write_article(tmp_path, text))


@pytest.mark.parametrize("text, construction, mode, parts, whole, altered, figure, severity", CASES, ids=_IDS)
def test_slices_pass_as_printed_and_are_reported_at_the_altered_figure(tmp_path, text, construction, mode, parts,
                                                                       whole, altered, figure, severity):
    assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, severity)


@pytest.mark.parametrize("text", [
    # a bank's gross interest income is taken back by its interest expense: no line of its revenue
    "2023年，戊银行营业收入520.10亿元，同比增长3.20%；利息收入980.40亿元，同比增长5.10%。",
    # an industrial firm books its investment income below its revenue
    "2023年，己控股营业收入12.30亿元，同比下降4.00%；投资收益45.60亿元，同比增长30.10%。",
    # lines of another period than the revenue's
    "2023年10月，全国期货公司营业收入31.46亿元，环比减少9.80%。2023年1-10月，全国期货公司手续费收入253.79亿元，"
    "同比增长12.40%。",
    # a business line's revenue is no operating revenue of the firm
    "2023年，庚证券投行业务营收20.10亿元，同比下降3.00%；经纪业务净收入35.20亿元，同比下降6.00%。",
    # a profit after 其中 is no balance, however its slices' losses stand
    "2023年，辛集团净利润12.40亿元，其中，甲业务净利润15.10亿元，乙业务净利润8.30亿元。",
])
def test_figures_that_are_no_lines_of_the_whole_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text))
