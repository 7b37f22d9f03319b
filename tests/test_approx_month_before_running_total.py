"""A change against the month before, when only the two months' running total is printed
(rules/approximate_wording.py, ``_against_the_month_before``):

    今年前两个月，东岭保险累计保费收入为812亿元……其中2月保费收入为305亿元，比1月份下降近四成。

January is the running total less February (507亿元), and February is 39.8% under it. Sentences
written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article

CASES = [
    ("今年前两个月，东岭保险累计保费收入为812亿元，同比增长3.1%。其中2月保费收入为305亿元，比1月份下降近四成。",
     "近四成", ("812亿元", "305亿元"), "近三成"),
    ("今年1-2月，南川汽车累计销量为10.1万辆。2月单月销量为4.2万辆，环比下降约三成。",
     "约三成", ("10.1万辆", "4.2万辆"), "约一成"),
    ("西嶺人壽今年首2個月累計原保險保費收入約為812億元，而單計上月的原保險保費收入只有305億元，更比1月份大跌近四成。",
     "近四成", ("812億元", "305億元"), "近兩成"),
]

NOT_JUDGED = [
    # a running total of three months less one month is two months, not the month before
    "今年一季度，东岭保险累计保费收入为1212亿元。其中3月保费收入为305亿元，比2月份下降近四成。",
    # compared with a year before, not with the month before
    "今年前两个月，东岭保险累计保费收入为812亿元。其中2月保费收入为305亿元，比去年同期下降近四成。",
    # the running total is the market's, the month a company's
    "今年1-2月，全国保险业累计原保险保费收入为8120亿元。东岭保险2月保费收入为305亿元，比1月份下降近四成。",
    "今年1-2月，行业累计原保险保费收入为8120亿元。其中2月东岭保险保费收入为305亿元，比1月份下降近四成。",
    # the running total is of another measure
    "今年前两个月，东岭保险累计净利润为81.2亿元。其中2月保费收入为30.5亿元，比1月份下降近四成。",
]


def _against_month_before(checks):
    return [check for check in checks if check.rule == "approximate-wording" and "the month before it" in check.message]


@pytest.mark.parametrize("text, wording, figures, altered", CASES, ids=["比1月份", "环比", "繁體"])
def test_change_against_the_month_before_passes(tmp_path, text, wording, figures, altered):
    judged = _against_month_before(run([str(write_article(tmp_path, text))]).checks)
    assert len(judged) == 1 and judged[0].outcome == "pass"
    assert {location.text for location in judged[0].locations} == {wording, *figures}


@pytest.mark.parametrize("text, wording, figures, altered", CASES, ids=["比1月份", "环比", "繁體"])
def test_change_against_the_month_before_is_violated_when_altered(tmp_path, text, wording, figures, altered):
    judged = _against_month_before(run([str(write_article(tmp_path, text.replace(wording, altered)))]).checks)
    assert len(judged) == 1 and judged[0].outcome == "violation" and judged[0].severity == "warning"


@pytest.mark.parametrize("text", NOT_JUDGED, ids=["三个月", "同比", "全国", "行业", "另一指标"])
def test_no_month_before_without_its_two_month_total(tmp_path, text):
    assert _against_month_before(run([str(write_article(tmp_path, text))]).checks) == []
