"""The sentence right after a dated balance (截至2023年末，各项存款余额…。个人存款余额…，占…的比重…至52.0%)
names no date and is read as of the article's year; its share is still of the balance the
sentence before dated (validator/share_totals.py, validator/share_lists.py).

Sentences written here, with made-up banks and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article

BALANCES = ("<p>截至2023年末，南屏银行各项存款余额5000.0亿元，较年初增长8.0%。</p>\n"
            "<p>个人存款余额2600.0亿元，较年初增长12.0%，占各项存款的比重较年初提高1.5个百分点至52.0%。</p>")
LOANS = ("<p>截至2023年末，南屏银行发放贷款和垫款总额4000.00亿元，较上年末增长7.0%。其中，公司贷款2400.00亿元，"
         "占贷款总额的60.00%；个人贷款1300.00亿元，占比32.50%；票据贴现300.00亿元，占比7.50%。</p>")


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


def test_a_share_in_the_sentence_after_a_dated_balance_is_of_it(tmp_path):
    path = write_article(tmp_path, BALANCES)
    assert ("2600.0亿元", "5000.0亿元", "52.0%") in _shares(path)
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


def test_bare_shares_after_a_dated_total_are_of_it(tmp_path):
    path = write_article(tmp_path, LOANS)
    shares = _shares(path)
    assert ("1300.00亿元", "4000.00亿元", "32.50%") in shares
    assert ("300.00亿元", "4000.00亿元", "7.50%") in shares
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


def test_an_altered_share_after_a_dated_balance_is_an_error(tmp_path):
    checks = run([str(write_article(tmp_path, BALANCES.replace("至52.0%", "至67.6%")))]).checks
    assert any(check.rule == "share-of-total" and check.severity == "error" and check.outcome == "violation"
               for check in checks)
