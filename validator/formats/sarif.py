"""SARIF 2.1.0: the report for code scanning (GitHub's upload-sarif, Azure DevOps, IDEs).

One run; the driver's rules carry each rule module's summary and docstring as help; a result
per violation, at its first figure (the others are related locations), with a partial
fingerprint that ignores line numbers (see ``validator.baseline``), so code scanning follows a
finding across edits above it. Silenced violations stay, with a ``suppressions`` entry
(``inSource`` for a comment or the front matter, ``external`` for a baseline), so code
scanning closes them instead of reopening them. Passed checks are not results: code
scanning would show them as alerts. Unreadable documents are tool notifications.

Columns count Unicode code points, as the report does (``columnKind``).
"""

from __future__ import annotations

import inspect
import json
import os
import re
from collections.abc import Sequence
from pathlib import PurePath
from types import ModuleType
from urllib.parse import quote

from ..baseline import FINGERPRINT_VERSION, fingerprints
from ..records import Check, Location, Report
from . import details, suppression

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SUPPRESSION_KINDS = {"comment": "inSource", "front-matter": "inSource", "baseline": "external"}
JUSTIFICATIONS = {
    "comment": "silenced by a <!-- factcheck: ignore --> comment before the paragraph",
    "front-matter": "silenced by factcheck_ignore in the article's front matter",
    "baseline": "known: listed in the baseline file",
}


def uri(path: str) -> str:
    """A URI reference for a path as the run names it: relative paths stay relative (code
    scanning resolves them against the checkout), absolute ones become file URIs."""
    if os.path.isabs(path):
        return PurePath(path).as_uri()
    return quote(PurePath(path).as_posix(), safe="/")


def _rule_descriptor(rule: ModuleType) -> dict:
    documentation = inspect.cleandoc(rule.__doc__ or rule.SUMMARY)
    first_paragraph = documentation.split("\n\n", 1)[0].replace("\n", " ")
    return {
        "id": rule.ID,
        "name": "".join(word.capitalize() for word in re.split(r"[-_]", rule.ID)),
        "shortDescription": {"text": rule.SUMMARY},
        "fullDescription": {"text": first_paragraph},
        "help": {"text": documentation, "markdown": documentation},
        "defaultConfiguration": {"level": LEVELS[rule.SEVERITY]},
        "properties": {"tags": ["factcheck", "figures"]},
    }


def _region(location: Location) -> dict:
    region = {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
        "snippet": {"text": location.text},
    }
    return region


def _physical(location: Location) -> dict:
    return {"artifactLocation": {"uri": uri(location.path)}, "region": _region(location)}


def _result(check: Check, rule_index: int, fingerprint: str) -> dict:
    result: dict = {
        "ruleId": check.rule,
        "ruleIndex": rule_index,
        "level": LEVELS.get(check.severity or "warning", "warning"),
        "message": {"text": details(check)},
        "partialFingerprints": {FINGERPRINT_VERSION: fingerprint},
        "properties": {"checkId": check.id, "figures": [location.text for location in check.locations]},
    }
    if check.locations:
        first, *others = check.locations
        result["locations"] = [{"physicalLocation": _physical(first)}]
        if others:
            result["relatedLocations"] = [
                {"id": index, "physicalLocation": _physical(location),
                 "message": {"text": f"{location.text} (figure {index + 1} of the check)"}}
                for index, location in enumerate(check.locations) if index > 0
            ]
    kind = suppression(check)
    if kind is not None:
        result["suppressions"] = [{"kind": SUPPRESSION_KINDS.get(kind, "external"),
                                   "status": "accepted",
                                   "justification": JUSTIFICATIONS.get(kind, kind)}]
    return result


def sarif_log(report: Report, rules: Sequence[ModuleType] | None = None) -> dict:
    """The SARIF log of a report, as a JSON-ready dict."""
    if rules is None:
        from rules import all_rules

        rules = all_rules()
    rule_ids = [rule.ID for rule in rules]
    # A check of a rule that is not among the modules (a plug-in removed since) still needs a
    # descriptor for its ruleIndex to point at.
    descriptors = [_rule_descriptor(rule) for rule in rules]
    for check in report.checks:
        if check.rule not in rule_ids:
            rule_ids.append(check.rule)
            descriptors.append({"id": check.rule, "shortDescription": {"text": check.rule}})
    prints = fingerprints(report.checks)
    results = [_result(check, rule_ids.index(check.rule), prints[check.id])
               for check in report.checks if check.outcome == "violation"]
    notifications = [
        {"level": "error", "message": {"text": f"{document.path} could not be read: {document.error}"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(document.path)}}}]}
        for document in report.documents if document.error
    ]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "semanticVersion": report.tool.version,
                "rules": descriptors,
            }},
            "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
            "artifacts": [{"location": {"uri": uri(document.path)}} for document in report.documents],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def report_sarif(report: Report) -> str:
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2)
