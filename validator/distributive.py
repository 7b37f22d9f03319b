"""Relations stated distributively: 分别 lists, and rates listed per period for figures listed elsewhere.

A list gives out its values one by one, and a second list beside it gives each value its
change: "2022年、2023年，营业收入分别为230.1亿元、190.4亿元，同比下降6.4%、17.3%" states two
growths, and the second one's baseline is the first value of the same list. The readers here
pair a list of rates with the figures they speak of, by period when both lists name their
periods (2018-2021年 values, 2019年、2020年、2021年 rates) and by place otherwise, and find
each figure's baseline:

- in the same list, when its items are consecutive years and the change is yearly;
- in a list of the year before whose items run in the same order (2020年，营收、净利分别为…;
  2021年，营收净利分别为…，同比增长a%、b%);
- among the document's figures of the prior period that name the same measure, when exactly
  one value is printed for it.

Changes listed by 分别 are read the same way (长江、黄河指数分别下降1.30点和0.90点，降幅为1.45%和
0.98%: each item names the level printed before it), and so are comparisons whose own figure an
anaphor names (该行较上年末的…增加…; 这较近期低点的…反弹…): the one amount printed before it.

A baseline is never chosen by the arithmetic: a figure that does not fit its rate is what
the check exists to report. Where two figures could be meant, none is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .constructions import ANAPHORIC_CONSTRUCTIONS, VERBS_DOWN, VERBS_UP
from .corpus import comparable_units
from .metrics import MEASURE_HEADS
from .periods import period_kind, previous_period
from .records import AMOUNTS, Claim, Filler, Relation
from .relations import PlacedFigure, SentenceFigures, skeleton

# What joins the values of one list: 、, 和, commas (3.20亿元，3.85亿元，3.61亿元), a slash (67.9/80.1).
_JOINT = re.compile(r"\s*(?:、|和|与|及|以及|，|,|/)\s*")
# The word that gives a list out item by item.
_RESPECTIVELY = "分别"
_CLAUSE_STOP = re.compile(r"[。；;！？!?]")
# Years named for a list: 2018-2021年, 2023 - 2027E, 2022年、2023年, 2019年至2021年.
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|～|至|到)\s*((?:19|20)?\d{2})\s*(?:年|E|e)?")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年度?|E|e)?")
_YEAR_ENUMERATION = re.compile(
    r"(?:19|20)\d{2}\s*(?:年度?|E|e)?(?:\s*(?:、|和|与|及|以及|，|,)\s*(?:19|20)\d{2}\s*(?:年度?|E|e)?)+")
_VERB = re.compile("|".join(re.escape(verb) for verb in sorted(set(VERBS_UP + VERBS_DOWN), key=len, reverse=True)))
# What may stand between a list of figures and the list of their rates:
# ，同比增长 / ，增长率分别为 / ；其中，2019年、2020年、2021年分别同比增长 / ，相较于上年末分别增加.
_RATE_LEAD = re.compile(
    r"^[，,；;]?\s*(?:其中[，,]?)?[^。；;，,\ue000]{0,24}?"
    r"(?:同比|环比|按年|较上年末|较年初|相较于上年末|较去年末|比上年末|较上年|比上年|增长率|增速|年增长率|YOY|YoY|yoy)?"
    r"[^。；;，,]{0,6}$")
_BROKEN_RANGE = re.compile(r"[\s\-—–]*(?:19|20)\d{2}\s*年?\s*[-—–]\s*")
# Words that make a listed percentage a change: 增长率分别为, 增速, YOY (a verb does too).
_RATE_WORDS = re.compile(r"增长率|增速|增幅|涨幅|升幅|降幅|跌幅|减幅|年增率|YOY|YoY|yoy")
# What a rates list's lead may say besides its verb: its basis, its years, 其中, 分别 (anything
# else names another measure than the figures').
_LEAD_WORDS = re.compile(
    r"增长率|年增长率|增速|增幅|涨幅|升幅|降幅|跌幅|减幅|年增率|YOY|YoY|yoy|同比|环比|按年|按季|相较于|相较|相比|较|比|与"
    r"|上年末|去年末|上年底|去年底|上年同期|去年同期|上年|去年|年初|同期|其中|分别|(?:19|20)\d{2}\s*年?|[为了达是均各则亦也的和、及]")
_MINUS = ("-", "−", "－", "–")
_YEAR_END_BASES = ("上年末", "年初", "去年末", "上年底", "去年底")
_QUARTER_BASES = ("环比", "按季", "上季")
# Measure heads a list item may be named by, longest first: 营收净利 names 营收 and 净利.
_HEADS = tuple(sorted((head for head in MEASURE_HEADS if len(head) > 1), key=len, reverse=True))


@dataclass(frozen=True)
class _List:
    """The values of one list, in order, and what the text says of all of them."""

    sentence: int  # index of the sentence among the document's
    members: tuple[PlacedFigure, ...]
    years: tuple[int, ...] | None  # one year per member, when the list names them
    lead: str  # the words before the first member, back to the clause before

    @property
    def changes(self) -> bool:
        """分别增加0.8万亿元、0.2万亿元: amounts a verb names as changes, not levels."""
        after = self.lead.rsplit(_RESPECTIVELY, 1)[-1] if _RESPECTIVELY in self.lead else ""
        return not self.rates and _VERB.search(after) is not None

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end

    @property
    def rates(self) -> bool:
        return self.members[0].claim.dimension == "percent"


def distributed_relations(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                          stated: Sequence[Relation]) -> list[Relation]:
    """The growth, from→to and points relations stated through lists rather than in one clause,
    or of a figure an anaphor names (该行较上年末的…, 这较…)."""
    taken = {filler.claim for relation in stated if relation.kind in ("growth_prior", "from_to")
             for filler in relation.fillers if filler.role in ("rate", "delta")}
    lists = [found for index, sentence in enumerate(sentences)
             for found in _lists(index, sentence, sentences[index - 1] if index else None)]
    # The figures by period: a prior is looked up by its period, and a scan of every claim for
    # each growth made a long article quadratic.
    by_period: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_period[claim.period].append(claim)
    relations: list[Relation] = []
    for rates in (found for found in lists if found.rates):
        listed_priors = _priors_listed_after(rates, lists, sentences)
        for current, rate, direction, basis, year in _paired(rates, lists, sentences):
            if rate.id in taken or current.forecast or rate.forecast:
                continue
            prior = listed_priors.get(rate.id) if listed_priors else _prior(current, rate, year, basis, lists, by_period)
            if prior is not None and not comparable_units(prior, current):
                continue
            if prior is None or prior.id == current.id or prior.forecast:
                continue
            taken.add(rate.id)
            relations.append(Relation(
                id=f"growth_prior:{current.id}+{prior.id}+{rate.id}", document=current.document,
                kind="growth_prior", construction="rates-listed-for-listed-figures",
                fillers=(Filler(role="current", claim=current.id), Filler(role="prior", claim=prior.id),
                         Filler(role="rate", claim=rate.id)),
                direction=direction,
            ))
    for relation in _growths_against_a_listed_series(sentences, lists, taken):
        taken.add(relation.claim_in("rate") or "")
        relations.append(relation)
    for relation in _last_rate_of_a_range(sentences, lists, taken):
        taken.add(relation.claim_in("rate") or "")
        relations.append(relation)
    for relation in _listed_changes(lists, sentences, by_period):
        if relation.claim_in("delta") not in taken:
            taken.add(relation.claim_in("delta") or "")
            relations.append(relation)
    for relation in _anaphoric(sentences):
        stated_figure = relation.claim_in("rate") if relation.kind == "growth_prior" else relation.claim_in("delta")
        if stated_figure not in taken:
            taken.add(stated_figure or "")
            relations.append(relation)
    return relations


def _growths_against_a_listed_series(sentences: Sequence[SentenceFigures], lists: Sequence[_List],
                                     taken: set[str]) -> list[Relation]:
    """2021年，营收为6.61亿元，同比增加24.59% … 2018-2021年，收入分别为4.53亿元，5.48亿元，5.30亿元，
    6.61亿元: a yearly growth of a figure that a list of years prints again, with the same digits,
    at its year; the list's member of the year before is the baseline. The figure is the one the
    growth is tied to, else the one printed right before it in its sentence."""
    series = [found for found in lists if found.years and not found.rates and not found.changes]
    if not series:
        return []
    found: list[Relation] = []
    for sentence in sentences:
        before: Claim | None = None
        for placed in sentence.figures:
            growth = placed.claim
            if growth.kind == "figure":
                before = growth
                continue
            if (growth.kind != "growth" or growth.dimension != "percent" or growth.id in taken or growth.forecast
                    or growth.basis not in (None, "同比") or growth.between_rates):
                continue
            tied = next((figure.claim for figure in sentence.figures if figure.claim.id == growth.of_claim), None)
            current = tied if growth.of_claim else before
            if current is None or current.forecast or period_kind(current.period) != "year":
                continue
            if not growth.of_claim and not _may_measure_alike(growth.metric_key, current.metric_key):
                continue  # 净利润为8.73亿元，营收同比增长12%: the growth names a measure of its own
            prior = _member_of_the_year_before(current, series)
            if prior is None:
                continue
            found.append(Relation(
                id=f"growth_prior:{current.id}+{prior.id}+{growth.id}", document=current.document,
                kind="growth_prior", construction="growth-against-a-listed-series",
                fillers=(Filler(role="current", claim=current.id), Filler(role="prior", claim=prior.id),
                         Filler(role="rate", claim=growth.id)),
                direction="down" if growth.value < 0 else "up",
            ))
    return found


# 2018-2020年，三年间其流动负债年增长率从21.5%增长至55.6%: the rates of a range of years, its first
# and its last. The last is the growth of the range's last year over the year before, however the
# range is counted. The first is the growth of the year after the range's first over it, or of
# the first year over one the series does not print: read as the former only when the series
# prints no year before the range (FIRST_RATE_OF_A_RANGE), and a miss is then no proof.
LAST_RATE_OF_A_RANGE = "last-rate-of-a-range-of-years"
FIRST_RATE_OF_A_RANGE = "first-rate-of-a-range-of-years"
_RANGE_BEFORE_RATES = re.compile(r"(?P<first>(?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|～|至|到)\s*(?P<last>(?:19|20)\d{2})\s*年")
# 年均增长率 is an average over a stretch of years, not one year's growth.
_RATES_FROM = re.compile(r"(?<!均)(?:年)?(?:增长率|增速|增幅)\s*(?:从|由)\s*$")
_RATES_TO = re.compile(r"^\s*(?:增长|提升|上升|提高|扩大|攀升|加快|下降|回落|降低|放缓|下滑|收窄)?\s*(?:至|到)\s*$")
# Words between a range and its rates that name no measure: 三年间, 期间, 其.
_RANGE_FILLER = re.compile(r"[一二三四五六七八九十两\d]+年(?:间|来|中|里)?|期间|其间|其|的|[\s，,、]")
# How many sentences before the rates their series may stand.
_SERIES_REACH = 3


def _last_rate_of_a_range(sentences: Sequence[SentenceFigures], lists: Sequence[_List],
                          taken: set[str]) -> list[Relation]:
    """The two rates said of a range of years (…年增长率从a%增长至b%) against the series of years a
    分别 list printed for the measure the rates name: the last with its members of the range's
    last year and of the year before; the first with those of the range's first two years, when
    the series prints no year before the range."""
    found: list[Relation] = []
    for position, sentence in enumerate(sentences):
        figures = sentence.figures
        for first, last in zip(figures, figures[1:]):
            rate = last.claim
            if (first.claim.dimension != "percent" or rate.dimension != "percent" or rate.forecast
                    or rate.id in taken or not _RATES_TO.match(sentence.text[first.end:last.start])):
                continue
            lead = sentence.text[_clause_start(sentence.text, first.start):first.start]
            said = _RATES_FROM.search(lead)
            ranges = list(_RANGE_BEFORE_RATES.finditer(lead))
            if said is None or not ranges:
                continue
            opening, closing = int(ranges[-1].group("first")), int(ranges[-1].group("last"))
            measure = _RANGE_FILLER.sub("", lead[ranges[-1].end():said.start()])
            readings = [(closing, rate, LAST_RATE_OF_A_RANGE)]
            if closing - opening >= 2 and first.claim.id not in taken and not first.claim.forecast \
                    and _series_members(lists, position, measure, opening) is None:
                readings.append((opening + 1, first.claim, FIRST_RATE_OF_A_RANGE))
            for year, stated, construction in readings:
                pair = _series_members(lists, position, measure, year)
                if pair is None:
                    continue
                current, prior = pair
                found.append(Relation(
                    id=f"growth_prior:{current.id}+{prior.id}+{stated.id}", document=stated.document,
                    kind="growth_prior", construction=construction,
                    fillers=(Filler(role="current", claim=current.id), Filler(role="prior", claim=prior.id),
                             Filler(role="rate", claim=stated.id)),
                    direction="down" if stated.value < 0 else "up",
                ))
    return found


def _series_members(lists: Sequence[_List], position: int, measure: str, year: int) -> tuple[Claim, Claim] | None:
    """The members of ``year`` and the year before of the one series of years printed in the
    sentences just before (or in the same sentence) whose words name ``measure``."""
    pairs = {}
    for found in lists:
        if not found.years or found.rates or found.changes or not position - _SERIES_REACH <= found.sentence <= position:
            continue
        if len(measure) < 2 or measure not in found.lead:
            continue
        by_year = {listed: member.claim for listed, member in zip(found.years, found.members)}
        current, prior = by_year.get(year), by_year.get(year - 1)
        if current is None or prior is None or current.forecast or prior.forecast or not comparable_units(current, prior):
            continue
        pairs[(current.text, prior.text)] = (current, prior)
    return next(iter(pairs.values())) if len(pairs) == 1 else None


def _may_measure_alike(growth_key: str, figure_key: str) -> bool:
    """A growth's phrase names no measure (同比增长), or one the figure's names (亏损额度, 净亏损)."""
    heads = set(_heads(growth_key))
    return not heads or bool(heads & set(_heads(figure_key)))


def _member_of_the_year_before(current: Claim, series: Sequence[_List]) -> Claim | None:
    """The one baseline the year lists give: a list printing ``current``'s digits at its year
    names its member of the year before; two lists naming different ones name none."""
    year = int(str(current.period)[:4])
    baselines: dict[str, Claim] = {}
    for found in series:
        by_year = {listed_year: member.claim for listed_year, member in zip(found.years or (), found.members)}
        again, prior = by_year.get(year), by_year.get(year - 1)
        if (again is None or prior is None or again.id == current.id or again.text != current.text
                or again.document != current.document or not comparable_units(prior, current)):
            continue
        baselines[prior.id] = prior
    return next(iter(baselines.values())) if len(baselines) == 1 else None


def _listed_changes(lists: Sequence[_List], sentences: Sequence[SentenceFigures],
                    by_period: Mapping[str | None, Sequence[Claim]]) -> list[Relation]:
    """Changes listed by 分别, each of a figure printed before it:

    - 长江、黄河指数分别下降1.30点和0.90点，降幅为1.45%和0.98%: the items name figures printed
      before the list in the sentence, each the level the change arrived at;
    - 总资产为5.20万亿元，净资产为1.10万亿元，2023年分别增加0.30万亿元、0.05万亿元: one figure per
      clause, of the year before the one the list names, each the level the change started from;
      the level it arrived at is the one figure of the same measure at the named year.
    """
    found: list[Relation] = []
    for changes in (found_list for found_list in lists if found_list.changes):
        sentence = sentences[changes.sentence]
        after = [other for other in lists if other.sentence == changes.sentence and other.rates
                 and other.start >= changes.end and len(other.members) == len(changes.members)
                 and _nothing_between(sentence, changes.end, other.start)]
        rates = after[0].members if after else None
        verb = None
        for match in _VERB.finditer(changes.lead.rsplit(_RESPECTIVELY, 1)[-1]):
            verb = match.group(0)
        direction = None if verb is None else ("up" if verb in VERBS_UP else "down")
        levels = _named_levels(sentence, changes)
        if levels is not None:
            if rates is None:
                continue  # a level and its change alone state nothing to check
            for level, change, rate in zip(levels, changes.members, rates):
                found.append(_change_relation("changes-listed-for-named-figures", direction,
                                              (("to", level), ("delta", change.claim), ("rate", rate.claim))))
            continue
        starts = _clause_figures(sentence, changes)
        year = _YEAR.search(changes.lead.rsplit(_RESPECTIVELY, 1)[0][-12:])
        if starts is None or year is None:
            continue
        named = int(year.group(1))
        for start, change in zip(starts, changes.members):
            if start.period is None or not start.period.startswith(str(named - 1)):
                break
            end = _same_measure(start, str(named) + start.period[4:], by_period, {start.id})
            if end is None:
                continue
            found.append(_change_relation("changes-listed-for-figures-before", direction,
                                          (("from", start), ("to", end), ("delta", change.claim))))
    return found


def _change_relation(construction: str, direction: str | None, roles: tuple[tuple[str, Claim], ...]) -> Relation:
    first = roles[0][1]
    return Relation(
        id=f"from_to:{'+'.join(claim.id for _, claim in roles)}", document=first.document, kind="from_to",
        construction=construction,
        fillers=tuple(Filler(role=role, claim=claim.id) for role, claim in roles),  # type: ignore[arg-type]
        direction=direction,  # type: ignore[arg-type]
    )


_ITEMS = re.compile(r"、|和|与|及|以及")


def _named_levels(sentence: SentenceFigures, changes: _List) -> list[Claim] | None:
    """长材、板材指数分别下降…: each item names one figure printed before the list in the sentence."""
    names = re.split(r"[，,：:]", changes.lead.rsplit(_RESPECTIVELY, 1)[0])[-1].strip()
    items = [item.strip() for item in _ITEMS.split(names) if item.strip()]
    if len(items) != len(changes.members) or any(len(item) < 2 for item in items):
        return None
    earlier = [figure.claim for figure in sentence.figures if figure.end <= changes.start
               and figure.claim.kind == "figure" and not figure.claim.forecast]
    levels = []
    for item, change in zip(items, changes.members):
        named = [claim for claim in earlier if item in claim.metric and comparable_units(claim, change.claim)]
        if len(named) != 1:
            return None
        levels.append(named[0])
    return levels if len({level.id for level in levels}) == len(levels) else None


def _clause_figures(sentence: SentenceFigures, changes: _List) -> list[Claim] | None:
    """The figures right before a list, one per clause (为5.20万亿元，净资产为1.10万亿元，…)."""
    count = len(changes.members)
    before = [figure for figure in sentence.figures if figure.end <= changes.start]
    chosen = before[-count:]
    if len(chosen) < count or any(figure.claim.kind != "figure" or figure.claim.forecast
                                  or not comparable_units(figure.claim, change.claim)
                                  for figure, change in zip(chosen, changes.members)):
        return None
    if any(_JOINT.fullmatch(sentence.text, a.end, b.start) for a, b in zip(chosen, chosen[1:])):
        return None  # a list of its own, not one figure per clause
    return [figure.claim for figure in chosen]


def _anaphoric(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """该行较上年末的3862.10亿元增加348亿元; 这较近期低点的33.10元，反弹10.0%，但较去年高位的60.20元，
    降幅达39.5%: the comparison's own figure is the one amount the anaphor can stand for, printed
    before it in the sentence or, when none is, in the sentence before."""
    found: list[Relation] = []
    for index, sentence in enumerate(sentences):
        if len(sentence.figures) < 2:
            continue
        read = skeleton(sentence.text, sentence.figures)
        matches = sorted(((match, construction) for construction in ANAPHORIC_CONSTRUCTIONS
                          for match in construction.regex.finditer(read)), key=lambda pair: pair[0].start())
        current: Claim | None = None
        last_end = -1
        for match, construction in matches:
            groups = match.groupdict()
            baseline = sentence.figures[int(groups.get("prior") or groups["from"])].claim
            if construction.name.startswith("then"):
                # a further comparison of the figure the one before it spoke of, right after it
                if current is None or match.start() != last_end:
                    continue
                figure = current
            else:
                figure = _antecedent(sentences, index, int(groups.get("prior") or groups["from"]), baseline)
            if figure is None:
                continue
            direction = "up" if groups.get("up") else "down" if groups.get("down") else None
            if construction.kind == "growth_prior":
                stated = sentence.figures[int(groups["rate"])].claim
                roles = (("current", figure), ("prior", baseline), ("rate", stated))
            else:
                stated = sentence.figures[int(groups["delta"])].claim
                if not comparable_units(stated, figure):
                    continue
                roles = (("from", baseline), ("to", figure), ("delta", stated))
            if stated.forecast:
                continue
            current, last_end = figure, match.end()
            found.append(Relation(
                id=f"{construction.kind}:{'+'.join(claim.id for _, claim in roles)}", document=figure.document,
                kind=construction.kind, construction=construction.name,
                fillers=tuple(Filler(role=role, claim=claim.id) for role, claim in roles),  # type: ignore[arg-type]
                direction=direction,
            ))
    return found


def _antecedent(sentences: Sequence[SentenceFigures], index: int, before: int, baseline: Claim) -> Claim | None:
    """The one amount of the baseline's kind printed before the anaphor: in its sentence, or when
    none is, in the sentence before it in the same paragraph. Two candidates name none."""
    def candidates(figures: Sequence[PlacedFigure]) -> list[Claim]:
        return [figure.claim for figure in figures
                if figure.claim.dimension in AMOUNTS and figure.claim.kind == "figure"
                and comparable_units(figure.claim, baseline) and figure.claim.id != baseline.id]

    sentence = sentences[index]
    found = candidates(sentence.figures[:before])
    if not found and index > 0 and sentences[index - 1].paragraph == sentence.paragraph:
        found = candidates(sentences[index - 1].figures)
    if len(found) != 1 or found[0].forecast:
        return None
    return found[0]


def _lists(index: int, sentence: SentenceFigures, before: SentenceFigures | None) -> list[_List]:
    """The runs of two or more values of one dimension joined by list words, each either
    given out by 分别 or standing right after a list that is."""
    # "- 2023 - 2027E 营业收入分别为…": a bullet's dash may have cut the years' range in two.
    years_lead = ""
    if (before is not None and before.paragraph == sentence.paragraph and not before.figures
            and _BROKEN_RANGE.fullmatch(before.text)):
        years_lead = before.text
    figures = [figure for figure in sentence.figures if _letter(figure.claim)]
    runs: list[list[PlacedFigure]] = []
    for figure in figures:
        if runs:
            last = runs[-1][-1]
            if (_letter(last.claim) == _letter(figure.claim) and figure.start >= last.end
                    and _JOINT.fullmatch(sentence.text, last.end, figure.start)):
                runs[-1].append(figure)
                continue
        runs.append([figure])
    found: list[_List] = []
    previous_run: list[PlacedFigure] | None = None
    for run in runs:
        before = [figure.end for figure in sentence.figures if figure.end <= run[0].start]
        figure_before = max(before, default=0)
        lead = sentence.text[max(figure_before, _clause_start(sentence.text, run[0].start)):run[0].start]
        follows_list = bool(found) and previous_run is not None and found[-1].members[-1] is previous_run[-1]
        previous_run = run
        if len(run) < 2:
            continue
        # 营收净利分别为a、b，同比增长x%、y%: rates right after a 分别 list need no 分别 of their own.
        after_values = (follows_list and not found[-1].rates and _letter(run[0].claim) == "P"
                        and _RATE_LEAD.match(lead) is not None)
        if _RESPECTIVELY not in lead and not after_values:
            continue
        years = _years(years_lead + sentence.text[max(figure_before, _clause_start(sentence.text, run[0].start)):
                                                  run[0].start], len(run))
        if years is None and found and len(found[-1].members) == len(run) and found[-1].years:
            years = found[-1].years  # 2022年、2023年，营收分别为…；净利分别为…: the years hold for both
        found.append(_List(index, tuple(run), years, lead))
    return found


def _letter(claim: Claim) -> str | None:
    if claim.dimension in AMOUNTS:
        return "A"
    return "P" if claim.dimension == "percent" else None


def _clause_start(text: str, position: int) -> int:
    stops = [match.end() for match in _CLAUSE_STOP.finditer(text, 0, position)]
    return stops[-1] if stops else 0


def _years(lead: str, size: int) -> tuple[int, ...] | None:
    """The years a list's lead names, one per member, or None."""
    candidates: list[tuple[int, tuple[int, ...]]] = []
    for match in _YEAR_RANGE.finditer(lead):
        first, last = int(match.group(1)), match.group(2)
        end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if end > first:
            candidates.append((match.start(), tuple(range(first, end + 1))))
    for match in _YEAR_ENUMERATION.finditer(lead):
        years = tuple(int(year) for year in re.findall(r"(?:19|20)\d{2}", match.group(0)))
        if all(b == a + 1 for a, b in zip(years, years[1:])):
            candidates.append((match.start(), years))
    if not candidates:
        return None
    _, years = max(candidates)
    return years if len(years) == size else None


