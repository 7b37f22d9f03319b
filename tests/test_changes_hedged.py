"""A from→to whose ends carry 约 (从约2320万人增至约2780万人，增幅19.9%).

约 allows a tenth either side, and under that reading almost any rate passes. A figure printed
to three or more significant digits after 约 hedges its last digits, not a tenth of itself: a
rate no such reading gives is a warning (one reading still fits), never an error.

Every text is written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article


def _change_checks(tmp_path, text: str) -> list:
    return [check for check in run([str(write_article(tmp_path, text))]).checks if check.rule == "change-delta"]


@pytest.mark.parametrize("text", [
    "截至6月末，甲贷平台累计借款人数从约1540万人增至约1830万人，增幅18.8%。",
    "截至2023年底，乙银行手机银行用户从约3260万户增至约3710万户，增幅13.8%。",
    "截至 2024 年 6 月 30 日，丙金服累計借款人數從約 4150 萬人增至約 4480 萬人，增幅 8.0%。",
], ids=["简体", "户", "繁体带空格"])
def test_hedged_ends_within_their_digits_pass(tmp_path, text):
    checks = _change_checks(tmp_path, text)
    assert checks and all(check.outcome == "pass" for check in checks)


@pytest.mark.parametrize("text", [
    "截至6月末，甲贷平台累计借款人数从约1540万人增至约1830万人，增幅24.4%。",
    "截至2023年底，乙银行手机银行用户从约3260万户增至约3710万户，增幅17.9%。",
    "截至 2024 年 6 月 30 日，丙金服累計借款人數從約 4150 萬人增至約 4480 萬人，增幅 10.4%。",
], ids=["简体", "户", "繁体带空格"])
def test_a_rate_no_hedged_reading_gives_is_a_warning(tmp_path, text):
    violations = [check for check in _change_checks(tmp_path, text) if check.outcome == "violation"]
    assert violations and all(check.severity == "warning" for check in violations)
    assert "约 hedges only the last printed digits" in violations[0].message


def test_coarse_hedged_figures_keep_the_tenth(tmp_path):
    # 约30亿 and 约35亿 name only two digits: 约 may well mean anything within a tenth.
    text = "截至6月末，丁公司理财规模从约30亿元增至约35亿元，增幅25%。"
    checks = _change_checks(tmp_path, text)
    assert checks and all(check.outcome == "pass" for check in checks)
