"""A broker's period shorthand (3Q25, 1-3Q25, 1H25, 9M25, 24Q3, FY2024) says when, not what: it leaves
the metric key as 营收 does, and model names with digits (A6交付, 5G用户) keep theirs."""

from __future__ import annotations

import pytest

from validator.metrics import metric_key


@pytest.mark.parametrize("phrase", ["3Q25营收", "1-3Q25营收", "1H25营收", "24Q3营收", "FY2024营收", "3Q24单季营收"])
def test_a_brokers_period_leaves_the_key(phrase):
    assert metric_key(phrase) == metric_key("营收")


def test_nine_months_leaves_the_key():
    assert metric_key("9M25归母净利润") == metric_key("归母净利润")


@pytest.mark.parametrize("phrase", ["A6交付", "5G用户", "M9车型销量"])
def test_model_names_with_digits_stay(phrase):
    assert metric_key(phrase) == phrase


@pytest.mark.parametrize("phrase", ["净利润骤", "营收暴", "净利大", "营业收入陡"])
def test_a_degree_word_after_the_measure_leaves_the_key(phrase):
    # 净利润骤降62%, 营收暴增: the degree is the verb's, not the measure's.
    assert metric_key(phrase) in (metric_key("净利润"), metric_key("营收"))
