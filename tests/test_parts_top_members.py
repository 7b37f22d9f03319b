"""The leading members of what the sentence before counted (其TOP5, 其前五大) are at most its figure.

永磁同步电机共配套…台，…。A、B、C为其TOP3配套车型，配套量分别为…台，…台，…台: the amounts listed with 分别
after 其TOPn, named with a word of the figure before (配套), are at most that figure; it is found by
nearness, so a miss is a warning.
"""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

_MOTORS = ("据悉，6月扁线电机共配套{whole}台，环比增长8.0%。甲车型、乙车型、丙车型为其TOP3配套车型，"
           "配套量分别为21,304台，12,118台和9,870台。")
_CLIENTS = "2023年，丁科技实现销售收入{whole}亿元。其前三大客户的销售收入分别为12.40亿元、8.75亿元和6.10亿元。"

CASES = [
    (_MOTORS.format(whole="96,530"), ["21,304台", "12,118台", "9,870台"], "96,530台",
     _MOTORS.format(whole="40,120"), "40,120台"),
    (_CLIENTS.format(whole="80.20"), ["12.40亿元", "8.75亿元", "6.10亿元"], "80.20亿元",
     _CLIENTS.format(whole="25.10"), "25.10亿元"),
]
_IDS = [f"top-{i}" for i in range(len(CASES))]


@pytest.mark.parametrize("text, parts, whole, altered, figure", CASES, ids=_IDS)
def test_top_members_are_read_within_the_figure_before(tmp_path, text, parts, whole, altered, figure):
    assert ("top-members-of-the-subject-before", "at_most", parts, whole) in breakdowns(write_article(tmp_path, text))


@pytest.mark.parametrize("text, parts, whole, altered, figure", CASES, ids=_IDS)
def test_top_members_pass_and_a_whole_below_them_is_a_warning(tmp_path, text, parts, whole, altered, figure):
    assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, "warning")


@pytest.mark.parametrize("text", [
    # the list names no word of the figure before
    "2023年，戊科技实现净利润9.20亿元。其前三大客户的采购额分别为12.40亿元、8.75亿元和6.10亿元。",
    # no 分别 list after 其前n
    "2023年，己科技实现销售收入30.20亿元。其前三大客户贡献了主要增长，销售收入合计40.10亿元，另有新客户12.00亿元。",
])
def test_lists_that_are_no_top_members_of_the_figure_before_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "top-members-of-the-subject-before")
