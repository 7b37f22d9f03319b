"""其中 lists whose shape shows they name every slice, though no word says 合计 or 分为.

An enumeration after a colon (其中：A…，B…，C…), a list with a slice below zero, a list ending
with the rest (其他…), a list naming every member of one of the regulator's partitions and the
counts of the two sides of one outcome (98家盈利，8家亏损) make up their whole. Parts past the whole are an error as in any list; parts short of it are a
warning (the writer may still have left a slice out). A 其中 list without such a shape may name
only the main slices: parts short of the whole are no finding.
"""

from __future__ import annotations

import pytest


from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns, parts_sum_checks

# (text, construction, parts, whole, altered text, the altered figure, its severity)
COMPLETE_LISTS = [
    # an enumeration after a colon: the whole altered
    ("2022年，划入养老储备基金的资金共计288.40亿元，其中：预算拨款60亿元，彩票公益金226.95亿元，划转股票1.45亿元。",
     "enumeration-after-a-colon", ["60亿元", "226.95亿元", "1.45亿元"], "288.40亿元",
     "2022年，划入养老储备基金的资金共计374.92亿元，其中：预算拨款60亿元，彩票公益金226.95亿元，划转股票1.45亿元。",
     "374.92亿元", "warning"),
    # the same in traditional characters, with a half-width colon and spaces
    ("2022年，撥入儲備基金的資金 512.30 億元，其中: 預算撥款 120.10 億元，彩票公益金 392.20 億元。",
     "enumeration-after-a-colon", ["120.10 億元", "392.20 億元"], "512.30 億元",
     "2022年，撥入儲備基金的資金 512.30 億元，其中: 預算撥款 156.13 億元，彩票公益金 392.20 億元。",
     "156.13 億元", "error"),
    # a slice below zero: the whole altered
    ("2023年，养老基金投资收益额842.16亿元，投资收益率3.12%。其中，已实现收益额1,305.40亿元，"
     "交易性资产公允价值变动额-463.24亿元。",
     "breakdown-with-a-slice-below-zero", ["1,305.40亿元", "-463.24亿元"], "842.16亿元",
     "2023年，养老基金投资收益额1094.81亿元，投资收益率3.12%。其中，已实现收益额1,305.40亿元，"
     "交易性资产公允价值变动额-463.24亿元。", "1094.81亿元", "warning"),
    # a slice below zero: the loss altered, so the parts fall short
    ("上半年，集团投资收益额56.30亿元。其中，已实现收益78.10亿元，公允价值变动损益-21.80亿元。",
     "breakdown-with-a-slice-below-zero", ["78.10亿元", "-21.80亿元"], "56.30亿元",
     "上半年，集团投资收益额56.30亿元。其中，已实现收益78.10亿元，公允价值变动损益-28.34亿元。",
     "-28.34亿元", "warning"),
    # every member of the regulator's partition, after 其中 in the same sentence
    ("前三季度，保险业保险金额6120.35万亿元，其中，产险公司保险金额5388.14万亿元；人身险公司本年累计新增保险金额"
     "732.21万亿元。",
     "qizhong-list-of-every-member", ["5388.14万亿元", "732.21万亿元"], "6120.35万亿元",
     "前三季度，保险业保险金额7956.46万亿元，其中，产险公司保险金额5388.14万亿元；人身险公司本年累计新增保险金额"
     "732.21万亿元。", "7956.46万亿元", "warning"),
    # counts of the two sides of one outcome among a counted population
    ("2022年，82家基金公司中，61家基金公司实现了投资正收益，21家基金公司投资亏损。",
     "counts-of-opposite-outcomes", ["61家", "21家"], "82家",
     "2022年，107家基金公司中，61家基金公司实现了投资正收益，21家基金公司投资亏损。", "107家", "warning"),
    ("截至收盘，40只成分股中，26只股票上涨，14只下跌。",
     "counts-of-opposite-outcomes", ["26只", "14只"], "40只",
     "截至收盘，40只成分股中，34只股票上涨，14只下跌。", "34只", "error"),
    # a list ending with the rest
    ("2023年，公司营业收入412.6亿元，其中，电池业务收入280.4亿元，储能业务收入98.7亿元，其他业务收入33.5亿元。",
     "list-ending-with-the-rest", ["280.4亿元", "98.7亿元", "33.5亿元"], "412.6亿元",
     "2023年，公司营业收入536.4亿元，其中，电池业务收入280.4亿元，储能业务收入98.7亿元，其他业务收入33.5亿元。",
     "536.4亿元", "warning"),
]


_IDS = [f"{case[1]}-{i}" for i, case in enumerate(COMPLETE_LISTS)]


@pytest.mark.parametrize("text, construction, parts, whole, altered, figure, severity", COMPLETE_LISTS, ids=_IDS)
def test_complete_list_is_read_as_making_its_whole(tmp_path, text, construction, parts, whole, altered, figure,
                                                   severity):
    assert (construction, "exact", parts, whole) in breakdowns(write_article(tmp_path, text))


