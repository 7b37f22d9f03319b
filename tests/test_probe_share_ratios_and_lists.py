"""Shares results coverage prints around a company's revenue (validator/share_totals.py,
validator/breakdowns.py; rules/share_of_total.py, rules/parts_sum.py):

- expense ratios: 销售费用为5.28亿元，销售费用率为9.0% (the expense over the company's revenue);
- a named ratio is of the company's revenue, never a segment's printed nearer (国内市场收入);
- shares handed out by 分别: 收入分别为A、B和C，占营业收入的比重分别为a、b和c;
- top customers: 前五名客户销售额合计X，占年度销售总额的Y% (the year's sales read as the revenue
  printed, so a failure is a warning);
- 分区域看，海外…收入A；国内…收入B: complementary slices of the company's revenue printed before
  (at most that revenue: the slices may be of 主营业务收入).

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

OPENING = "<p>北川精工披露2024年半年报。上半年公司实现营业收入46.20亿元，同比增长11.4%；归母净利润5.12亿元。</p>\n"
EXPENSES = OPENING + "<p>上半年，公司研发费用为3.88亿元，研发费用率为8.4%；销售费用为2.31亿元，销售费用率为5.0%。</p>"
GROSS_AFTER_SEGMENTS = (OPENING + "<p>分区域看，海外市场实现收入18.48亿元，同比增长30.2%；国内市场收入27.72亿元，同比增长2.1%。</p>\n"
                        "<p>上半年，公司毛利为15.71亿元，毛利率为34.0%。</p>")
RESPECTIVELY = (OPENING + "<p>分产品来看，精密轴承、传动部件和其他产品的收入分别为27.72亿元、13.86亿元和4.62亿元，"
                "占营业收入的比重分别为60.0%、30.0%和10.0%。</p>")
TOP_CUSTOMERS = OPENING + "<p>公司前五名客户销售额合计6.47亿元，占年度销售总额的14.0%。</p>"
REGIONS = OPENING + "<p>分地区看，境外收入为18.48亿元，同比增长30.2%；境内收入为27.72亿元，同比增长2.1%。</p>"
TRADITIONAL = ("<p>北川精工披露2024年半年報。上半年公司實現營業收入46.20億元，同比增長11.4%。</p>\n"
               "<p>上半年，公司銷售費用為2.31億元，銷售費用率為5.0%。</p>")

PASSING = [EXPENSES, GROSS_AFTER_SEGMENTS, RESPECTIVELY, TOP_CUSTOMERS, REGIONS, TRADITIONAL]
IDS = ["费用率", "毛利率", "分别", "前五名客户", "境内境外", "繁體"]


def _checks(path):
    return run([str(path)]).checks


def _triples(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind in ("share", "parts_sum")}


@pytest.mark.parametrize("text", PASSING, ids=IDS)
def test_consistent_shares_pass(tmp_path, text):
    assert [check for check in _checks(write_article(tmp_path, text)) if check.outcome == "violation"] == []


@pytest.mark.parametrize("text, relation", [
    (EXPENSES, ("3.88亿元", "46.20亿元", "8.4%")),
    (EXPENSES, ("2.31亿元", "46.20亿元", "5.0%")),
    (GROSS_AFTER_SEGMENTS, ("15.71亿元", "46.20亿元", "34.0%")),
    (RESPECTIVELY, ("13.86亿元", "46.20亿元", "30.0%")),
    (TOP_CUSTOMERS, ("6.47亿元", "46.20亿元", "14.0%")),
    (REGIONS, ("27.72亿元", "18.48亿元", "46.20亿元")),
    (TRADITIONAL, ("2.31億元", "46.20億元", "5.0%")),
], ids=["研发费用率", "销售费用率", "毛利率", "分别", "前五名客户", "境内境外", "繁體"])
def test_relation_is_read(tmp_path, text, relation):
    assert relation in _triples(write_article(tmp_path, text))


@pytest.mark.parametrize("text, old, new, severity", [
    (EXPENSES, "销售费用率为5.0%", "销售费用率为6.5%", "error"),
    (GROSS_AFTER_SEGMENTS, "毛利率为34.0%", "毛利率为44.2%", "error"),
    (RESPECTIVELY, "30.0%", "39.0%", "error"),
    (TOP_CUSTOMERS, "14.0%", "18.2%", "warning"),
    (REGIONS, "27.72亿元", "36.04亿元", "error"),
], ids=["费用率", "毛利率", "分别", "前五名客户", "境内境外"])
def test_altered_figure_is_reported(tmp_path, text, old, new, severity):
    found = [check for check in _checks(write_article(tmp_path, text.replace(old, new)))
             if check.outcome == "violation" and any(location.text in new for location in check.locations)]
    assert found and {check.severity for check in found} == {severity}


def test_segment_revenue_is_no_denominator_of_the_company_s_margin(tmp_path):
    triples = _triples(write_article(tmp_path, GROSS_AFTER_SEGMENTS))
    assert not any(triple[:2] == ("15.71亿元", "27.72亿元") for triple in triples)


def test_region_slices_of_revenue_printed_two_ways_are_not_summed(tmp_path):
    text = REGIONS.replace("实现营业收入46.20亿元", "实现营业总收入46.80亿元，营业收入46.20亿元")
    assert not any(len(triple) == 3 and triple[2] in ("46.20亿元", "46.80亿元") and triple[0] == "27.72亿元"
                   for triple in _triples(write_article(tmp_path, text)))


def test_regions_summing_below_the_revenue_pass(tmp_path):
    """The slices may be of 主营业务收入 within the printed 营业收入: at most, never exactly."""
    text = REGIONS.replace("境内收入为27.72亿元", "境内收入为26.90亿元")
    assert not [check for check in _checks(write_article(tmp_path, text)) if check.outcome == "violation"]


MOVED = (OPENING + "<p>报告期内，公司海外业务收入同比增长21.6%至13.86亿元，占营业收入的比重提升至30.0%，"
         "较上年同期提升2.4个百分点。</p>")
HONG_KONG = ("<p>南星集团公布截至2023年6月30日止六个月的中期业绩。期内，集团总收益为512.80亿元人民币，同比增长12.0%；"
             "股东应占溢利为96.40亿元。</p>\n"
             "<p>按业务划分，云服务收益为205.12亿元，占总收益的40.0%；广告业务收益为153.84亿元，占比30.0%；"
             "其他业务收益为153.84亿元，占比30.0%。</p>\n"
             "<p>董事会宣派中期股息每股0.80港元，派息总额约为28.92亿元，派息比率为30.0%。</p>")


@pytest.mark.parametrize("text", [MOVED, HONG_KONG], ids=["比重提升至", "港股收益"])
def test_more_consistent_shares_pass(tmp_path, text):
    assert [check for check in _checks(write_article(tmp_path, text)) if check.outcome == "violation"] == []


@pytest.mark.parametrize("text, relation", [
    (MOVED, ("13.86亿元", "46.20亿元", "30.0%")),
    (HONG_KONG, ("153.84亿元", "512.80亿元人民币", "30.0%")),
    (HONG_KONG, ("28.92亿元", "96.40亿元", "30.0%")),
], ids=["比重提升至", "港股收益", "派息比率"])
def test_more_relations_are_read(tmp_path, text, relation):
    assert relation in _triples(write_article(tmp_path, text))


@pytest.mark.parametrize("text, old, new, severity", [
    (MOVED, "提升至30.0%", "提升至39.0%", "error"),
    (HONG_KONG, "广告业务收益为153.84亿元", "广告业务收益为199.99亿元", "error"),
    (HONG_KONG, "派息比率为30.0%", "派息比率为39.0%", "warning"),
], ids=["比重提升至", "港股收益", "派息比率"])
def test_more_altered_figures_are_reported(tmp_path, text, old, new, severity):
    figure = new[-6:] if "%" not in new else new[-5:]
    found = [check for check in _checks(write_article(tmp_path, text.replace(old, new)))
             if check.outcome == "violation" and any(location.text in new for location in check.locations)]
    # an error wherever one is proven; a warning alone where the whole is only a reading
    severities = {check.severity for check in found}
    assert found and (severity in severities if severity == "error" else severities == {severity}), figure


def test_a_per_share_dividend_is_no_payout_total(tmp_path):
    text = HONG_KONG.replace("派息总额约为28.92亿元，", "")
    assert not any(triple[-1] == "30.0%" and "0.80港元" in triple for triple in _triples(write_article(tmp_path, text)))


def test_earnings_per_share_is_no_revenue_slice(tmp_path):
    text = OPENING + "<p>基本每股收益为0.85元，占比无从谈起；公司海外业务收入13.86亿元，占比30.0%。</p>"
    assert not any("0.85元" in triple for triple in _triples(write_article(tmp_path, text)))


EACH_PERIOD = ("<p>招股书显示，2021年至2023年，公司营业收入分别为3.10亿元、4.20亿元和6.50亿元。</p>\n"
               "<p>报告期各期，公司向前五名客户的销售金额合计分别为17,050.00万元、21,420.00万元和26,000.00万元，"
               "占当期营业收入的比例分别为55.0%、51.0%和40.0%。</p>")
EACH_YEAR = ("<p>招股书显示，2021年至2023年，公司营业收入分别为3.10亿元、4.20亿元和6.50亿元。</p>\n"
             "<p>2021年至2023年，公司海外收入分别为0.62亿元、1.05亿元和2.08亿元，占营业收入的比例分别为20.0%、25.0%和32.0%。</p>")


def test_shares_of_each_period_s_whole_are_not_read_against_one_year(tmp_path):
    """报告期各期 is not read as the years before it: no one year's revenue is each share's whole."""
    assert [check for check in _checks(write_article(tmp_path, EACH_PERIOD)) if check.outcome == "violation"] == []


def test_shares_of_each_year_are_read_against_their_year(tmp_path):
    triples = _triples(write_article(tmp_path, EACH_YEAR))
    assert {("0.62亿元", "3.10亿元", "20.0%"), ("1.05亿元", "4.20亿元", "25.0%"), ("2.08亿元", "6.50亿元", "32.0%")} <= triples
    found = [check for check in _checks(write_article(tmp_path, EACH_YEAR.replace("25.0%", "32.5%")))
             if check.outcome == "violation" and any(location.text == "32.5%" for location in check.locations)]
    assert found


def test_research_investment_is_no_research_expense(tmp_path):
    """研发投入 counts capitalised development too: 研发费用率 is not of it."""
    text = OPENING + "<p>上半年，公司研发投入为5.10亿元，其中资本化金额1.22亿元；研发费用率为8.4%。</p>"
    assert not any(triple[-1] == "8.4%" for triple in _triples(write_article(tmp_path, text)))


def test_a_mainland_gain_is_no_slice_of_revenue(tmp_path):
    text = OPENING + "<p>上半年，公司理财收益为1.86亿元，占比36.3%。</p>"
    assert not any("1.86亿元" in triple for triple in _triples(write_article(tmp_path, text)))


def test_a_hong_kong_margin_is_of_the_total_revenue(tmp_path):
    text = HONG_KONG.replace("股东应占溢利为96.40亿元。", "股东应占溢利为96.40亿元；期内毛利为256.40亿元，毛利率为50.0%。")
    assert ("256.40亿元", "512.80亿元人民币", "50.0%") in _triples(write_article(tmp_path, text))
    found = [check for check in _checks(write_article(tmp_path, text.replace("毛利率为50.0%", "毛利率为65.0%")))
             if check.outcome == "violation" and any(location.text == "65.0%" for location in check.locations)]
    assert found


def test_a_share_of_the_listed_amounts_sum_is_not_read_as_the_last_amount_s(tmp_path):
    """三大业务收入分别为…，合计占营业收入的80.0%: the share is of the sum, not of the last amount."""
    text = OPENING + "<p>轴承、齿轮和电机三大业务收入分别为20.00亿元、10.00亿元和6.96亿元，合计占营业收入的80.0%。</p>"
    assert [check for check in _checks(write_article(tmp_path, text)) if check.outcome == "violation"] == []


LISTED_SUM = OPENING + "<p>轴承、齿轮和电机三大业务收入分别为20.00亿元、10.00亿元和6.96亿元，合计占营业收入的80.0%。</p>"


def test_a_share_of_the_listed_amounts_sum_is_read_against_their_sum(tmp_path):
    assert ("20.00亿元", "10.00亿元", "6.96亿元", "46.20亿元", "80.0%") in _triples(write_article(tmp_path, LISTED_SUM))
    found = [check for check in _checks(write_article(tmp_path, LISTED_SUM.replace("80.0%", "90.0%")))
             if check.outcome == "violation" and any(location.text == "90.0%" for location in check.locations)]
    assert found and {check.severity for check in found} == {"error"}
