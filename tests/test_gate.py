"""The gate of `factcheck run`: which violations fail the run, which rules run, at what level.

Articles are written here (invented companies and figures) into a temporary directory that
is also the working directory, so no configuration file of the repository is found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from validator.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"

FRONT = "---\ntitle: 华越银行2021年业绩稳健\ndate: 2022-03-20\n---\n"
TOTAL = "华越银行2021年营业收入为520亿元，同比增长12%。\n"
# 117 of 520 is 22.5%: 25.3% is an error of share-of-total.
WRONG_SHARE = "其中，零售业务收入117亿元，占总营业收入的25.3%。\n"
RIGHT_SHARE = "其中，零售业务收入117亿元，占总营业收入的22.5%。\n"
# A gap between two growth rates printed in % instead of 个百分点: a percent-vs-points warning.
GAP_IN_PERCENT = "2021年，华越银行零售贷款增速比对公贷款增速高出4.3%。\n"


def article(*paragraphs: str, front: str = FRONT) -> str:
    return front + "\n".join(paragraphs)


ERROR_AND_WARNING = article(TOTAL, WRONG_SHARE, GAP_IN_PERCENT)
WARNING_ONLY = article(TOTAL, RIGHT_SHARE, GAP_IN_PERCENT)
CLEAN = article(TOTAL, RIGHT_SHARE)


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def write(directory: Path, name: str, text: str) -> str:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return name


def report_of(*args: str) -> dict:
    result = invoke("run", *args, "--format", "json")
    return json.loads(result.stdout)


def violations(data: dict) -> list[tuple[str, str]]:
    return sorted((check["rule"], check["severity"]) for check in data["checks"] if check["outcome"] == "violation")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- the article the tests lean on says what they think it says --------------------------


def test_the_test_article_has_one_error_and_one_warning(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    assert violations(report_of("a.md")) == [("percent-vs-points", "warning"), ("share-of-total", "error")]


# --- --fail-on ----------------------------------------------------------------------------


@pytest.mark.parametrize(("fail_on", "status"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_an_error_fails_every_level_but_never(workdir, fail_on, status):
    write(workdir, "a.md", ERROR_AND_WARNING)
    assert invoke("run", "a.md", "--fail-on", fail_on).exit_code == status


@pytest.mark.parametrize(("fail_on", "status"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_a_warning_fails_from_warning_down(workdir, fail_on, status):
    write(workdir, "a.md", WARNING_ONLY)
    assert invoke("run", "a.md", "--fail-on", fail_on).exit_code == status


@pytest.mark.parametrize(("fail_on", "status"), [("error", 0), ("warning", 0), ("info", 1), ("never", 0)])
def test_an_info_fails_only_at_info(workdir, fail_on, status):
    write(workdir, "a.md", WARNING_ONLY)
    result = invoke("run", "a.md", "--severity", "percent-vs-points=info", "--fail-on", fail_on)
    assert result.exit_code == status


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_a_clean_article_passes_every_level(workdir, fail_on):
    write(workdir, "a.md", CLEAN)
    assert invoke("run", "a.md", "--fail-on", fail_on).exit_code == 0


def test_the_default_fails_on_errors_only(workdir):
    write(workdir, "error.md", ERROR_AND_WARNING)
    write(workdir, "warning.md", WARNING_ONLY)
    assert invoke("run", "error.md").exit_code == 1
    assert invoke("run", "warning.md").exit_code == 0


def test_an_unknown_fail_on_level_cannot_run(workdir):
    write(workdir, "a.md", CLEAN)
    assert invoke("run", "a.md", "--fail-on", "sometimes").exit_code == 2


def test_seeds_pass_at_error_and_fail_at_warning():
    assert invoke("run", str(SEEDS), "-q").exit_code == 0
    assert invoke("run", str(SEEDS), "-q", "--fail-on", "warning").exit_code == 1


# --- documents that could not be read -----------------------------------------------------


def test_an_unreadable_document_fails_the_gate(workdir):
    write(workdir, "good.md", CLEAN)
    write(workdir, "broken.md", "---\ntitle: [未闭合\n---\n正文。\n")
    result = invoke("run", "good.md", "broken.md")
    assert result.exit_code == 1
    assert report_of("good.md", "broken.md")["summary"]["errors"] == 0


def test_allow_unreadable_lets_it_pass_but_still_reports_it(workdir):
    write(workdir, "good.md", CLEAN)
    write(workdir, "broken.md", "---\ntitle: [未闭合\n---\n正文。\n")
    assert invoke("run", "good.md", "broken.md", "--allow-unreadable").exit_code == 0
    data = report_of("good.md", "broken.md", "--allow-unreadable")
    assert [d["path"] for d in data["documents"] if d["error"]] == ["broken.md"]


def test_an_unreadable_document_fails_even_with_fail_on_never(workdir):
    write(workdir, "broken.md", "---\ntitle: [未闭合\n---\n正文。\n")
    assert invoke("run", "broken.md", "--fail-on", "never").exit_code == 1
    assert invoke("run", "broken.md", "--fail-on", "never", "--allow-unreadable").exit_code == 0


def test_a_missing_path_still_means_could_not_run(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    assert invoke("run", "a.md", "nowhere.md").exit_code == 2


# --- --select / --ignore / --severity -----------------------------------------------------


def test_select_runs_only_the_rules_named(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    data = report_of("a.md", "--select", "percent-vs-points")
    assert {check["rule"] for check in data["checks"]} == {"percent-vs-points"}
    assert invoke("run", "a.md", "--select", "percent-vs-points").exit_code == 0


def test_select_takes_several_rules_repeated_or_with_commas(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    repeated = report_of("a.md", "--select", "percent-vs-points", "--select", "share-of-total")
    commas = report_of("a.md", "--select", "percent-vs-points,share-of-total")
    assert violations(repeated) == violations(commas) == [("percent-vs-points", "warning"), ("share-of-total", "error")]
    assert {check["rule"] for check in commas["checks"]} == {"percent-vs-points", "share-of-total"}


def test_ignore_drops_a_rule(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    data = report_of("a.md", "--ignore", "share-of-total")
    assert "share-of-total" not in {check["rule"] for check in data["checks"]}
    assert invoke("run", "a.md", "--ignore", "share-of-total").exit_code == 0


def test_ignore_wins_over_select(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    data = report_of("a.md", "--select", "share-of-total,percent-vs-points", "--ignore", "share-of-total")
    assert violations(data) == [("percent-vs-points", "warning")]


def test_a_severity_override_changes_the_level_and_the_gate(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    data = report_of("a.md", "--severity", "share-of-total=warning")
    assert violations(data) == [("percent-vs-points", "warning"), ("share-of-total", "warning")]
    assert data["summary"]["errors"] == 0 and data["summary"]["warnings"] == 2
    assert invoke("run", "a.md", "--severity", "share-of-total=warning").exit_code == 0
    assert invoke("run", "a.md", "--severity", "percent-vs-points=error", "--ignore", "share-of-total").exit_code == 1


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_an_unknown_rule_id_is_a_clear_error(workdir, option):
    write(workdir, "a.md", CLEAN)
    result = invoke("run", "a.md", option, "share-of-totals")
    assert result.exit_code == 2
    assert "unknown rule 'share-of-totals'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("item", ["share-of-totals=error", "share-of-total=fatal", "share-of-total"])
def test_a_bad_severity_override_is_a_clear_error(workdir, item):
    write(workdir, "a.md", CLEAN)
    result = invoke("run", "a.md", "--severity", item)
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: --severity")


# --- how much is printed ------------------------------------------------------------------


def test_quiet_prints_the_summary_without_the_findings(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    quiet = invoke("run", "a.md", "-q")
    full = invoke("run", "a.md")
    assert quiet.exit_code == full.exit_code == 1
    assert "share-of-total" in full.stdout and "share-of-total" not in quiet.stdout
    assert len(quiet.stdout) < len(full.stdout)


def test_verbose_lists_the_passed_checks_too(workdir):
    write(workdir, "a.md", CLEAN)
    assert "share-of-total" not in invoke("run", "a.md").stdout
    assert "share-of-total" in invoke("run", "a.md", "-v").stdout
    assert invoke("run", "a.md", "-v").stdout == invoke("run", "a.md", "--show-passed").stdout


def test_output_writes_the_report_to_a_file(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    result = invoke("run", "a.md", "--format", "json", "--output", "report.json")
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads((workdir / "report.json").read_text(encoding="utf-8"))["summary"]["errors"] == 1


def test_rich_output_to_a_file_has_no_terminal_codes(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    invoke("run", "a.md", "--output", "report.txt")
    text = (workdir / "report.txt").read_text(encoding="utf-8")
    assert "share-of-total" in text and "\x1b[" not in text


# --- the pre-commit hook ------------------------------------------------------------------


def test_the_pre_commit_hook_runs_factcheck_on_every_suffix_the_reader_reads():
    import re

    import yaml

    from validator.documents import SUFFIXES

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factcheck" and hook["entry"] == "factcheck run" and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert all(files.search(f"_posts/2022-03-20-article{suffix}") for suffix in SUFFIXES)
    assert not files.search("_config.yml") and not files.search("images/chart.png")


def test_every_factcheck_run_of_the_ci_section_is_a_valid_command(workdir):
    """The README's workflows are copied as they are: each `factcheck run` in them must run."""
    import re
    import shlex

    import yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Use in CI"):]
    section = section[:section.index("\n## ", 1)] if "\n## " in section[1:] else section
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert len(blocks) >= 3
    for block in blocks:
        yaml.safe_load(block)
    commands = [line.split("factcheck run", 1)[1] for line in section.splitlines() if "factcheck run " in line
                and not line.lstrip().startswith(("`", "-   ", "#"))]
    assert len(commands) >= 4
    write(workdir, "_posts/a.md", ERROR_AND_WARNING)
    write(workdir, "posts/a.md", ERROR_AND_WARNING)
    for command in commands:
        result = invoke("run", *shlex.split(command))
        assert result.exit_code in (0, 1), (command, result.output)
