"""Whatever a file holds (any Unicode text, any bytes), the whole `run` pipeline reads it,
checks it and renders it in every format without raising, and every location it reports
points inside the file: a line the file has, a column within that line (or just past its end).
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from rules import all_rules
from tests.test_pipeline_properties import TEXT
from validator import render
from validator.corpus import Corpus
from validator.documents import _decode
from validator.formats.github import report_github
from validator.formats.gitlab import report_gitlab
from validator.formats.junit import report_junit
from validator.formats.sarif import report_sarif
from validator.pipeline import build_report, read_claims, run_rules
from validator.render_html import report_html
from validator.render_markdown import report_markdown

RENDERERS = (render.report_json, report_sarif, report_junit, report_github, report_gitlab, report_markdown,
             report_html)
# Failures that mean the reader or extractor broke, rather than the file being unreadable.
CRASHES = ("extractor failed", "file could not be read (", "nested too deeply")
NAMES = ("a.txt", "b.html", "c.md")

# Articles in legacy encodings, cut anywhere and spliced with noise: bytes near real input.
ENCODED = st.tuples(TEXT, st.sampled_from(["utf-8", "gb18030", "big5", "utf-16", "utf-8-sig"])).map(
    lambda pair: pair[0].encode(pair[1], errors="replace"))
BYTES = st.one_of(st.binary(max_size=200), ENCODED,
                  st.lists(st.one_of(ENCODED, st.binary(max_size=8)), max_size=5).map(b"".join))
ANY_TEXT = st.one_of(st.text(max_size=200), TEXT, st.builds(lambda a, b: f"---\n{a}\n---\n{b}", st.text(max_size=40), TEXT))


def _lines(raw: bytes) -> list[str]:
    try:
        content = _decode(raw)
    except Exception:  # noqa: BLE001 — an unreadable file has no lines to point into
        return []
    # Lines as editors count them: \r\n, \r and \n end one; \f and \v do not.
    return re.split(r"\r\n|\r|\n", content)


def _assert_inside(where, lines: list[str]) -> None:
    assert 1 <= where.line <= where.end_line <= len(lines), (where, len(lines))
    assert 1 <= where.column <= len(lines[where.line - 1]) + 1, where
    assert where.end_column <= len(lines[where.end_line - 1]) + 1, where
    if where.line == where.end_line:
        assert where.column < where.end_column, where


def _run_everything(contents: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        lines = {}
        for name, raw in zip(NAMES, contents):
            path = Path(folder) / name
            path.write_bytes(raw)
            lines[str(path)] = _lines(raw)
        extractions = read_claims([folder])
        failures = io.StringIO()
        with contextlib.redirect_stderr(failures):
            checks = run_rules(Corpus(extractions), all_rules())
        assert failures.getvalue() == ""  # no rule failed on these documents
        report = build_report(extractions, checks)
    for extraction in extractions:
        assert extraction.error is None or not any(crash in extraction.error for crash in CRASHES), extraction.error
        assert extraction.error is None or "\n" not in extraction.error
        for claim in extraction.claims:
            _assert_inside(claim.span, lines[extraction.path])
    for check in report.checks:
        for location in check.locations:
            _assert_inside(location, lines[location.path])
    assert report.summary.unreadable == sum(1 for extraction in extractions if extraction.error)
    for renderer in RENDERERS:
        assert isinstance(renderer(report), str)
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(render.report_renderable(report, show_passed=True))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.lists(BYTES, min_size=1, max_size=3))
def test_any_bytes_run_through_every_renderer_and_point_inside_the_file(contents):
    _run_everything(contents)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(ANY_TEXT, min_size=1, max_size=3))
def test_any_text_runs_through_every_renderer_and_points_inside_the_file(texts):
    _run_everything([text.encode("utf-8") for text in texts])
