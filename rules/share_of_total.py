"""A share must be what its part is of its total.

When an article gives a part, a total and the share between them, the part divided by the
total must round to the printed share. Every figure is an interval (86亿元 is anything from
85.5亿 to 86.5亿), so the share is only wrong when no values the printed figures allow give it.
Shares printed with 近 or 超过 are bounds, left to ``approximate-wording``; a share printed
with 约 is checked with the width 约 allows.

Bare shares listed of a whole the article never prints (A收入645亿元，占比25.6%；其他业务206亿元，
占比8.2%) each make their part a share of that one whole: the whole is each part over its share,
and the shares are wrong together when no one whole fits them all (645亿 at 25.6% and 206亿 at
8.2% give 2512.7亿–2526.4亿 and 2490.9亿–2533.7亿, which meet; 10.7% in place of 8.2% gives
1911亿–1939亿, which does not). When an earlier list gave the subject the shares' sentence names its
whole of the measure (甲、乙、丙……三家企业营收依次为1800.50亿元、…; 甲…其他业务280.5亿元，占比15.6%), each
share is also its part over that whole; the shares may have been worked out of another whole
of the measure (营业总收入 beside the printed 营业收入), so a failure there is a warning.

An article that prints its revenue two ways (营业总收入 and 营业收入) gives a share of revenue the
one its words name (占营业收入的); a share whose words name either (占营收的, a bare 占比) holds when
it is of either, and is a warning when it is of neither. So is a share read against a whole its
words do not print (占年度销售总额的 against the revenue printed) and a payout ratio (派息比率,
分红率: the dividends' total over the profit attributable, which a filing may work out per share).
A share printed after a sum word (三大业务收入分别为A、B和C，合计占营业收入的80.0%) is the listed
amounts' sum over the total.

错误 (wrong)::

    第四季度促成借款金额390亿元……单季小微促成借款金额86亿元，占同期总交易额的24.1%。

    86亿 ÷ 390亿 is 21.9%–22.2%, never 24.1%.

正确 (right)::

    第四季度促成借款金额390亿元……单季小微促成借款金额86亿元，占同期总交易额的22.1%。
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from fractions import Fraction

from validator.corpus import Corpus, claim_interval, comparable_units, summed
from validator.intervals import Interval, format_number
from validator.lexicon import QUALIFIERS_AFTER
from validator.numbers import qualifier_bound
from validator.records import Check, Claim
from validator.share_lists import SHARES_IN_PROPORTION, WHOLE_LISTED_FOR_ITS_SUBJECT, WHOLE_NOT_PRINTED
from validator.share_totals import PAYOUT_RATIO, SALES_READ_AS_REVENUE, SHARE_OF_A_LISTED_SUM, share_of_a_sum

from ._checks import describe, display, make_check, under_readings
from .approximate_wording import wording_band

ID = "share-of-total"
SEVERITY = "error"
SUMMARY = "part ÷ total agrees with the stated share"


# A figure printed to four or more significant digits after 约 (约人民币24,509.8百万元) is known to
# those digits: the 约 of a filing hedges its last digit, not a tenth of the value.
_HEDGED_DIGITS = 4
_DIGITS = re.compile(r"\d[\d,\s]*(?:\.\d+)?")


def hedged_reading(claim: Claim, significant: int = _HEDGED_DIGITS) -> Interval | None:
    """The values a precise figure after 约 allows: ten times its printed rounding either side,
    for a figure printed to at least ``significant`` significant digits (约2320万 hedges its 万,
    not a tenth of itself); None for any other figure."""
    if qualifier_bound(claim.qualifier) != "around":
        return None
    found = _DIGITS.search(unicodedata.normalize("NFKC", claim.text))
    if found is None:
        return None
    printed = re.sub(r"[,\s]", "", found.group(0))
    whole, _, decimals = printed.partition(".")
    digits = (whole + decimals).lstrip("0")
    if not decimals:
        digits = digits.rstrip("0")
    if len(digits) < significant or Fraction(printed) == 0:
        return None
    scale = Fraction(claim.value) / Fraction(printed)  # 百万元: the printed number's magnitude
    half = Fraction(1, 10 ** len(decimals)) / 2 * 10 * scale
    return Interval(Fraction(claim.value) - half, Fraction(claim.value) + half)


def _or(hedged: Interval | None, printed: Interval) -> Interval:
    return printed if hedged is None else hedged


def check(corpus: Corpus) -> Iterator[Check]:
    # A target stated as the total (完成全年25万辆交付目标的96.7%) is read from the relation itself.
    in_relations = {(roles["share"][0].document, roles["share"][0].id): (roles["part"][0], roles["total"], roles["share"][0])
                    for relation, roles in corpus.stated("share", with_targets=True)
                    if relation.construction not in (SHARES_IN_PROPORTION, SHARE_OF_A_LISTED_SUM)}
    yield from _shares_of_listed_sums(corpus)
    yield from _shares_of_one_unprinted_whole(corpus)
    # A whole the share's words name but the article never prints (行业占比) is read as the printed
    # whole of its measure: one reasonable reading, so a failure is a warning, not a proof.
    unprinted_whole = {(relation.document, relation.claim_in("share")) for relation, _ in corpus.stated("share")
                       if relation.construction == WHOLE_NOT_PRINTED}
    # A bare 占比 of a segment read against its company's whole listed earlier: the shares may have
    # been worked out of another whole of the measure (营业总收入 beside the printed 营业收入).
    listed_whole = {(relation.document, relation.claim_in("share")) for relation, _ in corpus.stated("share")
                    if relation.construction == WHOLE_LISTED_FOR_ITS_SUBJECT}
    # 占年度销售总额的: the year's sales, read as the revenue printed; a filing may total another line.
    sales_whole = {(relation.document, relation.claim_in("share")) for relation, _ in corpus.stated("share")
                   if relation.construction == SALES_READ_AS_REVENUE}
    # 派息比率: the filing may have worked it out per share or with buybacks counted.
    payouts = {(relation.document, relation.claim_in("share")) for relation, _ in corpus.stated("share")
               if relation.construction == PAYOUT_RATIO}
    # 合计占营业收入的80.0% is of the listed amounts' sum, never of the last of them it was linked to.
    linked = {(share.document, share.id): (corpus.linked(share, share.of_claim),
                                           [corpus.linked(share, share.total_claim)], share)
              for share in corpus.of_kind("share") if not share_of_a_sum(share)}
    for key in sorted(in_relations.keys() | linked.keys()):
        part, totals, share = in_relations.get(key) or linked[key]
        if qualifier_bound(share.qualifier) not in ("exact", "around"):
            # 近三成, 超过一半: a bound. approximate-wording judges it against the total linked to
            # it; a total only a stated relation found (占比近42% of the revenue before the list)
            # is judged here, by the same band.
            if key in in_relations and share.total_claim is None:
                yield from _judged_bound(part, totals, share)
            continue
        totals = [total for total in totals if total is not None and part is not None and comparable_units(part, total)
                  and claim_interval(total).positive]
        if part is None or not totals or not claim_interval(part).nonnegative:
            continue
        # A total printed two ways (营业总收入, 营业收入) that the words do not choose between: the
        # share holds when it is of either, and is only doubtful when it is of neither.
        judged = [_judged(part, total, share) for total in totals]
        total, passed, allowed, verdict = next((one for one in judged if one[1]), judged[0])
        printed = Interval.point(part.value) / Interval.point(total.value)
        ratio = format_number(printed.scale(100).lower, 2)
        severity = SEVERITY
        if key in unprinted_whole or key in sales_whole:
            severity = "warning"
            verdict += f" (the whole its words name is not printed; {total.text} read as it)"
        elif key in listed_whole:
            severity = "warning"
            verdict += (f" (a share that names no whole, read as one of {total.text}, the whole listed for the"
                        " subject its sentence names; the shares may be of another whole of the measure)")
        elif key in payouts:
            severity = "warning"
            verdict += " (a payout ratio may be worked out per share or with buybacks counted)"
        elif len(totals) > 1 and not passed:
            severity = "warning"
            others = "、".join(f"{other.text} ({other.metric})" for other in totals if other is not total)
            verdict += (f"; nor is it the share of {others}, the same revenue printed the other way"
                        " (its words name either, so this is a doubt, not a proof)")
        yield make_check(
            ID, severity,
            passed=passed,
            claims=[part, *totals, share] if len(totals) > 1 and not passed else [part, total, share],
            message=f"{part.text} is {ratio}% of {total.text}; the text says {_as_worded(share)}{verdict}",
            expected=describe(allowed, "%"),
            actual=share.text,
        )


def _shares_of_listed_sums(corpus: Corpus) -> Iterator[Check]:
    """分别为A、B和C，合计占营业收入的80.0%: the listed amounts' sum over the total must give the share."""
    for relation, roles in corpus.stated("share"):
        if relation.construction != SHARE_OF_A_LISTED_SUM:
            continue
        parts, totals, share = roles["part"], roles["total"], roles["share"][0]
        if qualifier_bound(share.qualifier) not in ("exact", "around"):
            continue
        whole_of_parts, printed_sum = summed(parts)
        judged = []
        for total in totals:
            total_range = claim_interval(total)
            if not (whole_of_parts.nonnegative and total_range.positive):
                continue
            allowed = (whole_of_parts / total_range).scale(100)
            judged.append((total, allowed.intersects(claim_interval(share)), allowed))
        if not judged:
            continue
        total, passed, allowed = next((one for one in judged if one[1]), judged[0])
        terms = " + ".join(part.text for part in parts)
        ratio = format_number((printed_sum / Interval.point(total.value)).scale(100).lower, 2)
        verdict = "" if passed else ", which no rounding of the figures can give"
        severity = SEVERITY
        if len(totals) > 1 and not passed:
            severity = "warning"
            verdict += "; nor of the same revenue printed the other way (its words name either)"
        yield make_check(
            ID, severity,
            passed=passed,
            claims=[*parts, *(totals if len(totals) > 1 and not passed else [total]), share],
            message=f"{terms} is {ratio}% of {total.text}; the text says {_as_worded(share)}{verdict}",
            expected=describe(allowed, "%"),
            actual=share.text,
        )


