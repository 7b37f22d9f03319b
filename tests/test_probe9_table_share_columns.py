"""An A-share annual report's 营业收入构成 table: each year spans two columns (an HTML colspan),
金额 and 占营业收入比重, with 同比增减 beside them; the first row, 营业收入合计, is the whole (its
shares say 100%). Flattened, the header reads 2024年 2023年 同比增减 over 金额 占营业收入比重 金额
占营业收入比重: the periods are spread over their groups, each row's growth is read, and each
share cell is its amount over the total row's amount of the same year. The sentence leading
into the table (…构成情况如下：) is no header line."""

from __future__ import annotations

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run

from .article_files import write_article

TABLE = """<p>营业收入构成情况如下：</p>
<table>
<tr><td rowspan="2"></td><td colspan="2">2024年</td><td colspan="2">2023年</td><td rowspan="2">同比增减</td></tr>
<tr><td>金额</td><td>占营业收入比重</td><td>金额</td><td>占营业收入比重</td></tr>
<tr><td>{whole}</td><td>5,000,000.00</td><td>{hundred}</td><td>4,000,000.00</td><td>{hundred}</td><td>25.00%</td></tr>
<tr><td colspan="6">分产品</td></tr>
<tr><td>精密阀门</td><td>3,600,000.00</td><td>{share}</td><td>2,600,000.00</td><td>65.00%</td><td>38.46%</td></tr>
<tr><td>其他</td><td>1,400,000.00</td><td>28.00%</td><td>1,400,000.00</td><td>35.00%</td><td>0.00%</td></tr>
</table>
<p>公司表示，阀门订单增长较快。</p>"""


def _article(tmp_path, whole="营业收入合计", hundred="100%", share="72.00%"):
    return write_article(tmp_path, TABLE.format(whole=whole, hundred=hundred, share=share))


def _relations(path, kind):
    extraction = extract(read_document(str(path)))
    by_id = {claim.id: claim.text for claim in extraction.claims}
    return [tuple(by_id[filler.claim] for filler in relation.fillers)
            for relation in extraction.relations if relation.kind == kind]


def test_each_row_states_its_growth_between_the_years(tmp_path):
    assert _relations(_article(tmp_path), "growth_prior") == [
        ("5,000,000.00", "4,000,000.00", "25.00%"), ("3,600,000.00", "2,600,000.00", "38.46%"),
        ("1,400,000.00", "1,400,000.00", "0.00%")]


def test_each_share_cell_is_of_the_total_row_of_its_year(tmp_path):
    assert sorted(_relations(_article(tmp_path), "share")) == sorted([
        ("3,600,000.00", "5,000,000.00", "72.00%"), ("2,600,000.00", "4,000,000.00", "65.00%"),
        ("1,400,000.00", "5,000,000.00", "28.00%"), ("1,400,000.00", "4,000,000.00", "35.00%")])


def test_the_table_passes_as_printed(tmp_path):
    assert not [check for check in run([str(_article(tmp_path))]).checks if check.outcome == "violation"]


def test_an_altered_share_cell_is_violated(tmp_path):
    violations = [check for check in run([str(_article(tmp_path, share="93.60%"))]).checks
                  if check.outcome == "violation" and check.severity == "error"]
    assert "share-of-total" in {check.rule for check in violations}


def test_without_a_total_row_at_a_hundred_no_share_is_read(tmp_path):
    assert _relations(_article(tmp_path, hundred="—"), "share") == []
    assert _relations(_article(tmp_path, whole="营业收入"), "share") == []


def test_a_share_sub_column_named_by_its_whole_and_ratio_is_read(tmp_path):
    path = write_article(tmp_path, TABLE.replace("占营业收入比重", "占营业收入比例").format(
        whole="营业收入合计", hundred="100%", share="72.00%"))
    assert ("3,600,000.00", "5,000,000.00", "72.00%") in _relations(path, "share")
