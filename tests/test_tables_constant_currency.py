"""A results table with two change columns, at constant currency and as reported: a margin's
point change at constant currency is read beside the reported one and checked as a warning
within a point of the change the printed rates give; a growth at constant currency, a change
on a like-for-like basis and points between two growths stay unread."""

from __future__ import annotations

import pytest

from validator.extract import extract
from validator.documents import read_document
from validator.pipeline import run
from validator.records import Check
from validator.tables import AT_CONSTANT_CURRENCY

from .article_files import write_article

# Traditional, one cell per line with blank lines between, as a Hong Kong insurer's release
# prints it: a margin row whose two changes are at constant and at actual exchange rates.
TRADITIONAL = """百萬美元,除另有說明外

截至6月30日止六個月

2024年

2023年

按年變動
(固定匯率)

按年變動
(實質匯率)

新業務價值

1,530

1,200

29%

27.5%

新業務價值利潤率

44.6%

49.8%

{constant}個百分點

(5.2)個百分點
"""

ONE_LINE = """单位:百万美元 2024年 2023年 按年变动(固定汇率) 按年变动(实质汇率)
营运利润率 31.4% 28.9% {constant} 2.5个百分点
"""


def _point_checks(tmp_path, text: str) -> list[Check]:
    return [check for check in run([str(write_article(tmp_path, text))]).checks if check.rule == "point-change"]


def _at(checks: list[Check], printed: str) -> list[Check]:
    return [check for check in checks if any(printed in location.text for location in check.locations)]


def _constant_currency_relations(tmp_path, text: str) -> list[str]:
    extraction = extract(read_document(str(write_article(tmp_path, text))))
    by_id = {claim.id: claim for claim in extraction.claims}
    return sorted(by_id[relation.claim_in("points")].text for relation in extraction.relations
                  if relation.construction.endswith(AT_CONSTANT_CURRENCY))


@pytest.mark.parametrize("table, constant", [(TRADITIONAL, "(5.3)"), (ONE_LINE, "2.6个百分点")])
def test_a_margin_change_at_constant_currency_is_read_beside_the_reported_one(tmp_path, table, constant):
    assert _constant_currency_relations(tmp_path, table.format(constant=constant)) == [constant + (
        "個百分點" if table is TRADITIONAL else "")]


@pytest.mark.parametrize("table, constant", [
    (TRADITIONAL, "(5.3)"), (TRADITIONAL, "(5.9)"), (ONE_LINE, "2.6个百分点"), (ONE_LINE, "3.2个百分点")])
def test_a_constant_currency_change_within_a_point_of_the_rates_passes(tmp_path, table, constant):
    checks = _point_checks(tmp_path, table.format(constant=constant))
    assert len(checks) == 2 and all(check.outcome == "pass" for check in checks)


@pytest.mark.parametrize("table, constant, printed", [
    (TRADITIONAL, "(6.8)", "(6.8)"), (TRADITIONAL, "5.3", "5.3"), (ONE_LINE, "3.8个百分点", "3.8个百分点")])
def test_a_constant_currency_change_far_from_the_rates_is_a_warning(tmp_path, table, constant, printed):
    checks = _point_checks(tmp_path, table.format(constant=constant))
    failed = [check for check in checks if check.outcome == "violation"]
    assert failed == _at(checks, printed) and [check.severity for check in failed] == ["warning"]


def test_the_reported_change_beside_it_is_still_an_error(tmp_path):
    text = TRADITIONAL.format(constant="(5.3)").replace("(5.2)個百分點", "(6.2)個百分點")
    failed = [check for check in _point_checks(tmp_path, text) if check.outcome == "violation"]
    assert [check.severity for check in failed] == ["error"] and _at(failed, "(6.2)")


def test_a_growth_at_constant_currency_stays_unread(tmp_path):
    text = TRADITIONAL.format(constant="(5.3)").replace("\n29%\n", "\n41%\n")
    extraction = extract(read_document(str(write_article(tmp_path, text))))
    by_id = {claim.id: claim for claim in extraction.claims}
    rates = [by_id[relation.claim_in("rate")].text for relation in extraction.relations
             if relation.kind == "growth_prior"]
    assert rates == ["27.5%"]


@pytest.mark.parametrize("header", ["按年变动(可比口径)", "按年变动(固定汇率及可比口径)", "有机变动"])
def test_a_like_for_like_point_change_stays_unread(tmp_path, header):
    text = ONE_LINE.replace("按年变动(固定汇率)", header).format(constant="4.5个百分点")
    assert _constant_currency_relations(tmp_path, text) == []
    assert all(check.outcome == "pass" for check in _point_checks(tmp_path, text))


def test_points_between_two_growths_at_constant_currency_stay_unread(tmp_path):
    text = ("单位:% 2024年 2023年 按年变动(固定汇率) 按年变动(实质汇率)\n"
            "收入增长率 12.0% 8.0% 6.5个百分点 4.0个百分点\n")
    assert _constant_currency_relations(tmp_path, text) == []


@pytest.mark.parametrize("constant, reported", [
    ("变动（固定汇率）", "变动（实质汇率）"), ("按固定汇率计算的变动", "按实质汇率计算的变动"),
    ("按年变动(不变汇率)", "按年变动")])
def test_the_constant_currency_header_is_read_however_it_is_worded(tmp_path, constant, reported):
    text = ONE_LINE.replace("按年变动(固定汇率)", constant).replace("按年变动(实质汇率)", reported)
    assert _constant_currency_relations(tmp_path, text.format(constant="2.6个百分点")) == ["2.6个百分点"]
    failed = [check for check in _point_checks(tmp_path, text.format(constant="3.8个百分点"))
              if check.outcome == "violation"]
    assert [check.severity for check in failed] == ["warning"]