def _paired(rates: _List, lists: Sequence[_List], sentences: Sequence[SentenceFigures]):
    """(current, rate, direction, basis, year) for each rate of a list: the figures it speaks of
    are the list just before it in the sentence, or the figures of the clauses just before."""
    sentence = sentences[rates.sentence]
    lead = rates.lead
    if not (_VERB.search(lead) or _RATE_WORDS.search(lead)):
        return []  # 毛利率、净利率分别为31.2%、11.6%: rates of their own, not changes
    if len(re.findall(r"[\u4e00-\u9fff]", _LEAD_WORDS.sub("", _VERB.sub("", lead)))) >= 2:
        return []  # 市场份额分别提升1.2%、0.8%: the rates name a measure of their own
    verb = None
    for match in _VERB.finditer(lead):
        verb = match.group(0)
    direction = None if verb is None else ("up" if verb in VERBS_UP else "down")
    if any(member.claim.text.lstrip().startswith(_MINUS) for member in rates.members):
        direction = None  # 20.3%，-6.2%，21.9%: each rate carries its own sign
    basis = "环比" if any(word in lead for word in _QUARTER_BASES) else (
        "较年初" if any(word in lead for word in _YEAR_END_BASES) else "同比")
    before = [found for found in lists if found.sentence == rates.sentence and found.end <= rates.start
              and not found.rates]
    if before and before[-1].changes:
        return []  # 分别下降0.8点和1.1点，降幅为0.8%和1.1%: rates of changes (see _listed_changes)
    values: _List | None = before[-1] if before else None
    if values is not None and not _nothing_between(sentence, values.end, rates.start):
        values = None
    if values is not None:
        if rates.years and values.years and rates.years != values.years:
            by_year = dict(zip(values.years, values.members))
            return [(by_year[year].claim, rate.claim, direction, basis, year)
                    for year, rate in zip(rates.years, rates.members) if year in by_year]
        if len(values.members) != len(rates.members):
            return []
        years = values.years or rates.years or (None,) * len(rates.members)
        return [(value.claim, rate.claim, direction, basis, year)
                for value, rate, year in zip(values.members, rates.members, years)]
    # 总资产为8.40万亿元，净资产为1.92万亿元，相较于上年末分别增加5.00%和3.78%: one figure per clause.
    if _RESPECTIVELY not in lead or rates.years:
        return []
    figures = [figure for figure in sentence.figures if figure.end <= rates.start]
    count = len(rates.members)
    if len(figures) < count or any(figure.claim.dimension not in AMOUNTS for figure in figures[-count:]):
        return []
    chosen = figures[-count:]
    clause = _clause_start(sentence.text, rates.start)
    if chosen[0].start < clause or any(_JOINT.fullmatch(sentence.text, a.end, b.start)
                                       for a, b in zip(chosen, chosen[1:])):
        return []  # a list without 分别 of its own is no list of separate measures
    return [(figure.claim, rate.claim, direction, basis, None) for figure, rate in zip(chosen, rates.members)]


