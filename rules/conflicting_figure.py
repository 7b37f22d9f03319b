"""One figure, one value: the same measure of the same company for the same period is printed
the same way everywhere.

Articles repeat their key figures — in the lead, again in the detail, again in a second
article on the same report. When the same entity, metric and period come back with values
that cannot both hold (41.3亿元 in one paragraph, 43.1亿元 in another), one of them is wrong.
Two printings agree when some value rounds to both (41.3亿元 and 41.26亿元 do).

Pairing two figures is only safe when they really are the same measure, and the extractor's
metric key can be coarser than the article: in 全年服务小微用户82.6万人，促成借款金额270亿元 the
segment (小微) is named before the figure and not in its key. So the rule pairs figures from
different sentences (or articles) only, and leaves out:

- figures linked to each other — a part and its whole (其中), the two ends of 从…到;
- a figure that is a share of a total of its own metric (270亿元，占全年促成交易总额的19.7%):
  it is a slice of that total, whatever its key says; likewise a part (其中…) keyed like its whole;
- bounds (近, 超过, 约 …), which ``approximate-wording`` checks;
- a month's figure (11月销量) whose period is the quarter or year around it;
- figures whose metric key is too short to name a measure (投入, 较 …) unless it is a known
  metric (营收);
- pairs whose growth rates on the same basis disagree (全年新增贷款200亿元，同比增长15% and, of
  a segment, 新增贷款120亿元，同比增长32%): a misprint rarely changes the rate as well;
- figures of an article that names no subject (a round-up, a statistics release): nothing
  says the two are one company's;
- keys that name no measure (远山数据 left over from 远山数据（12.4亿元）, 上季度): the two
  figures share a key, not a metric;
- within one article, pairs that are not one slip of the pen apart, unless the same rate is
  printed beside both (below). An article prints its
  segments, subsidiaries and peers with the same metric words (云帆教育…毛利率52.3%，云帆音乐…
  毛利率31.6%), and the reader cannot always tell whose figure is whose; a misprint of one
  figure changes one digit, swaps two (41.3 → 43.1), drops or adds one, or moves the point;
- across articles, pairs more than twice apart, unless one is the other with the decimal point
  moved (41.3亿元 and 4.13亿元): values that far apart are two measures the key could not tell
  apart — a segment and its total — far more often than one misprint.

Two printings that carry the same growth rate, on the same basis and to three digits or more
(营收为520.26亿元，同比增长15.68% in the lead, 营收为520.26亿元，同比增长15.68% in a later
paragraph), are one figure whatever else keeps them apart: two measures rarely grow at the same
printed rate, so a summary and its detail paragraph are paired though their values are far apart,
though the article names no subject, and though their keys or periods are printed two ways
(印花税收入 and a numbered paragraph's 9.印花税; 截至去年年末 and 去年, for a year's figure). The
measure, subject and period must still agree: 营业收入 is not 营业总收入, a quarter is not its
year, and a company's 净利润 and 归母净利润 may well grow at the same rate.

错误 (wrong)::

    公司全年实现营业收入41.3亿元，同比增长25%……报告期内，金融壹账通营收43.1亿元、同比增长25%。

    41.3亿元 (41.25亿–41.35亿) and 43.1亿元 (43.05亿–43.15亿) cannot both be 2021's 营收.

正确 (right)::

    公司全年实现营业收入41.3亿元，同比增长25%……报告期内，金融壹账通营收41.3亿元、同比增长25%。
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from validator import lexicon
from validator.corpus import Corpus, claim_interval
from validator.entities import is_named
from validator.metrics import names_a_measure
from validator.numbers import qualifier_bound
from validator.records import Check, Claim

from ._checks import display, make_check, under_readings
from ._grouping import names_a_month, restatement_key, same_period, segments

ID = "conflicting-figure"
SEVERITY = "error"
SUMMARY = "the same entity, metric and period stated with values that cannot both hold"

# A key of two characters or fewer names a measure only when it is one of the canonical metrics
# (营收); otherwise it is a verb or a fragment (投入, 捐赠, 较) that many figures share.
_NAMED_SHORT_KEYS = frozenset(key for key in lexicon.METRIC_SYNONYMS.values() if len(key) <= 2)
_FARTHEST_APART = Fraction(2)
# A rate ties two printings when it is printed to three digits or more (19.3%, 15.68%): 5% or 12%
# beside two figures is as often two measures that happen to grow alike.
_TYING_RATE_DIGITS = 3


def check(corpus: Corpus) -> Iterator[Check]:
    slices = segments(corpus)
    growths: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for growth in corpus.of_kind("growth"):
        if growth.of_claim and growth.dimension == "percent" and not growth.between_rates:
            growths[(growth.document, growth.of_claim)].append(growth)
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    paired: set[frozenset] = set()
    for claim in corpus.of_kind("figure"):
        if _pairable(claim) and (claim.document, claim.id) not in slices:
            key = (claim.entity, claim.metric_key, claim.dimension, claim.unit or "", claim.period,
                   claim.cumulative)
            groups[key].append(claim)
    for key in sorted(groups, key=lambda group: tuple(str(part) for part in group)):
        claims = sorted(groups[key], key=lambda c: (c.document, c.sentence_index, c.offset))
        # A figure printed a thousand times is one reading: compare readings, each pair of
        # readings once, through the first two of their figures that may be paired.
        readings: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in claims:
            readings[(claim.lower, claim.upper)].append(claim)
        values = list(readings.values())
        for position, first_reading in enumerate(values):
            for second_reading in values[position:]:
                pair = _first_pair(first_reading, second_reading, growths)
                if pair is not None:
                    paired.add(_pair_key(*pair))
                    yield _compare(*pair)
    for pair in _tied_by_rate(corpus, slices):
        if _pair_key(*pair) not in paired:
            paired.add(_pair_key(*pair))
            yield _compare(*pair)


def _first_pair(first_reading: list[Claim], second_reading: list[Claim],
                growths: dict) -> tuple[Claim, Claim] | None:
    same = first_reading is second_reading
    for position, first in enumerate(first_reading):
        for second in (first_reading[position + 1:] if same else second_reading):
            if _may_pair(first, second) and not _grow_apart(first, second, growths):
                return first, second
    return None


def _pairable(claim: Claim) -> bool:
    key = claim.metric_key
    return (claim.source == "body" and is_named(claim.entity) and claim.period is not None
            and qualifier_bound(claim.qualifier) == "exact" and not names_a_month(claim)
            and (len(key) > 2 or key in _NAMED_SHORT_KEYS) and names_a_measure(key))


def _pair_key(first: Claim, second: Claim) -> frozenset:
    return frozenset(((first.document, first.id), (second.document, second.id)))


def _tied_by_rate(corpus: Corpus, slices: set[tuple[str, str]]) -> Iterator[tuple[Claim, Claim]]:
    """Figures of one article printed in different sentences with the same growth rate beside
    them, whose measure, subject and period agree: one figure printed twice."""
    rates_of: dict[tuple[str, str], set[tuple]] = defaultdict(set)
    for growth in corpus.of_kind("growth"):
        if growth.of_claim and _ties(growth):
            rates_of[(growth.document, growth.of_claim)].add(_rate_identity(growth))
    for _relation, roles in corpus.stated("growth_prior"):
        for current in roles.get("current", ()):
            for rate in roles.get("rate", ()):
                if _ties(rate):
                    rates_of[(current.document, current.id)].add(_rate_identity(rate))
    by_rate: dict[tuple, list[Claim]] = defaultdict(list)
    for (document, figure_id), identities in rates_of.items():
        figure = corpus.by_id.get((document, figure_id))
        if figure is None or figure.kind != "figure" or (document, figure_id) in slices or not _restatable(figure):
            continue
        for identity in identities:
            by_rate[(document, *identity)].append(figure)
    for key in sorted(by_rate, key=lambda group: tuple(str(part) for part in group)):
        figures = sorted(by_rate[key], key=lambda c: (c.sentence_index, c.offset))
        for position, first in enumerate(figures):
            for second in figures[position + 1:]:
                if _one_measure(first, second):
                    yield first, second


def _ties(rate: Claim) -> bool:
    return (rate.dimension == "percent" and not rate.between_rates and rate.direction is not None
            and _significant_digits(rate) >= _TYING_RATE_DIGITS)


def _rate_identity(rate: Claim) -> tuple:
    return (rate.basis or "", rate.direction, rate.value.normalize())


def _restatable(claim: Claim) -> bool:
    """A figure that may be restated elsewhere: as ``_pairable``, but an article that names no
    subject is its own subject here, since the rate already ties the two printings."""
    key = restatement_key(claim)
    return (claim.source == "body" and claim.entity is not None and claim.period is not None
            and qualifier_bound(claim.qualifier) == "exact" and not names_a_month(claim)
            and (len(key) > 2 or key in _NAMED_SHORT_KEYS) and names_a_measure(key))


def _one_measure(first: Claim, second: Claim) -> bool:
    return (first.sentence_index != second.sentence_index and not _linked(first, second)
            and first.entity == second.entity and first.dimension == second.dimension
            and first.unit == second.unit and first.cumulative == second.cumulative
            and restatement_key(first) == restatement_key(second) and same_period(first.period, second.period))


def _may_pair(first: Claim, second: Claim) -> bool:
    if first.document == second.document:
        if first.sentence_index == second.sentence_index or _linked(first, second):
            return False
        # A restatement that agrees (57.46亿元 and 57.5亿元) is a pass worth reporting.
        return _agree(first, second)[0] or _one_slip_apart(first, second)
    return _near(first, second)


def _linked(first: Claim, second: Claim) -> bool:
    """A part and its whole, two parts of one whole, or the two ends of 从…到."""
    return (first.id in (second.parts_of, second.from_claim) or second.id in (first.parts_of, first.from_claim)
            or (first.parts_of is not None and first.parts_of == second.parts_of))


def _near(first: Claim, second: Claim) -> bool:
    """Close enough to be one figure printed twice: within a factor of two, or the same digits
    with the decimal point moved."""
    low, high = sorted((abs(Fraction(first.value)), abs(Fraction(second.value))))
    if low == 0:
        return high == 0
    ratio = high / low
    if ratio <= _FARTHEST_APART:
        return True
    # 100 and 10 are as likely a total and its slice; 41.3 and 4.13 are a slip of the point.
    digits = min(_significant_digits(first), _significant_digits(second))
    return digits >= 3 and any(ratio == 10 ** power for power in range(1, 13))


def _one_slip_apart(first: Claim, second: Claim) -> bool:
    """The two values' digits differ by one slip: one digit changed, added or dropped, two
    neighbours swapped, or the point moved (which adds or drops a zero): 41.3 and 43.1, 41.3
    and 4.13, 1250 and 125."""
    one, other = (format(abs(claim.value).normalize(), "f").replace(".", "") for claim in (first, second))
    return _edits_apart(one.lstrip("0"), other.lstrip("0")) <= 1


def _edits_apart(one: str, other: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    neighbours, each one edit."""
    rows = [[0] * (len(other) + 1) for _ in range(len(one) + 1)]
    for i in range(len(one) + 1):
        rows[i][0] = i
    for j in range(len(other) + 1):
        rows[0][j] = j
    for i in range(1, len(one) + 1):
        for j in range(1, len(other) + 1):
            cost = 0 if one[i - 1] == other[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and one[i - 1] == other[j - 2] and one[i - 2] == other[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(one)][len(other)]


def _grow_apart(first: Claim, second: Claim, growths: dict[tuple[str, str], list[Claim]]) -> bool:
    """Both figures come with a growth rate on the same basis, and the rates cannot agree: two
    different measures (a segment grows at its own pace), not one figure printed twice."""
    for one in growths.get((first.document, first.id), ()):
        for other in growths.get((second.document, second.id), ()):
            if one.basis == other.basis and not claim_interval(one).intersects(claim_interval(other)):
                return True
    return False


def _significant_digits(claim: Claim) -> int:
    return len(claim.value.normalize().as_tuple().digits)


def _agree(first: Claim, second: Claim) -> tuple[bool, str]:
    """Whether one value rounds to both printings, and under which reading of their digits."""
    return under_readings([first, second], lambda ranges: ranges[0].intersects(ranges[1]))


def _compare(first: Claim, second: Claim) -> Check:
    first_range, second_range = claim_interval(first), claim_interval(second)
    # 1,230万 and 1,234万: the first may be 12.3 million rounded, as a translated release prints it.
    passed, reading = _agree(first, second)
    subject = f"{first.metric_key} of {first.period}"
    if passed:
        message = f"{subject}: {first.text} and {second.text} agree{reading}"
    else:
        message = (f"{subject} is printed as {first.text} ({display(first_range, first)}) and as "
                   f"{second.text} ({display(second_range, second)}); no value rounds to both")
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[first, second],
        message=message,
        expected=display(first_range, second),
        actual=second.text,
    )
