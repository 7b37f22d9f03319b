"""Subjects read from the text: each construction that introduces a company, with other
companies and numbers than any article, and the things that are not names."""

from __future__ import annotations

import pytest

from validator.entities import (
    is_named,
    named_organisation,
    other_subject,
    refers_back,
    subject_entity,
    unnamed_subject,
)


# --- a company introduces itself ---------------------------------------------------------


@pytest.mark.parametrize("body, subject", [
    ("中国领先的消费信贷平台星辰数科(“星辰数科”或“公司”)(纳斯达克:XCSK)今天公布了其第三季度未经审计的财务业绩。"
     "星辰数科第三季度净收入为31.2亿元。", "星辰数科"),
    ("国内智能座舱领域的先行者远航汽车(「远航汽车」或「本公司」)(纳斯达克:YH;香港交易所:2099)今日公布了第四季度业绩。",
     "远航汽车"),
    ("领先的金融科技平台云帆集团(云帆或公司)(纽约证券交易所代码: YF)今天公布了截至2023年12月31日的财务业绩。",
     "云帆"),
    ("青禾网络科技股份有限公司(以下简称“青禾网络”)发布2022年年报，青禾网络全年营收52亿元。", "青禾网络"),
    ("锦川保险控股有限公司(「本公司」)今日公布2022年全年业绩，锦川保险新业务价值增长12%。",
     "锦川保险"),
    ("证券代码:601999 证券简称:华岭人寿\n华岭人寿保险股份有限公司2023年年度报告摘要", "华岭人寿"),
])
def test_a_self_definition_names_the_subject(body, subject):
    assert subject_entity(None, body) == subject


@pytest.mark.parametrize("body, subject", [
    ("3月20日，鼎泰金科(NYSE:DTJK)公布了其2023年第四季度未经审计的财务业绩。", "鼎泰金科"),
    ("华锦香港(02399)公布中期业绩，期内溢利按年升11%。华锦香港派中期息0.62元。", "华锦香港"),
    ("储能电池厂商晶澜能源(688777.SH)5月6日披露2022年年报，晶澜能源全年净利润增长。", "晶澜能源"),
    ("8月21日，翔宇科技股份有限公司(NASDAQ:XYKJ;HKEX:3999)发布第二季度财务业绩。报告期内，翔宇科技净收入38亿元。",
     "翔宇科技"),
    ("远帆网络(00777.HK)中期纯利增长三成，营业额升两成五。", "远帆网络"),
])
def test_a_listing_names_the_subject(body, subject):
    assert subject_entity(None, body) == subject


def test_a_year_in_brackets_is_not_a_listing():
    assert not is_named(subject_entity(None, "上半年工业经济运行平稳(2019年7月15日)。全国规模以上工业增加值增长6.0%。"))


# --- a headline, a first line, a clause that opens with the name ------------------------


@pytest.mark.parametrize("title, body, subject", [
    ("乐享数科三季度营业收入同比增长8%", "财报显示，乐享数科三季度营业收入为33.8亿元。", "乐享数科"),
    ("康宁生物2023年报：创新药收入大增", "2023年，康宁生物实现营业收入188.6亿元。", "康宁生物"),
    ("【首席观察】北辰保险上半年新业务价值回升", "上半年，北辰保险新业务价值同比增长9%。", "北辰保险"),
    ("破冰跨境托管 云川银行成首家获批资格的城商行", "云川银行去年营业收入为86.3亿元。云川银行净利润增长。", "云川银行"),
])
def test_the_headline_names_the_subject(title, body, subject):
    assert subject_entity(title, body) == subject


def test_a_headline_name_the_body_never_echoes_needs_a_company_ending():
    assert subject_entity("示例银行2021年年报：营收稳步增长", "2021年，某银行营业收入为100亿元。") == "示例银行"
    assert not is_named(subject_entity("科技赋能创新发展：2021年成绩单", "2021年，营业收入为100亿元。"))


def test_a_plain_texts_first_line_is_its_headline_when_the_text_speaks_of_itself():
    body = "锦泰控股2024年中期报告\n董事会宣布本集团截至二零二四年六月三十日止六个月的未经审核业绩。"
    assert subject_entity(None, body) == "锦泰控股"


@pytest.mark.parametrize("body, subject", [
    ("5月16日，纽交所上市的消费金融公司乐享发布2023年第一季度业绩。财报显示，乐享一季度营业收入为31.4亿元。", "乐享"),
    ("日前，星桥公布了第四季度的产销数据。星桥今年第四季度交付9.2万辆。星桥2023年全年交付31万辆。", "星桥"),
    ("财报显示，远山汽车今年前三季度营业收入为96.2亿元。远山汽车第三季度毛利率为18.2%。", "远山汽车"),
])
def test_clauses_opening_with_the_name_name_the_subject(body, subject):
    assert subject_entity(None, body) == subject


# --- not names -----------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "星河日报11月17日讯(记者 李明)11月17日，数据显示，全国新增贷款1.2万亿元。",  # a dateline
    "星河社北京5月20日电 一季度末，商业银行不良贷款率为1.72%。",
    "同比增长12.5%，同比增长8.3%，环比增长2.1%。",  # a verb
    "营业收入2023年为52亿元。营业收入2022年为48亿元。",  # a measure
    "消金公司2022年年报陆续披露。消金公司2022年净利润下降。",  # a kind of company
    "滨江财经晚报2023年5月9日星期二\n推荐阅读：两市成交额回落。",  # a column and its date
])
def test_words_that_are_not_names_are_never_the_subject(body):
    assert not is_named(subject_entity(None, body))


