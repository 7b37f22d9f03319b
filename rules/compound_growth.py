"""A compound annual growth rate must take its from-figure to its to-figure over the years between.

2018年营收1.2亿元、2021年3.17亿元、年复合增长率38%: compounding 38% a year for three years
multiplies by 1.38³ ≈ 2.63, and 3.17 ÷ 1.2 ≈ 2.64. The number of years is the difference of the
two figures' years (or, for a yearly series printed without periods, one less than the number of
its figures); when the rate names a span of its own that ends in another year (2021-2026年复合
增长率 next to a 2025 forecast), that span is tried too. Forecasts count here: a CAGR to a
forecast year is the forecast's own arithmetic.

The verdict needs no root and no float: the rate fits when (1 + rate)ⁿ, over the rate's printed
rounding, meets to ÷ from, over the figures' printed rounding, with every bound an exact
fraction. The message shows the rate the figures imply, its n-th root bounded by bisection.

错误 (wrong)::

    2018年-2021年，公司营收分别为2.4亿元、3.1亿元、4.2亿元和5.9亿元，年复合增长率达到45%。

    5.9亿 ÷ 2.4亿 over 3 years is a compound annual growth of 33.6% to 35.7%, not 45%.

正确 (right)::

    2018年-2021年，公司营收分别为2.4亿元、3.1亿元、4.2亿元和5.9亿元，年复合增长率达到35%。
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from validator.corpus import Corpus, claim_interval
from validator.intervals import Interval, format_number
from validator.periods import period_year
from validator.records import Check, Claim, Relation

from ._checks import make_check, signed_change, under_readings

ID = "compound-growth"
SEVERITY = "error"
SUMMARY = "a compound annual growth rate takes its from-figure to its to-figure over the years between"

# How close the bisection brings the two bounds of a root shown in a message (never a verdict).
_ROOT_PRECISION = Fraction(1, 10**9)


def _year(claim: Claim) -> int | None:
    return period_year(claim.period) if claim.period and claim.period.isdigit() else None


def _years(relation: Relation, start: Claim, end: Claim, rate: Claim) -> list[int]:
    """The numbers of years the rate may compound over: the figures' years apart (a series
    without periods: its length less one), and the span the rate names when it ends elsewhere."""
    found = []
    start_year, end_year, rate_year = _year(start), _year(end), _year(rate)
    if start_year is not None and end_year is not None:
        found.append(end_year - start_year)
    else:
        found.append(len(relation.claims_in("part")) + 1)
    if start_year is not None and rate_year is not None:
        found.append(rate_year - start_year)
    return sorted({years for years in found if years > 0})


def _ratio(start: Interval, end: Interval) -> Interval | None:
    """to ÷ from over the printed roundings; None when from may be zero or less."""
    if not start.positive or not end.nonnegative:
        return None
    return end / start


def _growth_factor(rate: Interval, years: int) -> Interval:
    """(1 + rate)ⁿ over the rate's interval, a fall of more than 100% taken as nothing left."""
    low = Fraction(0) if rate.lower is None else max(Fraction(0), 1 + rate.lower / 100)
    high = None if rate.upper is None else max(Fraction(0), 1 + rate.upper / 100)
    return Interval(low ** years, None if high is None else high ** years)


def _root_bounds(value: Fraction, years: int) -> tuple[Fraction, Fraction]:
    """Fractions low ≤ value^(1/n) ≤ high, found by bisection, high − low below the precision."""
    low, high = Fraction(0), max(Fraction(1), value)
    while high - low > _ROOT_PRECISION:
        middle = (low + high) / 2
        if middle ** years <= value:
            low = middle
        else:
            high = middle
    return low, high


def _implied_rate(ratio: Interval, years: int) -> Interval:
    """The compound annual rate, in %, that takes from to to over ``years``: bounds that contain it."""
    lower = None if ratio.lower is None else (_root_bounds(ratio.lower, years)[0] - 1) * 100
    upper = None if ratio.upper is None else (_root_bounds(ratio.upper, years)[1] - 1) * 100
    return Interval(lower, upper)


def _percent(interval: Interval) -> str:
    low, high = format_number(interval.lower, 2), format_number(interval.upper, 2)
    return f"{low}%" if low == high else f"{low}% to {high}%"


def _claims_of(corpus: Corpus) -> dict[tuple[str, str], Claim]:
    """Every claim, forecasts included: a CAGR to a forecast year is checked on the forecast."""
    return {(claim.document, claim.id): claim for extraction in corpus.extractions for claim in extraction.claims}


def check(corpus: Corpus) -> Iterator[Check]:
    claims = _claims_of(corpus)
    for relation in corpus.relations:
        if relation.kind != "compound_growth":
            continue
        roles = {role: claims.get((relation.document, relation.claim_in(role) or "")) for role in ("from", "to", "rate")}
        start, end, rate = roles["from"], roles["to"], roles["rate"]
        if start is None or end is None or rate is None:
            continue
        checked = _compound(relation, start, end, rate)
        if checked is not None:
            yield checked


def _compound(relation: Relation, start: Claim, end: Claim, rate: Claim) -> Check | None:
    years = _years(relation, start, end, rate)
    if not years:
        return None

    def holds(ranges: list[Interval]) -> bool:
        ratio = _ratio(ranges[0], ranges[1])
        if ratio is None:
            return True  # from zero or a loss: no compound rate to check
        change = signed_change(rate, relation.direction, ranges[2])
        return any(_growth_factor(change, n).intersects(ratio) for n in years)

    passed, reading = under_readings([start, end, rate], holds)
    ratio = _ratio(claim_interval(start), claim_interval(end))
    if ratio is None:
        return None
    implied = ", or ".join(f"{_percent(_implied_rate(ratio, n))} a year over {n} year{'s' if n > 1 else ''}"
                           for n in years)
    dated = [f"{claim.text}" + (f" ({claim.period})" if _year(claim) else "") for claim in (start, end)]
    stated = f"a fall of {rate.text} a year" if relation.direction == "down" else rate.text
    message = (f"{dated[0]} to {dated[1]} is a compound annual growth of {implied}{reading}; "
               f"the text says {stated}")
    return make_check(ID, SEVERITY, passed=passed, claims=[start, end, rate], message=message,
                      expected=implied, actual=rate.text)