def _judged_bound(part: Claim | None, totals: list[Claim | None], share: Claim) -> Iterator[Check]:
    """A share printed as a bound (近42%, 超过六成) against the part over its total: a warning when
    no rounding of the figures falls in the band the wording allows."""
    totals = [total for total in totals if total is not None and part is not None and comparable_units(part, total)
              and claim_interval(total).positive]
    if part is None or not totals or not claim_interval(part).nonnegative:
        return
    band = wording_band(share)
    total = totals[0]
    passed, reading = under_readings(
        [part, total], lambda ranges: (ranges[0] / ranges[1]).scale(100).intersects(band))
    ratio = format_number((Interval.point(part.value) / Interval.point(total.value)).scale(100).lower, 2)
    verdict = reading if passed else ", which the wording does not allow"
    yield make_check(
        ID, "warning",
        passed=passed,
        claims=[part, total, share],
        message=f"{part.text} is {ratio}% of {total.text}; the text says {_as_worded(share)}, that is {describe(band, '%')}{verdict}",
        expected=describe(band, "%"),
        actual=share.text,
        salt="bound",
    )


def _as_worded(share: Claim) -> str:
    """The share with its bound word as printed: 近42%, 42%以上."""
    if not share.qualifier:
        return share.text
    return f"{share.text}{share.qualifier}" if share.qualifier in QUALIFIERS_AFTER else f"{share.qualifier}{share.text}"


