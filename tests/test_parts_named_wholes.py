"""Breakdowns whose whole is named by the words around the list, not by 其中 or 合计.

A list opened by the whole's name said again (实际销售收入中A…，B…; 交付量包括A的…、B的…) breaks down
the last figure so named: at most all of it. A sentence naming the slices before their figures
(收入主要来源于A、B、其他收入和C) names every slice when one of them is the rest (其他). The five
tiers of loans (正常类 and 关注类 of 正常贷款; 次级类, 可疑类, 损失类 of 不良贷款) are a partition of
the regulator's: a 其中 list naming every tier makes its whole, and short of it is a warning.
A balance sheet's assets are its liabilities plus its equity, when one subject's three sides are
printed for one date a few sentences apart (a miss is a warning: a side may be of another scope).
Amounts of a figure's unit listed in a bracket just after it are its slices, at most all of it.
"""

from __future__ import annotations

import pytest


from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

# (text, construction, mode, parts, whole, altered text, the altered figure, its severity)
NAMED_WHOLES = [
    # the whole's name said again before 中, in the sentence after the whole
    ("2019年我国动漫市场实际销售收入达862.4亿元，用户约3.1亿人。报告显示，2019年，我国动漫市场实际销售收入中"
     "电视动画市场实际销售收入512.6亿元，网络动画市场实际销售收入301.5亿元，动漫周边市场实际销售收入48.3亿元。",
     "breakdown-of-a-restated-whole", "at_most", ["512.6亿元", "301.5亿元", "48.3亿元"], "862.4亿元",
     "2019年我国动漫市场实际销售收入达862.4亿元，用户约3.1亿人。报告显示，2019年，我国动漫市场实际销售收入中"
     "电视动画市场实际销售收入666.4亿元，网络动画市场实际销售收入301.5亿元，动漫周边市场实际销售收入48.3亿元。",
     "666.4亿元", "error"),
    # the measure said again before 包括, each slice named by its brand and the company, the list
    # closed by 以及: every slice
    ("车辆交付2024年第二季度为52310辆，较2023年第二季度增长12.4%。交付量包括公司旗下甲品牌的30,120辆汽车、"
     "公司面向家庭的乙品牌的15,460辆汽车以及公司旗下丙品牌的6,730辆汽车。",
     "closed-list-after-includes", "exact", ["30,120辆", "15,460辆", "6,730辆"], "52310辆",
     "车辆交付2024年第二季度为52310辆，较2023年第二季度增长12.4%。交付量包括公司旗下甲品牌的39,156辆汽车、"
     "公司面向家庭的乙品牌的15,460辆汽车以及公司旗下丙品牌的6,730辆汽车。",
     "39,156辆", "error"),
    # slices named before their figures, the rest among them: the whole altered
    ("2023年第二季度，甲科技总收入为86.40亿元，同比下降12.1%。\n\n从收入结构看，甲科技收入主要来源于平台服务收入、"
     "利息收入、其他收入和咨询收入。\n\n二季度，甲科技的平台服务收入为51.20亿元，同比下降10.0%。利息收入为22.70亿元，"
     "同比下降8.0%。其他收入为9.30亿元，同比下降5.0%。咨询收入为3.20亿元，同比增长2.0%。",
     "slices-named-with-the-rest", "exact", ["51.20亿元", "22.70亿元", "9.30亿元", "3.20亿元"], "86.40亿元",
     "2023年第二季度，甲科技总收入为112.32亿元，同比下降12.1%。\n\n从收入结构看，甲科技收入主要来源于平台服务收入、"
     "利息收入、其他收入和咨询收入。\n\n二季度，甲科技的平台服务收入为51.20亿元，同比下降10.0%。利息收入为22.70亿元，"
     "同比下降8.0%。其他收入为9.30亿元，同比下降5.0%。咨询收入为3.20亿元，同比增长2.0%。",
     "112.32亿元", "warning"),
    # the two tiers of 正常贷款: the whole altered
    ("二季度末，农村商业银行正常贷款余额58.6万亿元，其中正常类贷款余额56.9万亿元，关注类贷款余额1.7万亿元。",
     "qizhong-list-of-every-member", "exact", ["56.9万亿元", "1.7万亿元"], "58.6万亿元",
     "二季度末，农村商业银行正常贷款余额76.2万亿元，其中正常类贷款余额56.9万亿元，关注类贷款余额1.7万亿元。",
     "76.2万亿元", "warning"),
    # the three tiers of 不良贷款, in traditional characters: a tier altered past the whole
    ("年末，銀行不良貸款餘額3.12萬億元，其中次級類貸款1.20萬億元，可疑類貸款1.15萬億元，損失類貸款0.77萬億元。",
     "qizhong-list-of-every-member", "exact", ["1.20萬億元", "1.15萬億元", "0.77萬億元"], "3.12萬億元",
     "年末，銀行不良貸款餘額3.12萬億元，其中次級類貸款1.56萬億元，可疑類貸款1.15萬億元，損失類貸款0.77萬億元。",
     "1.56萬億元", "error"),
    # amounts of the figure's unit in a bracket just after it
    ("截至2023年末，划入资金累计5,210.40亿元，其中：预算拨款2,001.10亿元，转持资金和股份1,902.50亿元(减持资金"
     "610.20亿元，境内转持股票820.10亿元，境外转持股票472.20亿元)，彩票公益金1,306.80亿元。",
     "breakdown-in-brackets", "at_most", ["610.20亿元", "820.10亿元", "472.20亿元"], "1,902.50亿元",
     "截至2023年末，划入资金累计5,210.40亿元，其中：预算拨款2,001.10亿元，转持资金和股份1,902.50亿元(减持资金"
     "610.20亿元，境内转持股票1,066.13亿元，境外转持股票472.20亿元)，彩票公益金1,306.80亿元。",
     "1,066.13亿元", "error"),
    # two small slices printed as one (A和B合计…) are one more slice, not the list's sum
    ("2023年末，基金权益总额为4,120.60亿元，其中，累计净拨入2,010.30亿元，累计增值余额2,110.30亿元(其中累计收入余额"
     "2,098.20亿元，基金公积和报表折算差额合计12.10亿元)。",
     "breakdown-after-qizhong", "at_most", ["2,098.20亿元", "12.10亿元"], "2,110.30亿元",
     "2023年末，基金权益总额为4,120.60亿元，其中，累计净拨入2,010.30亿元，累计增值余额2,110.30亿元(其中累计收入余额"
     "2,098.20亿元，基金公积和报表折算差额合计43.73亿元)。",
     "43.73亿元", "error"),
    # the three sides of a balance sheet, the assets' own breakdown between them: the equity altered
    ("2023年末，甲基金资产总额8,412.30亿元。其中：直接投资资产3,100.10亿元，委托投资资产5,312.20亿元。2023年末，"
     "甲基金负债余额1,205.70亿元，主要是短期负债。2023年末，甲基金权益总额为7,206.60亿元。",
     "balance-sheet-identity", "exact", ["1,205.70亿元", "7,206.60亿元"], "8,412.30亿元",
     "2023年末，甲基金资产总额8,412.30亿元。其中：直接投资资产3,100.10亿元，委托投资资产5,312.20亿元。2023年末，"
     "甲基金负债余额1,205.70亿元，主要是短期负债。2023年末，甲基金权益总额为9,368.58亿元。",
     "9,368.58亿元", "warning"),
    # in one sentence, 净资产 for the equity
    ("截至2023年末，公司总资产512.4亿元，总负债301.2亿元，净资产211.2亿元。",
     "balance-sheet-identity", "exact", ["301.2亿元", "211.2亿元"], "512.4亿元",
     "截至2023年末，公司总资产666.1亿元，总负债301.2亿元，净资产211.2亿元。",
     "666.1亿元", "warning"),
]


