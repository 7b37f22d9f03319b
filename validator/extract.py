"""Claims: every figure of a document read into a typed record with its context.

The extractor walks a document sentence by sentence. In each sentence it finds the figures
(the number grammar), decides each one's role from the words just before it (its *lead*):
a growth rate after 同比增长, a share after 占…的, a change in points before 个百分点, a level
otherwise; then it attaches the metric phrase, the period in force and the entity, and links
figures that belong together (a growth to its figure, 从…到 pairs, 分别为 breakdowns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from datetime import date
from pathlib import Path

from . import lexicon
from .breakdowns import breakdowns, segment_lists
from .compound_growth import compound_growths
from .conversions import conversions
from .distributive import distributed_relations
from .documents import Document, SourceText
from .entities import (
    industry_subject, named_organisation, other_subject, ranking_subject, subject_entity, title_company,
)
from .lists import ListSlot, respectively_lists
from .metrics import clean_phrase, is_cumulative, measures_run_together, metric_key, names_a_measure
from .numbers import Quantity, alternation, decimal_bound, find_quantities, hedged, in_the_unit_of, qualifier_bound
from .period_links import period_containments
from .rate_gaps import rate_gaps
from .script import simplified
from .periods import (PeriodMarker, PeriodResolver, period_kind, period_year, previous_month, previous_period,
                      report_period, within, year_of_writing)
from .records import AMOUNTS, Claim, DateMention, Extraction, Relation, Source, TextEdge
from .relations import PlacedFigure, SentenceFigures, stated_in_sentence
from .share_lists import shares_in_lists
from .share_totals import named_ratios, revenue_way, shares_of_totals
from .tables import column_periods, stated_in_tables

# A bullet between items ( - , • ) ends a sentence too: summaries print one result per bullet
# on a single line, and a 预计 of one bullet says nothing of the next.
_SENTENCE_END = re.compile(r"[。！？!?]+[”」』\"]?|\n|(?<=\S)\s[-•]\s(?=\S)")
_CLAUSE_BREAK = "，,；;：:。！？!?"


_BASIS = (
    r"(?P<basis>同比|环比|按年|按季|较[^，,；;。]{0,12}?(?:年初|期初|上半年末|半年末|上年末|去年底|上年底|年末|年底|\d{1,2}月末|[一二三四]季度末"
    r"|上季度末|上季末|季度末|月末|同期|上年|去年|上季度?|上月)"
    r"|比(?:上年|去年|上季度?|上月)(?:同期)?|同)"
)
_GROWTH_TAIL = re.compile(
    # 同比实际增长3.7%: a statistics release's real (or nominal) growth, the basis still 同比.
    _BASIS + r"?\s*(?:也|亦|均|再|继续|进一步|分别)?(?:实际|名义)?(?:大幅|小幅|微幅|显著|明显|稳步|快速|持续|略有|略为|略|微)?"
    rf"(?P<verb>{alternation(lexicon.GROWTH_UP + lexicon.GROWTH_DOWN)})"
    r"(?:了)?(?:幅度)?(?:为|达|达到)?\s*$"
)
_LEVEL_TAIL = re.compile(
    # 从58.3亿元增长为66.1亿元: after a verb, 为 reaches a level too (never alone: 为 is "is").
    rf"(?:(?:{alternation(lexicon.GROWTH_UP + lexicon.GROWTH_DOWN)})(?:了)?\s*(?=[至到为])|(?:了)?\s*(?=[至到]))"
    r"(?P<to>至|到|为)"
    r"(?:\s*(?:(?:19|20)\d{2}\s*年?(?:末|底|第?[一二三四1-4]季度末?|上半年|全年)?|(?:1[0-2]|[1-9])月(?:末|底)"
    r"|(?:去年|今年|本年|上年)?第?[一二三四1-4]季度?末?|去年|今年|年末|年底)\s*的?)?\s*$"
)
_CONVERSION = re.compile(r"[（(]\s*(?:约合|折合|合)?\s*$")
# 同比减少20.3%（2023年同期为17.99亿元），环比下降17.2%: the bracketed figure is the first
# change's baseline; the second change still speaks of the level before it.
_BRACKETED_BASELINE = re.compile(r"[（(][^（()）]*(?:为|是|:|：)\s*$")


def _is_conversion(reading: "_Reading") -> bool:
    """518.80亿元(约合81.41亿美元): the bracketed figure restates the one before it."""
    return bool(_CONVERSION.search(reading.lead)) and reading.quantity.qualifier in ("约合", "折合", None)
_FROM_MARK = re.compile(r"(?P<mark>从|由)(?!于)")
_SHARE_TAIL = re.compile(
    # 在出口中所占比重达41.3%: 所 may stand before the marker, and the 占比 of 占比重 is 占 then 比重.
    # 市占率 and 占有率 name a market share, a rate of its own: no 占 of a whole follows them.
    r"(?:在(?P<inner>[^，,；;。]{1,20}?)中)?所?(?P<marker>占比(?![重例])|占到|占据|(?<!市)占(?!有?率))"
    r"(?P<total>[^，,；;。]{0,25}?)(?:的)?(?:比重|比例|份额)?(?:为|达|达到|约)?\s*$"
)
_BETWEEN_RATES = re.compile(
    rf"(?:{alternation(lexicon.RATE_WORDS)}).*?"
    rf"(?P<cmp>{alternation(lexicon.COMPARATIVES_UP + lexicon.COMPARATIVES_DOWN)})了?\s*$"
)
_SPAN_OF_TIME = re.compile(r"连续[0-9一二两三四五六七八九十]+(?:个)?(?:季度|年|月|周)")
_POST_NOUN = re.compile(r"^[\u4e00-\u9fffA-Za-z]+")
_NOT_A_NOUN_START = ("同比", "环比", "同增", "同降", "的", "之", "以上", "左右", "和", "与", "及", "等",
                     "用于", "以", "为", "是", "在", "至", "到", "大关", "元", "增", "降", "较", "比")
_DATE = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|0?[1-9])月(?:(?P<day>[12]\d|3[01]|0?[1-9])日)?"
)
# A comparison's baseline: 较2021年第三季度的人民币73.9亿元, 比上年同期的4.66亿元.
# Both read the date the comparison names, 的, and a currency before the amount.
_DATED_BASELINE = (r"\s*(?P<date>[^，,；;。\d]{0,4}(?:\d[^，,；;。]{0,14}?)?)\s*的\s*"
                   r"(?:人民币|港元|港币|美元|RMB|US\$|HK\$)?\s*")
_BASELINE_LEAD = re.compile(r"(?:^|[，,]\s*)(?:较|比|相比|相较于?)" + _DATED_BASELINE + "$")
_NEXT_BASELINE_LEAD = re.compile(r"\s*(?:和|及|与|以及|、)" + _DATED_BASELINE)
# A metric key that is only the word of a comparison: it names nothing.
_COMPARISON_ONLY = re.compile(r"较|比|相比|相较于?|和|及|与|以及")
# The prior period's own value, named by its period alone: 上年同期为, 上年末为, 年初为, 上年为.
_PRIOR_LEVEL = re.compile(r"同期|(?:上年|去年)(?:末|底)|年初|(?:上年|去年|上一?季度?|上一?个?月)(?:为|是)")
_PART_OPENING = re.compile(r"\s*其中\s*[，,:：]?")
_YEAR_TO_DATE = re.compile(r"(?:年初|今年|本年)以来")
_PUBLISH_CONTEXT = re.compile(r"发布|公布|披露|宣布")
_FUTURE_CONTEXT = re.compile(r"计划|将|预计|拟|期间|之前|以前")


@dataclass
class _Sentence:
    source: Source
    stream: SourceText
    start: int  # offset of the sentence in its stream
    printed: str  # as the article prints it
    index: int
    paragraph: int
    # What the patterns read: the printed text in simplified characters, one for one, so that
    # 營業收入為1,286.45億港元，按年增長 reads like 营业收入为1,286.45亿港元，按年增长.
    text: str = ""

    def __post_init__(self) -> None:
        self.text = simplified(self.printed)


@dataclass
class _Context:
    """What the reader knows of the document while walking it."""

    document: Document
    entity: str | None
    resolver: PeriodResolver
    # The industry an article on no company is about (证券行业): its name says who, not what.
    industry: str | None = None
    claims: list[Claim] = field(default_factory=list)
    # The last stretch of time a paragraph named: 第四季度……。单季…… goes on about Q4.
    paragraph_period: tuple[int, str] | None = None
    # The periods of the columns of the table header last read (| 2024年第三季度 | 2024年第二季度 |),
    # for the rows of cells under it; any other line ends the table.
    table_columns: tuple[str | None, ...] | None = None
    # Each sentence's text and where its figures stand (start, end, claim id), for reading
    # the relations it states once every claim and link of the document is final.
    placements: list[tuple[_Sentence, list[tuple[int, int, str]]]] = field(default_factory=list)
    stem: str = field(init=False)  # the file's name without its suffix: every claim id starts with it

    def __post_init__(self) -> None:
        self.stem = Path(self.document.path).stem


def extract(document: Document) -> Extraction:
    """Read one document's claims, dates and edges; a document that failed to read gives
    an extraction with its error and nothing else."""
    published = document.published.isoformat() if document.published else None
    if document.error:
        return Extraction(path=document.path, title=document.title, published=published,
                          entity=None, report_period=None, error=document.error)
    sentences = list(_sentences(document))
    published_day = document.published.date() if document.published else None
    title = simplified(document.title) if document.title else None
    entity = subject_entity(title, simplified(document.body.text))
    body_sentences = [s.text for s in sentences if s.source == "body"]
    period = report_period(title, body_sentences, published_day)
    written = None if published_day else year_of_writing(body_sentences, period)
    context = _Context(document, entity, PeriodResolver(period, published_day, written),
                       industry=industry_subject(title, simplified(document.body.text), entity))
    for sentence in sentences:
        _read_sentence(context, sentence)
    claims = _link_share_totals(context.claims)
    relations = _stated_relations(context, claims)
    return Extraction(
        path=document.path,
        title=document.title,
        published=published,
        entity=entity,
        report_period=period,
        claims=tuple(claims),
        relations=tuple(relations),
        dates=tuple(_dates(document, sentences, published_day)),
        opening=_edge(document, sentences, first=True),
        closing=_edge(document, sentences, first=False),
        directives=document.directives,
    )


def _sentences(document: Document):
    index = 0
    if document.title_text and document.title_text.text.strip():
        yield _Sentence("title", document.title_text, 0, document.title_text.text, -1, -1)
    body = document.body
    for paragraph, block in enumerate(document.blocks):
        source: Source = "heading" if block.kind == "heading" else "body"
        start = block.start
        for match in _SENTENCE_END.finditer(body.text, block.start, block.end):
            if _separates_listed_figures(body.text, match):
                continue
            if match.end() > start:
                yield _Sentence(source, body, start, body.text[start:match.end()], index, paragraph)
                index += 1
            start = match.end()
        if start < block.end:
            yield _Sentence(source, body, start, body.text[start:block.end], index, paragraph)
            index += 1


# 102.31亿元？40.90亿元？24.12亿元: a question mark between two figures of one unit stands for
# the 、 of a list a conversion garbled; no question ends on a figure and goes on with another.
_FIGURE_BEFORE_MARK = re.compile(r"\d(?:[\d.,]*\d)?\s*(?P<unit>(?:万亿|亿|万|千)?(?:元|%|家|辆|台|件|户|人)|万亿|亿|万)$")
_FIGURE_AFTER_MARK = re.compile(r"\d(?:[\d.,]*\d)?\s*(?P<unit>(?:万亿|亿|万|千)?(?:元|%|家|辆|台|件|户|人)|万亿|亿|万)")


def _separates_listed_figures(text: str, mark: re.Match[str]) -> bool:
    if mark.group() not in ("？", "?"):
        return False
    start = max(0, mark.start() - 24)
    window = simplified(text[start:mark.end() + 24])  # 億元 reads as 亿元
    before = _FIGURE_BEFORE_MARK.search(window, 0, mark.start() - start)
    after = _FIGURE_AFTER_MARK.match(window, mark.end() - start)
    return before is not None and after is not None and before.group("unit") == after.group("unit")


def _clause_start(sentence: _Sentence, position: int) -> int:
    breaks = _CLAUSE_BREAK + (" " if sentence.source != "body" else "")
    start = position
    # A title's spaces part its phrases, but the space right before a figure (同比增长 117.9%)
    # binds it to the words it follows.
    while start > 0 and sentence.source != "body" and sentence.text[start - 1] == " ":
        start -= 1
    while start > 0 and sentence.text[start - 1] not in breaks:
        start -= 1
    return start


def _clause_end(sentence: _Sentence, position: int) -> int:
    breaks = _CLAUSE_BREAK + (" " if sentence.source != "body" else "")
    end = position
    while end < len(sentence.text) and sentence.text[end] not in breaks:
        end += 1
    return end


@dataclass
class _Reading:
    """One figure of a sentence while its role and links are being worked out."""

    quantity: Quantity
    lead: str
    kind: str = "figure"
    metric: str = ""
    basis: str | None = None
    sign: int = 1
    between_rates: bool = False
    share_total: str | None = None
    claim: Claim | None = None
    bracketed_baseline: bool = False  # （2023年同期为17.99亿元）: a change's baseline, not a level
    paired_basis: str | None = None  # 同/环比+20.1%/+12.3%: the basis the next rate takes
    after: str = ""  # the words right after the figure, up to its clause's end
    # 净亏损2.1亿元，上年同期净亏损3.5亿元: the earlier period's value of a figure already read
    restates_prior: bool = False


@dataclass
class _Walk:
    """What the reader carries from one figure of a sentence to the next."""

    readings: list[_Reading] = field(default_factory=list)
    previous_end: int = 0
    pending_from: Claim | None = None  # 从594家…: the "from" waiting for its "to"
    pending_from_at: int = 0
    slots: dict[int, ListSlot] = field(default_factory=dict)  # 分别 lists, by figure index
    # The whole a 其中 or 分别为 breaks down: its parts run to the end of the sentence or a ；.
    breakdown: Claim | None = None
    cell_periods: dict[int, str] = field(default_factory=dict)  # a table row's cells: their columns' periods

    @property
    def last_level(self) -> Claim | None:
        # 518.80亿元(约合81.41亿美元): a conversion restates the figure before it; it is not
        # the level a following share or growth speaks of.
        # 高于市场预期的27.79亿美元: the market's expectation set beside a result is not the
        # level the result's growth (以固定汇率计算按年升14%) speaks of.
        # 上年同期净亏损3.5亿元，亏损同比收窄40%: the change is the current figure's, read before.
        return next((r.claim for r in reversed(self.levels)
                     if not _the_expectation(r) and not r.restates_prior), None)

    @property
    def levels(self) -> list[_Reading]:
        return [r for r in self.readings if r.kind == "figure" and r.claim and not _is_conversion(r)
                and not r.bracketed_baseline]


def _read_sentence(context: _Context, sentence: _Sentence) -> None:
    carried = context.paragraph_period
    if carried and carried[0] != sentence.paragraph:
        carried = None
    paragraph_period = carried[1] if carried else None
    markers = context.resolver.markers(sentence.text, default=paragraph_period)
    # A sentence without figures names the stretch too (……发布第三季度业绩。报告期内，…); a
    # bracketed look back (（上季度为17.31亿元）) does not change it.
    flows = [m for m in markers if period_kind(m.period) in ("year", "quarter", "half", "ytd", "month", "months")
             and m.aside != "）"]
    if flows and paragraph_period and within(flows[-1].period, paragraph_period) and _PART_OPENING.match(sentence.text):
        # 1-6月…14177亿元。其中，6月当月…4020亿元。发行再融资债券…: a stretch inside the one
        # in force, opened by 其中, is a part of it; the next sentence goes back to the whole.
        flows = []
    # 10月零售214.6万辆，环比增长8.7%，9月零售量为197.4万辆。今年以来…: a look back to the month (or
    # the year-ago stretch) a change is measured from leaves the stretch in force as it was.
    while len(flows) > 1 and flows[-1].period in (previous_month(flows[-2].period) or "", previous_period(flows[-2].period)):
        flows.pop()
    if flows:
        context.paragraph_period = (sentence.paragraph, flows[-1].period)
    quantities = _parallel_units(sentence, find_quantities(sentence.text))
    if not quantities:
        context.table_columns = column_periods(sentence.text) if sentence.source == "body" else None
        context.placements.append((sentence, []))  # a table's header row holds no figure
        return
    columns, context.table_columns = context.table_columns, None
    if columns is not None and len(columns) == len(quantities) and all(quantity.cell for quantity in quantities):
        context.table_columns = columns  # a row under the header: the next row is under it too

    def year_at(position: int) -> int | None:
        return period_year(context.resolver.period_at(sentence.text, position, markers, paragraph_period))

    walk = _Walk(slots=respectively_lists(sentence.text, quantities, year_at))
    if context.table_columns is not None:
        walk.cell_periods = {quantity.start: period for quantity, period in zip(quantities, context.table_columns)
                             if period is not None}
    for quantity in quantities:
        _read_figure(context, sentence, walk, quantity, markers, paragraph_period)
    context.placements.append((sentence, [
        (reading.quantity.qualifier_start, reading.quantity.end, reading.claim.id)
        for reading in walk.readings if reading.claim is not None]))


# The words two parallel clauses share before their figures: 税后纯益 in 2月税后纯益2亿元，
# 累计前两月税后纯益6.9.
_SHORTEST_SHARED_MEASURE = 2


def _parallel_units(sentence: _Sentence, quantities: list[Quantity]) -> list[Quantity]:
    """A bare number printed in a clause parallel to the one before it takes that clause's unit:
    国票金控2月税后纯益2亿元，累计前两月税后纯益6.9 is 6.9亿元. Parallel: both clauses end
    with the same measure right before their figures (税后纯益), and the earlier figure is an
    amount, and the bare number's clause names nothing more than their shared measure (每股税后
    纯益0.19 after 税后纯益2亿元 is a per-share figure and stays bare)."""
    out = list(quantities)
    for index, bare in enumerate(out):
        if bare.unit is not None or bare.cell or bare.dimension != "number" or index == 0:
            continue
        like = out[index - 1]
        if like.dimension not in AMOUNTS or like.unit is None:
            continue
        own = sentence.text[_clause_start(sentence, bare.qualifier_start):bare.qualifier_start]
        other = sentence.text[_clause_start(sentence, like.qualifier_start):like.qualifier_start]
        if own == other or like.end > _clause_start(sentence, bare.qualifier_start):
            continue  # the same clause: a list or a range, read by the number grammar
        shared = _shared_ending(clean_phrase(own), clean_phrase(other))
        if (len(shared) >= _SHORTEST_SHARED_MEASURE and names_a_measure(metric_key(shared))
                and metric_key(own) == metric_key(shared)):  # not 每股税后纯益 after 税后纯益
            out[index] = in_the_unit_of(bare, like)
    return out


def _shared_ending(first: str, second: str) -> str:
    length = 0
    while length < min(len(first), len(second)) and first[-1 - length] == second[-1 - length]:
        length += 1
    return first[len(first) - length:]


def _stated_relations(context: _Context, claims: list[Claim]) -> list[Relation]:
    """The relations each sentence states, read from its figures in their final form."""
    by_id = {claim.id: claim for claim in claims}

    def linked(claim_id: str | None) -> Claim | None:
        return by_id.get(claim_id) if claim_id else None

    relations: dict[str, Relation] = {}
    sentences = [SentenceFigures(sentence.text, sentence.paragraph, sentence.source,
                                 tuple(PlacedFigure(start, end, by_id[claim_id]) for start, end, claim_id in placed))
                 for sentence, placed in context.placements]
    for sentence in sentences:
        for relation in stated_in_sentence(sentence.text, sentence.figures, linked):
            relations.setdefault(relation.id, relation)
    for relation in [*breakdowns(sentences), *stated_in_tables(sentences),
                     *named_ratios(claims, simplified, context.entity), *segment_lists(claims, simplified)]:
        relations.setdefault(relation.id, relation)
    for reader in (distributed_relations, period_containments, shares_in_lists, conversions, compound_growths,
                   rate_gaps):
        for relation in reader(sentences, claims, list(relations.values())):
            relations.setdefault(relation.id, relation)
    names = (context.entity or "",)
    for relation in shares_of_totals(claims, list(relations.values()), simplified,
                                     lambda phrase: metric_key(simplified(phrase), names)):
        relations.setdefault(relation.id, relation)
    return list(relations.values())


def _read_figure(context: _Context, sentence: _Sentence, walk: _Walk, quantity: Quantity,
                 markers: list[PeriodMarker], paragraph_period: str | None) -> None:
    entity_names = tuple(name for name in (context.entity, context.industry) if name)
    lead_start = max(_clause_start(sentence, quantity.qualifier_start), walk.previous_end)
    lead = sentence.text[lead_start:quantity.qualifier_start]
    reading = _Reading(quantity, lead, bracketed_baseline=_BRACKETED_BASELINE.search(
        sentence.text, max(0, quantity.qualifier_start - 16), quantity.qualifier_start) is not None,
        after=sentence.text[quantity.end:_clause_end(sentence, quantity.end)])
    gap = sentence.text[walk.previous_end:quantity.qualifier_start]
    if re.search(r"[；;]", gap) or (
            re.search(r"[，,]", gap) and "其中" not in lead
            and not lead.lstrip().startswith(lexicon.SEGMENT_WORDS)):
        walk.breakdown = None  # the slices of a 其中 have ended
    walk.previous_end = quantity.end
    last_level = walk.last_level

    # 从594家增长到796家: a "to" takes the period in force where its "from" began.
    period_position = quantity.qualifier_start
    from_claim: Claim | None = None
    level_tail = _LEVEL_TAIL.search(lead)
    if walk.pending_from is not None and level_tail and level_tail.group("to"):
        from_claim = walk.pending_from
        # 缩减至2020年的3.35亿元: a "to" that prints its own date keeps it.
        if not _marker_between(markers, lead_start + level_tail.start("to"), quantity.start):
            period_position = walk.pending_from_at
    walk.pending_from = None

    slot = walk.slots.get(len(walk.readings))
    _classify(reading, walk.readings[-1] if walk.readings else None)
    if from_claim is not None and level_tail is not None and level_tail.group("to") == "为" \
            and reading.kind == "growth":
        reading.kind, reading.basis, reading.sign = "figure", None, 1  # 增长为66.1亿元: the level reached
    if slot is not None and slot.position > 0:
        _like_the_first(reading, walk.readings[slot.head])  # 同比分别增长18.52%、15.06%
    reading.metric = _own_metric(sentence, reading, entity_names)
    if reading.kind != "figure" and (_SIGNED_BASIS.search(reading.lead) or _SECOND_OF_PAIR.fullmatch(reading.lead)):
        reading.metric = ""  # 营收120.5亿元，同比+15.2%: the rate is of the level before it
    run = _measures_listed(slot, entity_names)
    if run is not None and reading.kind == "figure":
        reading.metric = run[slot.position]  # 营收净利分别为X、Y: X is 营收, Y 净利
    elif slot is not None and slot.metric and reading.kind == "figure":
        reading.metric = slot.metric
    elif slot is not None and slot.position > 0:
        reading.metric = ""  # 、15.06%和9.8%: the list's later values name nothing of their own
    _follow_breakdown(context, sentence, walk, reading, last_level, slot)
    from_mark = None if reading.kind != "figure" else _FROM_MARK.search(lead)
    if from_mark:
        reading.metric = lead[: from_mark.start()] or reading.metric

    period = context.resolver.period_at(sentence.text, period_position, markers, default=paragraph_period)
    if _SPAN_OF_TIME.search(lead):
        period = None
    period = walk.cell_periods.get(quantity.start, period)
    if slot is not None and slot.size > 1:
        given = slot.periods_given or run is not None  # one measure each, all of the period in force
        period = slot.period if given and slot.period else (period if given else None)
    listed = _listed_level(walk, slot) if reading.kind != "figure" else None
    if listed is not None:
        period = listed.period
    prior_of = _prior_of_a_listed_level(walk, slot, reading) if reading.kind == "figure" else None
    if prior_of is not None:
        # 分别为9.85%和13.42%，…，上年末分别为9.62%和13.11%: each value is its item's, a date before.
        reading.metric, period = prior_of
    if from_mark and not _marker_between(markers, lead_start + from_mark.end(), quantity.start):
        period = None  # 从594家: the earlier figure's date is not printed
    if (from_claim is not None and period_kind(from_claim.period) == "point"
            and period_kind(period) == "year" and from_claim.period.endswith("-12-31")):
        period = f"{period}-12-31"  # 从2020年末的486.2亿元增长到612.8亿元: a year end too

    before = sentence.text[:quantity.start]
    opening = _title_opening(context, sentence, quantity)
    if opening is not None and opening[0]:
        reading.metric = opening[0]  # 1419亿元！甲夺得研发投入第一: the measure named after the mark
    ranked = None if opening is not None else ranking_subject(before, sentence.text[quantity.end:])
    if ranked is not None and reading.metric.rstrip().endswith(ranked + "以"):
        # 甲以1419亿元位居榜首: 以 names nothing; the list it tops names the measure it ranks by.
        reading.metric = reading.metric.rstrip()[: -len(ranked) - 1] or _ranked_measure(before)
    subject = opening[1] if opening is not None else ranked
    economy = None if subject else other_subject(before, context.entity, context.industry)
    organisation = subject or (None if economy else named_organisation(before, context.entity))
    entity = economy or organisation or context.entity
    if slot is not None and slot.entity:
        entity = slot.entity
    elif listed is not None:
        entity = listed.entity
    # A company's name says who, not what: it leaves the key like the subject's does.
    key = metric_key(reading.metric, entity_names + ((organisation,) if organisation else ()))
    metric = reading.metric
    linked = listed or _linked_level(reading, last_level, entity_names)
    if (linked is not None and reading.kind != "figure" and period and linked.period
            and not _marker_between(markers, lead_start, quantity.start)
            and any(level.restates_prior and level.claim.period == period for level in walk.levels)):
        # 上年同期净亏损3.5亿元，亏损同比收窄40%: the change is of the current period, not the
        # prior's the words before it named.
        period = linked.period
    growth_before = _growth_reaching(sentence, walk.readings, reading)
    baseline = _BASELINE_LEAD.search(lead) if reading.kind == "figure" else None
    if baseline is None and reading.kind == "figure" and walk.levels and walk.levels[-1].restates_prior:
        baseline = _NEXT_BASELINE_LEAD.fullmatch(lead)  # 较2024年第三季度的X和2023年同期的Y
    is_baseline = False
    if (baseline is not None and last_level is not None and last_level.dimension == quantity.dimension
            and last_level.period and (not key or _COMPARISON_ONLY.fullmatch(key))):
        # 汽车销售额为103.8亿元，较2021年第三季度的人民币73.9亿元增长40.5%: the baseline is the
        # same measure as the figure compared with it, at the date the comparison names.
        key, metric, is_baseline = last_level.metric_key, last_level.metric, True
        named = context.resolver.markers(baseline.group("date"), default=last_level.period)
        if named and named[-1].period == "prior":
            period = previous_period(last_level.period)
        elif named and named[-1].dated:
            period = named[-1].period
    if not key:
        # A figure that names no metric of its own measures what the figure it follows does.
        if linked is not None:
            key, metric = linked.metric_key, linked.metric
        elif from_claim is not None:
            key, metric = from_claim.metric_key, from_claim.metric  # 从594家增长到796家
        elif last_level is not None and reading.kind == "figure" and _PRIOR_LEVEL.search(lead):
            # 营业收入24.48亿元，上年同期为18.53亿元; 总资产1.2万亿元，…，上年末为1.09万亿元
            key, metric = last_level.metric_key, last_level.metric
            if (period_kind(last_level.period) == "year" and period_kind(period) == "point"
                    and period == f"{int(last_level.period) - 1}-12-31"):
                period = str(int(last_level.period) - 1)  # a balance printed for the year is its end
        elif growth_before is not None:
            key, metric = growth_before.metric_key, growth_before.metric  # 同比下降5.2%至30.1亿元

    parts_of = None
    whole = walk.breakdown
    if whole is not None and reading.kind == "figure" and whole.dimension == quantity.dimension:
        if key and whole.metric_key.endswith(key) and key != whole.metric_key:
            key = whole.metric_key  # 其中第四季度单季投入: the same 投入 as the year's
        if whole.period == period:
            parts_of = whole.id
    if whole is not None and quantity.dimension != whole.dimension:
        walk.breakdown = None  # 其中超9成年销售额在500万以下: the list of parts has ended

    # 全年累计实现净利润, 前三季度累计: the clause names the stretch the figure sums, so 累计
    # is that stretch's total, not a running total since the company began. (第四季度累计…
    # stays ambiguous.)
    clause_start = _clause_start(sentence, quantity.qualifier_start)
    flow_named = period_kind(period) in ("year", "half", "ytd") and any(
        clause_start <= marker.start < quantity.start and period_kind(marker.period) in ("year", "half", "ytd")
        for marker in markers)
    claim = _claim(context, sentence, reading, key, metric, period, entity, flow_named,
                   of_claim=linked.id if linked is not None and reading.kind != "figure" else None,
                   from_claim=from_claim.id if from_claim else None, parts_of=parts_of)
    reading.claim = claim
    reading.restates_prior = is_baseline or (reading.kind == "figure" and bool(_PRIOR_LEVEL.search(lead)) and any(
        level.claim.metric_key == key and level.claim.period != period for level in walk.levels))
    walk.readings.append(reading)
    context.claims.append(claim)
    if growth_before is not None and growth_before.of_claim is None and key == growth_before.metric_key:
        _relink(context, walk.readings, growth_before, of_claim=claim.id)
    share_before = _share_awaiting_its_part(walk.readings, reading, key)
    if share_before is not None:
        _relink(context, walk.readings, share_before, of_claim=claim.id)  # 占…六成一的网络游戏收入…251亿元
    if from_mark:
        walk.pending_from, walk.pending_from_at = claim, lead_start + from_mark.start()


# 1419亿元！甲公司夺得研发投入第一: a title that opens with its figure and a ！ or ： says what
# the figure measures and whose it is in the words after the mark (the first clause of them).
_TITLE_FIGURE_MARKS = ("！", "!", "：", ":")
_TITLE_OPENING_WRAPPERS = "【】[]「」『』“”\"' "
_TITLE_CLAUSE_END = re.compile(r"[，,；;。！!？?\s]")


def _title_opening(context: _Context, sentence: _Sentence, quantity: Quantity) -> tuple[str, str] | None:
    """The measure (one the lexicon names, "" when none or two) and the company (a name opening
    the words, that the body prints again) of a title's leading figure; None when the figure
    does not open the title before a ！ or ：, or the words after it open with no such name."""
    if sentence.source != "title" or sentence.text[:quantity.qualifier_start].strip(_TITLE_OPENING_WRAPPERS):
        return None
    rest = sentence.text[quantity.end:].lstrip()
    if not rest.startswith(_TITLE_FIGURE_MARKS):
        return None
    clause = _TITLE_CLAUSE_END.split(rest[1:].strip(), maxsplit=1)[0]
    company = title_company(clause, simplified(context.document.body.text))
    if company is None:
        return None  # 1419亿元！研发投入第一的是谁: whose figure it is the title does not say
    named = [word for word in lexicon.METRIC_SYNONYMS if word in clause]
    measure = max(named, key=len) if named else ""
    if any(word not in measure and lexicon.METRIC_SYNONYMS[word] != lexicon.METRIC_SYNONYMS[measure]
           for word in named):
        measure = ""  # 营收净利双增: two measures, neither the figure's surely
    return measure, company


# …发布“2021民营企业研发投入500家”榜单，甲以…位居榜首: a ranking's name, right before its 榜,
# names the measure it ranks by.
_RANKING = re.compile(r"(?P<name>[^，,；;。]{2,40}?)[”\"」』》]?\s*(?:排行榜|榜单|排名|榜)[^，,；;。]{0,6}[，,；;。：:]")


def _ranked_measure(before: str) -> str:
    """The one measure the lexicon names in the name of the last ranking ``before`` prints ("" when
    none, or two)."""
    rankings = list(_RANKING.finditer(before))
    if not rankings:
        return ""
    name = rankings[-1].group("name")
    named = [word for word in lexicon.METRIC_SYNONYMS if word in name]
    measure = max(named, key=len) if named else ""
    if any(word not in measure and lexicon.METRIC_SYNONYMS[word] != lexicon.METRIC_SYNONYMS[measure]
           for word in named):
        return ""
    return measure


def _own_metric(sentence: _Sentence, reading: _Reading, entity_names: tuple[str, ...]) -> str:
    """The metric phrase the figure's own words give, by its role ("" when they give none)."""
    lead = reading.lead
    if reading.kind in ("growth", "points") and not reading.between_rates:
        noun = _RATE_NAMED.sub("", _GROWTH_TAIL.sub("", lead))  # 年增率为: the noun names no measure
        growth = _GROWTH_TAIL.search(lead)
        measure = lexicon.MEASURED_CHANGE_VERBS.get(growth.group("verb")) if growth else None
        if measure and not names_a_measure(clean_phrase(noun, entity_names)):
            return noun.rstrip() + measure  # 新业务多蚀4%: the loss of 新业务
        return noun if clean_phrase(noun, entity_names) else ""
    if reading.kind == "share":
        share = _SHARE_TAIL.search(lead)
        noun = lead[: share.start()] if share else ""
        if not clean_phrase(noun, entity_names):
            # 占整体收入七成二的增值服务收入: the share printed before the part it measures.
            part = _PART_AFTER_SHARE.match(sentence.text[reading.quantity.end:_clause_end(sentence, reading.quantity.end)])
            return part.group("measure") if part and names_a_measure(metric_key(part.group("measure"))) else ""
        return noun
    return _level_metric(sentence, reading.quantity, lead, entity_names)


