"""The editors' report (`factcheck run`, rich): a panel per article, findings by severity in
words, each figure in its sentence with path:line:column, the arithmetic, the summary; no
ANSI codes off a terminal or under NO_COLOR; lines that fit the terminal."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from validator.pipeline import build_report, run
from validator.records import Extraction, Report, Summary
from validator.render import finding_groups, quotes_of, remedy_of, report_renderable, summary_rows

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
PARTS_SUM_BROKEN = ROOT / "fixtures" / "broken" / "parts-sum" / "broken"
GROWTH_PRIOR_BROKEN = ROOT / "fixtures" / "broken" / "growth-prior" / "broken"
# Colour codes only (30–37, 90–97 foreground, 40–47 background, 38;…/48;… extended): bold and
# dim are not colour, and rich keeps them under NO_COLOR on a terminal.
COLOUR_CODE = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38|48)(?:;[0-9;]*)?m")


@cache
def seeds_report() -> Report:
    # Paths as a user types them from the checkout: how lines wrap must not depend on where
    # the repository happens to be cloned.
    return run([os.path.relpath(SEEDS)])


@cache
def broken_report() -> Report:
    return run([os.path.relpath(PARTS_SUM_BROKEN), os.path.relpath(GROWTH_PRIOR_BROKEN)])


def rendered(report: Report, width: int = 100, **options) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=width, highlight=False).print(report_renderable(report, **options))
    return buffer.getvalue()


def flat(text: str) -> str:
    """The report's words without the panel borders and the line breaks wrapping put in."""
    return re.sub(r"[\s│╭╮╰╯─]", "", text)


def panels(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.startswith("╭"))


def test_one_panel_per_article_with_its_title_and_path():
    report = seeds_report()
    text = rendered(report)
    assert panels(text) == len(report.documents) == 5
    for document in report.documents:
        assert flat(document.path) in flat(text)
        assert flat(document.title) in flat(text)


def test_severity_is_a_word_as_well_as_a_colour():
    seeds = rendered(seeds_report())
    assert "WARNING" in seeds and "4 WARNINGS" in seeds
    broken = rendered(broken_report())
    assert "ERROR" in broken and "1 ERROR" in broken


def test_every_violation_shows_its_locations_sentence_arithmetic_and_remedy():
    for report in (seeds_report(), broken_report()):
        text = flat(rendered(report, width=120))
        for check in report.checks:
            if check.outcome != "violation":
                continue
            for location in check.locations:
                assert f"{location.path}:{location.line}:{location.column}" in text
            assert flat(check.message) in text
            assert flat(remedy_of(check) or "") in text
        violations = [check for check in report.checks if check.outcome == "violation"]
        for group in finding_groups(violations):
            for quote in quotes_of(*group):
                assert flat("".join(piece for piece, _ in quote.pieces)) in text


def test_findings_of_one_rule_in_the_same_sentences_are_shown_once():
    text = rendered(seeds_report(), width=160)
    # Four rates of one sentence printed in % where points are meant: one sentence to fix.
    assert "4 findings in the same sentences" in text
    assert text.count("县域客户数增幅较城市客户增幅高出") == 1


def test_the_arithmetic_and_the_figure_that_would_agree_are_in_words():
    text = flat(rendered(run([str(PARTS_SUM_BROKEN)]), width=100))
    # The parts printed, their sum, the whole printed, and the sum that would agree.
    assert re.search(r"why\d+件\+\d+件=\d+件,whichisnotthewhole\d+件", text)
    assert re.search(r"wouldagree\d+件", text)


def test_findings_come_most_severe_first_within_an_article():
    # The broken article and its corrected twin: a warning on line 8 of the broken one, and an
    # error further down (its figure conflicts with the twin's).
    folder = ROOT / "fixtures" / "broken" / "approximate-wording"
    report = run([str(folder / "broken"), str(folder / "fixed")])
    broken_panel = next(panel for panel in rendered(report, width=120).split("╰")
                        if str(folder / "broken") in panel)
    assert "1 ERROR" in broken_panel and "1 WARNING" in broken_panel
    assert broken_panel.index("ERROR ") < broken_panel.index("WARNING ")


def test_a_finding_across_articles_shows_both_articles():
    report = seeds_report()
    text = rendered(report, width=160)
    across = [check for check in report.checks if check.outcome == "violation"
              and len({location.path for location in check.locations}) > 1]
    assert across
    assert "(another article)" in text
    assert "also concerning this article" in text  # pointed to from the other article's panel


def test_every_location_carries_its_sentence_with_the_figure_at_its_span():
    for report in (seeds_report(), broken_report()):
        for check in report.checks:
            for location in check.locations:
                if location.sentence is None:
                    continue
                start, end = location.sentence_span
                assert location.sentence[start:end] == location.text


def test_show_passed_lists_what_was_verified():
    report = seeds_report()
    quiet = rendered(report)
    verbose = rendered(report, show_passed=True)
    assert "PASS " not in quiet
    assert verbose.count("PASS ") == report.summary.passed


