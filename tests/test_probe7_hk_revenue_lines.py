"""A Hong Kong filing's revenue lines (物业管理服务收益, 社区增值服务收益) are revenue: each bare 占约
share is of the 总收益 printed before them (validator/share_lists.py), and a share's message quotes
its 约 as printed (rules/share_of_total.py).

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article

LINES = ("<p>2024年上半年，北港服务集团总收益为80.0亿港元，同比增长7.5%。其中物业管理服务收益56.0亿港元，占总收益约70.0%；"
         "社区增值服务收益16.0亿港元，占约20.0%；非业主增值服务收益8.0亿港元，占约10.0%。</p>")


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


def test_each_service_line_s_share_is_of_the_total_revenue(tmp_path):
    path = write_article(tmp_path, LINES)
    shares = _shares(path)
    assert ("16.0亿港元", "80.0亿港元", "20.0%") in shares
    assert ("8.0亿港元", "80.0亿港元", "10.0%") in shares
    checks = run([str(path)]).checks
    assert [check for check in checks if check.outcome == "violation"] == []
    assert any("the text says 约10.0%" in check.message for check in checks if check.rule == "share-of-total")


def test_an_altered_service_line_share_is_reported(tmp_path):
    checks = run([str(write_article(tmp_path, LINES.replace("占约10.0%", "占约13.0%")))]).checks
    assert any(check.rule == "share-of-total" and check.outcome == "violation" and "13.0%" in check.message
               for check in checks)
