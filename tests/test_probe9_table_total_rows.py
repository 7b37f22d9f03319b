"""A results table whose last row is 合计 (总计, 合計) states that the rows above it add up to it,
in every period column: 火电 256.30 247.85 / … / 合计 412.58 381.66. The rows read are the plain
slices of that one table; a 其中 row, a subtotal or an unsigned elimination above the total
makes the sum no longer the printed rows', so nothing is read."""

from __future__ import annotations

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run

from .article_files import write_article

HTML = """<p>南屏能源公布上半年发电量。</p>
<table>
<tr><th>电源类型</th><th>2024年上半年</th><th>2023年上半年</th><th>同比变动</th></tr>
<tr><td>火电</td><td>{a}</td><td>180.20</td><td>5.00%</td></tr>
<tr><td>水电</td><td>61.50</td><td>58.40</td><td>5.31%</td></tr>
<tr><td>风电</td><td>30.08</td><td>26.11</td><td>15.20%</td></tr>
<tr><td>{total}</td><td>280.79</td><td>264.71</td><td>6.07%</td></tr>
</table>
<p>公司表示，新能源装机持续增加。</p>"""

PLAIN = """项目 2023年 2022年 同比
华东 12.40 11.02 12.52%
华南 8.35 8.10 3.09%
海外 3.05 2.88 5.90%
合计 23.80 22.00 8.18%
"""


def _sums(path):
    extraction = extract(read_document(str(path)))
    by_id = {claim.id: claim.text for claim in extraction.claims}
    return [(tuple(by_id[f.claim] for f in relation.fillers if f.role == "part"), relation.claim_in("total") and
             by_id[relation.claim_in("total")]) for relation in extraction.relations
            if relation.kind == "parts_sum" and relation.construction == "table-rows-above-their-total-row"]


def _violations(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation"]


@pytest.mark.parametrize("total", ["合计", "总计", "合計", "合计（亿千瓦时）"])
def test_rows_above_a_total_row_add_up_in_each_period_column(tmp_path, total):
    path = write_article(tmp_path, HTML.format(a="189.21", total=total))
    assert _sums(path) == [(("189.21", "61.50", "30.08"), "280.79"), (("180.20", "58.40", "26.11"), "264.71")]
    assert not _violations(path)


def test_rows_on_plain_lines_add_up_to_their_total_row(tmp_path):
    path = write_article(tmp_path, PLAIN)
    assert _sums(path) == [(("12.40", "8.35", "3.05"), "23.80"), (("11.02", "8.10", "2.88"), "22.00")]
    assert not _violations(path)


def test_an_altered_row_breaks_its_total(tmp_path):
    path = write_article(tmp_path, PLAIN.replace("华南 8.35", "华南 9.35").replace("3.09%", "15.43%"))
    assert [check.rule for check in _violations(path)] == ["parts-sum"]


@pytest.mark.parametrize("row", ["其中：海外 3.05 2.88 5.90%", "小计 3.05 2.88 5.90%", "分部间抵销 3.05 2.88 5.90%"])
def test_a_row_that_is_not_a_plain_slice_reads_no_sum(tmp_path, row):
    path = write_article(tmp_path, PLAIN.replace("海外 3.05 2.88 5.90%", row))
    assert _sums(path) == []


def test_a_total_row_of_one_row_above_reads_no_sum(tmp_path):
    path = write_article(tmp_path, "项目 2023年 2022年 同比\n华东 12.40 11.02 12.52%\n合计 12.40 11.02 12.52%\n")
    assert _sums(path) == []


def test_rows_of_an_earlier_table_are_not_summed(tmp_path):
    text = ("项目 2023年 2022年 同比\n营业收入 50.10 45.00 11.33%\n净利润 6.20 5.00 24.00%\n"
            "公司各地区收入如下。\n" + PLAIN)
    assert _sums(write_article(tmp_path, text)) == [
        (("12.40", "8.35", "3.05"), "23.80"), (("11.02", "8.10", "2.88"), "22.00")]


SEGMENTS = """分部 2024年 2023年
零售 2,345,678 2,100,456
批发 567,890 601,234
分部间抵销 {elimination} (23,456)
合计 2,889,112 2,678,234
"""


def test_an_elimination_printed_with_its_minus_adds_into_the_total(tmp_path):
    path = write_article(tmp_path, SEGMENTS.format(elimination="(24,456)"))
    assert _sums(path) == [(("2,345,678", "567,890", "(24,456)"), "2,889,112"),
                           (("2,100,456", "601,234", "(23,456)"), "2,678,234")]
    assert not _violations(path)


def test_an_elimination_printed_without_its_minus_reads_no_sum_in_its_column(tmp_path):
    path = write_article(tmp_path, SEGMENTS.format(elimination="24,456"))
    assert _sums(path) == [(("2,100,456", "601,234", "(23,456)"), "2,678,234")]


@pytest.mark.parametrize("heading", ["其中：", "分地区"])
def test_rows_after_a_line_of_words_are_not_summed_into_the_total(tmp_path, heading):
    text = ("项目 2023年 2022年 同比\n华东 12.40 11.02 12.52%\n" + heading + "\n"
            "华南 8.35 8.10 3.09%\n海外 3.05 2.88 5.90%\n合计 23.80 22.00 8.18%\n")
    assert _sums(write_article(tmp_path, text)) == []
