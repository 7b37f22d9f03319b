"""A rounded total is backed by amounts next to it only when they are amounts of one measure:
营收98.6亿元、归母净利润12.3亿元 add up to nothing a headline's 突破百亿 could mean."""

from __future__ import annotations

from tests.test_extract import PUBLISHED
from validator.pipeline import run


def _post(folder, title: str, body: str):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: {PUBLISHED}\n---\n<p>{body}</p>\n', encoding="utf-8")
    return run([str(path)])


def _sums(report) -> list:
    return [check for check in report.checks if check.rule == "approximate-wording" and " + " in check.message]


def test_two_measures_are_no_sum(tmp_path):
    report = _post(tmp_path, "南屏科技前三季度营收突破百亿",
                   "南屏科技前三季度实现营业收入98.6亿元，同比增长12.5%；归母净利润12.3亿元，同比增长15.2%。")
    assert not _sums(report)


def test_parts_of_one_measure_still_back_it(tmp_path):
    report = _post(tmp_path, "两大业务营收合计逾百亿",
                   "甲业务营收54.03亿元、乙业务营收47.7亿元，合计逾百亿元。")
    sums = _sums(report)
    assert sums and all(check.outcome == "pass" for check in sums)
