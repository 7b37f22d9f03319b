"""Exact interval arithmetic: printed figures as the sets of values they could stand for."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.intervals import Interval, rounding_interval

FAST = settings(max_examples=200, deadline=None)


# --- rounding_interval: the printed precision decides the width -------------------------


def test_rounding_interval_of_one_decimal_is_half_a_tenth_each_side():
    assert rounding_interval(Decimal("22.1")) == Interval(Fraction("22.05"), Fraction("22.15"))


def test_rounding_interval_keeps_the_precision_of_trailing_zeros():
    assert rounding_interval(Decimal("22.10")) == Interval(Fraction("22.095"), Fraction("22.105"))


def test_trailing_zero_makes_the_interval_ten_times_narrower():
    coarse = rounding_interval(Decimal("22.1"))
    fine = rounding_interval(Decimal("22.10"))
    assert (fine.upper - fine.lower) * 10 == coarse.upper - coarse.lower


def test_rounding_interval_of_an_integer_is_half_a_unit_each_side():
    assert rounding_interval(Decimal("300")) == Interval(Fraction(599, 2), Fraction(601, 2))


def test_rounding_interval_scales_by_the_magnitude():
    # 86亿 is anything from 85.5亿 to 86.5亿.
    assert rounding_interval(Decimal("86"), Decimal("1e8")) == Interval.of(8_550_000_000, 8_650_000_000)


def test_rounding_interval_of_a_decimal_magnitude_figure():
    # 1.403亿 is 1.4025亿 to 1.4035亿.
    assert rounding_interval(Decimal("1.403"), Decimal("1e8")) == Interval.of(140_250_000, 140_350_000)


def test_rounding_interval_of_zero_straddles_zero():
    assert rounding_interval(Decimal("0.0")) == Interval(Fraction(-1, 20), Fraction(1, 20))


def test_rounding_interval_bounds_are_exact_fractions_not_floats():
    interval = rounding_interval(Decimal("0.1"))
    assert isinstance(interval.lower, Fraction) and isinstance(interval.upper, Fraction)
    assert interval.lower == Fraction(1, 20) and interval.upper == Fraction(3, 20)


@FAST
@given(st.decimals(min_value=0, max_value=Decimal("1e9"), allow_nan=False, allow_infinity=False, places=4))
def test_rounding_interval_contains_the_printed_value(printed):
    interval = rounding_interval(printed)
    assert interval.contains(printed)
    step = Fraction(10) ** printed.as_tuple().exponent
    assert interval.upper - interval.lower == step


# --- exact arithmetic -------------------------------------------------------------------


def test_addition_is_exact_where_float_is_not():
    total = Interval.point(Decimal("0.1")) + Interval.point(Decimal("0.2"))
    assert total == Interval.point(Fraction(3, 10))
    assert 0.1 + 0.2 != 0.3  # the trap the arithmetic avoids


def test_addition_adds_lower_bounds_and_upper_bounds():
    assert Interval.of(1, 2) + Interval.of(10, 20) == Interval.of(11, 22)


def test_subtraction_takes_the_widest_difference():
    # 796家 − 594家 with both rounded: the difference spans low−high to high−low.
    assert Interval.of(5, 7) - Interval.of(1, 2) == Interval.of(3, 6)


def test_subtraction_of_exact_counts_is_exact():
    assert Interval.point(796) - Interval.point(594) == Interval.point(202)


def test_division_is_exact_thirds():
    third = Interval.point(1) / Interval.point(3)
    assert third == Interval.point(Fraction(1, 3))
    assert third.lower * 3 == 1


def test_division_divides_low_by_high_and_high_by_low():
    # 86亿 of 390亿, both rounded: the share lies between 85.5/390.5 and 86.5/389.5.
    part = rounding_interval(Decimal("86"), Decimal("1e8"))
    whole = rounding_interval(Decimal("390"), Decimal("1e8"))
    share = (part / whole).scale(100)
    assert share.lower == Fraction(855, 3905) * 100
    assert share.upper == Fraction(865, 3895) * 100
    assert share.contains(Decimal("22.1"))


def test_division_with_an_open_dividend_is_open_above():
    assert Interval.of(1, None) / Interval.of(2, 4) == Interval.of(Fraction(1, 4), None)


def test_division_by_an_unbounded_divisor_reaches_zero():
    assert Interval.of(1, 2) / Interval.of(2, None) == Interval.of(0, 1)


def test_division_by_an_interval_touching_zero_is_refused():
    with pytest.raises(ValueError):
        Interval.of(1, 2) / Interval.of(0, 1)


def test_scale_by_a_negative_factor_swaps_the_bounds():
    assert Interval.of(1, 2).scale(-1) == Interval.of(-2, -1)


def test_negation_of_an_open_interval_opens_the_other_side():
    assert -Interval.of(5, None) == Interval.of(None, -5)


def test_sum_with_an_open_side_stays_open():
    assert Interval.of(1, None) + Interval.of(2, 3) == Interval.of(3, None)


def test_an_empty_interval_cannot_be_built():
    with pytest.raises(ValueError):
        Interval.of(2, 1)


def test_hull_spans_both_intervals():
    assert Interval.of(1, 2).hull(Interval.of(5, 6)) == Interval.of(1, 6)


def test_hull_with_an_open_side_is_open():
    assert Interval.of(1, 2).hull(Interval.of(None, 0)) == Interval.of(None, 2)


fractions = st.fractions(min_value=-10**6, max_value=10**6, max_denominator=10**4)
positive = st.fractions(min_value=Fraction(1, 10**4), max_value=10**6, max_denominator=10**4)


def interval_around(strategy):
    return st.tuples(strategy, strategy).map(lambda pair: Interval(min(pair), max(pair)))


@FAST
@given(interval_around(fractions), interval_around(fractions), st.data())
def test_sum_and_difference_contain_every_combination_of_members(a, b, data):
    x = data.draw(st.fractions(min_value=a.lower, max_value=a.upper))
    y = data.draw(st.fractions(min_value=b.lower, max_value=b.upper))
    assert (a + b).contains(x + y)
    assert (a - b).contains(x - y)


@FAST
@given(interval_around(positive), interval_around(positive), st.data())
def test_quotient_and_product_contain_every_combination_of_members(a, b, data):
    x = data.draw(st.fractions(min_value=a.lower, max_value=a.upper))
    y = data.draw(st.fractions(min_value=b.lower, max_value=b.upper))
    assert (a / b).contains(x / y)
    assert (a * b).contains(x * y)


# --- contains and intersects, with open bounds ------------------------------------------


def test_contains_includes_both_bounds():
    interval = Interval.of(Decimal("22.05"), Decimal("22.15"))
    assert interval.contains(Decimal("22.05")) and interval.contains(Decimal("22.15"))


def test_contains_excludes_values_just_outside():
    interval = Interval.of(Decimal("22.05"), Decimal("22.15"))
    assert not interval.contains(Decimal("22.0499999"))
    assert not interval.contains(Decimal("22.1500001"))


def test_open_upper_bound_contains_any_large_value():
    # 超过4500万: at least 4500万, no upper limit.
    assert Interval.of(45_000_000, None).contains(10**15)
    assert not Interval.of(45_000_000, None).contains(44_999_999)


def test_open_lower_bound_contains_any_small_value():
    # 近300亿: at most 300亿.
    assert Interval.of(None, 30_000_000_000).contains(-10**15)
    assert not Interval.of(None, 30_000_000_000).contains(30_000_000_001)


def test_fully_open_interval_contains_everything():
    assert Interval.of(None, None).contains(0)


def test_intervals_touching_at_a_bound_intersect():
    assert Interval.of(1, 2).intersects(Interval.of(2, 3))


def test_disjoint_intervals_do_not_intersect_either_way():
    assert not Interval.of(1, 2).intersects(Interval.of(Fraction(2) + Fraction(1, 10**9), 3))
    assert not Interval.of(Fraction(2) + Fraction(1, 10**9), 3).intersects(Interval.of(1, 2))


def test_open_below_and_open_above_intersect_when_they_overlap():
    assert Interval.of(None, 5).intersects(Interval.of(5, None))
    assert Interval.of(None, 5).intersects(Interval.of(4, None))


def test_open_below_and_open_above_do_not_intersect_when_apart():
    assert not Interval.of(None, 5).intersects(Interval.of(6, None))
    assert not Interval.of(6, None).intersects(Interval.of(None, 5))


def test_two_intervals_open_on_the_same_side_always_intersect():
    assert Interval.of(None, 1).intersects(Interval.of(None, 100))
    assert Interval.of(1, None).intersects(Interval.of(100, None))


def test_bounded_is_false_for_open_intervals():
    assert Interval.of(1, 2).bounded
    assert not Interval.of(1, None).bounded
    assert not Interval.of(None, 2).bounded


@FAST
@given(interval_around(fractions), interval_around(fractions))
def test_intersects_is_symmetric(a, b):
    assert a.intersects(b) == b.intersects(a)


@FAST
@given(interval_around(fractions), fractions)
def test_an_interval_intersects_every_point_it_contains(a, x):
    assert a.intersects(Interval.point(x)) == a.contains(x)
