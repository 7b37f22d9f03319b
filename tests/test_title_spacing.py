"""A title's spaces part its phrases (乙公司 3月 销量), but the space a feed prints right before
a figure binds the figure to the words it follows: 同比增长 46.2% is a growth, and a title whose
rate the body does not back is reported."""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run


def _article(tmp_path, title: str, body: str):
    path = tmp_path / "spaced.md"
    path.write_text(f"---\ntitle: {title}\ndate: 2024-04-03 09:00:00 +0800\n---\n<p>{body}</p>\n", encoding="utf-8")
    return path


_BODY = "丙汽车3月销量为125,310辆，同比增长46.2%。"


@pytest.mark.parametrize("title", ["丙汽车3月销量12.5 万辆 同比增长 46.2%", "丙汽车3月销量12.5万辆，同比增长 46.2%"])
def test_a_rate_after_a_space_in_the_title_is_a_growth(tmp_path, title):
    claims = read_claims([str(_article(tmp_path, title, _BODY))])[0].claims
    rate = next(claim for claim in claims if claim.source == "title" and claim.text.startswith("46.2"))
    assert rate.kind == "growth"


def test_a_title_rate_the_body_does_not_back_is_reported(tmp_path):
    report = run([str(_article(tmp_path, "丙汽车3月销量12.5 万辆 同比增长 60.1%", _BODY))])
    at_title_rate = [check for check in report.checks if check.outcome == "violation"
                     and any(location.text.startswith("60.1") for location in check.locations)]
    assert at_title_rate
