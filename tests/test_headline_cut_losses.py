"""A heading that cuts the body's loss to two digits (累亏19亿 for 19.64亿元) is a truncation, warned
of, never an error; 累亏 and a loss over a span of years (5年烧掉) are cumulative losses."""

from __future__ import annotations

import pytest

from validator.metrics import is_cumulative, metric_key
from validator.pipeline import run

_PUBLISHED = "2023-05-10 09:00:00 +0800"
_BODY = ("<p>据招股书，2018年至2022年，青禾控股分别亏损3.12亿元、4.05亿元、5.27亿元、3.86亿元、3.34亿元，"
         "合计亏损19.64亿元。</p>\n<h2>{heading}</h2>\n<p>青禾控股的累计亏损已达19.64亿元，公司仍在冲刺上市。</p>")


def _headline_checks(tmp_path, heading: str, title: str = "青禾控股冲刺上市"):
    post = f'---\nlayout: post\ntitle: "{title}"\ndate: {_PUBLISHED}\n---\n{_BODY.format(heading=heading)}\n'
    (tmp_path / "post.md").write_text(post, encoding="utf-8")
    return [check for check in run([str(tmp_path)]).checks if check.rule == "headline"]


def test_a_two_digit_heading_that_cuts_the_loss_is_a_warning(tmp_path):
    checks = _headline_checks(tmp_path, "累亏19亿，冲刺上市")
    cut = [check for check in checks if "19亿" in check.message]
    assert cut and all(check.outcome == "violation" and check.severity == "warning" for check in cut)
    assert "cuts" in cut[0].message


def test_a_heading_far_from_the_loss_is_still_an_error(tmp_path):
    # Must-not: a cut is one printed step below the body; 15亿 is no cut of 19.64亿元.
    checks = _headline_checks(tmp_path, "累亏15亿，冲刺上市")
    wrong = [check for check in checks if "15亿" in check.message]
    assert wrong and wrong[0].outcome == "violation" and wrong[0].severity == "error"


def test_a_title_rounding_a_loss_over_years_is_backed(tmp_path):
    checks = _headline_checks(tmp_path, "货运行业观察", title="青禾控股5年烧掉20亿")
    backed = [check for check in checks if "20亿" in check.message]
    assert backed and all(check.outcome == "pass" for check in backed)


@pytest.mark.parametrize("phrase, key, cumulative", [
    ("累亏", "亏损", True),
    ("青禾控股5年烧掉", "亏损", True),
    ("三年间烧掉", "亏损", True),
    ("2022年烧掉", "亏损", False),   # a year, not a span of years
    ("核心业务大蚀", "核心业务亏损", False),
])
def test_loss_verbs_key_a_loss_and_say_when_it_sums_a_stretch(phrase, key, cumulative):
    assert metric_key(phrase, ("青禾控股",)) == key
    assert is_cumulative(phrase) is cumulative