def _follow_breakdown(context: _Context, sentence: _Sentence, walk: _Walk, reading: _Reading,
                      last_level: Claim | None, slot: ListSlot | None) -> None:
    """其中… and 境外和境内…分别为X和Y: the whole the following figures break down."""
    if "其中" in reading.lead:
        walk.breakdown = last_level or _last_claim_in_paragraph(context, sentence)
    if slot is not None and slot.position == 0 and slot.segments:
        walk.breakdown = walk.breakdown or last_level


def _like_the_first(reading: _Reading, first: _Reading) -> None:
    """A later value of a 分别 list plays the role of the first: 同比分别增长18.52%、15.06%; 较上年末
    分别上升0.23个百分点和0.31个百分点 (the second measured from the same date)."""
    if (first.kind == reading.kind and reading.kind != "figure" and reading.basis is None
            and not _GROWTH_TAIL.search(reading.lead)):
        reading.basis, reading.sign = first.basis, first.sign  # 分别下降27.8个和29.9个百分点: both falls
    if first.kind == reading.kind or reading.kind != "figure":
        return
    reading.kind, reading.basis, reading.sign = first.kind, first.basis, first.sign
    reading.between_rates, reading.share_total = first.between_rates, first.share_total


def _measures_listed(slot: ListSlot | None, entity_names: tuple[str, ...]) -> list[str] | None:
    """A 分别 list whose one name prints a measure for each value with no separator between
    them (营收净利分别为618亿元、167亿元; 甲汽车产销分别为X和Y): the measures, one per value, in order."""
    if slot is None or slot.size < 2 or not slot.metric or slot.periods_given or slot.entity is not None:
        return None
    return measures_run_together(clean_phrase(slot.metric, entity_names), slot.size)


