"""Metric keys: what a figure measures, without who and when, and whether a key names a measure."""

from __future__ import annotations

import pytest

from validator.metrics import clean_phrase, keys_compatible, metric_key, names_a_measure


@pytest.mark.parametrize("phrase, key", [
    ("2022年营业收入为", "营收"),
    ("上季度营收为", "营收"),
    ("本季度净利润", "净利润"),
    ("当月交付", "交付"),
])
def test_period_words_leave_the_key(phrase, key):
    assert metric_key(phrase) == key


@pytest.mark.parametrize("phrase", ["上季度为", "上一季度为", "上月为", "去年同期为"])
def test_a_period_alone_leaves_no_key(phrase):
    assert metric_key(phrase) == ""


@pytest.mark.parametrize("phrase, key", [
    ("某银行营业收入为", "营收"),
    ("该公司净利润为", "净利润"),
    ("本集团收入", "收入"),
    ("这家券商营业收入", "营收"),
])
def test_a_reference_to_the_company_leaves_the_key(phrase, key):
    assert metric_key(phrase) == key


def test_the_subjects_name_leaves_the_key():
    assert metric_key("云川银行营业收入为", ("云川银行",)) == "营收"
    assert clean_phrase("2021年云川银行净利润为", ("云川银行",)) == "净利润"


@pytest.mark.parametrize("key", ["营收", "净利润", "不良率", "交付", "毛利率", "信息技术投入", "总资产", "保费收入"])
def test_a_measure_is_named(key):
    assert names_a_measure(key)


@pytest.mark.parametrize("key", ["", "华宸证券", "和东岳证券", "国泰君安", "上季度"])
def test_a_name_or_a_fragment_names_no_measure(key):
    assert not names_a_measure(key)


def test_a_headline_abbreviation_is_compatible_with_the_full_key():
    assert keys_compatible("投入", "信息科技投入")
    assert not keys_compatible("", "营收")


def test_a_half_in_a_brokers_shorthand_is_a_period_not_a_measure():
    assert metric_key("2025H1公司实现营收", ()) == metric_key("2025Q2公司实现营收", ()) == "营收"
    assert metric_key("SH1营收", ()) != "营收"  # letters around it: a code, not a half
