"""A carmaker's monthly release prints the month, the year to date and the running total since
its first delivery: the year to date is counted in that running total, however long ago it began
(validator/period_links.py).

    11月交付新车…。1-11月累计交付…。截至11月30日，历史累计交付量达到…

Passages written here, with made-up carmakers and numbers.
"""

from __future__ import annotations

from validator.pipeline import run

RELEASE = """12月1日，青枫汽车公布最新交付数据。2025年11月，青枫汽车交付新车26410辆，同比增长64.2%。
今年1-11月，青枫汽车累计交付231575辆，同比增长71.8%。
截至2025年11月30日，青枫汽车历史累计交付量达到487290辆。"""


def _article(tmp_path, body: str, name: str = "release"):
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in body.strip().split("\n"))
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: \"青枫汽车11月交付26410辆\"\ndate: 2025-12-01 10:00:00 +0800\n---\n{paragraphs}\n",
                    encoding="utf-8")
    return path


def _period_sums(path):
    return [check for check in run([str(path)]).checks if check.rule == "period-sum"]


def test_the_year_to_date_is_within_the_running_total_since_the_first_delivery(tmp_path):
    checks = _period_sums(_article(tmp_path, RELEASE))
    texts = [{location.text for location in check.locations} for check in checks if check.outcome == "pass"]
    assert {"231575辆", "487290辆"} in texts
    assert {"26410辆", "231575辆"} in texts
    assert all(check.outcome == "pass" for check in checks)


def test_a_year_to_date_above_the_running_total_is_violated(tmp_path):
    checks = _period_sums(_article(tmp_path, RELEASE.replace("231575辆", "531575辆"), "wrong"))
    assert any(check.outcome == "violation" and check.severity == "error"
               and "531575辆" in {location.text for location in check.locations} for check in checks)


def test_a_running_total_this_year_to_a_date_is_the_year_to_date_itself(tmp_path):
    text = """截至2025年11月30日，青枫汽车今年累计交付231575辆。1-11月，青枫汽车累计交付231575辆。"""
    assert not [check for check in run([str(_article(tmp_path, text, "same"))]).checks if check.outcome == "violation"]
