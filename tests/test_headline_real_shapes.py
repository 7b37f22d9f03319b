"""The headline rule on the shapes real coverage gives its headlines (sentences written here,
with invented companies and figures): a sub-heading ending with a colon, a release's highlight
line, a stock code before the title's metric, HK wording (按年升…倍, 中期溢利, 息…元), a title
that names no company. Each printed version passes, an altered twin fails at the altered
figure, and headlines that state something else stay silent."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds

RULE = "headline"


_PUBLISHED = "2023-08-20 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = (), title: str = "华曜新能2023年年报点评：业绩稳健增长") -> RuleCase:
    document = {"text": text, "title": title, "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


# A broker's note: each sub-heading states its paragraph's figure, then a colon, then the
# paragraph in the same line.
_COLON_HEADING = (
    "事件：公司发布2023年年度报告，2023年公司实现营业收入812.44亿元，同比增长6.2%；实现归母净利润{figure}亿元，"
    "同比增长11.37%。\n"
    "全年归母净利润{heading}亿元，同比增长11.37%：公司2023年实现营收812.44亿元，同比增长6.20%；"
    "实现归母净利润{figure}亿元。"
)

# A release's highlights: short lines of their own before the body gives each figure.
_HIGHLIGHTS = (
    "星途汽车公布2023年第二季度未经审计财务业绩\n"
    "季度总收入达到人民币{heading}亿元\n"
    "季度汽车交付量为41263辆\n"
    "2023年第二季度，星途汽车的总收入为人民币{figure}亿元，较2022年第二季度增长21.4%。"
    "车辆交付2023年第二季度为41263辆，较2022年第二季度增长18.3%。"
)

# A Hong Kong report: a stock code and a bar before the title's metric, interim profit and
# dividend in the title, 按年升 in the body.
_HK_TITLE = "海峡银行6618|中期溢利按年升{growth}% 息{dividend}元"
_HK_BODY = (
    "海峡银行(06618)公布2023年中期业绩，股东应占溢利88.16亿元，按年升8.3%。每股基本盈利0.8412元。"
    "中期息0.236元，与去年同期相同。每股中期股息为0.236元。\n"
    "2023年上半年提取减值准备前之净经营收入升至173.5亿元，期内溢利为93.27亿元，按年上升5.9%。"
)

# A title that names no company, about a market the body names.
_MARKET_TITLE = "上半年动漫产业收入近812亿元 网络动漫占{share}%"
_MARKET_BODY = "报告显示，今年上半年，我国动漫市场实际销售收入811.62亿元，其中网络动漫占63.18%，同比提高2.1个百分点。"

# HK wording: growth as a multiple.
_MULTIPLE_TITLE = "远景控股上半年盈利按年升{multiple}倍创新高"
_MULTIPLE_BODY = "远景控股公布，上半年盈利312亿港元，按年大幅上升1.8倍，为上市以来新高。"

# A statistics release: the title names a stretch of months (1-5月) before its metric.
_LOTTERY_TITLE = "1-5月全国彩票销售额2391亿元 比上年同期增长{growth}%"
_LOTTERY_BODY = "财政部近日公布的数据显示，1-5月，全国共销售彩票2391亿元。其中，全国彩票销售额2391亿元，比上年同期增长8.4%。"

CASES = [
    _case("colon_heading_repeats_the_body", _COLON_HEADING.format(figure="203.18", heading="203.18"),
          "pass", ("203.18亿元", "203.18亿元")),
    _case("colon_heading_altered_fails_at_the_heading", _COLON_HEADING.format(figure="203.18", heading="264.13"),
          "violation", ("264.13亿元", "203.18亿元")),
    _case("highlight_line_repeats_the_body", _HIGHLIGHTS.format(figure="163.582", heading="163.582"),
          "pass", ("163.582亿元", "163.582亿元"), title="星途汽车公布2023年第二季度业绩"),
    _case("highlight_line_altered_fails_at_the_line", _HIGHLIGHTS.format(figure="163.582", heading="212.657"),
          "violation", ("212.657亿元", "163.582亿元"), title="星途汽车公布2023年第二季度业绩"),
    _case("hk_title_rounds_the_body_growth", _HK_BODY, "pass", ("8%", "8.3%"),
          title=_HK_TITLE.format(growth="8", dividend="0.236")),
    _case("hk_title_growth_altered_fails", _HK_BODY, "violation", ("11%", "8.3%", "5.9%"),
          title=_HK_TITLE.format(growth="11", dividend="0.236")),
    _case("hk_title_dividend_altered_fails", _HK_BODY, "violation", ("0.307元", "0.236元"),
          title=_HK_TITLE.format(growth="8", dividend="0.307")),
    _case("unnamed_title_share_backed_by_the_market", _MARKET_BODY, "pass", ("63.18%", "63.18%"),
          title=_MARKET_TITLE.format(share="63.18")),
    _case("unnamed_title_share_altered_fails", _MARKET_BODY, "violation", ("82.13%", "63.18%"),
          title=_MARKET_TITLE.format(share="82.13")),
    _case("multiple_growth_backed", _MULTIPLE_BODY, "pass", ("1.8倍", "1.8倍"),
          title=_MULTIPLE_TITLE.format(multiple="1.8")),
    _case("multiple_growth_altered_fails", _MULTIPLE_BODY, "violation", ("2.3倍", "1.8倍"),
          title=_MULTIPLE_TITLE.format(multiple="2.3")),
    _case("month_stretch_title_backed", _LOTTERY_BODY, "pass", ("8.4%", "8.4%"),
          title=_LOTTERY_TITLE.format(growth="8.4")),
    _case("month_stretch_title_altered_fails", _LOTTERY_BODY, "violation", ("10.9%", "8.4%"),
          title=_LOTTERY_TITLE.format(growth="10.9")),
    # Headlines that must not fail.
    _case("colon_heading_of_another_period_is_not_refuted",
          "全年归母净利润185.6亿元，同比增长9.1%：公司2022年实现归母净利润185.6亿元。"
          "2023年第一季度，公司实现归母净利润52.3亿元。",
          "pass", ("185.6亿元",)),
    _case("rounded_bound_title_passes", "公司全年实现营业收入503.2亿元，同比增长12.4%。", "pass",
          ("500亿", "503.2亿元"), title="华曜科技2023年营收超500亿元"),
    _case("title_of_another_metric_is_silent", "公司全年实现营业收入503.2亿元，同比增长12.4%。", "silent",
          title="华曜科技2023年研发人员超5000人"),
    _case("digest_index_line_is_silent",
          "周四美股三大指数集体收跌，纳指跌0.8%，市场情绪偏谨慎。\n恒生指数报19876.3点\n截至收盘，恒生指数报19702.6点。",
          "silent"),
    _case("table_row_without_units_is_silent",
          "分部业绩如下（人民币百万元）。\n收入 412,306 388,521 6%\n毛利 201,114 187,640 7%\n"
          "第四季度收入为132,871百万元，毛利为64,902百万元。",
          "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_headline_real_shapes(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)


@pytest.mark.parametrize(("phrase", "key"), [
    ("6618|中期溢利", "净利润"),  # a stock code and 中期 say who and when
    ("按年大幅", ""),  # how a change is stated names no measure: the figure takes its level's
    ("营收大", "营收"),  # 营收大增
    ("归母净利润同比大", "归母净利润"),
    ("• 第二季新业务价值", "新业务价值"),
    ("| · | 车辆交付", "车辆交付"),
    ("季度营收", "季度营收"),  # a quarter's, whatever period the line was given
    ("期内溢利", "净利润"),
    ("净利息收入", "净利息收入"),  # not a 净利润
    ("中期票据", "中期票据"),
    ("规模扩大", "规模扩大"),
    ("1-5月全国彩票销售额", "全国彩票销售额"),  # a stretch of months is a period
    ("累计销量超过了", "销量"),  # a qualifier the grammar did not attach bounds, it names nothing
    ("净利润超", "净利润"),
    ("突破", "突破"),
    ("1—11月份全国房地产开发投资", "全国房地产开发投资"),
])
def test_metric_keys_of_headline_shapes(phrase: str, key: str):
    from validator.metrics import metric_key

    assert metric_key(phrase) == key
