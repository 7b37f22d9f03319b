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

from collections.abc import Iterator

from validator.corpus import Corpus, claim_interval, comparable_units
from validator.intervals import Interval
from validator.records import AMOUNTS, Check, Claim

from ._checks import as_printed, describe, in_units, make_check, signed_words
from ._grouping import changes_of, measured_from, stated_changes

ID = "change-delta"
SEVERITY = "error"
SUMMARY = "from→to agrees with the stated change (594→796 vs 增长202家, or a stated rate)"



def check(corpus: Corpus) -> Iterator[Check]:
    by_figure, by_metric = stated_changes(corpus)
    for to in corpus.of_kind("figure"):
        start = corpus.linked(to, to.from_claim)
        if start is None or start.kind != "figure" or to.dimension not in AMOUNTS:
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
    if change.dimension in AMOUNTS and comparable_units(change, to):
        delta = to_range - start_range
        shown, unit = in_units(delta, change)
        return delta.intersects(stated), describe(shown, unit)
    return None
