"""A part of a stretch of time never exceeds the stretch, and its parts add up to it.

A flow — revenue, deliveries, sales, loans facilitated, R&D spend — accumulates over time:
what a company did in its fourth quarter is part of what it did that year, and what it sold
in October is part of what it sold from January to October. So for the same company and the
same metric a quarter never exceeds its year, half-year or first three quarters, a month
never exceeds the months from January to it (1-10月, 前七月, 累计…), and when an article
prints every part of a stretch (four quarters; 前三季度 and the fourth quarter; the first
quarter and April) they add up to it.

Every figure is an interval (390亿元 is anything from 389.5亿 to 390.5亿): a part exceeds its
whole only when the part's lowest reading is above the whole's highest, and a sum misses its
whole only when no readings of the printed figures meet. Sums are checked for money and for
goods counted (辆, 台, GWh): people counted in each quarter may be the same people (服务用户).

A running total printed with a month (国泰金7月税后纯益90.2亿元，累计税后纯益547.7亿元) holds
that month whichever start it counts from — the year's or the company's — so the month's
figure is a part of it; a total at a date (截至4月30日累计) holds every stretch of that year
that ends by then.

Relations the text states are checked first, with the periods their words give (a table row's
columns; a quarter and its year to date read by validator/period_links.py, even in a passage
that never prints its year): stretches printed end to end (Q1-Q4 分别为…, a first quarter and
April beside the year to date) must add up to their whole, and each must be within it. When
the measure is a profit, a part above its whole is only a warning (in a round-up of several
subjects, 金控7月獲利: 甲金…，乙銀…, too: each subject's month is paired with its own total), and
nothing when the part's or the whole's own sentence states a loss for that stretch.

Statistics of an economy or a market (国家统计局's 社会消费品零售总额, an association's sales)
are revised from one release to the next: 1-9月 as first printed and 10月 need not make 1-10月,
so there a sum that misses is a warning; a company's own months must add up.

Left out, because a part may rightly exceed its whole in them: averages and ratios (笔均借款
金额, 不良率), balances read at a date (余额, 总资产), maxima (单日最高), prices, and losses.
A profit can be negative in some months, so a month's profit above the year to date is not
proven wrong: it is a warning (the other months must have lost money), and nothing at all
when the sentence of the month or of the year states a loss that year.

错误 (wrong)::

    全年促成借款金额1374亿元，同增111.1%……第四季度促成借款金额1390亿元，同增81.4%。

    The fourth quarter (at least 1389.5亿) cannot exceed the whole year (at most 1374.5亿).

正确 (right)::

    全年促成借款金额1374亿元，同增111.1%……第四季度促成借款金额390亿元，同增81.4%。
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from validator.corpus import Corpus, claim_interval, comparable_units, summed
from validator.intervals import Interval
from validator.entities import is_named, opens_a_digest_item
from validator.lexicon import OTHER_SUBJECTS, names_not_additive
from validator.metrics import keys_compatible, metric_key
from validator.period_links import SIGNED, measure_key
from validator.periods import names_period, period_kind, period_span, period_year, within, without_period_words
from validator.records import AMOUNTS, Check, Claim

from ._checks import display, make_check
from ._grouping import segments

ID = "period-sum"
SEVERITY = "error"
SUMMARY = ("a part of a stretch of time never exceeds it for a flow (a quarter its year, a month "
           "its year to date); the parts printed sum to the whole")

_FLOW_PERIODS = ("year", "half", "quarter", "ytd", "month", "months")
# What makes a figure no flow at all: its parts may rightly be larger than the whole.
_NOT_FLOWS = ("average", "ratio", "balance", "peak")
# Profit in the words of Taiwan and Hong Kong coverage (稅後純益, 獲利, 盈餘, 轉賺).
_PROFIT_WORDS = ("纯益", "获利", "盈余", "赚")
# Per-share figures (EPS, 每股收益) divide a profit: not amounts that add up.
_PER_SHARE = ("EPS", "eps", "每股")
# Words of a loss: a loss is not a part of the profit it reduces.
_LOSS_WORDS = ("亏", "蚀")
# A loss printed as a look back (去年同期蚀68亿元) is another year's.
_LOOK_BACK = re.compile(r"同期|去年|上年")
# Counters of durations, levels and holdings: 平均发行期限8.6年, 3500点, 持股1.2亿股 are no flows.
_LEVEL_COUNTERS = ("年", "天", "日", "月", "个月", "周", "小时", "分钟", "秒", "岁", "点", "股", "倍")
# Counters of who or what did something: those counted in a quarter are in the year's count
# when it counts everyone served, but not when it counts who ended the stretch in profit
# (第三季度盈利的公司 need not be 前三季度盈利的公司), so a larger part is only a warning.
_HEADCOUNT_COUNTERS = ("人", "家", "户", "个", "名", "位", "款", "只", "类", "种", "项")
# Counters of goods and volumes: what one month counts, the next does not count again.
_SUMMABLE_COUNTERS = ("辆", "台", "吨", "件", "套", "手", "架", "艘", "GWh", "MWh", "GW", "MW", "平方米", "万平方米")
# Counters that count the same things (a delivery is 辆 in one sentence and 台 in the next).
_SAME_COUNTERS = (frozenset({"辆", "台"}),)
# A difference from a baseline (比上年同期多, 同比少增): no flow, a month's may exceed the year's.
_DIFFERENCE = re.compile(r"(?:比|较|同比|环比)[^，,；;]*?(?:多|少)(?:增|减)?\s*$")
# Subjects that are an economy, a market or a region, not a company: their statistics are revised.
_STATISTICS = re.compile(r"市场|行业|产业|全国|我国|国内|境内|全社会|社会|规模以上|全省|全市|各地|各省|统计局|固定资产投资")
# Words the metric phrase uses for a month of its own (12月交易额, 单月): with a wider period
# the figure is a month's, not the period's.
_MONTH_IN_PHRASE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!末|底)|单月|当月|本月")


def check(corpus: Corpus) -> Iterator[Check]:
    slices = segments(corpus)
    losses = _years_with_losses(corpus)
    stated_sums: set[frozenset[str]] = set()
    for relation, roles in corpus.stated("period_containment"):
        # The text states the part and its whole (a table row, a quarter and its year to date
        # read by their words): their periods are the ones printed for them.
        signed = relation.construction.startswith(SIGNED)
        if len(roles["part"]) > 1:
            found = _stated_sum(roles["part"], roles["total"][0])
            stated_sums.add(_sum_key(roles["part"], roles["total"][0]))
        else:
            found = _part_within_whole(roles["part"][0], roles["total"][0], True, losses, stated=True, signed=signed)
        if found is not None:
            yield found
    by_subject: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        if _is_flow(claim) and (claim.document, claim.id) not in slices:
            # A document whose subject is unknown is its own subject.
            by_subject[("entity", claim.entity) if claim.entity else ("document", claim.document)].append(claim)
    for _subject, flows in sorted(by_subject.items()):
        by_period = _by_period(flows)
        yield from _parts_within_wholes(by_period, losses)
        # A sum the text states is checked once, as stated.
        yield from (check for check in _parts_add_up(by_period)
                    if frozenset(check.claims) not in stated_sums)


def _is_flow(claim: Claim) -> bool:
    if claim.kind != "figure" or claim.source != "body" or not _keys(claim):
        return False
    if _DIFFERENCE.search(claim.metric):
        return False  # 10月份…比上年同期多9108亿元 may well exceed the year to date's 多3810亿元
    if not _additive(claim, _NOT_FLOWS) or _is_loss(claim) or claim.value < 0:
        return False
    if claim.dimension == "count" and claim.unit in _LEVEL_COUNTERS:
        return False
    if any(word in key for key in _keys(claim) for word in _PER_SHARE):
        return False
    kind = period_kind(claim.period)
    if _running(claim):
        return kind in _FLOW_PERIODS or kind == "point"
    return kind in _FLOW_PERIODS and not _phrase_names_a_month(claim)


def _phrase_names_a_month(claim: Claim) -> bool:
    """12月交易额 read under a quarter's period: the figure is a month's, its period too wide."""
    return period_kind(claim.period) in ("year", "half", "quarter") and _MONTH_IN_PHRASE.search(claim.metric) is not None


def _period_printed(claim: Claim) -> bool:
    """Its own sentence names the figure's period: 全年营收, 1-10月, 9月. A violation rests on
    it; a period carried from the paragraph or the report (其中，发行一般债券2344亿元 after a
    sentence about June) may belong to another stretch."""
    return names_period(claim.sentence, claim.period)


def _is_loss(claim: Claim) -> bool:
    return any(word in claim.metric for word in _LOSS_WORDS)


def _can_be_negative(claim: Claim) -> bool:
    """A profit or a net figure: other months' losses can bring the whole below one part."""
    return not _additive(claim, ("signed",)) or any(
        word in key for key in _keys(claim) for word in _PROFIT_WORDS)


