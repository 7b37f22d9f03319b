"""A table's column of compound (or average) yearly rates — 年复合增长率, CAGR, 年均增速 — compounds
over the years between its two period columns: it is not the growth between them, and a row
that prints one is read as no growth at all (no false error on a right CAGR)."""

from __future__ import annotations

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run

from .article_files import write_article

ROWS = "营业收入(亿元) 133.1 100.0 10.0%\n净利润(亿元) 17.28 10.00 20.0%\n"


@pytest.mark.parametrize("header", [
    "项目 2023年 2020年 年复合增长率", "项目 2023年 2020年 CAGR", "项目 2023年 2020年 三年年均增速",
    "項目 2023年 2020年 年複合增長率(%)"])
def test_a_compound_rate_column_states_no_growth(tmp_path, header):
    path = write_article(tmp_path, f"{header}\n{ROWS}")
    extraction = extract(read_document(str(path)))
    assert not [relation for relation in extraction.relations if relation.kind == "growth_prior"]
    assert not [check for check in run([str(path)]).checks if check.outcome == "violation"
                and check.rule in ("growth-prior", "change-delta")]


def test_a_growth_column_beside_it_is_still_read(tmp_path):
    text = "项目 2023年 2022年 同比 2020年 年复合增长率\n营业收入(亿元) 133.1 121.0 10.0% 100.0 10.0%\n"
    extraction = extract(read_document(str(write_article(tmp_path, text))))
    by_id = {claim.id: claim.text for claim in extraction.claims}
    assert [tuple(by_id[filler.claim] for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "growth_prior"] == [("133.1", "121.0", "10.0%")]
