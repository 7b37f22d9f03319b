"""A lower bound printed again with more digits restates the coarser one (rules/approximate_wording.py,
``_finer_bound``): 超过了3亿2166万套 implies 超过3.21亿套, so it backs it. Found by value, it only ever
confirms. Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article

RESTATED = ("截至2024年3月末，东岭游戏机累计销量超过了0.53亿台，软件销量超过了3.21亿套。"
            "东岭表示，新作带动了销量。总而言之，东岭游戏机软件销量现已超过了3亿2166万套。")

NOT_RESTATED = [
    # 近 is closed above: a finer lower bound says nothing of it
    ("截至2024年3月末，东岭游戏机软件销量近3.22亿套。东岭表示，新作带动了销量。"
     "总而言之，东岭游戏机软件销量现已超过了3亿2166万套。"),
    # 多 is closed above too
    ("截至2024年3月末，东岭游戏机软件销量3.2亿多套。东岭表示，新作带动了销量。"
     "总而言之，东岭游戏机软件销量现已超过了3亿2166万套。"),
]


def _restating(text, tmp_path):
    return [{location.text for location in check.locations} for check in run([str(write_article(tmp_path, text))]).checks
            if check.rule == "approximate-wording" and "the same figure with more digits" in check.message]


def test_finer_lower_bound_restates_the_coarser(tmp_path):
    assert {"3.21亿套", "3亿2166万套"} in _restating(RESTATED, tmp_path)


def test_coarser_bound_does_not_restate_the_finer(tmp_path):
    assert not any("3亿2166万套" in found and found != {"3.21亿套", "3亿2166万套"}
                   for found in _restating(RESTATED, tmp_path))


@pytest.mark.parametrize("text", NOT_RESTATED, ids=["近", "多"])
def test_finer_lower_bound_restates_no_bound_closed_above(tmp_path, text):
    assert not any("3亿2166万套" in found for found in _restating(text, tmp_path))
