"""A broker's note writes changes in shorthand: 同比+15.2%, 同比-3.5%, YoY+30.2%, 同比+1.8pct,
同/环比+20.1%/+12.3%, and the year before in brackets (上年为104.6亿元). The sign, not a verb, says
which way; pct and ppt are percentage points, bp basis points."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the
from validator.numbers import find_quantities

TITLE = "青禾股份2023年报点评：业绩稳健增长"
PUBLISHED = "2024-04-02 10:00:00 +0800"


@pytest.mark.parametrize("printed, value", [
    ("同比+1.8pct", "1.8"), ("同比-2.9pct", "-2.9"), ("提升0.6ppt", "0.6"), ("下降12bp", "0.12"), ("收窄35bps", "0.35"),
])
def test_points_printed_in_latin_letters(printed, value):
    found = [quantity for quantity in find_quantities(printed) if quantity.unit == "pp"]
    assert [quantity.value for quantity in found] == [Decimal(value)]


def test_letters_that_run_on_are_not_points():
    assert not [quantity for quantity in find_quantities("分辨率达到300ppi") if quantity.unit == "pp"]


def test_signed_rates_are_changes_of_the_level_before_them(tmp_path):
    extraction = article(tmp_path, "公司2023年实现营收86.4亿元，同比+12.6%，归母净利润9.7亿元，同比-4.2%。",
                         title=TITLE, published=PUBLISHED)
    up, down = the(extraction, "12.6%"), the(extraction, "-4.2%")
    assert (up.kind, up.basis, up.direction, up.of_claim) == ("growth", "同比", "up", the(extraction, "86.4亿元").id)
    assert (down.kind, down.basis, down.direction) == ("growth", "同比", "down")
    assert down.of_claim == the(extraction, "9.7亿元").id


def test_a_pair_of_bases_gives_each_rate_its_own(tmp_path):
    extraction = article(tmp_path, "单季度看，Q4实现营收25.3亿元，同/环比+18.4%/+9.1%。", title=TITLE, published=PUBLISHED)
    assert (the(extraction, "18.4%").basis, the(extraction, "9.1%").basis) == ("同比", "环比")


TEXT = ("公司2023年实现营收86.4亿元，同比+12.6%，归母净利润9.7亿元，同比-4.2%。\n"
        "2023年公司营收为86.4亿元（上年为{revenue}），归母净利润为9.7亿元（上年为10.13亿元）。\n"
        "2023年净利率为11.2%，同比-{points}pct，上年净利率为13.6%。")


def test_shorthand_that_agrees_passes(tmp_path):
    for rule, figures in (("growth-prior", ("86.4亿元", "12.6%", "76.7亿元")),
                          ("growth-prior", ("9.7亿元", "-4.2%", "10.13亿元")),
                          ("point-change", ("11.2%", "-2.4pct", "13.6%"))):
        folder = tmp_path / rule / figures[0]
        folder.mkdir(parents=True)
        case = one_article_case(rule, "shorthand", TEXT.format(revenue="76.7亿元", points="2.4"), "pass", figures,
                                title=TITLE, published=PUBLISHED)
        assert_case_holds(case, folder)


def test_a_prior_the_signed_rate_does_not_give_is_caught(tmp_path):
    case = one_article_case("growth-prior", "shorthand-altered", TEXT.format(revenue="99.7亿元", points="2.4"),
                            "violation", ("86.4亿元", "12.6%", "99.7亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_signed_points_that_do_not_agree_are_caught(tmp_path):
    case = one_article_case("point-change", "shorthand-points-altered", TEXT.format(revenue="76.7亿元", points="3.1"),
                            "violation", ("11.2%", "-3.1pct", "13.6%"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)