# 上年末分别为A和B: one date before, a value for each item of the list before.
_PRIOR_DATE_LIST = re.compile(r"(?P<date>上年末|去年末|上年底|去年底|年初|上年同期|去年同期)(?:分别)?(?:为|是)?")


def _prior_of_a_listed_level(walk: _Walk, slot: ListSlot | None, reading: _Reading) -> tuple[str, str] | None:
    """The measure and period of a value of 上年末分别为A和B: the same place in the list of levels
    before it, at the date the words name (a year end before, or the same stretch a year before)."""
    if slot is None or slot.size < 2:
        return None
    lead = walk.readings[slot.head].lead if slot.position else reading.lead
    named = _PRIOR_DATE_LIST.fullmatch(lead.strip(" ，,；;"))
    level = _listed_level(walk, slot) if named else None
    if level is None or level.kind != "figure" or level.period is None:
        return None
    date = named.group("date")
    year = period_year(level.period)
    if date.endswith("同期"):
        prior = previous_period(level.period)
    elif year is not None and period_kind(level.period) in ("point", "year"):
        prior = f"{year - 1}-12-31"
    else:
        return None
    return (level.metric, prior) if prior else None


def _listed_level(walk: _Walk, slot: ListSlot | None) -> Claim | None:
    """The figure a listed growth speaks of: the same place in the figure list before it
    (净利润分别为A、B、C，同比分别增长x、y、z)."""
    if slot is None or slot.size < 2:
        return None
    heads = sorted({other.head for other in walk.slots.values()
                    if other.head < slot.head and other.size == slot.size}, reverse=True)
    for head in heads:
        first = walk.readings[head]
        if first.kind == "figure" and head + slot.position < len(walk.readings):
            return walk.readings[head + slot.position].claim
    # 综合…为198.7%，核心…为128.4%，较上年末分别下降27.8个和29.9个百分点: the levels just
    # before the list, in order.
    levels = walk.levels
    if len(levels) >= slot.size:
        return levels[len(levels) - slot.size + slot.position].claim
    return None


