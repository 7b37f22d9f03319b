"""Breakdowns real coverage states across clauses and sentences, each with phrasings written here.

Every text uses made-up companies and numbers in the shapes real releases print: a total, then
``其中`` and its slices in clauses of their own (past a ；, in the next sentence), slices named
after their figures, complementary pairs, shares of one whole listed with 分别. Each must be read
as a ``parts_sum`` relation with each figure in its role, pass as printed, and fail at the
altered figure when one figure is changed; the texts after them must state no breakdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

# (text, construction, parts, whole, mode, altered text, the altered figure)
BREAKDOWNS = [
    # a whole, then 其中 in the next sentence with parallel subjects past a ；, one named 本年累计
    ("2024年1-3月，再保险业提供保险金额3820.45万亿元。其中，甲类公司保险金额3105.12万亿元；"
     "乙类公司本年累计新增保险金额715.33万亿元。",
     "breakdown-by-parallel-subjects", ["3105.12万亿元", "715.33万亿元"], "3820.45万亿元", "at_most",
     "2024年1-3月，再保险业提供保险金额3820.45万亿元。其中，甲类公司保险金额3105.12万亿元；"
     "乙类公司本年累计新增保险金额915.33万亿元。", "915.33万亿元"),
    # the list names no word of the whole, but its slices are every member of the regulator's partition
    ("前三季度，行业新增保单件数96.40亿件。其中，财产险公司签单数量92.18亿件；寿险公司本年累计新增保单4.22亿件。",
     "qizhong-list-of-every-member", ["92.18亿件", "4.22亿件"], "96.40亿件", "exact",
     "前三季度，行业新增保单件数96.40亿件。其中，财产险公司签单数量92.18亿件；寿险公司本年累计新增保单6.22亿件。",
     "6.22亿件"),
    # the sentence before prints two wholes; the list's unit chooses the 万亿元, not the 亿份
    ("今年前七个月，保险金额为2846.10万亿元；保险单的数量是88.31亿份。其中，财产保险公司的保险金额为2390.65万亿元；"
     "今年，人身保险公司累计新增保险金额为455.45万亿元。",
     "qizhong-list-of-every-member", ["2390.65万亿元", "455.45万亿元"], "2846.10万亿元", "exact",
     "今年前七个月，保险金额为2846.10万亿元；保险单的数量是88.31亿份。其中，财产保险公司的保险金额为2390.65万亿元；"
     "今年，人身保险公司累计新增保险金额为655.45万亿元。", "655.45万亿元"),
    # complementary slices (国内/国际) make the whole, a sentence after it
    ("一季度，全行业共完成运输总周转量286.4亿吨公里，同比增长21.3%。其中，国内航线完成190.2亿吨公里，"
     "国际航线完成96.2亿吨公里。",
     "breakdown-by-parallel-subjects", ["190.2亿吨公里", "96.2亿吨公里"], "286.4亿吨公里", "exact",
     "一季度，全行业共完成运输总周转量372.3亿吨公里，同比增长21.3%。其中，国内航线完成190.2亿吨公里，"
     "国际航线完成96.2亿吨公里。", "372.3亿吨公里"),
    # exports and imports past a ；, the surplus after them is no slice
    ("前三季度，货物贸易进出口总值为18.64万亿元，同比增长7.2%。其中，出口10.21万亿元，增长5.1%；"
     "进口8.43万亿元，增长9.8%，贸易顺差1.78万亿元。",
     "breakdown-after-qizhong", ["10.21万亿元", "8.43万亿元"], "18.64万亿元", "exact",
     "前三季度，货物贸易进出口总值为24.23万亿元，同比增长7.2%。其中，出口10.21万亿元，增长5.1%；"
     "进口8.43万亿元，增长9.8%，贸易顺差1.78万亿元。", "24.23万亿元"),
    # every member of a partition (东部/中部/西部/东北地区) in the clauses after the whole
    ("1—6月份，全国仓储设施投资8412亿元，同比增长4.1%。\n\n1—6月份，东部地区仓储设施投资4210亿元，同比增长3.2%；"
     "中部地区投资1876亿元，增长6.0%；西部地区投资1903亿元，增长4.4%；东北地区投资423亿元，下降1.2%。",
     "partition-into-named-members", ["4210亿元", "1876亿元", "1903亿元", "423亿元"], "8412亿元", "exact",
     "1—6月份，全国仓储设施投资10936亿元，同比增长4.1%。\n\n1—6月份，东部地区仓储设施投资4210亿元，同比增长3.2%；"
     "中部地区投资1876亿元，增长6.0%；西部地区投资1903亿元，增长4.4%；东北地区投资423亿元，下降1.2%。", "10936亿元"),
    # one sentence per member, each naming two measures: the second figures break down the second whole
    ("1—6月份，新建厂房销售面积5230万平方米，同比增长2.1%；厂房销售额3120亿元，增长3.3%。"
     "东部地区新建厂房销售面积2410万平方米，增长1.1%；销售额1650亿元，增长2.0%。"
     "中部地区新建厂房销售面积1320万平方米，增长3.5%；销售额640亿元，增长4.1%。"
     "西部地区新建厂房销售面积1200万平方米，增长2.2%；销售额690亿元，增长3.9%。"
     "东北地区新建厂房销售面积300万平方米，下降1.0%；销售额140亿元，下降2.5%。",
     "partition-into-named-members", ["1650亿元", "640亿元", "690亿元", "140亿元"], "3120亿元", "exact",
     "1—6月份，新建厂房销售面积5230万平方米，同比增长2.1%；厂房销售额3120亿元，增长3.3%。"
     "东部地区新建厂房销售面积2410万平方米，增长1.1%；销售额1650亿元，增长2.0%。"
     "中部地区新建厂房销售面积1320万平方米，增长3.5%；销售额640亿元，增长4.1%。"
     "西部地区新建厂房销售面积1200万平方米，增长2.2%；销售额890亿元，增长3.9%。"
     "东北地区新建厂房销售面积300万平方米，下降1.0%；销售额140亿元，下降2.5%。", "890亿元"),
    # traditional characters
    ("1—9月份，全省倉儲設施投資6215億元，同比增長2.0%。1—9月份，東部地區倉儲設施投資3120億元，同比增長1.8%；"
     "中部地區投資1402億元，增長3.1%；西部地區投資1390億元，增長2.2%；東北地區投資303億元，下降0.7%。",
     "partition-into-named-members", ["3120億元", "1402億元", "1390億元", "303億元"], "6215億元", "exact",
     "1—9月份，全省倉儲設施投資8080億元，同比增長2.0%。1—9月份，東部地區倉儲設施投資3120億元，同比增長1.8%；"
     "中部地區投資1402億元，增長3.1%；西部地區投資1390億元，增長2.2%；東北地區投資303億元，下降0.7%。", "8080億元"),
    # a partition announced by 分…看, its complements (中央/地方) past a ；, then a nested 其中 of the second
    ("1-6月累计，全省政府性基金预算收入8642亿元，比上年同期下降12.1%。分省级和市县看，省级政府性基金预算收入612亿元，"
     "比上年同期下降3.2%；市县政府性基金预算本级收入8030亿元，比上年同期下降12.7%，其中，土地出让收入7104亿元。",
     "partition-of-the-figure-before", ["612亿元", "8030亿元"], "8642亿元", "at_most",
     "1-6月累计，全省政府性基金预算收入8642亿元，比上年同期下降12.1%。分省级和市县看，省级政府性基金预算收入612亿元，"
     "比上年同期下降3.2%；市县政府性基金预算本级收入9030亿元，比上年同期下降12.7%，其中，土地出让收入7104亿元。",
     "9030亿元"),
    ("1-6月累计，全国政府性基金预算支出21480亿元，比上年同期增长8.2%。分中央和地方看，中央政府性基金预算本级支出730亿元，"
     "比上年同期增长1.2倍；地方政府性基金预算相关支出20750亿元，比上年同期增长6.3%。",
     "partition-of-the-figure-before", ["730亿元", "20750亿元"], "21480亿元", "exact",
     "1-6月累计，全国政府性基金预算支出27924亿元，比上年同期增长8.2%。分中央和地方看，中央政府性基金预算本级支出730亿元，"
     "比上年同期增长1.2倍；地方政府性基金预算相关支出20750亿元，比上年同期增长6.3%。", "27924亿元"),
    # the same whole broken down a second way after a ；: X and 非X
    ("截至2022年6月末，全省政府债务余额18620亿元。其中，一般债务8410亿元，专项债务10210亿元；"
     "政府债券18490亿元，非政府债券形式存量政府债务130亿元。",
     "second-partition-after-semicolon", ["18490亿元", "130亿元"], "18620亿元", "exact",
     "截至2022年6月末，全省政府债务余额18620亿元。其中，一般债务8410亿元，专项债务10210亿元；"
     "政府债券18490亿元，非政府债券形式存量政府债务330亿元。", "330亿元"),
    # a count, then 中 and the counts among it
    ("84家基金公司中，71家基金公司2022年实现了管理费增长，13家基金公司管理费下滑。",
     "breakdown-after-qizhong", ["71家", "13家"], "84家", "at_most",
     "84家基金公司中，71家基金公司2022年实现了管理费增长，23家基金公司管理费下滑。", "23家"),
    # exports = imports + surplus; imports = exports + deficit, the deficit a sentence after the flows
    ("据海关统计，8月份我国出口2861.4亿美元，同比增长9.2%；进口2104.9亿美元，同比增长6.1%；贸易顺差756.5亿美元，同比增加18.7%。",
     "balance-of-exports-and-imports", ["2104.9亿美元", "756.5亿美元"], "2861.4亿美元", "exact",
     "据海关统计，8月份我国出口2861.4亿美元，同比增长9.2%；进口2104.9亿美元，同比增长6.1%；贸易顺差983.5亿美元，同比增加18.7%。",
     "983.5亿美元"),
    ("1-5月，全省服务进出口总额9214.6亿元；其中服务出口4302.2亿元，增长11.0%；进口4912.4亿元，下降2%。"
     "服务出口增幅大于进口13个百分点，带动服务贸易逆差下降40%至610.2亿元。",
     "balance-of-exports-and-imports", ["4302.2亿元", "610.2亿元"], "4912.4亿元", "exact",
     "1-5月，全省服务进出口总额9214.6亿元；其中服务出口4302.2亿元，增长11.0%；进口4912.4亿元，下降2%。"
     "服务出口增幅大于进口13个百分点，带动服务贸易逆差下降40%至793.3亿元。", "793.3亿元"),
    # a partition announced at the start of the paragraph after its whole (从构成看)
    ("2023年，全国冷链物流总额96.4萬億元，按可比價格計算，同比增長2.1%。\n\n從構成看，工業品冷链物流總額80.2萬億元，"
     "同比增長2.0%；農產品冷链物流總額9.6萬億元，增長4.2%；進口冷链物流總額6.5萬億元，下降1.1%。",
     "partition-of-the-figure-before", ["80.2萬億元", "9.6萬億元", "6.5萬億元"], "96.4萬億元", "at_most",
     "2023年，全国冷链物流总额96.4萬億元，按可比價格計算，同比增長2.1%。\n\n從構成看，工業品冷链物流總額80.2萬億元，"
     "同比增長2.0%；農產品冷链物流總額19.6萬億元，增長4.2%；進口冷链物流總額6.5萬億元，下降1.1%。", "19.6萬億元"),
    # a partition by 按…分 whose slices' names share no word with the whole
    ("2023年全年储能电池装车量共计48.6GWh。按电池材料分，甲型电池和乙型电池全年装车量分别为30.2GWh和16.1GWh；"
     "按配套车型分，乘用车和商用车电池装车量分别为29.7GWh和18.9GWh。",
     "partition-of-the-figure-before", ["29.7GWh", "18.9GWh"], "48.6GWh", "at_most",
     "2023年全年储能电池装车量共计48.6GWh。按电池材料分，甲型电池和乙型电池全年装车量分别为30.2GWh和16.1GWh；"
     "按配套车型分，乘用车和商用车电池装车量分别为29.7GWh和24.6GWh。", "24.6GWh"),
    # a sentence names the slices, the sentences after it give one figure each (净利息收入 is income, no profit)
    ("2024年第二季度，安泰金融控股总收入为64.20亿元，同比下降12.4%；净利润为5.16亿元。"
     "从收入结构看，安泰金融控股收入主要来源于平台服务收入、净利息收入和担保收入。"
     "今年二季度，安泰金融控股的平台服务收入为31.4亿元，同比下降15.2%。净利息收入为22.56亿元，同比下降9.1%。"
     "担保收入为9.82亿元，同比下降6.3%。",
     "slices-named-before-their-figures", ["31.4亿元", "22.56亿元", "9.82亿元"], "64.20亿元", "at_most",
     "2024年第二季度，安泰金融控股总收入为64.20亿元，同比下降12.4%；净利润为5.16亿元。"
     "从收入结构看，安泰金融控股收入主要来源于平台服务收入、净利息收入和担保收入。"
     "今年二季度，安泰金融控股的平台服务收入为31.4亿元，同比下降15.2%。净利息收入为32.56亿元，同比下降9.1%。"
     "担保收入为9.82亿元，同比下降6.3%。", "32.56亿元"),
    # slices named after their figures after 其中包括, the list closed by 和: every slice
    ("第二季度，该公司的汽车交付量为7364辆，其中包括5120辆A6、2210辆 A8和34辆C6。",
     "closed-list-after-includes", ["5120辆", "2210辆", "34辆"], "7364辆", "exact",
     "第二季度，该公司的汽车交付量为7364辆，其中包括5120辆A6、2210辆 A8和2034辆C6。", "2034辆"),
]

# (text, the shares, altered text, the altered share): shares of one whole never pass 100%
SHARE_LISTS = [
    ("第二季度，8吋和12吋晶圆收入占比分别为64%和36%，占比平稳。", ["64%", "36%"],
     "第二季度，8吋和12吋晶圆收入占比分别为64%和46%，占比平稳。", "46%"),
    ("从销售收入按地区分类来看，亚洲、欧洲、北美占比分别为71%、18%和11%。", ["71%", "18%", "11%"],
     "从销售收入按地区分类来看，亚洲、欧洲、北美占比分别为71%、18%和14%。", "14%"),
    # a share naming no total, in the sentence listing shares of one, is another slice of it
    ("2022年，全国储能电池累计产量48.2GWh，其中甲型电池累计生产30.1GWh，占总产量比62.4%；"
     "乙型电池累计生产15.6GWh，占总产量比32.4%；其他材料电池占比5.2%。", ["62.4%", "32.4%", "5.2%"],
     "2022年，全国储能电池累计产量48.2GWh，其中甲型电池累计生产30.1GWh，占总产量比62.4%；"
     "乙型电池累计生产15.6GWh，占总产量比32.4%；其他材料电池占比6.8%。", "6.8%"),
]

SHARE_LISTS += [
    # one list of shares of one whole, each in its own line, that reaches 100% only with its last
    ("第三财季营收41.8亿美元。\n\n主机硬件：22亿美元，占比52%\n\n软件：12.6亿美元，占比30%\n\n"
     "配件：4.2亿美元，占比10%\n\n其他：2.1亿美元，占比5%\n\n授权：0.9亿美元，占比3%",
     ["52%", "30%", "10%", "5%", "3%"],
     "第三财季营收41.8亿美元。\n\n主机硬件：22亿美元，占比52%\n\n软件：12.6亿美元，占比30%\n\n"
     "配件：4.2亿美元，占比10%\n\n其他：2.1亿美元，占比5%\n\n授权：0.9亿美元，占比3%，以及周边占比9%", None),
]

# Texts that must state no breakdown of the named whole.
NOT_BREAKDOWNS = [
    # a 其中 list of another measure than the sentence before, its slices neither parallel nor complements
    ("全行业净利润52.8亿元。其中，营业收入排名前三的分别为31.2亿元、20.6亿元、18.4亿元。", "52.8亿元"),
    # the sentence before states a figure in 亿份; the list is in 万亿元: no whole of its unit
    ("今年前七个月，保险单的数量是88.31亿份。其中，财产保险公司的保险金额为2390.65万亿元；"
     "人身保险公司的保险金额为455.45万亿元。", "88.31亿份"),
    # a 其中 list in the next paragraph is not of the figure before it
    ("全年营业收入412.6亿元。\n\n其中，国内业务收入301.2亿元，国际业务收入98.7亿元。", "412.6亿元"),
    # three of the four regions: no partition is complete
    ("1—6月份，全国仓储设施投资8412亿元。东部地区仓储设施投资4210亿元；中部地区投资1876亿元；西部地区投资1903亿元。",
     "8412亿元"),
    # the members' figures are of another measure than any figure before them, and nothing announces them
    ("1—6月份，全国仓储设施投资8412亿元。东部地区新增就业42万人；中部地区新增就业18万人；西部地区新增就业19万人；"
     "东北地区新增就业4万人。", "8412亿元"),
    # a change of the surplus is not the surplus
    ("8月份我国出口2861.4亿美元；进口2104.9亿美元；贸易顺差收窄120.3亿美元。", "2861.4亿美元"),
    # flows to one partner are not the country's exports and imports
    ("8月份我国对东盟出口461.2亿美元；自东盟进口352.0亿美元；贸易顺差756.5亿美元。", "461.2亿美元"),
    # 中 after words, not after a count's noun
    ("全年营业收入412.6亿元，在经营中，国内业务收入301.2亿元，国际业务收入98.7亿元。", "412.6亿元"),
    # slices named before their figures, but printed for another period than any figure before them
    ("2024年全年，安泰金融控股总收入为264.20亿元。从收入结构看，公司收入主要来源于平台服务收入和担保收入。"
     "第四季度，平台服务收入为31.4亿元。担保收入为9.82亿元。", "264.20亿元"),
    # a later clause of another period is not one more slice
    ("全年汽车交付量为48210辆，其中A6交付30120辆，A8交付15230辆，第四季度交付13890辆。", None),
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


@pytest.mark.parametrize("text, construction, parts, whole, mode, altered, figure", BREAKDOWNS,
                         ids=[f"{case[1]}-{i}" for i, case in enumerate(BREAKDOWNS)])
def test_breakdown_is_read_with_its_parts_and_whole(tmp_path, text, construction, parts, whole, mode, altered,
                                                    figure):
    found = _breakdowns(write_article(tmp_path, text))
    assert (construction, mode, parts, whole) in found, found


@pytest.mark.parametrize("text, construction, parts, whole, mode, altered, figure", BREAKDOWNS,
                         ids=[f"{case[1]}-{i}" for i, case in enumerate(BREAKDOWNS)])
def test_breakdown_passes_as_printed_and_fails_at_the_altered_figure(tmp_path, text, construction, parts, whole,
                                                                     mode, altered, figure):
    checks = _parts_sum_checks(write_article(tmp_path, text))
    assert any(check.outcome == "pass" and {*parts, whole} <= {loc.text for loc in check.locations}
               for check in checks), [c.message for c in checks]
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]
    violations = [check for check in _parts_sum_checks(write_article(tmp_path, altered, "altered"))
                  if check.outcome == "violation"]
    assert any(figure in {loc.text for loc in check.locations} for check in violations), violations


@pytest.mark.parametrize("text, shares, altered, figure", SHARE_LISTS, ids=[str(i) for i in range(len(SHARE_LISTS))])
def test_shares_of_one_whole_pass_and_fail_past_a_hundred(tmp_path, text, shares, altered, figure):
    checks = _parts_sum_checks(write_article(tmp_path, text))
    assert any(check.outcome == "pass" and set(shares) <= {loc.text for loc in check.locations}
               for check in checks), [c.message for c in checks]
    if figure is None:
        return  # no altered twin: a share past 100% in another sentence may start another breakdown
    violations = [check for check in _parts_sum_checks(write_article(tmp_path, altered, "altered"))
                  if check.outcome == "violation"]
    assert any(figure in {loc.text for loc in check.locations} for check in violations), violations


@pytest.mark.parametrize("text, whole", NOT_BREAKDOWNS, ids=[str(i) for i in range(len(NOT_BREAKDOWNS))])
def test_words_that_state_no_breakdown(tmp_path, text, whole):
    found = _breakdowns(write_article(tmp_path, text))
    if whole is None:
        # no list takes in the figure of another period
        assert all("13890辆" not in parts for _, _, parts, _ in found), found
    else:
        assert all(total != whole for _, _, _, total in found), found
    assert not [check for check in _parts_sum_checks(write_article(tmp_path, text)) if check.outcome == "violation"]
