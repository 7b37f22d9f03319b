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

import re
from collections import defaultdict
from collections.abc import Iterator

from validator.corpus import Corpus, claim_interval
from validator.intervals import Interval
from validator.periods import period_kind
from validator.records import Check, Claim

from ._checks import describe, in_units, make_check

ID = "period-sum"
SEVERITY = "error"
SUMMARY = "a quarter never exceeds its year for a flow metric; four quarters (or Q1–Q3 + Q4) sum to the year"

# Metric words that make a figure something other than an amount that accumulates: a part
# of the period may rightly be larger than the whole period. Matched inside the metric key.
NOT_ADDITIVE: dict[str, tuple[str, ...]] = {
    # an average of a quarter can be above the year's average
    "average": ("均", "平均", "人均", "笔均", "户均", "日均", "均值", "月活", "日活", "活跃"),
    # a rate or ratio is not a sum of its parts
    "ratio": ("率", "比例", "占比", "比重", "息差", "利差", "倍数", "杠杆"),
    # a balance or level read at a date: the year-end balance may be below a quarter's
    "balance": ("余额", "资产", "负债", "规模", "市值", "净值", "存款", "资本", "股本", "员工",
                "网点", "注册", "持仓", "保有", "在管", "存量"),
    # a profit or net figure: other quarters' losses can bring the year below one quarter
    "signed": ("利润", "净利", "亏损", "盈利", "损益", "现金流", "净额", "净增", "净流", "收益",
               "毛利", "利得", "变动"),
    # maxima and prices are levels, not amounts
    "peak": ("最高", "最低", "峰值", "最大", "最小", "单笔", "单日", "单月", "价"),
}

# A month printed in the figure's own phrase (12月交易额, 11月销量): the figure is a month's, while
# its period says the quarter or year the paragraph spoke of.
_MONTH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!末|底)")

_ADDITIVE_DIMENSIONS = ("money", "count", "number")
_FLOW_PERIODS = ("year", "half", "quarter", "ytd")


def is_additive(claim: Claim, excluding: tuple[str, ...] = tuple(NOT_ADDITIVE)) -> bool:
    """A figure whose parts add up: an amount or a count, and by its metric none of the
    ``excluding`` kinds of NOT_ADDITIVE (an average, a ratio, a balance, a profit …)."""
    words = (word for kind in excluding for word in NOT_ADDITIVE[kind])
    return claim.dimension in _ADDITIVE_DIMENSIONS and not any(word in claim.metric_key for word in words)


def names_a_month(claim: Claim) -> bool:
    """The figure's metric phrase names a month, so its period (a quarter, a year) is wider
    than the stretch the figure is about."""
    return period_kind(claim.period) != "point" and _MONTH.search(claim.metric) is not None


def segments(corpus: Corpus) -> set[tuple[str, str]]:
    """Figures that are a slice of the metric their key names, though the key does not say so.

    The extractor keys 全年服务小微用户82.6万人，促成借款金额270亿元 as plain 促成借款金额: the
    segment was named earlier in the sentence. Its share (占全年促成交易总额的19.7%) gives it
    away: a figure that is a share of a total of its own metric is a slice of that total. A
    part of a breakdown (其中…) keyed like its whole, for the same period, is a slice too.
    Returned as (document, claim id) pairs.
    """
    found: set[tuple[str, str]] = set()
    for share in corpus.of_kind("share"):
        part = corpus.linked(share, share.of_claim)
        if part is None or not part.metric_key:
            continue
        total = corpus.linked(share, share.total_claim)
        total_key = total.metric_key if total is not None else share.total_key
        if total_key and _same_measure(part.metric_key, total_key):
            found.add((part.document, part.id))
    for claim in corpus.claims:
        whole = corpus.linked(claim, claim.parts_of)
        if whole is not None and whole.period == claim.period and _same_measure(claim.metric_key, whole.metric_key):
            found.add((claim.document, claim.id))
    return found


def _same_measure(key: str, other: str) -> bool:
    return bool(key) and bool(other) and (key.endswith(other) or other.endswith(key))


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
    total = claim_interval(parts[0])
    printed = Interval.point(parts[0].value)
    for part in parts[1:]:
        total, printed = total + claim_interval(part), printed + Interval.point(part.value)
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


def display(interval: Interval, like: Claim) -> str:
    """An interval of base units in words, in the magnitude and unit ``like`` was printed in."""
    shown, unit = in_units(interval, like)
    if like.dimension == "count" and like.unit and not unit.endswith(like.unit):
        unit += like.unit
    return describe(shown, unit, places=4)


def _stretch(period: str | None) -> str:
    return {"quarter": "a quarter", "half": "a half-year", "ytd": "the first three quarters"}.get(
        period_kind(period) or "", "a part of a year")
