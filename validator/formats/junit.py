"""JUnit XML: a test suite per rule and a test case per check, for any CI's test report.

A passed check is a passed test, so the report shows what was verified; a violation is a
failure (its ``type`` is the severity); a silenced one is skipped with the reason. A document
that could not be read is an error in the suite ``documents``: it was not checked.
Built with ``xml.etree``, which escapes every piece of article text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from ..records import Check, Report
from . import details, figures, suppression

_CONTROL = {code: None for code in range(32) if code not in (9, 10, 13)}


def _text(value: str) -> str:
    """XML 1.0 has no place for control characters, even escaped: they are dropped."""
    return value.translate(_CONTROL)


def _case(check: Check) -> ET.Element:
    first = check.locations[0] if check.locations else None
    where = f"{first.path}:{first.line}:{first.column} " if first else ""
    case = ET.Element("testcase", {
        "classname": check.rule,
        "name": _text(f"{where}{figures(check)} [{check.id}]"),
    })
    if first is not None:
        case.set("file", _text(first.path))
        case.set("line", str(first.line))
    if check.outcome == "violation":
        kind = suppression(check)
        if kind is not None:
            ET.SubElement(case, "skipped", {"message": _text(f"{check.severity} silenced ({kind}): {check.message}")})
        else:
            failure = ET.SubElement(case, "failure", {"type": check.severity or "error",
                                                      "message": _text(check.message)})
            failure.text = _text(details(check) + "".join(
                f"\n{location.path}:{location.line}:{location.column} {location.text}"
                for location in check.locations))
    return case


def _suite(name: str, cases: list[ET.Element]) -> ET.Element:
    suite = ET.Element("testsuite", {"name": _text(name)})
    suite.extend(cases)
    _count(suite, cases)
    return suite


def _count(element: ET.Element, cases: list[ET.Element]) -> None:
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for case in cases if case.find("failure") is not None)))
    element.set("errors", str(sum(1 for case in cases if case.find("error") is not None)))
    element.set("skipped", str(sum(1 for case in cases if case.find("skipped") is not None)))


def junit_tree(report: Report) -> ET.Element:
    root = ET.Element("testsuites", {"name": "factcheck"})
    every_case: list[ET.Element] = []
    unread = []
    for document in report.documents:
        case = ET.Element("testcase", {"classname": "documents", "name": _text(document.path),
                                       "file": _text(document.path)})
        if document.error:
            ET.SubElement(case, "error", {"type": "unreadable",
                                          "message": _text(f"could not be read: {document.error}")})
        unread.append(case)
    root.append(_suite("documents", unread))
    every_case.extend(unread)
    for rule, checks in groupby(sorted(report.checks, key=lambda check: check.rule), key=lambda check: check.rule):
        cases = [_case(check) for check in checks]
        root.append(_suite(rule, cases))
        every_case.extend(cases)
    _count(root, every_case)
    return root


def report_junit(report: Report) -> str:
    tree = junit_tree(report)
    ET.indent(tree)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode")
