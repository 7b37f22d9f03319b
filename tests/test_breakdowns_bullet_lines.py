"""A bullet line opening with 其中 breaks down the item line above it.

Market digests print an item, then its details one bullet a line: 4、…二手房成交5494套，…；
- 其中二手住宅过户4573套，…. The bullet names no period of its own, so it is of the item's (a
month), and like any 其中 list across a stop it must name the whole's measure again.
"""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

_ITEM = ("3、据乙市房产平台数据，乙市8月份二手房成交6120套，创近两年新高，同比增长12.5%；\n"
         "   - 其中二手住宅过户{part}套，同样为近两年最高，同比增长10.1%。\n")


def test_bullet_under_an_item_is_read_against_the_items_figure(tmp_path):
    found = breakdowns(write_article(tmp_path, _ITEM.format(part="5012")))
    assert ("breakdown-after-qizhong", "at_most", ["5012套"], "6120套") in found


def test_bullet_passes_as_printed_and_is_reported_past_the_item(tmp_path):
    assert_passes_and_is_caught(tmp_path, _ITEM.format(part="5012"), ["5012套"], "6120套",
                                _ITEM.format(part="6516"), "6516套", "error")


@pytest.mark.parametrize("text", [
    # no 其中: the bullet states a figure of its own
    "3、据乙市房产平台数据，乙市8月份二手房成交6120套，同比增长12.5%；\n   - 新房成交7516套，同比下降3.1%。\n",
    # a bullet of another month than the item's
    "3、据乙市房产平台数据，乙市8月份二手房成交6120套，同比增长12.5%；\n   - 其中7月二手住宅过户6516套，同比增长8.0%。\n",
    # a bullet naming nothing of the item's measure
    "3、据乙市统计，乙市8月份二手房成交6120套，同比增长12.5%；\n   - 其中，工业用地出让7516宗。\n",
])
def test_bullets_that_break_nothing_down_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text))
