"""Header cells that name quarters as brokers and translated releases print them: 3Q24 and
24Q3 (the year's last two digits), 2024年Q3 beside 2023年Q3 (two cells, not one), Q3 2024 beside
Q3 2023; and a change column of the quarter before (环比, QoQ) beside the year-on-year one in a
table of three quarters (3Q23 2Q24 3Q24 同比 环比)."""

from __future__ import annotations

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run
from validator.tables import read_header

from .article_files import write_article


@pytest.mark.parametrize("line, ends", [
    ("项目 3Q24 3Q23 YoY", [(2024, 9, 31), (2023, 9, 31)]),
    ("项目 24Q3 23Q3 同比", [(2024, 9, 31), (2023, 9, 31)]),
    ("项目 2024年Q3 2023年Q3 同比", [(2024, 9, 31), (2023, 9, 31)]),
    ("Q3 2024 Q3 2023 YoY", [(2024, 9, 31), (2023, 9, 31)]),
    ("2021 Q4 2020 Q4 同比", [(2021, 12, 31), (2020, 12, 31)]),
])
def test_quarter_cells_are_read_with_their_year(line, ends):
    assert [column.ends for column in read_header([line]).periods] == ends


TABLE = "项目 3Q23 2Q24 3Q24 同比 环比\n营业收入 86.40 91.20 {latest} {yoy} {qoq}\n"


def _growths(path):
    extraction = extract(read_document(str(path)))
    by_id = {claim.id: claim.text for claim in extraction.claims}
    return sorted(tuple(by_id[filler.claim] for filler in relation.fillers)
                  for relation in extraction.relations if relation.kind == "growth_prior")


def test_year_on_year_and_quarter_on_quarter_columns_compare_their_own_quarters(tmp_path):
    path = write_article(tmp_path, TABLE.format(latest="97.10", yoy="12.38%", qoq="6.47%"))
    assert _growths(path) == [("97.10", "86.40", "12.38%"), ("97.10", "91.20", "6.47%")]
    assert not [check for check in run([str(path)]).checks if check.outcome == "violation"]


def test_an_altered_quarter_on_quarter_change_is_violated(tmp_path):
    path = write_article(tmp_path, TABLE.format(latest="97.10", yoy="12.38%", qoq="8.41%"))
    assert [check.rule for check in run([str(path)]).checks if check.outcome == "violation"] == ["growth-prior"]


def test_a_quarter_on_quarter_column_over_years_reads_nothing(tmp_path):
    text = "项目 2022年 2023年 2024年 环比\n营业收入 86.40 91.20 97.10 6.47%\n"
    assert _growths(write_article(tmp_path, text)) == []
