"""Compound annual growth the text states: 从2018年的1.2亿元增至2021年的3.17亿元，年复合增长率为50%.

Read into ``compound_growth`` relations (from, to, rate); ``rules/compound_growth.py`` checks
that the rate compounded over the years between the two figures' periods takes one to the other.

Two constructions state one:

- two dated figures of one measure, then the rate: 2021年市场规模达1.32万亿元，预计2025年达到
  2.12万亿元，2021-2026年复合增长率将达11.3%. The two are the amounts printed last before the
  rate, one after the other in one clause-run (no 。；between), each with its year printed right
  before it; the earlier year's is the from, in whichever order they are printed.
- a yearly series over a span of years, then the rate: 2018年-2021年，营收分别为1.2亿元、1.94亿元、
  2.5亿元和3.17亿元，复合增长率为50%. The series has one figure per year of the span; its
  first is the from, its last the to, and the figures between are kept in role ``part`` so
  that the rule counts the years from them when the figures carry no period of their own.

A rate is compound only when the words just before it say so (``COMPOUND_RATE_WORDS``): 同比增长
next to a CAGR is a year-on-year rate, not this relation; 两年平均增长 beside 比2019年增长 is an
average over a growth, not over two printed figures, and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .corpus import comparable_units
from .periods import period_year
from .records import Claim, Filler, Relation
from .relations import PlacedFigure, SentenceFigures, is_amount

# The words that print a compound annual rate, and those that print it as a fall.
COMPOUND_RATE_WORDS: tuple[str, ...] = (
    "年均复合增长率", "年复合增长率", "复合年增长率", "复合年均增长率", "年均复合增速", "年复合增速",
    "复合增长率", "复合增速", "年均增长率", "年均增速", "年均增幅", "年均增长", "CAGR",
)
COMPOUND_FALL_WORDS: tuple[str, ...] = ("年均下降", "年均减少", "年均降幅")

_RATE_WORD = re.compile("|".join(re.escape(word) for word in
                                 sorted(COMPOUND_RATE_WORDS + COMPOUND_FALL_WORDS, key=len, reverse=True)))
_FALL_WORD = re.compile("|".join(re.escape(word) for word in COMPOUND_FALL_WORDS))
# A span of years: 2018年-2021年, 2018—2021年, 2021至2026年.
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:-|—|–|~|～|至|到)\s*((?:19|20)\d\d)\s*年?")
# What may stand between the figures of a yearly series: 1.2亿元、1.94亿元和2.5亿元，3.17亿元.
_SERIES_SEPARATOR = re.compile(r"\s*(?:、|，|,|和|及|以及|与)\s*")
_CLAUSE_END = re.compile(r"[。；;!！?？]")
# Words before a compound rate that name no measure of their own: 2021-2026年, 同期, 过去三年间的.
_NO_MEASURE = re.compile(r"(?:19|20)\d\d\s*年?|[-—–~～至到的间期内在近过去这其此同以来上述该及和与、，,\s\d]|[一二两三四五六七八九十]年|年度|年")


def _is_level(claim: Claim) -> bool:
    """An amount of a measure at one time; a forecast (预计2025年达到…) is one too here, since
    a CAGR to a forecast year joins a printed figure to a printed forecast."""
    return is_amount(claim.model_copy(update={"forecast": False}) if claim.forecast else claim)


def _compound_rate(sentence: SentenceFigures, index: int) -> tuple[str, str, str | None] | None:
    """When figure ``index`` is a compound annual rate: the words before it, the measure they
    name (营收 in 营收复合增长率, "" for none) and the direction they give (None: the sign as
    printed)."""
    figure = sentence.figures[index]
    if figure.claim.dimension != "percent":
        return None
    lead_start = sentence.figures[index - 1].end if index > 0 else 0
    lead = sentence.text[lead_start:figure.start]
    found = list(_RATE_WORD.finditer(lead))
    if not found or _CLAUSE_END.search(lead, found[-1].end()):
        return None
    word = found[-1].group(0)
    named = _NO_MEASURE.sub("", lead[:found[-1].start()])
    if re.search(r"同比|环比|较上年|比上年", lead[found[-1].end():]):
        return None  # 复合增长率…，同比增长20%: the rate is another one
    return lead, named, ("down" if _FALL_WORD.fullmatch(word) else None)


def _placed(sentence: SentenceFigures, claim: Claim) -> PlacedFigure:
    return next(figure for figure in sentence.figures if figure.claim.id == claim.id)


def _year(claim: Claim) -> int | None:
    """The year of a figure whose period is a whole year (2021), else None."""
    return period_year(claim.period) if claim.period and claim.period.isdigit() else None


_PRINTED_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def _printed_year(sentence: SentenceFigures, figure: PlacedFigure) -> int | None:
    """The year printed last before a figure since the figure before it (2019年的2.4亿元)."""
    start = max((f.end for f in sentence.figures if f.end <= figure.start), default=0)
    years = _PRINTED_YEAR.findall(sentence.text, start, figure.start)
    return int(years[-1]) if years else None


def _dated_pair(sentence: SentenceFigures, index: int, lead: str) -> tuple[Claim, Claim] | None:
    """The two dated amounts printed last before the rate: the earlier year's is the from."""
    before = [figure for figure in sentence.figures[:index] if _is_level(figure.claim)]
    if len(before) < 2:
        return None
    start, end = before[-2], before[-1]
    if _CLAUSE_END.search(sentence.text, start.end, sentence.figures[index].start):
        return None
    between = [f for f in sentence.figures if start.end <= f.start and f.end <= end.start]
    if any(_is_level(f.claim) for f in between):
        return None
    if _year(start.claim) is not None and _year(end.claim) is not None and _year(start.claim) > _year(end.claim):
        start, end = end, start  # 2021年营收3.17亿元，2018年为1.2亿元: the earlier year is the from
    first, last = start.claim, end.claim
    first_year, last_year = _year(first), _year(last)
    if first_year is None or last_year is None or first_year >= last_year:
        return None
    # The rule counts the years from the figures' periods: only where the sentence prints each
    # figure's year right before it, and the period read agrees, is that count sure.
    if _printed_year(sentence, start) != first_year or _printed_year(sentence, end) != last_year:
        return None
    if not comparable_units(first, last):
        return None
    span = _YEAR_SPAN.search(lead)
    if span and int(span.group(1)) != first_year and int(span.group(2)) != last_year:
        return None  # the rate is over another span than these two figures'
    return first, last