# --- round-ups -----------------------------------------------------------------------------


@pytest.mark.parametrize("title, body", [
    ("5家上市银行三季报：营收普遍回暖", "东岳银行前三季度营业收入96.2亿元。北辰银行前三季度营业收入812.5亿元。"),
    ("六大行2022年合计净利润1.3万亿元", "东岳银行2022年净利润3600亿元。北辰银行2022年净利润3200亿元。"),
    (None, "本周，多家城商行发布半年报。整体来看，5家银行资产质量稳定。其中，东岳银行今年上半年营业收入64.3亿元。"
           "北辰银行今年上半年营业收入512.8亿元。东岳银行总资产增长。"),
    (None, "整体来看，三巨头上半年营收均实现增长。美云集团营收1820亿元，海澜智家营收1350亿元，格瑞电器营收960亿元。"),
    (None, "东岳汽车10月交付1.2万辆，北辰汽车10月交付1.1万辆，南屏汽车10月交付1.0万辆。东岳汽车同比增长，北辰汽车环比增长，"
           "南屏汽车同比下降。东岳汽车、北辰汽车和南屏汽车均发布公告。"),
])
def test_a_round_up_has_no_single_subject(title, body):
    assert not is_named(subject_entity(title, body))


def test_a_company_that_defines_itself_stands_in_a_round_up_headline():
    body = "星辰数科(“星辰数科”或“公司”)(纳斯达克:XCSK)公布业绩。星辰数科净收入31.2亿元。"
    assert subject_entity("3家金融科技公司发布三季报", body) == "星辰数科"


# --- an article that names no subject ------------------------------------------------------


def test_an_article_without_a_subject_gets_one_of_its_own():
    first = subject_entity(None, "2023年全国快递业务量为1320.7亿件，同比增长19.4%。")
    second = subject_entity(None, "2023年全国快递业务量为1285.3亿件，同比增长16.2%。")
    assert not is_named(first) and not is_named(second)
    assert first != second  # two articles are never linked through a subject nobody named
    assert first == subject_entity(None, "2023年全国快递业务量为1320.7亿件，同比增长19.4%。")
    assert first == unnamed_subject(None, "2023年全国快递业务量为1320.7亿件，同比增长19.4%。")


def test_a_named_subject_is_named():
    assert is_named("云川银行") and not is_named(None) and not is_named("")


# --- figures of the economy, a market, another company -------------------------------------


@pytest.mark.parametrize("before, subject", [
    ("2021年，我国市场主体突破", "市场主体"),
    ("2021年，全国社会消费品零售总额为", "社会消费品"),
    ("2019年国内游戏市场销售收入为", "国内游戏市场"),
])
def test_the_economy_or_a_market_is_not_the_company(before, subject):
    assert other_subject(before, "云川银行") == subject


def test_a_vague_group_stays_inside_its_article():
    assert other_subject("同期，全行业实现营业收入", "云川银行") == "全行业（云川银行）"
    assert other_subject("截至三季度末，上市银行总资产为", "未具名主体#0123456789") == "上市银行（未具名主体#0123456789）"


@pytest.mark.parametrize("before", [
    "国有大型银行总资产为38万亿元，占银行业金融机构比例为41.2%；总负债为",  # a total after 占
    "云川银行不良贷款率低于行业平均水平，拨备覆盖率为",  # a yardstick
    "其中，投资银行业务收入为",  # a line of business
    "2021年，云川银行营业收入为",  # the company itself
])
def test_a_total_a_yardstick_or_a_business_line_is_not_the_economy(before):
    assert other_subject(before, "云川银行") is None


@pytest.mark.parametrize("before, organisation", [
    ("另外，净资本位列前十的券商有：华宸证券（", "华宸证券"),
    ("另外，净资本位列前十的券商有：华宸证券（3120亿元）、申远宏达（", "申远宏达"),
    ("收益率居前的券商有：东方富达（15.2%）、中岭建投（", "中岭建投"),
    ("其中，星辰消费金融在2022年末的资产总额为", "星辰消费金融"),
    ("北岭消费金融在2022年末的资产总额为655.48亿元，全年实现营业收入", "北岭消费金融"),
    ("远山科技2023年实现营业收入", "远山科技"),
    ("同期，东岳银行净利润为", "东岳银行"),
])
def test_a_clause_or_a_list_item_opening_with_another_company_is_that_companys(before, organisation):
    assert named_organisation(before, "云川银行") == organisation


@pytest.mark.parametrize("before", [
    "其中，营收（",  # a label, not a company
    "线上（30亿元）、线下（",  # segments
    "云川银行与东岳银行合作发放贷款",  # a partner after 与
    "其中，云川银行2021年实现营收",  # the subject itself
    "手机银行月活跃用户数达",  # a product named like a bank
    "2021年，金融科技平台收入",  # a generic
])
def test_labels_segments_partners_and_the_subject_are_not_another_company(before):
    assert named_organisation(before, "云川银行") is None


@pytest.mark.parametrize("before, back", [
    ("东岳银行营收下降，该行净息差为", True),
    ("该公司全年营业收入为", True),
    ("其中，这家银行不良贷款率为", True),
    ("本行净利润为", False),  # the speaker itself
    ("公司全年营业收入为", False),
    ("这是该行近9年来首次增长，营收为", False),  # 该行 inside the clause, not opening it
])
def test_a_clause_opening_with_gaihang_speaks_of_the_company_named_last(before, back):
    assert refers_back(before) is back
