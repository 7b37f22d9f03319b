"""Headlines paired with the body's figure of their measure whatever the figures say (sentences
written here, with invented companies and figures). A headline altered by 30% must still meet the
body figure it restates, so the pairing may not lean on the two agreeing: each printed version
passes, each altered twin is a violation at the altered figure, and the shapes that may mean
another measure stay silent.

The constructions: a body sentence whose subject the extractor cannot name under a title that
names it (我国…); a title's figure that the body prints again only for another measure (a two-year
average) beside its own measure's other value; the measure named after the figure with 的
(创造了超86亿元的净利润); two keys of one stem (地方债 and 地方政府债券, a change word's leftover 环);
running totals read at another date than the report the title names; a sub-heading that names
no period of its own against the body's figure of its measure for a quarter of that year; a key
made of the first and last words of the body's (游戏收入, 游戏及相关增值服务净收入); the
title printed again at the top of the page, each figure against the one at its place."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, matching_checks, run_case

RULE = "headline"
_PUBLISHED = "2023-08-20 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...], title: str) -> RuleCase:
    document = {"text": text, "title": title, "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


# The body's sentence has no subject the extractor can name; the title's 我国 is it.
_TRADE_BODY = ("海关总署6月7日公布数据。今年1-5月，货物进出口总额16840.2亿元，同比增长8.6%；"
               "其中出口9100.5亿元，增长11.2%；进口7739.7亿元，增长5.7%。")
_TRADE_TITLE = "1-5月我国货物进出口总额{total}亿元 同比增长{growth}%"
_TRADE_TITLE_TRADITIONAL = "1-5月我國貨物進出口總額{total}億元 同比增長{growth}%"
_TRADE_BODY_TRADITIONAL = ("海關總署6月7日公佈數據。今年1-5月，貨物進出口總額16840.2億元，同比增長8.6%；"
                           "其中出口9100.5億元，增長11.2%。")

# The body prints the title's altered growth again, but for a two-year average.
_INVESTMENT_BODY = ("2023年1-7月份，全国制造业投资41250亿元，同比增长5.7%；比2022年同期增长11.9%，"
                    "两年平均增长7.4%。")
_INVESTMENT_TITLE = "[统计局]2023年1-7月份全国制造业投资同比增长{growth}%"

# The measure comes after the figure: 创造了超过86亿元的净利润.
_AFTER_BODY = ("近期，多家汽车金融公司公布了2022年业绩。\n"
               "整体来看，18家汽车金融公司合计创造了超过86亿元的净利润，行业整体保持稳定。")
_AFTER_TITLE = "原标题:18家汽车金融公司2022年稳健经营 创造了超{profit}亿元的净利润"

# 地方债 abbreviates 地方政府债券; the change word's 环 is left on the title's key.
_BONDS_BODY = "财政部网站公布数据显示，1-5月，全国发行地方政府债券28150亿元。其中，发行一般债券9120亿元。"
_BONDS_TITLE = "1-5月全国发行地方债{bonds}亿，创同期新高"
_RESERVES_BODY = "截至2023年5月末，我国外汇储备规模为31765亿美元，较4月末上升130亿美元，升幅为0.41%。"
_RESERVES_TITLE = "5月末我国外汇储备环增{change}亿美元"

# A running total the title reads for its fiscal quarter, the body at a calendar date.
_RUNNING_BODY = "截至2022年12月31日，旗舰掌机累计销量超过了8260万台，软件累计销量超过了5.1亿套。"
_RUNNING_TITLE = "星河游戏第三季度财报：旗舰掌机累计销量超{units}万"

# A sub-heading in the middle of the body names no period; the body's figure is the quarter's.
_SUBHEADING = (
    "宏远人寿今日公布截至2023年9月30日止第三季度的业务摘要。\n"
    "公司董事长表示，第三季度各地业务稳步增长。\n"
    "宏远人寿第三季度业务摘要\n"
    "新业务价值上升{value}%\n"
    "  • 第三季新业务价值增长28%至6.41亿美元\n"
    "  • 年化新保费增长19%至12.06亿美元。"
)

# A release's highlight names 交付量; the body's sentence names the model's (Star X 的交付量).
_HIGHLIGHTS = (
    "星途汽车今日公布截至2023年12月31日的第四季度及全年未经审计财务业绩。\n"
    "公司董事长表示，全年交付稳步增长。\n"
    "星途汽车公布2023年第四季度及全年财务业绩\n"
    "全年交付量为{units}辆\n"
    "2023年全年 Star X 的交付量达到 61,306 辆，较2022年增长45.2%。"
)

# A sub-heading abbreviates the body's measure to its first and last words.
_ABBREVIATED = (
    "星游网络公布2023年第二季度业绩，净收入249亿元，按年增长6%。\n"
    "游戏收入增{growth}% 新作上线推动\n"
    "期内，游戏及相关增值服务净收入达193亿元，按年增长约5.2%。"
)

# A share whose share word comes after its figure (35%的5G手机出货占比), read as a percentage.
_SHARE_AFTER_BODY = "2023年，云帆通讯手机出货量达到4120万台，全年实现35%的5G手机出货占比。"
_SHARE_AFTER_TITLE = "云帆通讯2023年5G手机出货占{share}%左右"

# A feed's body opens with its title again; the title's 地方债 key finds nothing else.
_REPEAT_LINE = "1-5月全国发行专项债19120亿，平均利率2.97%"
_REPEAT_BODY = (_REPEAT_LINE + "\n财政部网站公布数据显示，1-5月，全国发行地方政府专项债券19120亿元，"
                "平均发行利率2.97%，平均发行期限14.2年。")
_REPEAT_TITLE = "1-5月全国发行专项债{bonds}亿，平均利率{rate}%"

CASES = [
    _case("title_printed_again_passes", _REPEAT_BODY, "pass", ("2.97%", "2.97%"),
          _REPEAT_TITLE.format(bonds="19120", rate="2.97")),
    _case("title_printed_again_with_an_altered_rate_is_violated", _REPEAT_BODY, "violation", ("3.86%", "2.97%"),
          _REPEAT_TITLE.format(bonds="19120", rate="3.86")),
    _case("title_printed_again_with_an_altered_amount_is_violated", _REPEAT_BODY, "violation",
          ("24856亿", "19120亿"), _REPEAT_TITLE.format(bonds="24856", rate="2.97")),
    _case("unnamed_body_subject_under_a_named_title_passes", _TRADE_BODY, "pass", ("16840.2亿元", "16840.2亿元"),
          _TRADE_TITLE.format(total="16840.2", growth="8.6")),
    _case("unnamed_body_subject_altered_total_is_violated", _TRADE_BODY, "violation", ("21892.3亿元", "16840.2亿元"),
          _TRADE_TITLE.format(total="21892.3", growth="8.6")),
    _case("unnamed_body_subject_altered_growth_is_violated", _TRADE_BODY, "violation", ("11.5%", "8.6%"),
          _TRADE_TITLE.format(total="16840.2", growth="11.5")),
    _case("unnamed_body_subject_traditional_altered_growth_is_violated", _TRADE_BODY_TRADITIONAL, "violation",
          ("10.3%", "8.6%"), _TRADE_TITLE_TRADITIONAL.format(total="16840.2", growth="10.3")),
    _case("growth_beside_a_two_year_average_passes", _INVESTMENT_BODY, "pass", ("5.7%", "5.7%"),
          _INVESTMENT_TITLE.format(growth="5.7")),
    _case("growth_altered_to_the_two_year_average_is_a_warning", _INVESTMENT_BODY, "violation", ("7.4%", "5.7%"),
          _INVESTMENT_TITLE.format(growth="7.4")),
    _case("measure_named_after_the_figure_passes", _AFTER_BODY, "pass", ("86亿元", "86亿元"),
          _AFTER_TITLE.format(profit="86")),
    _case("measure_named_after_the_figure_altered_is_violated", _AFTER_BODY, "violation", ("112亿元", "86亿元"),
          _AFTER_TITLE.format(profit="112")),
    _case("abbreviated_bond_key_passes", _BONDS_BODY, "pass", ("28150亿", "28150亿元"),
          _BONDS_TITLE.format(bonds="28150")),
    _case("abbreviated_bond_key_altered_is_a_warning", _BONDS_BODY, "violation", ("36595亿", "28150亿元"),
          _BONDS_TITLE.format(bonds="36595")),
    _case("change_word_leftover_in_the_key_passes", _RESERVES_BODY, "pass", ("130亿美元", "130亿美元"),
          _RESERVES_TITLE.format(change="130")),
    _case("change_word_leftover_in_the_key_altered_is_a_warning", _RESERVES_BODY, "violation",
          ("169亿美元", "130亿美元"), _RESERVES_TITLE.format(change="169")),
    _case("running_total_at_another_date_passes", _RUNNING_BODY, "pass", ("8260万", "8260万台"),
          _RUNNING_TITLE.format(units="8260")),
    _case("running_total_at_another_date_altered_is_a_warning", _RUNNING_BODY, "violation",
          ("10738万", "8260万台"), _RUNNING_TITLE.format(units="10738")),
    _case("highlight_of_a_measure_the_body_names_in_full_passes", _HIGHLIGHTS.format(units="61,306"), "pass",
          ("61,306辆", "61,306 辆"), "星途汽车公布2023年业绩"),
    _case("highlight_of_a_measure_the_body_names_in_full_altered_is_a_warning", _HIGHLIGHTS.format(units="79,698"),
          "violation", ("79,698辆", "61,306 辆"), "星途汽车公布2023年业绩"),
    _case("subheading_abbreviating_head_and_tail_passes", _ABBREVIATED.format(growth="5.2"), "pass",
          ("5.2%", "5.2%"), "星游网络上季经调整纯利增9%"),
    _case("subheading_abbreviating_head_and_tail_altered_is_a_warning", _ABBREVIATED.format(growth="6.8"),
          "violation", ("6.8%", "5.2%"), "星游网络上季经调整纯利增9%"),
    _case("share_named_after_its_figure_passes", _SHARE_AFTER_BODY, "pass", ("35%", "35%"),
          _SHARE_AFTER_TITLE.format(share="35")),
    _case("share_named_after_its_figure_altered_is_a_warning", _SHARE_AFTER_BODY, "violation", ("46%", "35%"),
          _SHARE_AFTER_TITLE.format(share="46")),
    _case("subheading_without_its_period_passes", _SUBHEADING.format(value="28"), "pass", ("28%", "28%"),
          "宏远人寿第三季新业务价值创新高"),
    _case("subheading_without_its_period_altered_is_a_warning", _SUBHEADING.format(value="36"), "violation",
          ("36%", "28%"), "宏远人寿第三季新业务价值创新高"),
]

# Must not relate: two measures of one stem whose endings each name a measure; a running total
# the body gives at two dates (it grows: the title's may be of a later one); a sub-heading whose measure the body gives for two
# stretches of its year with two values.
SILENT = [
    _case("title_beside_another_line_of_its_numbers_is_silent",
          "1-5月全国发行一般债9480亿，平均利率3.05%\n财政部网站公布数据显示，1-5月全国发行地方政府债券28600亿元。",
          "silent", (), "1-5月全国发行专项债19120亿，平均利率2.97%"),
    _case("sentence_ending_with_a_half_width_stop_is_no_headline",
          "再看川酒，四川的上市酒企有四家，均已公布2023年业绩。\n"
          "2023年，4家川酒上市企业营收总额1255.39亿元，同比增长14.21%。\n"
          "再看黔酒，贵州只有两家上市酒企。两家上市企业2023年营收总额合计1551.43亿元.",
          "silent", (), "白酒上市企业2023财报大比拼"),
    _case("head_and_tail_of_two_measures_with_two_values_is_silent",
          "星游网络公布2023年第二季度业绩。\n游戏收入增6.8% 新作上线推动\n"
          "期内，游戏广告收入按年增长5.2%，游戏授权收入按年增长9.4%。",
          "silent", (), "星游网络上季经调整纯利增9%"),
    _case("measure_named_after_a_figure_of_another_key_is_silent",
          "2024年，授权首付款约合人民币12.4亿元，税后约有10亿元的利润贡献。\n"
          "研发投入中，费用化的研发投入有48.2亿元，资本化的研发投入",
          "silent", (), "衡远医药2024年业绩点评"),
    _case("one_stem_two_measures_is_silent",
          "2023年1-5月，全国新能源汽车销量为294.1万辆。", "silent", (),
          "1-5月全国新能源汽车产量382万辆"),
    _case("running_total_of_two_dates_is_silent",
          "截至2022年9月30日，旗舰掌机累计销量超过了7830万台；截至2022年12月31日，累计销量超过了8260万台。",
          "silent", (), _RUNNING_TITLE.format(units="8000")),
    _case("subheading_of_a_measure_given_for_two_stretches_is_silent",
          "宏远人寿今日公布截至2023年9月30日止第三季度的业务摘要。\n"
          "公司董事长表示，第三季度各地业务稳步增长。\n"
          "宏远人寿第三季度业务摘要\n"
          "新业务价值上升36%\n"
          "  • 第三季新业务价值增长28%至6.41亿美元\n"
          "  • 前三季新业务价值增长31%至18.2亿美元。",
          "silent", (), "宏远人寿第三季新业务价值创新高"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_headline_pairing(case: RuleCase, tmp_path):
    report = run_case(case, tmp_path)
    of_rule = [check for check in report.checks if check.rule == RULE]
    described = "\n".join(f"  {c.outcome} {c.severity} {c.message} @ {[l.text for l in c.locations]}" for c in of_rule)
    violations = [check for check in of_rule if check.outcome == "violation"]
    if case.expect == "silent":
        assert not violations, described
        return
    assert matching_checks(report, case), f"no {case.expect} covering {case.figures}:\n{described}"
    if case.expect == "pass":
        assert not violations, described
    elif "warning" in case.name:
        # The measure is linked by a weaker sign than its metric key: never an error.
        assert all(check.severity == "warning" for check in violations), described
