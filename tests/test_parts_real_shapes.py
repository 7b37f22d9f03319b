"""Breakdowns in the shapes real releases print them, each written here with other names and numbers.

Each construction has phrasings that must be read as one ``parts_sum`` relation, pass as
printed and be reported at the altered figure (at the level given) when one figure is
changed, and texts of the same look that must state no breakdown: lists of another measure,
period or company.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

# (text, construction, parts, whole, mode, altered text, the altered figure, its severity)
BREAKDOWNS = [
    # the regulator's two kinds of insurer, in the sentence after the whole
    ("一、原保险保费收入31280.44亿元，同比增长3.10%\n\n产险公司原保险保费收入8920.13亿元，同比增长6.2%；"
     "人身险公司原保险保费收入22360.31亿元，同比增长1.9%。",
     "usual-partition-into-named-members", ["8920.13亿元", "22360.31亿元"], "31280.44亿元", "exact",
     "一、原保险保费收入31280.44亿元，同比增长3.10%\n\n产险公司原保险保费收入8920.13亿元，同比增长6.2%；"
     "人身险公司原保险保费收入22360.21亿元，同比增长1.9%。", "22360.21亿元", "warning"),
    # the whole named the writer's way, the slices the regulator's (原保费收入), after 其中
    ("今年前四个月，保险业实现保费收入15022.70亿元，同比增长2.4%。\n\n其中，财产保险公司原保费收入3810.55亿元，"
     "同比增长7.1%；寿险公司原保费收入11212.15亿元，同比增长0.9%。",
     "usual-partition-into-named-members", ["3810.55亿元", "11212.15亿元"], "15022.70亿元", "exact",
     "今年前四个月，保险业实现保费收入19529.51亿元，同比增长2.4%。\n\n其中，财产保险公司原保费收入3810.55亿元，"
     "同比增长7.1%；寿险公司原保费收入11212.15亿元，同比增长0.9%。", "19529.51亿元", "warning"),
    # the four lines of business
    ("三、赔款和给付支出6120.40亿元，同比增长4.2%\n\n产险业务赔款2801.10亿元，同比增长5.0%；寿险业务给付2410.25亿元，"
     "同比下降2.1%；健康险业务赔款和给付790.65亿元，同比增长12.0%；意外险业务赔款118.40亿元，同比增长8.8%。",
     "usual-partition-into-named-members", ["2801.10亿元", "2410.25亿元", "790.65亿元", "118.40亿元"], "6120.40亿元",
     "exact",
     "三、赔款和给付支出6120.40亿元，同比增长4.2%\n\n产险业务赔款2801.10亿元，同比增长5.0%；寿险业务给付2410.25亿元，"
     "同比下降2.1%；健康险业务赔款和给付790.65亿元，同比增长12.0%；意外险业务赔款153.92亿元，同比增长8.8%。",
     "153.92亿元", "warning"),
    # three industries after 分产业看, whose sentence names no period of its own
    ("初步核算，上半年全省生产总值41230亿元，同比增长5.2%。分季度看，一季度增长5.0%，二季度增长5.4%。"
     "分产业看，第一产业增加值2210亿元，增长3.1%；第二产业增加值16540亿元，增长4.8%；第三产业增加值22480亿元，增长5.9%。",
     "partition-into-named-members", ["2210亿元", "16540亿元", "22480亿元"], "41230亿元", "exact",
     "初步核算，上半年全省生产总值53599亿元，同比增长5.2%。分季度看，一季度增长5.0%，二季度增长5.4%。"
     "分产业看，第一产业增加值2210亿元，增长3.1%；第二产业增加值16540亿元，增长4.8%；第三产业增加值22480亿元，增长5.9%。",
     "53599亿元", "error"),
    # sums of money after 其中：, named for their sources, not after the whole (a part past it is an error)
    ("2023年，财政性拨入养老储备基金资金412.50亿元，其中：一般公共预算拨款80亿元，彩票公益金331.62亿元，划转股票0.88亿元。",
     "enumeration-after-a-colon", ["80亿元", "331.62亿元", "0.88亿元"], "412.50亿元", "exact",
     "2023年，财政性拨入养老储备基金资金412.50亿元，其中：一般公共预算拨款80亿元，彩票公益金431.62亿元，划转股票0.88亿元。",
     "431.62亿元", "error"),
    # a slice broken down in brackets: the bracketed figures are not more slices of the whole
    ("截至年末，累计拨入资金8,120.40亿元，其中：预算拨款2,410.10亿元，股权划转资金1,900.20亿元(减持资金610.00亿元，"
     "境内划转股票880.10亿元，境外划转股票410.10亿元)，彩票公益金3,810.10亿元。",
     "enumeration-after-a-colon", ["2,410.10亿元", "1,900.20亿元", "3,810.10亿元"], "8,120.40亿元", "exact",
     "截至年末，累计拨入资金8,120.40亿元，其中：预算拨款2,410.10亿元，股权划转资金1,900.20亿元(减持资金610.00亿元，"
     "境内划转股票880.10亿元，境外划转股票410.10亿元)，彩票公益金4,953.13亿元。", "4,953.13亿元", "error"),
    # where a bank's earnings are booked, after 其中 in the sentence after the whole, in traditional characters
    ("而國銀3月稅前淨利301.4億元，月增4.1%。其中，以中國大陸分行6.2億元，月增12.0%最強，國內總分行190.5億元，月減2%。"
     "OBU爲70.3億元，月減0.5%，海外分行34.4億元，月增1.2%。",
     "usual-partition-into-named-members", ["6.2億元", "190.5億元", "70.3億元", "34.4億元"], "301.4億元", "exact",
     "而國銀3月稅前淨利391.8億元，月增4.1%。其中，以中國大陸分行6.2億元，月增12.0%最強，國內總分行190.5億元，月減2%。"
     "OBU爲70.3億元，月減0.5%，海外分行34.4億元，月增1.2%。", "391.8億元", "warning"),
    # one side of a pair after 其中, the other side opening the next sentence
    ("1-5月，我国数字服务进出口9621.4亿元，增长8.2%。其中，数字服务出口5208.3亿元，增长10.1%，占服务出口总额的50.2%。"
     "数字服务进口4413.1亿元，增长6.0%，占服务进口总额的37.7%。",
     "complements-across-a-stop", ["5208.3亿元", "4413.1亿元"], "9621.4亿元", "exact",
     "1-5月，我国数字服务进出口12507.8亿元，增长8.2%。其中，数字服务出口5208.3亿元，增长10.1%，占服务出口总额的50.2%。"
     "数字服务进口4413.1亿元，增长6.0%，占服务进口总额的37.7%。", "12507.8亿元", "error"),
    # X and 非X in sentences after their whole
    ("上半年，提取减值准备前之净经营收入318.4亿元，按年持平。净利息收入201.2亿元，按年下跌4.1%。"
     "至于非利息收入117.2亿元，按年上升9.8%。",
     "slice-and-its-negation", ["201.2亿元", "117.2亿元"], "318.4亿元", "exact",
     "上半年，提取减值准备前之净经营收入318.4亿元，按年持平。净利息收入201.2亿元，按年下跌4.1%。"
     "至于非利息收入152.4亿元，按年上升9.8%。", "152.4亿元", "warning"),
    # the nearest 收入 before them is a slice of another breakdown: the whole is the one it breaks down
    ("1-6月累计，全省一般公共预算收入5120亿元，同比增长3.1%。其中，省级一般公共预算收入1210亿元，增长2.0%；"
     "市县一般公共预算本级收入3910亿元，增长3.4%。全省税收收入4030亿元，增长1.2%；非税收入1090亿元，增长10.5%。",
     "slice-and-its-negation", ["4030亿元", "1090亿元"], "5120亿元", "exact",
     "1-6月累计，全省一般公共预算收入5120亿元，同比增长3.1%。其中，省级一般公共预算收入1210亿元，增长2.0%；"
     "市县一般公共预算本级收入3910亿元，增长3.4%。全省税收收入4030亿元，增长1.2%；非税收入1417亿元，增长10.5%。",
     "1417亿元", "warning"),
    # a list of one figure per year, and the years' total restated paragraphs later
    ("从利润角度看，远帆物流2019-2022年分别亏损6.12亿元、3.40亿元、2.05亿元、4.93亿元，合计亏损16.50亿元。\n\n"
     "总体来看，远帆物流连续四年亏损16.50亿元，现金流承压。",
     "multi-year-total", ["6.12亿元", "3.40亿元", "2.05亿元", "4.93亿元"], "16.50亿元", "exact",
     "从利润角度看，远帆物流2019-2022年分别亏损6.12亿元、3.40亿元、2.05亿元、4.93亿元，合计亏损16.50亿元。\n\n"
     "总体来看，远帆物流连续四年亏损9.88亿元，现金流承压。", "9.88亿元", "warning"),
    # the stretch named a clause before its 累计
    ("2020年至2022年，青禾科技分别实现营收12.4亿元、15.1亿元和18.3亿元。\n\n招股书显示，在2020年-2022年，"
     "青禾科技的累计营收达到45.8亿元。",
     "multi-year-total", ["12.4亿元", "15.1亿元", "18.3亿元"], "45.8亿元", "exact",
     "2020年至2022年，青禾科技分别实现营收12.4亿元、15.1亿元和18.3亿元。\n\n招股书显示，在2020年-2022年，"
     "青禾科技的累计营收达到59.5亿元。", "59.5亿元", "warning"),

    # a counted set's total, then each member's figure of the measure in the paragraphs after
    ("2023年，3家徽酒上市企业营收总额412.36亿元，同比增长12.1%；净利润总额101.20亿元，同比增长18.4%。\n\n"
     "具体来看，甲酒业实现营收301.20亿元，同比增长10.5%；实现净利润80.15亿元；乙酒业实现营收80.41亿元，同比增长20.1%。\n\n"
     "丙酒业实现营收30.75亿，增幅达9.1%。",
     "total-of-counted-members", ["301.20亿元", "80.41亿元", "30.75亿"], "412.36亿元", "exact",
     "2023年，3家徽酒上市企业营收总额536.07亿元，同比增长12.1%；净利润总额101.20亿元，同比增长18.4%。\n\n"
     "具体来看，甲酒业实现营收301.20亿元，同比增长10.5%；实现净利润80.15亿元；乙酒业实现营收80.41亿元，同比增长20.1%。\n\n"
     "丙酒业实现营收30.75亿，增幅达9.1%。", "536.07亿元", "warning"),
    # two members, the first under another name of the measure, a line of another measure between
    ("再看苏酒，两家上市企业2023年营收总额合计588.40亿元.\n\n其中丁酒业营业总收入为440.10亿元，同比增长18.0%；"
     "利润总额为180.60亿元；戊酒业营收148.30亿元，同比增长19.9%。",
     "total-of-counted-members", ["440.10亿元", "148.30亿元"], "588.40亿元", "exact",
     "再看苏酒，两家上市企业2023年营收总额合计588.40亿元.\n\n其中丁酒业营业总收入为440.10亿元，同比增长18.0%；"
     "利润总额为180.60亿元；戊酒业营收192.79亿元，同比增长19.9%。", "192.79亿元", "warning"),
    # a bulleted flow whose name ends the line before (出口额…，⏎ - 为…)
    ("8、甲国6月出口额同比增长8.2%，\n   - 为412.6亿美元，连续5个月同比增长。\n   - 6月进口额为380.1亿美元，同比增加4.4%。\n"
     "   - 贸易顺差32.5亿美元，连续9个月保持顺差。",
     "balance-of-exports-and-imports", ["380.1亿美元", "32.5亿美元"], "412.6亿美元", "exact",
     "8、甲国6月出口额同比增长8.2%，\n   - 为412.6亿美元，连续5个月同比增长。\n   - 6月进口额为380.1亿美元，同比增加4.4%。\n"
     "   - 贸易顺差42.3亿美元，连续9个月保持顺差。", "42.3亿美元", "error"),
]

# Texts that must state no breakdown of the named whole.
NOT_BREAKDOWNS = [
    # fewer members' figures than the count before the next counted total: no list
    ("2023年，3家徽酒上市企业营收总额412.36亿元。甲酒业实现营收301.20亿元；乙酒业实现营收80.41亿元。"
     "另有两家苏酒企业营收总额合计588.40亿元。丙酒业实现营收30.75亿元。", "412.36亿元"),
    # the members' figures are of another measure
    ("2023年，3家徽酒上市企业营收总额412.36亿元。甲酒业实现净利润101.20亿元；乙酒业实现净利润80.41亿元；"
     "丙酒业实现净利润30.75亿元。", "412.36亿元"),
    # the line before the bare 为 ends its sentence: it does not name the figure
    ("8、甲国6月出口额同比增长8.2%。\n   - 为412.6亿美元。\n   - 6月进口额为380.1亿美元。\n   - 贸易顺差32.5亿美元。",
     "412.6亿美元"),
    # one kind of insurer only: no partition is complete
    ("一、原保险保费收入31280.44亿元，同比增长3.10%\n\n产险公司原保险保费收入8920.13亿元，同比增长6.2%。", "31280.44亿元"),
    # the insurers' figures are of another measure than the figure before them
    ("一、原保险保费收入31280.44亿元，同比增长3.10%\n\n产险公司新增保单120.5亿件；人身险公司新增保单6.2亿件。",
     "31280.44亿元"),
    # the insurers' figures are of another year, which their sentence names
    ("2023年，原保险保费收入31280.44亿元。\n\n2022年，产险公司原保险保费收入8920.13亿元；"
     "人身险公司原保险保费收入20360.31亿元。", "31280.44亿元"),
    # three of the four places a bank books its earnings: no partition is complete
    ("而國銀3月稅前淨利301.4億元。其中，國內總分行190.5億元，OBU爲70.3億元，海外分行34.4億元。", None),
    # 非X with no X before it names no pair
    ("上半年，净经营收入318.4亿元。手续费收入61.0亿元。至于非利息收入117.2亿元。", "318.4亿元"),
    # the figures before 非X are of another year
    ("2023年，净经营收入318.4亿元，净利息收入201.2亿元。2024年非利息收入117.2亿元。", "318.4亿元"),
    # a total of three years after a list of four
    ("远帆物流2019-2022年分别亏损6.12亿元、3.40亿元、2.05亿元、4.93亿元。\n\n远帆物流连续三年亏损10.38亿元。",
     "10.38亿元"),
    # a total of another measure over as many years
    ("远帆物流2019-2022年分别亏损6.12亿元、3.40亿元、2.05亿元、4.93亿元。\n\n远帆物流四年累计营收88.10亿元。",
     "88.10亿元"),
    # another company's total over as many years
    ("远帆物流2019-2022年分别亏损6.12亿元、3.40亿元、2.05亿元、4.93亿元。\n\n同行的青禾科技连续四年亏损30.20亿元。",
     "30.20亿元"),
]


def _breakdowns(path: Path) -> list[tuple[str, str | None, list[str], str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    found = []
    for relation in extraction.relations:
        if relation.kind != "parts_sum":
            continue
        parts = [claims[f.claim].text for f in relation.fillers if f.role == "part"]
        whole = next(claims[f.claim].text for f in relation.fillers if f.role == "total")
        found.append((relation.construction, relation.mode, parts, whole))
    return found


def _parts_sum_checks(path: Path):
    return [check for check in run([str(path)]).checks if check.rule == "parts-sum"]


_IDS = [f"{case[1]}-{i}" for i, case in enumerate(BREAKDOWNS)]


@pytest.mark.parametrize("text, construction, parts, whole, mode, altered, figure, severity", BREAKDOWNS, ids=_IDS)
def test_breakdown_is_read_with_its_parts_and_whole(tmp_path, text, construction, parts, whole, mode, altered,
                                                    figure, severity):
    found = _breakdowns(write_article(tmp_path, text))
    assert (construction, mode, parts, whole) in found, found


@pytest.mark.parametrize("text, construction, parts, whole, mode, altered, figure, severity", BREAKDOWNS, ids=_IDS)
def test_breakdown_passes_as_printed_and_is_reported_at_the_altered_figure(tmp_path, text, construction, parts,
                                                                           whole, mode, altered, figure, severity):
    checks = _parts_sum_checks(write_article(tmp_path, text))
    assert any(check.outcome == "pass" and {*parts, whole} <= {loc.text for loc in check.locations}
               for check in checks), [c.message for c in checks]
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]
    violations = [check for check in _parts_sum_checks(write_article(tmp_path, altered, "altered"))
                  if check.outcome == "violation"]
    assert any(figure in {loc.text for loc in check.locations} and check.severity == severity
               for check in violations), [(c.severity, c.message) for c in violations]


@pytest.mark.parametrize("text, whole", NOT_BREAKDOWNS, ids=[str(i) for i in range(len(NOT_BREAKDOWNS))])
def test_words_that_state_no_breakdown(tmp_path, text, whole):
    found = _breakdowns(write_article(tmp_path, text))
    if whole is None:
        assert all(not construction.startswith("usual-") for construction, _, _, _ in found), found
    else:
        assert all(total != whole for _, _, _, total in found), found
    assert not [check for check in _parts_sum_checks(write_article(tmp_path, text)) if check.outcome == "violation"]


def _exchange_paragraphs(month_shares: list[str], year_shares: list[str], year_names: list[str] | None = None) -> str:
    """Three exchanges, each with its month's and its year-to-date volume and share of the market."""
    names = ["甲商品交易所", "乙商品交易所", "丙金融交易所"]
    year_names = year_names or names
    month = ["412000手", "318000手", "270000手"]
    year = ["3905000手", "3412000手", "2683000手"]
    lines = ["据协会统计，6月全国期货市场成交量为1000000手。1-6月全国期货市场累计成交量为10000000手。"]
    for name, m, ms, y, ys, year_name in zip(names, month, month_shares, year, year_shares, year_names):
        lines.append(f"{name}6月成交量为{m}，占全国市场的{ms}。1-6月{year_name}累计成交量为{y}，占全国市场的{ys}。")
    return "\n\n".join(lines)


