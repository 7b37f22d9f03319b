"""A bare number in a clause parallel to the one before it takes that clause's unit.

华信金控3月单月税后纯益1.5亿元，累计前三月税后纯益4.2: both clauses end with 税后纯益 right
before their figures, so 4.2 is 4.2亿元 (a feed cut off before its unit, or a writer who left it
to the reader). A bare number after other words (每股税后纯益0.19, 市净率0.8) stays bare.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

_PARALLEL = "华信金控3月单月税后纯益1.5亿元，累计前三月税后纯益{total}"


def _claim(tmp_path, text, printed):
    claims = read_claims([str(write_article(tmp_path, text))])[0].claims
    return next(claim for claim in claims if claim.text == printed)


@pytest.mark.parametrize("ending", ["", "。", "，创同期新高。"])
def test_a_bare_number_in_a_parallel_clause_takes_its_unit(tmp_path, ending):
    total = _claim(tmp_path, _PARALLEL.format(total="4.2") + ending, "4.2")
    assert total.unit == "元" and total.value == Decimal("420000000")


@pytest.mark.parametrize("text, printed", [
    ("华信金控3月单月税后纯益1.5亿元，每股税后纯益0.19", "0.19"),
    ("华信金控总资产为3200亿元，市净率0.8", "0.8"),
])
def test_a_bare_number_after_other_words_stays_bare(tmp_path, text, printed):
    assert _claim(tmp_path, text, printed).unit is None


def test_a_month_inside_the_months_that_sum_it_passes(tmp_path):
    report = run([str(write_article(tmp_path, _PARALLEL.format(total="4.2")))])
    checks = [check for check in report.checks if check.rule == "period-sum"]
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_month_past_the_months_that_sum_it_is_caught(tmp_path):
    report = run([str(write_article(tmp_path, _PARALLEL.format(total="1.2")))])
    assert any(check.rule == "period-sum" and check.outcome == "violation" for check in report.checks)