def _keys(claim: Claim) -> frozenset[str]:
    """The metric as the extractor keyed it, and as its phrase reads, both without period
    words (累计前七月合并税后纯益 and 7月单月税后纯益 measure the same 税后纯益)."""
    return _keys_of(claim.metric_key, claim.metric, claim.entity)


@cache
def _keys_of(key: str, phrase: str, entity: str | None) -> frozenset[str]:
    names = (entity,) if entity else ()
    # The measure its phrase names, read as period_links reads it: 1-9月累计交付, 交付新车 and
    # 历史累计交付量 count one thing, whatever keys the extractor gave them.
    keys = (without_period_words(key), metric_key(without_period_words(phrase), names),
            measure_key(phrase, entity) or "")
    return frozenset(found for found in keys if len(found) >= 2)


def _additive(claim: Claim, kinds: tuple[str, ...]) -> bool:
    """No key names any of ``kinds`` of NOT_ADDITIVE_METRICS (单月 is a period, not a peak)."""
    return claim.dimension in AMOUNTS and not any(names_not_additive(key, kinds) for key in _keys(claim))


def _same_metric(part: Claim, whole: Claim) -> bool:
    return bool(_keys(part) & _keys(whole))


def _compatible_metric(part: Claim, whole: Claim) -> bool:
    """One key is the other with more words in front (乐信营收 and 营收, 到期偿还本金 and
    地方政府债券到期偿还本金): a part that passes is within its whole whichever names more."""
    return any(keys_compatible(part_key, whole_key) for part_key in _keys(part) for whole_key in _keys(whole))


