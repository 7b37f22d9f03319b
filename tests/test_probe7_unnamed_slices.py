"""A slice whose subject the extractor could not name (…。其中，空调、冰箱和洗衣机三大业务收入分别为…，
其他业务收入…，占比10.00%) takes its bare share of the company's whole printed in its sentence or the
one before (validator/share_lists.py).

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article

SEGMENTS = ("<p>北原电器股份有限公司2023年实现营业收入200.00亿元，同比增长5.0%。其中，空调、冰箱和洗衣机三大业务收入"
            "分别为100.00亿元、50.00亿元和30.00亿元，分别占营业收入的50.00%、25.00%和15.00%，其他业务收入20.00亿元，"
            "占比10.00%。</p>")


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


def test_the_rest_s_bare_share_is_of_the_company_s_revenue(tmp_path):
    path = write_article(tmp_path, SEGMENTS)
    assert ("20.00亿元", "200.00亿元", "10.00%") in _shares(path)
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


def test_an_altered_share_of_the_rest_is_an_error(tmp_path):
    checks = run([str(write_article(tmp_path, SEGMENTS.replace("占比10.00%", "占比13.00%")))]).checks
    assert any(check.rule == "share-of-total" and check.outcome == "violation" and check.severity == "error"
               and "13.00%" in check.message for check in checks)


def test_a_sentence_between_raises_no_error(tmp_path):
    text = SEGMENTS.replace("同比增长5.0%。", "同比增长5.0%。公司全年研发投入9.80亿元。")
    assert not any(check.outcome == "violation" and check.severity == "error"
                   for check in run([str(write_article(tmp_path, text))]).checks)
