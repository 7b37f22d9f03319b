"""A statistics release's investment (房地产开发投资, 住宅投资) is one measure: a slice's bare 占比 is of
the total investment before it, and 占全国的 of the country's (validator/share_lists.py); 投资收益
stays a measure of its own.

Sentences written here, with made-up numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run
from validator.share_lists import measure_of

from .article_files import write_article

INVESTMENT = ("<p>1-9月份，全国房地产开发投资80000亿元，同比下降9.0%；其中，住宅投资60800亿元，下降9.5%，占比76.0%。"
              "分地区看，东部地区房地产开发投资42400亿元，占全国的53.0%。</p>")


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


def test_slices_of_investment_are_shares_of_the_total(tmp_path):
    path = write_article(tmp_path, INVESTMENT)
    assert {("60800亿元", "80000亿元", "76.0%"), ("42400亿元", "80000亿元", "53.0%")} <= _shares(path)
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


def test_an_altered_share_of_investment_is_an_error(tmp_path):
    checks = run([str(write_article(tmp_path, INVESTMENT.replace("占全国的53.0%", "占全国的68.9%")))]).checks
    assert any(check.rule == "share-of-total" and check.severity == "error" and check.outcome == "violation"
               for check in checks)


def test_investment_income_is_not_investment():
    assert measure_of("投资收益") == "投资收益"
    assert measure_of("住宅投资") == "投资"