def _yearly_series(sentence: SentenceFigures, index: int) -> list[Claim] | None:
    """1.2亿元、1.94亿元、2.5亿元和3.17亿元 after 2018年-2021年: one amount per year of the span."""
    run: list[PlacedFigure] = []
    position = index - 1
    while position >= 0 and _is_level(sentence.figures[position].claim):
        figure = sentence.figures[position]
        if run and not _SERIES_SEPARATOR.fullmatch(sentence.text, figure.end, run[0].start):
            break
        if run and not comparable_units(figure.claim, run[0].claim):
            break
        run.insert(0, figure)
        position -= 1
    if len(run) < 2 or _CLAUSE_END.search(sentence.text, run[-1].end, sentence.figures[index].start):
        return None
    spans = list(_YEAR_SPAN.finditer(sentence.text, 0, run[0].start))
    if not spans or _CLAUSE_END.search(sentence.text, spans[-1].end(), run[0].start):
        return None
    first_year, last_year = int(spans[-1].group(1)), int(spans[-1].group(2))
    if last_year - first_year + 1 != len(run):
        return None
    return [figure.claim for figure in run]


def compound_growths(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                     stated: Sequence[Relation]) -> list[Relation]:
    """Every compound growth rate stated with the two figures it joins."""
    found = []
    for sentence in sentences:
        for index, figure in enumerate(sentence.figures):
            compound = _compound_rate(sentence, index)
            if compound is None:
                continue
            lead, named, direction = compound
            rate = figure.claim
            series = _yearly_series(sentence, index)
            if series is not None:
                fillers = ([Filler(role="from", claim=series[0].id)]
                           + [Filler(role="part", claim=claim.id) for claim in series[1:-1]]
                           + [Filler(role="to", claim=series[-1].id)])
                construction = "yearly-series-then-compound-rate"
                first, last = series[0], series[-1]
            else:
                pair = _dated_pair(sentence, index, lead)
                if pair is None:
                    continue
                first, last = pair
                fillers = [Filler(role="from", claim=first.id), Filler(role="to", claim=last.id)]
                construction = "two-dated-figures-then-compound-rate"
            if named and named not in sentence.text[:_placed(sentence, last).start]:
                continue  # 营收…，同期净利润复合增长率: the rate is of a measure the figures are not
            found.append(Relation(
                id=f"compound_growth:{fillers[0].claim}+{fillers[-1].claim}+{rate.id}", document=rate.document,
                kind="compound_growth", construction=construction,
                fillers=(*fillers, Filler(role="rate", claim=rate.id)), direction=direction,
            ))
    return found
