"""An enumeration after 包括： and a chain of deductions to a net.

After 包括：, each slice opens its clause (after a ； or a sentence stop) with a name of the first
slice's head (权益, 资产), and a list nested in a slice (其中…) stays that slice's: the colon says the
enumeration is whole, so slices past the whole are an error and short of it a warning. A sentence
that opens with 扣除, lists one amount a clause and ends with a net (净…) says the gross printed
first in the sentence before, less the amounts, is the net; the gross is found by nearness, so a
miss is a warning.
"""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

_ENUMERATION = ("2023年末，丙基金权益总额为6,402.10亿元，包括：丙全国基金权益5,880.40亿元，其中，累计净拨入2,310.20亿元，"
                "累计增值余额3,570.20亿元。丙个人账户基金权益{part}亿元，其中，委托本金余额300.10亿元，累计收益余额221.60亿元。")
_DEDUCTIONS = ("截至2023年末，财政性拨入戊基金资金和股份累计5,120.40亿元，其中：预算拨款2,001.10亿元，彩票公益金3,119.30亿元。"
               "扣除履行减持义务累计减少国有股8.20亿元，划缴中央财政3.10亿元，中央财政净拨入戊基金累计{net}亿元。")

# (text, construction, mode, parts, whole, altered text, the altered figure, its severity)
CASES = [
    # across a sentence stop, a 其中 list nested in each slice: a slice raised past the whole
    (_ENUMERATION.format(part="521.70"), "enumeration-after-includes", "exact", ["5,880.40亿元", "521.70亿元"],
     "6,402.10亿元", _ENUMERATION.format(part="678.21"), "678.21亿元", "error"),
    # in one sentence after a ；: the whole raised, the slices short of it
    ("截至2023年末，丁公司资产总额为820.50亿元，包括：流动资产310.20亿元；非流动资产510.30亿元。",
     "enumeration-after-includes", "exact", ["310.20亿元", "510.30亿元"], "820.50亿元",
     "截至2023年末，丁公司资产总额为1066.65亿元，包括：流动资产310.20亿元；非流动资产510.30亿元。",
     "1066.65亿元", "warning"),
    # the net after the amounts taken off the gross of the sentence before
    (_DEDUCTIONS.format(net="5,109.10"), "deductions-to-a-net", "exact", ["5,109.10亿元", "8.20亿元", "3.10亿元"],
     "5,120.40亿元", _DEDUCTIONS.format(net="6,641.83"), "6,641.83亿元", "warning"),
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
    # 包括 without a colon names what the figure covers, not its every slice
    "2023年，己公司收入80.50亿元，包括游戏收入50.10亿元，广告收入12.30亿元。",
    # a clause after the first slice that names another head ends the enumeration
    "2023年末，庚基金权益总额为900.00亿元，包括：甲权益500.00亿元。乙负债120.00亿元，同比增长3.00%。",
    # a net of another measure than the sentence before's first figure
    "2023年，辛公司全年销售额120.30亿元，同比增长8.00%。扣除退货3.10亿元，净利润8.20亿元。",
    # a net whose amounts are not one a clause
    "2023年，壬基金拨入资金累计900.10亿元。扣除减少国有股8.20亿元和划缴3.10亿元，净拨入累计888.80亿元。",
])
def test_words_that_state_no_enumeration_or_deduction_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "enumeration-after-includes", "deductions-to-a-net")


_SEGMENT_LINES = ("2023财年第二季度，庚公司营收{whole}亿美元，同比增长6.1%，营业利润12.4亿美元。\n\n庚公司2023财年Q2收入剖析：\n\n"
                  "硬件：24.6亿美元，占比51%\n\n软件：14.2亿美元，占比30%\n\n服务：7.1亿美元，占比15%\n\n授权：2.0亿美元，占比4%\n")


def test_lines_of_slices_with_shares_closing_at_a_hundred_make_the_figure_before_their_heading(tmp_path):
    found = breakdowns(write_article(tmp_path, _SEGMENT_LINES.format(whole="47.9")))
    assert ("slices-with-shares-under-a-heading", "exact", ["24.6亿美元", "14.2亿美元", "7.1亿美元", "2.0亿美元"],
            "47.9亿美元") in found


def test_lines_of_slices_under_a_heading_pass_and_a_whole_raised_is_a_warning(tmp_path):
    assert_passes_and_is_caught(tmp_path, _SEGMENT_LINES.format(whole="47.9"),
                                ["24.6亿美元", "14.2亿美元", "7.1亿美元", "2.0亿美元"], "47.9亿美元",
                                _SEGMENT_LINES.format(whole="62.3"), "62.3亿美元", "warning")


@pytest.mark.parametrize("text", [
    # shares that do not close at 100%: the main slices only
    "2023年，辛公司营收80.0亿美元。\n\n辛公司收入剖析：\n\n硬件：30.0亿美元，占比38%\n\n软件：20.0亿美元，占比25%\n",
    # a heading naming another measure than the figure before it
    "2023年，辛公司营收80.0亿美元。\n\n辛公司成本构成：\n\n材料：60.0亿美元，占比60%\n\n人工：40.0亿美元，占比40%\n",
])
def test_lines_under_a_heading_that_make_no_whole_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "slices-with-shares-under-a-heading")


