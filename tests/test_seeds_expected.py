"""The seeds against ../shared/spec/seeds-expected.json (copied to tests/data)."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from tests.rule_cases import covers
from validator.records import Check, Report

ROOT = Path(__file__).parent.parent
SPEC = json.loads((Path(__file__).parent / "data" / "seeds-expected.json").read_text(encoding="utf-8"))
MUST = [entry for entry in SPEC["entries"] if entry["must"]]
SHOULD = [entry for entry in SPEC["entries"] if not entry["must"]]


@cache
def seeds_report() -> Report:
    from validator.pipeline import run

    return run([str(ROOT / "fixtures" / "seeds")])


def _matches(check: Check, entry: dict) -> bool:
    return (check.rule == entry["rule"] and check.outcome == entry["outcome"]
            and all(covers(check, figure) for figure in entry["figures"]))


def _matched(entry: dict) -> bool:
    return any(_matches(check, entry) for check in seeds_report().checks)


@pytest.mark.parametrize("entry", MUST, ids=[f"{e['id']}-{e['rule']}" for e in MUST])
def test_must_entry_is_matched(entry):
    of_rule = [f"{c.outcome} {c.message}" for c in seeds_report().checks if c.rule == entry["rule"]]
    assert _matched(entry), f"{entry['why']}\nchecks of {entry['rule']}:\n" + "\n".join(of_rule)


def test_most_should_entries_are_matched():
    matched = [entry["id"] for entry in SHOULD if _matched(entry)]
    assert len(matched) * 2 > len(SHOULD), f"only {matched} of {[e['id'] for e in SHOULD]}"


def test_seeds_give_no_error_level_violation():
    errors = [f"{c.rule}: {c.message}" for c in seeds_report().checks
              if c.outcome == "violation" and c.severity == "error"]
    assert not errors, "\n".join(errors)


def test_run_json_is_deterministic_whatever_the_path_order():
    seeds = sorted(str(path) for path in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    command = [sys.executable, "-m", "validator", "run", "--format", "json"]
    forward = subprocess.run(command + seeds, capture_output=True, cwd=ROOT).stdout
    backward = subprocess.run(command + seeds[::-1], capture_output=True, cwd=ROOT).stdout
    assert forward and forward == backward


def test_every_check_has_a_stable_id_and_exact_locations():
    report = seeds_report()
    ids = [check.id for check in report.checks]
    assert len(ids) == len(set(ids))
    for check in report.checks:
        assert check.id.startswith(check.rule + ":")
        for location in check.locations:
            lines = Path(location.path).read_text(encoding="utf-8").splitlines()
            line = lines[location.line - 1]
            if location.line == location.end_line and location.unit is not None:
                assert line[location.column - 1:location.end_column - 1] == location.text