def _same_units(part: Claim, whole: Claim) -> bool:
    if part.dimension == "count" and whole.dimension == "count" and part.unit != whole.unit:
        return any({part.unit, whole.unit} <= same for same in _SAME_COUNTERS)
    return comparable_units(part, whole)


def _years_with_losses(corpus: Corpus) -> set[tuple[str, int, int | None]]:
    """(document, sentence, year) of every loss the articles state for a stretch of their own
    (去年同期蚀68亿元 is last year's): a profit's part may exceed its whole when its own sentence,
    or its whole's, says some stretch lost money. A loss stated of another company elsewhere in
    a round-up says nothing of this one."""
    found = set()
    for claim in corpus.claims:
        if claim.kind != "figure" or not (_is_loss(claim) or claim.value < 0) or _LOOK_BACK.search(claim.metric):
            continue
        found.add((claim.document, claim.sentence_index, period_year(claim.period)))
    return found


def _by_period(claims: list[Claim]) -> dict[str, list[Claim]]:
    """The figures of each period, a figure printed again with the same digits kept once."""
    by_period: dict[str, list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: (c.document, c.sentence_index, c.offset)):
        key = _period_key(claim)
        if not any(seen.text == claim.text and _keys(seen) & _keys(claim) for seen in by_period[key]):
            by_period[key].append(claim)
    return by_period


def _period_key(claim: Claim) -> str:
    """Flows by their period; running totals apart, as ``total@period``."""
    return f"total@{claim.period}" if _running(claim) else str(claim.period)


def _running(claim: Claim) -> bool:
    """A running total whose start is not said (累计, at a month or a date). One read under
    the year's first months (1-4月累计, 截至4月30日年内累计) is that stretch's flow."""
    return claim.cumulative and period_kind(claim.period) != "ytd"


def _holds(whole: Claim, part: Claim) -> bool:
    """The whole's stretch holds the part's: a wider period of the year, or a running total
    that has counted the whole part whichever start it counts from."""
    if _running(part):
        return False
    if not _running(whole):
        return within(part.period, whole.period)
    span = period_span(part.period)
    if span is None:
        return False
    whole_span = period_span(whole.period)
    if whole_span is not None:
        if whole_span[1] == whole_span[2] or period_kind(whole.period) == "quarter":
            # 10月累计交付 may be October's own total: it holds October, not September.
            return span == whole_span or (span[0] == whole_span[0] and whole_span[1] <= span[1]
                                          and span[2] <= whole_span[2])
        return span[0] == whole_span[0] and span[2] <= whole_span[2]
    year, month, day = (int(number) for number in str(whole.period).split("-"))
    month_ended = day == calendar.monthrange(year, month)[1]
    return span[0] == year and (span[2] <= month if month_ended else span[2] < month)


