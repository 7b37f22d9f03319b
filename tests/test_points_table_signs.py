"""A table that prints its falls signed (-0.05%, (0.28)) prints its rises bare: a bare change
there is a rise, and a rate that fell beside it is a wrong sign."""

from __future__ import annotations

from validator.pipeline import run

from .article_files import write_article

TABLE = """盈利能力指标(%) 2023年 2022年 变化百分点
平均总资产回报率(1)  0.88% 0.93% {first}
加权平均权益回报率(2)  10.21% 10.95% -0.74%
成本收入比 29.12% 28.40% {third}
"""


def _point_checks(tmp_path, first: str, third: str):
    report = run([str(write_article(tmp_path, TABLE.format(first=first, third=third)))])
    return [check for check in report.checks if check.rule == "point-change"]


def test_signed_table_passes_as_printed(tmp_path):
    checks = _point_checks(tmp_path, "-0.05%", "0.72%")
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_fall_printed_bare_in_a_signed_table_is_violated(tmp_path):
    checks = _point_checks(tmp_path, "0.05%", "0.72%")
    failed = [check for check in checks if check.outcome != "pass"]
    assert failed and any("0.05%" in location.text for check in failed for location in check.locations)