def _nothing_between(sentence: SentenceFigures, start: int, end: int) -> bool:
    return not any(start <= figure.start < end for figure in sentence.figures) and not re.search(
        r"[。！？!?]", sentence.text[start:end])


def _prior(current: Claim, rate: Claim, year: int | None, basis: str, lists: Sequence[_List],
           by_period: Mapping[str | None, Sequence[Claim]]) -> Claim | None:
    """The baseline of ``current``: its list's member of the year before, a list of the year
    before in the same order, or the one figure of the prior period naming the same measure."""
    own = next((found for found in lists if not found.rates
                and any(member.claim.id == current.id for member in found.members)), None)
    if own is not None and own.years and year is not None and basis == "同比":
        by_year = dict(zip(own.years, own.members))
        if year - 1 in by_year:
            prior = by_year[year - 1].claim
            return prior if comparable_units(prior, current) else None
        if year in by_year and own.years[0] != year:
            return None
    period = str(year) if year is not None else current.period or rate.period
    wanted = _prior_period(period, basis)
    if wanted is None:
        return None
    if own is not None and own.years:
        # 2022年、2023年，营业收入分别为…: the first year's baseline may stand in a list of the
        # year before that names its measures one by one (2021年，营收净利分别为…).
        named = _named_member(current, wanted, lists)
        if named is not None:
            return named
    if own is not None:
        parallel = _parallel_member(own, current, wanted, lists)
        if parallel is not None:
            return parallel
    return _same_measure(current, wanted, by_period, {member.claim.id for member in (own.members if own else ())})


