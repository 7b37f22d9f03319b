"""Two rates must agree with the percentage-point change stated between them.

净亏损率由41%收窄至31% is a fall of 10 points; when the article also says 同比下降约10个百分点
the two must agree. A point change tied to a rate also names the rate it started from:
不良贷款率1.05%，较年初下降0.14个百分点 says the rate was 1.19% at the start of the year, and
when the run states that opening rate (in the same article or in last year's report) the two
must agree. 较年初 starts from the previous year end, 同比 from the same period a year earlier.

Every rate is an interval (41% is 40.5%–41.5%), so the check fails only when no values the
printed figures allow give the stated change. Points that compare two different rates
(增速高于各项贷款增速138个百分点) are not changes and are left alone.

A table's change column at constant currency (按年变动(固定汇率) beside 按年变动(实质汇率)) restates
the prior period at this period's rates. A margin's two amounts are restated alike, so its
point change moves only with the mix of currencies: more than a point away from the change the
printed rates give is a warning, not an error.

错误 (wrong)::

    净亏损率由去年同期的41%收窄至31%……2021年净亏损率也同比下降了约15个百分点。

    31% − 41% is −11 to −9 points, not −15.

正确 (right)::

    净亏损率由去年同期的41%收窄至31%……2021年净亏损率也同比下降了约10个百分点。
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from validator.corpus import Corpus, claim_interval
from validator.intervals import Interval
from validator.periods import prior_period
from validator.records import Check, Claim, Relation
from validator.tables import AT_CONSTANT_CURRENCY

from ._checks import as_printed, describe, make_check, signed_words, where_stated
from ._grouping import measured_from, stated_changes, stated_figures, within_reach

ID = "point-change"
SEVERITY = "error"
SUMMARY = "two rates agree with the stated percentage-point change (41%→31% vs 下降约10个百分点)"

# How far a margin's point change at constant currency may stand from the printed rates' change:
# restating a prior period's amounts at this period's rates moves a ratio of two amounts of one
# business only through the weight of each currency's business in the whole.
CURRENCY_MIX_ALLOWANCE = Interval.of(-1, 1)


def signed_points(points: Claim) -> Interval:
    """Points are printed unsigned; 下降 makes them negative. Points printed with their sign
    (同比-2.9pct, (7.0)個百分點) are signed already."""
    printed = claim_interval(points)
    return -printed if points.direction == "down" and points.value > 0 else printed


def check(corpus: Corpus) -> Iterator[Check]:
    yield from _stated_points(corpus)
    yield from _from_to_pairs(corpus)
    yield from _opening_rates(corpus)


def _stated_points(corpus: Corpus) -> Iterator[Check]:
    """从上年末的1.18%下降至1.05%，下降0.13个百分点: the points one sentence gives between two rates."""
    signing = _tables_printing_signs(corpus)
    for relation, roles in corpus.stated("pp_change"):
        start, to, points = roles["from"][0], roles["to"][0], roles["points"][0]
        moved = claim_interval(to) - claim_interval(start)
        printed = claim_interval(points)
        magnitude = -printed if points.value < 0 else printed
        direction = relation.direction or points.direction
        if direction is None and relation.document in signing and _is_table_row(relation) and points.value >= 0:
            # A table whose change column prints its falls as -0.05% or (0.28) prints a rise bare.
            direction = "up"
        allowed = [-magnitude] if direction == "down" else [magnitude] if direction == "up" else [printed, -printed]
        severity, reach, basis = _currency_basis(
            moved, relation.construction.endswith(AT_CONSTANT_CURRENCY) or points.constant_currency)
        yield make_check(
            ID, severity,
            passed=any(reach.intersects(stated) for stated in allowed),
            claims=[start, to, points],
            message=(f"{start.text} to {to.text} is a change of {describe(moved)} percentage points{basis}; "
                     f"the text says {direction or 'a change of'} {as_printed(points)}"),
            expected=describe(reach, " points"),
            actual=points.text,
            salt="stated",
        )


def _currency_basis(moved: Interval, constant_currency: bool) -> tuple[str, Interval, str]:
    """The severity of a miss, the interval the stated change must meet and the words saying
    why: a change at constant currency may stand a point from the printed rates' one."""
    if not constant_currency:
        return SEVERITY, moved, ""
    reach = moved + CURRENCY_MIX_ALLOWANCE
    return "warning", reach, (f" as printed; at constant currency, whose mix of currencies moves a margin by "
                              f"up to a point, {describe(reach)}")


def _is_table_row(relation: Relation) -> bool:
    return relation.construction.startswith("table-row")


def _tables_printing_signs(corpus: Corpus) -> set[str]:
    """Documents with a table row whose stated change is printed with a minus or in brackets."""
    signing = set()
    for kind in ("pp_change", "growth_prior", "from_to"):
        for relation, roles in corpus.stated(kind):
            if not _is_table_row(relation):
                continue
            stated = (roles.get("points") or roles.get("rate") or roles.get("delta") or [None])[0]
            if stated is not None and (stated.value < 0 or stated.text.lstrip().startswith(("-", "−", "(", "（"))):
                signing.add(relation.document)
    return signing


