"""A share must be what its part is of its total.

When an article gives a part, a total and the share between them, the part divided by the
total must round to the printed share. Every figure is an interval (86亿元 is anything from
85.5亿 to 86.5亿), so the share is only wrong when no values the printed figures allow give it.
Shares printed with 近 or 超过 are bounds, left to ``approximate-wording``; a share printed
with 约 is checked with the width 约 allows.

错误 (wrong)::

    第四季度促成借款金额390亿元……单季小微促成借款金额86亿元，占同期总交易额的24.1%。

    86亿 ÷ 390亿 is 21.9%–22.2%, never 24.1%.

正确 (right)::

    第四季度促成借款金额390亿元……单季小微促成借款金额86亿元，占同期总交易额的22.1%。
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.corpus import Corpus, claim_interval, comparable_units
from validator.intervals import Interval, format_number
from validator.numbers import qualifier_bound
from validator.records import Check

from ._checks import describe, make_check, under_readings

ID = "share-of-total"
SEVERITY = "error"
SUMMARY = "part ÷ total agrees with the stated share"


def check(corpus: Corpus) -> Iterator[Check]:
    in_relations = {(roles["share"][0].document, roles["share"][0].id): (roles["part"][0], roles["total"][0], roles["share"][0])
              for _, roles in corpus.stated("share")}
    linked = {(share.document, share.id): (corpus.linked(share, share.of_claim),
                                           corpus.linked(share, share.total_claim), share)
              for share in corpus.of_kind("share")}
    for key in sorted(in_relations.keys() | linked.keys()):
        part, total, share = in_relations.get(key) or linked[key]
        if qualifier_bound(share.qualifier) not in ("exact", "around"):
            continue  # 近三成, 超过一半: a bound, judged by approximate-wording
        if part is None or total is None or not comparable_units(part, total):
            continue
        part_range, total_range = claim_interval(part), claim_interval(total)
        if not (part_range.nonnegative and total_range.positive):
            continue
        allowed = (part_range / total_range).scale(100)
        stated = claim_interval(share)
        passed, reading = under_readings(
            [part, total], lambda ranges: (ranges[0] / ranges[1]).scale(100).intersects(stated))
        printed = Interval.point(part.value) / Interval.point(total.value)
        ratio = format_number(printed.scale(100).lower, 2)
        verdict = reading if passed else ", which no rounding of the figures can give"
        yield make_check(
            ID, SEVERITY,
            passed=passed,
            claims=[part, total, share],
            message=f"{part.text} is {ratio}% of {total.text}; the text says {share.text}{verdict}",
            expected=describe(allowed, "%"),
            actual=share.text,
        )
