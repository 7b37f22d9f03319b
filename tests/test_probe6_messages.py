"""growth-prior messages: a rate stated between a figure and its printed prior that does not take
the one to the other may be the slip, or either figure may be; the message says both the prior the
rate implies and the rate the two figures give. Sentences written here, with invented figures."""

from __future__ import annotations

from validator.pipeline import run


def _checks(tmp_path, body: str):
    path = tmp_path / "article.md"
    path.write_text(f"---\ntitle: '澄湖保险2024年业绩'\ndate: 2025-03-26 20:00:00 +0800\n---\n\n<p>{body}</p>\n",
                    encoding="utf-8")
    return [check for check in run([str(path)]).checks if check.rule == "growth-prior"]


def test_a_slip_shows_the_rate_the_two_figures_give(tmp_path):
    # 76.35..76.45 over 66.15..66.25: +15.25% to +15.57%: the stated 13.4% is the slip, or one of the figures is.
    checks = _checks(tmp_path, "澄湖保险2024年净利润为76.4亿元，较上年同期的66.2亿元增长13.4%。")
    failed = [check for check in checks if check.outcome == "violation"]
    assert len(failed) == 1
    assert "66.2亿元 to 76.4亿元 is up 15.25% to 15.57%" in failed[0].message


def test_a_fall_is_shown_as_a_fall(tmp_path):
    # 58.05..58.15 over 66.15..66.25: -12.4% to -12.08%
    checks = _checks(tmp_path, "澄湖保险2024年净利润为58.1亿元，较上年同期的66.2亿元下降15.2%。")
    failed = [check for check in checks if check.outcome == "violation"]
    assert len(failed) == 1
    assert "66.2亿元 to 58.1亿元 is down 12.08% to 12.4%" in failed[0].message


def test_a_pass_says_nothing_more(tmp_path):
    checks = _checks(tmp_path, "澄湖保险2024年净利润为76.4亿元，较上年同期的66.2亿元增长15.4%。")
    assert checks and all(check.outcome == "pass" and " is up " not in check.message for check in checks)