_IDS = [f"{case[1]}-{i}" for i, case in enumerate(NAMED_WHOLES)]


@pytest.mark.parametrize("text, construction, mode, parts, whole, altered, figure, severity", NAMED_WHOLES, ids=_IDS)
def test_list_is_read_against_the_whole_its_words_name(tmp_path, text, construction, mode, parts, whole, altered,
                                                       figure, severity):
    assert (construction, mode, parts, whole) in breakdowns(write_article(tmp_path, text))


@pytest.mark.parametrize("text, construction, mode, parts, whole, altered, figure, severity", NAMED_WHOLES, ids=_IDS)
def test_list_passes_as_printed_and_is_reported_at_the_altered_figure(tmp_path, text, construction, mode, parts,
                                                                      whole, altered, figure, severity):
    assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, severity)


@pytest.mark.parametrize("text", [
    # slices named before their figures without the rest may be the main ones only
    "2023年第二季度，甲科技总收入为112.32亿元，同比下降12.1%。\n\n从收入结构看，甲科技收入主要来源于平台服务收入、"
    "利息收入和咨询收入。\n\n二季度，甲科技的平台服务收入为51.20亿元。利息收入为22.70亿元。咨询收入为3.20亿元。",
    # a name before 包括 that shares no word with the figure before it is no restated whole
    "公司全年营收80.5亿元，同比增长6.0%。研发投入包括人员费用33.1亿元、材料费用52.4亿元。",
    # 中 of 中国 after a name is no opener
    "2023年全球动漫市场实际销售收入达862.4亿元。全球动漫市场实际销售收入中国市场实际销售收入912.6亿元。",
    # a name before 中 sharing only its last two characters with the whole is not the whole's
    "2023年，公司营业收入862.4亿元。海外业务收入中欧洲市场收入912.6亿元，美洲市场收入101.5亿元。",
    # a bracket of another period, or of what the figure includes, is no list of its slices
    "2023年，公司营收1,902.50亿元(上年同期1,610.20亿元，前年1,420.10亿元)。",
    "2023年，公司营收1,902.50亿元(含税收入1,610.20亿元，其他收入320.10亿元)。",
    # the parent's equity leaves the minority out: no side of the identity
    "截至2023年末，公司总资产512.4亿元，总负债301.2亿元，归属于母公司股东权益185.0亿元。",
    # a change of the assets is no level
    "截至2023年末，公司总资产较年初增加51.2亿元，总负债301.2亿元，净资产211.2亿元。",
    # the sides of two subjects
    "截至2023年末，甲银行总资产512.4亿元，乙银行总负债301.2亿元，乙银行净资产111.2亿元。",
])
def test_lists_not_opened_by_the_wholes_name_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text))