# The words before a list of the priors themselves: 上年同期分别为, 去年同期分别是, 上年末分别为.
_PRIORS_LEAD = re.compile(
    r"\s*[，,；;]\s*(?:而|但)?(?P<words>上年同期|去年同期|上年末|去年末|上年底|去年底|年初|上年|去年)(?:分别|则分别)(?:为|是)?\s*")


def _priors_listed_after(rates: _List, lists: Sequence[_List], sentences: Sequence[SentenceFigures]) -> dict[str, Claim]:
    """营收和净利分别为a和b，同比分别增长x%和y%，上年同期分别为c和d: the baselines given out by 分别
    right after the rates, one per rate in order, of the date the rates are measured from."""
    sentence = sentences[rates.sentence]
    after = next((other for other in lists if other.sentence == rates.sentence and not other.rates
                  and other.start >= rates.end), None)
    if after is None or len(after.members) != len(rates.members):
        return {}
    lead = _PRIORS_LEAD.fullmatch(sentence.text, rates.end, after.start)
    if lead is None:
        return {}
    words = lead.group("words")
    measured_from_year_end = words not in ("上年同期", "去年同期", "上年", "去年")
    said = sentence.text[_clause_start(sentence.text, rates.start):rates.start] + rates.lead
    if measured_from_year_end != any(word in said for word in _YEAR_END_BASES) or any(
            word in said for word in _QUARTER_BASES):
        return {}  # 较年初分别增长…，上年同期分别为: the priors of another comparison
    return {rate.claim.id: prior.claim for rate, prior in zip(rates.members, after.members)}