_MONTH = ["41.20%", "31.80%", "27.00%"]
_YEAR = ["39.05%", "34.12%", "26.83%"]


def test_slices_whose_shares_close_at_a_hundred_make_their_total(tmp_path):
    checks = _parts_sum_checks(write_article(tmp_path, _exchange_paragraphs(_MONTH, _YEAR)))
    assert any(check.outcome == "pass" and {"412000手", "318000手", "270000手", "1000000手"}
               <= {loc.text for loc in check.locations} for check in checks), [c.message for c in checks]
    assert any(check.outcome == "pass" and set(_YEAR) <= {loc.text for loc in check.locations}
               for check in checks), [c.message for c in checks]
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]


def test_the_same_slices_shares_short_of_a_hundred_for_another_period_are_a_warning(tmp_path):
    wrong = ["39.05%", "31.12%", "26.83%"]  # 97.00%: the same three exchanges close at 100% for the month
    violations = [check for check in _parts_sum_checks(write_article(tmp_path, _exchange_paragraphs(_MONTH, wrong)))
                  if check.outcome == "violation"]
    assert [check.severity for check in violations] == ["warning"], [c.message for c in violations]
    assert set(wrong) <= {loc.text for loc in violations[0].locations}


def test_shares_short_of_a_hundred_with_no_closed_list_beside_them_are_no_finding(tmp_path):
    text = _exchange_paragraphs(["41.20%", "31.80%", "20.00%"], ["39.05%", "31.12%", "26.83%"])
    checks = _parts_sum_checks(write_article(tmp_path, text))
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]


