"""A statistics release's growth in real or nominal terms (同比实际增长3.7%, 同比名义增长5.1%) is a
同比 growth of the measure before it: 实际 names neither the measure nor another basis. And a title's
规上 is the body's 规模以上 (lexicon.SHORT_FORMS). Sentences written here, with invented figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case
from tests.test_extract import article, the
from validator.metrics import keys_compatible, metric_key

PUBLISHED = "2024-06-17 10:00:00 +0800"


@pytest.mark.parametrize("adverb", ["实际", "名义"])
def test_real_growth_is_a_yearly_growth_of_its_measure(tmp_path, adverb):
    extraction = article(tmp_path, f"5月份，规模以上工业增加值同比{adverb}增长5.6%，比4月份回落1.1个百分点。",
                         title="5月份国民经济运行总体平稳", published=PUBLISHED)
    rate = the(extraction, "5.6%")
    assert (rate.kind, rate.basis, rate.direction) == ("growth", "同比", "up")
    assert rate.metric_key == metric_key("规模以上工业增加值")


def test_a_real_fall_keeps_its_direction(tmp_path):
    extraction = article(tmp_path, "1—5月份，全省进出口总值同比实际下降2.4%。", title="全省外贸数据", published=PUBLISHED)
    assert (the(extraction, "2.4%").basis, the(extraction, "2.4%").direction) == ("同比", "down")


def test_short_form_of_above_designated_size_is_the_same_key():
    assert keys_compatible(metric_key("全国规上工业增加值"), metric_key("规模以上工业增加值"))
    assert keys_compatible(metric_key("全国社保基金权益"), metric_key("全国社会保障基金权益"))
    assert not keys_compatible(metric_key("规上工业企业利润"), metric_key("规模以上工业增加值"))


def _release(title_rate: str) -> RuleCase:
    text = ("国家统计局6月17日发布数据，5月份，规模以上工业增加值同比实际增长5.6%，比4月份回落1.1个百分点。"
            "1—5月份，规模以上工业增加值同比增长6.2%。")
    expect = "pass" if title_rate == "5.6" else "violation"
    return one_article_case("headline", f"title_{title_rate}", text, expect, (f"{title_rate}%", "5.6%"),
                            title=f"5月全国规上工业增加值同比增长{title_rate}%", published=PUBLISHED)


@pytest.mark.parametrize("title_rate", ["5.6", "7.3"])
def test_title_short_form_is_held_against_the_release(title_rate, tmp_path):
    assert_case_holds(_release(title_rate), tmp_path)
