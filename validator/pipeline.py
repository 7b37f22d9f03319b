"""The pipeline in one place: documents → text → claims → checks → report."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from types import ModuleType

from . import __version__
from .corpus import Corpus
from .documents import iter_paths, read_document
from .extract import extract
from .records import Check, DocumentSummary, Extraction, Report, Summary, Tool


def read_claims(paths: Iterable[str]) -> list[Extraction]:
    """Every document named by ``paths`` read into claims, in path order.

    A document that cannot be read yields an extraction carrying its error; a failure of the
    extractor itself on one document is recorded the same way, so one bad article never hides
    the others' results.
    """
    extractions = []
    for path in iter_paths(paths):
        document = read_document(path)
        try:
            extractions.append(extract(document))
        except Exception as failure:  # noqa: BLE001 — recorded on the document, never lost
            extractions.append(Extraction(
                path=document.path, title=document.title, published=None, entity=None,
                report_period=None,
                error=f"the extractor failed on this document ({type(failure).__name__}: {failure})",
            ))
    return sorted(extractions, key=lambda extraction: extraction.path)


def run_rules(corpus: Corpus, rules: Sequence[ModuleType]) -> list[Check]:
    """Every rule over the whole run. A rule that fails is named on standard error and the
    others still run: one broken rule must not hide every other finding."""
    checks: dict[str, Check] = {}
    for rule in rules:
        try:
            found = list(rule.check(corpus))
        except Exception as failure:  # noqa: BLE001 — reported, never silently lost
            sys.stderr.write(f"factcheck: rule {rule.ID} failed and was skipped: {failure}\n")
            continue
        for check in found:
            checks.setdefault(check.id, check)  # a relation reached twice is reported once
    return sorted(checks.values(), key=_check_order)


def _check_order(check: Check) -> tuple:
    first = check.locations[0] if check.locations else None
    where = (first.path, first.line, first.column) if first else ("", 0, 0)
    return (where, check.rule, check.id)


def build_report(extractions: Sequence[Extraction], checks: Sequence[Check]) -> Report:
    used = {claim for check in checks for claim in check.claims}
    violations = [check for check in checks if check.outcome == "violation"]
    return Report(
        tool=Tool(version=__version__),
        documents=tuple(
            DocumentSummary(path=e.path, title=e.title, published=e.published, entity=e.entity,
                            claims=len(e.claims), error=e.error)
            for e in extractions
        ),
        checks=tuple(checks),
        summary=Summary(
            documents=len(extractions),
            claims=sum(len(e.claims) for e in extractions),
            claims_checked=len(used),
            checks=len(checks),
            passed=len(checks) - len(violations),
            errors=sum(1 for check in violations if check.severity == "error"),
            warnings=sum(1 for check in violations if check.severity == "warning"),
            info=sum(1 for check in violations if check.severity == "info"),
        ),
    )


def run(paths: Iterable[str], rules: Sequence[ModuleType] | None = None) -> Report:
    from rules import all_rules

    extractions = read_claims(paths)
    checks = run_rules(Corpus(extractions), all_rules() if rules is None else rules)
    return build_report(extractions, checks)
