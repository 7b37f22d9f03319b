"""A sum the writer works out from the amounts its sentence printed before it.

拟派发现金股利…亿元；此前已派发现金红利…亿元，由此计算，累计现金分红总额…亿元: the words 由此计算 (据此测算,
两者合计) say the figure after them was worked out from what came before, and 累计/总额/合计 that it is
their sum. Every amount of the sum's unit and scale printed before it in the sentence is a part, each
named with a word of the sum's measure and of its period (or a stretch within it). Planned figures
(预计, 拟) count: the sum is the writer's own arithmetic on them. Parts past the sum are an error; parts
short of it a warning, since a 累计 may take in an amount the sentence does not print.
"""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

_DIVIDEND = ("根据2023年度利润分配预案，乙电器拟向全体股东每10股派发现金股利15元（含税），预计派发现金股利48.30亿元；"
             "而在此前的中期报告时，乙电器已向股东每10股派发现金红利5元（含税），派发现金红利16.10亿元，由此计算，"
             "预计2023年累计现金分红总额{whole}亿元。")
_BUYBACK = ("2022年上半年，丙科技回购股份耗资3.25亿元；2022年下半年，丙科技再回购股份耗资4.50亿元，"
            "据此计算，2022年丙科技累计回购股份耗资{whole}亿元。")
_TWO_LOANS = "2024年，丁银行向甲企业发放贷款12.6亿元，向乙企业发放贷款8.3亿元，两者合计发放贷款{whole}亿元。"

# (text, parts, whole, altered text, the altered figure, its severity)
CASES = [
    # a planned final dividend and a paid interim one: the sum raised is short of it
    (_DIVIDEND.format(whole="64.40"), ["48.30亿元", "16.10亿元"], "64.40亿元",
     _DIVIDEND.format(whole="83.72"), "83.72亿元", "warning"),
    # the same sum lowered below its parts
    (_DIVIDEND.format(whole="64.40"), ["48.30亿元", "16.10亿元"], "64.40亿元",
     _DIVIDEND.format(whole="54.40"), "54.40亿元", "error"),
    # two halves of the sum's year, 据此计算
    (_BUYBACK.format(whole="7.75"), ["3.25亿元", "4.50亿元"], "7.75亿元",
     _BUYBACK.format(whole="10.08"), "10.08亿元", "warning"),
    # 两者合计, facts only
    (_TWO_LOANS.format(whole="20.9"), ["12.6亿元", "8.3亿元"], "20.9亿元",
     _TWO_LOANS.format(whole="18.9"), "18.9亿元", "error"),
]

_IDS = [f"sum-{i}" for i in range(len(CASES))]


@pytest.mark.parametrize("text, parts, whole, altered, figure, severity", CASES, ids=_IDS)
def test_the_amounts_before_are_read_as_parts_of_the_sum(tmp_path, text, parts, whole, altered, figure, severity):
    assert ("sum-the-writer-computes", "exact", parts, whole) in breakdowns(write_article(tmp_path, text))


@pytest.mark.parametrize("text, parts, whole, altered, figure, severity", CASES, ids=_IDS)
def test_the_sum_passes_as_printed_and_is_reported_when_altered(tmp_path, text, parts, whole, altered, figure,
                                                                severity):
    assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, severity)


@pytest.mark.parametrize("text", [
    # 由此计算 of a product, not a sum: no sum word before the figure
    "戊公司总股本为20亿股，收盘价为每股15元，由此计算，戊公司市值为300亿元。",
    # an amount of another measure before the sum: the parts are not all of its measure
    "2023年，己公司实现净利润30.50亿元，拟派发现金股利9.20亿元，中期已派发现金红利3.10亿元，由此计算，累计现金分红总额12.30亿元。",
    # an amount of an earlier year before the sum
    "2022年庚公司派发现金红利5.00亿元，2023年拟派发现金股利6.20亿元，中期已派发现金红利2.10亿元，由此计算，2023年累计现金分红总额8.30亿元。",
    # a sum word with no word saying the figure was worked out from the ones before
    "辛公司一季度回购耗资1.20亿元，二季度回购耗资2.30亿元，年内累计回购耗资5.60亿元。",
    # one amount only before the sum
    "壬公司拟派发现金股利7.80亿元，由此计算，累计现金分红总额10.20亿元。",
])
def test_words_that_state_no_computed_sum_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "sum-the-writer-computes")


def test_a_counted_sum_of_fewer_amounts_than_the_sentence_prints_is_no_finding(tmp_path):
    text = "2023年，甲公司营收10.20亿元，乙公司营收8.10亿元，丙公司营收5.30亿元，后两者合计13.40亿元。"
    assert_no_finding(write_article(tmp_path, text), "sum-the-writer-computes")
