"""A sentence opening with 同期 lists its figures over the years the sentence before listed: each of
its 分别 shares is its part over the whole of the year in the same place (2021年至2023年，营业收入分别为
A、B和C。同期，境外收入分别为X、Y和Z，占营业收入的比例分别为a、b和c) (validator/share_lists.py).

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article

YEARS = ("<p>招股书显示，2021年至2023年，北岭股份营业收入分别为20.00亿元、25.00亿元和40.00亿元。同期，公司境外收入"
         "分别为4.00亿元、6.00亿元和10.00亿元，占营业收入的比例分别为20.0%、24.0%和25.0%。</p>")
# Two years listed before, three shares after: no pairing.
FEWER_YEARS = YEARS.replace("2021年至2023年", "2022年至2023年").replace("20.00亿元、25.00亿元和40.00亿元",
                                                                  "25.00亿元和40.00亿元")


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


def test_each_year_s_share_is_of_that_year_s_whole(tmp_path):
    path = write_article(tmp_path, YEARS)
    shares = _shares(path)
    assert {("4.00亿元", "20.00亿元", "20.0%"), ("6.00亿元", "25.00亿元", "24.0%"),
            ("10.00亿元", "40.00亿元", "25.0%")} <= shares
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


def test_an_altered_year_s_share_is_an_error(tmp_path):
    checks = run([str(write_article(tmp_path, YEARS.replace("24.0%", "31.2%")))]).checks
    assert any(check.rule == "share-of-total" and check.severity == "error" and check.outcome == "violation"
               and "31.2%" in check.message for check in checks)


def test_lists_of_other_lengths_are_not_paired(tmp_path):
    assert not any(triple[-1] == "24.0%" for triple in _shares(write_article(tmp_path, FEWER_YEARS)))
