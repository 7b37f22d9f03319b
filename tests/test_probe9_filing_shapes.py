"""Shapes of Hong Kong and Taiwan filings: a results table with a 附註 column, whose rows print a
note's number before their cells (收入 3 2,345.6 2,101.3 11.6%); a header cell broken over two
lines (二零二四年<br>港幣百萬元), which stays one header row; an amount printed in 兆 and 億 with
a thousands separator and decimals (2兆3,367.9億元)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from validator.numbers import find_quantities
from validator.pipeline import run

from .article_files import write_article

TABLE = """<p>南灣置業公佈中期業績。</p>
<table>
<tr><th></th><th>附註</th><th>二零二四年<br>港幣百萬元</th><th>二零二三年<br>港幣百萬元</th><th>變動</th></tr>
<tr><td>收入</td><td>3</td><td>4,812.6</td><td>4,375.1</td><td>{change}</td></tr>
<tr><td>經營溢利</td><td>5</td><td>1,508.2</td><td>1,733.6</td><td>(13.0%)</td></tr>
</table>
<p>董事會宣派中期股息。</p>"""


def _growth_outcomes(path):
    return [check.outcome for check in run([str(path)]).checks if check.rule == "growth-prior"]


def test_rows_with_a_note_number_are_read(tmp_path):
    assert _growth_outcomes(write_article(tmp_path, TABLE.format(change="10.0%"))) == ["pass", "pass"]


def test_an_altered_change_beside_a_note_number_is_violated(tmp_path):
    assert sorted(_growth_outcomes(write_article(tmp_path, TABLE.format(change="13.0%")))) == ["pass", "violation"]


def test_a_row_with_a_note_under_a_header_without_one_reads_nothing(tmp_path):
    text = TABLE.replace("<th>附註</th>", "").replace("<th></th>", "<th>項目</th>").format(change="13.0%")
    assert "violation" not in _growth_outcomes(write_article(tmp_path, text))


@pytest.mark.parametrize("text, value", [
    ("累計營收約為新台幣2兆3,367.9億元", Decimal("2336790000000")),
    ("去年同期為1兆7,769.0億元", Decimal("1776900000000")),
    ("放款總餘額44兆2685億元", Decimal("44268500000000")),
])
def test_an_amount_in_zhao_and_yi_is_one_figure(text, value):
    assert [quantity.value for quantity in find_quantities(text)] == [value]
