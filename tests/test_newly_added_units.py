"""新增 before an amount with no basis is the period's new units, a level its parts add up to.

保险业新增保单58.40亿份。其中，财产险公司签约51.25亿份；人身险公司今年新增了7.15亿份保单: the
whole and both parts are flows of the period, not changes of a balance. 较年初新增500亿元
states a change against its basis and stays one; 新增15% is a rate.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article

_NEW_CONTRACTS = "前五个月，保险业新增保单58.40亿份。其中，财产险公司签约{first}亿份；人身险公司今年新增了7.15亿份保单。"


def _industry_article(tmp_path, text):
    """A regulator's statistics of an industry: the title names the industry, no company."""
    path = tmp_path / "statistics.md"
    path.write_text(f"---\ntitle: 前五个月保险业经营数据\ndate: 2024-07-05 10:00:00 +0800\n---\n{text}\n",
                    encoding="utf-8")
    return str(path)


def _claims(tmp_path, text):
    return read_claims([str(write_article(tmp_path, text))])[0].claims


def _claim(claims, text):
    return next(claim for claim in claims if claim.text == text)


def test_newly_added_units_are_a_level(tmp_path):
    claims = read_claims([_industry_article(tmp_path, _NEW_CONTRACTS.format(first="51.25"))])[0].claims
    added = _claim(claims, "7.15亿份")
    assert added.kind == "figure" and added.direction is None
    assert "新增" in added.metric_key


def test_newly_added_parts_add_up_to_their_whole(tmp_path):
    extraction = read_claims([_industry_article(tmp_path, _NEW_CONTRACTS.format(first="51.25"))])[0]
    by_id = {claim.id: claim.text for claim in extraction.claims}
    sums = [{by_id[filler.claim] for filler in relation.fillers} for relation in extraction.relations
            if relation.kind == "parts_sum"]
    assert {"58.40亿份", "51.25亿份", "7.15亿份"} in sums


def test_newly_added_parts_that_overrun_their_whole_are_caught(tmp_path):
    report = run([_industry_article(tmp_path, _NEW_CONTRACTS.format(first="55.25"))])
    assert any(check.rule == "parts-sum" and check.outcome == "violation" for check in report.checks)


def test_newly_added_against_a_basis_is_a_change(tmp_path):
    claims = _claims(tmp_path, "远江银行存款余额为8200亿元，较年初新增500亿元。")
    assert _claim(claims, "500亿元").kind == "growth"


def test_a_newly_added_rate_is_a_growth(tmp_path):
    claims = _claims(tmp_path, "远江银行新增贷款同比新增15%。")
    assert _claim(claims, "15%").kind == "growth"


def test_a_regulators_name_is_no_industry_of_the_article(tmp_path):
    text = ("中国银行业监督管理委员会发布了保险统计报告。某保险公司保费收入为120.5亿元。"
            "全行业保费收入为19103.02亿元。")
    claims = _claims(tmp_path, text)
    assert _claim(claims, "120.5亿元").entity != _claim(claims, "19103.02亿元").entity
