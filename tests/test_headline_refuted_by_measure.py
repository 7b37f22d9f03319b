"""headline: a headline figure is held against the body figure of its measure, found by what
the two measure, so that a headline the body does not back is reported, not only confirmed
(sentences written here, with invented companies and figures):

- a title's growth against the lead's, though the extractor gave the lead's figure the subject
  of a noun closer to it (…因海外市场需求旺盛…) where the sentence names the title's company first;
- a sub-heading's 中期息…至0.37元 against the body's 派每股中期息0.37港元, whose key kept only 息.

Each printed version passes, an altered twin is a warning at the altered figure."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds

RULE = "headline"
_PUBLISHED = "2023-04-29 10:00:00 +0800"


def _case(name: str, title: str, text: str, expect: str, figures: tuple[str, ...] = (),
          published: str = _PUBLISHED) -> RuleCase:
    document = {"text": text, "title": title, "published": published}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


_LEAD = ("光伏组件厂商星辰能源(688999.SH)4月28日披露2023年一季报,因海外市场需求旺盛、组件出货量增加,"
         "其营业收入同比增长41.2%至198.35亿元,归母净利润同比大涨213.36%至12.48亿元。\n"
         "同日发布的2022年年度报告显示,星辰能源去年实现归母净利润21.17亿元,同比增长131.05%。")

_HALF_YEAR_PUBLISHED = "2023-08-20 10:00:00 +0800"
_DIVIDEND = ("【本报讯】远航保险公布2023年上半年业绩，新业务价值录18.26亿美元，按年升9%。"
             "纯利按年下跌12%至21.30亿美元；派每股中期息0.37港元，增5.71%。\n"
             "中期息增5.71%至{heading}元\n"
             "远航保险表示，新业务价值增长主要来自香港及东南亚市场。")

CASES = [
    _case("title_growth_rounding_the_lead_passes", "星辰能源一季度净利大涨213%", _LEAD, "pass", ("213%",)),
    _case("title_growth_altered_against_the_lead_is_a_warning", "星辰能源一季度净利大涨277%", _LEAD,
          "violation", ("277%", "213.36%")),
    _case("subheading_dividend_as_printed_passes", "远航保险中期业绩", _DIVIDEND.format(heading="0.37"), "pass",
          ("0.37元",), _HALF_YEAR_PUBLISHED),
    _case("subheading_dividend_altered_is_a_warning", "远航保险中期业绩", _DIVIDEND.format(heading="0.48"),
          "violation", ("0.48元", "0.37港元"), _HALF_YEAR_PUBLISHED),
]

SILENT = [
    # A sub-heading's phrase of two characters (派息) is too short to name the body's measure.
    _case("short_subheading_phrase_is_not_paired", "远航保险中期业绩",
          _DIVIDEND.replace("中期息增5.71%至{heading}元", "派息{heading}元").format(heading="0.48"), "silent",
          published=_HALF_YEAR_PUBLISHED),
]


@pytest.mark.parametrize("case", CASES + SILENT, ids=[case.name for case in CASES + SILENT])
def test_headline_refuted_by_measure(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
