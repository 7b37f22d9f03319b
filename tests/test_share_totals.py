"""Shares whose total is printed elsewhere (validator/share_totals.py): the total a share's words
name, never one business line's figure, and the metric words that only look like a profit.

Sentences written here, with made-up companies and numbers in the shapes coverage prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.lexicon import names_not_additive
from validator.pipeline import read_claims, run


def _article(tmp_path: Path, text: str, name: str = "case") -> Path:
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: 示例经营数据\ndate: 2024-04-20 10:00:00 +0800\n---\n{text}\n", encoding="utf-8")
    return path


def _shares(path: Path) -> list[dict[str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [{filler.role: claims[filler.claim].text for filler in relation.fillers}
            for relation in extraction.relations if relation.kind == "share"]


@pytest.mark.parametrize("text", [
    "2024年第四季度，游戏业务收入为70亿元。2024年第四季度，云业务收入为20亿元，占总收入的20%。",
    "2024年上半年，家居板块营收为800亿元。2024年上半年，机器人板块营收为100亿元，占总营收的10%。",
    "2023年，零售分部收入为90亿元。2023年，对公分部收入为30亿元，占集团总收入的25%。",
], ids=["业务", "板块", "分部"])
def test_a_business_line_is_never_the_total_of_a_share_of_total_revenue(tmp_path, text):
    assert _shares(_article(tmp_path, text)) == []


def test_a_share_of_the_line_its_words_name_is_of_that_line(tmp_path):
    text = "2024年第四季度，游戏业务收入为70亿元。2024年第四季度，手游收入为42亿元，占游戏业务收入的60%。"
    assert {"part": "42亿元", "total": "70亿元", "share": "60%"} in _shares(_article(tmp_path, text))


def test_main_business_revenue_is_a_whole(tmp_path):
    text = "2023年，甲公司主营业务收入为200亿元。2023年，甲公司海外收入为50亿元，占总收入的25%。"
    assert {"part": "50亿元", "total": "200亿元", "share": "25%"} in _shares(_article(tmp_path, text))
    altered = text.replace("25%", "33%")
    violations = [check for check in run([str(_article(tmp_path, altered, "altered"))]).checks
                  if check.rule == "share-of-total" and check.outcome == "violation"]
    assert violations


@pytest.mark.parametrize("key, named", [
    ("净利息收入", False), ("利息净收入", False), ("营业收入", False),
    ("归母净利", True), ("净利润", True), ("净利息收入及净利润", True), ("净利息收益率", True),
])
def test_net_interest_income_is_not_a_profit(key, named):
    assert names_not_additive(key) is named
