"""A title's change the body prints no rate or amount of (净利润同比增长37%, 多赚1.2亿, 亏损收窄42%)
is the change the body's figures of its period and of the year before make."""

from __future__ import annotations

import pytest

from validator.pipeline import run


def _post(folder, title: str, body: str):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: 2024-04-20\n---\n<p>{body}</p>\n', encoding="utf-8")
    return run([str(path)])


def _headline(report) -> list:
    return [check for check in report.checks if check.rule == "headline"]


_PROFITS = "东篱家居披露年报，2023年实现营业收入38.12亿元，同比增长6.4%；归母净利润5.62亿元，上年同期为4.18亿元。"
_LOSSES = "北汀生物发布2023年年报，公司全年实现营业收入12.45亿元，同比增长3.1%；归母净利润为-1.76亿元，上年同期为-2.93亿元。"


@pytest.mark.parametrize("title, body", [
    ("东篱家居2023年净利润同比增长34%", _PROFITS),     # 5.62 / 4.18 − 1 = 34.4%
    ("东篱家居2023年净利润增长超三成", _PROFITS),
    ("东篱家居2023年多赚1.44亿元", _PROFITS),
    ("东篱家居2023年净利润多赚1.4亿", _PROFITS),
    ("北汀生物2023年亏损收窄40%", _LOSSES),             # 1.76 / 2.93 − 1 = −39.9%
    ("北汀生物2023年亏损同比收窄近四成", _LOSSES),
])
def test_title_change_made_by_the_two_figures_passes(tmp_path, title, body):
    checks = _headline(_post(tmp_path, title, body))
    assert checks and all(check.outcome == "pass" for check in checks)


@pytest.mark.parametrize("title, body, made", [
    ("东篱家居2023年净利润同比增长44%", _PROFITS, "5.62亿元"),
    ("东篱家居2023年多赚1.84亿元", _PROFITS, "5.62亿元"),
    ("北汀生物2023年亏损收窄50%", _LOSSES, "-1.76亿元"),
    ("北汀生物2023年亏损扩大40%", _LOSSES, "-1.76亿元"),
])
def test_title_change_the_figures_do_not_make_is_a_warning(tmp_path, title, body, made):
    violated = [check for check in _headline(_post(tmp_path, title, body)) if check.outcome == "violation"]
    assert violated and all(check.severity == "warning" for check in violated)
    assert made in violated[0].message


def test_a_turn_to_profit_makes_no_rate(tmp_path):
    report = _post(tmp_path, "北汀生物2023年净利润增长120%",
                   "北汀生物发布2023年年报，归母净利润为1.76亿元，上年同期为-2.93亿元。")
    assert not [check for check in _headline(report) if check.outcome == "violation"]


def test_another_measure_of_both_years_is_not_the_title_s(tmp_path):
    report = _post(tmp_path, "东篱家居2023年净利润同比增长44%",
                   "东篱家居披露年报，2023年实现营业收入38.12亿元，上年同期为26.5亿元。")
    assert not [check for check in _headline(report) if check.outcome == "violation"]


def test_adjusted_profit_title_is_not_held_against_the_unadjusted_rate(tmp_path):
    # 扣非净利润 is another measure than 归母净利润: the title's 31% is the 扣非 change 16.8 ÷ 12.8.
    body = "东篱家居披露2023年年报，公司实现归母净利润19.27亿元，同比增长7.6%，扣非净利润16.8亿元，上年同期为12.8亿元。"
    report = _post(tmp_path, "东篱家居2023年扣非净利润增长31%", body)
    assert not [check for check in _headline(report) if check.outcome == "violation"]
    altered = _post(tmp_path, "东篱家居2023年扣非净利润增长41%", body)
    violated = [check for check in _headline(altered) if check.outcome == "violation"]
    assert violated and all(check.severity == "warning" for check in violated)


@pytest.mark.parametrize("current, outcome", [("12.4亿元", "pass"), ("8.3亿元", "pass"), ("6.2亿元", "violation")])
def test_title_multiple_against_the_two_figures(tmp_path, current, outcome):
    # 近2倍 of 4.18亿元: 12.4 (a rise of 1.97 ×) or 8.3 (twice the year-ago figure); 6.2 neither.
    report = _post(tmp_path, "东篱家居2023年净利润增长近2倍",
                   f"东篱家居披露年报，2023年实现营业收入38.12亿元，同比增长6.4%；归母净利润{current}，上年同期为4.18亿元。")
    assert [check.outcome for check in _headline(report)] == [outcome]