def _prior_period(period: str | None, basis: str) -> str | None:
    kind = period_kind(period)
    if period is None or kind is None:
        return None
    if basis == "较年初":
        return f"{int(period[:4]) - 1}-12-31" if kind in ("point", "year", "month") else None
    if basis == "同比" and kind in ("year", "half", "ytd", "quarter", "point", "month", "months"):
        return previous_period(period)
    return None


def _list_period(found: _List, lists: Sequence[_List]) -> str | None:
    """The one period of a list's members, or of the rates listed right after it."""
    periods = {member.claim.period for member in found.members}
    if periods == {None}:
        rates = [other for other in lists if other.sentence == found.sentence and other.rates
                 and other.start >= found.end and len(other.members) == len(found.members)]
        periods = {member.claim.period for member in rates[0].members} if rates else periods
    return periods.pop() if len(periods) == 1 else None


def _named_member(current: Claim, wanted: str, lists: Sequence[_List]) -> Claim | None:
    """The member of a list of period ``wanted`` whose measure, among the ones the list names in
    order, is the one ``current`` names (营收 in 营收净利分别为…)."""
    heads = _heads(current.metric_key)
    if len(heads) != 1:
        return None
    found = []
    for other in lists:
        if other.rates or other.changes or other.years or _list_period(other, lists) != wanted:
            continue
        names = _list_heads(other)
        if names is None or names.count(heads[0]) != 1:
            continue
        member = other.members[names.index(heads[0])].claim
        if comparable_units(member, current):
            found.append(member)
    return found[0] if len(found) == 1 else None


