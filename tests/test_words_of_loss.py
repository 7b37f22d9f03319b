"""Words that carry their measure: Hong Kong's 蚀 is a loss, 少赚 a fall of profit.

纯利少赚27% is 净利润 down 27%; 新业务多蚀4% is the loss of 新业务 up 4%; 分部大蚀141亿 and
4年烧掉28亿 are losses. 非公认会计准则纯利 and 经调整纯利 are one adjusted profit. A figure
followed by 逊预期 or 超预期 is a result measured against the market's expectation, not the
expectation itself.
"""

from __future__ import annotations

import pytest

from validator.metrics import metric_key
from validator.pipeline import read_claims, run

from .article_files import write_article


def _claims(tmp_path, text):
    return read_claims([str(write_article(tmp_path, text))])[0].claims


def _claim(claims, text):
    return next(claim for claim in claims if claim.text == text)


def test_earning_less_is_a_fall_of_profit(tmp_path):
    growth = _claim(_claims(tmp_path, "云帆游戏上季纯利少赚18%。"), "18%")
    assert growth.kind == "growth" and growth.direction == "down" and growth.metric_key.endswith("净利润")


def test_earning_more_is_a_rise_of_profit(tmp_path):
    growth = _claim(_claims(tmp_path, "云帆游戏中期多赚22%。"), "22%")
    assert growth.kind == "growth" and growth.direction == "up" and growth.metric_key.endswith("净利润")


def test_losing_more_is_a_rise_of_the_segments_loss(tmp_path):
    growth = _claim(_claims(tmp_path, "云帆游戏新业务多蚀6%。"), "6%")
    assert growth.kind == "growth" and growth.direction == "up" and growth.metric_key.endswith("新业务亏损")


# 4年烧掉: the span of years is the loss's stretch (a cumulative loss), not its measure.
@pytest.mark.parametrize("phrase, key", [("核心业务大蚀", "核心业务亏损"), ("4年烧掉", "亏损"),
                                         ("海外分部蚀", "海外分部亏损"), ("累亏", "亏损")])
def test_a_loss_verb_before_an_amount_names_a_loss(phrase, key):
    assert metric_key(phrase) == key


# (累亏 is no change: the losses summed so far, a level — see test_headline_cut_losses.)
@pytest.mark.parametrize("phrase", ["同比减亏", "扭亏"])
def test_changes_of_a_loss_are_not_loss_levels(phrase):
    assert not metric_key(phrase).endswith("亏损")


def test_the_names_of_the_adjusted_measure_meet():
    assert metric_key("非公认会计准则纯利") == metric_key("经调整纯利") == "经调整净利润"


def test_and_before_a_verb_leaves_the_key_but_a_merger_keeps_it():
    assert metric_key("并录得经营亏损") == "经营亏损"
    assert metric_key("并购金额").startswith("并购")


@pytest.mark.parametrize("after", ["逊预期", "超预期", "符合预期", "略低于预期"])
def test_a_result_against_the_expectation_is_no_forecast(tmp_path, after):
    growth = _claim(_claims(tmp_path, f"云帆游戏上季纯利少赚18%{after}。"), "18%")
    assert not growth.forecast


def test_the_expectation_itself_is_a_forecast(tmp_path):
    claims = _claims(tmp_path, "云帆游戏营收为61亿元，低于此前63亿元的预期。")
    assert _claim(claims, "63亿元").forecast and not _claim(claims, "61亿元").forecast


_RESULTS = ("---\ntitle: 云帆游戏上季经调整纯利少赚{rate}逊预期\ndate: 2025-02-11 17:16:00 +0800\n---\n"
            "云帆游戏（9988）2024年第四季净收入81亿元，按年升3%；非公认会计准则纯利21亿元，按年跌18.4%，"
            "逊于预期。\n")


def _headline_checks(tmp_path, rate):
    path = tmp_path / "results.md"
    path.write_text(_RESULTS.format(rate=rate), encoding="utf-8")
    return [check for check in run([str(path)]).checks if check.rule == "headline"
            and any(location.text == rate for location in check.locations)]


def test_a_title_that_rounds_the_bodys_fall_passes(tmp_path):
    checks = _headline_checks(tmp_path, "18%")
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_title_the_bodys_fall_does_not_give_is_caught(tmp_path):
    checks = _headline_checks(tmp_path, "24%")
    assert any(check.outcome == "violation" for check in checks)
