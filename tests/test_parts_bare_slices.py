"""A 其中 list of bare slices, one a ；, as a statistics release prints its sources of a total.

到位资金…亿元。其中，国内贷款…亿元，下降…%；利用外资…亿元，下降…%；自筹资金…亿元，增长…%: each clause
between ； is a bare name, its amount and at most its change, so the list runs on past each ；; and
three or more such slices, one named with a word of the whole's (资金), are of the figure of the
sentence before. Nothing says every source is named, so they are at most the whole.
"""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

_SOURCES = ("1—8月份，乙省房地产开发企业到位资金8,640亿元，同比增长6.2%。其中，国内贷款1,210亿元，下降8.5%；"
            "利用外资{foreign}亿元，下降20.4%；自筹资金2,980亿元，增长4.1%；定金及预收款3,150亿元，增长12.3%。")


def test_bare_slices_after_qizhong_are_read_within_the_figure_before(tmp_path):
    found = breakdowns(write_article(tmp_path, _SOURCES.format(foreign="35")))
    assert ("breakdown-after-qizhong", "at_most", ["1,210亿元", "35亿元", "2,980亿元", "3,150亿元"], "8,640亿元") in found


def test_bare_slices_pass_and_a_slice_raised_past_the_whole_is_an_error(tmp_path):
    assert_passes_and_is_caught(tmp_path, _SOURCES.format(foreign="35"),
                                ["1,210亿元", "35亿元", "2,980亿元", "3,150亿元"], "8,640亿元",
                                _SOURCES.format(foreign="1,335"), "1,335亿元", "error")


@pytest.mark.parametrize("text", [
    # no slice names a word of the whole's measure
    "1—8月份，丙省房地产开发投资8,640亿元，同比增长6.2%。其中，国内贷款1,210亿元，下降8.5%；利用外资35亿元，下降20.4%；"
    "个人按揭贷款5,980亿元，增长4.1%。",
    # two bare slices only
    "1—8月份，丁省房地产开发企业到位资金8,640亿元，同比增长6.2%。其中，国内贷款6,210亿元，下降8.5%；自筹资金4,980亿元，增长4.1%。",
    # a clause that is no bare slice (another period, a comparison) ends the list
    "1—8月份，戊省房地产开发企业到位资金8,640亿元，同比增长6.2%。其中，国内贷款1,210亿元，下降8.5%；"
    "利用外资35亿元，下降20.4%；上年同期自筹资金8,980亿元，增长4.1%；定金及预收款3,150亿元，增长12.3%。",
])
def test_lists_that_are_no_bare_slices_of_the_figure_before_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text))


def test_a_qizhong_inside_a_list_of_bare_slices_keeps_to_its_own_clause(tmp_path):
    text = ("从险种看，货运险签单数量21.00亿件；责任险30.12亿件；寿险本年新增保单0.52亿件；其中普通寿险2816.40万件；"
            "健康险12.80亿件；意外险35.60亿件。")
    found = breakdowns(write_article(tmp_path, text))
    assert not [b for b in found if "12.80亿件" in b[2] or "35.60亿件" in b[2]]


def test_a_qizhong_after_its_whole_in_one_sentence_does_not_run_into_bare_clauses_after_it(tmp_path):
    text = ("1—8月份，己省房地产开发投资9,120亿元，同比增长7.2%，其中，住宅投资6,830亿元，增长8.7%；"
            "商品房销售额10,470亿元，增长11.8%。")
    assert_no_finding(write_article(tmp_path, text))
