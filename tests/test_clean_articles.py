"""fixtures/clean: realistic, internally consistent articles about companies the seeds never
name. Precision first: a consistent article must give no violation at all."""

from __future__ import annotations

from pathlib import Path

from validator.pipeline import run

CLEAN = Path(__file__).parent.parent / "fixtures" / "clean"


def test_consistent_articles_give_no_violation():
    report = run([str(CLEAN)])
    violations = [f"{c.rule} {c.severity}: {c.message}" for c in report.checks if c.outcome == "violation"]
    assert not violations, "\n".join(violations)


def test_consistent_articles_are_checked_not_just_silent():
    report = run([str(CLEAN)])
    assert report.summary.documents >= 12 and all(d.error is None for d in report.documents)
    rules_that_passed = {check.rule for check in report.checks if check.outcome == "pass"}
    assert {"share-of-total", "growth-prior", "period-sum", "headline"} <= rules_that_passed
