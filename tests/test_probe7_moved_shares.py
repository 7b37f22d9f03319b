"""A share clause that moves to a level (占营业收入的比重由上年的29.0%提升至32.0%; 占…的比重较上年提高3.0个
百分点至32.0%) states the part's share now: the level after 至 is the amount before the clause over the
whole the clause names; the share after 由 is last year's and is never checked against this year's
figures (validator/share_lists.py).

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

FROM_TO = ("<p>2023年，东岭科技实现营业收入50.00亿元，同比增长8.0%。其中，海外业务收入16.00亿元，同比增长20.3%，"
           "占营业收入的比重由上年的29.0%提升至32.0%。</p>")
BY_POINTS = ("<p>2023年，东岭科技实现营业收入50.00亿元，同比增长8.0%。其中，海外业务收入16.00亿元，同比增长20.3%，"
             "占营业收入的比重较上年提高3.0个百分点至32.0%。</p>")


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


@pytest.mark.parametrize("text", [FROM_TO, BY_POINTS], ids=["由…提升至", "提高…个百分点至"])
def test_the_level_a_share_moves_to_is_of_the_part_and_whole(tmp_path, text):
    path = write_article(tmp_path, text)
    assert ("16.00亿元", "50.00亿元", "32.0%") in _shares(path)
    assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []


@pytest.mark.parametrize("text", [FROM_TO, BY_POINTS], ids=["由…提升至", "提高…个百分点至"])
def test_an_altered_level_is_an_error(tmp_path, text):
    checks = run([str(write_article(tmp_path, text.replace("至32.0%", "至41.6%")))]).checks
    assert any(check.rule == "share-of-total" and check.severity == "error" and "41.6%" in check.message
               for check in checks if check.outcome == "violation")


def test_last_year_s_share_is_not_of_this_year_s_figures(tmp_path):
    assert not any(triple[-1] == "29.0%" for triple in _shares(write_article(tmp_path, FROM_TO)))
