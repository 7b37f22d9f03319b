"""Figures as tables and filings print them: a change cell printed as an accounting negative
with the bracket closing after its percent sign (经营溢利 1,234 1,456 (15.2%)) is a fall; the same
brackets in prose (增长(15.2%)) are an aside and keep the figure as printed. A zero in words
alone is part of a word (汽车零部件, 零售), never a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from validator.numbers import find_quantities
from validator.pipeline import run

from .article_files import write_article


def _read(text):
    return [(quantity.text, quantity.value) for quantity in find_quantities(text)]


@pytest.mark.parametrize("row", ["经营溢利 2,468 2,912 (15.2%)", "经营溢利 | 2,468 | 2,912 | (15.2%) |",
                                 "經營溢利　２,468　２,912　（15.2％）"])
def test_a_bracketed_change_cell_is_a_fall(row):
    assert _read(row)[-1][1] == Decimal("-15.2")


@pytest.mark.parametrize("prose", ["净利润增长(15.2%)", "占比提升至三成 (30.5%)。", "毛利率为(31.2%)的水平"])
def test_a_bracketed_percent_in_prose_keeps_its_sign(prose):
    assert all(value > 0 for _, value in _read(prose))


@pytest.mark.parametrize("text", ["汽车零部件 6,210.45 72.53%", "零部件收入12.3亿元", "零售网点"])
def test_a_zero_in_words_alone_is_no_figure(text):
    assert all(value != 0 for _, value in _read(text))


def test_a_hundred_and_five_in_words_keeps_its_zero():
    assert _read("新开门店一百零五家") == [("一百零五家", Decimal(105))]


TABLE = """<p>东岳百货公布中期业绩。</p>
<table>
<tr><th>港币百万元</th><th>2024年</th><th>2023年</th><th>变动</th></tr>
<tr><td>收益</td><td>9,876</td><td>9,012</td><td>+9.6%</td></tr>
<tr><td>经营溢利</td><td>2,468</td><td>2,912</td><td>{change}</td></tr>
</table>
<p>公司表示，推广开支有所增加。</p>"""


def _growth_checks(path):
    return [check for check in run([str(path)]).checks if check.rule == "growth-prior"]


def test_a_bracketed_fall_in_a_table_row_is_checked(tmp_path):
    checks = _growth_checks(write_article(tmp_path, TABLE.format(change="(15.2%)")))
    assert len(checks) == 2 and all(check.outcome == "pass" for check in checks)


def test_an_altered_bracketed_fall_is_violated(tmp_path):
    checks = _growth_checks(write_article(tmp_path, TABLE.format(change="(19.8%)")))
    assert [check.outcome for check in checks].count("violation") == 1
