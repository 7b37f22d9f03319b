"""A corpus of printed shapes of figures and the value each one must read as (after Duckling's
Corpus.hs: a value and the phrasings that must produce it, run by one test).

Every sentence is written here, with made-up companies and numbers, in the shapes real
coverage prints: spaces inside figures, separators, currencies before the number, accounting
negatives, small-form punctuation, ranges, Chinese numerals and ratio words, units of measure,
table rows and bare ratios. Traditional sentences are read through the simplified view the
extractor gives the grammar.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from validator.script import simplified
from validator.numbers import Quantity, find_quantities


def read(text: str) -> list[Quantity]:
    return find_quantities(simplified(text))


def the_one(text: str, printed: str) -> Quantity:
    """The figure of ``text`` whose printed text contains ``printed``."""
    found = [q for q in read(text) if printed in q.text]
    assert len(found) == 1, f"{text!r}: {[q.text for q in read(text)]}"
    return found[0]


# (sentence, the figure as printed, value in base units, unit, dimension)
SHAPES = [
    # spaces between the number and its magnitude, and inside the number
    ("贷款余额为 5.318 亿元,较上年末增长", "5.318 亿元", "531800000", "元", "money"),
    ("第二季度共交付 28 630 万辆", "28 630 万辆", "286300000", "辆", "count"),
    ("其中生产 104 216 辆", "104 216 辆", "104216", "辆", "count"),
    ("累計用户為 3,215 萬, 較上年", "3,215 万", "32150000", None, "number"),
    ("借款人數從約 1860 萬人增至", "1860 万人", "18600000", "人", "count"),
    ("營收較上年的 2718 億元下降", "2718 亿元", "271800000000", "元", "money"),
    ("增速为 2.37 %,较上月", "2.37 %", "2.37", "%", "percent"),
    # separators, also misplaced ones, with counters
    ("客户总数达8,406,213人", "8,406,213人", "8406213", "人", "count"),
    ("本月成交量为318,204517手", "318,204517手", "318204517", "手", "count"),
    ("当月成交量为52716093 手", "52716093 手", "52716093", "手", "count"),
    ("较上年的人民幣174,05億元增長", "174,05亿元", "1740500000000", "元", "money"),
    # small-form and full-width punctuation
    ("资产规模达人民币265﹒18億元", "265﹒18亿元", "26518000000", "元", "money"),
    ("服务客户32﹐517户", "32﹐517户", "32517", "户", "count"),
    ("营业收入１２．６亿元", "１２．６亿元", "1260000000", "元", "money"),
    # Taiwan 兆 before a currency is 万亿
    ("國銀放款總餘額38.27兆元", "38.27兆元", "38270000000000", "元", "money"),
    # currencies before the number
    ("收入总额为人民币 27 亿元(3.9 亿美元)", "27 亿元", "2700000000", "元", "money"),
    ("研发投入为人民币14.2亿,同比增长", "14.2亿", "1420000000", "元", "money"),
    ("本轮融资US$3.8亿,由", "3.8亿", "380000000", "美元", "money"),
    ("营收为 RMB 5.6亿,较上年", "5.6亿", "560000000", "元", "money"),
    ("股东应占溢利港元12.4亿,按年", "12.4亿", "1240000000", "港元", "money"),
    # negatives: accounting brackets, signs after words
    ("新業務價值利潤率下降(3.4)個百分點", "(3.4)个百分点", "-3.4", "pp", "pp"),
    ("净利润为-2.35亿元", "-2.35亿元", "-235000000", "元", "money"),
    ("交易性资产公允价值变动额-86.21亿元", "-86.21亿元", "-8621000000", "元", "money"),
    ("环比-0.07%", "-0.07%", "-0.07", "%", "percent"),
    # Chinese numerals and ratio words
    ("营收增加至一百零五亿元人民币", "一百零五亿元", "10500000000", "元", "money"),
    ("占整体收入六成三的广告收入", "六成三", "63", "%", "percent"),
    ("按年升四成一", "四成一", "41", "%", "percent"),
    ("海外业务贡献三分之一收入", "三分之一", "33.33", "%", "percent"),
    ("销量仅为上月销量的1/4。", "1/4", "25", "%", "percent"),
    # units of measure and points
    ("累计装车量8.7GWh,同比增长", "8.7GWh", "8.7", "GWh", "count"),
    ("组件出货量10420MW,其中", "10420MW", "10420", "MW", "count"),
    ("货物周转量356.4亿吨公里", "356.4亿吨公里", "35640000000", "吨公里", "count"),
    ("平均发行期限9.6年,其中", "9.6年", "9.6", "年", "count"),
    ("存货周转天数为41.25天。", "41.25天", "41.25", "天", "count"),
    ("钢材价格指数为103.46點(diǎn)", "103.46点", "103.46", "点", "count"),
    ("存货周转率为4.38次/年", "4.38次", "4.38", "次", "count"),
    ("建筑面积约2,046,118平方米", "2,046,118平方米", "2046118", "平方米", "count"),
]


@pytest.mark.parametrize(("text", "printed", "value", "unit", "dimension"), SHAPES)
def test_printed_shape_reads_as_its_value(text, printed, value, unit, dimension):
    quantity = the_one(text, simplified(printed))
    assert quantity.value == Decimal(value)
    assert quantity.unit == unit and quantity.dimension == dimension


@pytest.mark.parametrize("text", [text for text, *_ in SHAPES])
def test_printed_shape_keeps_its_exact_span(text):
    readable = simplified(text)
    for quantity in find_quantities(readable):
        assert readable[quantity.start:quantity.end] == quantity.text
        assert text[quantity.start:quantity.end] == text[quantity.start:quantity.end].strip()


# (sentence, the figure as printed, lower bound, upper bound); None is open.
BOUNDS = [
    ("装机规模预计40-55GW", "40-55GW", "79/2", "111/2"),
    ("增速12%-18%", "12%-18%", "23/2", "37/2"),
    ("利润为2亿-4亿元", "2亿-4亿元", "150000000", "450000000"),
    ("新增客户3至5万户", "3至5万户", "25000", "55000"),
    ("交付量过万,同比", "万", "10000", None),
    ("游戏市场销售额破千亿元", "千亿元", "100000000000", None),
    ("净资本均超过千亿。", "千亿", "100000000000", None),
    ("总资产逼近万亿,", "万亿", None, "1000000000000"),
    ("合計再賺逾百億元,", "百亿元", "10000000000", None),
    ("首次实现百亿元目标", "百亿元", "10000000000", None),  # a target reached: at least the figure
    ("营收目标为百亿元", "百亿元", "9950000000", "10050000000"),
    ("海外营收占比均超过四分之一", "四分之一", "25", None),
    ("占总收入六成三", "六成三", "125/2", "127/2"),
    ("占比不到三分之二", "三分之二", None, "6667/100"),
    ("海外收入超过1/8,", "1/8", "25/2", None),
]


def test_a_fraction_printed_in_decimals_stays_inside_its_interval():
    [quantity] = read("份额超过1/9,")
    assert quantity.value == Decimal("11.11") and quantity.interval.lower <= Fraction(quantity.value)


@pytest.mark.parametrize(("text", "printed", "lower", "upper"), BOUNDS)
def test_ranges_and_round_figures_read_as_their_interval(text, printed, lower, upper):
    quantity = the_one(text, simplified(printed))
    assert quantity.interval.lower == (None if lower is None else Fraction(lower))
    assert quantity.interval.upper == (None if upper is None else Fraction(upper))


def test_a_range_is_one_figure_from_its_low_end():
    [quantity] = read("储能装机有望达到70-85GW")
    assert quantity.text == "70-85GW" and quantity.value == 70 and quantity.bound == "range"


def test_bare_numbers_listed_before_a_figure_share_its_unit():
    found = read("增速分别比全部工业快3.2和1.7个百分点")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("3.2", Decimal("3.2"), "pp"), ("1.7个百分点", Decimal("1.7"), "pp")]


def test_a_list_of_three_shares_the_unit_of_its_last_figure():
    found = read("分行分别新增4、7和12家网点")
    assert [(q.value, q.unit) for q in found] == [(4, "家"), (7, "家"), (12, "家")]


# (a line of a table or of prose, the plain numbers it holds)
TABLE_ROWS = [
    ("净利润 45,210 39,872 13.39", ["45210", "39872", "13.39"]),
    ("营业收入(百万元) 368,120 341,005 7.95%", ["368120", "341005", "7.95"]),
    ("| 交付 | 48,112 | 51,905 | 36,210 |", ["48112", "51905", "36210"]),
    ("收入\t26,118\t24,903\t5%", ["26118", "24903", "5"]),
    ("交易总额(十亿元人民币)1     61.2       66.8       9.2 %", ["61.2", "66.8", "9.2"]),
    ("12,584", ["12584"]),
    ("(0.35)", ["-0.35"]),
    ("基本每股收益 0.71 0.64 (0.02)", ["0.71", "0.64", "-0.02"]),
    ("平均资产回报率(1)  0.91% 0.98% -0.07%", ["0.91", "0.98", "-0.07"]),
    ("速动比率下降0.08至0.91。", ["0.91"]),
    ("则是甲保险1.85>乙保险0.92>丙保险0.47。", ["1.85", "0.92", "0.47"]),
]


@pytest.mark.parametrize(("line", "values"), TABLE_ROWS)
def test_table_cells_and_bare_ratios_read_as_plain_numbers(line, values):
    found = read(line)
    assert [q.value for q in found] == [Decimal(value) for value in values]
    for quantity in found:
        assert quantity.magnitude is None  # no magnitude invented from a header
        assert quantity.dimension in ("number", "percent")


def test_a_table_cell_is_marked_as_one():
    found = read("营业收入 1,204 1,118")
    assert [q.cell for q in found] == [True, True]


@pytest.mark.parametrize("text", [
    "截至 2023 年 9 月 30 日,",
    "2022 2023",
    "加权平均净资产收益率(ROAE) (2)",
    "净利差(5)",
    "(1)",
    "二手车交易平台",
    "医疗行业上百万中小企业",
    "升级至iOS 16.2版本",
    "COVID-19疫情",
    "1-6月累计",
    "2021-2022年",
    "客服电话010-12345678",
    "兆瓦级储能电站",
    "下午3点召开",
    "2021年是开局之年",
    "第3.5版规则",
    "数亿用户",
    "百萬美元,除另有說明外",
    "营业收入(百万元)",
    "(3)成本收入比",
    "人民币对美元16:30收盘",
    "预测为 67.9/80.1 亿元",
    "来源: https://example.com/news/0-447%e5%85/升2-2倍",
    "年产能利用率",
    "三元电池装车量占比提升",
    "客服热线 400 820 8820",
    "数据截至9.30,",
])
def test_labels_dates_codes_and_footnote_marks_are_not_figures(text):
    assert read(text) == []


def test_guo_qualifies_only_a_round_figure():
    [quantity] = read("通过5家银行发放")
    assert quantity.qualifier is None and quantity.interval.lower == quantity.interval.upper == 5


def test_a_minus_after_a_figure_joins_a_range_not_a_sign():
    assert [q.value for q in read("增速为15%-20%")] == [15]
    assert [q.value for q in read("净利润为-5亿元")] == [-500000000]
