"""Headlines paired with the body's figure of their measure by the words that name it (sentences
written here, with invented companies and figures): a title stating a target the body lists
among its forecasts, or a forecast of its own; a release's highlight naming its stretch by the word that opens its
measure (季度交付量 is the quarter's, not the year's); a sub-heading's segment loss (核心业务大蚀
52亿) against the loss of the sentence that names that segment first; a highlight's amount and
growth against the table row of that growth whose cells print no unit (38.6 under 十亿元); a
title's change of an amount (少300万) against the body's move of that measure (从3100万降至2800万); a title counting stocks (股) where the
body counts firms (家). Each printed version passes, each altered twin — the title's figure or
the body's — is a violation at the altered figure (a warning: the link is a doubt), and the
shapes that may mean another measure, or that the body does not repeat, stay silent."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, one_article_case, run_case

RULE = "headline"
_PUBLISHED = "2023-04-28 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...], title: str) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title=title, published=_PUBLISHED)


# The title states a target for the year; the body gives it among the year's forecasts, the
# measure named after the figure (45%的TOPCon出货占比).
_TARGET_TITLE = "星河光能一季度净利大涨120% 全年TOPCon出货占{share}%左右"
_TARGET_BODY = (
    "星河光能4月27日晚间披露一季报，一季度实现归母净利润8.2亿元，同比增长120.4%。\n"
    "2023年年底，星河光能的硅片、电池、组件产能预计将分别达到50GW、55GW和65GW，"
    "其中TOPCon电池产能占比将超过80%，支撑年度45-50GW的组件出货目标和{body}%的TOPCon出货占比。"
)

# A title read as a forecast (有望) against the body's forecast of its measure.
_FORECAST_TITLE = "星海科技一季度营收增长8% 全年营收有望增长{growth}%"
_FORECAST_BODY = (
    "星海科技4月19日晚间披露一季报，一季度实现营业收入12.6亿元，同比增长8.4%。\n"
    "2023年全年，公司营收有望同比增长{body}%，毛利率将回升至35%以上。"
)

# A release's highlights name the quarter by 季度; the body gives the quarter and the year.
_HIGHLIGHTS = (
    "附件99.1\n"
    "星驰汽车公布2022年第四季度及全年未经审计财务业绩\n"
    "季度总收入达到人民币86.3亿元\n"
    "季度交付量达到{quarter}辆\n"
    "全年交付量为{year}辆\n"
    "北京，2023年2月24日——星驰汽车今天公布了截至2022年12月31日的第四季度和全年未经审计的财务业绩。\n"
    "·2022年第四季度，星驰ONE的交付量为41,530辆，同比增长25.1%。\n"
    "·2022年全年星驰ONE的交付量达到 133,246 辆，比2021年的 90,112 辆增长了47.9%。"
)

# A Hong Kong report's sub-heading: a segment's loss (大蚀, without 元), the body naming the
# segment in an earlier clause of the sentence that gives its 经营亏损.
_LOSS_LINES = (
    "美达集团(3699)公布2023年第三季度业绩，收入812亿元，按年增长3%，录得经调整净亏损95亿元。\n"
    "{segment}大蚀{line}亿\n"
    "期内{body_segment}分部收入318亿元，按年减少3.1%，并录得{loss}达52亿元，去年同期经营溢利为61亿元。"
)
_LOSS_TITLE = "美达上季经调整转蚀95亿符预期"

# A title's change of an amount, the body's move of that measure from one figure to another.
_MOVE_TITLE = "星游娱乐每月活跃玩家数在3个月内{way}{change}万 但营收较去年同期成长"
_MOVE_BODY = (
    "星游娱乐公布2023年第一季财报，引人注意的是旗下游戏每月活跃玩家数从3100万降至2800万。\n"
    "星游娱乐的营收较去年同期成长了9%，订阅用户增至1450万。"
)

# A round-up of results: the title counts stocks, the body firms.
_FIRMS_TITLE = "{reporting}股公布2022年业绩快报 {over}股净利润超50亿元"
_FIRMS_BODY = (
    "数据宝统计显示，截至2月9日，沪深两市共{body}家上市公司发布了业绩快报，其中，33家公司实现盈利，"
    "净利润在五十亿元以上的有9家，净利润同比增长的有27家。"
)

CASES = [
    _case("title_target_restated_by_the_body_forecast_passes",
          _TARGET_BODY.format(body="45"), "pass", ("45%", "45%"), _TARGET_TITLE.format(share="45")),
    _case("title_target_altered_is_a_warning_at_the_title",
          _TARGET_BODY.format(body="45"), "violation", ("58%", "45%"), _TARGET_TITLE.format(share="58")),
    _case("title_forecast_restated_by_the_body_forecast_passes",
          _FORECAST_BODY.format(body="20"), "pass", ("20%", "20%"), _FORECAST_TITLE.format(growth="20")),
    _case("title_forecast_altered_is_a_warning",
          _FORECAST_BODY.format(body="20"), "violation", ("30%", "20%"), _FORECAST_TITLE.format(growth="30")),
    _case("highlight_quarter_altered_is_a_warning_against_the_quarter",
          _HIGHLIGHTS.format(quarter="53,989", year="133,246"), "violation", ("53,989辆", "41,530辆"),
          "星驰汽车2022年第四季度业绩"),
    _case("subheading_loss_of_a_segment_restated_passes",
          _LOSS_LINES.format(segment="核心业务", line="52", body_segment="核心业务", loss="经营亏损"), "pass",
          ("52亿", "52亿元"), _LOSS_TITLE),
    _case("subheading_loss_of_a_segment_altered_is_a_warning",
          _LOSS_LINES.format(segment="核心业务", line="68", body_segment="核心业务", loss="经营亏损"), "violation",
          ("68亿", "52亿元"), _LOSS_TITLE),
    _case("title_change_the_body_moves_by_passes",
          _MOVE_BODY, "pass", ("300万", "3100万", "2800万"), _MOVE_TITLE.format(way="少", change="300")),
    _case("title_change_altered_is_a_warning",
          _MOVE_BODY, "violation", ("400万", "3100万", "2800万"), _MOVE_TITLE.format(way="少", change="400")),
    _case("title_rise_against_a_fall_is_a_warning",
          _MOVE_BODY, "violation", ("300万", "3100万", "2800万"), _MOVE_TITLE.format(way="多", change="300")),
    _case("title_count_of_stocks_restated_by_the_body_count_of_firms_passes",
          _FIRMS_BODY.format(body="38"), "pass", ("38股", "38家"), _FIRMS_TITLE.format(reporting="38", over="9")),
    _case("title_count_of_stocks_altered_is_a_warning",
          _FIRMS_BODY.format(body="38"), "violation", ("49股", "38家"), _FIRMS_TITLE.format(reporting="49", over="9")),
    _case("body_count_of_firms_altered_is_a_warning_at_the_body",
          _FIRMS_BODY.format(body="49"), "violation", ("38股", "49家"), _FIRMS_TITLE.format(reporting="38", over="9")),
    _case("title_count_with_a_condition_finds_the_count_of_that_condition",
          _FIRMS_BODY.format(body="38"), "violation", ("12股", "9家"), _FIRMS_TITLE.format(reporting="38", over="12")),
]

SILENT = [
    # A target the body does not give is not checked.
    _case("title_target_the_body_does_not_give_is_silent",
          "星河光能4月27日晚间披露一季报，一季度实现归母净利润8.2亿元，同比增长120.4%。", "silent", (),
          _TARGET_TITLE.format(share="45")),
    # 全年 is the year: the body's quarter says nothing of it, and the year's figure backs it.
    _case("highlight_year_is_not_held_against_the_quarter",
          _HIGHLIGHTS.format(quarter="41,530", year="133,246"), "silent", (), "星驰汽车2022年第四季度业绩"),
    # The loss the sentence gives is another segment's (国内业务亏损), or the sentence names
    # another segment than the line's.
    _case("subheading_loss_against_another_segments_loss_is_silent",
          _LOSS_LINES.format(segment="海外业务", line="68", body_segment="海外业务", loss="国内业务亏损"), "silent",
          (), _LOSS_TITLE),
    _case("subheading_loss_of_a_segment_the_sentence_does_not_name_is_silent",
          _LOSS_LINES.format(segment="新业务", line="68", body_segment="核心业务", loss="经营亏损"), "silent",
          (), _LOSS_TITLE),
    # A change the body gives no move for, or a move of another measure, is not checked.
    _case("title_change_without_a_move_is_silent",
          "星游娱乐公布2023年第一季财报，旗下游戏每月活跃玩家数为2800万。", "silent", (),
          _MOVE_TITLE.format(way="少", change="400")),
    _case("title_change_against_a_move_of_another_measure_is_silent",
          "星游娱乐公布2023年第一季财报，旗下商店的付费订单从3100万降至2800万。", "silent", (),
          _MOVE_TITLE.format(way="少", change="400")),
    _case("title_change_against_a_move_of_the_companys_other_measure_is_silent",
          "星游娱乐公布2023年第一季财报。星游娱乐旗下商店付费订单从3100万降至2800万。", "silent", (),
          _MOVE_TITLE.format(way="少", change="400")),
    # A count of stocks that the body does not count (调研) meets no count of firms.
    _case("title_count_of_something_the_body_does_not_count_is_silent",
          _FIRMS_BODY.format(body="38"), "silent", (), "38股公布2022年业绩快报 15股获机构调研"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_headline_measure_words(case: RuleCase, tmp_path):
    report = run_case(case, tmp_path)
    of_rule = [check for check in report.checks if check.rule == RULE]
    described = "\n".join(f"  {c.outcome} {c.severity} {c.message} @ {[l.text for l in c.locations]}" for c in of_rule)
    violations = [check for check in of_rule if check.outcome == "violation"]
    if case.expect == "silent":
        assert not violations, described
        return
    outcome = "pass" if case.expect == "pass" else "violation"
    matching = [check for check in of_rule if check.outcome == outcome and _covers(check, case.figures)]
    assert matching, f"no {case.expect} covering {case.figures}:\n{described}"
    if case.expect == "pass":
        assert not violations, described
    else:
        # Linked by words, not by their metric keys: never an error.
        assert all(check.severity == "warning" for check in violations), described


def _covers(check, figures: tuple[str, ...]) -> bool:
    """Each figure printed at a location of its own (spaces and separators aside)."""
    texts = [_bare(location.text) for location in check.locations]
    for figure in figures:
        found = next((text for text in texts if _bare(figure) in text), None)
        if found is None:
            return False
        texts.remove(found)
    return True


def _bare(text: str) -> str:
    return "".join(character for character in text if not character.isspace() and character != ",")


# A release's highlights (an amount and its growth) above a table whose label names the unit
# (十亿元) and whose cells print none: the row of the highlight's growth is its measure.
_TABLE_RELEASE = """source: https://example.com/release