_REACHED = re.compile(
    rf"\s*[，,]?\s*(?:(?:{alternation(lexicon.GROWTH_UP + lexicon.GROWTH_DOWN)})?了?\s*(?:至|到)|达到?|为)\s*"
)


def _growth_reaching(sentence: _Sentence, readings: list[_Reading], reading: _Reading) -> Claim | None:
    """The growth or points change just before the level it reached: 同比下降5.2%至30.1亿元,
    营收同比增长25%，达41.3亿元, 较年初下降0.1个百分点至1.2%."""
    if reading.kind != "figure" or not readings:
        return None
    previous = readings[-1]
    if previous.kind not in ("growth", "points") or previous.claim is None or previous.between_rates:
        return None
    if previous.kind == "points" and reading.quantity.dimension != "percent":
        return None
    between = sentence.text[previous.quantity.end:reading.quantity.qualifier_start]
    if reading.quantity.qualifier in ("达", "达到", "高达") and re.fullmatch(r"\s*[，,]?\s*", between):
        return previous.claim
    return previous.claim if _REACHED.fullmatch(between) else None


def _share_awaiting_its_part(readings: list[_Reading], reading: _Reading, key: str) -> Claim | None:
    """A share printed before the part it measures (占营业收入六成一的网络游戏收入升两成，增至251
    亿元): the first amount of the sentence after it with the share's measure is its part."""
    if reading.kind != "figure" or reading.quantity.dimension not in AMOUNTS or not key:
        return None
    for earlier in readings[:-1]:
        share = earlier.claim
        if (earlier.kind == "share" and share is not None and share.of_claim is None
                and share.metric_key == key and share.total_claim != reading.claim.id):
            return share
    return None


