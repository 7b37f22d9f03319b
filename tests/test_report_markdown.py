"""The editors' report as markdown, for a pull-request comment or a job summary."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tests.test_report_html import HOSTILE_TITLE, hostile_report
from validator.pipeline import run
from validator.records import Report
from validator.render_markdown import code, report_markdown, text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"


@cache
def seeds_report() -> Report:
    return run([str(SEEDS)])


def test_a_heading_per_article_with_findings_and_a_line_for_the_clean_ones():
    report = seeds_report()
    markdown = report_markdown(report)
    assert markdown.startswith("## factcheck: 0 errors, 9 warnings, 0 info in 5 documents")
    headed = [line for line in markdown.splitlines() if line.startswith("### ") and line != "### Summary"]
    clean = re.search(r"\*\*No violations\*\* in (\d+) articles?", markdown)
    assert clean and len(headed) + int(clean.group(1)) == len(report.documents)
    for document in report.documents:
        assert code(document.path) in markdown


def test_each_violation_has_its_severity_word_locations_sentence_and_remedy():
    report = seeds_report()
    markdown = report_markdown(report)
    for check in report.checks:
        if check.outcome != "violation":
            continue
        assert f"**{check.severity.upper()}** `{check.rule}`" in markdown
        assert f"- why: {text(check.message)}" in markdown
        for location in check.locations:
            assert code(f"{location.path}:{location.line}:{location.column}") in markdown
            if location.sentence is not None:  # a figure, bold in its sentence
                assert f"**{text(location.text)}**" in markdown
            else:  # a location that is a whole sentence, quoted
                assert f"“{text(location.text)}”" in markdown
    assert "  would agree: " in markdown


def test_the_summary_is_a_table_of_every_count():
    markdown = report_markdown(seeds_report())
    summary = seeds_report().summary
    assert f"| checks passed | {summary.passed} |" in markdown
    assert "| unreadable documents | 0 |" in markdown


def test_article_text_can_neither_format_the_comment_nor_inject_html(tmp_path):
    markdown = report_markdown(hostile_report(tmp_path))
    assert "<script" not in markdown
    assert "&lt;script&gt;" in markdown
    assert r"\*总数\*" in markdown and r"\[更新\]" in markdown
    assert text(HOSTILE_TITLE) in markdown
    assert "**ERROR** `parts-sum`" in markdown and "  would agree: 1400件" in markdown


def test_a_path_with_backticks_stays_one_code_span():
    assert code("a`b.txt") == "``a`b.txt``"
    assert code("`a.txt") == "`` `a.txt ``"
