"""fixtures/broken: for every rule, realistic articles with one injected error, and their
corrected twins. The broken set must give exactly the violation named in expected.yml; the
twin must give no violation of that rule and no error at all."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.rule_cases import covers
from validator.pipeline import run

BROKEN = Path(__file__).parent.parent / "fixtures" / "broken"
FIXTURES = sorted(path.parent for path in BROKEN.glob("*/expected.yml"))


def _expected(folder: Path) -> dict:
    return yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", FIXTURES, ids=[folder.name for folder in FIXTURES])
def test_broken_article_gives_the_injected_violation(folder):
    expected = _expected(folder)
    report = run([str(folder / "broken")])
    violations = [c for c in report.checks if c.rule == expected["rule"] and c.outcome == "violation"]
    described = "\n".join(f"  {c.message} @ {[(l.path, l.line, l.text) for l in c.locations]}" for c in violations)
    assert len(violations) == 1, f"expected exactly one {expected['rule']} violation, got:\n{described}"
    violation = violations[0]
    assert all(covers(violation, figure) for figure in expected["figures"]), described
    first = violation.locations[0]
    assert Path(first.path).name == expected["path"] and first.line == expected["line"], described


@pytest.mark.parametrize("folder", FIXTURES, ids=[folder.name for folder in FIXTURES])
def test_corrected_twin_passes(folder):
    expected = _expected(folder)
    report = run([str(folder / "fixed")])
    of_rule = [c for c in report.checks if c.rule == expected["rule"]]
    assert of_rule and all(c.outcome == "pass" for c in of_rule), [c.message for c in of_rule]
    errors = [c.message for c in report.checks if c.outcome == "violation" and c.severity == "error"]
    assert not errors, errors


def test_every_rule_has_a_broken_fixture():
    from rules import all_rules

    covered = {_expected(folder)["rule"] for folder in FIXTURES}
    missing = [rule.ID for rule in all_rules() if rule.ID not in covered]
    assert not missing, f"rules without a fixture in fixtures/broken: {missing}"
