"""分别 lists of changes followed by the levels they reach (分别上升A及B，至X及Y): each level
is the item's, as each change is."""

from __future__ import annotations

import pytest

from tests.test_extract import article, the
from tests.test_share_lists import _article, _share_checks, _shares

LEVELS = [
    "2023年，星海银行客户存款及客户贷款分别较上年上升4.2%及8.7%，至2,815亿元及2,034亿元。贷存比率为72.3%。",
    "2023年，星海銀行客戶存款及客戶貸款分別較上年上升4﹒2%及8﹒7%,至2﹐815億元及2﹐034億元。貸存比率為72﹒3%。",
    "2023年，星海银行客户存款和客户贷款分别增长4.2%和8.7%，分别增至2815亿元和2034亿元。贷存比率为72.3%。",
]


@pytest.mark.parametrize("text", LEVELS, ids=[str(i) for i in range(len(LEVELS))])
def test_levels_after_listed_changes_take_the_items_measures(tmp_path, text):
    extraction = article(tmp_path, text, title="星海银行2023年业绩")
    deposits = next(claim for claim in extraction.claims if claim.text.startswith("2") and "815" in claim.text)
    loans = next(claim for claim in extraction.claims if claim.text.startswith("2") and "034" in claim.text)
    assert "存款" in deposits.metric_key and "贷款" not in deposits.metric_key
    assert "贷款" in loans.metric_key and "存款" not in loans.metric_key


def test_a_named_ratio_reads_the_levels_of_a_listed_change(tmp_path):
    text = LEVELS[0]
    assert {"part": "2,034亿元", "total": "2,815亿元", "share": "72.3%"} in _shares(_article(tmp_path, text))
    checks = _share_checks(_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)
    altered = [check for check in _share_checks(_article(tmp_path, text.replace("72.3%", "94.0%"), "altered"))
               if check.outcome == "violation"]
    assert altered


def test_levels_of_another_length_are_not_the_lists(tmp_path):
    extraction = article(tmp_path, "2023年，星海银行客户存款及客户贷款分别较上年上升4.2%及8.7%，至2,815亿元。",
                         title="星海银行2023年业绩")
    assert "贷款" not in the(extraction, "2,815亿元").metric_key or "存款" in the(extraction, "2,815亿元").metric_key


CHANGES_AFTER_LEVELS = [
    "2023年，星海银行客户存款及客户贷款分别为2,815亿元及2,034亿元，同比增长4.2%及8.7%。",
    "2023年，星海银行客户存款及客户贷款分别为2,815亿元及2,034亿元，较上年末分别增长4.2%及8.7%。",
    "2023年，星海銀行客戶存款及客戶貸款分別為2﹐815億元及2﹐034億元，按年上升4﹒2%及8﹒7%。",
]


@pytest.mark.parametrize("text", CHANGES_AFTER_LEVELS, ids=[str(i) for i in range(len(CHANGES_AFTER_LEVELS))])
def test_changes_after_listed_levels_are_each_of_its_level(tmp_path, text):
    extraction = article(tmp_path, text, title="星海银行2023年业绩")
    by_id = {claim.id: claim for claim in extraction.claims}
    growths = [claim for claim in extraction.claims if claim.kind == "growth"]
    assert len(growths) == 2
    assert ["815" in by_id[growths[0].of_claim].text, "034" in by_id[growths[1].of_claim].text] == [True, True]