def _from_to_pairs(corpus: Corpus) -> Iterator[Check]:
    """由41%收窄至31% against 下降约10个百分点 for the same rate in the same article."""
    by_figure, by_metric = stated_changes(corpus, kind="points")
    for to in corpus.of_kind("figure"):
        start = corpus.linked(to, to.from_claim)
        if start is None or start.kind != "figure":
            continue
        if to.dimension != "percent" or start.dimension != "percent":
            continue
        for points in _points_of(corpus, to, by_figure, by_metric):
            if not measured_from(start, to, points):
                continue
            moved = claim_interval(to) - claim_interval(start)
            stated = signed_points(points)
            severity, reach, basis = _currency_basis(moved, points.constant_currency)
            yield make_check(
                ID, severity,
                passed=reach.intersects(stated),
                claims=[start, to, points],
                message=(f"{start.text} to {to.text} is a change of {describe(moved)} percentage "
                         f"points{basis}; the text says {signed_words(points)} {as_printed(points)}"),
                expected=describe(reach, " points"),
                actual=points.text,
            )


def _points_of(corpus: Corpus, to: Claim, by_figure: dict, by_metric: dict) -> list[Claim]:
    """Point changes of ``to``'s rate: tied to it, or of the same company, rate and period
    (or no period) in the same article, tied to nothing or to the same rate printed again."""
    found = {points.id: points for points in by_figure.get((to.document, to.id), ())}
    if to.metric_key and to.entity is not None:
        for period in dict.fromkeys((to.period, None)):
            for points in by_metric.get((to.document, to.entity, to.metric_key, period), ()):
                if not within_reach(points, to):
                    continue
                other = corpus.linked(points, points.of_claim)
                if other is None or claim_interval(other).intersects(claim_interval(to)):
                    found.setdefault(points.id, points)
    return list(found.values())


def _rates_between(corpus: Corpus) -> Callable[[Claim, Claim], bool]:
    """Whether another rate, of a measure not the linked rate's, is printed between a rate and a
    point change linked to it: 不良贷款率为1.18%，较上年末下降0.04个百分点；关注类贷款占比为1.86%，较上年末上升
    0.12个百分点 — the second change moves 1.86% (a share, which a change is not linked to), not 1.18%."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in corpus.claims:
        if claim.dimension == "percent" and claim.kind in ("figure", "share"):
            by_sentence.setdefault((claim.document, claim.sentence_index), []).append(claim)

    def between(rate: Claim, points: Claim) -> bool:
        if rate.document != points.document or rate.sentence_index != points.sentence_index:
            return False
        return any(rate.offset < other.offset < points.offset and other.metric_key != rate.metric_key
                   for other in by_sentence.get((points.document, points.sentence_index), ()))
    return between


def _opening_rates(corpus: Corpus) -> Iterator[Check]:
    """1.05%，较年初下降0.14个百分点 against the rate stated for the previous year end."""
    groups = corpus.grouped(kind="figure")
    moves_another_rate = _rates_between(corpus)
    # One lookup per measure and period: a long article prints one rate's change hundreds of
    # times, and each lookup walks the measure's group.
    opening_figures: dict[tuple, list[Claim]] = {}
    for points in corpus.of_kind("points"):
        if points.basis == "比较" or points.between_rates or points.direction is None:
            continue
        rate = corpus.linked(points, points.of_claim)
        if rate is None or rate.kind != "figure" or rate.dimension != "percent":
            continue
        if not rate.metric_key or rate.entity is None or moves_another_rate(rate, points):
            continue
        prior = prior_period(rate.period, points.basis)
        if prior is None:
            continue
        severity, opening, basis = _currency_basis(claim_interval(rate) - signed_points(points),
                                                   points.constant_currency)
        looked_up = (rate.entity, rate.metric_key, rate.dimension, rate.cumulative, prior)
        if looked_up not in opening_figures:
            opening_figures[looked_up] = stated_figures(groups, rate, prior)
        for stated in opening_figures[looked_up]:
            if not within_reach(stated, rate):
                continue
            if stated.document == rate.document and stated.id == rate.from_claim:
                continue  # 由A降至B，下降x个百分点: the from→to check above covers it
            yield make_check(
                ID, severity,
                passed=opening.intersects(claim_interval(stated)),
                claims=[rate, points, stated],
                message=(f"{rate.text} {signed_words(points)} {as_printed(points)} implies "
                         f"{describe(opening, '%', places=3)} for {prior}{basis and ' at constant currency'}; "
                         f"{where_stated(stated, rate)} {stated.text}"),
                expected=describe(opening, "%", places=3),
                actual=stated.text,
            )
