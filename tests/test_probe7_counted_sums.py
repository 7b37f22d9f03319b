"""A sum clause naming the count of its items with their noun (三大业务合计实现收入, 两大板块合计) sums
that many listed figures before it (validator/breakdowns.py).

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article

THREE = ("<p>2023年，西岭化工钛白粉、锂电材料和精细化工三大业务分别实现收入15.6亿元、7.3亿元和4.1亿元，"
         "三大业务合计实现收入27.0亿元。</p>")
# Two listed before, a count of three: the sum is not read.
SHORT = "<p>2023年，西岭化工钛白粉业务收入15.6亿元，锂电材料业务收入7.3亿元，三大业务合计实现收入27.0亿元。</p>"


def _sums(path) -> list[tuple[tuple[str, ...], str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [(tuple(claims[f.claim].text for f in relation.fillers if f.role == "part"),
             claims[relation.claim_in("total")].text)
            for relation in extraction.relations if relation.kind == "parts_sum"]


def test_three_listed_items_make_their_counted_sum(tmp_path):
    path = write_article(tmp_path, THREE)
    assert (("15.6亿元", "7.3亿元", "4.1亿元"), "27.0亿元") in _sums(path)
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


def test_an_altered_counted_sum_is_an_error(tmp_path):
    checks = run([str(write_article(tmp_path, THREE.replace("合计实现收入27.0亿元", "合计实现收入27.6亿元")))]).checks
    assert any(check.rule == "parts-sum" and check.severity == "error" and check.outcome == "violation"
               for check in checks)


def test_a_count_more_than_the_items_listed_reads_no_sum(tmp_path):
    assert not any(total == "27.0亿元" for _, total in _sums(write_article(tmp_path, SHORT)))