def _judged(part: Claim, total: Claim, share: Claim) -> tuple[Claim, bool, Interval, str]:
    """Whether ``share`` is ``part`` over ``total``: the total, the verdict, the shares the
    figures allow and the words on the reading used."""
    part_range, total_range = claim_interval(part), claim_interval(total)
    allowed = (part_range / total_range).scale(100)
    stated = claim_interval(share)
    hedged = [hedged_reading(claim) for claim in (part, total)]
    passed, reading = under_readings(
        [part, total], lambda ranges: (_or(hedged[0], ranges[0]) / _or(hedged[1], ranges[1]))
        .scale(100).intersects(stated))
    if any(hedged):
        allowed = (_or(hedged[0], part_range) / _or(hedged[1], total_range)).scale(100)
    return total, passed, allowed, reading if passed else ", which no rounding of the figures can give"


def _wholes_they_imply(parts: list[Claim], shares: list[Claim], ranges: list[Interval]) -> list[Interval]:
    """The whole each part and its share imply: part ÷ share × 100 (``ranges``: the parts' then
    the shares' intervals, in that order)."""
    count = len(parts)
    return [(ranges[index] / ranges[count + index]).scale(100) for index in range(count)]


def _meet(intervals: list[Interval]) -> Interval | None:
    """The values every interval allows, or None when they have none in common."""
    lowers = [interval.lower for interval in intervals if interval.lower is not None]
    uppers = [interval.upper for interval in intervals if interval.upper is not None]
    lower, upper = (max(lowers) if lowers else None), (min(uppers) if uppers else None)
    if lower is not None and upper is not None and lower > upper:
        return None
    return Interval(lower, upper)


def _shares_of_one_unprinted_whole(corpus: Corpus) -> Iterator[Check]:
    """Bare shares listed of one whole the article never prints: one whole must fit them all."""
    for relation, roles in corpus.stated("share"):
        if relation.construction != SHARES_IN_PROPORTION:
            continue
        parts, shares = roles["part"], roles["share"]
        if len(parts) != len(shares) or len(parts) < 2:
            continue
        ranges = [claim_interval(claim) for claim in (*parts, *shares)]
        if not all(interval.positive for interval in ranges):
            continue
        passed, reading = under_readings(
            [*parts, *shares], lambda found: _meet(_wholes_they_imply(parts, shares, found)) is not None)
        implied = _wholes_they_imply(parts, shares, ranges)
        each = "; ".join(f"{part.text} at {share.text} gives {display(whole, part)}"
                         for part, share, whole in zip(parts, shares, implied))
        common = _meet(implied)
        verdict = (f"they meet at {display(common, parts[0])}{reading}" if passed and common is not None
                   else f"they meet{reading}" if passed else "no one whole fits them all")
        yield make_check(
            ID, SEVERITY,
            passed=passed,
            claims=[claim for pair in zip(parts, shares) for claim in pair],
            message=f"shares of one whole the article does not print: {each}; {verdict}",
            expected="one whole for every listed share",
            actual=", ".join(share.text for share in shares),
            salt="one unprinted whole",
        )