附件 99.1

星融科技集团报告2023年第一季度未经审计的财务业绩

-首季交易额达{total}亿元人民币,按年升{growth}%-

-首季国际交易额达32亿元人民币,同比增长45.5%-

上海2023年5月18日电/美通社/--星融科技集团今天公布了截至2023年3月31日的第一季度未经审计的财务业绩。

    截至3个月/截至

同比

    2022年3月31日     2023年3月31日     改变
交易总额(十亿元人民币)1     36.3       38.6       6.3 %
成交量(中国内地)2     34.1       35.4       3.8 %
交易量(国际)3     2.2       3.2       45.5 %
"""

TABLE_CASES = [
    ("highlight_restating_its_table_row_passes", {"total": "386", "growth": "6.3"}, "pass", ("386亿元", "38.6")),
    ("highlight_altered_against_its_table_row_is_a_warning", {"total": "502", "growth": "6.3"}, "violation",
     ("502亿元", "38.6")),
    # A growth that no row gives names no row: the amount is not checked.
    ("highlight_whose_growth_no_row_gives_is_silent", {"total": "502", "growth": "7.1"}, "silent", ()),
]


@pytest.mark.parametrize("name, values, expect, figures", TABLE_CASES, ids=[case[0] for case in TABLE_CASES])
def test_highlight_against_a_table_row(name: str, values: dict, expect: str, figures: tuple[str, ...], tmp_path):
    from validator.pipeline import run

    (tmp_path / "release.txt").write_text(_TABLE_RELEASE.format(**values), encoding="utf-8")
    of_rule = [check for check in run([str(tmp_path)]).checks if check.rule == RULE]
    described = "\n".join(f"  {c.outcome} {c.severity} {c.message} @ {[l.text for l in c.locations]}" for c in of_rule)
    violations = [check for check in of_rule if check.outcome == "violation"]
    if expect == "silent":
        assert not [check for check in violations if _covers(check, (f"{values['total']}亿元",))], described
        return
    outcome = "pass" if expect == "pass" else "violation"
    assert [check for check in of_rule if check.outcome == outcome and _covers(check, figures)], described
    if expect == "pass":
        assert not violations, described
    else:
        assert all(check.severity == "warning" for check in violations), described
