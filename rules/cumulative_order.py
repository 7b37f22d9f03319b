"""A cumulative or as-of total cannot fall as time goes on.

累计 figures (累计注册用户, 累计发放贷款, 累计服务客户) are running totals since a company
began: a later report may only print the same or a larger number. Every figure is an interval
(1.403亿 is anything from 1.4025亿 to 1.4035亿), so the later total is only wrong when even its
largest reading is below the earlier total's smallest. Totals at one date (截至2022年3月31日)
are compared across every article of the run, for the same entity, metric and kind of unit;
balances that are not cumulative (总资产, 贷款余额) may fall and are not checked.

错误 (wrong)::

    截至2021年12月31日，信也科技累计注册用户数达1.403亿。
    ……截至2022年3月31日，累计注册用户数达1.35亿。

    A running total cannot fall from 1.403亿 to 1.35亿 in a quarter.

正确 (right)::

    截至2021年12月31日，信也科技累计注册用户数达1.403亿。
    ……截至2022年3月31日，累计注册用户数达1.45亿。

A running total at the end of one month and at the end of the next differ by what that next
month added, when the run prints it (monthly delivery releases: 截至9月30日历史累计交付量,
10月交付新车, 截至10月31日历史累计交付量), and one at the close of a year and one at a later
month's end by that year to date (1-10月累计交付): the earlier total and the stretch's figure,
of the same measure and subject, add up to the later total within their rounding.

错误 (wrong)::

    截至2026年9月30日，某车企历史累计交付量为58.1万辆。2026年10月交付新车3.2万辆。
    截至2026年10月31日，历史累计交付量为62.3万辆。

    58.05万 + 3.15万 is at most 61.35万辆 after October, not 62.3万辆.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import calendar
from datetime import date

from validator.corpus import Corpus, claim_interval, summed
from validator.intervals import Interval
from validator.period_links import measure_key
from validator.periods import months_period, names_period, period_kind
from validator.records import Check, Claim

from ._checks import describe, display, in_units, make_check

ID = "cumulative-order"
SEVERITY = "error"
SUMMARY = ("cumulative and as-of figures (累计…, 截至…) do not fall over time for the same entity, and a "
           "month's (or a year to date's) figure takes the total from one month's end to the next")


def check(corpus: Corpus) -> Iterator[Check]:
    flows = _flows_by_stretch(corpus)
    for totals in _running_totals(corpus).values():
        by_date: dict[str, list[Claim]] = defaultdict(list)
        for claim in totals:
            by_date[claim.period].append(claim)  # type: ignore[index]
        dates = sorted(by_date)
        for earlier_date, later_date in zip(dates, dates[1:]):
            for earlier in _distinct(by_date[earlier_date]):
                for later in _distinct(by_date[later_date]):
                    yield _compare(earlier, later)
            earlier_totals, later_totals = _distinct(by_date[earlier_date]), _distinct(by_date[later_date])
            stretch = _months_between(earlier_date, later_date)
            if stretch is None or len(earlier_totals) != 1 or len(later_totals) != 1:
                continue  # two readings of one total: which one the stretch was added to is open
            added = _the_stretch_added(flows, later_totals[0], stretch)
            if added is not None:
                yield _step(earlier_totals[0], added, later_totals[0])


def _running_totals(corpus: Corpus) -> dict[tuple, list[Claim]]:
    """Cumulative figures at a date, by entity, metric and dimension, across all articles."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        if claim.kind != "figure" or not claim.cumulative or not claim.metric_key or not claim.entity:
            continue
        if period_kind(claim.period) != "point":
            continue
        # 8000亿元 and 1300亿美元 are not one running total: the unit is part of the measure.
        groups[(claim.entity, claim.metric_key, claim.dimension, claim.unit or "")].append(claim)
    return groups


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per reading: an article that repeats its total gives one comparison."""
    readings: dict[tuple, Claim] = {}
    for claim in sorted(claims, key=lambda c: (c.document, c.offset)):
        readings.setdefault((claim.lower, claim.upper), claim)
    return list(readings.values())


def _compare(earlier: Claim, later: Claim) -> Check:
    earlier_range, later_range = claim_interval(earlier), claim_interval(later)
    # The later total can keep up when some reading of it reaches the earlier total's least.
    passed = later_range.upper is None or earlier_range.lower is None or later_range.upper >= earlier_range.lower
    allowed, unit = in_units(Interval(earlier_range.lower, None), later)
    movement = "then" if passed else "falls to"
    verdict = "" if passed else "; a cumulative figure cannot fall"
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[earlier, later],
        message=(f"{earlier.metric} {earlier.text} at {earlier.period} {movement} "
                 f"{later.text} at {later.period}{verdict}"),
        expected=describe(allowed, unit),
        actual=later.text,
    )


def _months_between(earlier: str, later: str) -> str | None:
    """The stretch a total at the end of one month and one at the end of a later month differ
    by: the month between two consecutive month ends (10月), or the year to date after the
    close of the year before (截至2022年末 and 截至2023年10月31日 differ by 1-10月)."""
    first, second = date.fromisoformat(earlier), date.fromisoformat(later)
    if not (_month_end(first) and _month_end(second)):
        return None
    if (second.year * 12 + second.month) - (first.year * 12 + first.month) == 1:
        return months_period(second.year, second.month, second.month)
    if (first.month, first.day) == (12, 31) and first.year == second.year - 1:
        return months_period(second.year, 1, second.month)
    return None


def _month_end(day: date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


# 10月累计交付 may be a running total at October: only a stretch of months is the flow of one.
_STRETCH_KINDS = ("month", "months", "ytd", "quarter", "half", "year")


def _flows_by_stretch(corpus: Corpus) -> dict[tuple, list[Claim]]:
    """Figures of a stretch of months (10月交付新车3.2万辆, 1-10月累计交付28.6万辆), by entity,
    stretch, measure and unit: what a running total grew by in that stretch. Only a stretch its
    sentence prints."""
    flows: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        kind = period_kind(claim.period)
        if (claim.kind != "figure" or claim.forecast or claim.source != "body" or not claim.entity
                or kind not in _STRETCH_KINDS or (claim.cumulative and kind == "month")):
            continue
        measured = measure_key(claim.metric, claim.entity)
        if measured and names_period(claim.sentence, claim.period):
            flows[(claim.entity, claim.period, measured, claim.dimension, claim.unit or "")].append(claim)
    return flows


def _the_stretch_added(flows: dict[tuple, list[Claim]], later: Claim, stretch: str) -> Claim | None:
    """The one figure the run prints for what the total's measure added in ``stretch``."""
    measured = measure_key(later.metric, later.entity)
    if not measured:
        return None
    found = _distinct(flows.get((later.entity, stretch, measured, later.dimension, later.unit or ""), []))
    return found[0] if len(found) == 1 else None


def _step(earlier: Claim, added: Claim, later: Claim) -> Check:
    total, printed = summed([earlier, added])
    passed = total.intersects(claim_interval(later))
    verdict = "" if passed else ", which no rounding of the two can give"
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[earlier, added, later],
        message=(f"{later.metric_key or later.metric}: {earlier.text} at {earlier.period} + {added.text} in {added.period} = "
                 f"{display(printed, later)}; the text says {later.text} at {later.period}{verdict}"),
        expected=display(total, later),
        actual=later.text,
        salt="step",
    )
