"""The same figure printed for two periods of one metric is probably a stale copy.

When a quarterly article reuses last quarter's text, figures that should have moved keep their
old value: 189项 software copyrights at 2021-12-31 and again 189项 at 2022-03-31, or 50.7万
small-business customers for the fourth quarter and again for the first. The rule compares,
for the same entity, metric and kind of unit across every article of the run, each period with
the next one of the same kind (date with date, quarter with quarter, year with year): the same
printed value is a warning to confirm the figure was updated; a different value passes.

Units of one kind are compared by value (150个 and 150项 are both counts of 150). Rates and
ratios (%, 个百分点, 倍) often stay put from one period to the next and a single-digit count
repeats by chance, so those are not compared; nor are figures printed with 近, 超过 or 约 that
are rounded to one or two digits (超400项, 超过12万户), which stay the same by design. An
approximate figure that keeps three digits (超过50.7万家) is as telling as an exact one.

错误 (wrong)::

    截至2021年12月31日，信也科技已登记软件著作权189项。
    ……截至2022年3月31日，信也科技已登记软件著作权189项。

    The same 189项 for two dates a quarter apart: was the figure updated?

正确 (right)::

    截至2021年12月31日，信也科技已登记软件著作权189项。
    ……截至2022年3月31日，信也科技已登记软件著作权196项。
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from validator.corpus import Corpus
from validator.numbers import qualifier_bound
from validator.periods import period_kind
from validator.records import AMOUNTS, Check, Claim

from ._checks import make_check

ID = "repeated-figure"
SEVERITY = "warning"
SUMMARY = "the same value is not printed for different periods of one metric (a stale figure)"

# Levels, not rates: an unchanged 不良贷款率 or 资本充足率 is ordinary news.
# Below ten a count repeats by chance (2家分行 opened in each quarter).
_SMALLEST = Decimal(10)
# 超过50.7万 still pins the figure down; 超400项 is a round number that may stay for a year.
_APPROXIMATE_DIGITS = 3


def check(corpus: Corpus) -> Iterator[Check]:
    for figures in _series(corpus).values():
        by_period: dict[str, list[Claim]] = defaultdict(list)
        for claim in sorted(figures, key=lambda c: (c.document, c.offset)):
            by_period[claim.period].append(claim)  # type: ignore[index]
        by_kind: dict[str, list[str]] = defaultdict(list)
        for period in sorted(by_period):
            by_kind[period_kind(period) or ""].append(period)
        for periods in by_kind.values():
            for earlier, later in zip(periods, periods[1:]):
                yield from _compare(by_period[earlier], by_period[later])


def _series(corpus: Corpus) -> dict[tuple, list[Claim]]:
    """Amounts precise enough to tell apart, with a period, by entity, metric and dimension,
    across all articles."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        if claim.kind != "figure" or claim.source == "title" or not claim.metric_key or not claim.entity:
            continue
        if claim.period is None or period_kind(claim.period) is None:
            continue
        if claim.dimension not in AMOUNTS or abs(claim.value) < _SMALLEST:
            continue
        if qualifier_bound(claim.qualifier) != "exact" and _digits(claim.value) < _APPROXIMATE_DIGITS:
            continue
        groups[(claim.entity, claim.metric_key, claim.dimension)].append(claim)
    return groups


def _digits(value: Decimal) -> int:
    """Significant digits as printed: 50.7万 has three, 400 and 12万 have one and two."""
    return len(value.normalize().as_tuple().digits)


def _compare(earlier: list[Claim], later: list[Claim]) -> Iterator[Check]:
    """A warning for each value both periods print; otherwise one check that the figure moved."""
    later_by_value: dict[Decimal, Claim] = {}
    for claim in later:
        later_by_value.setdefault(claim.value, claim)
    repeated = False
    for value in dict.fromkeys(claim.value for claim in earlier):
        if value not in later_by_value:
            continue
        repeated = True
        first = next(claim for claim in earlier if claim.value == value)
        again = later_by_value[value]
        yield make_check(
            ID, SEVERITY,
            passed=False,
            claims=[first, again],
            message=(f"{first.metric} {first.text} is printed for {first.period} and again "
                     f"{again.text} for {again.period}: confirm the figure was updated"),
            expected=f"a figure for {again.period} that differs from {first.period}'s, or a note that it is unchanged",
            actual=again.text,
        )
    if not repeated:
        first, then = earlier[0], later[0]
        yield make_check(
            ID, SEVERITY,
            passed=True,
            claims=[first, then],
            message=f"{first.metric} {first.text} for {first.period} is updated to {then.text} for {then.period}",
            expected=f"a figure for {then.period} that differs from {first.period}'s",
            actual=then.text,
        )
