"""Suppressions: violations an editor has looked at and silenced, kept but not counted.

Two forms, read by ``validator.documents`` into ``Document.directives``:

- ``<!-- factcheck: ignore share-of-total, growth-prior -->`` silences those rules for the
  paragraph (block element) that follows the comment: a violation is silenced when one of its
  figures stands in that paragraph, since the editor vouched for that paragraph's figures;
- ``factcheck_ignore: [headline]`` in the front matter silences them for the whole article
  (a violation with a figure anywhere in it).

A silenced violation stays in the report marked with why (``Check.suppression``): the summary
counts it, SARIF keeps it as suppressed, and only the gate and the finding lists skip it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from .documents import IgnoreDirective
from .records import Check, Location, Report, Span

SuppressionKind = Literal["comment", "front-matter", "baseline"]


def unknown_rule_problems(directives: Mapping[str, Sequence[IgnoreDirective]], known: Iterable[str]) -> list[str]:
    """One line per directive naming a rule that does not exist, or naming none: a typo must
    not leave a finding silently unsilenced."""
    known = frozenset(known)
    problems = []
    for path, found in sorted(directives.items()):
        for directive in found:
            form = "factcheck: ignore comment" if directive.scope is not None else "factcheck_ignore"
            if not directive.rules:
                problems.append(f"{path}:{directive.line}: the {form} names no rule")
            for rule_id in directive.rules:
                if rule_id not in known:
                    problems.append(f"{path}:{directive.line}: the {form} names an unknown rule "
                                    f"'{rule_id}' (see `factcheck rules`)")
    return problems


def suppression_of(check: Check, directives: Mapping[str, Sequence[IgnoreDirective]]) -> SuppressionKind | None:
    """Why a violation is silenced by the articles it stands in, or None."""
    if check.outcome != "violation":
        return None
    found: SuppressionKind | None = None
    for location in check.locations:
        for directive in directives.get(location.path, ()):
            if check.rule not in directive.rules:
                continue
            if directive.scope is None:
                found = found or "front-matter"
            elif _within(location, directive.scope):
                return "comment"
    return found


def _within(location: Location, scope: Span) -> bool:
    return (scope.line, scope.column) <= (location.line, location.column) < (scope.end_line, scope.end_column)


class SilencedCheck(Check):
    """A check that says why it is silenced, for records whose ``Check`` has no such field yet.

    Renderers that read ``Check`` see an ordinary violation (the field is not serialised);
    the gate and the machine formats read ``suppression``.
    """

    suppression: SuppressionKind


def silenced(check: Check, kind: SuppressionKind) -> Check:
    if "suppression" in Check.model_fields:
        return check.model_copy(update={"suppression": kind})
    return SilencedCheck(**dict(check), suppression=kind)


def suppressed(check: Check) -> str | None:
    """The check's suppression, on records that carry one."""
    return getattr(check, "suppression", None)


def counted(check: Check) -> bool:
    """A violation that counts: reported, gating, not silenced."""
    return check.outcome == "violation" and suppressed(check) is None


def mark(checks: Sequence[Check], kinds: Mapping[str, SuppressionKind]) -> list[Check]:
    """The checks with ``kinds`` (check id → why) recorded on the silenced ones."""
    return [silenced(check, kinds[check.id]) if check.id in kinds else check for check in checks]


def recount(report: Report, checks: Sequence[Check]) -> Report:
    """The report with ``checks`` and a summary that counts only what is not silenced."""
    violations = [check for check in checks if counted(check)]
    counts = {
        "checks": len(checks),
        "passed": sum(1 for check in checks if check.outcome == "pass"),
        "errors": sum(1 for check in violations if check.severity == "error"),
        "warnings": sum(1 for check in violations if check.severity == "warning"),
        "info": sum(1 for check in violations if check.severity == "info"),
    }
    if "suppressed" in type(report.summary).model_fields:
        counts["suppressed"] = sum(1 for check in checks if check.outcome == "violation" and suppressed(check))
    return report.model_copy(update={"checks": tuple(checks),
                                     "summary": report.summary.model_copy(update=counts)})


def silence_by_articles(check: Check, directives: Mapping[str, Sequence[IgnoreDirective]]) -> Check:
    """The check, marked when its articles' directives silence it."""
    kind = suppression_of(check, directives)
    return check if kind is None else silenced(check, kind)


def silence_in_articles(report: Report, directives: Mapping[str, Sequence[IgnoreDirective]]) -> Report:
    """The report with the violations its articles' directives silence marked and recounted."""
    kinds = {check.id: kind for check in report.checks
             if (kind := suppression_of(check, directives)) is not None}
    return recount(report, mark(report.checks, kinds))
