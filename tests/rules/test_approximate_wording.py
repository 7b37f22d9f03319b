"""What approximate words mean, as bands of values (the cases test the pairing)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from rules.approximate_wording import magnitude, wording_band
from validator.intervals import Interval
from validator.records import Claim, Span


def _claim(value: str, qualifier: str | None, *, lower=None, upper=None, kind="figure") -> Claim:
    return Claim(
        id="t:1:1", document="t.txt", kind=kind, text=value, span=Span(line=1, column=1, end_line=1, end_column=2),
        offset=0, sentence="", sentence_index=0, value=Decimal(value), unit=None, dimension="number",
        lower=None if lower is None else Decimal(lower), upper=None if upper is None else Decimal(upper),
        qualifier=qualifier, metric="", metric_key="", period=None, entity=None,
    )


def test_near_means_at_most_a_tenth_under():
    assert wording_band(_claim("300", "近")) == Interval(Fraction(270), Fraction(300))


def test_more_than_has_no_ceiling():
    assert wording_band(_claim("120000", "超过")) == Interval(Fraction(120000), None)


def test_and_some_stops_at_the_next_step_of_the_last_digit():
    assert wording_band(_claim("20", "多")) == Interval(Fraction(20), Fraction(30))
    assert wording_band(_claim("120000", "余")) == Interval(Fraction(120000), Fraction(130000))
    assert wording_band(_claim("3000", "余")) == Interval(Fraction(3000), Fraction(4000))


def test_about_means_a_tenth_either_side():
    assert wording_band(_claim("52", "约")) == Interval(Fraction(468, 10), Fraction(572, 10))


def test_less_than_has_no_floor():
    assert wording_band(_claim("1", "不足")) == Interval(None, Fraction(1))


def test_a_fall_is_judged_by_its_size():
    assert wording_band(_claim("-30", "近", lower="-30", kind="growth")) == Interval(Fraction(27), Fraction(30))
    fall = _claim("-28.6", None, lower="-28.65", upper="-28.55", kind="growth")
    assert magnitude(fall) == Interval(Fraction(2855, 100), Fraction(2865, 100))
