"""The prior period a change is measured from, and the prior value a growth implies."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from rules.growth_prior import implied_prior, prior_period
from validator.records import Claim, Span


def _claim(kind: str, value: str, lower: str | None, upper: str | None, unit: str, dimension: str,
           text: str) -> Claim:
    return Claim(
        id=f"case:1:{text}", document="case.txt", kind=kind, text=text,
        span=Span(line=1, column=1, end_line=1, end_column=2), offset=0, sentence=text,
        sentence_index=0, value=Decimal(value), unit=unit, dimension=dimension,
        lower=None if lower is None else Decimal(lower), upper=None if upper is None else Decimal(upper),
        qualifier=None, metric="营收", metric_key="营收", period="2021", entity="示例银行",
    )


@pytest.mark.parametrize(("period", "basis", "prior"), [
    ("2021", "同比", "2020"),
    ("2021", None, "2020"),
    ("2021Q4", "同比", "2020Q4"),
    ("2021H1", None, "2020H1"),
    ("2021Q1-Q3", "同比", "2020Q1-Q3"),
    ("2021-12-31", "同比", "2020-12-31"),
    ("2021-12-31", "较年初", "2020-12-31"),
    ("2022-03-31", "较年初", "2021-12-31"),
    ("2022Q1", "环比", "2021Q4"),
    ("2021Q3", "环比", "2021Q2"),
    ("2022-03-31", "环比", "2021-12-31"),
])
def test_prior_period_follows_the_basis(period, basis, prior):
    assert prior_period(period, basis) == prior


@pytest.mark.parametrize(("period", "basis"), [
    ("2021-12-31", None),  # 同比 or 较年初: the article does not say
    ("2021", "比较"),
    (None, "同比"),
])
def test_prior_period_is_unknown_when_the_text_leaves_it_open(period, basis):
    assert prior_period(period, basis) is None


def test_rate_implies_the_figure_divided_by_one_plus_the_rate():
    figure = _claim("figure", "137400000000", "137350000000", "137450000000", "元", "money", "1374亿元")
    growth = _claim("growth", "111.1", "111.05", "111.15", "%", "percent", "111.1%")
    prior = implied_prior(figure, growth)
    assert prior.lower == Fraction(137350000000) / Fraction("2.1115")
    assert prior.upper == Fraction(137450000000) / Fraction("2.1105")


def test_absolute_growth_implies_the_figure_minus_the_change():
    figure = _claim("figure", "796", "796", "796", "家", "count", "796家")
    growth = _claim("growth", "202", "202", "202", "家", "count", "202家")
    prior = implied_prior(figure, growth)
    assert (prior.lower, prior.upper) == (594, 594)


def test_nearly_thirty_percent_leaves_the_prior_open_above():
    figure = _claim("figure", "1800000000", "1750000000", "1850000000", "元", "money", "18亿元")
    growth = _claim("growth", "30", None, "30", "%", "percent", "三成")
    prior = implied_prior(figure, growth)
    assert prior.lower == Fraction(1750000000) / Fraction("1.3") and prior.upper is None


def test_growth_in_multiples_implies_nothing():
    figure = _claim("figure", "3000000000", "2950000000", "3050000000", "元", "money", "30亿元")
    growth = _claim("growth", "2", "1.5", "2.5", "倍", "multiple", "2倍")
    assert implied_prior(figure, growth) is None
