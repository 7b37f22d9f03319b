"""Shared helpers for rule modules: building checks and describing the arithmetic."""

from __future__ import annotations

import hashlib
from fractions import Fraction

from pathlib import Path

from collections.abc import Callable, Sequence

from validator.corpus import claim_interval, rounded_reading
from validator.intervals import Interval, format_number
from validator.lexicon import QUALIFIERS_AFTER, REACHED_MARKS
from validator.numbers import qualifier_bound
from validator.records import Check, Claim, Location
from validator.script import simplified


def check_id(rule_id: str, claims: list[Claim], salt: str = "") -> str:
    """Stable across runs on the same input: a hash of the rule and the figures it used."""
    material = "|".join([rule_id, salt] + [f"{c.document}#{c.id}" for c in claims])
    return f"{rule_id}:{hashlib.sha1(material.encode('utf-8')).hexdigest()[:8]}"


def make_check(rule_id: str, severity: str, *, passed: bool, claims: list[Claim], message: str,
               expected: str | None = None, actual: str | None = None, salt: str = "") -> Check:
    """A check of rule ``rule_id`` over ``claims``, listed in the order the message names them.

    ``severity`` is the rule's severity for a violation; a passed check has none.
    """
    return Check(
        id=check_id(rule_id, claims, salt),
        rule=rule_id,
        outcome="pass" if passed else "violation",
        severity=None if passed else severity,
        message=message,
        expected=expected,
        actual=actual,
        locations=tuple(Location.of_claim(claim) for claim in claims),
        claims=tuple(f"{claim.document}#{claim.id}" for claim in claims),
    )


def describe(interval: Interval, unit: str = "", places: int = 2) -> str:
    """An interval in words an editor reads: "21.90% to 22.21%", "at least 4500万"."""
    suffix = unit or ""
    if interval.lower is not None and interval.upper is not None:
        low, high = format_number(interval.lower, places), format_number(interval.upper, places)
        return f"{low}{suffix}" if low == high else f"{low}{suffix} to {high}{suffix}"
    if interval.lower is not None:
        return f"at least {format_number(interval.lower, places)}{suffix}"
    if interval.upper is not None:
        return f"at most {format_number(interval.upper, places)}{suffix}"
    return "any value"


# Magnitude words as articles print them, longest first so that 万亿 wins over 亿 and 百万 over 万.
_PRINTED_MAGNITUDES = (
    ("万亿", 10**12), ("萬億", 10**12), ("兆", 10**12), ("千亿", 10**11), ("千億", 10**11),
    ("百亿", 10**10), ("百億", 10**10), ("十亿", 10**9), ("十億", 10**9), ("亿", 10**8), ("億", 10**8),
    ("千万", 10**7), ("千萬", 10**7), ("百万", 10**6), ("百萬", 10**6), ("万", 10**4), ("萬", 10**4),
    # A translated release's English magnitudes (US$125.6 million, US$356mn).
    ("trillion", 10**12), ("billion", 10**9), ("million", 10**6), ("bn", 10**9), ("mn", 10**6),
)
_SIZE_WORDS = "十百千"


def in_units(interval: Interval, claim: Claim) -> tuple[Interval, str]:
    """An interval of base units shown in the magnitude the claim was printed in (亿, 萬, 百万),
    so that a message speaks as the article does: 336.0萬億元, never 336000000000000元."""
    in_words = not any(character.isdigit() for character in claim.text)
    for word, scale in _PRINTED_MAGNITUDES:
        if in_words and word[0] in _SIZE_WORDS:
            continue  # 百亿元 in words is 100亿元: the 百 is the figure, not its magnitude
        if word in claim.text:
            unit = word + (claim.unit or "") if claim.dimension == "money" else word
            return interval.scale(Fraction(1, scale)), unit
    return interval, claim.unit or ""


def as_printed(claim: Claim) -> str:
    """The figure with its qualifier, as the article prints it (近三成, 12万户以上)."""
    qualifier = claim.qualifier
    # The qualifier is read in simplified characters: 超过 is inside a printed 超過百億.
    if qualifier is None or qualifier_bound(qualifier) == "exact" or qualifier in simplified(claim.text):
        return claim.text
    after = qualifier in QUALIFIERS_AFTER or qualifier in REACHED_MARKS  # 12万户以上, 百亿元目标
    return claim.text + qualifier if after else qualifier + claim.text


def signed_words(change: Claim) -> str:
    if change.text.lstrip().startswith(("-", "+", "−", "－", "＋", "负")):
        return "changed by"  # 同比-3.5%: the printed sign already says which way
    return direction_words(change.direction)


def where_stated(stated: Claim, figure: Claim) -> str:
    if stated.document == figure.document:
        return "the same article says"
    return f"{Path(stated.document).name} says"


def display(interval: Interval, like: Claim) -> str:
    """An interval of base units in words, in the magnitude and unit ``like`` was printed in."""
    shown, unit = in_units(interval, like)
    if like.dimension == "count" and like.unit and not unit.endswith(like.unit):
        unit += like.unit
    # A count printed in units (17,652辆) is shown in whole units, not 17646.1274辆.
    whole_units = like.dimension == "count" and unit == (like.unit or "")
    return describe(shown, unit, places=0 if whole_units else 4)


def under_readings(claims: Sequence[Claim], holds: Callable[[list[Interval]], bool]) -> tuple[bool, str]:
    """Whether a relation holds with every figure read as printed or, failing that, with the
    trailing zeros of whole numbers taken as rounding (4120万 may be 41.2 million rounded).

    Returns the verdict and, when only the second reading agrees, words saying so: a check
    must say which reading it used.
    """
    printed = [claim_interval(claim) for claim in claims]
    if holds(printed):
        return True, ""
    rounded = [rounded_reading(claim) for claim in claims]
    if any(rounded) and holds([wide or narrow for wide, narrow in zip(rounded, printed)]):
        names = "、".join(claim.text for claim, wide in zip(claims, rounded) if wide is not None)
        return True, f" (reading the trailing zeros of {names} as rounding)"
    return False, ""


def signed_change(change: Claim, direction: str | None, printed: Interval | None = None) -> Interval:
    """A printed change with the sign its verb gives: 下降5.2% is −5.2%. A change whose verb
    gives no direction keeps the sign it is printed with. ``printed`` is the reading of the
    change to sign, when not its printed rounding (a trailing zero read as rounding)."""
    printed = claim_interval(change) if printed is None else printed
    magnitude = -printed if change.value < 0 else printed
    if direction == "down":
        return -magnitude
    if direction == "up":
        return magnitude
    return printed


def direction_words(direction: str | None) -> str:
    """How a message says the direction of a stated change."""
    return {"up": "up", "down": "down"}.get(direction or "", "changed by")
