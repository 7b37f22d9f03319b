"""Words that name one measure or one direction however a newsroom prints them.

Taiwan's and Hong Kong's words for net profit (税后纯益, 获利, 纯利) meet 净利润; 缩减 and 回落 are
falls; 净利环增 and 营收同降 clip 环比 and 同比 to one character, which is not part of the measure.
"""

from __future__ import annotations

import pytest

from validator.metrics import keys_compatible, metric_key
from validator.pipeline import read_claims

from .article_files import write_article


@pytest.mark.parametrize("phrase", ["税后纯益", "前三季累计税后纯益", "获利", "前三季获利达", "纯利", "纯利润"])
def test_words_for_net_profit_meet_net_profit(phrase):
    assert keys_compatible(metric_key("净利润"), metric_key(phrase))


@pytest.mark.parametrize("phrase", ["税后纯益", "税后净利", "税后净利润", "税后获利"])
def test_after_tax_adds_nothing_to_net_profit(phrase):
    assert metric_key(phrase) == metric_key("净利润")


def test_before_tax_profit_stays_its_own_measure():
    assert metric_key("税前纯益") != metric_key("净利润")


def test_earnings_per_share_in_taiwan_words_stay_per_share():
    assert metric_key("每股税后纯益") == metric_key("每股税后净利润")


@pytest.mark.parametrize("phrase, key", [
    ("净利环", "净利润"),
    ("营收同", "营收"),
    ("净利环大", "净利润"),
])
def test_a_clipped_basis_after_a_measure_leaves_the_key(phrase, key):
    assert metric_key(phrase) == key


@pytest.mark.parametrize("phrase", ["销售合同", "循环"])
def test_words_ending_in_those_characters_keep_them(phrase):
    assert metric_key(phrase) == phrase


@pytest.mark.parametrize("sentence", [
    "远帆科技第三季度营业收入为4.21亿元，同比缩减12.3%。",
    "远帆科技第三季度营业收入为4.21亿元，同比回落12.3%。",
])
def test_shrinking_and_falling_back_are_falls(tmp_path, sentence):
    claims = read_claims([str(write_article(tmp_path, sentence))])[0].claims
    growth = [claim for claim in claims if claim.kind == "growth"]
    assert growth and growth[0].value < 0


def test_a_clipped_basis_keys_the_rate_with_its_measure(tmp_path):
    claims = read_claims([str(write_article(tmp_path, "远帆科技第三季度净利环增12.4%，达到3.2亿元。"))])[0].claims
    assert {claim.metric_key for claim in claims} == {"净利润"}



@pytest.mark.parametrize("short, long", [("装机量", "驱动电机装机数量"), ("月驱动电机装机量", "驱动电机装机数量"),
                                         ("交付量", "交付")])
def test_a_volume_meets_its_measure(short, long):
    assert keys_compatible(metric_key(short), metric_key(long))


@pytest.mark.parametrize("short, long", [("销量", "销"), ("存量", "存款")])
def test_a_volume_whose_stem_is_no_measure_meets_only_itself(short, long):
    assert not keys_compatible(metric_key(short), metric_key(long))


@pytest.mark.parametrize("phrase, key", [
    ("2021 年 10 月驱动电机装机数量达", "驱动电机装机"),
    ("1-10 月销量", "销量"),
    ("3 月 31 日贷款余额", "贷款"),
])
def test_a_month_printed_with_spaces_leaves_the_key(phrase, key):
    assert metric_key(phrase) == key
