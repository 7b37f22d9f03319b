"""Shares of revenue in an article that prints the revenue two ways (validator/share_totals.py,
``wholes_the_words_allow``; rules/share_of_total.py):

    公司全年实现营业总收入642.18亿元……营业收入630.50亿元。分业务看，电机业务收入380.20亿元，占营业收入的60.3%；
    泵阀业务收入150.40亿元，占比23.9%……

营业总收入 holds more than 营业收入 (a finance arm's interest, premiums earned), and the metric key
reads both as 营收. 占营业收入的 names one of them; a bare 占比 (or 占营收的) names either, so a share
that is of neither is a warning, never an error. A new partition (分地区看) after a list whose last
slice had a share of its own does not break down that slice. Sentences written here, with
made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

OPENING = "东岳机电发布2023年年报。公司全年实现营业总收入642.18亿元，同比增长9.6%；实现营业收入630.50亿元。"
SEGMENTS = ("分业务看，电机业务收入380.20亿元，占营业收入的60.3%；泵阀业务收入150.40亿元，占比23.9%；"
            "其他业务收入99.90亿元，占比15.8%。")
REGIONS = "分地区看，境内收入为441.35亿元，占比70.0%；境外收入为189.15亿元，占比30.0%。"
ARTICLE = f"<p>{OPENING}</p>\n<p>{SEGMENTS}</p>\n<p>{REGIONS}</p>"
TRADITIONAL = ("<p>東嶽機電發布2023年年報。公司全年實現營業總收入642.18億元，同比增長9.6%；實現營業收入630.50億元。</p>\n"
               "<p>分業務看，電機業務收入380.20億元，佔營業收入的60.3%；泵閥業務收入150.40億元，佔比23.9%；"
               "其他業務收入99.90億元，佔比15.8%。</p>")
TOTAL_NAMED = ("<p>东岳机电发布2023年年报。公司全年实现营业总收入642.18亿元；实现营业收入630.50亿元。"
               "电机业务收入380.20亿元，占营业总收入的59.2%。</p>")
ONE_REVENUE = ("<p>东岳机电发布2023年年报。公司全年实现营业收入630.50亿元，同比增长9.6%。</p>\n"
               "<p>分业务看，电机业务收入380.20亿元，占比60.3%；泵阀业务收入150.40亿元，占比23.9%。</p>")


def _violations(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation"]


def _totals(path) -> dict[str, list[str]]:
    """The totals each share relation reads, by the share's text."""
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {claims[relation.claim_in("share")].text: [claims[f.claim].text for f in relation.fillers if f.role == "total"]
            for relation in extraction.relations if relation.kind == "share" and relation.claim_in("share")}


@pytest.mark.parametrize("text", [ARTICLE, TRADITIONAL, TOTAL_NAMED], ids=["简体", "繁體", "占营业总收入"])
def test_shares_of_revenue_printed_two_ways_pass(tmp_path, text):
    assert _violations(write_article(tmp_path, text)) == []


def test_share_naming_operating_revenue_is_of_it_alone(tmp_path):
    totals = _totals(write_article(tmp_path, ARTICLE))
    assert totals["60.3%"] == ["630.50亿元"]


def test_share_naming_total_revenue_is_of_it_alone(tmp_path):
    assert _totals(write_article(tmp_path, TOTAL_NAMED))["59.2%"] == ["642.18亿元"]


def test_bare_share_may_be_of_either_revenue(tmp_path):
    totals = _totals(write_article(tmp_path, ARTICLE))
    assert totals["23.9%"] == ["630.50亿元", "642.18亿元"]
    assert totals["70.0%"] == ["630.50亿元", "642.18亿元"]


def test_named_share_altered_is_an_error(tmp_path):
    found = _violations(write_article(tmp_path, ARTICLE.replace("60.3%", "78.4%")))
    assert any(check.rule == "share-of-total" and check.severity == "error"
               and {"78.4%", "630.50亿元"} <= {location.text for location in check.locations} for check in found)


@pytest.mark.parametrize("old, new", [("23.9%", "31.1%"), ("150.40亿元", "195.52亿元"), ("30.0%", "39.0%")])
def test_bare_share_of_neither_revenue_is_a_warning(tmp_path, old, new):
    found = [check for check in _violations(write_article(tmp_path, ARTICLE.replace(old, new)))
             if check.rule == "share-of-total" and any(location.text == new for location in check.locations)]
    assert found and all(check.severity == "warning" for check in found)
    assert any("630.50亿元" in check.message and "642.18亿元" in check.message for check in found)


def test_bare_share_with_one_revenue_printed_is_still_an_error(tmp_path):
    found = _violations(write_article(tmp_path, ONE_REVENUE.replace("23.9%", "31.1%")))
    assert any(check.rule == "share-of-total" and check.severity == "error" for check in found)


def test_new_partition_does_not_break_down_the_last_slice(tmp_path):
    extraction = read_claims([str(write_article(tmp_path, ARTICLE))])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    wholes = {claims[relation.claim_in("total")].text for relation in extraction.relations
              if relation.kind == "parts_sum" and relation.claim_in("total")}
    assert "99.90亿元" not in wholes


MARGINS = ("<p>东岳食品披露年报，2023年公司实现营业总收入412.60亿元，营业收入410.00亿元，其中调味品业务收入246.00亿元，"
           "占比60.0%，同比增长9.8%；净利润53.30亿元，同比增长18.6%，净利率为13.0%。</p>\n"
           "<p>调味品业务毛利为98.40亿元，毛利率为40.0%，同比提升1.2个百分点。</p>\n"
           "<p>公司全年毛利率为35.0%，毛利143.50亿元。</p>\n"
           "<p>报告期内，公司经销渠道收入为348.50亿元，占营收比重85.0%；直销渠道收入61.50亿元，占营收比重15.0%。</p>")


def test_margins_and_shares_beside_two_revenues_pass(tmp_path):
    assert _violations(write_article(tmp_path, MARGINS)) == []


def test_a_segment_s_margin_is_read_against_the_segment_s_revenue(tmp_path):
    assert _totals(write_article(tmp_path, MARGINS))["40.0%"] == ["246.00亿元"]
    found = _violations(write_article(tmp_path, MARGINS.replace("毛利为98.40亿元", "毛利为127.92亿元")))
    assert any(check.rule == "share-of-total" and check.severity == "error"
               and {"127.92亿元", "246.00亿元"} <= {location.text for location in check.locations} for check in found)


def test_the_company_s_margin_with_its_gross_profit_after_it_is_read(tmp_path):
    totals = _totals(write_article(tmp_path, MARGINS))
    assert totals["35.0%"] == ["410.00亿元", "412.60亿元"]
    found = _violations(write_article(tmp_path, MARGINS.replace("毛利率为35.0%", "毛利率为45.5%")))
    assert any(check.rule == "share-of-total" and any(location.text == "45.5%" for location in check.locations)
               for check in found)
