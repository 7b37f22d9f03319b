"""A stated growth between approximate figures (约80亿元，较上季度的约71亿元增长12.7%).

约 widens a figure by a tenth either way, so a rate between two 约 figures fits almost any
value and an altered rate would pass unseen. The relation is checked again with each 约 read
at its printed digits: when only the widening saves it, the check is a warning (the writer may
have rounded loosely), never an error; when the printed digits fit, it passes.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article

# (text as printed: holds at the printed digits, the same text with the rate or a figure altered)
CASES = [
    ("第三季度，星辰科技促成借款约86亿元人民币，较上一季度的约74亿元人民币增长了16.2%。",
     "第三季度，星辰科技促成借款约86亿元人民币，较上一季度的约74亿元人民币增长了21.1%。"),
    ("今年前两月，和泰保险原保险保费收入约为612亿元，较去年同期的655亿元录得6.56%跌幅。",
     "今年前两月，和泰保险原保险保费收入约为612亿元，较去年同期的655亿元录得8.53%跌幅。"),
    ("累计借款人数由2023年3月31日的约0.236亿人增加7%至今年3月31日的约0.253亿人。",
     "累计借款人数由2023年3月31日的约0.236亿人增加9.1%至今年3月31日的约0.253亿人。"),
    ("活跃用户约为421万，比上年同期的约388万增长8.5%。",
     "活跃用户约为440万，比上年同期的约388万增长8.5%。"),
]


def _growth_checks(tmp_path, text):
    report = run([str(write_article(tmp_path, text))])
    return [check for check in report.checks if check.rule == "growth-prior"]


@pytest.mark.parametrize("printed, altered", CASES)
def test_approximate_figures_that_fit_at_their_printed_digits_pass(tmp_path, printed, altered):
    checks = _growth_checks(tmp_path, printed)
    assert checks and all(check.outcome == "pass" for check in checks), [c.message for c in checks]


@pytest.mark.parametrize("printed, altered", CASES)
def test_a_rate_only_the_widening_of_yue_saves_is_a_warning(tmp_path, printed, altered):
    checks = _growth_checks(tmp_path, altered)
    violations = [check for check in checks if check.outcome == "violation"]
    assert violations, [c.message for c in checks]
    assert all(check.severity == "warning" for check in violations), [c.message for c in violations]
    assert "printed digits" in violations[0].message


def test_a_rate_no_reading_of_yue_fits_is_an_error(tmp_path):
    checks = _growth_checks(tmp_path, "活跃用户约为421万，比上年同期的约388万增长48.5%。")
    assert [check.severity for check in checks if check.outcome == "violation"] == ["error"]