@pytest.mark.parametrize("text, construction, parts, whole, altered, figure, severity", COMPLETE_LISTS, ids=_IDS)
def test_complete_list_passes_as_printed_and_is_reported_at_the_altered_figure(tmp_path, text, construction, parts,
                                                                               whole, altered, figure, severity):
    assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, severity)


@pytest.mark.parametrize("text", [
    # 其中 without a colon may list the main slices only
    "2023年，公司营业收入536.4亿元，其中，电池业务收入280.4亿元，储能业务收入98.7亿元。",
    # two of the regulator's three kinds of business: not every member
    "前三季度，保险业保费收入6120.35亿元，其中，产险业务保费收入1388.14亿元；寿险业务保费收入3732.21亿元。",
    # an enumeration of two measures after a colon: revenue and a profit are no slices of one whole
    "2023年，公司营业收入100.0亿元，其中：主营业务收入95.0亿元，净利润8.0亿元。",
    # counts of two outcomes that are not opposite: a firm may have both
    "2023年，95家基金公司中，61家基金公司营收增长，21家基金公司净利润增长。",
    # the rest named in a two-part list that falls short is the existing 其余 reading, not this one
    "2023年，公司营业收入536.4亿元，其中，电池业务收入280.4亿元，储能业务收入98.7亿元，新业务收入3.5亿元。",
])
def test_lists_that_may_name_the_main_slices_only_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text))


_TWICE = ("2021年末，养老基金资产总额12,480.50亿元。其中：直接投资资产4,120.30亿元，占养老基金资产总额的33.01%；"
          "委托投资资产8,360.20亿元，占养老基金资产总额的66.99%。境内投资资产{domestic}亿元，占养老基金资产总额的88.16%；"
          "境外投资资产1,478.10亿元，占养老基金资产总额的11.84%。")


def test_a_total_broken_down_twice_by_shares_closing_at_a_hundred_makes_twobreakdowns(tmp_path):
    checks = parts_sum_checks(write_article(tmp_path, _TWICE.format(domestic="11,002.40")))
    assert any(check.outcome == "pass" and {"11,002.40亿元", "1,478.10亿元", "12,480.50亿元"}
               <= {loc.text for loc in check.locations} for check in checks), [c.message for c in checks]
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]
    altered = parts_sum_checks(write_article(tmp_path, _TWICE.format(domestic="14,303.12"), "altered"))
    assert any(check.outcome == "violation" and "14,303.12亿元" in {loc.text for loc in check.locations}
               for check in altered), [c.message for c in altered]


def test_shares_of_one_total_that_close_only_in_part_make_no_breakdown(tmp_path):
    text = ("2021年末，养老基金资产总额12,480.50亿元。直接投资资产4,120.30亿元，占养老基金资产总额的33.01%；"
            "委托投资资产8,360.20亿元，占养老基金资产总额的66.99%。境内投资资产9,002.40亿元，占养老基金资产总额的72.13%。")
    checks = parts_sum_checks(write_article(tmp_path, text))
    assert not any("9,002.40亿元" in {loc.text for loc in check.locations} for check in checks), \
        [c.message for c in checks]
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]


_POPULATION = ("截至3月5日，沪深两市共{total}家上市公司发布了业绩快报。营业收入最高的是甲公司。增幅方面，{grew}家公司营业收入"
               "同比增长。\n\n利润方面，公布业绩快报公司中，{profit}家公司实现盈利，净利润在百亿元以上的有9家。")


def test_later_counts_of_a_counted_population_are_within_it(tmp_path):
    checks = parts_sum_checks(write_article(tmp_path, _POPULATION.format(total=88, grew=71, profit=85)))
    for count in ("71家", "85家", "9家"):
        assert any(check.outcome == "pass" and {count, "88家"} <= {loc.text for loc in check.locations}
                   for check in checks), [c.message for c in checks]
    altered = parts_sum_checks(write_article(tmp_path, _POPULATION.format(total=88, grew=71, profit=114), "altered"))
    assert any(check.outcome == "violation" and check.severity == "warning"
               and "114家" in {loc.text for loc in check.locations} for check in altered), [c.message for c in altered]


@pytest.mark.parametrize("text", [
    # a count of another kind of member
    "沪深两市共88家上市公司发布了业绩快报，其中有120家机构参与调研。",
    # a later population of its own: its counts are not the first one's
    "沪深两市共88家上市公司发布了业绩快报。创业板共140家公司发布了年报，112家公司实现盈利。",
])
def test_counts_of_other_members_are_not_within_the_population(tmp_path, text):
    checks = parts_sum_checks(write_article(tmp_path, text))
    assert not any("88家" in {loc.text for loc in check.locations} and len(check.locations) == 2
                   and check.outcome == "violation" for check in checks), [c.message for c in checks]
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]