def test_quiet_prints_the_summary_only():
    text = rendered(seeds_report(), quiet=True)
    assert panels(text) == 0
    assert "Summary" in text and "checks passed" in text


def test_the_summary_lists_every_count():
    summary = seeds_report().summary
    text = rendered(seeds_report(), width=80)
    for label in ("documents", "figures read", "checks passed", "errors", "warnings", "info",
                  "unreadable documents"):
        assert re.search(rf"{label}\s+\d+", text), label
    assert re.search(rf"checks passed\s+{summary.passed}\b", text)


def test_the_summary_shows_counts_added_to_the_summary_record():
    class SummaryWithMore(Summary):
        rules_skipped: int = 3

    report = seeds_report()
    extended = report.model_copy(update={"summary": SummaryWithMore(**report.summary.model_dump())})
    assert ("rules_skipped", "rules skipped", "3") in summary_rows(extended.summary)
    assert re.search(r"rules skipped\s+3", rendered(extended))
    assert re.search(r"suppressed findings\s+0", rendered(report))


def test_an_unreadable_document_has_a_panel_and_is_counted():
    unreadable = Extraction(path="news/broken.txt", title=None, published=None, entity=None,
                            report_period=None, error="the file is not text (binary content)")
    report = build_report([unreadable], [])
    text = rendered(report)
    assert panels(text) == 1
    assert "COULD NOT READ" in text and "binary content" in text
    assert report.summary.unreadable == 1
    assert re.search(r"unreadable documents\s+1", text)


@pytest.mark.parametrize("width", [80, 160])
@pytest.mark.parametrize("show_passed", [False, True])
def test_lines_fit_the_width_with_chinese_wrapped(width, show_passed):
    text = rendered(seeds_report(), width=width, show_passed=show_passed)
    widths = [cell_len(line) for line in text.splitlines()]
    assert max(widths) <= width
    # Long Chinese sentences are wrapped inside the panel, never cut: the whole sentence is there.
    violations = [check for check in seeds_report().checks if check.outcome == "violation"]
    longest = max(("".join(piece for piece, _ in quote.pieces) for group in finding_groups(violations)
                   for quote in quotes_of(*group)), key=len)
    assert len(longest) * 2 > width
    assert flat(longest) in flat(text)


def _cli(*args: str, columns: int, **environment: str) -> str:
    env = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR", "NO_COLOR", "TERM")}
    env.update(COLUMNS=str(columns), **environment)
    result = subprocess.run([sys.executable, "-m", "validator", "run", *args], capture_output=True,
                            text=True, env=env, cwd=ROOT)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [80, 160])
def test_the_command_off_a_terminal_prints_no_ansi_and_fits_the_columns(columns):
    text = _cli(str(SEEDS), "--show-passed", columns=columns)
    assert "\x1b" not in text
    assert panels(text) == 5
    assert max(cell_len(line) for line in text.splitlines()) <= columns


def test_the_command_under_no_color_prints_no_ansi():
    assert "\x1b" not in _cli(str(SEEDS), columns=100, NO_COLOR="1")


def test_the_report_itself_forces_no_colour_under_no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    Console(file=buffer, width=100, force_terminal=True).print(report_renderable(broken_report()))
    assert not COLOUR_CODE.search(buffer.getvalue())


def test_on_a_terminal_severity_has_colour_too():
    buffer = io.StringIO()
    Console(file=buffer, width=100, force_terminal=True, color_system="standard").print(
        report_renderable(broken_report()))
    assert COLOUR_CODE.search(buffer.getvalue())


def test_the_old_call_still_works():
    assert report_renderable(seeds_report(), True) is not None
    assert report_renderable(seeds_report(), show_passed=False) is not None


@pytest.mark.parametrize("width", [60, 73, 80, 97, 120])
def test_a_wrapped_sentence_never_splits_a_figure(width):
    report = seeds_report()
    lines = [line for line in rendered(report, width=width).splitlines() if ".txt:" not in line]
    for check in report.checks:
        if check.outcome != "violation":
            continue
        for location in check.locations:
            if location.sentence is not None:
                assert any(location.text in line for line in lines), (location.text, width)


def test_a_wrapped_line_never_starts_with_closing_punctuation():
    for width in range(60, 121, 7):
        for line in rendered(seeds_report(), width=width).splitlines():
            content = line.strip("│ ")
            assert not content or content[0] not in "，。、；：,;:%”）", (width, line)


def test_a_suppressed_violation_is_listed_apart_and_counted():
    report = seeds_report()
    first = next(check for check in report.checks if check.outcome == "violation")
    checks = tuple(check.model_copy(update={"suppression": "comment"}) if check is first else check
                   for check in report.checks)
    summary = report.summary.model_copy(update={"warnings": report.summary.warnings - 1, "suppressed": 1})
    text = rendered(report.model_copy(update={"checks": checks, "summary": summary}), width=160)
    assert f"1 finding suppressed, not counted: {first.rule} (comment)" in text
    assert re.search(r"suppressed findings\s+1", text)
    assert "3 WARNINGS" in text  # the first article's four warnings, less the silenced one
