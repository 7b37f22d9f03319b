"""A broker's note lists values between slashes after 分别 (营收/归母净利润分别为456.2/23.4亿元，同比
分别增长18.2%/25.6%; 预计2024-2026年归母净利润分别为30.1/36.5/44.2亿元): each value is read with
the unit printed after the last, and given its item's measure or year. Elsewhere a slash is a
fraction (1/3), a date (2023/10/30) or a unit (元/吨). Sentences written here, with invented figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_extract import article, the
from validator.numbers import find_quantities

PUBLISHED = "2024-10-30 20:00:00 +0800"
TITLE = "启明电子三季报点评"


def test_values_between_slashes_share_the_unit_printed_last():
    found = [(q.value, q.unit) for q in find_quantities("前三季度公司营收/归母净利润分别为456.2/23.4亿元")]
    assert found == [(Decimal("45620000000"), "元"), (Decimal("2340000000"), "元")]


@pytest.mark.parametrize("text", ["价格为5000元/吨", "约占1/3", "2023/10/30发布", "比值为3/4"])
def test_a_slash_elsewhere_lists_nothing(text):
    assert len(find_quantities(text)) <= 1


def test_each_value_takes_its_items_measure_and_rate(tmp_path):
    extraction = article(tmp_path, "前三季度，启明电子营收/归母净利润分别为456.2/23.4亿元，同比分别增长18.2%/25.6%。",
                         title=TITLE, published=PUBLISHED)
    revenue, profit = the(extraction, "456.2"), the(extraction, "23.4亿元")
    assert (revenue.metric_key, profit.metric_key) == ("营收", "归母净利润")
    assert the(extraction, "18.2%").of_claim == revenue.id
    assert the(extraction, "25.6%").of_claim == profit.id


def test_forecast_years_are_given_out_one_by_one(tmp_path):
    extraction = article(tmp_path, "我们预计公司2024-2026年归母净利润分别为30.1/36.5/44.2亿元，维持买入评级。",
                         title=TITLE, published=PUBLISHED)
    years = [the(extraction, text).period for text in ("30.1", "36.5", "44.2亿元")]
    assert years == ["2024", "2025", "2026"]
    assert all(the(extraction, text).forecast for text in ("30.1", "36.5", "44.2亿元"))
