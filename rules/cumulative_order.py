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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from validator.corpus import Corpus, claim_interval
from validator.intervals import Interval
from validator.periods import period_kind
from validator.records import Check, Claim

from ._checks import describe, in_units, make_check

ID = "cumulative-order"
SEVERITY = "error"
SUMMARY = "cumulative and as-of figures (累计…, 截至…) do not fall over time for the same entity"


def check(corpus: Corpus) -> Iterator[Check]:
    for totals in _running_totals(corpus).values():
        by_date: dict[str, list[Claim]] = defaultdict(list)
        for claim in totals:
            by_date[claim.period].append(claim)  # type: ignore[index]
        dates = sorted(by_date)
        for earlier_date, later_date in zip(dates, dates[1:]):
            for earlier in _distinct(by_date[earlier_date]):
                for later in _distinct(by_date[later_date]):
                    yield _compare(earlier, later)


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
