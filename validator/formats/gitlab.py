"""GitLab Code Quality: the JSON array a merge request's Code Quality widget reads.

Each violation that counts is an issue with GitLab's required fields: ``description``,
``check_name``, ``fingerprint`` (unique in the report and independent of line numbers: the
baseline's, see ``validator.baseline``), ``severity`` and ``location.path`` with
``lines.begin``. Severities map as other linters map theirs: error → major, warning →
minor, info → info. A document that could not be read is a blocker: nothing in it was checked.
"""

from __future__ import annotations

import hashlib
import json

from ..baseline import fingerprints
from ..records import Report
from . import counted_violations, details, unreadable

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def code_quality(report: Report) -> list[dict]:
    prints = fingerprints(report.checks)
    issues = [
        {"description": f"could not be read, so it was not checked: {error}",
         "check_name": "unreadable-document",
         "fingerprint": hashlib.sha256(f"unreadable|{path}".encode("utf-8")).hexdigest()[:32],
         "severity": "blocker",
         "location": {"path": path, "lines": {"begin": 1}}}
        for path, error in unreadable(report)
    ]
    for check in counted_violations(report):
        first = check.locations[0] if check.locations else None
        issues.append({
            "type": "issue",
            "description": details(check).replace("\n", "; "),
            "check_name": check.rule,
            "categories": ["Bug Risk"],
            "fingerprint": prints[check.id],
            "severity": SEVERITIES.get(check.severity or "error", "major"),
            "location": {"path": first.path if first else "", "lines": {"begin": first.line if first else 1}},
        })
    return issues


def report_gitlab(report: Report) -> str:
    return json.dumps(code_quality(report), ensure_ascii=False, indent=2)