def _relink(context: _Context, readings: list[_Reading], claim: Claim, **links) -> None:
    """Records are frozen: replace a claim already made with a copy carrying a new link."""
    updated = claim.model_copy(update=links)
    # By identity, from the end: the claim relinked is a recent one, and comparing records
    # field by field along a long article's claims made it quadratic.
    position = next((at for at in range(len(context.claims) - 1, -1, -1) if context.claims[at] is claim), None)
    context.claims[context.claims.index(claim) if position is None else position] = updated
    for reading in readings:
        if reading.claim is claim:
            reading.claim = updated


# A broker's shorthand: 同比+15.2%, 同比-3.5%, YoY+30.2%, 同比+1.8pct, and 同/环比+20.1%/+12.3%
# (two rates, one basis each): the sign, not a verb, says which way.
_SIGNED_BASIS = re.compile(
    r"(?:(?P<basis>同比|环比|按年|按季|YoY|yoy|Yoy|QoQ|qoq|Qoq)|(?P<first>同|环)\s*/\s*(?P<second>同|环)比)\s*[:：]?\s*[+＋]?\s*$"
)
_SECOND_OF_PAIR = re.compile(r"\s*/\s*[+＋]?\s*")
_SHORTHAND_BASES = {"YoY": "同比", "yoy": "同比", "Yoy": "同比", "QoQ": "环比", "qoq": "环比", "Qoq": "环比",
                    "同": "同比", "环": "环比"}


