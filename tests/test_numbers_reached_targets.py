"""A target or a mark reached (首次实现百亿元目标, 达到500万辆大关) is passed: at least the figure,
and a fact, not a forecast; a target still to be reached stays a forecast."""

from __future__ import annotations

import pytest

from tests.rule_cases import one_article_case, run_case
from tests.test_extract import article, the
from validator.numbers import find_quantities, qualifier_bound


@pytest.mark.parametrize("text, printed", [
    ("青川酒业首次实现百亿元目标", "百亿元"),
    ("年销量达到500万辆大关", "500万辆"),
    ("营收完成了80亿元的目标", "80亿元"),
])
def test_a_reached_target_is_at_least_the_figure(text, printed):
    quantity = next(q for q in find_quantities(text) if q.text == printed)
    assert quantity.bound == "above" and quantity.interval.upper is None
    assert quantity.interval.lower == quantity.value
    assert qualifier_bound(quantity.qualifier) == "above"


@pytest.mark.parametrize("text, printed", [
    ("营收目标为百亿元", "百亿元"),          # a target named, no verb of reaching before the figure
    ("实现营收80亿元，目标明年翻番", "80亿元"),  # the target word is not the figure's
])
def test_a_figure_not_reaching_a_target_keeps_its_rounding(text, printed):
    quantity = next(q for q in find_quantities(text) if q.text == printed)
    assert quantity.bound == "exact"


def test_a_reached_target_and_the_figures_after_it_are_facts(tmp_path):
    extraction = article(tmp_path, "青川酒业首次实现百亿元目标，实现营业总收入101.36亿元，同比增长21.5%。",
                         title="青川酒业年报", published="2024-04-20 10:00:00 +0800")
    assert not the(extraction, "百亿元").forecast
    assert not the(extraction, "101.36亿元").forecast


@pytest.mark.parametrize("body", [
    "青川酒业计划实现百亿元目标，营业总收入有望增长20%。",
    "青川酒业明年将实现百亿元目标。",
])
def test_a_target_still_to_reach_stays_a_forecast(tmp_path, body):
    extraction = article(tmp_path, body, title="青川酒业展望", published="2024-04-20 10:00:00 +0800")
    assert the(extraction, "百亿元").forecast


def test_a_reached_target_is_quoted_as_printed_in_the_wordings_message(tmp_path):
    """The message quotes the target as the article prints it (百亿元目标, its word after the
    figure) and gives its bound in digits (100亿元, never 1百亿元)."""
    case = one_article_case(
        "approximate-wording", "reached_target", "青川酒业2023年营业总收入101.26亿元，首次实现百亿元目标。",
        "pass", ("百亿元", "101.26亿元"), title="青川酒业年报", published="2024-03-30 09:00:00 +0800")
    report = run_case(case, tmp_path)
    messages = [check.message for check in report.checks
                if check.rule == "approximate-wording" and check.outcome == "pass"]
    assert any(message.startswith("百亿元目标 means at least 100亿元") for message in messages), messages
