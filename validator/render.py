"""Renderers: pure functions from records to rich renderables or JSON text."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from . import __version__
from .records import Check, ClaimsDocument, ClaimsReport, Extraction, Record, Report, Tool, decimal_text

def _json(record: Record) -> str:
    return json.dumps(record.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2)


def claims_json(extractions: Sequence[Extraction]) -> str:
    return _json(ClaimsReport(
        tool=Tool(version=__version__),
        documents=tuple(
            ClaimsDocument(path=e.path, title=e.title, published=e.published, entity=e.entity,
                           report_period=e.report_period, error=e.error, claims=e.claims,
                           relations=e.relations)
            for e in extractions
        ),
    ))


def report_json(report: Report) -> str:
    return _json(report)


def _interval_text(lower, upper) -> str:
    low, high = decimal_text(lower), decimal_text(upper)
    if low == high:
        return low or ""
    return f"[{low if low is not None else '−∞'}, {high if high is not None else '∞'}]"


def claims_tables(extractions: Sequence[Extraction]) -> RenderableType:
    parts: list[RenderableType] = []
    for extraction in extractions:
        if extraction.error:
            parts.append(Text(f"{extraction.path}: {extraction.error}", style="bold red"))
            continue
        table = Table(title=f"{extraction.path} — {extraction.title or ''}", title_justify="left",
                      caption=f"entity {extraction.entity or '?'} · reports on {extraction.report_period or '?'}"
                              f" · {len(extraction.claims)} claims", caption_justify="left")
        for column in ("where", "kind", "figure", "value", "interval", "metric", "period", "entity"):
            table.add_column(column, overflow="fold")
        for claim in extraction.claims:
            figure = (claim.qualifier or "") + claim.text if claim.qualifier and claim.qualifier not in claim.text else claim.text
            table.add_row(
                f"{claim.span.line}:{claim.span.column}" + (" (title)" if claim.source == "title" else ""),
                claim.kind,
                figure,
                f"{decimal_text(claim.value)} {claim.unit or ''}".strip(),
                _interval_text(claim.lower, claim.upper),
                claim.metric_key or "—",
                claim.period or "—",
                claim.entity or "—",
            )
        parts.append(table)
    return Group(*parts)


_OUTCOME_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", None: "green"}


def check_text(check: Check) -> Text:
    label = check.severity if check.outcome == "violation" else "pass"
    text = Text()
    text.append(f"{label:<7} ", style=_OUTCOME_STYLE[check.severity if check.outcome == "violation" else None])
    text.append(f"{check.rule} ", style="bold")
    text.append(check.message)
    for location in check.locations:
        text.append(f"\n        {location.path}:{location.line}:{location.column}  ", style="dim")
        text.append(location.text, style="bold")
    if check.expected and check.outcome == "violation":
        text.append(f"\n        expected {check.expected}; printed {check.actual}", style="dim")
    return text


def report_renderable(report: Report, show_passed: bool = False) -> RenderableType:
    parts: list[RenderableType] = []
    for document in report.documents:
        if document.error:
            parts.append(Text(f"could not read {document.path}: {document.error}", style="bold red"))
    shown = [check for check in report.checks if show_passed or check.outcome == "violation"]
    for check in shown:
        parts.append(check_text(check))
    parts.append(summary_text(report))
    return Group(*parts)


def summary_text(report: Report) -> Text:
    """How much was checked, so that silence about a figure never reads as "verified"."""
    summary = report.summary
    text = Text()
    text.append("\nfactcheck: ", style="bold")
    text.append(f"{_count(summary.documents, 'document')}, {_count(summary.claims, 'figure')} read, "
                f"{summary.claims_checked} used by at least one check\n")
    text.append(f"{_count(summary.checks, 'check')}: {summary.passed} passed, ")
    text.append(_count(summary.errors, "error"), style="bold red" if summary.errors else "green")
    text.append(f", {_count(summary.warnings, 'warning')}, {summary.info} info\n")
    text.append(f"{_count(summary.claims - summary.claims_checked, 'figure')} not checked by any rule: "
                "silence about them is not a verdict.", style="dim")
    return text


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