def _signed_shorthand(reading: _Reading, previous: _Reading | None) -> bool:
    """Read 同比+15.2% as a growth (or 同比-1.8pct as points) whose sign is its direction."""
    quantity = reading.quantity
    if quantity.dimension != "percent" and quantity.unit != "pp":
        return False
    found = _SIGNED_BASIS.search(reading.lead)
    if found is not None:
        printed = found.group("basis") or found.group("first")
    elif previous is not None and previous.paired_basis and _SECOND_OF_PAIR.fullmatch(reading.lead):
        printed = previous.paired_basis  # 同/环比+20.1%/+12.3%: the second rate is the second basis'
    else:
        return False
    reading.kind = "points" if quantity.unit == "pp" else "growth"
    reading.basis = _basis(_SHORTHAND_BASES.get(printed, printed))
    reading.sign = -1 if quantity.value < 0 else 1
    if found is not None and found.group("second"):
        reading.paired_basis = found.group("second")
    return True


def _classify(reading: _Reading, previous: _Reading | None = None) -> None:
    quantity, lead = reading.quantity, reading.lead
    if _signed_shorthand(reading, previous):
        return
    if quantity.unit == "pp":
        reading.kind = "points"
        growth = _GROWTH_TAIL.search(lead)
        if re.search(r"高于|低于|快于|慢于|高出|低出|多于|少于|(?:较|比)[^，,；;]*(?<![提降减升])(?:高|低|快|慢|多|少)\s*$",
                     lead):
            # 增速高于各项贷款增速138个百分点: a comparison of two rates, not a change (增速
            # at its end is the second rate, not a verb)
            reading.basis = "比较"
            reading.sign = -1 if re.search(r"低于|慢于|低出|少于|(?:低|慢|少)\s*$", lead) else 1
        elif growth:
            reading.basis = _basis(growth.group("basis"))
            reading.sign = -1 if growth.group("verb") in lexicon.GROWTH_DOWN else 1
        elif re.search(rf"(?:{alternation(lexicon.COMPARATIVES_DOWN)})\s*$", lead):
            reading.sign, reading.basis = -1, "比较"
        elif _WAY_OF_A_RATIO.search(lead):
            # 不良贷款率较上年末改善0.07个百分点: better is down for a cost or a bad-loan ratio and up
            # for a margin; the words say which way only with the ratio, so no direction is read.
            reading.sign, reading.basis = 0, _basis(_WAY_OF_A_RATIO.search(lead).group("basis"))
        return
    if quantity.dimension == "percent" and _SHARE_TAIL.search(lead) and _BASELINE_SHARE.search(lead):
        # 占营业收入的比重由上年的28.4%提升至31.5%: the year before's share, the start of the move,
        # not this year's share of the part before it.
        reading.kind, reading.basis = "figure", None
        return
    if quantity.dimension == "percent" and _SHARE_TAIL.search(lead):
        reading.kind = "share"
        share = _SHARE_TAIL.search(lead)
        assert share is not None
        reading.share_total = (share.group("inner") or share.group("total") or "").strip() or None
        hedge = _HEDGE_BEFORE_SHARE.search(lead, 0, share.start("marker"))
        if hedge is not None and not lead.endswith(lexicon.WORDS_ENDING_IN_A_QUALIFIER, 0, share.start("marker")):
            # 约占总营收的三分之一 (but 新签约占…: 签约 is a word, not 约)
            reading.quantity = hedged(quantity, hedge.group("qualifier"))
        return
    named_rate = _RATE_NAMED.search(lead) if quantity.dimension == "percent" else None
    if named_rate is not None:
        # 年增率为36.5%, 同比增幅分别为18.2%和25.6%: the rate's noun says it is a change.
        reading.kind = "growth"
        reading.sign = -1 if named_rate.group("down") else 1
        reading.basis = _basis(named_rate.group("basis")) or _RATE_NOUN_BASIS.get(named_rate.group("noun"))
        return
    if quantity.dimension == "percent" and _BETWEEN_RATES.search(lead):
        reading.kind, reading.between_rates = "growth", True
        comparative = _BETWEEN_RATES.search(lead).group("cmp")  # type: ignore[union-attr]
        reading.sign = -1 if comparative in lexicon.COMPARATIVES_DOWN else 1
        reading.basis = "比较"
        return
    if quantity.dimension == "percent" and not _GROWTH_TAIL.search(lead) and _ACHIEVED.search(lead):
        change = _CHANGE_NAMED_AFTER.match(reading.after)
        if change:
            # 净利润均实现超10%增长, 营收录得15%的下滑: the change is named after its rate.
            reading.kind = "growth"
            reading.sign = -1 if change.group("noun") in _FALLS_NAMED_AFTER else 1
            reading.basis = _basis(change.group("basis"))
            return
    growth = _GROWTH_TAIL.search(lead)
    if growth and _newly_added(lead, growth, quantity):
        return  # 今年新增了3.53亿份保单: the period's new units, a level of their own
    if growth and quantity.dimension != "number" or growth and quantity.magnitude:
        reading.kind = "growth"
        reading.basis = _basis(growth.group("basis"))
        reading.sign = -1 if growth.group("verb") in lexicon.GROWTH_DOWN else 1


# A share's start, named by its date: 由上年的, 从去年同期的, 较2022年的.
_BASELINE_SHARE = re.compile(r"(?:由|从|较)(?:上年|去年|上年同期|去年同期|\d{4}\s*年(?:末|同期)?|上年末|年初)的?\s*$")


# Words that say a ratio got better or worse, not which way it moved.
_WAY_OF_A_RATIO = re.compile(_BASIS + r"?\s*(?:有所|明显|显著|持续|进一步)?(?:改善|优化|恶化|好转|变化|变动)了?\s*$")


# A qualifier printed before 占, away from the share it bounds: 约占总营收的三分之一, 超过占比四成.
_HEDGE_BEFORE_SHARE = re.compile(r"(?P<qualifier>大约|约|近|接近|将近|超过|逾|不足|不到)$")


# A change named by its rate's noun, right before the figure (年增率为36.5%, 同比增幅分别为18.2%和
# 25.6%, 降幅达12%); never a compound or average rate (复合增长率, 年均增速), which spans years.
_RATES_UP = ("增长率", "年增率", "月增率", "成长率", "增幅", "涨幅", "升幅", "增速", "增率")
_RATES_DOWN = ("下降幅度", "减少幅度", "降幅", "跌幅", "减幅")
_RATE_NAMED = re.compile(
    rf"(?<!复合)(?<!年均)(?<!平均)(?P<basis>同比|环比|按年|按季)?(?P<noun>(?P<up>{alternation(_RATES_UP)})|(?P<down>{alternation(_RATES_DOWN)}))"
    r"(?:分别)?(?:为|是|达到|达)?\s*$"
)
# The basis a rate's noun names (年增率 is against the year before, 月增率 the month before).
_RATE_NOUN_BASIS = {"年增率": "同比", "月增率": "环比"}


# 实现超10%增长, 录得15%的下滑: a verb of achieving, the rate, then the change it names.
_ACHIEVED = re.compile(r"(?:实现|录得|取得|保持|迎来|出现)了?\s*$")
_RISES_NAMED_AFTER = ("增长", "增幅", "上涨", "涨幅", "上升", "提升")
_FALLS_NAMED_AFTER = ("下降", "下滑", "降幅", "下跌", "跌幅", "减少")
_CHANGE_NAMED_AFTER = re.compile(
    rf"\s*的?\s*(?P<basis>同比|环比|按年|按季)?(?P<noun>{alternation(_RISES_NAMED_AFTER + _FALLS_NAMED_AFTER)})(?![率])"
)
_NEWLY = "新"
_BASIS_BEFORE_NEWLY = re.compile(_BASIS + r"\s*$")


