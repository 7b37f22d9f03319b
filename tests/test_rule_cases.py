"""Every case of tests/rules/cases/*.yml, both directions, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.rule_cases import load_cases, matching_checks, run_case

CASES = load_cases()


def _param(case):
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_rule_case(case, tmp_path):
    report = run_case(case, tmp_path)
    of_rule = [check for check in report.checks if check.rule == case.rule]
    described = "\n".join(f"  {c.outcome} {c.message} @ {[l.text for l in c.locations]}" for c in of_rule)
    if case.expect == "silent":
        assert not of_rule, f"expected no check of {case.rule}, got:\n{described}"
        return
    found = matching_checks(report, case)
    assert found, f"no {case.expect} of {case.rule} covering {case.figures}; checks were:\n{described}"
    if case.expect == "pass":
        violations = [check for check in of_rule if check.outcome == "violation"]
        assert not violations, f"unexpected violations:\n{described}"
    if case.line is not None:
        assert any(check.locations[0].line == case.line for check in found), described


def test_every_rule_has_cases_both_ways():
    from rules import all_rules

    for rule in all_rules():
        expectations = {case.expect for case in CASES if case.rule == rule.ID and not case.xfail}
        assert {"pass", "violation"} <= expectations, f"{rule.ID} needs passing and failing cases"
