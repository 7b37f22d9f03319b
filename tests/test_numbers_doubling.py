"""The number grammar reads a doubling in words (翻倍, 翻番, 翻了一番) as a growth of about 100%,
the word its own qualifier. Sentences written here, with other names and numbers."""

from __future__ import annotations

from fractions import Fraction

import pytest

from validator.numbers import find_quantities, qualifier_bound


@pytest.mark.parametrize(("sentence", "word"), [
    ("手续费收入达3.27亿元，同比翻倍（去年同期为1.62亿元）", "翻倍"),
    ("研發費用較上年翻番，同比增長101.2%", "翻番"),
    ("海外收入翻了一番", "翻了一番"),
    ("投入金额几乎翻一番", "翻一番"),
])
def test_a_doubling_word_is_a_growth_of_about_one_hundred_percent(sentence, word):
    (doubling,) = [quantity for quantity in find_quantities(sentence) if quantity.text == word]
    assert doubling.value == 100 and doubling.unit == "%"
    assert doubling.qualifier == word and qualifier_bound(doubling.qualifier) == "around"
    assert doubling.interval.lower == Fraction(90) and doubling.interval.upper == Fraction(110)
    assert sentence[doubling.start:doubling.end] == word


def test_the_amounts_around_a_doubling_word_are_still_read():
    printed = [quantity.text for quantity in find_quantities("手续费收入达3.27亿元，同比翻倍（去年同期为1.62亿元）")]
    assert printed == ["3.27亿元", "翻倍", "1.62亿元"]