_CLOSED = ("在交付方面，2023年第二季度，丙公司的汽车交付量为{whole}辆，其中包括5120辆A6、2210辆 A8和34辆C6，"
           "而2022年第二季度的汽车交付量为4102辆。")
_CLOSED_RESTATED = ("车辆交付2024年第二季度为{whole}辆，较2023年第二季度增长12.4%。交付量包括公司旗下甲品牌的30,120辆汽车、"
                    "公司面向家庭的乙品牌的15,460辆汽车以及公司旗下丙品牌的6,730辆汽车。")


@pytest.mark.parametrize("text, parts, whole, altered, figure", [
    (_CLOSED.format(whole="7364"), ["5120辆", "2210辆", "34辆"], "7364辆", _CLOSED.format(whole="9573"), "9573辆"),
    (_CLOSED_RESTATED.format(whole="52310"), ["30,120辆", "15,460辆", "6,730辆"], "52310辆",
     _CLOSED_RESTATED.format(whole="68003"), "68003辆"),
])
def test_a_closed_list_after_includes_names_every_slice(tmp_path, text, parts, whole, altered, figure):
    assert ("closed-list-after-includes", "exact", parts, whole) in breakdowns(write_article(tmp_path, text))
    assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, "warning")


@pytest.mark.parametrize("text", [
    # 等 leaves the list open
    "2023年第二季度，丙公司的汽车交付量为9573辆，其中包括5120辆A6、2210辆 A8和34辆C6等车型。",
    # no closing joint
    "2023年第二季度，丙公司的汽车交付量为9573辆，其中包括5120辆A6、2210辆 A8、34辆C6。",
    # a 其中 list without 包括 need not name every slice
    "2023年第二季度，丙公司的汽车交付量为9573辆，其中5120辆A6、2210辆 A8和34辆C6。",
])
def test_an_open_list_short_of_its_whole_is_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "closed-list-after-includes")


_SEGMENTS = ("丁网（8888）2024年第三季净收入{whole}亿元（人民币，下同），按年升4%。\n\n期内，游戏及相关增值服务净收入达"
             "{first}亿元，按年增长约5.1%。公司解释，按季下降主要由于上一季度暑期活动较多。\n\n其他业务方面，旗下教育平台"
             "「有学」净收入为14亿元，按年增长约12%。丁网云音乐净收入为19亿元，按年增长约4%。包括优选、广告服务等在内的"
             "创新及其他业务录得净收入21亿元，按年减少约3%。")


def test_segments_of_the_measure_closed_by_the_rest_make_the_whole(tmp_path):
    found = breakdowns(write_article(tmp_path, _SEGMENTS.format(whole="243", first="189")))
    assert ("segments-closed-by-the-rest", "exact", ["189亿元", "14亿元", "19亿元", "21亿元"], "243亿元") in found


def test_segments_closed_by_the_rest_pass_and_a_whole_raised_is_a_warning(tmp_path):
    assert_passes_and_is_caught(tmp_path, _SEGMENTS.format(whole="243", first="189"),
                                ["189亿元", "14亿元", "19亿元", "21亿元"], "243亿元",
                                _SEGMENTS.format(whole="316", first="189"), "316亿元", "warning")


@pytest.mark.parametrize("text", [
    # no segment is the rest: the main ones only
    "丁网2024年第三季净收入243亿元。\n\n期内，游戏净收入达189亿元。有学净收入为14亿元。",
    # segments of another quarter than the whole's
    "丁网2024年第三季净收入243亿元。\n\n2024年第二季，游戏净收入达189亿元。其他业务净收入为94亿元。",
])
def test_segments_that_need_not_make_the_whole_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "segments-closed-by-the-rest")


_REPAID = ("数据显示，1-6月，地方政府债券到期偿还本金{whole}亿元。其中，6月当月到期偿还本金3110亿元。"
           "发行再融资债券偿还本金{first}亿元、安排财政资金等偿还本金1840亿元。")


def test_a_list_of_amounts_named_with_one_measure_breaks_down_that_measure_before_it(tmp_path):
    found = breakdowns(write_article(tmp_path, _REPAID.format(whole="12160", first="10320")))
    assert ("segments-listed-with-their-measure", "at_most", ["10320亿元", "1840亿元"], "12160亿元") in found


def test_segments_listed_with_their_measure_past_the_whole_are_a_warning(tmp_path):
    assert_passes_and_is_caught(tmp_path, _REPAID.format(whole="12160", first="10320"), ["10320亿元", "1840亿元"],
                                "12160亿元", _REPAID.format(whole="12160", first="13416"), "13416亿元", "warning")


@pytest.mark.parametrize("text", [
    # the figure of the measure before is a slice of a list of its own, no whole
    "截至2023年末，甲基金直接投资资产3,100.10亿元，委托投资资产5,312.20亿元。境内投资资产7,600.30亿元，境外投资资产"
    "812.00亿元。",
    # the list's names share only a short word (本金)
    "1-6月，偿还本金12160亿元。再融资本金10320亿元、财政本金3840亿元。",
])
def test_lists_of_one_measure_without_a_whole_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "segments-listed-with-their-measure")
