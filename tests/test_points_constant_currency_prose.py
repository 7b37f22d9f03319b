"""A change the text measures at constant currency (以固定汇率计算按年升14%, 按固定汇率计，…上升3.4个
百分点) compares with the prior period restated at this period's exchange rates, which the
article does not print: a growth is not checked against the printed prior, and a margin's
point change is a warning a point either way of the printed rates' one. The same sentences
without the basis words are checked as before.

Runs once the extractor marks such claims (``Claim.constant_currency``)."""

from __future__ import annotations

import pytest

from validator.pipeline import run
from validator.records import Claim, Check

from .article_files import write_article

pytestmark = pytest.mark.skipif("constant_currency" not in Claim.model_fields,
                                reason="the extractor does not yet mark changes at constant currency")


def _checks(tmp_path, text: str, rule: str) -> list[Check]:
    return [check for check in run([str(write_article(tmp_path, text))]).checks if check.rule == rule]


GROWTH_AT_CONSTANT_CURRENCY = [
    "乙保险2023年上半年新业务价值为28.38亿美元，以固定汇率计算按年上升14%，上年同期为26.04亿美元。",
    "按固定汇率计算，乙保险2023年上半年新业务价值按年上升14%至28.38亿美元。乙保险2022年上半年新业务价值为26.04亿美元。",
    "乙保險2023年上半年新業務價值為28.38億美元，以固定匯率計算按年上升14%，上年同期為26.04億美元。",
]


@pytest.mark.parametrize("text", GROWTH_AT_CONSTANT_CURRENCY)
def test_a_growth_at_constant_currency_is_not_checked_against_the_printed_prior(tmp_path, text):
    assert all(check.outcome == "pass" for check in _checks(tmp_path, text, "growth-prior"))


def test_the_same_growth_without_the_basis_is_violated(tmp_path):
    text = GROWTH_AT_CONSTANT_CURRENCY[0].replace("以固定汇率计算", "")
    assert any(check.outcome == "violation" and check.severity == "error"
               for check in _checks(tmp_path, text, "growth-prior"))


def test_a_reported_basis_named_after_it_is_checked_again(tmp_path):
    text = ("乙保险2023年上半年新业务价值为28.38亿美元，以固定汇率计算按年上升14%，"
            "以实质汇率计算按年上升15%，上年同期为26.04亿美元。")
    checks = _checks(tmp_path, text, "growth-prior")
    assert all(not any("14%" in location.text for location in check.locations) for check in checks)


MARGIN = "2023年上半年，甲保险新业务价值利润率为57.7%，{basis}较上年同期上升{points}个百分点。\n\n2022年上半年，甲保险新业务价值利润率为53.6%。"


@pytest.mark.parametrize("points", ["3.4", "4.1"])
def test_a_margin_change_at_constant_currency_within_a_point_passes(tmp_path, points):
    checks = _checks(tmp_path, MARGIN.format(basis="按固定汇率计", points=points), "point-change")
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_margin_change_at_constant_currency_far_from_the_rates_is_a_warning(tmp_path):
    checks = _checks(tmp_path, MARGIN.format(basis="按固定汇率计", points="6.1"), "point-change")
    assert [check.severity for check in checks if check.outcome == "violation"] == ["warning"]


def test_the_same_margin_change_without_the_basis_is_an_error(tmp_path):
    checks = _checks(tmp_path, MARGIN.format(basis="", points="3.4"), "point-change")
    assert [check.severity for check in checks if check.outcome == "violation"] == ["error"]