def _parts_within_wholes(by_period: dict[str, list[Claim]], losses: set) -> Iterator[Check]:
    for period in sorted(by_period):
        for part in by_period[period]:
            # A round-up prints one metric for many companies: several different figures for
            # the part's period, or for one whole's period, leave open which whole is the
            # part's own. Then only the nearest whole is read as its whole, and never against it.
            part_alone = _alone(part, by_period[period])
            candidates: dict[str, list[Claim]] = defaultdict(list)
            for whole_key, figures in by_period.items():
                # Whether a stretch holds the part depends on the whole's period key alone:
                # asked once per key, not once per figure of a long article.
                if not figures or not _holds(figures[0], part):
                    continue
                for whole in figures:
                    if _same_units(part, whole) and _compatible_metric(part, whole):
                        candidates[whole_key].append(whole)
            for whole_period, found in sorted(candidates.items()):
                # 1、星澜：10月交付…；2、岳峰：前10月累计交付…: each item of a digest is its own name's.
                found = [whole for whole in found if not _other_digest_item(part, whole)]
                if not found:
                    continue
                # The same metric first: 归母净利润's whole is not 扣非归母净利润.
                found = [whole for whole in found if _same_metric(part, whole)] or found
                alone = part_alone and _alone(found[0], by_period[whole_period])
                chosen = found if alone else [min(found, key=lambda whole: _distance(part, whole))]
                for whole in chosen:
                    check = _part_within_whole(part, whole, alone and _same_metric(part, whole), losses)
                    if check is not None:
                        yield check


def _other_digest_item(part: Claim, whole: Claim) -> bool:
    return part.sentence != whole.sentence and (opens_a_digest_item(part.sentence) or opens_a_digest_item(whole.sentence))


def _alone(claim: Claim, same_period: list[Claim]) -> bool:
    """No other figure of the same metric and period says something else."""
    return all(other.text == claim.text or not _same_metric(other, claim) or not _same_units(other, claim)
               for other in same_period)


def _distance(part: Claim, whole: Claim) -> tuple[int, int, int]:
    return (part.document != whole.document, abs(part.sentence_index - whole.sentence_index),
            abs(part.offset - whole.offset))


def _part_within_whole(part: Claim, whole: Claim, same_metric: bool, losses: set,
                       stated: bool = False, signed: bool = False) -> Check | None:
    part_range, whole_range = claim_interval(part), claim_interval(whole)
    allowed = Interval(None, whole_range.upper)
    passed = allowed.intersects(part_range)
    stretch, word = _stretch(part), _whole_word(whole)
    severity, verdict = SEVERITY, f"within the {word}"
    if not passed:
        if not same_metric:
            return None  # a slice of another name, or one whole among several: not proven
        if not stated and not (_period_printed(part) and _period_printed(whole)):
            return None  # a period carried over from elsewhere may not be the figure's own
        doubt = _reading_that_fits(part, whole, losses, signed)
        if doubt == "stated":
            return None  # the article says some stretch lost money
        if doubt:
            severity = "warning"
            verdict = f"{stretch} is above the {word}: possible only if {doubt}; confirm the figures"
        else:
            verdict = f"{stretch} of a flow cannot exceed the {word}"
    relation = "≤" if passed else ">"
    return make_check(
        ID, severity,
        passed=passed,
        claims=[part, whole],
        message=(f"{part.metric_key or whole.metric_key}: {part.text} ({part.period or stretch}) {relation} "
                 f"{whole.text} ({_whole_period(whole)}): {verdict}"),
        expected=display(allowed, whole),
        actual=part.text,
    )


