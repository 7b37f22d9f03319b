"""A figure and its growth must agree with the prior-period figure stated elsewhere.

A growth rate turns its figure into a second claim: 1374亿元, 同比增长111.1% says that the
year before was 1374亿 ÷ 2.111, about 650.9亿元. When the same article, or another article of
the run, states that prior-period figure for the same company and metric, the two must agree.
An absolute growth (优质客户796家，同比增长202家) says the prior was 796 − 202 = 594家.

Every figure is an interval, so the implied prior is a range (1374亿元 up 111.1% is anything
from 650.78亿 to 651.09亿), and the check fails only when the stated prior lies outside it.
The prior period follows the growth's basis: 同比 (or no basis on a year, quarter or half)
is the same stretch a year earlier, 环比 the quarter before, 较年初 the previous year end.
A growth of a percentage (不良率1.05%，下降0.14%) is left alone: it may mean points.
Forecasts are not checked as facts, but a guided range and the rates the same guidance gives
it against a reported figure (在1.65万辆至1.7万辆之间，环比增长约35.2%至39.3%, after the quarter's
12206辆) are the forecaster's own arithmetic, and are checked as such.
Two growths of one quarter the text calls by one basis (同比增长40.2%，同比增长143.5%: a translated
release's 环比 printed as 同比) cannot both run from the year before; a relation naming the
baselines of both bases (a table's year-before and quarter-before cells) passes a rate that meets
one of them, and one that meets neither is a warning: wrong whichever basis was meant, but which
baseline it should meet is unsure.
When one change is printed both as an amount and as a rate (较上年末增加1236.48亿元，增幅
16.7%), the two priors they imply must meet as well.
A growth in 倍 adds that many times the prior (增长1.5倍 is +150%), though some writers mean the
ratio itself (增长2倍 as ×2): a prior that fits neither reading is wrong, and a pass says which fitted.
A growth measured on a restated or like-for-like basis (按可比口径, 同比增长28.4%（经重述）) runs from a
prior restated since it was first reported; the article may print the first one, so a miss is a
warning.
约 widens a figure by a tenth; a stated rate between approximate figures (约80亿元，较上季度
的约71亿元增长12.7%) that holds only thanks to that widening, and not with each 约 read at
its printed digits, is reported as a warning.

错误 (wrong)::

    2021年报：全年促成借款金额1374亿元，同比增长111.1%。
    2020年报：全年促成借款金额700亿元。

    1374亿 ÷ 2.111 is 650.78亿–651.09亿, never 700亿.

正确 (right)::

    2021年报：全年促成借款金额1374亿元，同比增长111.1%。
    2020年报：全年促成借款金额651亿元。
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from fractions import Fraction
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

from validator.corpus import Corpus, claim_interval, comparable_units
from validator.intervals import Interval, rounding_interval
from validator.numbers import qualifier_bound
from validator.distributive import FIRST_RATE_OF_A_RANGE
from validator.rate_gaps import GUIDED_RANGE
from validator.share_totals import revenue_way
from validator.records import AMOUNTS, Check, Claim, Relation

from validator.periods import prior_period
from validator.script import simplified

from ._checks import (as_printed, describe, direction_words, display, in_units, make_check, signed_change,
                      signed_words, under_readings, where_stated)
from ._grouping import COMPARABLE_DIMENSIONS, stated_figures

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")

ID = "growth-prior"
SEVERITY = "error"
SUMMARY = "a figure and its growth agree with the prior-period figure stated elsewhere"


def _divided_by_growth(figure: Interval, rate: Interval) -> Interval | None:
    """figure ÷ (1 + rate/100): the value a growth rate started from. None for a figure that may be
    a loss: a rate between losses is read in ``_stated_prior_of_a_loss``, not by dividing."""
    if not figure.nonnegative:
        return None
    low = None if rate.lower is None else 1 + rate.lower / 100
    high = None if rate.upper is None else 1 + rate.upper / 100
    if high is not None and high <= 0:
        return None  # a fall of 100% or more leaves nothing to start from
    lower = Fraction(0) if high is None else figure.lower / high  # type: ignore[operator]
    upper = None if low is None or low <= 0 or figure.upper is None else figure.upper / low
    return Interval(lower, upper)


def _positive(interval: Interval) -> bool:
    return interval.lower is not None and interval.lower > 0


def implied_prior(figure: Claim, growth: Claim) -> Interval | None:
    """The prior-period value a figure and its growth imply, or None when they imply nothing sure."""
    return _implied_from(claim_interval(figure), figure, growth)


def _implied_from(figure_range: Interval, figure: Claim, growth: Claim, times: bool = False) -> Interval | None:
    """``implied_prior`` with the figure read as ``figure_range`` (its trailing zeros as rounding).
    ``times`` reads a growth in 倍 as the ratio itself (增长2倍 as ×2, not ×3)."""
    growth_range = claim_interval(growth)
    if growth.dimension == "multiple" and growth.direction == "up" and growth.value > 0:
        # 增长1.5倍 adds 150%; some writers mean it as ×1.5, the ratio to the prior.
        rate = (growth_range - Interval.point(1) if times else growth_range).scale(100)
        return _divided_by_growth(figure_range, rate) if figure_range.nonnegative else None
    if growth.dimension == "percent":
        if not figure_range.nonnegative:
            return None
        return _divided_by_growth(figure_range, growth_range)
    if growth.dimension in AMOUNTS and comparable_units(figure, growth):
        return figure_range - growth_range
    return None  # a fall in 倍, or a multiple of another kind: nothing sure


def _figure_of(corpus: Corpus, groups: dict[tuple, list[Claim]], growth: Claim,
               linked_keys: set[tuple]) -> Claim | None:
    """The figure a growth is about: its link, or for a bare growth (营收同比增长25%) the one
    figure the run states for its entity, metric and period, when every statement agrees."""
    if growth.of_claim is not None:
        return corpus.linked(growth, growth.of_claim)
    if not growth.metric_key or growth.entity is None or growth.period is None:
        return None
    if (growth.document, growth.entity, growth.metric_key, growth.period) in linked_keys:
        return None  # the same article already ties this growth to its figure
    dimension = "number" if growth.dimension == "percent" else growth.dimension
    if dimension not in COMPARABLE_DIMENSIONS:
        return None
    candidates = [claim for claim in stated_figures(groups, growth, growth.period, dimension)
                  if growth.dimension == "percent" or comparable_units(growth, claim)]
    if not candidates or not _all_agree(candidates):
        return None
    own = [claim for claim in candidates if claim.document == growth.document]
    return (own or candidates)[0]


def _elsewhere(figure: Claim, growth: Claim) -> str:
    return "" if figure.document == growth.document else f" (in {Path(figure.document).name})"


def _all_agree(claims: list[Claim]) -> bool:
    """One dimension and unit, and one value every statement allows (intervals that meet
    pairwise share a point, so the highest lower bound must not pass the lowest upper one)."""
    first = claims[0]
    if any(claim.dimension != first.dimension or claim.unit != first.unit for claim in claims):
        return False
    lowers = [claim_interval(claim).lower for claim in claims]
    uppers = [claim_interval(claim).upper for claim in claims]
    highest_lower = max((low for low in lowers if low is not None), default=None)
    lowest_upper = min((high for high in uppers if high is not None), default=None)
    return highest_lower is None or lowest_upper is None or highest_lower <= lowest_upper


def check(corpus: Corpus) -> Iterator[Check]:
    stated = set()
    for relation, roles in [*corpus.stated("growth_prior"), *_guided_ranges(corpus)]:
        stated.add((relation.document, roles["rate"][0].id))
        if roles["rate"][0].constant_currency:
            continue  # its prior is restated at this period's rates: the printed one cannot give it
        if len(roles["prior"]) > 1:
            yield _against_either_prior(relation, roles["current"][0], roles["prior"], roles["rate"][0])
        else:
            yield _stated_prior(relation, roles["current"][0], roles["prior"][0], roles["rate"][0])
    growths = [claim for claim in corpus.of_kind("growth")
               if not claim.between_rates and claim.basis != "比较" and not claim.constant_currency
               and (claim.document, claim.id) not in stated]
    # 较上年同期的Y增加D，增长R%: a from→to the sentence states pairs its own amount and rate;
    # pairing them again by link would meet the baseline, not the figure.
    paired = {(relation.document, claim.id) for relation, roles in corpus.stated("from_to")
              for role in ("rate", "delta") for claim in roles.get(role, ())}
    yield from _amount_against_rate(corpus, [growth for growth in growths
                                             if (growth.document, growth.id) not in paired])
    groups = corpus.grouped(kind="figure")
    linked_keys = set()
    for growth in growths:
        figure = corpus.linked(growth, growth.of_claim)
        if figure is not None:
            linked_keys.add((growth.document, figure.entity, figure.metric_key, figure.period))
    for growth in growths:
        figure = _figure_of(corpus, groups, growth, linked_keys)
        if figure is None or figure.kind != "figure" or figure.dimension not in COMPARABLE_DIMENSIONS:
            continue  # a growth of a rate (不良率下降0.14%) may mean points: not checked
        if not figure.metric_key or figure.entity is None:
            continue
        prior = prior_period(figure.period, growth.basis)
        implied = implied_prior(figure, growth)
        if prior is None or implied is None:
            continue
        for stated in stated_figures(groups, figure, prior):
            if not comparable_units(figure, stated):
                continue
            if stated.document == figure.document and stated.id == figure.from_claim:
                continue  # 从A增长到B，增长x%: change-delta checks that pair
            if stated.document == figure.document and stated.text == figure.text:
                continue  # the figure printed again under a period misread (去年 in a headline)
            if revenue_way(figure.metric) and revenue_way(stated.metric) not in (None, revenue_way(figure.metric)):
                continue  # 营业总收入 against the 营业收入 of the year before: two revenues under one key
            shown, unit = in_units(implied, stated)

            def holds(ranges: list[Interval], growth: Claim = growth, figure: Claim = figure,
                      times: bool = False) -> bool:
                found = _implied_from(ranges[0], figure, growth, times)
                return found is not None and found.intersects(ranges[1])

            # 1,230万 and 1,040万 in a translated release may be 12.3 and 10.4 million rounded.
            passed, reading = under_readings([figure, stated], holds)
            if not passed and growth.dimension == "multiple" and growth.value > 1:
                as_ratio = _implied_from(claim_interval(figure), figure, growth, times=True)
                passed, reading = under_readings([figure, stated], functools.partial(holds, times=True))
                if passed and as_ratio is not None:
                    shown, unit = in_units(as_ratio, stated)
                    reading = f" (reading {growth.text} as the ratio to the prior, as some writers mean it)" + reading
            restated = "" if passed else _restated_basis(growth)
            yield make_check(
                ID, "warning" if restated else SEVERITY,
                passed=passed,
                claims=[figure, growth, stated],
                message=(f"{figure.text}{_elsewhere(figure, growth)} {signed_words(growth)} "
                         f"{as_printed(growth)} implies "
                         f"{describe(shown, unit)} for {prior}{reading}; "
                         f"{where_stated(stated, figure)} {stated.text}{restated}"),
                expected=describe(shown, unit),
                actual=stated.text,
            )


# Words that measure a growth from a prior restated since it was first reported: insurers' new
# business value 按可比口径, a release's 同比增长28.4%（经重述）. Not 调整后, which names a measure
# (经调整净利润), not a basis.
RESTATED_BASIS_WORDS = ("可比口径", "同口径", "经重述", "重述后", "追溯调整")
_RESTATED_BASIS = re.compile("|".join(RESTATED_BASIS_WORDS))
_CLAUSE_STOP = re.compile(r"[，,。；;]")
# A basis named in a clause of its own before the change: 按可比口径计算，同比增长28.4%.
_BASIS_CLAUSE_END = re.compile(r"(?:计算|计|口径|来看|而言)\s*$")


def _restated_basis(growth: Claim) -> str:
    """Words for a message when the growth is measured on a restated or like-for-like basis (the
    clause of the growth, a bracket after it, or a clause naming the basis just before it): the
    prior an article prints may be the one first reported, so a growth that misses it is a doubt,
    not an error. Empty when no such basis is named."""
    text = growth.reading
    at = text.find(simplified(growth.text)) if growth.text else -1
    if at < 0:
        return ""
    stops = [found.start() for found in _CLAUSE_STOP.finditer(text)]
    start = max((stop + 1 for stop in stops if stop < at), default=0)
    if start and _BASIS_CLAUSE_END.search(text, 0, start - 1):
        start = max((stop + 1 for stop in stops if stop < start - 1), default=0)
    end = min((stop for stop in stops if stop >= at + len(growth.text)), default=len(text))
    named = _RESTATED_BASIS.search(text, start, end)
    if named is None:
        return ""
    printed = growth.sentence[named.start():named.end()]  # the reading is the sentence, one for one
    return (f"; but {growth.text} is measured on a restated basis ({printed}): the prior printed may be the "
            f"figure as first reported, not as restated")


def _guided_ranges(corpus: Corpus) -> list[tuple[Relation, dict[str, list[Claim]]]]:
    """预计第四季度交付量在1.65万辆至1.7万辆之间，…环比增长约35.2%至39.3%: a guided range and the
    rates the same guidance gives it against a reported figure. The range is a forecast, which no
    rule checks as a fact; but the rates are the forecaster's own arithmetic on its own range, so
    they must take the reported baseline to it."""
    found = []
    for extraction in corpus.extractions:
        by_id = None
        for relation in extraction.relations:
            if relation.kind != "growth_prior" or relation.construction != GUIDED_RANGE:
                continue
            by_id = by_id or {claim.id: claim for claim in extraction.claims}
            roles: dict[str, list[Claim]] = {}
            for filler in relation.fillers:
                if filler.claim in by_id:
                    roles.setdefault(filler.role, []).append(by_id[filler.claim])
            if {"current", "prior", "rate"} <= roles.keys() and not roles["prior"][0].forecast:
                found.append((relation, roles))
    return found


def _stated_prior(relation, current: Claim, prior: Claim, rate: Claim) -> Check:
    """净利润2.76亿元，较上年同期的5.81亿元下降52.5%: the rate the sentence states between the
    figure and its baseline must take the one to the other."""
    if not (claim_interval(current).nonnegative and claim_interval(prior).nonnegative):
        return _stated_prior_of_a_loss(relation, current, prior, rate)
    change = signed_change(rate, relation.direction)

    def holds(ranges: list[Interval]) -> bool:
        if not ranges[0].nonnegative:
            return True
        implied = _divided_by_growth(ranges[0], change)
        if implied is None:
            # a fall of 100% or more leaves nothing: never a positive figure from a positive one
            return not (_positive(ranges[0]) and _positive(ranges[1]))
        return implied.intersects(ranges[1])

    passed, reading = under_readings([current, prior], holds)
    implied = _divided_by_growth(claim_interval(current), change)
    words = direction_words(relation.direction)
    shown = display(implied, prior) if implied is not None else "no positive value (a fall of 100% or more)"
    severity = SEVERITY
    if passed and any(_as_printed_digits(claim) for claim in (current, prior, rate)):
        passed, severity, reading = _holds_at_printed_digits(relation, current, prior, rate)
    restated = "" if passed else _restated_basis(rate)
    if restated:
        severity, reading = "warning", reading + restated
    if not passed and relation.construction == FIRST_RATE_OF_A_RANGE:
        # 2018-2020年…年增长率从21.5%…: 2018's growth over a year not printed is a reading too.
        severity = "warning"
        reading += (f"; unless {rate.text} is the growth of the range's first year over one the "
                    f"article does not print")
    return make_check(
        ID, severity,
        passed=passed,
        claims=[current, prior, rate],
        message=(f"{current.text} {words} {rate.text} from {prior.text}: {current.text} {words} "
                 f"{rate.text} implies {shown} before{reading}; the text says {prior.text}"
                 f"{'' if passed else _rate_between(current, prior)}"),
        expected=shown,
        actual=prior.text,
        salt="stated",
    )


def _rate_between(current: Claim, prior: Claim) -> str:
    """The rate the two printed figures give, for a message: which of the three figures is wrong the
    arithmetic cannot tell, so the editor is shown both ways of reading the slip."""
    found = _quotient(claim_interval(current) - claim_interval(prior), claim_interval(prior))
    if found is None:
        return ""
    words = "down" if found.upper is not None and found.upper < 0 else "up" if found.lower >= 0 else "changed by"  # type: ignore[operator]
    shown = describe(-found if words == "down" else found, "%")
    return f", and {prior.text} to {current.text} is {words} {shown}"


def _quotient(dividend: Interval, divisor: Interval) -> Interval | None:
    """dividend ÷ divisor for a dividend of either sign and a positive divisor, in percent; None
    when a bound is open or the divisor may be zero."""
    if not dividend.bounded or not divisor.bounded or not divisor.positive:
        return None
    low = dividend.lower / (divisor.upper if dividend.lower >= 0 else divisor.lower)  # type: ignore[operator]
    high = dividend.upper / (divisor.lower if dividend.upper >= 0 else divisor.upper)  # type: ignore[operator]
    return Interval(low, high).scale(100)


def _size(interval: Interval) -> Interval | None:
    """The size of a figure that is wholly a loss or wholly a gain: |x|; None when it may be zero."""
    if interval.positive:
        return interval
    if interval.upper is not None and interval.upper < 0:
        return -interval
    return None


def _loss_readings(current: Interval, prior: Interval) -> list[tuple[str, Interval]]:
    """The rates a change between two figures, one a loss (printed with its minus), may be printed
    as: the change against the size of the prior, as results tables compute it (from 2亿元 to
    -0.5亿元 is −125%; from -2.35亿元 to -1.27亿元 is +46.0%), and the change of the sizes, as a
    loss that narrows or widens is told (-2.35亿元 to -1.27亿元 is a loss 46.0% smaller)."""
    readings = []
    prior_size, current_size = _size(prior), _size(current)
    if prior_size is None:
        return readings
    against_prior = _quotient(current - prior, prior_size)
    if against_prior is not None:
        readings.append(("against the size of the prior", against_prior))
    if current_size is not None and current_size.bounded and prior_size.bounded:
        readings.append(("between the sizes", (current_size / prior_size).scale(100) - Interval.point(100)))
    return readings


def _stated_prior_of_a_loss(relation, current: Claim, prior: Claim, rate: Claim,
                            severity: str = SEVERITY) -> Check:
    """归母净利润-1.27亿元，上年同期为-2.35亿元，同比增长46.0%; 净利润-0.5亿元，较上年同期的2亿元下降125%:
    a rate between figures one of which is a loss cannot divide the figure back to its prior. It
    must be one of the rates such a change is printed as (``_loss_readings``); it is wrong only
    when it is none of them."""
    change = signed_change(rate, relation.direction)

    def fitting(ranges: list[Interval]) -> list[tuple[str, Interval]]:
        return [(name, found) for name, found in _loss_readings(ranges[0], ranges[1]) if found.intersects(change)]

    readings = _loss_readings(claim_interval(current), claim_interval(prior))
    passed, reading = under_readings([current, prior], lambda ranges: bool(fitting(ranges)) or not readings)
    words = direction_words(relation.direction)
    shown = "; ".join(f"{describe(found, '%')} {name}" for name, found in readings) or "no rate (a prior of zero)"
    return make_check(
        ID, severity,
        passed=passed,
        claims=[current, prior, rate],
        message=(f"{current.text} {words} {rate.text} from {prior.text}: a change between a loss and its prior "
                 f"is {shown}{reading}; the text says {words} {rate.text}"),
        expected=shown,
        actual=rate.text,
        salt="stated",
    )


def _against_either_prior(relation: Relation, current: Claim, priors: list[Claim], rate: Claim) -> Check:
    """交付量为35,221辆，同比增长40.2%，同比增长143.5% beside a table of the quarters: two growths of
    one quarter both called 同比 cannot both run from the year before; one basis is misnamed (a
    translated release's 环比), and the relation names the baseline of each basis the text may
    mean. A rate that takes its figure to one of them holds; one that takes it to none is wrong
    whichever basis was meant, but which baseline it should meet is unsure: a warning."""
    if not claim_interval(current).nonnegative or not all(claim_interval(prior).nonnegative for prior in priors):
        checks = [_stated_prior_of_a_loss(relation, current, prior, rate, "warning") for prior in priors]
        return next((check for check in checks if check.outcome == "pass"), checks[0])
    change = signed_change(rate, relation.direction)
    implied = _divided_by_growth(claim_interval(current), change)
    words = direction_words(relation.direction)
    for prior in priors:

        def holds(ranges: list[Interval]) -> bool:
            found = _divided_by_growth(ranges[0], change)
            return not ranges[0].nonnegative or (found is not None and found.intersects(ranges[1]))

        passed, reading = under_readings([current, prior], holds)
        if passed and implied is not None:
            return make_check(
                ID, SEVERITY, passed=True, claims=[current, prior, rate],
                message=(f"{current.text} {words} {rate.text} from {prior.text} ({prior.period}): {current.text} "
                         f"{words} {rate.text} implies {display(implied, prior)} before{reading}; the text says "
                         f"{prior.text}, one of the baselines {rate.text} may run from ({_misnamed(current, rate)})"),
                expected=display(implied, prior), actual=prior.text, salt="stated",
            )
    shown = display(implied, priors[0]) if implied is not None else "no positive value (a fall of 100% or more)"
    baselines = "、".join(f"{prior.text} ({prior.period})" for prior in priors)
    return make_check(
        ID, "warning", passed=False, claims=[current, *priors, rate],
        message=(f"{current.text} {words} {rate.text} implies {shown} before, but the baselines {rate.text} may "
                 f"run from are {baselines}, and it meets none of them ({_misnamed(current, rate)})"),
        expected=shown, actual=rate.text, salt="stated",
    )


def _misnamed(current: Claim, rate: Claim) -> str:
    return f"the text gives {current.text} two growths it calls {rate.basis or 'by one basis'}: one basis is misnamed"


def _as_printed_digits(claim: Claim) -> Interval | None:
    """An approximate figure (约794亿元, 约38.3%) read at its printed digits only: the interval
    it has before 约 widens it by a tenth. None for a figure that is not approximate."""
    if qualifier_bound(claim.qualifier) != "around" or claim.value is None:
        return None
    found = _DIGITS.search(unicodedata.normalize("NFKC", claim.text))
    if found is None:
        return None
    printed = Decimal(re.sub(r"[,\s]", "", found.group(0)))
    if printed == 0:
        return None
    scale = abs(Decimal(claim.value)) / printed
    interval = rounding_interval(printed, scale)
    return interval if claim.value >= 0 else -interval


def _holds_at_printed_digits(relation, current: Claim, prior: Claim, rate: Claim) -> tuple[bool, str, str]:
    """约80亿元，较上季度的约71亿元增长12.7%: a stated rate between approximate figures is
    checked again with every 约 read at its printed digits. A relation that holds only because
    约 widens its figures by a tenth is worth a warning, never an error: the writer may have
    rounded loosely. Returns the verdict, the severity and the words saying which reading failed."""
    narrow = [_as_printed_digits(claim) or claim_interval(claim) for claim in (current, prior, rate)]
    change = signed_change(rate, relation.direction, narrow[2])
    implied = _divided_by_growth(narrow[0], change)
    if implied is None or not narrow[0].nonnegative or implied.intersects(narrow[1]):
        return True, SEVERITY, ""
    loose = "、".join(claim.text for claim in (current, prior, rate) if _as_printed_digits(claim))
    return False, "warning", (f" only when {loose} is read a tenth either way; at its printed digits "
                              f"the rate implies {display(implied, prior)} before")


def _amount_against_rate(corpus: Corpus, growths: list[Claim]) -> Iterator[Check]:
    """较上年末增加1236.48亿元，增幅16.7%: the amount and the rate of one change each imply
    the prior figure, and the two priors must meet."""
    by_figure: dict[tuple[str, str], list[Claim]] = {}
    for growth in growths:
        if growth.of_claim:
            by_figure.setdefault((growth.document, growth.of_claim), []).append(growth)
    for (document, figure_id), changes in sorted(by_figure.items()):
        figure = corpus.linked(changes[0], figure_id)
        if figure is None or figure.kind != "figure" or figure.dimension not in COMPARABLE_DIMENSIONS:
            continue
        rates = [change for change in changes if change.dimension == "percent"]
        amounts = [change for change in changes if change.dimension != "percent"]
        for rate in rates:
            for amount in amounts:
                if rate.basis and amount.basis and rate.basis != amount.basis:
                    continue  # 同比 and 较年初 measure from different dates
                from_rate, from_amount = implied_prior(figure, rate), implied_prior(figure, amount)
                if from_rate is None or from_amount is None:
                    continue
                shown_rate, unit = in_units(from_rate, figure)
                shown_amount, _ = in_units(from_amount, figure)
                passed = from_rate.intersects(from_amount)
                yield make_check(
                    ID, SEVERITY,
                    passed=passed,
                    claims=[figure, amount, rate],
                    message=(f"{figure.text} {signed_words(amount)} {as_printed(amount)} implies a prior of "
                             f"{describe(shown_amount, unit)}; {signed_words(rate)} {as_printed(rate)} implies "
                             f"{describe(shown_rate, unit)}"),
                    expected=describe(shown_amount, unit),
                    actual=rate.text,
                    salt="amount-against-rate",
                )
