"""A change from one figure to another must agree with the change the article states.

从594家增长到796家 is a change of 202家; when the article also says 同比增长202家 (or gives a
rate, 同比增长34%), the from→to pair and the stated change must agree. The stated change is
the growth tied to the "to" figure, or a growth of the same article, company, metric and
period whose own figure is the "to" figure printed again (articles often give 796家，同比增长
202家 in the lead and 从594家增长到796家 in a quote further down).

Every figure is an interval, so the check fails only when no values the printed figures
allow give the stated change. Rates from→to (由41%收窄至31%) are points, not changes of
amounts: ``point-change`` checks them.

错误 (wrong)::

    优质客户数量达796家，同比增长202家。……我们的优质客户数量从549家增长到796家。

    796家 − 549家 = 247家, not 202家.

正确 (right)::

    优质客户数量达796家，同比增长202家。……我们的优质客户数量从594家增长到796家。
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from validator.corpus import Corpus, claim_interval, comparable_units
from validator.intervals import Interval
from validator.records import Check, Claim

from ._checks import describe, in_units, make_check
from .growth_prior import as_printed, prior_period, signed_words

ID = "change-delta"
SEVERITY = "error"
SUMMARY = "from→to agrees with the stated change (594→796 vs 增长202家, or a stated rate)"

_AMOUNTS = ("money", "count", "number")


def stated_changes(corpus: Corpus, kind: str = "growth") -> tuple[dict, dict]:
    """Changes of one ``kind`` by the figure they are tied to, and by (document, entity,
    metric, period) for finding them from a repeat of that figure."""
    by_figure: dict[tuple, list[Claim]] = defaultdict(list)
    by_metric: dict[tuple, list[Claim]] = defaultdict(list)
    for change in corpus.of_kind(kind):
        if change.between_rates or change.basis == "比较" or change.direction is None:
            continue  # 增速高于…138个百分点 compares two rates; it changes nothing
        by_figure[(change.document, change.of_claim)].append(change)
        if change.metric_key and change.entity is not None:
            by_metric[(change.document, change.entity, change.metric_key, change.period)].append(change)
    return by_figure, by_metric


def changes_of(corpus: Corpus, to: Claim, by_figure: dict, by_metric: dict) -> list[Claim]:
    """The stated changes that speak of ``to``: tied to it, or to the same figure printed again."""
    found = {change.id: change for change in by_figure.get((to.document, to.id), ())}
    if to.metric_key and to.entity is not None and to.period is not None:
        for change in by_metric.get((to.document, to.entity, to.metric_key, to.period), ()):
            again = corpus.linked(change, change.of_claim)
            if (again is not None and again.kind == "figure" and again.dimension == to.dimension
                    and again.unit == to.unit and claim_interval(again).intersects(claim_interval(to))):
                found.setdefault(change.id, change)
    return list(found.values())


def measured_from(start: Claim, end: Claim, change: Claim) -> bool:
    """The change is against the "from" figure: 同比 from last year, 较年初 from the year end.

    A "from" without a period (从594家增长到796家), or with the same period as the "to" (a
    relative 去年 read against the publication date), is taken as the change's starting point.
    """
    expected = prior_period(end.period, change.basis)
    return start.period in (None, end.period, expected) or expected is None


def check(corpus: Corpus) -> Iterator[Check]:
    by_figure, by_metric = stated_changes(corpus)
    for to in corpus.of_kind("figure"):
        start = corpus.linked(to, to.from_claim)
        if start is None or start.kind != "figure" or to.dimension not in _AMOUNTS:
            continue
        if not comparable_units(start, to):
            continue
        for change in changes_of(corpus, to, by_figure, by_metric):
            if not measured_from(start, to, change):
                continue
            result = _compare(start, to, change)
            if result is None:
                continue
            passed, computed = result
            yield make_check(
                ID, SEVERITY,
                passed=passed,
                claims=[start, to, change],
                message=(f"{start.text} to {to.text} is a change of {computed}; "
                         f"the text says {signed_words(change)} {as_printed(change)}"),
                expected=computed,
                actual=change.text,
            )


def _compare(start: Claim, to: Claim, change: Claim) -> tuple[bool, str] | None:
    """Whether the pair allows the stated change, and the change it allows in words."""
    start_range, to_range, stated = claim_interval(start), claim_interval(to), claim_interval(change)
    if change.dimension == "percent":
        if not (to_range.nonnegative and start_range.positive):
            return None
        rate = (to_range / start_range).scale(100) - Interval.point(100)
        return rate.intersects(stated), describe(rate, "%")
    if change.dimension in _AMOUNTS and comparable_units(change, to):
        delta = to_range - start_range
        shown, unit = in_units(delta, change)
        return delta.intersects(stated), describe(shown, unit)
    return None
