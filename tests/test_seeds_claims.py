"""The claims the seed articles must give (tests/data/seeds-claims.json), one test per entry."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from validator.pipeline import read_claims
from validator.records import Claim, Extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
EXPECTED = json.loads((Path(__file__).parent / "data" / "seeds-claims.json").read_text(encoding="utf-8"))


@cache
def extractions() -> dict[str, Extraction]:
    """The seeds' extractions by file prefix ("000" …), read once for the module."""
    return {Path(extraction.path).name[:3]: extraction for extraction in read_claims([str(SEEDS)])}


def seed_file(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def describe(claim: Claim) -> str:
    return (f"{claim.text} kind={claim.kind} value={claim.value} unit={claim.unit} "
            f"period={claim.period} lower={claim.lower} upper={claim.upper}")


def mismatches(claim: Claim, entry: dict) -> list[str]:
    """The fields of ``entry`` that ``claim`` does not match (kind and value always; unit,
    period, lower and upper where the entry gives them)."""
    wrong = []
    if claim.kind != entry["kind"]:
        wrong.append("kind")
    if claim.value != Decimal(entry["value"]):
        wrong.append("value")
    for field in ("unit", "period"):
        if field in entry and getattr(claim, field) != entry[field]:
            wrong.append(field)
    for field in ("lower", "upper"):
        if field in entry:
            actual = getattr(claim, field)
            expected = None if entry[field] is None else Decimal(entry[field])
            if actual != expected:
                wrong.append(field)
    return wrong


@pytest.mark.parametrize("entry", EXPECTED["claims"], ids=lambda e: f"{e['file']}-{e['text']}")
def test_seed_claim_is_extracted(entry):
    extraction = extractions()[entry["file"]]
    assert extraction.error is None
    candidates = [claim for claim in extraction.claims if entry["text"] in claim.text]
    assert candidates, f"no claim's text contains {entry['text']!r}"
    matching = [claim for claim in candidates if not mismatches(claim, entry)]
    assert matching, "no candidate matches {}:\n{}".format(
        {k: v for k, v in entry.items() if k != "file"},
        "\n".join(f"  {describe(c)} (wrong: {', '.join(mismatches(c, entry))})" for c in candidates))


@pytest.mark.parametrize("entry", EXPECTED["not_claims"], ids=lambda e: f"not-{e['file']}-{e['text']}")
def test_seed_not_claim_is_not_extracted(entry):
    extraction = extractions()[entry["file"]]
    assert extraction.error is None
    assert not [claim.text for claim in extraction.claims if entry["text"] in claim.text]


@pytest.mark.parametrize("entry", EXPECTED["not_claims"], ids=lambda e: f"not-{e['file']}-{e['text']}")
def test_seed_not_claim_place_holds_no_claim(entry):
    """No claim sits inside the printed label either (5G must not give a claim "5")."""
    lines = seed_file(entry["file"]).read_text(encoding="utf-8").splitlines()
    places = []
    for number, line in enumerate(lines, start=1):
        # NFKC char by char, remembering each normalised character's column in the file.
        normal, columns = "", []
        for column, char in enumerate(line, start=1):
            for piece in unicodedata.normalize("NFKC", char):
                normal += piece
                columns.append(column)
        start = normal.find(entry["text"])
        while start >= 0:
            end = start + len(entry["text"])
            places.append((number, columns[start], columns[end - 1] + 1))
            start = normal.find(entry["text"], start + 1)
    assert places, f"{entry['text']!r} is not printed in the seed"
    inside = [
        claim.text for claim in extractions()[entry["file"]].claims
        for line, start, end in places
        if claim.span.line == line and claim.span.column < end and start < claim.span.end_column
    ]
    assert inside == []


def test_every_seed_reads_without_error():
    assert sorted(extractions()) == ["000", "001", "002", "003", "004"]
    assert all(extraction.error is None for extraction in extractions().values())


def test_every_seed_entry_names_a_known_kind():
    kinds = {entry["kind"] for entry in EXPECTED["claims"]}
    assert kinds <= {"figure", "growth", "share", "points"}
