"""The headline rule's warnings (sentences written here, with invented companies and figures):
a title whose figure the body prints for the same measure under another period of the year
the extractor read (a half year's dividend in a sentence naming only the year) or as its total
(净收入总额 for 净收入), and a title that cuts the body's figure instead of rounding it. Each
printed version passes, each altered twin is a warning at the altered figure, and the shapes
that may mean another measure stay silent."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, matching_checks, run_case

RULE = "headline"
_PUBLISHED = "2023-08-20 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...], title: str) -> RuleCase:
    document = {"text": text, "title": title, "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


# The body names the year only; the title's 中期 is the half year.
_DIVIDEND_BODY = "海峡银行公布2023年业绩，中期息0.236元，与去年同期相同。股东应占溢利88.16亿元。"
_DIVIDEND_TITLE = "海峡银行6618|中期溢利按年升8% 息{dividend}元"

# The body's total is keyed with 总额; its parts end with the title's key.
_TOTAL_BODY = (
    "2023年第三季度，远航科技信贷驱动服务净收入为31.45亿元，平台服务净收入为12.08亿元。"
    "2023年，公司实现净收入总额43.53亿元。"
)
_TOTAL_TITLE = "远航科技发布Q3财报：净收入{income}亿元"

_CUT_BODY = "2023年1-6月，我国动漫市场实际销售收入为 2366.78 亿元，同比增长5.1%。"
_CUT_TITLE = "我国动漫市场上半年收入{income}亿元"

# A release's highlight line names 季度总收入; the body's sentence keys it 总收入.
_HIGHLIGHT = (
    "星途汽车今日公布截至2023年6月30日的第二季度未经审计财务业绩。\n"
    "公司董事长表示，第二季度交付稳步增长。\n"
    "公司同时更新了第三季度的交付指引。\n"
    "星途汽车公布2023年第二季度未经审计财务业绩\n"
    "季度总收入达到人民币{heading}亿元\n"
    "2023年第二季度，星途汽车的总收入为人民币163.582亿元，较2022年第二季度增长21.4%。"
)
# A line of one segment beside the body's figure of another segment.
_SEGMENTS = (
    "截至目前，21家白酒上市企业已全部公布了2023年业绩。\n"
    "2023年，白酒上市企业表现分化。\n"
    "川酒黔酒谁更强？\n"
    "2023年4家黔酒上市企业营收总额合计1551.43亿元\n"
    "2023年，4家川酒上市企业营收总额1255.39亿元，同比增长14.21%。"
)

CASES = [
    _case("highlight_line_of_an_abbreviated_measure_altered_is_a_warning", _HIGHLIGHT.format(heading="212.657"),
          "violation", ("212.657亿元", "163.582亿元"), "星途汽车公布2023年第二季度业绩"),
    _case("half_year_dividend_read_for_the_year_passes", _DIVIDEND_BODY, "pass", ("0.236元", "0.236元"),
          _DIVIDEND_TITLE.format(dividend="0.236")),
    _case("half_year_dividend_altered_is_a_warning", _DIVIDEND_BODY, "violation", ("0.307元", "0.236元"),
          _DIVIDEND_TITLE.format(dividend="0.307")),
    _case("total_keyed_with_its_word_altered_is_a_warning", _TOTAL_BODY, "violation", ("56.59亿元", "43.53亿元"),
          _TOTAL_TITLE.format(income="56.59")),
    _case("title_cutting_the_body_figure_is_a_warning", _CUT_BODY, "violation", ("2366亿元", "2366.78 亿元"),
          _CUT_TITLE.format(income="2366")),
    _case("title_rounding_the_body_figure_passes", _CUT_BODY, "pass", ("2367亿元", "2366.78 亿元"),
          _CUT_TITLE.format(income="2367")),
]

# Must not relate: a title's year against the body's quarter, two measures its key may
# abbreviate with two values, a two-character abbreviation.
SILENT = [
    _case("line_of_another_segment_is_silent", _SEGMENTS, "silent", (), "白酒上市企业2023财报大比拼"),
    _case("title_year_against_a_quarter_is_silent",
          "2023年第四季度，远航科技净收入总额为12.6亿元。", "silent", (),
          "远航科技2023年净收入48亿元"),
    _case("parts_of_the_title_measure_are_silent",
          "2023年第三季度，远航科技信贷驱动服务净收入为31.45亿元，平台服务净收入为12.08亿元。", "silent", (),
          "远航科技发布Q3财报：净收入56.59亿元"),
    _case("two_character_abbreviation_of_a_longer_metric_is_silent",
          "2023年上半年，海峡银行利息收入为40.2亿元。", "silent", (),
          "海峡银行上半年收入55亿元"),
    _case("title_figure_of_another_year_is_silent",
          "海峡银行公布2022年业绩，中期息0.236元。", "silent", (),
          "海峡银行2023年中期息0.307元"),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_headline_doubts(case: RuleCase, tmp_path):
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
    else:
        # Not surely the same measure, or a truncation some editors accept: never an error.
        assert all(check.severity == "warning" for check in violations), described
