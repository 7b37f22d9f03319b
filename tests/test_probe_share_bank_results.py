"""A bank's results as coverage prints them (validator/breakdowns.py, validator/share_totals.py;
rules/parts_sum.py, rules/share_of_total.py):

- 利息净收入…；非利息净收入…，其中手续费及佣金净收入…: the fee line is inside the non-interest
  income, never a third line beside it summed against 营业收入;
- 零售业务营业收入…，占全行营业收入的比重为45.0%: 全行 names the bank's own revenue;
- 各项贷款余额…，其中个人贷款…；各项存款余额…。贷存比为86.1%: the year's ratio is of the balances at
  its end, and of the whole loans, never a slice of them;
- 现金分红总额…，现金分红比例为30.0%: a payout ratio (a warning when it fails).

Sentences written here, with made-up banks and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

BANK = ("<p>临江银行发布2023年年报。2023年，该行实现营业收入538.20亿元，同比增长3.6%；归属于本行股东的净利润"
        "176.40亿元，同比增长7.2%。</p>\n"
        "<p>其中，利息净收入为371.36亿元，占营业收入的69.0%；非利息净收入为166.84亿元，其中手续费及佣金净收入"
        "80.07亿元，占非利息净收入的48.0%。</p>\n"
        "<p>零售业务营业收入为236.81亿元，占全行营业收入的比重为44.0%，较上年提升1.5个百分点。</p>\n"
        "<p>截至2023年末，该行资产总额1.86万亿元；各项贷款余额1.04万亿元，其中个人贷款3640.00亿元，占贷款总额的35.0%；"
        "各项存款余额1.30万亿元。贷存比为80.0%。</p>\n"
        "<p>该行拟每10股派发现金红利3.00元（含税），现金分红总额52.92亿元，现金分红比例为30.0%。</p>")
TRADITIONAL = ("<p>臨江銀行發布2023年年報。2023年，該行實現營業收入538.20億元，同比增長3.6%；歸屬於本行股東的淨利潤"
               "176.40億元。</p>\n"
               "<p>其中，利息淨收入為371.36億元，佔營業收入的69.0%；非利息淨收入為166.84億元，其中手續費及佣金淨收入"
               "80.07億元，佔非利息淨收入的48.0%。</p>")


def _checks(path):
    return run([str(path)]).checks


def _triples(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind in ("share", "parts_sum")}


@pytest.mark.parametrize("text", [BANK, TRADITIONAL], ids=["简体", "繁體"])
def test_consistent_bank_results_raise_nothing(tmp_path, text):
    assert [check for check in _checks(write_article(tmp_path, text)) if check.outcome == "violation"] == []


def test_fee_income_is_not_summed_beside_the_non_interest_income_it_is_part_of(tmp_path):
    assert not any("80.07亿元" in triple and "538.20亿元" in triple for triple in _triples(write_article(tmp_path, BANK)))


@pytest.mark.parametrize("relation", [
    ("236.81亿元", "538.20亿元", "44.0%"),
    ("1.04万亿元", "1.30万亿元", "80.0%"),
    ("52.92亿元", "176.40亿元", "30.0%"),
], ids=["全行营业收入", "贷存比", "现金分红比例"])
def test_relation_is_read(tmp_path, relation):
    assert relation in _triples(write_article(tmp_path, BANK))


def test_a_slice_of_the_loans_is_no_numerator_of_the_loan_to_deposit_ratio(tmp_path):
    assert not any(triple[:2] == ("3640.00亿元", "1.30万亿元") for triple in _triples(write_article(tmp_path, BANK)))


@pytest.mark.parametrize("old, new, severity", [
    ("比重为44.0%", "比重为57.2%", "error"),
    ("贷存比为80.0%", "贷存比为92.0%", "error"),
    ("现金分红比例为30.0%", "现金分红比例为39.0%", "warning"),
], ids=["全行营业收入", "贷存比", "现金分红比例"])
def test_altered_ratio_is_reported(tmp_path, old, new, severity):
    figure = new[-5:]
    found = [check for check in _checks(write_article(tmp_path, BANK.replace(old, new)))
             if check.outcome == "violation" and any(location.text == figure for location in check.locations)]
    assert found and {check.severity for check in found} == {severity}
