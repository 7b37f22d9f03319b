"""Which lines are headlines, and how a headline stands to the body figure offered for it."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from rules.approximate_wording import (
    CONTRADICTS, IMPLIES, MORE_PRECISE, NOT_IMPLIED, ROUNDING, entailment, judge, rounded_reading, stated_band,
)
from rules.headline import is_headline_line
from validator.intervals import Interval
from validator.records import Claim, Span


def _claim(value: str, qualifier: str | None = None, *, lower: str | None = None, upper: str | None = None,
           kind: str = "figure", dimension: str = "money") -> Claim:
    return Claim(
        id="t:1:1", document="t.txt", kind=kind, text=value, span=Span(line=1, column=1, end_line=1, end_column=2),
        offset=0, sentence="", sentence_index=0, value=Decimal(value), unit="元" if dimension == "money" else "%",
        dimension=dimension, lower=None if lower is None else Decimal(lower),
        upper=None if upper is None else Decimal(upper), qualifier=qualifier, metric="", metric_key="",
        period=None, entity=None,
    )


@pytest.mark.parametrize("line", [
    "（原标题：恒远科技发布三季报：净收入61.25亿元，资产结构调整）",
    "原標題:38家消費金融公司2022年合計淨利潤超163億元",
    "安盛科技一季度净利润大涨228% 全年出货有望翻番",
    "-首季交易额达618亿元人民币,按年升6.4%-",
    "恒生银行0011|中期溢利按年升9% 息0.52元",
    "title: '1-8月全国发行地方债41286亿 平均利率3.27%'",
])
def test_lines_that_are_headlines(line):
    assert is_headline_line(line, figures=2)


@pytest.mark.parametrize("line", [
    "2021年，恒远科技实现营业收入41.3亿元，同比增长25%。",
    "• 第三季新业务价值增长28%至8.12亿美元",
    "| 营业收入 | 41.3 | 33.0 | 25% |",
    "交付 88,412 32,118 24,007 19,260 13,027",
    "公司表示，2022年将继续推进产品迭代升级，并在人工智能、隐私计算等前沿领域加大投入，预计全年研发投入将保持两位数增长，海外收入占比有望从2021年的12.4%进一步提升",
])
def test_lines_that_are_not_headlines(line):
    figures = sum(1 for part in line.replace(",", "").split() if part.isdigit()) or 1
    assert not is_headline_line(line, figures=figures)


def test_a_precise_figure_implies_the_bound_it_is_stated_under():
    headline = _claim("14200000000", "超", lower="14200000000")
    body = _claim("14232000000", lower="14231500000", upper="14232500000")
    assert judge(headline, body) == IMPLIES


def test_a_weaker_bound_does_not_back_a_stronger_one():
    headline = _claim("160000", "超过", lower="160000", dimension="number")
    body = _claim("120000", "超过", lower="120000", dimension="number")
    assert judge(headline, body) == NOT_IMPLIED
    assert judge(body, headline) == IMPLIES


def test_near_four_tenths_does_not_describe_three_tenths():
    headline = _claim("40", "近", upper="40", kind="growth", dimension="percent")
    body = _claim("29.97", lower="29.965", upper="29.975", kind="growth", dimension="percent")
    assert stated_band(headline) == Interval(Fraction(36), Fraction(40))
    assert judge(headline, body) == CONTRADICTS


def test_a_headline_may_round_the_body():
    headline = _claim("27", lower="26.5", upper="27.5", kind="growth", dimension="percent")
    body = _claim("-26.8", lower="-26.85", upper="-26.75", kind="growth", dimension="percent")
    assert judge(headline, body) == IMPLIES


def test_a_cut_figure_is_not_a_rounding():
    headline = _claim("236600000000", lower="236550000000", upper="236650000000")
    body = _claim("236678000000", lower="236677500000", upper="236678500000")
    assert judge(headline, body) == CONTRADICTS


def test_a_precise_figure_on_the_edge_of_the_statement_is_a_rounding():
    assert entailment(Interval(Fraction(270), Fraction(300)), True,
                      Interval(Fraction(29995, 100), Fraction(30005, 100)), False) == ROUNDING


def test_a_precise_headline_inside_a_vague_body_is_only_more_precise():
    assert entailment(Interval(Fraction(615, 100), Fraction(625, 100)), False,
                      Interval(Fraction(558, 100), Fraction(682, 100)), True) == MORE_PRECISE


def test_trailing_zeros_of_a_whole_amount_may_be_rounding():
    printed = _claim("808000000000", lower="807950000000", upper="808050000000")
    assert rounded_reading(printed) == Interval(Fraction(807500000000), Fraction(808500000000))
    body = _claim("808300000000", lower="808250000000", upper="808350000000")
    assert judge(printed, body) == ROUNDING