def _newly_added(lead: str, growth: re.Match[str], quantity: Quantity) -> bool:
    """新增 before an amount with no basis (保险业新增保单106.27亿份, 个人保险公司今年新增了
    3.53亿份): the units the period added, a flow that its parts add up to, not a change of a
    balance. 较年初新增500亿元 states a change against its basis."""
    before = lead[: growth.start("verb")]
    return (growth.group("verb") == "增" and before.endswith(_NEWLY) and not growth.group("basis")
            and not _BASIS_BEFORE_NEWLY.search(before[: -len(_NEWLY)]) and quantity.dimension != "percent")


def _basis(printed: str | None) -> str | None:
    if printed is None:
        return None
    if re.search(r"半年末|季度末|季末|\d{1,2}月末|月末", printed) and "上年末" not in printed:
        # 较上半年末, 较6月末, 较上季度末: against a date this tool does not name; the rules skip it
        return "较上期"
    if printed in ("同比", "同", "按年") or "同期" in printed:
        return "同比"
    if printed == "按季":
        return "环比"
    if printed == "环比" or "上季" in printed or "上月" in printed:
        return "环比"
    if "年初" in printed or "期初" in printed or "年末" in printed or "年底" in printed:
        return "较年初"
    return "同比" if "去年" in printed or "上年" in printed else printed


# 创造了超142亿元的净利润, 实现了3.2亿元的营收: after a verb of earning, the figure comes
# first and what it measures follows 的.
_EARNED = re.compile(r"(?:创造|实现|录得|取得|贡献|带来|产生|获得|斩获|赚取|赚得|赚)了?\s*$")
_MEASURE_AFTER_DE = re.compile(r"^的(?P<measure>[\u4e00-\u9fffA-Za-z]{2,12}?)"
                               r"(?=$|同比|环比|较|比|增|降|下滑|上升|减少|，|,|。|；|;|、|和|及|与|\s)")


# 占整体收入七成二的增值服务收入升三成九: the part a share printed before it measures, up to
# the verb its clause goes on with.
_PART_AFTER_SHARE = re.compile(
    rf"的(?P<measure>[\u4e00-\u9fffA-Za-z]{{2,12}}?)(?=(?:同比|按年|环比)?(?:{alternation(lexicon.GROWTH_UP + lexicon.GROWTH_DOWN)})"
    r"|为|达|是|\s*$)"
)


def _level_metric(sentence: _Sentence, quantity: Quantity, lead: str, entity_names) -> str:
    pre = _LEVEL_TAIL.sub("", lead) if _LEVEL_TAIL.search(lead) else lead
    from_mark = _FROM_MARK.search(pre)
    if from_mark:
        pre = pre[: from_mark.start()]
    post_text = sentence.text[quantity.end:_clause_end(sentence, quantity.end)]
    measure_after = _MEASURE_AFTER_DE.match(post_text)
    if measure_after and _EARNED.search(pre) and quantity.dimension not in ("percent", "pp", "multiple"):
        return measure_after.group("measure")
    post_match = _POST_NOUN.match(post_text)
    post = post_match.group(0) if post_match else ""
    if post.startswith(_NOT_A_NOUN_START) or quantity.dimension in ("percent", "pp", "multiple"):
        post = ""
    cleaned = clean_phrase(pre, entity_names)
    if post and len(cleaned) <= 2:
        return (pre.strip() + post) if cleaned else post
    if post and quantity.dimension == "money" and not names_a_measure(cleaned) and names_a_measure(metric_key(post)):
        # 其他业务也有206亿元收入: the words before name a segment, the noun after its measure (a
        # count's noun names what it counts: 12股净利润超50亿元 counts companies, not profit).
        return cleaned + post
    return pre.strip()


def _linked_level(reading: _Reading, last_level: Claim | None, entity_names) -> Claim | None:
    """The figure a growth, points or share figure speaks of: the level just before it."""
    if reading.kind == "figure" or last_level is None:
        return None
    if reading.kind == "share" and last_level.dimension not in AMOUNTS:
        return None
    own = metric_key(reading.metric, entity_names)
    if reading.kind == "share" and own:
        return last_level if own == last_level.metric_key else None
    if own and not (last_level.metric_key.endswith(own) or own.endswith(last_level.metric_key)):
        return None
    if reading.kind == "points" and last_level.dimension != "percent":
        return None
    return last_level


def _marker_between(markers: list[PeriodMarker], start: int, end: int) -> bool:
    return any(start <= marker.start < end for marker in markers)


def _last_claim_in_paragraph(context: _Context, sentence: _Sentence) -> Claim | None:
    """The last figure of this sentence or the one before: the whole a 其中 opening a sentence
    breaks down. A bound after the level (交付新车30508辆，…连续三个月超2万辆) says something else."""
    for claim in reversed(context.claims):
        if claim.source != sentence.source or claim.sentence_index < sentence.index - 1:
            return None
        if claim.kind == "figure" and qualifier_bound(claim.qualifier) not in _BOUNDS:
            return claim
    return None


_BOUNDS = ("above", "below", "atmost")


def _claim(context: _Context, sentence: _Sentence, reading: _Reading, key: str, metric: str,
           period: str | None, entity: str | None, flow_named: bool = False, **links) -> Claim:
    quantity = reading.quantity
    document = context.document
    start = sentence.start + quantity.start
    end = sentence.start + quantity.end
    span = document.locate(sentence.stream, start, end)
    interval = quantity.interval
    value, lower, upper = quantity.value, decimal_bound(interval.lower), decimal_bound(interval.upper)
    # A growth's sign is its direction (下降 is negative); points keep the printed number,
    # as the claims format specifies, and say their direction in ``direction``.
    if reading.sign < 0 and reading.kind == "growth" and value > 0:
        # copy_negate: a plain minus would round to the context's 28 digits. A printed minus
        # after 下降 (同比下降-5%) already says the direction once.
        value, lower, upper = (value.copy_negate(), None if upper is None else upper.copy_negate(),
                               None if lower is None else lower.copy_negate())
    share_total = reading.share_total
    return Claim(
        id=f"{context.stem}:{span.line}:{span.column}",
        document=document.path,
        kind=reading.kind,  # type: ignore[arg-type]
        text=sentence.printed[quantity.start:quantity.end],
        span=span,
        offset=start,
        sentence=sentence.printed.strip(),
        sentence_index=sentence.index,
        value=value,
        unit=quantity.unit,
        dimension=quantity.dimension,
        lower=lower,
        upper=upper,
        qualifier=quantity.qualifier,
        metric=re.sub(r"^[\s，,；;：:、]+|[\s，,；;：:、]+$", "", metric),
        metric_key=key,
        period=_share_period(context, sentence, reading, period) if share_total else period,
        entity=entity,
        source=sentence.source,
        # 今年以来累计 is a year-to-date sum, and 一季度…累计为 or 全年累计 a period's flow: only a
        # total at a date (截至…累计) runs since the company began.
        cumulative=(is_cumulative(reading.lead) or is_cumulative(metric))
        and not _YEAR_TO_DATE.search(reading.lead + metric)
        and not flow_named,
        basis=share_total if reading.kind == "share" else reading.basis,
        total_key=metric_key(share_total, (context.entity or "",)) if share_total else None,
        between_rates=reading.between_rates,
        forecast=_about_the_future(sentence, quantity),
        constant_currency=reading.kind in ("growth", "points") and _at_constant_currency(sentence.text, quantity.start),
        direction=(None if reading.sign == 0 else "down" if reading.sign < 0 else "up")
        if reading.kind in ("growth", "points") else None,
        **links,
    )


_FORECAST = re.compile(alternation(lexicon.FORECAST_WORDS))
# 超出此前530亿元的预期, 高于市场预期的27.79亿美元, 逊于预期: the market's expectation is named
# beside a reported result; it makes its own clause's figure a forecast, not the rest.
_EXPECTATION = re.compile(r"(?:超出|超过|超|高于|低于|逊于|不及|好于|优于|符合|胜于|略低于|略高于|市场|此前|分析师|券商)"
                          r"[^，,；;。]{0,8}?(?:预期|预测|预估)")


