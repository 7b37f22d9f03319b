"""增长1.5倍 adds 150% to the prior; some writers mean 增长2倍 as ×2. A growth in 倍 is checked
against a prior printed elsewhere under either reading, and the message says which fitted."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case

TITLE = "东岭科技2023年年报"
PUBLISHED = "2024-03-30 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...]):
    return one_article_case("growth-prior", name, text, expect, figures, title=TITLE, published=PUBLISHED)


def test_a_growth_in_multiples_adds_to_the_prior(tmp_path):
    text = "东岭科技2023年实现营业收入25.6亿元，同比增长1.56倍，上年同期为10.0亿元。"
    assert_case_holds(_case("multiple-added", text, "pass", ("25.6亿元", "1.56倍", "10.0亿元")), tmp_path)


def test_a_growth_in_multiples_meant_as_the_ratio_passes_and_says_so(tmp_path):
    text = "东岭科技2023年实现营业收入31.2亿元，同比增长2.4倍，上年同期为13.0亿元。"
    case = _case("multiple-as-ratio", text, "pass", ("31.2亿元", "2.4倍", "13.0亿元"))
    assert_case_holds(case, tmp_path)


def test_a_prior_neither_reading_gives_is_caught(tmp_path):
    text = "东岭科技2023年实现营业收入31.2亿元，同比增长2.4倍，上年同期为4.1亿元。"
    assert_case_holds(_case("multiple-neither", text, "violation", ("31.2亿元", "2.4倍", "4.1亿元")), tmp_path)


def test_under_one_times_only_the_added_reading_holds(tmp_path):
    # 增长0.8倍 as ×0.8 would be a fall: only +80% is a reading.
    text = "东岭科技2023年实现营业收入18.0亿元，同比增长0.8倍，上年同期为22.5亿元。"
    assert_case_holds(_case("multiple-below-one", text, "violation", ("18.0亿元", "0.8倍", "22.5亿元")), tmp_path)
