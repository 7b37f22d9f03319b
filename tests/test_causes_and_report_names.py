"""A clause of cause names a market only to explain; a report's name dates what follows it.

因全球市场需求旺盛、组件出货量增加，其营业收入同比增长…: the growth is the company's, not the
world market's. 披露2024年一季报，…营业收入…: the figures are the first quarter's (一季报), the
first half's (中报, 半年报) or the first three quarters' (三季报), not the year's.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims

from .article_files import write_article


def _claims(tmp_path, text):
    return read_claims([str(write_article(tmp_path, text))])[0].claims


@pytest.mark.parametrize("cause", ["因全球市场需求旺盛、组件出货量增加", "受益于国内市场回暖", "由于海外市场订单饱满"])
def test_a_market_in_a_clause_of_cause_is_not_the_figures_subject(tmp_path, cause):
    text = f"远日能源4月26日披露2024年一季报，{cause}，其营业收入同比增长42.1%至120.35亿元。"
    claims = _claims(tmp_path, text)
    revenue = next(claim for claim in claims if claim.text == "120.35亿元")
    assert "市场" not in (revenue.entity or "")


def test_a_market_in_the_figures_own_clause_of_cause_is_still_the_market(tmp_path):
    claims = _claims(tmp_path, "远日能源表示，因全球市场需求增长35%，公司扩大产能。")
    growth = next(claim for claim in claims if claim.text == "35%")
    assert growth.entity == "全球市场"


def test_a_market_named_as_the_subject_keeps_its_figures(tmp_path):
    claims = _claims(tmp_path, "远日能源一季度出货量为12GW。全球市场一季度新增装机量为85GW。")
    market = next(claim for claim in claims if claim.text == "85GW")
    assert market.entity == "全球市场"


@pytest.mark.parametrize("report, period", [("2024年一季报", "2024Q1"), ("2024年中报", "2024H1"),
                                            ("2024年半年报", "2024H1"), ("2024年三季报", "2024Q1-Q3")])
def test_a_reports_name_dates_the_figures_after_it(tmp_path, report, period):
    claims = _claims(tmp_path, f"天衡银行8月28日发布{report}，营业收入同比增长5.2%至88.1亿元。")
    revenue = next(claim for claim in claims if claim.text == "88.1亿元")
    assert revenue.period == period


def test_a_report_in_a_phrase_of_the_text_is_no_period(tmp_path):
    claims = _claims(tmp_path, "天衡银行2024年营业收入为88.1亿元，文中报道的数据与年报一致。")
    revenue = next(claim for claim in claims if claim.text == "88.1亿元")
    assert revenue.period == "2024"
