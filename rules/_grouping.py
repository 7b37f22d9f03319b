"""Shared lookups for rules: the figures and changes a run states, found by key, never by
scanning every pair."""

from __future__ import annotations

import re
from collections import defaultdict

from validator.corpus import REACH, Corpus, claim_interval
from validator.lexicon import NOT_ADDITIVE_METRICS, TAX_AS_REVENUE, names_not_additive
from validator.metrics import keys_compatible, short_forms
from validator.periods import period_kind, prior_period
from validator.records import AMOUNTS, Claim


def within_reach(one: Claim, other: Claim) -> bool:
    """Figures of two articles, or of one article within ``REACH`` sentences of each other."""
    return one.document != other.document or abs(one.sentence_index - other.sentence_index) <= REACH


# Dimensions a figure of each dimension can be compared with (a bare 1.5亿 goes with either).
COMPARABLE_DIMENSIONS = {
    "money": ("money", "number"),
    "count": ("count", "number"),
    "number": ("number", "money", "count"),
}


def stated_figures(groups: dict[tuple, list[Claim]], like: Claim, period: str,
                   dimension: str | None = None) -> list[Claim]:
    """Figures of the run stated for ``like``'s entity and metric in ``period``.

    ``groups`` is ``corpus.grouped()``: figures are looked up by (entity, metric, dimension,
    period), never by scanning pairs. ``dimension`` defaults to ``like``'s; a bare 1.5亿 goes
    with money and counts. Repeats of one figure in one article count once.
    """
    dimension = dimension or like.dimension
    found: dict[tuple, Claim] = {}
    for each in COMPARABLE_DIMENSIONS.get(dimension, (dimension,)):
        for claim in groups.get((like.entity, like.metric_key, each, period), ()):
            if claim.cumulative != like.cumulative:
                continue  # 累计 since founding and a period's own figure are different things
            found.setdefault((claim.document, claim.lower, claim.upper, claim.unit), claim)
    return list(found.values())


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
            if not within_reach(change, to):
                continue
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


# A month printed in the figure's own phrase (12月交易额, 11月销量): the figure is a month's, while
# its period says the quarter or year the paragraph spoke of.
_MONTH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!末|底)")



def is_additive(claim: Claim, excluding: tuple[str, ...] = tuple(NOT_ADDITIVE_METRICS)) -> bool:
    """A figure whose parts add up: an amount or a count, and by its metric none of the
    ``excluding`` kinds of NOT_ADDITIVE_METRICS (an average, a ratio, a balance, a profit …)."""
    return claim.dimension in AMOUNTS and not names_not_additive(claim.metric_key, excluding)


def names_a_month(claim: Claim) -> bool:
    """The figure's metric phrase names a month, so its period (a quarter, a year) is wider
    than the stretch the figure is about. A period read from those very months (1-4月累计…
    read as 2022M1-M4, 11月销量 as 2021M11) is the figure's own."""
    if period_kind(claim.period) == "point" or _MONTH.search(claim.metric) is None:
        return False
    return not _months_of_period(claim.period).search(claim.metric)


def _months_of_period(period: str | None) -> re.Pattern:
    months = re.fullmatch(r"\d{4}M(\d{1,2})(?:-M(\d{1,2}))?", period or "")
    if months is None:
        return _NOTHING
    first, last = months.groups()
    printed = rf"{first}\s*[-—–~至到]\s*{last}" if last else first
    return re.compile(rf"(?<!\d){printed}\s*月")


_NOTHING = re.compile(r"(?!)")


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
        if total_key and keys_compatible(part.metric_key, total_key):
            found.add((part.document, part.id))
    for claim in corpus.claims:
        whole = corpus.linked(claim, claim.parts_of)
        if whole is not None and whole.period == claim.period and keys_compatible(claim.metric_key, whole.metric_key):
            found.add((claim.document, claim.id))
    return found


# The key reads 营业总收入 as 营收, so that a headline's 总营收 finds its body's 营业收入; but an
# A-share statement prints both lines, and 营业总收入 holds more than 营业收入.
_REVENUE, _TOTAL_REVENUE = "营收", "营业总收入"
_TOTAL_REVENUE_WORDS = ("营业总收入", "总营业收入", "总营收", "总收入")


def restatement_key(claim: Claim) -> str:
    """The claim's metric key, with the words that print one measure two ways made one:
    全国社会保障基金权益 and 全国社保基金权益, 印花税 and 印花税收入 (lexicon.SHORT_FORMS,
    lexicon.TAX_AS_REVENUE). Keys that differ in anything else stay apart, and 营业总收入 (keyed
    营收) is not 营业收入."""
    key = claim.metric_key
    if _REVENUE in key and any(word in claim.metric for word in _TOTAL_REVENUE_WORDS):
        key = key.replace(_REVENUE, _TOTAL_REVENUE)
    key = short_forms(key)
    revenue, tax = TAX_AS_REVENUE
    if key.endswith(tax):
        key = key[: -len(tax)] + revenue
    return key


def same_period(one: str | None, other: str | None) -> bool:
    """One period, however it is named: a year and its last day (截至去年年末…营收 and 去年营收)
    are the same stretch for a year's flow and the same date for a balance. A quarter is never
    its year, nor a month its quarter."""
    if one is None or other is None:
        return False
    if one == other:
        return True
    year_end, year = sorted((one, other), key=len, reverse=True)
    return len(year) == 4 and year_end == f"{year}-12-31"
