"""A fraction after 的 may be more than one: 营收为去年的3/2 is 150%, 四分之五 125%.

仅为上月销量的1/3 and its altered copy 的8/3 are both ratios; 9/30 after 截至 stays a date.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from validator.numbers import find_quantities
from validator.pipeline import run

from .article_files import write_article


@pytest.mark.parametrize("text, printed, value", [("营收为去年的3/2。", "3/2", Decimal(150)),
                                                  ("利润是上年的四分之五", "四分之五", Decimal(125)),
                                                  ("仅为上月销量的1/3。", "1/3", Decimal("33.33"))])
def test_a_fraction_after_de_is_a_ratio(text, printed, value):
    quantity = next(quantity for quantity in find_quantities(text) if quantity.text == printed)
    assert quantity.unit == "%" and quantity.value == value


@pytest.mark.parametrize("text", ["截至9/30，公司营收为5亿元。", "第3/2期债券"])
def test_a_slash_outside_a_ratio_is_no_fraction(text):
    assert not [quantity for quantity in find_quantities(text) if "/" in quantity.text]


_MONTHS = "远帆汽车10月共交付新车2460辆，仅为9月销量（7385辆）的{ratio}。"


def test_a_month_that_is_the_stated_fraction_of_the_month_before_passes(tmp_path):
    report = run([str(write_article(tmp_path, _MONTHS.format(ratio="1/3")))])
    checks = [check for check in report.checks if check.rule == "approximate-wording"]
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_month_that_is_not_the_stated_fraction_is_caught(tmp_path):
    report = run([str(write_article(tmp_path, _MONTHS.format(ratio="8/3")))])
    assert any(check.outcome == "violation" and any("8/3" in location.text for location in check.locations)
               for check in report.checks)