def _reading_that_fits(part: Claim, whole: Claim, losses: set, signed: bool = False) -> str:
    """How a part above its whole could still be right: "" when it cannot, "stated" when
    the article itself says so (a loss that year), else the reading an editor should confirm.
    ``signed``: the relation was read as one of a profit (a segment's 171億元 in a list of
    税前获利), whatever the figures' own phrases say."""
    if signed or _can_be_negative(part) or _can_be_negative(whole):
        year = period_year(part.period) or period_year(whole.period)
        for document, sentence, loss_year in losses:
            if (document == part.document and sentence in (part.sentence_index, whole.sentence_index)
                    and (None in (year, loss_year) or year == loss_year)):
                return "stated"
        return f"the rest of the {_whole_word(whole)} lost money"
    if part.dimension == "count" and part.unit in _HEADCOUNT_COUNTERS:
        return f"those counted in {_stretch(part)} are not all counted in the {_whole_word(whole)}"
    return ""


def _parts_add_up(by_period: dict[str, list[Claim]]) -> Iterator[Check]:
    """Every whole whose stretch the printed parts cover exactly, one figure per part."""
    by_key = _ByKey(by_period)
    for whole_period, claims in sorted(by_period.items()):
        span = period_span(whole_period)
        for whole in claims:
            if span is None or _running(whole) or not _summable(whole):
                continue
            if _the_one(by_key.of_metric(whole_period, whole)) is not whole:
                continue  # two figures for the whole: which one the parts add up to is anyone's guess
            inside = []
            for period in by_period:
                if not within(period, whole_period):
                    continue
                matching = _the_one(by_key.of_metric(period, whole))
                if matching is not None:
                    inside.append((period_span(period), matching))
            for parts in _tilings(span[1], span[2], sorted(inside, key=lambda item: item[0])):
                if any(_other_digest_item(part, whole) for part in parts):
                    continue
                check = _sum_of_parts(parts, whole)
                if check is not None:
                    yield check


def _the_one(figures: list[Claim]) -> Claim | None:
    """The figure a stretch is printed with: the only one, or the finest when the others only
    bound it (142,317辆 and 今年累计交付量已超过14万辆)."""
    if len(figures) <= 1:
        return figures[0] if figures else None
    finest = [figure for figure in figures
              if all(_bounds(other, figure) for other in figures if other is not figure)]
    return finest[0] if len(finest) == 1 else None


def _bounds(other: Claim, figure: Claim) -> bool:
    """``other`` is a bound or a rounding that every reading of ``figure`` satisfies."""
    outer, inner = claim_interval(other), claim_interval(figure)
    if inner.lower is None or inner.upper is None or (outer.lower, outer.upper) == (inner.lower, inner.upper):
        return False
    return outer.contains(inner.lower) and outer.contains(inner.upper)


class _ByKey:
    """Each period's figures by their metric keys (``_keys``): a whole meets the figures that
    share a key with it, not every figure of the period (a long article prints thousands)."""

    def __init__(self, by_period: dict[str, list[Claim]]) -> None:
        self._by_period = by_period
        self._positions: dict[str, dict[str, list[int]]] = {}
        for period, claims in by_period.items():
            keyed: dict[str, list[int]] = defaultdict(list)
            for position, claim in enumerate(claims):
                for key in _keys(claim):
                    keyed[key].append(position)
            self._positions[period] = keyed

    def of_metric(self, period: str, like: Claim) -> list[Claim]:
        """``_of_metric`` over the period's figures."""
        keyed = self._positions.get(period, {})
        positions = sorted({position for key in _keys(like) for position in keyed.get(key, ())})
        claims = self._by_period[period]
        return _of_metric([claims[position] for position in positions], like)


def _of_metric(claims: list[Claim], like: Claim) -> list[Claim]:
    return [claim for claim in claims
            if not _running(claim) and _same_metric(claim, like) and _same_units(claim, like)]


def _summable(claim: Claim) -> bool:
    return claim.dimension in ("money", "number") or (
        claim.dimension == "count" and claim.unit in _SUMMABLE_COUNTERS)


def _tilings(first: int, last: int, inside: list[tuple[tuple[int, int, int], Claim]],
             limit: int = 4) -> list[list[Claim]]:
    """Ways to cover the months ``first``…``last`` with printed parts end to end (Q1+Q2+Q3+Q4,
    前三季度+Q4, H1+H2, Q1+4月), at most ``limit`` of them."""
    found: list[list[Claim]] = []

    def extend(month: int, chosen: list[Claim]) -> None:
        if len(found) >= limit:
            return
        if month > last:
            if len(chosen) >= 2:
                found.append(list(chosen))
            return
        for (_year, start, end), claim in inside:
            if start == month and end <= last:
                extend(end + 1, chosen + [claim])

    extend(first, [])
    return found


