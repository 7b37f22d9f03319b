"""Approximate wording (近, 超过, 约, 余, 近三成, 近一半) must agree with the precise figure.

Articles round a figure into words in the lead or the headline and print the exact figure
further down; the words must still describe it. Each approximate figure (title and headings
included) is compared with the precise figures (no qualifier, or only 达/高达) of the same
company, metric key, dimension, kind, period, running-total sense (累计) and growth basis, in
the same article or another of the run. An approximate share is also compared with part ÷
total × 100 when its part is linked and its total is linked or is the one figure of the
article carrying the metric the share names (占营业收入的近三成). The words mean:

- 近/将近/接近 X — just under X: 0.9·X ≤ v ≤ X. A figure more than 10% under X is not "near"
  it; the upper end meets the rounding of the precise figure (近300亿元 agrees with
  299.82亿元, and with 300.0亿元, which may be 299.96亿 rounded).
- 超过/超/逾/突破/以上/至少 X — v ≥ X; 余/多/有余 X also v < X plus one step of X's last
  digit (20多种 is 20 to 29, 12万余户 12万 to 13万, 100多家 100 to 199).
- 约/大约/左右/上下 X — within ±10% of X.
- 不足/不到/低于/以下 X — v ≤ X.

Magnitudes are compared: 下降近三成 is a fall of 27% to 30%. A growth of the opposite
direction, or a figure the wording does not cover, is left to other rules. Every comparison is
of intervals: the precise figure is the interval its digits round from, and a warning only
comes when no value in it fits the wording.

错误 (wrong)::

    截至2021年末，某银行累计发放小微贷款近300亿元……累计发放小微贷款259.82亿元。

    259.82亿元 is 13% under 300亿元: that is not "近300亿元" (270亿元 to 300亿元).

正确 (right)::

    截至2021年末，某银行累计发放小微贷款近300亿元……累计发放小微贷款299.82亿元。
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from validator.corpus import Corpus, claim_interval, comparable_units
from validator.intervals import Interval
from validator.numbers import qualifier_bound
from validator.records import Check, Claim

from ._checks import as_printed, describe, in_units, make_check

ID = "approximate-wording"
SEVERITY = "warning"
SUMMARY = "近/超过/约/余/近三成 agree with the precise figure they describe"

# 近X: a figure more than a tenth under X is not "near" it; 约X: within a tenth either side.
_NEAR_SHARE = Fraction(9, 10)
_AROUND_SPREAD = Fraction(1, 10)
# 20多种, 12万余户: "and some", less than one more step of the last printed digit.
_AND_SOME = ("余", "多", "有余")
_APPROXIMATE_BOUNDS = ("below", "above", "atmost", "around")


def check(corpus: Corpus) -> Iterator[Check]:
    precise_figures: dict[tuple, list[Claim]] = defaultdict(list)
    approximate: list[Claim] = []
    for claim in corpus.claims:
        bound = qualifier_bound(claim.qualifier)
        if bound in _APPROXIMATE_BOUNDS:
            approximate.append(claim)
        elif bound == "exact" and _matchable(claim):
            precise_figures[_measure(claim)].append(claim)
    for wording in approximate:
        band = wording_band(wording)
        if _matchable(wording):
            for precise in precise_figures.get(_measure(wording), ()):
                if _same_change(wording, precise) and comparable_units(wording, precise):
                    yield _judged(wording, band, [precise], magnitude(precise), precise.text)
        if wording.kind == "share":
            yield from _judged_share(corpus, wording, band)


def wording_band(claim: Claim) -> Interval:
    """The magnitudes the approximate wording allows, by the semantics of the docstring."""
    stated = abs(Fraction(claim.value))
    bound = qualifier_bound(claim.qualifier)
    if bound == "below":
        return Interval(stated * _NEAR_SHARE, stated)
    if bound == "atmost":
        return Interval(None, stated)
    if bound == "around":
        return Interval(stated * (1 - _AROUND_SPREAD), stated * (1 + _AROUND_SPREAD))
    if claim.qualifier in _AND_SOME:
        return Interval(stated, stated + _last_digit_step(claim.value))
    return Interval(stated, None)


def magnitude(claim: Claim) -> Interval:
    """A claim's interval without its sign: a growth of −28.6% is a fall of 28.6%."""
    values = claim_interval(claim)
    return -values if claim.value < 0 else values


def _last_digit_step(value: Decimal) -> Fraction:
    """One unit of the last non-zero digit: 20 → 10, 120000 → 10000, 1.5 → 0.1."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Fraction(10) ** exponent


def _matchable(claim: Claim) -> bool:
    return bool(claim.metric_key) and claim.entity is not None and claim.period is not None


def _measure(claim: Claim) -> tuple:
    return (claim.entity, claim.metric_key, claim.dimension, claim.kind, claim.period, claim.cumulative)


def _same_change(wording: Claim, precise: Claim) -> bool:
    """Two growths describe one change when they go the same way against the same basis."""
    same_basis = wording.basis is None or precise.basis is None or wording.basis == precise.basis
    return (wording.value < 0) == (precise.value < 0) and wording.direction == precise.direction and same_basis


def _judged_share(corpus: Corpus, share: Claim, band: Interval) -> Iterator[Check]:
    part = corpus.linked(share, share.of_claim)
    total = corpus.linked(share, share.total_claim) or _total_named(corpus, share)
    if part is None or total is None or not comparable_units(part, total):
        return
    part_range, total_range = claim_interval(part), claim_interval(total)
    if not (part_range.nonnegative and total_range.positive):
        return
    ratio = (part_range / total_range).scale(100)
    yield _judged(share, band, [part, total], ratio, f"{as_printed(part)} ÷ {as_printed(total)}")


def _total_named(corpus: Corpus, share: Claim) -> Claim | None:
    """The one figure of the article whose metric is the total the share names (营业收入)."""
    if not share.total_key or share.entity is None:
        return None
    named = [
        claim for claim in corpus.claims
        if claim.document == share.document and claim.kind == "figure"
        and claim.metric_key == share.total_key and claim.entity == share.entity
        and _same_stretch(claim.period, share.period)
    ]
    return named[0] if len(named) == 1 else None


def _same_stretch(total: str | None, share: str | None) -> bool:
    """Equal periods, or a year and its year-end: 截至2021年末 … 其中 … in the same breath."""
    if total is None or share is None:
        return False
    return total == share or total == f"{share}-12-31" or share == f"{total}-12-31"


def _judged(wording: Claim, band: Interval, figures: list[Claim], value: Interval, shown: str) -> Check:
    """One comparison of the wording's band with what the precise figures allow."""
    passed = band.intersects(value)
    band_text = describe(*in_units(band, wording))
    value_text = describe(*in_units(value, wording))
    compared = f"{shown} is {value_text}" if len(figures) > 1 else f"the article also prints {shown}"
    verdict = "which fits the wording" if passed else "which the wording does not describe"
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[wording, *figures],
        message=f"{as_printed(wording)} means {band_text}; {compared}, {verdict}",
        expected=band_text,
        actual=value_text if len(figures) > 1 else shown,
    )


