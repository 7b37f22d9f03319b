"""A round figure printed as a magnitude word carries its qualifier in its printed text (过万,
破千亿元, 逾百亿元), since the word alone (万, 千亿元) is not what the article states; so does a
numeral of tenths in words (近三成, 超过了一成), printed and quoted with its bound. A figure with
digits keeps its digits as its text. Sentences written here, with other names and numbers."""

from __future__ import annotations

import pytest

from validator.numbers import find_quantities, qualifier_bound


def _only(text: str):
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r}: {[quantity.text for quantity in found]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "printed", "bound"), [
    ("甲公司当月交付量过万，创出新高", "过万", "above"),
    ("全国电影票房破千亿元", "破千亿元", "above"),
    ("富华金控与东盛金控合计再赚逾百亿元", "逾百亿元", "above"),
    ("乙集团总资产逼近万亿", "逼近万亿", "below"),
    ("净资本均超过了千亿。", "超过了千亿", "above"),
    ("游戏用户约百万人次", "约百万人次", "around"),
    ("投资收益占总收入比重近三成", "近三成", "below"),
    ("海外营收也超过了一成", "超过了一成", "above"),
])
def test_a_round_figure_is_printed_with_its_qualifier(sentence, printed, bound):
    quantity = _only(sentence)
    assert quantity.text == printed
    assert quantity.bound == bound
    assert sentence[quantity.start:quantity.end] == printed
    assert quantity.qualifier_start == quantity.start


@pytest.mark.parametrize(("sentence", "printed"), [
    ("丙银行净利润超过142亿元", "142亿元"),
    ("营收近300亿元", "300亿元"),
    ("用户约4500万户", "4500万户"),
    ("海外营收占比近3成", "3成"),
])
def test_a_figure_in_digits_keeps_its_digits_as_text(sentence, printed):
    assert _only(sentence).text == printed


@pytest.mark.parametrize(("sentence", "printed"), [
    ("丁公司营收增长三成", "三成"),
    ("净利润仅为同业的一半", "一半"),
    ("首次实现百亿元目标", "百亿元"),
])
def test_a_figure_in_words_without_a_bound_is_printed_alone(sentence, printed):
    assert _only(sentence).text == printed


def test_a_claims_round_qualifier_gives_its_bound_as_the_quantity_does():
    """A claim keeps only its qualifier (过 of 过万); the bound read back from it must be the
    quantity's, or a wording of 过万 is held to "exactly ten thousand"."""
    quantity = _only("丙公司当月交付量过万，创出新高")
    assert qualifier_bound(quantity.qualifier) == quantity.bound == "above"
