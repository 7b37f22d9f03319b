"""A title's total of several (两大业务营收合计逾百亿) is not described by one of its parts: the
body's 甲业务营收56.12亿元 is a part of the total, not the figure the title rounds."""

from __future__ import annotations

from tests.test_extract import PUBLISHED
from validator.pipeline import run


def _post(folder, title: str, *paragraphs: str):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: {PUBLISHED}\n---\n{body}', encoding="utf-8")
    return run([str(path)])


def _warned(report) -> list:
    return [check for check in report.checks if check.outcome == "violation"]


_LEAD = "秦川智造发布半年报，上半年公司实现营业收入131.4亿元，同比增长10.2%。"


def test_title_total_is_not_held_against_one_part(tmp_path):
    report = _post(tmp_path, "秦川智造上半年两大业务营收合计逾百亿", _LEAD,
                   "分业务看，风电业务营收56.12亿元、储能业务营收45.9亿元，合计逾百亿元。")
    assert not _warned(report)


def test_title_total_of_three_lines_is_not_held_against_one(tmp_path):
    report = _post(tmp_path, "秦川智造三大业务收入共计超80亿元", _LEAD,
                   "其中，风电业务收入41.5亿元、储能业务收入23.6亿元、氢能业务收入17.2亿元，三项共计超过80亿元。")
    assert not _warned(report)


def test_parts_that_miss_the_total_are_still_reported(tmp_path):
    report = _post(tmp_path, "秦川智造上半年两大业务营收合计逾百亿", _LEAD,
                   "分业务看，风电业务营收46.12亿元、储能业务营收45.9亿元，合计逾百亿元。")
    assert _warned(report)


def test_a_title_of_one_line_still_meets_that_line(tmp_path):
    report = _post(tmp_path, "秦川智造上半年风电业务营收超60亿", _LEAD,
                   "分业务看，风电业务营收56.12亿元，储能业务营收45.9亿元。")
    assert any(check.rule == "approximate-wording" and "56.12亿元" in check.message for check in _warned(report))
