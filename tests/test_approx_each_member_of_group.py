"""A bound said of each member of a counted group, judged against each member's own figure
(rules/approximate_wording.py, ``_each_member_of_the_group``):

    家电“三巨头”去年净利润均实现超10%增长 …… 东川、南岭、西山依然是“三巨头” …… 南岭家电2023年净利润
    为88.2亿元，同比增长10.6%。

The group's members are the names listed right before its count and noun; a member's figure is
one of the wording's measure, period and direction in a sentence naming that member and no
other. Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article

GROUP = ("家电“三巨头”去年净利润均实现超10%增长。从白电赛道来看，东川、南岭、西山依然是“三巨头”，合计市场份额达61.5%。"
         "东川电器于近日披露了2023年业绩，公司实现营业收入1200.3亿元，同比下降3.1%；实现净利润120.5亿元，同比增长12.4%。"
         "南岭家电2023年实现净利润88.2亿元，同比增长10.6%。")
BANKS = ("四大行上半年净利润均实现超5%增长。工商银行、建设银行、农业银行、中国银行四大行合计实现净利润6200亿元。"
         "农业银行上半年实现净利润1300.5亿元，同比增长5.6%。")

CASES = [
    (GROUP, "超10%", {"12.4%", "10.6%"}, "超11%", "10.6%"),
    (BANKS, "超5%", {"5.6%"}, "超6%", "5.6%"),
]

NOT_JUDGED = [
    # the sentence names two members: whose figure is whose is not said
    ("家电“三巨头”去年净利润均实现超10%增长。从白电赛道来看，东川、南岭、西山依然是“三巨头”，合计市场份额达61.5%。"
     "东川与南岭2023年净利润分别为120.5亿元和88.2亿元，同比增长分别为12.4%和8.1%。"),
    # a company that is not a member
    ("家电“三巨头”去年净利润均实现超10%增长。从白电赛道来看，东川、南岭、西山依然是“三巨头”，合计市场份额达61.5%。"
     "北山电器2023年实现净利润20.5亿元，同比增长6.1%。"),
    # a member's net profit after deductions is another measure
    ("家电“三巨头”去年净利润均实现超10%增长。从白电赛道来看，东川、南岭、西山依然是“三巨头”，合计市场份额达61.5%。"
     "南岭家电2023年实现扣非净利润80.2亿元，同比增长8.1%。"),
    # 合计, not 均: the group's total, not each member
    ("家电“三巨头”去年净利润合计实现超10%增长。从白电赛道来看，东川、南岭、西山依然是“三巨头”，合计市场份额达61.5%。"
     "南岭家电2023年实现净利润88.2亿元，同比增长8.1%。"),
    # another measure of a member
    ("家电“三巨头”去年净利润均实现超10%增长。从白电赛道来看，东川、南岭、西山依然是“三巨头”，合计市场份额达61.5%。"
     "南岭家电2023年实现营业收入880.2亿元，同比增长8.1%。"),
    # the group is listed two ways: its members are not known
    ("家电“三巨头”去年净利润均实现超10%增长。东川、南岭、西山依然是“三巨头”，份额达61.5%。北山、南岭、西山也曾是“三巨头”，份额达55.2%。"
     "东川电器2023年实现净利润20.5亿元，同比增长8.1%。"),
]


def _of_members(checks):
    return [check for check in checks if check.rule == "approximate-wording" and "one of the group" in check.message]


@pytest.mark.parametrize("text, wording, figures, altered, refuting", CASES, ids=["三巨头", "四大行"])
def test_each_member_figure_backs_the_bound(tmp_path, text, wording, figures, altered, refuting):
    judged = _of_members(run([str(write_article(tmp_path, text))]).checks)
    assert {location.text for check in judged for location in check.locations} == {wording[1:], *figures}
    assert all(check.outcome == "pass" for check in judged)


@pytest.mark.parametrize("text, wording, figures, altered, refuting", CASES, ids=["三巨头", "四大行"])
def test_a_member_under_the_bound_refutes_it(tmp_path, text, wording, figures, altered, refuting):
    judged = _of_members(run([str(write_article(tmp_path, text.replace(wording, altered, 1)))]).checks)
    assert any(check.outcome == "violation" and check.severity == "warning"
               and {location.text for location in check.locations} == {altered[1:], refuting} for check in judged)


@pytest.mark.parametrize("text", NOT_JUDGED, ids=["两家同句", "非成员", "扣非", "合计", "另一指标", "两种名单"])
def test_no_member_figure_unless_the_text_names_it(tmp_path, text):
    assert not any(check.outcome == "violation" for check in _of_members(run([str(write_article(tmp_path, text))]).checks))
    assert _of_members(run([str(write_article(tmp_path, text))]).checks) == []
