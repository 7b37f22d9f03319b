"""GitHub Actions workflow commands: an annotation on the line of each violation.

    ::error file=posts/a.md,line=12,col=41,endLine=12,endColumn=46,title=share-of-total …::86亿元 is …

GitHub shows only a few annotations per step (ten of each level), so errors come first, then
warnings, then notices (info). Article text reaches both the title and the message, so every
value is escaped as the runner's toolkit does: in the message ``%``, CR and LF; in a property
also ``:`` and ``,`` — a title can neither end the command early nor start another line.
Silenced violations are not annotated. The full report for the job summary is the markdown
format; the command line appends it to ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

from ..records import Check, Report
from . import counted_violations, details, titles, unreadable

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    fields = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items()
                      if value is not None)
    return f"::{level} {fields}::{escape_data(message)}" if fields else f"::{level}::{escape_data(message)}"


def _annotation(check: Check, document_titles: dict[str, str]) -> str:
    first = check.locations[0] if check.locations else None
    level = COMMANDS.get(check.severity or "error", "error")
    title = check.rule
    if first is not None and document_titles.get(first.path):
        title += f" — {document_titles[first.path]}"
    if first is None:
        return command(level, details(check), title=title)
    return command(level, details(check), file=first.path, line=first.line, col=first.column,
                   endLine=first.end_line, endColumn=first.end_column, title=title)


def report_github(report: Report) -> str:
    document_titles = titles(report)
    lines = [command("error", f"could not be read, so it was not checked: {error}", file=path,
                     title="factcheck: document not read")
             for path, error in unreadable(report)]
    lines += [_annotation(check, document_titles) for check in counted_violations(report)]
    summary = report.summary
    lines.append(f"factcheck: {_count(summary.documents, 'document')}, {_count(summary.checks, 'check')}, "
                 f"{_count(summary.errors, 'error')}, {_count(summary.warnings, 'warning')}, {summary.info} info"
                 + (f", {summary.unreadable} not read" if summary.unreadable else ""))
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
