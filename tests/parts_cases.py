"""What the parts-sum tests read from an article: its breakdowns and the rule's checks, and the
assertions every breakdown case and every must-not case makes of them."""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article


def breakdowns(path) -> list[tuple[str, str, list[str], str]]:
    """Each parts_sum relation read: its construction, mode, parts' and whole's printed text."""
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    found = []
    for relation in extraction.relations:
        if relation.kind == "parts_sum":
            parts = [claims[f.claim].text for f in relation.fillers if f.role == "part"]
            whole = next(claims[f.claim].text for f in relation.fillers if f.role == "total")
            found.append((relation.construction, relation.mode, parts, whole))
    return found


def parts_sum_checks(path):
    return [check for check in run([str(path)]).checks if check.rule == "parts-sum"]


def assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, severity) -> None:
    """The breakdown passes as printed, with no violation, and its altered twin is reported at
    the altered figure with the expected severity."""
    checks = parts_sum_checks(write_article(tmp_path, text))
    assert any(check.outcome == "pass" and {*parts, whole} <= {loc.text for loc in check.locations}
               for check in checks), [c.message for c in checks]
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]
    violations = [check for check in parts_sum_checks(write_article(tmp_path, altered, "altered"))
                  if check.outcome == "violation"]
    assert any(figure in {loc.text for loc in check.locations} and check.severity == severity
               for check in violations), [(c.severity, c.message) for c in violations]


def assert_no_finding(path, *constructions: str) -> None:
    """The article is read as a breakdown by none of ``constructions`` (when named) and gives no
    parts-sum violation."""
    if constructions:
        assert not [b for b in breakdowns(path) if b[0] in constructions]
    checks = parts_sum_checks(path)
    assert not [check for check in checks if check.outcome == "violation"], [c.message for c in checks]
