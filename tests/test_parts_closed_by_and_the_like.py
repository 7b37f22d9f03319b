"""Segments listed with their whole's measure whose last alone is named with 等 (and the like):
发行再融资债券偿还本金…亿元、安排财政资金等偿还本金…亿元 — the last slice takes in the rest, so the list
names every slice of the 到期偿还本金 before it. That whole is found by nearness, so a miss either way
is a warning."""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_passes_and_is_caught, breakdowns

_REPAID = "1-9月，乙省地方政府债券到期偿还本金{whole}亿元。发行再融资债券偿还本金1980亿元、安排财政资金等偿还本金370亿元。"


def test_segments_closed_by_and_the_like_make_their_whole(tmp_path):
    found = breakdowns(write_article(tmp_path, _REPAID.format(whole="2350")))
    assert ("segments-closed-by-and-the-like", "exact", ["1980亿元", "370亿元"], "2350亿元") in found


@pytest.mark.parametrize("whole, severity", [("3055", "warning"), ("2100", "warning")])
def test_segments_closed_by_and_the_like_are_reported_when_the_whole_is_altered(tmp_path, whole, severity):
    assert_passes_and_is_caught(tmp_path, _REPAID.format(whole="2350"), ["1980亿元", "370亿元"], "2350亿元",
                                _REPAID.format(whole=whole), f"{whole}亿元", severity)


@pytest.mark.parametrize("text", [
    # 等 in every name: no slice takes in the rest
    "1-9月，丙省地方政府债券到期偿还本金2350亿元。发行债券等偿还本金1980亿元、安排财政资金等偿还本金300亿元。",
    # no 等: the list may leave slices out
    "1-9月，丁省地方政府债券到期偿还本金2350亿元。发行再融资债券偿还本金1980亿元、安排财政资金偿还本金300亿元。",
])
def test_lists_without_one_last_slice_and_the_like_are_not_closed(tmp_path, text):
    assert not [b for b in breakdowns(write_article(tmp_path, text)) if b[0] == "segments-closed-by-and-the-like"]


def test_a_list_without_and_the_like_is_at_most_its_whole(tmp_path):
    text = "1-9月，戊省地方政府债券到期偿还本金2350亿元。发行再融资债券偿还本金1980亿元、安排财政资金偿还本金300亿元。"
    assert ("segments-listed-with-their-measure", "at_most", ["1980亿元", "300亿元"], "2350亿元") in breakdowns(
        write_article(tmp_path, text))
