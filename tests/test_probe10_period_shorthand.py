"""Periods a broker's note and a weekly car release print (validator/periods.py, entities.py):
1H25 is the first half of 2025 (not its second half: the H2 inside H25), 1-3Q25 and 9M25 the
first three quarters, and 10月上旬 or 10月第二周 only part of October, no stretch of months that
would meet October's own figure.

Passages written here, with made-up companies and numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from validator.pipeline import read_claims, run
from validator.periods import PeriodResolver

RESOLVER = PeriodResolver("2025", date(2025, 11, 10))


@pytest.mark.parametrize("words, period", [
    ("1H25营收", "2025H1"),
    ("2H24营收", "2024H2"),
    ("25H1营收", "2025H1"),
    ("2025H1营收", "2025H1"),
    ("1-3Q25营收", "2025Q1-Q3"),
    ("3Q25营收", "2025Q3"),
    ("9M25营收", "2025Q1-Q3"),
    ("12M24营收", "2024"),
])
def test_a_brokers_shorthand_names_its_stretch(words, period):
    assert [marker.period for marker in RESOLVER.markers(words)] == [period]


@pytest.mark.parametrize("words", ["10月上旬零售", "2025年10月第二周零售", "10月前两周零售", "10月下旬零售"])
def test_part_of_a_month_names_no_stretch_of_months(words):
    assert [marker.period for marker in RESOLVER.markers(words)] == [""]


def _article(tmp_path, body: str, name: str = "note"):
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in body.strip().split("\n"))
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: \"业绩点评\"\ndate: 2025-11-02 09:00:00 +0800\n---\n{paragraphs}\n", encoding="utf-8")
    return path


NOTE = "云麓科技1H25营收48.6亿元，同比增长8.2%；3Q25营收61.9亿元，同比增长10.3%；1-3Q25营收110.5亿元，同比增长9.4%。"


def test_a_quarter_above_the_first_half_is_no_violation(tmp_path):
    path = _article(tmp_path, NOTE)
    assert not [check for check in run([str(path)]).checks if check.outcome == "violation"]
    periods = {claim.text: claim.period for claim in read_claims([str(path)])[0].claims}
    assert periods["48.6亿元"] == "2025H1" and periods["110.5亿元"] == "2025Q1-Q3"


def test_the_half_and_the_quarter_that_do_not_make_the_nine_months_are_violated(tmp_path):
    path = _article(tmp_path, NOTE.replace("110.5亿元", "120.5亿元"), "wrong")
    assert any(check.rule == "period-sum" and check.outcome == "violation" and check.severity == "error"
               for check in run([str(path)]).checks)


def test_part_of_a_month_is_not_the_months_figure(tmp_path):
    text = """乘联会数据显示，10月上旬，全国乘用车市场零售48.2万辆，同比增长5.1%。
10月第二周，全国乘用车市场零售52.6万辆，同比增长3.2%。"""
    periods = {claim.text: claim.period for claim in read_claims([str(_article(tmp_path, text, "weekly"))])[0].claims}
    assert periods["48.2万辆"] != "2025M10" and periods["52.6万辆"] != "2025M10"
