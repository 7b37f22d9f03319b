"""Every figure in a headline must be backed by the body.

Readers stop at the title, so a title figure the article never supports is the worst place
for a mistake. Each figure of the title (and of a section heading such as 「科技探索者」：
投入增长59%) is looked up among the body's figures of the same company, kind (growth with
growth, figure with figure, share with share), units (a bare 4500万 goes with 4500万户) and
period. A headline abbreviates, so 营收 finds 营收 and 投入 finds 信息科技投入 (one metric key
a suffix of the other); a title year finds the body's year-end balance (2021 ↔ 2021-12-31),
and an unknown period meets any. The title's qualifier is already in its interval (近三成 is
at most 30%, 超过12万户 at least 12万), and a growth keeps its direction: 增长 is never
backed by a 下降.

The title passes when one body figure's interval meets the title's. It is violated only when
none does and the body surely gives the same measure: the same metric key, or else the one
body metric that a title key of three or more characters abbreviates, provided no body figure
of that kind and period meets the title's under another name (收入 may be the 营业收入 keyed
营收); both periods known, the same running-total sense (累计) and the same growth basis. A
vague headline never raises an error, and a title figure the body never repeats is not
checked.

错误 (wrong)::

    标题：某科技2021年营收同比增35%
    正文：公司全年实现营业收入41.3亿元，同比增长25%。

    The title's 35% growth of 营收 meets nothing the body gives: the body says 25%.

正确 (right)::

    标题：某科技2021年营收同比增25%
    正文：公司全年实现营业收入41.3亿元，同比增长25%。
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.corpus import Corpus, claim_interval, comparable_units
from validator.intervals import Interval
from validator.metrics import keys_compatible
from validator.periods import period_kind
from validator.records import Check, Claim

from ._checks import as_printed, describe, in_units, make_check

ID = "headline"
SEVERITY = "error"
SUMMARY = "every figure in the title is backed by the body"

_HEADLINE_SOURCES = ("title", "heading")
# A headline abbreviates a metric to its last words (投入 for 信息科技投入), but a word of two
# characters (收入, 投入, 贷款) heads too many measures to be trusted for a violation:
# 收入 may be 利息收入 or the 营业收入 the body keys as 营收.
_SHORTEST_ABBREVIATION = 3


def check(corpus: Corpus) -> Iterator[Check]:
    body_claims: dict[str, list[Claim]] = {}
    for claim in corpus.claims:
        if claim.source == "body":
            body_claims.setdefault(claim.document, []).append(claim)
    for headline in corpus.claims:
        if headline.source not in _HEADLINE_SOURCES or not headline.metric_key or not headline.entity:
            continue
        candidates = [body for body in body_claims.get(headline.document, ()) if _same_measure(headline, body)]
        if not candidates:
            continue
        stated = _signed_interval(headline)
        backing = [body for body in candidates if _signed_interval(body).intersects(stated)]
        if backing:
            yield _passed(headline, backing)
            continue
        strict = _strict_candidates(headline, candidates, body_claims.get(headline.document, []))
        if strict:
            yield _violated(headline, strict)


def _same_measure(headline: Claim, body: Claim) -> bool:
    return (
        body.entity == headline.entity
        and body.kind == headline.kind
        and comparable_units(headline, body)
        and keys_compatible(headline.metric_key, body.metric_key)
        and _periods_compatible(headline.period, body.period)
    )


def _periods_compatible(title: str | None, body: str | None) -> bool:
    """Equal periods, or a year and its year-end balance; an unknown period meets any."""
    if title is None or body is None or title == body:
        return True
    return _year_and_its_end(title, body) or _year_and_its_end(body, title)


def _year_and_its_end(year: str, point: str) -> bool:
    return period_kind(year) == "year" and point == f"{year}-12-31"


def _signed_interval(claim: Claim) -> Interval:
    """A growth's interval cut to its direction: 下降近三成 is a fall, never a rise."""
    values = claim_interval(claim)
    if claim.kind != "growth" or claim.direction is None:
        return values
    lower, upper = values.lower, values.upper
    if claim.direction == "up":
        lower = max(lower, 0) if lower is not None else 0
    else:
        upper = min(upper, 0) if upper is not None else 0
    if lower is not None and upper is not None and lower > upper:
        return values  # the printed interval disagrees with its verb: keep what was printed
    return Interval.of(lower, upper)


def _strict_candidates(headline: Claim, candidates: list[Claim], body_claims: list[Claim]) -> list[Claim]:
    """The body figures that are surely the headline's measure, for a violation.

    The same key, or — when the headline's key is an abbreviation of at least three characters
    — the one body metric it can stand for, unless the body prints the headline's figure for
    another measure; both periods known, and the same running-total sense and growth basis
    (同比 is not 环比).
    """
    sure = [
        body for body in candidates
        if headline.period is not None and body.period is not None
        and body.cumulative == headline.cumulative
        and (headline.basis is None or body.basis is None or headline.basis == body.basis
             or headline.kind == "share")
    ]
    equal = [body for body in sure if body.metric_key == headline.metric_key]
    if equal:
        return equal
    abbreviated = {body.metric_key for body in sure}
    if len(abbreviated) != 1 or len(headline.metric_key) < _SHORTEST_ABBREVIATION:
        return []
    # 收入 may be 营业收入 (keyed 营收) as well as 利息收入: if the body prints the title's
    # figure for any measure of that kind and period, the abbreviation may mean that one.
    if any(_printed_elsewhere(headline, body) for body in body_claims):
        return []
    return sure


def _printed_elsewhere(headline: Claim, body: Claim) -> bool:
    return (
        body.kind == headline.kind
        and comparable_units(headline, body)
        and _periods_compatible(headline.period, body.period)
        and _signed_interval(body).intersects(_signed_interval(headline))
    )


def _passed(headline: Claim, backing: list[Claim]) -> Check:
    shown = "; ".join(f"{as_printed(body)} ({body.metric})" for body in backing)
    return make_check(
        ID, SEVERITY,
        passed=True,
        claims=[headline, *backing],
        message=f"the {headline.source}'s {as_printed(headline)} ({headline.metric}) is backed by the body's {shown}",
        expected=_allowed(backing),
        actual=as_printed(headline),
    )


def _violated(headline: Claim, candidates: list[Claim]) -> Check:
    shown = "; ".join(f"{as_printed(body)} ({body.metric}, line {body.span.line})" for body in candidates)
    stated = describe(*in_units(_signed_interval(headline), headline))
    return make_check(
        ID, SEVERITY,
        passed=False,
        claims=[headline, *candidates],
        message=(
            f"the {headline.source}'s {as_printed(headline)} ({headline.metric}: {stated}) is not backed "
            f"by the body, which gives {shown}"
        ),
        expected=_allowed(candidates),
        actual=as_printed(headline),
    )


def _allowed(bodies: list[Claim]) -> str:
    described = []
    for body in bodies:
        text = describe(*in_units(_signed_interval(body), body))
        if text not in described:
            described.append(text)
    return " or ".join(described)


