"""The corpus: every claim of a run, indexed the ways rules look things up.

Rules receive a ``Corpus`` and nothing else, so a rule can never read a file or parse text;
it sees only what the extractor recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cached_property, wraps

import re
import unicodedata
from fractions import Fraction

from .constructions import CONSTRUCTIONS
from .intervals import Interval
from .records import AMOUNTS, Claim, Extraction, Relation


# How far apart, in sentences, two figures of one article may stand and still be read as one
# statement and its restatement, change, rounding, total or period: articles state them within a
# few paragraphs. Without a reach, a pasted feed that prints its passages again and again would
# pair every figure with each of its repeats, and a long article was quadratic in checks and
# time. An article shorter than the reach is read whole; figures of two articles are not
# limited by it.
REACH = 200


_CLAIM_CACHES: list = []
# Past this many claims a cache starts again: a long-lived process (tests, a whole-run corpus)
# never calls forget_claims.
_MOST_CACHED = 1 << 16


def claim_cache(function: Callable[[Claim], object]) -> Callable:
    """A cache for a pure function of one claim, by the claim's identity.

    Hashing a frozen record hashes every field, which cost more than the functions cached;
    the claim itself is kept beside its result, so its identity cannot be reused while the
    entry stands. ``forget_claims`` empties every such cache between the groups of a run
    (``validator.partition``): the claims of a group already checked are never asked about again.
    """
    store: dict[int, tuple[Claim, object]] = {}

    @wraps(function)
    def cached(claim: Claim):
        entry = store.get(id(claim))
        if entry is not None and entry[0] is claim:
            return entry[1]
        if len(store) >= _MOST_CACHED:
            store.clear()
        result = function(claim)
        store[id(claim)] = (claim, result)
        return result

    _CLAIM_CACHES.append(store)
    return cached


def forget_claims() -> None:
    for store in _CLAIM_CACHES:
        store.clear()


def claim_interval(claim: Claim) -> Interval:
    """The values a claim allows, as an exact interval."""
    return Interval.of(claim.lower, claim.upper)


_PRINTED_DIGITS = re.compile(r"\d[\d,\s]*(?:\.\d+)?")


def rounded_reading(claim: Claim) -> Interval | None:
    """The wider interval of a whole number whose trailing zeros may be rounding.

    A release translated from English prints 41.2 million as 4120万 and a reporter may round
    8,076亿 to 8080亿: the last printed zero need not be exact. Returns None when the figure has
    no such zeros, or is a bound (超过, 近) or an exact count.
    """
    if claim.lower is None or claim.upper is None or claim.lower == claim.upper:
        return None
    found = _PRINTED_DIGITS.search(unicodedata.normalize("NFKC", claim.text))
    if found is None or "." in found.group(0):
        return None
    digits = re.sub(r"[,\s]", "", found.group(0))
    if len(digits) < 2 or not digits.endswith("0"):
        return None
    # One zero only: 8080亿 may be 8075亿–8085亿, but 1000亿 is not read as anything from 950亿.
    centre = (Fraction(claim.lower) + Fraction(claim.upper)) / 2
    half = (Fraction(claim.upper) - Fraction(claim.lower)) / 2 * 10
    return Interval(centre - half, centre + half)


def readings(claim: Claim) -> list[Interval]:
    """The intervals a figure can be read as: its printed rounding first, then, for a whole
    number ending in zeros, that of the zeros taken as rounding too."""
    rounded = rounded_reading(claim)
    return [claim_interval(claim)] + ([rounded] if rounded is not None else [])


def summed(claims: list[Claim]) -> tuple[Interval, Interval]:
    """The range a sum of figures can take, and the sum of the values as printed."""
    total, printed = claim_interval(claims[0]), Interval.point(claims[0].value)
    for claim in claims[1:]:
        total, printed = total + claim_interval(claim), printed + Interval.point(claim.value)
    return total, printed


def comparable_units(a: Claim, b: Claim) -> bool:
    """Two figures can be added or divided when they measure the same kind of thing.

    A magnitude without a unit (13.5亿 研发费用) goes with either side: the article left the
    unit to the reader, and the metric already matched.
    """
    if a.dimension == "number" or b.dimension == "number":
        return a.dimension in AMOUNTS and b.dimension in AMOUNTS
    if a.dimension != b.dimension:
        return False
    return a.dimension != "money" or a.unit == b.unit


# The constructions whose total is a target, a figure of the future the text measures a fact against.
_TARGET_TOTALS = frozenset(construction.name for construction in CONSTRUCTIONS if construction.total_is_a_target)


class Corpus:
    """All extractions of a run, in path order."""

    def __init__(self, extractions: Iterable[Extraction]):
        self.extractions: tuple[Extraction, ...] = tuple(sorted(extractions, key=lambda e: e.path))

    @cached_property
    def claims(self) -> tuple[Claim, ...]:
        """The claims rules check: forecasts and targets (预计, 目标 …) are not facts yet."""
        return tuple(claim for extraction in self.extractions for claim in extraction.claims
                     if not claim.forecast)

    @cached_property
    def relations(self) -> tuple[Relation, ...]:
        return tuple(relation for extraction in self.extractions for relation in extraction.relations)

    def stated(self, kind: str, with_targets: bool = False) -> list[tuple[Relation, dict[str, list[Claim]]]]:
        """The relations of one kind the texts state, with the claims in each role.

        A relation one of whose figures is not checked (a forecast) is left out whole; with
        ``with_targets``, but for a target stated as the total a part is measured against
        (完成全年25万辆交付目标的96.7%), for a rule that reads the total from the relation itself.
        """
        found = []
        for relation in self.relations:
            if relation.kind != kind:
                continue
            roles: dict[str, list[Claim]] = {}
            for filler in relation.fillers:
                claim = self.by_id.get((relation.document, filler.claim))
                if claim is None and with_targets and filler.role == "total" and relation.construction in _TARGET_TOTALS:
                    claim = self._targets.get((relation.document, filler.claim))
                if claim is None:
                    break
                roles.setdefault(filler.role, []).append(claim)
            else:
                found.append((relation, roles))
        return found

    @cached_property
    def _targets(self) -> dict[tuple[str, str], Claim]:
        return {(claim.document, claim.id): claim for extraction in self.extractions
                for claim in extraction.claims if claim.forecast}

    @cached_property
    def by_id(self) -> dict[tuple[str, str], Claim]:
        return {(claim.document, claim.id): claim for claim in self.claims}

    def linked(self, claim: Claim, claim_id: str | None) -> Claim | None:
        """The claim of the same document that ``claim_id`` names."""
        return None if claim_id is None else self.by_id.get((claim.document, claim_id))

    def of_kind(self, kind: str) -> list[Claim]:
        return [claim for claim in self.claims if claim.kind == kind]

    def grouped(self, *, kind: str = "figure", with_period: bool = True) -> dict[tuple, list[Claim]]:
        """Claims grouped by entity, normalised metric and unit dimension (and period).

        Cross-report rules look inside one group at a time, never at all pairs of claims.
        Claims without a metric key or entity are left out: they cannot be matched safely.
        """
        groups: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            if claim.kind != kind or not claim.metric_key or not claim.entity:
                continue
            if with_period and claim.period is None:
                continue
            key = (claim.entity, claim.metric_key, claim.dimension)
            groups[key + ((claim.period,) if with_period else ())].append(claim)
        return dict(groups)
