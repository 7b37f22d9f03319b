"""What the parts-sum tests read from an article: its breakdowns and the rule's checks."""

from __future__ import annotations

from validator.pipeline import read_claims, run


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
