"""Taiwan writes a quarter without 度 (第一季, 第三季): a 分別 list over 第一季至第三季 or over
第一季、第二季及第三季 gives each value its quarter, and the quarters add up to the 前三季 total;
the list's measure is what the range of quarters leaves (營收), not 至營收."""

from __future__ import annotations

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run

from .article_files import write_article

RANGE = "東碩電子第一季至第三季營收分別為新台幣88.4億元、95.1億元及{q3}億元，前三季累計營收達新台幣287.7億元。"
LISTED = "東碩電子第一季、第二季及第三季營收分別為新台幣88.4億元、95.1億元及{q3}億元，前三季累計營收達新台幣287.7億元。"


@pytest.mark.parametrize("template", [RANGE, LISTED])
def test_each_value_takes_its_quarter(tmp_path, template):
    extraction = extract(read_document(str(write_article(tmp_path, template.format(q3="104.2")))))
    periods = [claim.period for claim in extraction.claims][:3]
    assert [period[-2:] for period in periods] == ["Q1", "Q2", "Q3"]
    assert all("至" not in (claim.metric or "") for claim in extraction.claims)


@pytest.mark.parametrize("template", [RANGE, LISTED])
def test_the_quarters_add_up_to_the_three_quarters(tmp_path, template):
    checks = [check for check in run([str(write_article(tmp_path, template.format(q3="104.2")))]).checks
              if check.outcome == "violation"]
    assert not checks


@pytest.mark.parametrize("template", [RANGE, LISTED])
def test_an_altered_quarter_breaks_the_sum(tmp_path, template):
    checks = [check for check in run([str(write_article(tmp_path, template.format(q3="135.5")))]).checks
              if check.outcome == "violation"]
    assert checks
