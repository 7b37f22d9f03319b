"""The machine formats, each read back: SARIF against the SARIF 2.1.0 schema, JUnit XML
parsed, GitHub workflow commands in their documented shape (and unforgeable by article text),
GitLab Code Quality with its required fields; markdown and html wired to --format."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from rules import all_rules
from tests.test_gate import (CLEAN, ERROR_AND_WARNING, FRONT, GAP_IN_PERCENT, TOTAL, WRONG_SHARE, article, invoke,
                             write)
from validator.formats.github import report_github
from validator.formats.gitlab import code_quality
from validator.formats.junit import report_junit
from validator.formats.sarif import sarif_log, uri
from validator.records import Check, DocumentSummary, Location, Report, Summary, Tool

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
BROKEN = "---\ntitle: [未闭合\n---\n正文。\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@cache
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def assert_valid_sarif(log: dict) -> None:
    errors = sorted(sarif_validator().iter_errors(log), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(error.path)}: {error.message}" for error in errors[:5])


def output(*args: str) -> str:
    return invoke("run", *args).stdout


# A report built by hand whose article text tries every trick on the formats.
HOSTILE_TITLE = "华越::error title=伪造,line=1\n::warning::第二行 100% <script>alert(1)</script> & 公司"
HOSTILE_MESSAGE = "117亿元 is 22.5%25 of 520亿元\r\n::error file=forged.md::forged & <b>bold</b> %0A"


def hostile_report() -> Report:
    location = Location(path="posts/华越 news,1.md", line=7, column=10, end_line=7, end_column=16,
                        text="117亿元", value="11700000000", unit="元")
    share = location.model_copy(update={"column": 22, "end_column": 27, "text": "25.3%", "value": "25.3", "unit": "%"})
    check = Check(id="share-of-total:00000001", rule="share-of-total", outcome="violation", severity="error",
                  message=HOSTILE_MESSAGE, expected="22.46% to 22.54%", actual="25.3%", locations=(location, share))
    warning = check.model_copy(update={"id": "percent-vs-points:00000002", "rule": "percent-vs-points",
                                       "severity": "warning", "message": "a gap, 4.3%", "locations": (share,)})
    passed = check.model_copy(update={"id": "headline:00000003", "rule": "headline", "outcome": "pass",
                                      "severity": None, "message": "backed"})
    return Report(
        tool=Tool(version="0.0-test"),
        documents=(DocumentSummary(path="posts/华越 news,1.md", title=HOSTILE_TITLE, published=None,
                                   entity="华越", claims=3, error=None),
                   DocumentSummary(path="posts/broken.md", title=None, published=None, entity=None, claims=0,
                                   error="front matter is not valid YAML at line 2")),
        checks=(warning, check, passed),
        summary=Summary(documents=2, claims=3, claims_checked=2, checks=3, passed=1, errors=1, warnings=1, info=0),
    )


# --- SARIF --------------------------------------------------------------------------------


def test_sarif_of_the_seeds_validates_against_the_schema():
    log = json.loads(output(str(SEEDS), "--format", "sarif"))
    assert_valid_sarif(log)
    (run,) = log["runs"]
    assert run["results"] and all(result["level"] in ("error", "warning", "note") for result in run["results"])


def test_sarif_with_suppressed_findings_and_an_unreadable_document_validates(workdir):
    write(workdir, "a.md", article(TOTAL, "<!-- factcheck: ignore share-of-total -->\n" + WRONG_SHARE, GAP_IN_PERCENT))
    write(workdir, "broken.md", BROKEN)
    log = json.loads(output("a.md", "broken.md", "--format", "sarif"))
    assert_valid_sarif(log)
    (notification,) = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "broken.md could not be read" in notification["message"]["text"]


def test_sarif_of_a_hostile_report_validates():
    assert_valid_sarif(sarif_log(hostile_report()))


def test_sarif_rules_carry_their_summary_and_documentation():
    log = sarif_log(hostile_report())
    descriptors = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert set(descriptors) == {rule.ID for rule in all_rules()}
    for rule in all_rules():
        descriptor = descriptors[rule.ID]
        assert descriptor["shortDescription"]["text"] == rule.SUMMARY
        assert "错误" in descriptor["help"]["text"] and "正确" in descriptor["help"]["text"]
        assert descriptor["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[rule.SEVERITY]


def test_sarif_results_point_at_the_first_figure_with_the_others_related():
    log = sarif_log(hostile_report())
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    results = {result["ruleId"]: result for result in log["runs"][0]["results"]}
    assert set(results) == {"share-of-total", "percent-vs-points"}  # passed checks are no results
    share = results["share-of-total"]
    assert rules[share["ruleIndex"]]["id"] == "share-of-total"
    region = share["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (7, 10, 16)
    assert share["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "posts/%E5%8D%8E%E8%B6%8A%20news%2C1.md"
    assert [related["physicalLocation"]["region"]["snippet"]["text"] for related in share["relatedLocations"]] == ["25.3%"]
    assert share["message"]["text"].startswith(HOSTILE_MESSAGE)
    assert re.fullmatch(r"[0-9a-f]{32}", share["partialFingerprints"]["factcheck/v1"])


def test_sarif_uris_of_absolute_paths_are_file_uris():
    assert uri("/srv/posts/a b.md") == "file:///srv/posts/a%20b.md"
    assert uri("posts/a.md") == "posts/a.md"


# --- JUnit --------------------------------------------------------------------------------


def test_junit_of_the_seeds_parses_with_a_case_per_check():
    data = json.loads(output(str(SEEDS), "--format", "json"))
    root = ET.fromstring(output(str(SEEDS), "--format", "junit"))
    assert root.tag == "testsuites"
    cases = [case for case in root.iter("testcase") if case.get("classname") != "documents"]
    assert len(cases) == len(data["checks"])
    failures = sum(1 for case in cases if case.find("failure") is not None)
    assert failures == sum(1 for check in data["checks"] if check["outcome"] == "violation")
    assert int(root.get("failures")) == failures
    assert int(root.get("tests")) == len(cases) + len(data["documents"])


def test_junit_escapes_article_text_and_reports_unreadable_documents():
    root = ET.fromstring(report_junit(hostile_report()))
    failure = next(case.find("failure") for case in root.iter("testcase") if case.find("failure") is not None
                   and case.get("classname") == "share-of-total")
    assert failure.get("message") == HOSTILE_MESSAGE
    assert failure.get("type") == "error"
    (error,) = [case.find("error") for case in root.iter("testcase") if case.find("error") is not None]
    assert "front matter is not valid YAML" in error.get("message")
    assert root.get("errors") == "1"


def test_junit_marks_suppressed_violations_skipped(workdir):
    write(workdir, "a.md", article(TOTAL, "<!-- factcheck: ignore share-of-total -->\n" + WRONG_SHARE))
    root = ET.fromstring(output("a.md", "--format", "junit"))
    (skipped,) = [case for case in root.iter("testcase") if case.find("skipped") is not None]
    assert skipped.get("classname") == "share-of-total"
    assert root.get("failures") == "0" and root.get("skipped") == "1"


# --- GitHub workflow commands -------------------------------------------------------------

ANNOTATION = re.compile(
    r"::(?P<level>error|warning|notice) file=(?P<file>[^,:\n]*),line=\d+,col=\d+,endLine=\d+,endColumn=\d+,"
    r"title=(?P<title>[^:,\n]*)::(?P<message>[^\n]*)"
)


def unescape(value: str) -> str:
    return (value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def test_github_lines_have_the_documented_shape(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    lines = output("a.md", "--format", "github").splitlines()
    annotations = [ANNOTATION.fullmatch(line) for line in lines[:-1]]
    assert all(annotations), lines
    assert [match["level"] for match in annotations] == ["error", "warning"]
    assert {match["file"] for match in annotations} == {"a.md"}
    assert lines[-1].startswith("factcheck: 1 document, ")


def test_github_annotations_cannot_be_forged_or_broken_by_article_text():
    lines = report_github(hostile_report()).splitlines()
    assert len(lines) == 4  # the unreadable document, the error, the warning, the summary
    unread, error, warning, summary = lines
    assert unread.startswith("::error file=posts/broken.md,title=factcheck%3A document not read::")
    match = ANNOTATION.fullmatch(error)
    assert match and match["level"] == "error"
    assert unescape(match["file"]) == "posts/华越 news,1.md"
    assert unescape(match["title"]) == f"share-of-total — {HOSTILE_TITLE}"
    assert unescape(match["message"]).startswith(HOSTILE_MESSAGE)
    assert ANNOTATION.fullmatch(warning)["level"] == "warning"
    assert not summary.startswith("::")


def test_github_puts_the_most_severe_first(workdir):
    write(workdir, "a.md", article(TOTAL, GAP_IN_PERCENT, WRONG_SHARE))
    levels = [ANNOTATION.fullmatch(line)["level"] for line in output("a.md", "--format", "github").splitlines()[:-1]]
    assert levels == sorted(levels, key=["error", "warning", "notice"].index)


def test_github_appends_the_markdown_report_to_the_step_summary(workdir, monkeypatch):
    pytest.importorskip("validator.render_markdown")
    summary = workdir / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    write(workdir, "a.md", ERROR_AND_WARNING)
    invoke("run", "a.md", "--format", "github")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n") and "share-of-total" in text and "::error" not in text


# --- GitLab Code Quality ------------------------------------------------------------------


def test_gitlab_issues_have_the_required_fields(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    write(workdir, "broken.md", BROKEN)
    issues = json.loads(output("a.md", "broken.md", "--format", "gitlab"))
    assert len(issues) == 3
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert isinstance(issue["location"]["path"], str) and isinstance(issue["location"]["lines"]["begin"], int)
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
    assert len({issue["fingerprint"] for issue in issues}) == 3
    severities = {issue["check_name"]: issue["severity"] for issue in issues}
    assert severities == {"unreadable-document": "blocker", "share-of-total": "major", "percent-vs-points": "minor"}


def test_gitlab_leaves_out_silenced_violations(workdir):
    write(workdir, "a.md", article(TOTAL, "<!-- factcheck: ignore share-of-total -->\n" + WRONG_SHARE))
    assert json.loads(output("a.md", "--format", "gitlab")) == []


def test_gitlab_fingerprints_are_unique_for_repeated_findings():
    report = hostile_report()
    twice = report.model_copy(update={"checks": report.checks + (report.checks[1].model_copy(update={"id": "x:1"}),)})
    prints = [issue["fingerprint"] for issue in code_quality(twice)]
    assert len(prints) == len(set(prints)) == 4


# --- markdown and html, from the editors' report renderers --------------------------------


def test_markdown_format_is_the_pull_request_report(workdir):
    pytest.importorskip("validator.render_markdown")
    write(workdir, "a.md", ERROR_AND_WARNING)
    result = invoke("run", "a.md", "--format", "markdown")
    assert result.exit_code == 1 and "share-of-total" in result.stdout


def test_html_format_is_a_standalone_page_with_text_escaped(workdir):
    pytest.importorskip("validator.render_html")
    front = FRONT.replace("华越银行2021年业绩稳健", "华越银行<script>alert(1)</script>")
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE, front=front))
    result = invoke("run", "a.md", "--format", "html", "--output", "report.html")
    page = (workdir / "report.html").read_text(encoding="utf-8")
    assert result.exit_code == 1 and "<html" in page.lower()
    assert "<script>alert(1)</script>" not in page


@pytest.mark.parametrize("format", ["json", "sarif", "junit", "github", "gitlab"])
def test_every_format_of_a_clean_run_passes_the_gate(workdir, format):
    write(workdir, "a.md", CLEAN)
    assert invoke("run", "a.md", "--format", format).exit_code == 0


def test_an_unwritable_step_summary_does_not_change_the_gate(workdir, monkeypatch):
    pytest.importorskip("validator.render_markdown")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(workdir / "no-such-dir" / "summary.md"))
    write(workdir, "a.md", ERROR_AND_WARNING)
    result = invoke("run", "a.md", "--format", "github")
    assert result.exit_code == 1 and "cannot append to GITHUB_STEP_SUMMARY" in result.stderr
    assert result.stdout.startswith("::error ")