def _parallel_member(own: _List, current: Claim, wanted: str, lists: Sequence[_List]) -> Claim | None:
    """2020年，营收、净利分别为a、b；2021年，营收净利分别为c、d，同比增长x、y: the list of the year
    before whose measures run in the same order gives each member its baseline."""
    if own.years:
        return None
    position = next(i for i, member in enumerate(own.members) if member.claim.id == current.id)
    heads = _list_heads(own)
    for found in lists:
        if found is own or found.rates or found.years or len(found.members) != len(own.members):
            continue
        if _list_period(found, lists) != wanted:
            continue
        if not all(comparable_units(a.claim, b.claim) for a, b in zip(found.members, own.members)):
            continue
        if heads is None or heads != _list_heads(found):
            continue
        return found.members[position].claim
    return None


def _list_heads(found: _List) -> tuple[str, ...] | None:
    """The measure each member names: one head per member's metric, or the heads of the one
    phrase the list names its members by (营收净利)."""
    keys = [member.claim.metric_key for member in found.members]
    if len(set(keys)) == 1:
        heads = _heads(keys[0])
        return tuple(heads) if len(heads) == len(keys) else None
    heads = [_heads(key) for key in keys]
    return tuple(found[0] for found in heads) if all(heads) else None


def _heads(key: str) -> list[str]:
    heads, position = [], 0
    while position < len(key):
        head = next((head for head in _HEADS if key.startswith(head, position)), None)
        if head is None:
            position += 1
            continue
        heads.append(head)
        position += len(head)
    return heads


