"""Machine formats of the report, each a pure function of a ``Report`` returning text.

| format | for | module |
|---|---|---|
| sarif  | code scanning (GitHub, Azure DevOps): SARIF 2.1.0 | ``sarif.py`` |
| junit  | test reports of any CI: a test case per check | ``junit.py`` |
| github | annotations on the lines of a pull request: workflow commands | ``github.py`` |
| gitlab | GitLab merge-request widgets: Code Quality JSON | ``gitlab.py`` |

Silenced violations (``Check.suppression``) stay in SARIF marked as suppressed and in JUnit as
skipped tests; annotations and Code Quality show only what counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Check, Report

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def suppression(check: Check) -> str | None:
    return getattr(check, "suppression", None)


def counted_violations(report: Report) -> list[Check]:
    """Violations that count, the most severe first, in report order within a severity."""
    found = [check for check in report.checks if check.outcome == "violation" and suppression(check) is None]
    return sorted(found, key=lambda check: SEVERITY_ORDER.get(check.severity or "info", 3))


def titles(report: Report) -> dict[str, str]:
    return {document.path: document.title for document in report.documents if document.title}


def figures(check: Check) -> str:
    return "、".join(location.text for location in check.locations)


def details(check: Check) -> str:
    """The message, then what the arithmetic allows against what is printed."""
    if check.expected and check.actual:
        return f"{check.message}\nexpected {check.expected}; printed {check.actual}"
    return check.message


def unreadable(report: Report) -> Iterable[tuple[str, str]]:
    return ((document.path, document.error) for document in report.documents if document.error)
