"""Two tables of one release, one of three months and one of nine, ending on the same date.

Hong Kong results announcements print 截至下列日期止三个月 above one table and 截至下列日期止九个月
above the next, with the same row labels: each row's three-month figure is part of its
nine-month figure. The group title sits on the line before the next table's dated header.
Every text is written here, with made-up figures.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article


def _release(quarter_revenue: str = "48,215", quarter_profit: str = "9,306") -> str:
    return "\n".join([
        "财务表现摘要",
        "截至下列日期止三个月",
        "二零二四年",
        "九月三十日",
        "二零二三年",
        "九月三十日 同比变动",
        "(人民币百万元)",
        f"收入 {quarter_revenue} 41,530 16%",
        f"期内盈利 {quarter_profit} 8,114 15%",
        "截至下列日期止九个月",
        "二零二四年",
        "九月三十日",
        "二零二三年",
        "九月三十日 同比变动",
        "(人民币百万元)",
        "收入 139,420 120,377 16%",
        "期内盈利 27,051 23,604 15%",
    ])


def _stretches(text: str, tmp_path) -> set[tuple[str, str, str]]:
    extraction = read_claims([str(write_article(tmp_path, text))])[0]
    claims = {claim.id: claim.text for claim in extraction.claims}
    return {(relation.construction, claims[relation.claim_in("part")], claims[relation.claim_in("total")])
            for relation in extraction.relations if "table-stretch-inside-a-longer-one" in relation.construction}


def _period_sum(text: str, tmp_path, name: str = "case") -> list[tuple[str, str, list[str]]]:
    return [(check.outcome, check.severity, [location.text for location in check.locations])
            for check in run([str(write_article(tmp_path, text, name))]).checks if check.rule == "period-sum"]


def test_each_row_of_three_months_is_inside_its_row_of_nine(tmp_path):
    found = _stretches(_release(), tmp_path)
    assert ("table-stretch-inside-a-longer-one", "48,215", "139,420") in found
    assert ("table-stretch-inside-a-longer-one", "41,530", "120,377") in found
    # a profit may be a loss in some stretch: its relation says so
    assert ("signed-table-stretch-inside-a-longer-one", "9,306", "27,051") in found


def test_stretches_within_their_whole_pass(tmp_path):
    outcomes = _period_sum(_release(), tmp_path)
    assert outcomes and all(outcome == "pass" for outcome, _, _ in outcomes), outcomes


def test_a_quarter_of_revenue_above_nine_months_is_an_error(tmp_path):
    outcomes = _period_sum(_release(quarter_revenue="148,215"), tmp_path, "altered")
    assert any(outcome == "violation" and severity == "error" and "148,215" in texts
               for outcome, severity, texts in outcomes), outcomes


def test_a_quarter_of_profit_above_nine_months_is_only_a_warning(tmp_path):
    outcomes = _period_sum(_release(quarter_profit="29,306"), tmp_path, "altered")
    violations = [(severity, texts) for outcome, severity, texts in outcomes if outcome == "violation"]
    assert violations and all(severity == "warning" for severity, _ in violations), outcomes


def test_one_table_without_its_title_states_no_stretch(tmp_path):
    text = _release().replace("截至下列日期止九个月\n", "")
    assert _stretches(text, tmp_path) == set()