# 逊预期, 超市场预期, 符合预期: a result set against the expectation, which names no figure of its
# own (not 高于预期的…, whose figure may be the expectation, nor 市场预期…, a forecast).
_COMPARED_WITH_EXPECTATION = re.compile(
    r"(?:超出|超过|超|高于|低于|逊于|逊|不及|好于|优于|符合|胜于|略低于|略高于|差于|弱于|强于|跑赢|跑输)"
    r"(?:市场|分析师|券商)?(?:预期|预测|预估)(?![的值为是])")


# 首次实现百亿元目标: a target reached is a fact, as are the figures after it (not 将实现…目标
# or 计划实现…目标, whose own forecast word stands before the verb).
_REACHED_VERBS = r"(?:实现|达成|完成|达到)了?"
_REACHED_TARGET = re.compile(_REACHED_VERBS + r"[^，,；;。]{0,12}?目标")
_REACHED_BEFORE = re.compile(_REACHED_VERBS + r"\s*$")


# 超出此前580亿元的预期: the figure is the expectation; 纯利少赚27%逊预期, 增长30%超预期: the
# figure is a result measured against it.
_NAMED_AS_EXPECTED = re.compile(r"(?!\s*(?:略|均|亦|也)?(?:逊|低于|高于|超|胜|好于|不及|符合|优于|差于|弱于|强于|未达|达到|跑赢|跑输))"
                                r"[^，,；;。]{0,3}?的?(?:预期|预测|预估|指引|目标)")


# 高于市场预期的, 市场预期的: the figure right after is the expectation a result is set against.
_EXPECTATION_BEFORE = re.compile(_EXPECTATION.pattern + r"的?\s*$")


def _the_expectation(reading: _Reading) -> bool:
    return _EXPECTATION_BEFORE.search(reading.lead) is not None


# 按固定汇率计，…年化新保费按年上升8%: a basis named before a change holds to the sentence's end
# or until the reported basis is named (以实质汇率计算则上升5%).
_CONSTANT_CURRENCY = re.compile(alternation(lexicon.BASIS_WORDS))
_REPORTED_CURRENCY = re.compile(r"(?:以|按)(?:实质|实际|报告|呈报|当期)汇率")


def _at_constant_currency(text: str, position: int) -> bool:
    """Whether the change at ``position`` is measured at constant currency."""
    named = [found.end() for found in _CONSTANT_CURRENCY.finditer(text, 0, position)]
    return bool(named) and _REPORTED_CURRENCY.search(text, named[-1], position) is None


def _about_the_future(sentence: _Sentence, quantity: Quantity) -> bool:
    """A figure after 预计, 目标, 有望 … of its sentence is a forecast, up to a ；. A comparison
    with the market's expectation makes only its own clause's figure one."""
    cut = max(sentence.text.rfind("；", 0, quantity.start), sentence.text.rfind(";", 0, quantity.start)) + 1
    clause = _clause_start(sentence, quantity.qualifier_start)
    before = sentence.text[:quantity.start]
    if _NAMED_AS_EXPECTED.match(sentence.text, quantity.end) and not _REACHED_BEFORE.search(
            sentence.text, 0, quantity.qualifier_start):
        return True  # 超出此前580亿元的预期: the figure is the expectation itself
    expectations = [m.span() for m in _EXPECTATION.finditer(before, cut)]
    compared = [m.span() for m in _COMPARED_WITH_EXPECTATION.finditer(before, cut)]
    compared += [m.span() for m in _REACHED_TARGET.finditer(before, cut)]
    for word in _FORECAST.finditer(before, cut):
        if any(start <= word.start() < end for start, end in compared):
            continue  # 纯利少赚27%逊预期 … 跌5%: a result measured against the expectation
        if word.start() >= clause:
            return True  # in the figure's own clause
        if not any(start <= word.start() < end for start, end in expectations):
            return True
    return False


def _share_period(context: _Context, sentence: _Sentence, reading: _Reading, period: str | None) -> str | None:
    """A share's period is its total's: 占全年促成交易总额的19.7% is about the year."""
    total = reading.share_total or ""
    if "同期" in total:
        return period
    markers = context.resolver.markers(total)
    return markers[-1].period if markers else period


def _link_share_totals(claims: list[Claim]) -> list[Claim]:
    """Point each share at its total when the document states one for the same period."""
    levels: dict[tuple, list[Claim]] = {}
    linked: list[Claim] = []
    # A headline's bound (破千亿) is no total to take a share of while the body prints the figure.
    for claim in sorted(claims, key=lambda claim: (qualifier_bound(claim.qualifier) != "exact",
                                                   claim.source == "title")):
        if claim.kind == "figure" and claim.metric_key:
            levels.setdefault((claim.entity, claim.metric_key, claim.period), []).append(claim)

    def total_of(share: Claim, period: str | None) -> Claim | None:
        found = levels.get((share.entity, share.total_key, period), [])
        # 营业总收入 and 营业收入 both printed: 占营业收入的 is of the one it names.
        way = revenue_way(share.basis)
        named = [figure for figure in found if way is not None and revenue_way(figure.metric) == way]
        return (named or found or [None])[0]

    for claim in claims:
        if claim.kind == "share" and claim.total_key and claim.total_claim is None:
            total = total_of(claim, claim.period)
            if total is None and period_kind(claim.period) == "year":
                # 贷款总额为911.0亿元（截至年末）……占贷款总额的27.1%: the year's balance is its end
                total = total_of(claim, f"{claim.period}-12-31")
            if total is not None and total.id != claim.of_claim:
                claim = claim.model_copy(update={"total_claim": total.id})
        linked.append(claim)
    return linked


def _dates(document: Document, sentences: list[_Sentence], published: date | None):
    for sentence in sentences:
        if sentence.source != "body":
            continue
        for match in _DATE.finditer(sentence.text):
            if not match.group("year"):
                continue  # a date without its year can always be read as a past one
            before = sentence.text[max(0, match.start() - 4):match.start()]
            # 2022年4月28日，甲银行发布年报: the verb may stand in a later clause of the sentence.
            rest = sentence.text[_clause_start(sentence, match.start()):]
            if any(before.endswith(marker) for marker in lexicon.PAST_DATE_MARKERS):
                context = "截至"
            elif _PUBLISH_CONTEXT.search(rest) and not _FUTURE_CONTEXT.search(rest):
                context = "发布"
            else:
                continue
            year, month = int(match.group("year")), int(match.group("month"))
            day = int(match.group("day")) if match.group("day") else 1
            try:
                earliest = date(year, month, day)
            except ValueError:
                continue
            start = sentence.start + match.start()
            yield DateMention(
                text=sentence.printed[match.start():match.end()],
                span=document.locate(sentence.stream, start, sentence.start + match.end()),
                earliest=earliest.isoformat(),
                context=context,
            )


# A web address, bare or after a label (source: https://…/中银香港上半年盈利…): its Chinese
# characters are a slug, not a sentence.
_ADDRESS = re.compile(r"(?:[A-Za-z]+\s*[:：]\s*)?(?:https?://|www\.)\S+")


def _is_prose(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith(("（文章来源", "(文章来源", "[", "<", "http", "来源：", "来源:", "本文",
                            "免责声明", "责任编辑", "编辑：", "编辑:", "声明：", "声明:", "风险提示", "原标题")):
        return False
    stripped = _ADDRESS.sub("", stripped)
    return sum(1 for char in stripped if "\u4e00" <= char <= "\u9fff") >= 8


def _edge(document: Document, sentences: list[_Sentence], first: bool) -> TextEdge | None:
    body = [sentence for sentence in sentences if sentence.source != "title" and _is_prose(sentence.text)]
    if not body:
        return None
    sentence = body[0] if first else body[-1]
    text = sentence.printed.strip()
    offset = sentence.start + (len(sentence.printed) - len(sentence.printed.lstrip()))
    return TextEdge(text=text, span=document.locate(sentence.stream, offset, offset + len(text)))
