"""A market's quarter inside its half-year when the two sentences name the home market in other
words (全国…市场 and 国内…市场) and print its sales revenue as 销售收入 and 营销收入
(validator/period_links.py), checked by period-sum. The passages are written for these tests,
with invented markets and figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def stated(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(part, whole) of every period_containment relation read across sentences."""
    extraction = extract(read_document(_write(tmp_path, text)))
    assert extraction.error is None
    by_id = {claim.id: claim for claim in extraction.claims}
    return {(by_id[relation.claim_in("part")].text, by_id[relation.claim_in("total")].text)
            for relation in extraction.relations
            if relation.kind == "period_containment" and len(relation.claims_in("part")) == 1}


def period_sum(tmp_path: Path, text: str) -> list[tuple[str, str | None, list[str]]]:
    path = _write(tmp_path, text)
    return [(check.outcome, check.severity, [location.text for location in check.locations])
            for check in run([path]).checks if check.rule == "period-sum"]


HALF_AND_QUARTER = (
    "《2022年1—6月中国动漫产业报告》显示，2022年1月份至6月份，我国动漫用户规模近3.2亿人，"
    "全国动漫市场实际销售收入865.21亿元，同比增长11.2%。\n"
    "在原创方面，2022年上半年，国产原创动漫国内市场实际销售收入达到512.6亿元，同比增长14.05%。\n"
    "据统计，一季度，国内动漫市场稳中有升，实际营销收入402.66亿元，同比增长9%。\n"
)


def test_the_home_market_quarter_is_inside_its_half_year(tmp_path):
    assert ("402.66亿元", "865.21亿元") in stated(tmp_path, HALF_AND_QUARTER)
    assert any(outcome == "pass" and {"402.66亿元", "865.21亿元"} <= set(texts)
               for outcome, _severity, texts in period_sum(tmp_path, HALF_AND_QUARTER))


def test_the_home_market_quarter_above_its_half_year_is_an_error(tmp_path):
    altered = HALF_AND_QUARTER.replace("402.66亿元", "1038.25亿元")
    assert any(outcome == "violation" and severity == "error" and "1038.25亿元" in texts
               for outcome, severity, texts in period_sum(tmp_path, altered))


def test_in_traditional_characters(tmp_path):
    text = ("2022年1月份至6月份，全國動漫市場實際銷售收入865.21億元，同比增長11.2%。\n"
            "據統計，一季度，國內動漫市場穩中有升，實際營銷收入402.66億元，同比增長9%。\n")
    assert ("402.66億元", "865.21億元") in stated(tmp_path, text)


@pytest.mark.parametrize("text", [
    # The world market is not the home market.
    "2022年1月份至6月份，全球动漫市场实际销售收入865.21亿元，同比增长11.2%。\n"
    "据统计，一季度，国内动漫市场稳中有升，实际营销收入402.66亿元，同比增长9%。\n",
    # Another market of the home country.
    "2022年1月份至6月份，全国动漫市场实际销售收入865.21亿元，同比增长11.2%。\n"
    "据统计，一季度，国内影视市场稳中有升，实际营销收入402.66亿元，同比增长9%。\n",
    # A company's operating revenue and its sales revenue are two measures.
    "云杉电器2022年上半年营业收入865.21亿元，同比增长11.2%。\n"
    "一季度，云杉电器销售收入402.66亿元，同比增长9%。\n",
])
def test_no_relation_between_other_markets_or_other_measures(tmp_path, text):
    assert not any(part.startswith("402.66") for part, _whole in stated(tmp_path, text))