def test_shares_of_other_slices_beside_a_closed_list_are_no_finding(tmp_path):
    text = _exchange_paragraphs(_MONTH, ["39.05%", "31.12%", "26.83%"], ["丁期货公司", "戊期货公司", "己期货公司"])
    checks = _parts_sum_checks(write_article(tmp_path, text))
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]


@pytest.mark.parametrize("text", [
    # counts of firms after 其中 may overlap: a firm can grow both its revenue and its profit
    "全年共有20家公司披露业绩，其中18家营收增长，17家净利润增长。",
    "本期共有21家银行披露年报，其中19家资产规模增长，18家贷款增长，17家存款增长。",
])
def test_overlapping_counts_after_qizhong_are_no_violation(tmp_path, text):
    checks = _parts_sum_checks(write_article(tmp_path, text))
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]


@pytest.mark.parametrize("text, construction", [
    # the next sentence's imports are of another kind of service
    ("1-5月，我国数字服务进出口9621.4亿元。其中，数字服务出口5208.3亿元。旅行服务进口2413.1亿元。",
     "complements-across-a-stop"),
    # the other side opens the next paragraph
    ("1-5月，我国数字服务进出口9621.4亿元。其中，数字服务出口5208.3亿元。\n\n数字服务进口4413.1亿元。",
     "complements-across-a-stop"),
])
def test_words_that_are_not_this_construction(tmp_path, text, construction):
    found = _breakdowns(write_article(tmp_path, text))
    assert all(name != construction for name, _, _, _ in found), found
    assert not [check for check in _parts_sum_checks(write_article(tmp_path, text)) if check.outcome == "violation"]
