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

from validator.records import Relation

from ._checks import (as_printed, describe, direction_words, display, in_units, make_check, signed_change,
                      signed_words, under_readings)
from ._grouping import changes_of, measured_from, stated_changes
from .share_of_total import hedged_reading

ID = "change-delta"
SEVERITY = "error"
SUMMARY = "from→to agrees with the stated change (594→796 vs 增长202家, or a stated rate)"



def check(corpus: Corpus) -> Iterator[Check]:
    for relation, roles in corpus.stated("from_to"):
        found = _stated_change(relation, {role: claims[0] for role, claims in roles.items()})
        if found is not None:
            yield found
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


def _implied(moved: Interval | None, rate_range: Interval | None, delta: Claim | None) -> list[str]:
    """What the two ends imply, in the article's magnitudes: the change, the rate, or both."""
    said = []
    if moved is not None:
        shown, unit = in_units(moved, delta)  # type: ignore[arg-type]
        said.append(f"a change of {describe(shown, unit)}")
    if rate_range is not None:
        said.append(f"a rate of {describe(rate_range, '%')}")
    return said


def _stated_change(relation: Relation, roles: dict[str, Claim]) -> Check | None:
    """从420亿元增至545亿元，增幅29.8%; 达5070.8亿元，较去年同期增加490.4亿元，年增率为10.7%:
    the figures one sentence gives of one change must agree with each other. Without a printed
    "from", the level and the change amount give it (from = to − change)."""
    to, start, delta, rate = roles["to"], roles.get("from"), roles.get("delta"), roles.get("rate")
    amounts = [claim for claim in (start, to, delta) if claim is not None]
    signed_rate = signed_change(rate, relation.direction) if rate is not None else None

    def outcome(ranges: list[Interval]) -> tuple[Interval, Interval | None, Interval | None]:
        """from, the change it gives (when the change amount is printed) and the rate."""
        by_role = dict(zip([role for role, claim in (("from", start), ("to", to), ("delta", delta))
                            if claim is not None], ranges))
        signed_delta = (signed_change(delta, relation.direction, by_role["delta"])
                        if delta is not None else None)
        start_range = by_role.get("from")
        if start_range is None:
            start_range = by_role["to"] - signed_delta  # type: ignore[operator]
        moved = by_role["to"] - start_range if start is not None and delta is not None else None
        rate_range = None
        if rate is not None and start_range.positive and by_role["to"].nonnegative:
            rate_range = (by_role["to"] / start_range).scale(100) - Interval.point(100)
        return start_range, (moved, signed_delta), rate_range  # type: ignore[return-value]

    def holds(ranges: list[Interval]) -> bool:
        _, (moved, signed_delta), rate_range = outcome(ranges)  # type: ignore[misc]
        if moved is not None and not moved.intersects(signed_delta):
            return False
        return rate_range is None or rate_range.intersects(signed_rate)  # type: ignore[arg-type]

    start_range, (moved, _), rate_range = outcome([claim_interval(claim) for claim in amounts])  # type: ignore[misc]
    said = _implied(moved, rate_range, delta)
    if not said:
        return None
    passed, reading = under_readings(amounts, holds)
    severity = SEVERITY
    hedged = [hedged_reading(claim, significant=3) for claim in amounts]
    if passed and any(hedged) and not holds([wide or claim_interval(claim) for wide, claim in zip(hedged, amounts)]):
        # 从约2320万人增至约2780万人，增幅25.9%: 约 allows a tenth either side, so the rate passes
        # that reading; but a figure printed to its 万 hedges its last digit, not a tenth, and
        # under that reading the rate is wrong. One reading fits, so a warning.
        passed, severity = False, "warning"
        names = "、".join(claim.text for claim, wide in zip(amounts, hedged) if wide is not None)
        reading = f" under the reading that 约 hedges only the last printed digits of {names}"
        start_range, (moved, _), rate_range = outcome(  # type: ignore[misc]
            [wide or claim_interval(claim) for wide, claim in zip(hedged, amounts)])
        said = _implied(moved, rate_range, delta)
    misfit = ""
    if not passed and start is not None and delta is not None and rate is not None:
        # 从81.2亿元增至93.6亿元，增加12.4亿元，增长17.1%: say which of the two stated changes the
        # ends do not give, when one of them fits as printed.
        _, (moved_printed, signed_delta), rate_printed = outcome(  # type: ignore[misc]
            [claim_interval(claim) for claim in amounts])
        fits = {delta.id: moved_printed.intersects(signed_delta),
                rate.id: rate_printed is None or rate_printed.intersects(signed_rate)}
        if list(fits.values()).count(False) == 1:
            misfit = f": {next(claim.text for claim in (delta, rate) if not fits[claim.id])} is the one that does not fit"
    if start is not None:
        basis = f"{start.text} to {to.text}"
    else:
        basis = f"{to.text} after {direction_words(relation.direction)} {as_printed(delta)} (from {display(start_range, to)})"  # type: ignore[arg-type]
    printed = [claim for claim in ((delta if start is not None else None), rate) if claim is not None]
    return make_check(
        ID, severity,
        passed=passed,
        claims=[claim for claim in (start, to, delta, rate) if claim is not None],
        message=(f"{basis} is {' and '.join(said)}{reading}; the text says "
                 f"{' and '.join(f'{direction_words(relation.direction)} {as_printed(claim)}' for claim in printed)}"
                 f"{misfit}"),
        expected=" and ".join(said),
        actual=" ".join(claim.text for claim in printed),
        salt="stated",
    )
