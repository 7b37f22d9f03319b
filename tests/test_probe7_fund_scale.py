"""A fund manager's assets under management (管理规模, 基金规模, 理财规模) are one measure: a bare
占比 after a fund type's 规模 is of the manager's 管理规模 (validator/share_lists.py), and the 规模 of
规模以上工业企业 is no such measure.

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run
from validator.share_lists import measure_of

from .article_files import write_article

FUNDS = ("<p>截至2023年末，北岳基金管理有限公司管理规模为3216.8亿元，较上年末增长6.1%，其中货币基金规模1405.3亿元，"
         "占比43.7%；权益类基金规模1021.5亿元，占比31.8%。</p>")


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


def test_a_fund_type_s_bare_share_is_of_the_manager_s_scale(tmp_path):
    path = write_article(tmp_path, FUNDS)
    assert ("1021.5亿元", "3216.8亿元", "31.8%") in _shares(path)
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


def test_an_altered_share_of_the_scale_is_an_error(tmp_path):
    checks = run([str(write_article(tmp_path, FUNDS.replace("占比31.8%", "占比41.3%")))]).checks
    assert any(check.rule == "share-of-total" and check.severity == "error" and check.outcome == "violation"
               for check in checks)


def test_the_size_of_industry_above_a_threshold_is_no_scale():
    assert measure_of("规模以上工业企业") is None
    assert measure_of("非货币理财规模") == "规模"
