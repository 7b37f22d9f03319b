"""A difference between two rates is stated in 个百分点, not in %.

When one growth rate is compared with another (县域客户数增幅较城市客户增幅高出…), the gap
between them is a number of percentage points. Printed as a %, it reads two ways: 7.4
points (a 20% rise against a 12.6% rise), or 7.4% of the other rate (20% against 18.6%).
The reader cannot tell which, so the figure says nothing for sure.

Every % the extractor marks as comparing two rates is flagged; every 个百分点 that compares two
rates (basis 比较) is recorded as a pass, so the report shows the comparisons that were
printed right.

错误 (wrong)::

    县域客户数增幅较城市客户增幅高出7.4%。

    Is the county rate 7.4 points higher, or 7.4% higher than the city rate?

正确 (right)::

    县域客户数增幅较城市客户增幅高出7.4个百分点。
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.corpus import Corpus
from validator.records import Check, decimal_text

from ._checks import make_check

ID = "percent-vs-points"
SEVERITY = "warning"
SUMMARY = "a difference between two rates is given in 个百分点, not %"

_BETWEEN_RATES = "比较"


def check(corpus: Corpus) -> Iterator[Check]:
    for claim in corpus.claims:
        if claim.kind == "growth" and claim.between_rates and claim.dimension == "percent":
            number = decimal_text(abs(claim.value))
            yield make_check(
                ID, SEVERITY,
                passed=False,
                claims=[claim],
                message=(
                    f"a difference between two rates should be stated in 个百分点; {claim.text} is "
                    f"ambiguous — {number} points, or {claim.text} of the other rate?"
                ),
                expected=f"{number}个百分点, if the rates differ by {number} points",
                actual=claim.text,
            )
        elif claim.kind == "points" and claim.basis == _BETWEEN_RATES:
            yield make_check(
                ID, SEVERITY,
                passed=True,
                claims=[claim],
                message=f"{claim.text} states the difference between two rates in percentage points",
                expected="a difference in 个百分点",
                actual=claim.text,
            )
