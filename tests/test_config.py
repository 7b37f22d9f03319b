"""Configuration: [tool.factcheck] in pyproject.toml or factcheck.toml, the nearest one found
walking up from the working directory; the command line wins, key by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_gate import CLEAN, ERROR_AND_WARNING, WARNING_ONLY, invoke, report_of, violations, write
from validator import config


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def pyproject(directory: Path, table: str) -> None:
    write(directory, "pyproject.toml", '[project]\nname = "newsroom"\n\n[tool.factcheck]\n' + table)


def factcheck_toml(directory: Path, table: str) -> None:
    write(directory, "factcheck.toml", table)


# --- where the settings come from ---------------------------------------------------------


def test_pyproject_table_sets_fail_on(workdir):
    write(workdir, "a.md", WARNING_ONLY)
    assert invoke("run", "a.md").exit_code == 0
    pyproject(workdir, 'fail-on = "warning"\n')
    assert invoke("run", "a.md").exit_code == 1


def test_factcheck_toml_sets_ignore_and_severity(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    factcheck_toml(workdir, 'ignore = ["share-of-total"]\n[severity]\npercent-vs-points = "error"\n')
    data = report_of("a.md")
    assert violations(data) == [("percent-vs-points", "error")]
    assert invoke("run", "a.md").exit_code == 1


def test_select_in_the_file_limits_the_rules(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    pyproject(workdir, 'select = ["percent-vs-points"]\n')
    assert {check["rule"] for check in report_of("a.md")["checks"]} == {"percent-vs-points"}


def test_the_nearest_configuration_is_found_from_a_subdirectory(workdir, monkeypatch):
    factcheck_toml(workdir, 'fail-on = "warning"\n')
    write(workdir, "posts/a.md", WARNING_ONLY)
    monkeypatch.chdir(workdir / "posts")
    assert invoke("run", "a.md").exit_code == 1


def test_a_nearer_file_wins_over_one_further_up(workdir, monkeypatch):
    factcheck_toml(workdir, 'fail-on = "warning"\n')
    pyproject(workdir / "site", 'fail-on = "never"\n')
    write(workdir, "site/a.md", ERROR_AND_WARNING)
    monkeypatch.chdir(workdir / "site")
    assert invoke("run", "a.md").exit_code == 0


def test_a_pyproject_without_the_table_is_passed_over(workdir, monkeypatch):
    factcheck_toml(workdir, 'fail-on = "warning"\n')
    write(workdir, "site/pyproject.toml", '[project]\nname = "site"\n')
    write(workdir, "site/a.md", WARNING_ONLY)
    monkeypatch.chdir(workdir / "site")
    assert invoke("run", "a.md").exit_code == 1


def test_factcheck_toml_wins_over_pyproject_in_the_same_directory(workdir):
    write(workdir, "a.md", WARNING_ONLY)
    pyproject(workdir, 'fail-on = "never"\n')
    factcheck_toml(workdir, 'fail-on = "warning"\n')
    assert invoke("run", "a.md").exit_code == 1
    found = config.find_config_file(workdir)
    assert found is not None and found[0].name == "factcheck.toml"


def test_no_configuration_gives_the_defaults(workdir):
    settings = config.resolve(["share-of-total"], start=workdir)
    assert settings == config.Settings()


# --- the command line wins ----------------------------------------------------------------


def test_command_line_fail_on_wins_over_the_file(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    pyproject(workdir, 'fail-on = "never"\n')
    assert invoke("run", "a.md").exit_code == 0
    assert invoke("run", "a.md", "--fail-on", "error").exit_code == 1


def test_command_line_select_replaces_the_files(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    factcheck_toml(workdir, 'select = ["percent-vs-points"]\n')
    data = report_of("a.md", "--select", "share-of-total")
    assert {check["rule"] for check in data["checks"]} == {"share-of-total"}


def test_command_line_ignore_replaces_the_files(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    factcheck_toml(workdir, 'ignore = ["share-of-total"]\n')
    assert violations(report_of("a.md", "--ignore", "percent-vs-points")) == [("share-of-total", "error")]


def test_severity_overrides_merge_rule_by_rule(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    factcheck_toml(workdir, '[severity]\nshare-of-total = "info"\npercent-vs-points = "error"\n')
    data = report_of("a.md", "--severity", "share-of-total=warning")
    assert violations(data) == [("percent-vs-points", "error"), ("share-of-total", "warning")]


# --- mistakes are one clear line and exit 2 -----------------------------------------------


@pytest.mark.parametrize(("table", "said"), [
    ('fail_on = "warning"\n', "unknown key 'fail_on'"),
    ('tolerance = 0.1\n', "unknown key 'tolerance'"),
    ('select = ["share-of-totals"]\n', "unknown rule 'share-of-totals'"),
    ('ignore = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
    ('[tool.factcheck.severity]\nno-such-rule = "error"\n', "unknown rule 'no-such-rule'"),
    ('[tool.factcheck.severity]\nshare-of-total = "fatal"\n', "must be one of error, warning, info"),
    ('fail-on = "sometimes"\n', "must be one of error, warning, info, never"),
    ('select = "share-of-total\n', "is not valid TOML"),
    ('select = [1, 2]\n', "must be a list of rule ids"),
])
def test_a_bad_configuration_is_one_clear_line_and_exit_2(workdir, table, said):
    write(workdir, "a.md", CLEAN)
    pyproject(workdir, table)
    result = invoke("run", "a.md")
    assert result.exit_code == 2
    assert said in result.stderr
    assert "pyproject.toml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_a_single_rule_id_may_be_a_string(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    factcheck_toml(workdir, 'ignore = "share-of-total"\n')
    assert violations(report_of("a.md")) == [("percent-vs-points", "warning")]


def test_a_rule_selected_on_the_command_line_runs_though_the_file_ignores_it(workdir):
    write(workdir, "a.md", ERROR_AND_WARNING)
    factcheck_toml(workdir, 'ignore = ["share-of-total", "percent-vs-points"]\n')
    assert violations(report_of("a.md")) == []
    assert violations(report_of("a.md", "--select", "share-of-total")) == [("share-of-total", "error")]
