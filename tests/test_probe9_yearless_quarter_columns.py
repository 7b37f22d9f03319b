"""A results table whose header names the quarters without their year (单位：亿元 Q1 Q2 Q3 Q4
全年, or 一季度 … 四季度 全年) prints the stretches of the one year the article reports: a flow's
four quarters add up to its 全年 cell. The yearless columns never meet a dated period elsewhere,
and a header mixing them with dated columns reads no period for them."""

from __future__ import annotations

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run
from validator.tables import column_periods

from .article_files import write_article

TABLE = """<p>南川光电发布2024年度业绩快报，全年实现营业收入36.91亿元。</p>
<table>
<tr><th>单位：亿元</th><th>{q1}</th><th>{q2}</th><th>{q3}</th><th>{q4}</th><th>全年</th></tr>
<tr><td>营业收入</td><td>8.02</td><td>8.87</td><td>{cell}</td><td>10.47</td><td>36.91</td></tr>
<tr><td>门店数量（家）</td><td>120</td><td>126</td><td>131</td><td>140</td><td>140</td></tr>
</table>
<p>公司表示，产品结构持续优化。</p>"""
LATIN = dict(q1="Q1", q2="Q2", q3="Q3", q4="Q4")
CHINESE = dict(q1="一季度", q2="二季度", q3="三季度", q4="四季度")


def _quarter_sums(path):
    extraction = extract(read_document(str(path)))
    by_id = {claim.id: claim.text for claim in extraction.claims}
    return [tuple(by_id[filler.claim] for filler in relation.fillers) for relation in extraction.relations
            if relation.construction == "table-quarters-of-a-year"]


@pytest.mark.parametrize("names", [LATIN, CHINESE])
def test_four_yearless_quarters_add_up_to_the_year(tmp_path, names):
    path = write_article(tmp_path, TABLE.format(cell="9.55", **names))
    assert _quarter_sums(path) == [("8.02", "8.87", "9.55", "10.47", "36.91")]
    assert not [check for check in run([str(path)]).checks if check.outcome == "violation"]


def test_an_altered_quarter_breaks_the_year(tmp_path):
    path = write_article(tmp_path, TABLE.format(cell="12.42", **LATIN))
    assert "parts-sum" in {check.rule for check in run([str(path)]).checks if check.outcome == "violation"}


def test_yearless_columns_take_the_reported_year_when_given():
    assert column_periods("单位：亿元 Q1 Q2 Q3 Q4 全年", 2024) == ("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2024")
    assert column_periods("单位：亿元 Q1 Q2 Q3 Q4 全年") is None


def test_yearless_beside_dated_columns_names_no_period(tmp_path):
    text = "项目 2024年 Q1 Q2 Q3 Q4\n营业收入 36.91 8.02 8.87 9.55 10.47\n"
    assert _quarter_sums(write_article(tmp_path, text)) == []