def _sum_key(parts: list[Claim], whole: Claim) -> frozenset[str]:
    return frozenset(f"{claim.document}#{claim.id}" for claim in (*parts, whole))


def _revised_statistics(whole: Claim) -> bool:
    """A figure of an economy or a market (国家统计局's 社会消费品零售总额, an association's
    零售), not of a company reporting its own months: such statistics are revised from one
    release to the next, so 1-9月 as first printed and 10月 need not make 1-10月."""
    entity = whole.entity or ""
    if entity in OTHER_SUBJECTS or _STATISTICS.search(entity):
        return True
    # An article that names no subject: its sentence says whether it speaks of an economy.
    return not is_named(entity) and _STATISTICS.search(whole.metric + whole.sentence) is not None


def _sum_verdict(passed: bool, whole: Claim) -> tuple[str, str]:
    """The severity and the words of a sum that does or does not make its whole."""
    if passed:
        return SEVERITY, ""
    if _revised_statistics(whole):
        return "warning", (", which no rounding of the parts can give; statistics are often revised between "
                           "releases: confirm the figures")
    return SEVERITY, ", which no rounding of the parts can give"


def _sum_of_parts(parts: list[Claim], whole: Claim) -> Check | None:
    total, printed = summed(parts)
    passed = total.intersects(claim_interval(whole))
    if not passed and not _period_printed(whole):
        return None  # the whole's period was carried over: it may be another stretch's figure
    terms = " + ".join(part.text for part in parts)
    periods = " + ".join(part.period or "" for part in parts)
    severity, verdict = _sum_verdict(passed, whole)
    metric = whole.metric_key or parts[0].metric_key
    return make_check(
        ID, severity,
        passed=passed,
        claims=[*parts, whole],
        message=(f"{metric}: {periods} = {whole.period}, and {terms} = {display(printed, whole)}; "
                 f"the text says {whole.text}{verdict}"),
        expected=display(total, whole),
        actual=whole.text,
        salt="sum",
    )


def _stated_sum(parts: list[Claim], whole: Claim) -> Check:
    """The stretches the text prints end to end for its whole (Q1-Q4 分别为…, a table row's
    quarters, a first quarter and April beside the year to date): each part is within the
    whole, and together they make it up. The message names each part in both roles."""
    total, printed = summed(parts)
    whole_range = claim_interval(whole)
    adds_up = total.intersects(whole_range)
    above = [part for part in parts if not Interval(None, whole_range.upper).intersects(claim_interval(part))]
    terms = " + ".join(part.text for part in parts)
    distinct = len({part.period for part in parts}) == len(parts) and all(part.period for part in parts)
    periods = " + ".join(str(part.period) for part in parts) if distinct else "the stretches"
    # A part above its whole is wrong whoever counts; a sum that misses may be a revision.
    severity, verdict = _sum_verdict(adds_up, whole) if not above else (SEVERITY, "")
    if not adds_up and above:
        verdict = ", which no rounding of the parts can give"
    inside = ("each of " + ", ".join(part.text for part in parts) + " is within it" if not above
              else ", ".join(part.text for part in above) + " alone exceeds it")
    return make_check(
        ID, severity,
        passed=adds_up and not above,
        claims=[*parts, whole, *parts],
        message=(f"{whole.metric_key or parts[0].metric_key}: {periods} = {whole.period or 'the whole'}, and "
                 f"{terms} = {display(printed, whole)}; the text says {whole.text}{verdict}; {inside}"),
        expected=display(total, whole),
        actual=whole.text,
        salt="sum",
    )


def _stretch(part: Claim) -> str:
    return {"quarter": "a quarter", "half": "a half-year", "ytd": "the first months of the year",
            "month": "a month", "months": "a stretch of months"}.get(
        period_kind(part.period) or "", "a part of a year")


def _whole_word(whole: Claim) -> str:
    if _running(whole):
        return "running total"
    return {"year": "year", "half": "half-year", "quarter": "quarter", "ytd": "year to date",
            "months": "months"}.get(period_kind(whole.period) or "", "whole")


def _whole_period(whole: Claim) -> str:
    if whole.period is None:
        return "the longer stretch its words give"  # a passage that never prints its year
    return f"running total at {whole.period}" if _running(whole) else str(whole.period)
