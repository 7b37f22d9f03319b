"""Baselines and fingerprints: known violations recognised without their line numbers.

A violation's fingerprint is its rule, the documents it stands in and its figures — each
figure's printed text and unit and the sentence it stands in (whitespace aside) — never a
line or a column, so lines inserted above a known finding do not make it new. Two
violations that share all of that (the same figure flagged twice in one sentence) are told
apart by their order: the second one's fingerprint has ``#1`` added before hashing.

The same fingerprints serve SARIF's ``partialFingerprints`` and GitLab's ``fingerprint``.

``--write-baseline FILE`` writes today's violations; ``--baseline FILE`` silences the
violations whose fingerprint the file lists (``Check.suppression == "baseline"``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from .records import Check, Location, Report
from .suppressions import mark, recount, suppressed

SCHEMA = "factcheck/baseline@1"
FINGERPRINT_VERSION = "factcheck/v1"


class BaselineError(Exception):
    """A baseline file that cannot be used; the message is one line for the user."""


def _context(location: Location) -> str:
    sentence = getattr(location, "sentence", None) or ""
    return "".join(sentence.split())


def _material(check: Check) -> str:
    figures = [[location.path, location.text, location.unit, _context(location)] for location in check.locations]
    return json.dumps([check.rule, figures], ensure_ascii=False, separators=(",", ":"))


def fingerprints(checks: Iterable[Check]) -> dict[str, str]:
    """check id → fingerprint, for every violation (occurrences numbered in report order)."""
    seen: dict[str, int] = {}
    found = {}
    for check in checks:
        if check.outcome != "violation":
            continue
        material = _material(check)
        occurrence = seen.get(material, 0)
        seen[material] = occurrence + 1
        if occurrence:
            material += f"#{occurrence}"
        found[check.id] = hashlib.sha256(material.encode("utf-8")).hexdigest()[:32]
    return found


def baseline_text(report: Report) -> str:
    """The baseline file of the report's violations that are not already silenced, sorted,
    one entry per violation with what a reviewer needs to recognise it."""
    checks = report.checks
    prints = fingerprints(checks)
    entries = sorted(
        ({"fingerprint": prints[check.id], "rule": check.rule,
          "paths": sorted({location.path for location in check.locations}),
          "figures": [location.text for location in check.locations],
          "message": check.message}
         for check in checks if check.id in prints and suppressed(check) is None),
        key=lambda entry: (entry["paths"], entry["rule"], entry["fingerprint"]),
    )
    return json.dumps({"schema": SCHEMA, "violations": entries}, ensure_ascii=False, indent=2) + "\n"


def read_baseline(path: str | Path) -> frozenset[str]:
    """The fingerprints a baseline file lists."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as problem:
        raise BaselineError(f"baseline {path} could not be read ({problem.strerror or problem})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as problem:
        raise BaselineError(f"baseline {path} is not JSON ({problem})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("violations"), list):
        raise BaselineError(f"baseline {path} is not a factcheck baseline (written by --write-baseline)")
    try:
        return frozenset(str(entry["fingerprint"]) for entry in data["violations"])
    except (TypeError, KeyError):
        raise BaselineError(f"baseline {path} has an entry without a fingerprint") from None


def silence_known(report: Report, baseline: frozenset[str]) -> Report:
    """The report with the violations the baseline lists marked as known and recounted
    (those an article already silenced keep their reason)."""
    prints = fingerprints(report.checks)
    kinds = {check.id: "baseline" for check in report.checks
             if prints.get(check.id) in baseline and not suppressed(check)}
    return recount(report, mark(report.checks, kinds))