def _same_measure(current: Claim, wanted: str, by_period: Mapping[str | None, Sequence[Claim]],
                  excluded: set[str]) -> Claim | None:
    """The one figure of the prior period that names the measure of ``current``: the same key,
    or keys that end alike in a measure (证券公司总资产, 证券行业总资产)."""
    measured = [claim for claim in by_period.get(wanted, ())
                if claim.kind == "figure" and claim.period == wanted and claim.id not in excluded
                and claim.document == current.document and not claim.forecast
                and comparable_units(claim, current) and _names_same_measure(claim.metric_key, current.metric_key)]
    # 截至2022年末，行业总资产为… after 145家证券公司总资产为…: the vague subject 行业 of the
    # document's own subject speaks of the same companies, when nothing of its own is printed.
    found = ([claim for claim in measured if claim.entity == current.entity]
             or [claim for claim in measured if _vague_of_each_other(claim.entity, current.entity)])
    if not found:
        return None
    values = {claim.value for claim in found}
    return found[0] if len(values) == 1 else None


def _vague_of_each_other(one: str | None, other: str | None) -> bool:
    """One subject is a vague word over the other (行业（甲公司） and 甲公司): see
    ``validator.entities.other_subject``."""
    if not one or not other or one == other:
        return False
    return one.endswith(f"（{other}）") or other.endswith(f"（{one}）")


def _names_same_measure(one: str, other: str) -> bool:
    if not one or not other:
        return False
    if one == other:
        return True
    shared = 0
    while shared < min(len(one), len(other)) and one[-1 - shared] == other[-1 - shared]:
        shared += 1
    suffix = one[len(one) - shared:]
    # 总资产 against 总资产 names one measure; 资产 alone does not (净资产, 总资产).
    return shared >= 3 and any(head in suffix for head in _HEADS)
