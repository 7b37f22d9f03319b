"""Baselines: --write-baseline records today's violations; --baseline reports only new ones,
matched by rule, document and figures (text and sentence), never by line number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_gate import (GAP_IN_PERCENT, TOTAL, WRONG_SHARE, article, invoke, report_of, violations,
                             write)

SECOND_WRONG_SHARE = "线下业务收入150亿元，占总营业收入的31.6%。\n"
PREAMBLE = "本报讯，华越银行昨日召开业绩说明会。\n\n管理层回答了投资者提问。\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif_results(*args: str) -> list[dict]:
    return json.loads(invoke("run", *args, "--format", "sarif").stdout)["runs"][0]["results"]


def known_today(workdir: Path) -> None:
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE, GAP_IN_PERCENT))
    assert invoke("run", "a.md", "--write-baseline", "baseline.json", "-q").exit_code == 0


def test_writing_a_baseline_records_every_violation(workdir):
    known_today(workdir)
    data = json.loads((workdir / "baseline.json").read_text(encoding="utf-8"))
    assert data["schema"] == "factcheck/baseline@1"
    assert sorted(entry["rule"] for entry in data["violations"]) == ["percent-vs-points", "share-of-total"]
    share = next(entry for entry in data["violations"] if entry["rule"] == "share-of-total")
    assert share["paths"] == ["a.md"] and "25.3%" in share["figures"]
    assert not any("line" in key for entry in data["violations"] for key in entry)


def test_known_violations_no_longer_fail_the_gate(workdir):
    known_today(workdir)
    assert invoke("run", "a.md", "--fail-on", "warning").exit_code == 1
    assert invoke("run", "a.md", "--baseline", "baseline.json", "--fail-on", "warning").exit_code == 0
    data = report_of("a.md", "--baseline", "baseline.json")
    assert data["summary"]["errors"] == data["summary"]["warnings"] == 0
    assert len(violations(data)) == 2  # still there, counted apart


def test_known_violations_stay_in_sarif_marked_external(workdir):
    known_today(workdir)
    kinds = [result["suppressions"][0]["kind"] for result in sarif_results("a.md", "--baseline", "baseline.json")]
    assert kinds == ["external", "external"]


def test_a_baseline_survives_lines_inserted_above_a_finding(workdir):
    known_today(workdir)
    before = {result["ruleId"]: result for result in sarif_results("a.md")}
    write(workdir, "a.md", article(PREAMBLE, TOTAL, "\n\n", WRONG_SHARE, GAP_IN_PERCENT))
    after = {result["ruleId"]: result for result in sarif_results("a.md")}
    moved = lambda result: result["locations"][0]["physicalLocation"]["region"]["startLine"]  # noqa: E731
    assert moved(after["share-of-total"]) > moved(before["share-of-total"])
    assert after["share-of-total"]["partialFingerprints"] == before["share-of-total"]["partialFingerprints"]
    assert invoke("run", "a.md", "--baseline", "baseline.json", "--fail-on", "warning").exit_code == 0


def test_a_new_violation_is_reported_beside_known_ones(workdir):
    known_today(workdir)
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE, GAP_IN_PERCENT, SECOND_WRONG_SHARE))
    assert invoke("run", "a.md", "--baseline", "baseline.json").exit_code == 1
    data = report_of("a.md", "--baseline", "baseline.json")
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 0


def test_a_changed_figure_is_a_new_violation(workdir):
    known_today(workdir)
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE.replace("25.3%", "25.9%"), GAP_IN_PERCENT))
    data = report_of("a.md", "--baseline", "baseline.json")
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 0


def test_a_baseline_of_one_document_does_not_cover_another(workdir):
    known_today(workdir)
    write(workdir, "b.md", article(TOTAL, WRONG_SHARE, GAP_IN_PERCENT))
    data = report_of("a.md", "b.md", "--baseline", "baseline.json")
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 1


def test_the_same_finding_twice_needs_two_entries(workdir):
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE))
    invoke("run", "a.md", "--write-baseline", "baseline.json")
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE, TOTAL, WRONG_SHARE))
    repeated = report_of("a.md", "--baseline", "baseline.json")
    assert len(violations(repeated)) >= 1
    assert repeated["summary"]["errors"] == len(violations(repeated)) - 1


@pytest.mark.parametrize(("content", "said"), [
    ("not json", "is not JSON"),
    ('{"violations": []}', "is not a factcheck baseline"),
    ('{"schema": "factcheck/baseline@1", "violations": [{"rule": "x"}]}', "without a fingerprint"),
])
def test_a_bad_baseline_is_a_clear_error(workdir, content, said):
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE))
    write(workdir, "baseline.json", content)
    result = invoke("run", "a.md", "--baseline", "baseline.json")
    assert result.exit_code == 2 and said in result.stderr


def test_a_missing_baseline_is_a_clear_error(workdir):
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE))
    result = invoke("run", "a.md", "--baseline", "nowhere.json")
    assert result.exit_code == 2 and "nowhere.json could not be read" in result.stderr
