"""Figure reading: a qualifier across 了 (超过了一成, 突破了300亿元) and a figure printed in two
magnitudes (7亿6641万套) — sentences written here, with other names and numbers."""

from __future__ import annotations

from fractions import Fraction

import pytest

from validator.numbers import find_quantities


def _only(text: str):
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r}: {[quantity.text for quantity in found]}"
    return found[0]


@pytest.mark.parametrize(("text", "qualifier", "lower"), [
    ("海外营收也超过了一成", "超过", Fraction(10)),
    ("营收突破了300亿元", "突破", Fraction(300 * 10**8)),
    ("用户数超过了 4500万户", "超过", Fraction(4500 * 10**4)),
])
def test_a_qualifier_keeps_its_bound_across_le(text, qualifier, lower):
    quantity = _only(text)
    assert quantity.qualifier == qualifier
    assert quantity.bound == "above"
    assert quantity.interval.lower == lower and quantity.interval.upper is None


def test_le_after_an_exact_verb_leaves_the_figure_exact():
    quantity = _only("营收达到了56.3亿元")
    assert quantity.bound == "exact"
    assert quantity.interval.lower == Fraction(563, 10) * 10**8 - Fraction(5 * 10**6)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("软件销量累计8亿3215万套", 832150000, "套"),
    ("总收入达3亿5000万元", 350000000, "元"),
    ("注册用户1亿2万人", 100020000, "人"),
])
def test_yi_followed_by_wan_is_one_figure(text, value, unit):
    quantity = _only(text)
    assert quantity.value == value
    assert quantity.unit == unit
    # Printed to the 万: half a 万 either side.
    assert quantity.interval.upper - quantity.interval.lower == 10**4


def test_wan_after_yi_of_another_figure_is_its_own():
    found = find_quantities("营收2亿元，8000万用户")
    assert [quantity.value for quantity in found][:1] == [200000000]


@pytest.mark.parametrize(("text", "qualifier", "lower"), [
    ("沪深两市成交额首次站上1.5万亿元", "站上", Fraction(15 * 10**11)),
    ("股价站稳20元", "站稳", Fraction(20)),
    ("年营收迈上600亿元台阶", "迈上", Fraction(600 * 10**8)),
])
def test_reaching_a_level_is_a_lower_bound(text, qualifier, lower):
    # 站上/站稳/迈上 a level: at least that level, as 突破 is.
    quantity = _only(text)
    assert quantity.qualifier == qualifier
    assert quantity.bound == "above"
    assert quantity.interval.lower == lower and quantity.interval.upper is None
