"""A part of a year never exceeds the year, and the parts of a year add up to it.

A flow — revenue, loans facilitated, R&D spend, customers served — accumulates over time:
what a company did in its fourth quarter is part of what it did that year. So for the same
company and the same metric a quarter can never exceed its year, half-year or first three
quarters, a half can never exceed its year, and when an article prints every part of a year
in money (four quarters; 前三季度 and the fourth quarter; both halves) they add up to the year.

Every figure is an interval (390亿元 is anything from 389.5亿 to 390.5亿): a part exceeds its
whole only when the part's lowest reading is above the whole's highest, and a sum misses its
year only when no readings of the printed figures meet. Sums are checked for money only:
people counted in each quarter may be the same people (服务用户), so counts need not add up.

Left out, because a part of the year may rightly exceed the year in them: averages and ratios
(笔均借款金额, 不良率), balances read at a date (余额, 总资产), maxima (单日最高), prices, and
figures that can be negative in some quarter (净利润, 现金流). Running totals (累计) and
figures at a date (截至年末) are not flows and are left to ``cumulative-order``.

错误 (wrong)::

    全年促成借款金额1374亿元，同增111.1%……第四季度促成借款金额1390亿元，同增81.4%。

    The fourth quarter (at least 1389.5亿) cannot exceed the whole year (at most 1374.5亿).

正确 (right)::

    全年促成借款金额1374亿元，同增111.1%……第四季度促成借款金额390亿元，同增81.4%。
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from validator.corpus import Corpus, claim_interval, summed
from validator.intervals import Interval
from validator.periods import period_kind
from validator.records import Check, Claim

from ._checks import display, make_check
from ._grouping import is_additive, names_a_month, segments

ID = "period-sum"
SEVERITY = "error"
SUMMARY = "a quarter never exceeds its year for a flow metric; four quarters (or Q1–Q3 + Q4) sum to the year"


_FLOW_PERIODS = ("year", "half", "quarter", "ytd")


def _periods_within(period: str) -> list[tuple[str, str]]:
    """The stretches of time that contain ``period``, each with the words a reader uses."""
    kind, year = period_kind(period), period[:4]
    if kind == "quarter":
        quarter = int(period[-1])
        within = [(year, "year"), (f"{year}H{1 if quarter <= 2 else 2}", "half")]
        return within + ([(f"{year}Q1-Q3", "first three quarters")] if quarter <= 3 else [])
    if kind == "half":
        return [(year, "year")] + ([(f"{year}Q1-Q3", "first three quarters")] if period.endswith("H1") else [])
    if kind == "ytd":
        return [(year, "year")]
    return []


def _sums_of(year: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each whole of a year, with one way of cutting it into printed parts."""
    quarters = tuple(f"{year}Q{q}" for q in range(1, 5))
    return [
        (year, quarters),
        (year, (f"{year}Q1-Q3", quarters[3])),
        (year, (f"{year}H1", f"{year}H2")),
        (f"{year}H1", quarters[:2]),
        (f"{year}H2", quarters[2:]),
        (f"{year}Q1-Q3", quarters[:3]),
        (f"{year}Q1-Q3", (f"{year}H1", quarters[2])),
    ]


def check(corpus: Corpus) -> Iterator[Check]:
    slices = segments(corpus)
    for (_entity, metric_key, _dimension), claims in sorted(corpus.grouped(with_period=False).items()):
        flows = [claim for claim in claims if _is_flow(claim) and (claim.document, claim.id) not in slices]
        by_unit: dict[str | None, list[Claim]] = defaultdict(list)
        for claim in flows:
            by_unit[claim.unit].append(claim)
        for same_unit in by_unit.values():
            by_period = _by_period(same_unit)
            yield from _parts_within_wholes(metric_key, by_period)
            if same_unit[0].dimension == "money":
                yield from _parts_add_up(metric_key, by_period)


def _is_flow(claim: Claim) -> bool:
    return (claim.source == "body" and not claim.cumulative
            and period_kind(claim.period) in _FLOW_PERIODS
            and len(claim.metric_key) >= 2 and is_additive(claim) and not names_a_month(claim))


def _by_period(claims: list[Claim]) -> dict[str, list[Claim]]:
    """The figures of each period, a figure printed again with the same digits kept once."""
    by_period: dict[str, list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: (c.document, c.sentence_index, c.offset)):
        if not any(seen.text == claim.text for seen in by_period[claim.period]):
            by_period[claim.period].append(claim)
    return by_period


def _parts_within_wholes(metric_key: str, by_period: dict[str, list[Claim]]) -> Iterator[Check]:
    for period in sorted(by_period):
        for whole_period, word in _periods_within(period):
            for part in by_period[period]:
                for whole in by_period.get(whole_period, ()):
                    yield _part_within_whole(metric_key, part, whole, word)


def _part_within_whole(metric_key: str, part: Claim, whole: Claim, word: str) -> Check:
    part_range, whole_range = claim_interval(part), claim_interval(whole)
    allowed = Interval(None, whole_range.upper)
    passed = allowed.intersects(part_range)
    relation = "≤" if passed else ">"
    verdict = (f"within the {word}" if passed
               else f"{_stretch(part.period)} of a flow cannot exceed the {word}")
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[part, whole],
        message=(f"{metric_key}: {part.text} ({part.period}) {relation} {whole.text} ({whole.period}): "
                 f"{verdict}"),
        expected=display(allowed, whole),
        actual=part.text,
    )


def _parts_add_up(metric_key: str, by_period: dict[str, list[Claim]]) -> Iterator[Check]:
    years = sorted({period[:4] for period in by_period})
    for year in years:
        for whole_period, part_periods in _sums_of(year):
            wholes = by_period.get(whole_period, [])
            parts = [by_period.get(period, []) for period in part_periods]
            # Two different figures printed for one period: which one adds up is anyone's guess.
            if len(wholes) != 1 or any(len(found) != 1 for found in parts):
                continue
            yield _sum_of_parts(metric_key, [found[0] for found in parts], wholes[0])


def _sum_of_parts(metric_key: str, parts: list[Claim], whole: Claim) -> Check:
    total, printed = summed(parts)
    passed = total.intersects(claim_interval(whole))
    terms = " + ".join(part.text for part in parts)
    periods = " + ".join(part.period or "" for part in parts)
    verdict = "" if passed else ", which no rounding of the parts can give"
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[*parts, whole],
        message=(f"{metric_key}: {periods} = {whole.period}, and {terms} = {display(printed, whole)}; "
                 f"the text says {whole.text}{verdict}"),
        expected=display(total, whole),
        actual=whole.text,
        salt="sum",
    )


def _stretch(period: str | None) -> str:
    return {"quarter": "a quarter", "half": "a half-year", "ytd": "the first three quarters"}.get(
        period_kind(period) or "", "a part of a year")
