"""Every figure in a headline must be backed by the body.

Readers stop at the title, so a title figure the article never supports is the worst place
for a mistake. A headline is the title, a section heading (「科技探索者」：投入增长59%), or a
line of the body that is one: the 原标题 line of a repost, or a short line of its own with no
sentence-ending punctuation (a passage's first line, a sub-heading, a release's highlight).

A headline figure is backed when a body figure of the same measure implies it. Bounds are
statements, not intervals to intersect: 超过16万户 is backed by 16.3万户 or by 超过17万户, not
by 超过12万户; 近四成 (36% to 40%) is not backed by 29.97%. A headline may round the body: 27%
for 26.8%, 313% for 313.36%, 7% for 7.1%; 1477亿元 for 1477.89亿元 is not a rounding (it is
1478亿元) and is reported. Trailing zeros of a whole number may be rounding (1250亿元 may be
1245亿元 to 1255亿元) before anything is refuted.

The same measure is the same kind (growth with growth, figure with figure, share with share),
units (a bare 4500万 goes with 4500万户), direction (增长 is never backed by a 下降), company
and period (a title year finds the body's year-end balance; an unknown period meets any). A
headline abbreviates, so 营收 finds 营收 and 投入 finds 信息科技投入 (one metric key a suffix
of the other). When the extractor gave the two different metric phrases, a body figure that
restates the headline figure with more digits (超142亿元 and 142.32亿元) backs it too: found by
its value, such a figure can confirm a headline but never refute it.

A headline is violated only when no body figure backs it and the body surely gives the same
measure: the same metric key, or else the one body metric that a title key of three or more
characters abbreviates, provided no body figure of that kind and period meets the title's under
another name (收入 may be the 营业收入 keyed 营收), or the body's one loss key of the period a
title's 亏损 stands for (亏损收窄至12.4亿元 and 净亏损12.4亿元); or the one body figure of the headline's
kind, direction, period and basis whose metric holds the metric the headline names (净利润大涨
328% and the body's only 归母净利润…增长228.41%); both periods known (or neither), the same
running-total sense (累计) and the same growth basis. A title that names no company (上半年游戏
销售收入…) meets the body's figures whoever the body says they are of, when those agree on one
value. A round-up title's clause that names another company the body reports (汇通银行净利增6.2%
宁川银行增4.8%) gives its figure to that company, of the measure of the line's figure before it,
and a restatement of another company's value never backs it; a clause naming no measure (收入
按年增21% 按季增8%) takes the one before it. A line in the middle of the body that looks like
a headline — a release's highlight (季度总收入达到人民币212.657亿元), a sub-heading ending with a colon before its paragraph
(全年归母净利润264.13亿元，同比增长11.37%：公司…) — but may also be a digest's 道指报40347.97点
or a table's row, is violated only by body figures of its very metric key and known period, all
of one value, and only when it prints its unit and names a measure (never an index level). When
the lead (the body's first sentence with figures) names the title's company before a figure,
that figure may be the title's though the extractor gave it the subject of a nearer noun (因全球
市场需求旺盛…大涨313.36%), unless the figure's own clause names another. A sub-heading's measure
meets the body's by the phrase as printed when its key kept too little (中期息 keyed 息, the
body's 派每股中期息). The message says which way the entailment fails, and shows the other
figures of a compatible metric the headline may have meant. A title figure the body never repeats is not checked.

Some headlines name their measure in words the metric keys do not keep, and are linked by those
words instead, each link a doubt (a warning, never an error): a title's target (全年N型出货占60%
左右) and the body's forecast of it (60%的N型出货占比 among the year's targets; forecasts back a
headline and doubt it, never refute it, and a headline read as a forecast is only warned of); a
highlight whose measure opens with its stretch (季度交付量 is the quarter's, 全年营收 the year's);
a sub-heading's segment (核心业务大蚀52亿) and the loss of the sentence that names that segment in
an earlier clause (期内核心业务分部收入…，并录得经营亏损达52亿元); a title's count of stocks
(106股公布业绩快报) and the body's count of firms (家) whose clause shares its words (共106家上市
公司发布了业绩快报); a highlight's amount and growth (交易额达521亿元，按年升7.9%) and the one table
row of that growth whose cells print no unit (52.1 under 交易总额(十亿元)), the same digits at a
power of ten; a title's change of an amount (玩家数3个月内少200万) and the difference of the one
move of the body whose sentence shares its words (从2900万降至2700万); a title's volume (交付量破万辆)
and the body's verb with the thing it counts (共交付新车9436辆, 销售汽车 for 销量); a title's growth
in multiples (同比增长近3倍) and the body's one rate of its measure in percent (同比增长287.5%), 增长N倍
read as N × 100% or as N times the year-ago figure, a warning only when neither reading fits; a
title's change the body prints no rate or amount of (净利润同比增长37%, 多赚1.2亿, 亏损收窄42%) and
the change the body's figures of its measure make, for its period and the one before (4.46亿元，
上年同期为3.25亿元; a loss printed as a negative profit), a title's doubling word (净利润翻倍) and
the amount a loss moved by (减亏12亿元) too, and a quarter's change without a basis against its
year-ago quarter when the body prints not the quarter before; a title's EPS and the body's 每股纯益, a
title's 拟10派8元 and the body's 每10股派发现金红利 (per share, per ten shares and a total are never
held against each other); a title's 营收 and a results release's bare 收入 (总收入); a title's
volume of two characters (4月销量) and the body's one key of its period ending with it (汽车销量).
Over one stretch from the year's start (前4月, 1-4月) 累计 adds nothing: a title without it meets
the body's running total. A bare figure (近13万亿, no unit) meets a body figure of a unit only
within a factor of ten of it: never the count of firms its sentence opens with (42家…总资产合计).

错误 (wrong)::

    标题：某科技2021年营收同比增35%
    正文：公司全年实现营业收入41.3亿元，同比增长25%。

    The title's 35% growth of 营收 meets nothing the body gives: the body says 25%.

正确 (right)::

    标题：某科技2021年营收同比增25%
    正文：公司全年实现营业收入41.3亿元，同比增长25%。
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from validator.corpus import Corpus, comparable_units
from validator.entities import UNNAMED_PREFIX
from validator.lexicon import DOUBLING_WORDS, GROWTH_DOWN, GROWTH_UP, METRIC_SYNONYMS, POINT_UNITS, SEGMENT_WORDS
from validator.metrics import MEASURE_HEADS, keys_compatible, names_a_measure
from validator.numbers import qualifier_bound
from validator.periods import names_period, period_kind, period_year, prior_period
from validator.intervals import Interval
from validator.records import AMOUNTS, Check, Claim
from validator.tables import is_table_row

from ._checks import as_printed, display, make_check
from .approximate_wording import (
    BACKED, CONTRADICTS, IMPLIES, MORE_PRECISE, NOT_IMPLIED, REFUTED, ROUNDING, ByValue, Stretches, comparable,
    is_approximate, judge, magnitude, near_band, periods_compatible, periods_overlap, placed, restates, rounded_reading,
    significant_digits, stated_band, stretch_of,
)

ID = "headline"
SEVERITY = "error"
SUMMARY = "every figure in the title is backed by the body"

_HEADLINE_SOURCES = ("title", "heading")
# A headline abbreviates a metric to its last words (投入 for 信息科技投入), but a word of two
# characters (收入, 投入, 贷款) heads too many measures to be trusted for a violation:
# 收入 may be 利息收入 or the 营业收入 the body keys as 营收.
_SHORTEST_ABBREVIATION = 3
_CLAUSE_BREAKS = re.compile(r"[，,；;。]")
# A company's name of two characters or more (网易) is printed as itself; one character is not.
_SHORTEST_COMPANY = 2

# Headline lines inside a body. A sentence of the body ends with one of these; a line that
# ends without one stands on its own (a title, a sub-heading, a release's highlight).
_SENTENCE_ENDINGS = tuple("。！？!?；;…")
_HALF_WIDTH_STOP = "."
# Reposts keep the original headline in a line of its own: (原标题：…).
_ORIGINAL_TITLE_MARKS = ("原标题", "原標題", "原题", "原題", "标题", "標題", "title")
# Wrappers around a headline line: brackets, quotes and the dashes of a release's highlights.
_HEADLINE_WRAPPERS = "()（）[]【】「」『』《》\"'“”‘’-—–:： "
# List items and table rows are body text, though they do not end like a sentence.
_LIST_MARKS = tuple("•·●▪■◆◇*")
_TABLE_MARK = "|"  # one may separate a ticker from a title (中银香港2388|中期溢利…); two make cells
_TABLE_CELLS = 2
# A headline is short and states a few figures; a longer line without an ending is a table
# row or a passage cut off mid-sentence.
_LONGEST_HEADLINE = 60
_MOST_HEADLINE_FIGURES = 3
# The title of a plain-text passage comes first, after at most a source or date line.
_LAST_OPENING_SENTENCE = 2
# A sub-heading may open its paragraph and end with a colon (全年净利润12.3亿元，同比增长8%：
# 公司全年…): the figures before the colon are the heading's, those after it the body's.
_HEADING_COLONS = "：:"

# The metrics the lexicon names canonically (营收, 净利润, 归母净利润 …): a headline naming one
# of them means the body's figure whose phrase holds it.
_CANONICAL_METRICS = frozenset(METRIC_SYNONYMS.values())

# A doubt (the measure likely but not surely the headline's; a truncation) is a warning.
_DOUBT_SEVERITY = "warning"
_DISTINCTIVE_DIGITS = 3
_CUT_DIGITS_OF_ITS_MEASURE = 2
_BARE_NUMBER_MARKS = ",.，． "
# A highlight's measure may open with the stretch it speaks of (data: belongs with the
# lexicon's period words): 季度交付量 is the quarter's, 全年营收 the year's.
_LINE_STRETCH_WORDS = (("季度", "quarter"), ("单季", "quarter"), ("本季", "quarter"),
                       ("全年", "year"), ("年度", "year"))
# Magnitudes a sub-heading prints without its unit (大蚀141亿): data, belongs with the lexicon's.
_MAGNITUDE_WORDS = ("万亿", "亿", "万", "億", "萬")
# Words that make an amount after them a change (data: the lexicon's verbs and comparatives).
_MORE_WORDS = (*GROWTH_UP, "多出", "多")
_FEWER_WORDS = (*GROWTH_DOWN, "少")
# The table constructions of validator/tables.py, by the start of their names.
_TABLE_CONSTRUCTIONS = ("table-",)
# The powers of ten a row's label may name for its cells (千 to 千亿, and the units below one).
_FEWEST_POWER, _MOST_POWER = -3, 12
# Counters of listed firms (data: belongs with the lexicon's counters): a title counts stocks
# (106股), the body firms (106家上市公司), both the same firms.
_FIRM_COUNTERS = ("股", "家", "只")
# Two clauses that share this many pairs of characters (业绩快报, 净利润 … 亿元) speak of one count.
_SHARED_CLAUSE_WORDS = 3
# A title's change and the body's move share the words of a measure's name of five characters
# (每月活跃玩家数), not only a word or two of it.
_SHARED_MEASURE_WORDS = 4
# A volume's verb where the volume abbreviates it (销量 counts 销售), and the longest thing counted
# after the verb (新车, 乘用车, 新能源汽车). Data: belongs with the lexicon's measure words.
_VOLUME_VERBS = {"销": "销售", "产": "生产"}
_LONGEST_COUNTED = 5
_VOLUME = "量"
_PERCENT = 100
_SHORTEST_ABRIDGED = 5
# Words that make a measure an adjusted one (data: belongs with the lexicon's metric words).
_ADJUSTED_WORDS = ("扣非", "扣除")
# Names of one measure the metric keys keep apart (data: belongs with the lexicon's synonyms):
# earnings per share as the mainland, Hong Kong and Taiwan print them, and a cash dividend.
_EPS_NAMES = ("EPS", "每股收益", "每股盈利", "每股净利润", "每股纯益", "每股基本盈利", "每股盈余", "每股净收益")
_DIVIDEND_NAMES = ("派", "分红", "派现", "红利", "股息", "派息")
_MEASURE_NAMES = (_EPS_NAMES, _DIVIDEND_NAMES)
_PER_TEN_SHARES = re.compile(r"10\s*股?\s*派|每\s*10\s*股")
_PER_TEN_REACH = 16
# A title's loss and the profits a body may print it as (data: belongs with the lexicon's).
_LOSS_HEAD = "亏损"
_PROFIT_HEADS = ("净利", "利润", "盈利", "溢利", "纯利")
# A company's revenue as a title and as a results release name it (data: belongs with the
# lexicon's synonyms; bare 收入 is not one of them, for it heads 利息收入 and 海外收入 too).
_REVENUE_KEY = "营收"
_PLAIN_REVENUE_KEYS = ("收入", "总收入")
# A bare figure (近13万亿) meets a body figure of a unit only within this factor of its size.
_BARE = "number"
_ANOTHER_SCALE = 10
# Verbs that say by how much a loss moved (data: belongs with the lexicon's growth verbs).
_LOSS_CHANGE_WORDS = {"减亏": "down", "增亏": "up"}
_TITLE_CLAUSE_BREAKS = re.compile(r"[，,；;。！!？?\s]")
# Words that make a metric its total (data: belongs with the lexicon's metric words).
_TOTAL_WORDS_AFTER = ("总额", "总计", "合计", "总量")
_TOTAL_WORD_BEFORE = "总"
# The digits of a line's figures, masked to compare a title with its repeat.
_DIGIT_RUNS = re.compile(r"\d[\d.,，]*")
# Two metric keys of one stem (全国发行地方债 and 全国发行地方政府债券) share this many characters.
_SHORTEST_STEM = 4
# A headline abbreviates a measure to its first and last word of this many characters.
_ABBREVIATION_WORD = 2
# Two keys that share a word of this many characters may name one measure.
_SHARED_WORD = 2
# 超142亿元的净利润: the measure named after its figure, as the lexicon's canonical metrics and
# the measure heads name it.
_MEASURE_AFTER_MARKS = ("的",)
# Words that end a share's name (N型出货占比): data, belongs with the lexicon's ratio words.
_SHARE_WORDS = ("占比", "比重", "比例")
_MEASURE_AFTER_HEADS = tuple(sorted(_CANONICAL_METRICS | {head for head in MEASURE_HEADS if len(head) > 1}))

_VERDICT_WORDS = {
    IMPLIES: "which implies it",
    ROUNDING: "which fits it within the rounding of the printed digits",
    MORE_PRECISE: "a vaguer figure than the headline's",
    NOT_IMPLIED: "which does not imply it",
    CONTRADICTS: "which contradicts it",
}


def check(corpus: Corpus) -> Iterator[Check]:
    by_document: dict[str, list[Claim]] = defaultdict(list)
    # Forecasts and targets too: a title may state the plan its body gives (全年N型出货占60%左右
    # and the body's 60%的N型出货占比 among the year's targets). They back a title and cast
    # doubt on it, but never prove it wrong (see ``_judged``); a headline read as a forecast
    # (净利少赚27%逊预期: the expectation it missed made it one) is checked, but only warned of.
    for extraction in corpus.extractions:
        for claim in extraction.claims:
            by_document[claim.document].append(claim)
    table_rows: dict[str, list[dict[str, list[Claim]]]] = defaultdict(list)
    for relation, roles in corpus.stated("growth_prior"):
        if relation.construction.startswith(_TABLE_CONSTRUCTIONS):
            table_rows[relation.document].append(roles)
    for claims in by_document.values():
        headline_sentences = _headline_sentences(claims)
        opening_headings = _colon_headings(claims, headline_sentences)
        headlines = [claim for claim in claims
                     if _is_headline(claim, headline_sentences) or claim.id in opening_headings]
        body = [claim for claim in claims if claim.source == "body"
                and claim.sentence_index not in headline_sentences and claim.id not in opening_headings]
        headlines, named_apart = _of_the_companies_named(headlines, body)
        opening = _opening_sentences(headline_sentences, body)
        rows = table_rows.get(claims[0].document, []) if claims else []
        indexed = _BodyIndex(body)
        stretches, indexed_around = Stretches(body), {}
        for headline in headlines:
            refutable_as = _refutable_as(headline, opening)
            if refutable_as == _AS_SUBHEADING:
                # A line in the middle of the body speaks of its stretch of the article (see
                # validator.corpus.REACH); the title of all of it.
                around = stretches.around(headline)
                if stretch_of(headline) not in indexed_around:
                    indexed_around[stretch_of(headline)] = _BodyIndex(around)
                check_of_headline = _judged(headline, around, refutable_as, indexed_around[stretch_of(headline)],
                                            headline.id in named_apart)
            else:
                check_of_headline = _judged(headline, body, refutable_as, indexed, headline.id in named_apart)
            if check_of_headline is None:
                check_of_headline = _against_a_table_row(headline, headlines, rows)
            if check_of_headline is None and refutable_as == _AS_TITLE:
                check_of_headline = _change_of_a_move(headline, body)
            if check_of_headline is None and refutable_as == _AS_TITLE:
                check_of_headline = _multiple_of_a_rate(headline, body)
            if check_of_headline is None and refutable_as == _AS_TITLE:
                check_of_headline = _change_from_the_prior(headline, body)
            if check_of_headline is not None:
                yield check_of_headline
        yield from _repeated_titles(headlines)


def _against_a_table_row(headline: Claim, headlines: list[Claim], rows: list[dict[str, list[Claim]]]) -> Check | None:
    """A headline's amount and its growth (交易额达521亿元，按年升7.9%) against the one table row
    whose growth backs the headline's and whose cells print no unit (交易总额(十亿元) 48.3 52.1
    7.9%): the row's current figure is the headline's in the unit the row's label names, so the
    two print the same digits at some power of ten (52.1 and 521亿). Found by the growth alone,
    the pairing is a doubt: a warning when no power of ten makes the digits meet."""
    if headline.kind != "figure" or headline.dimension not in AMOUNTS or headline.unit is None:
        return None
    growths = [claim for claim in headlines if claim.kind == "growth" and claim.source == headline.source
               and claim.sentence_index == headline.sentence_index and claim.offset > headline.offset]
    if not growths:
        return None
    growth = min(growths, key=lambda claim: claim.offset)
    matching = [roles for roles in rows if _bare_cell(roles["current"][0]) and roles.get("rate")
                and periods_compatible(headline.period, roles["current"][0].period)
                and judge(growth, roles["rate"][0]) in BACKED]
    if len(matching) != 1:
        return None
    cell = matching[0]["current"][0]
    printed, digits = stated_band(headline), magnitude(cell)
    if not (printed.bounded and digits.bounded):
        return None
    fits = any(Interval.of(digits.lower * 10 ** power, digits.upper * 10 ** power).intersects(printed)
               for power in range(_FEWEST_POWER, _MOST_POWER + 1))
    said = (f"the {_where(headline)}'s {as_printed(headline)} ({_named_as(headline)}) and its growth "
            f"{as_printed(growth)} meet the table row at line {cell.span.line} of the same growth, whose "
            f"{as_printed(cell)} prints no unit")
    return make_check(
        ID, SEVERITY if fits else _DOUBT_SEVERITY,
        passed=fits,
        claims=[headline, cell],
        message=(f"{said}: the same digits at a power of ten (the unit its label names is not read)" if fits else
                 f"{said}: no power of ten makes its digits the headline's (found by the growth alone, "
                 f"the row may be another measure's)"),
        expected=f"{as_printed(cell)} in the unit of its row",
        actual=as_printed(headline),
        salt="table-row",
    )


def _change_of_a_move(headline: Claim, body: list[Claim]) -> Check | None:
    """A title's change of an amount (月活跃玩家数3个月内少300万) against the body's move of that
    measure (从3100万降至2800万): the difference of the two figures, against the one move of the
    body whose sentence shares the title's words. Found by words, the pairing is a doubt: a pass
    when the difference fits the title's amount (as printed, or its trailing zeros read as
    rounding), a warning when it does not or when the body moves the other way."""
    way = _change_word_way(headline)
    if way is None or headline.dimension not in AMOUNTS or headline.kind not in ("figure", "growth"):
        return None
    by_id = {figure.id: figure for figure in body}
    # The measure is named before the change (玩家数在 3 个月内少 200 万) and in the clause of the
    # move's end (玩家数从去年第四季 2900 万降至今年第一季的 2700 万), spaces around the numbers or
    # not; the company's name says nothing of the measure.
    named = _character_pairs(headline.entity or "")
    words = _words_before(headline) - named
    moves = [(by_id[figure.from_claim], figure) for figure in body
             if not figure.forecast and figure.from_claim in by_id and comparable_units(figure, headline)
             and comparable_units(by_id[figure.from_claim], headline)
             and len(words & _words_before(figure, clause=True)) >= _SHARED_MEASURE_WORDS]
    if len(moves) != 1:
        return None
    start, end = moves[0]
    fall = magnitude(start) + -magnitude(end)
    moved = fall if way == "down" else -fall
    stated = stated_band(headline)
    same_way = (end.value < start.value) == (way == "down") and end.value != start.value
    fits = same_way and (moved.intersects(stated) or moved.intersects(rounded_reading(headline)))
    said = (f"the {_where(headline)}'s {as_printed(headline)} ({_named_as(headline)}) is a change; the body moves "
            f"from {as_printed(start)} to {as_printed(end)} (line {end.span.line}), "
            f"{display(moved if same_way else -moved, headline)}")
    return _paired_as_a_doubt(headline, [start, end], fits, said,
                              "found by the words of the title and the sentence, the move may be another measure's",
                              expected=display(moved if same_way else -moved, headline), salt="move")


def _paired_as_a_doubt(headline: Claim, body: list[Claim], fits: bool, said: str, doubt: str, *,
                       expected: str, salt: str) -> Check:
    """A title's change checked against body figures a pairing found (by words, by the measure
    and the periods): a pass when it fits, a warning saying ``doubt`` when it does not."""
    return make_check(
        ID, SEVERITY if fits else _DOUBT_SEVERITY,
        passed=fits,
        claims=[headline, *body],
        message=f"{said}, which fits it" if fits else f"{said}, which does not fit it ({doubt})",
        expected=expected,
        actual=as_printed(headline),
        salt=salt,
    )


def _multiple_of_a_rate(headline: Claim, body: Claim) -> Check | None:
    """A title's growth in multiples (同比增长近3倍, 净利增长2.9倍) against the body's rate of that
    measure in percent (同比增长287.5%). 增长N倍 is read two ways in the press: a rate of N × 100%
    (287.5% is 近3倍), or N times the year-ago figure, a rate of (N − 1) × 100% (按年升2.7倍, as
    Hong Kong prints it): the title is backed when either reading fits the body's rate, and a
    warning only when neither does. The body's rate is the one value of the title's measure
    (linked as ``_measure_link`` links them), direction, period, growth basis and subject."""
    if headline.kind != "growth" or headline.dimension != "multiple" or headline.direction not in (None, "up"):
        return None
    rates = [figure for figure in body
             if not figure.forecast and figure.kind == "growth" and figure.dimension == "percent"
             and figure.direction in (None, "up") and figure.value > 0 and not is_approximate(figure)
             and _same_subject(headline, figure) and _sure(headline, figure)
             and periods_compatible(headline.period, figure.period)
             and _measure_link(headline, figure) is not None]
    closest = min((_measure_link(headline, figure) for figure in rates), default=None)
    rates = _of_one_value([figure for figure in rates if _measure_link(headline, figure) == closest])
    if not rates:
        return None
    multiple = stated_band(headline)
    readings = (multiple.scale(_PERCENT), (multiple - Interval.point(1)).scale(_PERCENT))
    rate = magnitude(rates[0])
    fits = [reading for reading in readings if reading.intersects(rate)]
    shown = " or ".join(display(reading, rates[0]) for reading in readings)
    said = (f"the {_where(headline)}'s {as_printed(headline)} ({_named_as(headline)}) says a growth of {shown} "
            f"(N倍 read as a rate of N × 100%, or as N times the year-ago figure); the body gives "
            f"{as_printed(rates[0])} ({rates[0].metric}, line {rates[0].span.line})")
    return make_check(
        ID, SEVERITY if fits else _DOUBT_SEVERITY,
        passed=bool(fits),
        claims=[headline, *rates],
        message=f"{said}, which fits it" if fits else f"{said}, which fits neither reading",
        expected=shown,
        actual=as_printed(rates[0]),
        salt="multiple",
    )


def _of_the_companies_named(headlines: list[Claim], body: list[Claim]) -> tuple[list[Claim], set[str]]:
    """A headline of several companies (汇通银行净利增6.2% 宁川银行增4.8%) gives each figure to the
    company its own clause names, when the body reports that company: the extractor gives a
    title one subject, and keys 宁川银行增4.8% by the name, the measure left out as the clause
    before said it. Such a figure is read as that company's, of the measure of the figure
    before it in the line (of its kind), so that another company's 6.2% never backs it; a
    clause naming no measure at all takes that measure too. Returns the headlines and the ids
    of those given a company."""
    companies = {figure.entity for figure in body if _a_named_company(figure.entity)}
    read: list[Claim] = []
    named_apart: set[str] = set()
    lines: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for headline in headlines:
        lines[(headline.sentence_index, headline.sentence)].append(headline)
    # Two figures of one line may print the same digits: each is placed after the one before.
    printed_at = {claim.id: at for line in lines.values()
                  for claim, at in placed(line[0].reading, sorted(line, key=lambda claim: claim.offset))}
    for headline in headlines:
        at = printed_at.get(headline.id)
        clause = re.split(_TITLE_CLAUSE_BREAKS if headline.source == "title" else _CLAUSE_BREAKS,
                          headline.reading[:at])[-1] if at is not None else ""
        named = [company for company in companies if company in clause]
        if (len(named) != 1 or not _a_named_company(headline.entity) or headline.entity in clause
                or not any(figure.entity == named[0] and figure.kind == headline.kind for figure in body)):
            # A clause that names no measure (收入按年增21% 按季增8%) says the one before it again.
            elided = not headline.metric_key and _measure_said_before(headline, read)
            read.append(headline.model_copy(update={"metric_key": elided}) if elided else headline)
            continue
        key = headline.metric_key
        if not names_a_measure(key.replace(named[0], "")):
            key = _measure_said_before(headline, read) or key
        read.append(headline.model_copy(update={"entity": named[0], "metric_key": key}))
        named_apart.add(headline.id)
    return read, named_apart


def _measure_said_before(headline: Claim, read: list[Claim]) -> str:
    """The metric key of the line's last figure of the headline's kind that names a measure."""
    earlier = [other for other in read if other.sentence_index == headline.sentence_index
               and other.sentence == headline.sentence and other.kind == headline.kind
               and names_a_measure(other.metric_key)]
    return earlier[-1].metric_key if earlier else ""


def _a_named_company(entity: str | None) -> bool:
    """A subject the article names (汇通银行), not one the extractor could only describe
    (上市银行（未具名主体#…）)."""
    return bool(entity) and len(entity) >= _SHORTEST_COMPANY and UNNAMED_PREFIX not in entity


def _change_from_the_prior(headline: Claim, body: list[Claim]) -> Check | None:
    """A title's change the body prints no rate or amount of, but whose two figures it prints:
    净利润同比增长37% over the body's 归母净利润4.46亿元，上年同期为3.25亿元 (4.46 ÷ 3.25 − 1);
    多赚1.2亿 (4.46 − 3.25); 亏损收窄42% over a loss of 2.31亿元 against 3.98亿元 the year before
    (归母净利润-2.31亿元). The figures are the body's of a measure the title's names, for the title's
    period and the one its basis is against, one value each under one metric key. Found by
    measure and period, the pairing is a doubt: a pass when some key's pair fits the title, a
    warning when none does."""
    if headline.forecast or _title_change_way(headline) is None:
        return None
    if headline.dimension not in ("percent", "multiple") and headline.dimension not in AMOUNTS:
        return None
    prior_of = prior_period(headline.period, headline.basis) or _year_ago_of_a_quarter(headline, body)
    if prior_of is None:
        return None
    loss = _of_a_loss(headline)
    by_key: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for figure in body:
        if (figure.kind != "figure" or figure.forecast or is_approximate(figure) or figure.period not in (headline.period, prior_of)
                or not _same_subject(headline, figure) or not _same_running_sense(headline, figure)):
            continue
        if headline.dimension in AMOUNTS and not comparable_units(figure, headline):
            continue
        if figure.dimension not in AMOUNTS or not _measure_of_the_change(headline, figure, loss):
            continue
        by_key[figure.metric_key][figure.period].append(figure)
    pairs = []
    for periods in by_key.values():
        current, prior = _of_one_value(periods.get(headline.period, [])), _of_one_value(periods.get(prior_of, []))
        if current and prior:
            pairs.append((current[0], prior[0]))
    judged = [judgement for judgement in (_change_of_the_pair(headline, *pair, loss) for pair in pairs) if judgement]
    if not judged:
        return None
    fitting = [judgement for judgement in judged if judgement[2]]
    current, prior, fits, change = (fitting or judged)[0]
    said = (f"the {_where(headline)}'s {as_printed(headline)} ({_named_as(headline)}) is a change the body prints no "
            f"figure of; its {as_printed(current)} ({current.metric}, line {current.span.line}) against "
            f"{as_printed(prior)} for {prior.period} make {change}")
    return _paired_as_a_doubt(headline, [current, prior], fits, said,
                              "found by the measure and the periods, the title may mean other figures",
                              expected=change, salt="from-prior")


def _title_change_way(headline: Claim) -> str | None:
    """The way a title's change goes: its verb's (增长, 下降), up for a doubling word (净利润翻倍,
    read as a growth of about 100%), or the way a loss moves by an amount (减亏12亿元)."""
    if headline.qualifier in DOUBLING_WORDS and headline.dimension == "percent":
        return "up"
    loss_way = _loss_change_way(headline)
    if loss_way is not None:
        return loss_way
    if headline.kind == "growth" and headline.direction in ("up", "down"):
        return headline.direction
    return None


def _loss_change_way(headline: Claim) -> str | None:
    """减亏12亿元, 增亏3亿元: an amount by which a loss moved, printed as a figure of its verb."""
    if headline.kind != "figure" or headline.dimension not in AMOUNTS:
        return None
    return next((way for word, way in _LOSS_CHANGE_WORDS.items() if headline.metric_key.endswith(word)), None)


def _of_a_loss(headline: Claim) -> bool:
    """A title's change of a loss: its measure a loss (亏损收窄42%) or its verb one (减亏12亿元)."""
    return _LOSS_HEAD in headline.metric_key or _loss_change_way(headline) is not None


def _year_ago_of_a_quarter(headline: Claim, body: list[Claim]) -> str | None:
    """The year-ago quarter (or month) a title's change without a basis is measured from
    (一季度净利润翻倍), when the body prints the measure for that quarter and not for the one
    just before it: a 环比 reading would need the quarter before, so with both printed the
    title's basis stays open."""
    if headline.basis is not None or period_kind(headline.period) not in ("quarter", "month"):
        return None
    year_ago, just_before = prior_period(headline.period, "同比"), prior_period(headline.period, "环比")
    loss = _of_a_loss(headline)
    periods = {figure.period for figure in body
               if figure.kind == "figure" and figure.dimension in AMOUNTS and _same_subject(headline, figure)
               and _measure_of_the_change(headline, figure, loss)}
    return year_ago if year_ago in periods and just_before not in periods else None


def _measure_of_the_change(headline: Claim, figure: Claim, loss: bool) -> bool:
    """A body figure of the title's measure: its key the title's or one it abbreviates (净利润 of
    归母净利润); a title's loss (亏损收窄) is the body's loss or its negative profit."""
    if loss:
        named_loss = _LOSS_HEAD in figure.metric_key and figure.value > 0
        negative_profit = figure.value < 0 and any(word in figure.metric_key for word in _PROFIT_HEADS)
        return named_loss or negative_profit
    if figure.value <= 0:
        return False
    return keys_compatible(headline.metric_key, figure.metric_key) or _measure_link(headline, figure) is not None


def _change_of_the_pair(headline: Claim, current: Claim, prior: Claim, loss: bool) -> tuple | None:
    """The change two figures make, as the title states it (a rate or an amount), and whether it
    fits the title's words and direction."""
    now, before = magnitude(current), magnitude(prior)
    if not (now.nonnegative and before.positive):
        return None
    if headline.dimension == "percent":
        change = (now / before).scale(_PERCENT) - Interval.point(_PERCENT)
    elif headline.dimension == "multiple":
        change = now / before - Interval.point(1)
    else:
        change = now - before
    way_up = change.lower is not None and change.lower > 0
    way_down = change.upper is not None and change.upper < 0
    if not (way_up or way_down):
        return None  # the figures' rounding leaves the way of the change open
    moved = change if way_up else -change
    same_way = way_up == (_title_change_way(headline) == "up")
    stated = stated_band(headline)
    # 增长2倍 may say a rise of 2 × or of 1 × the year-ago figure (see ``_multiple_of_a_rate``).
    readings = [stated, rounded_reading(headline)]
    if headline.dimension == "multiple" and stated.lower is not None and stated.lower >= 1:
        readings.append(stated - Interval.point(1))
    fits = same_way and any(moved.intersects(reading) for reading in readings)
    words = ("a rise of " if way_up else "a fall of ") + display(moved, headline)
    return current, prior, fits, words


def _change_word_way(headline: Claim) -> str | None:
    """The way a change word ending the figure's phrase says (少300万: down; 增加300万: up)."""
    phrase = headline.metric.strip()
    for words, way in ((_MORE_WORDS, "up"), (_FEWER_WORDS, "down")):
        if any(phrase.endswith(word) for word in words):
            return way
    return None


def _bare_cell(claim: Claim) -> bool:
    """A table's cell printed without unit or magnitude (52.1 under 交易总额(十亿元))."""
    return claim.unit is None and claim.dimension == "number" and all(
        character.isdigit() or character in _BARE_NUMBER_MARKS for character in claim.text.strip())


def _repeated_titles(headlines: list[Claim]) -> Iterator[Check]:
    """The title printed again in the page (a feed's body opens with it in bold): the same line
    but for its digits, so each figure of the title is the figure at its place in the repeat,
    whatever the two say, and two figures that cannot be one are an error."""
    by_line: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in headlines:
        by_line[(claim.source, claim.sentence_index)].append(claim)
    titles = [figures for (source, _index), figures in by_line.items() if source == "title"]
    for title in titles:
        title.sort(key=lambda claim: claim.offset)
        wording = _without_digits(title[0].reading)
        for (source, _index), repeat in by_line.items():
            if source == "title" or len(repeat) != len(title) or _without_digits(repeat[0].reading) != wording:
                continue
            repeat.sort(key=lambda claim: claim.offset)
            for figure, again in zip(title, repeat):
                yield _against_repeat(figure, again)


def _without_digits(sentence: str) -> str:
    """A line's wording, its figures' digits masked and its spacing and markup ignored."""
    return _DIGIT_RUNS.sub("#", "".join(sentence.split()).strip(_HEADLINE_WRAPPERS))


def _against_repeat(title: Claim, repeat: Claim) -> Check:
    stated, again = display(stated_band(title), title), display(stated_band(repeat), title)
    agree = _verdict(title, repeat) in BACKED or _verdict(repeat, title) in BACKED
    said = (f"the title's {as_printed(title)} ({title.metric}) says {stated}; the title printed again "
            f"at line {repeat.span.line} gives {as_printed(repeat)} at its place ({again})")
    return make_check(
        ID, SEVERITY,
        passed=agree,
        claims=[title, repeat],
        message=said if agree else f"{said}: one line printed twice with two figures that cannot be one",
        expected=again,
        actual=as_printed(title),
        salt="repeated",
    )


def _headline_sentences(claims: list[Claim]) -> set[int]:
    """The body's sentences that are headline lines, by their index."""
    figures: dict[int, int] = defaultdict(int)
    sentences: dict[int, str] = {}
    for claim in claims:
        if claim.source == "body":
            figures[claim.sentence_index] += 1
            sentences[claim.sentence_index] = claim.reading
    return {index for index, sentence in sentences.items() if is_headline_line(sentence, figures[index])}


def is_headline_line(sentence: str, figures: int) -> bool:
    """A line of the body that is a headline: 原标题…, or short and standing on its own."""
    text = sentence.strip().strip(_HEADLINE_WRAPPERS)
    if text.startswith(_ORIGINAL_TITLE_MARKS):
        return True
    if (not text or sentence.lstrip().startswith(_LIST_MARKS) or text.count(_TABLE_MARK) >= _TABLE_CELLS
            or is_table_row(text)):
        return False  # 毛利率 37.0% 38.5% (1.5)個百分點: a flattened table row, not a headline
    return (not _ends_a_sentence(text) and len(text) <= _LONGEST_HEADLINE
            and figures <= _MOST_HEADLINE_FIGURES)


def _ends_a_sentence(text: str) -> bool:
    """A sentence's ending, or a half-width full stop after a Chinese character (营收总额合计
    1551.43亿元.), as text converted from full width prints one."""
    if text.endswith(_SENTENCE_ENDINGS):
        return True
    return len(text) >= 2 and text.endswith(_HALF_WIDTH_STOP) and _is_cjk(text[-2])


def _colon_headings(claims: list[Claim], headline_sentences: set[int]) -> set[str]:
    """The figures of sub-headings that open their paragraph and end with a colon, by id."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.source == "body" and claim.sentence_index not in headline_sentences:
            by_sentence[claim.sentence_index].append(claim)
    found: set[str] = set()
    for figures in by_sentence.values():
        sentence = figures[0].sentence  # colons read alike in either script
        colon = _heading_colon(sentence)
        if colon is None:
            continue
        placed_figures = placed(sentence, sorted(figures, key=lambda claim: claim.offset))
        before = [claim for claim, at in placed_figures if at is not None and at < colon]
        if before and len(before) < len(placed_figures):
            found.update(claim.id for claim in before)
    return found


def _heading_colon(sentence: str) -> int | None:
    """Where the colon ending a sentence's opening heading stands: the first colon of the
    sentence (not one of a time, 9:30), after a short stretch with no sentence ending."""
    for at, char in enumerate(sentence):
        if char not in _HEADING_COLONS:
            continue
        if 0 < at < len(sentence) - 1 and sentence[at - 1].isdigit() and sentence[at + 1].isdigit():
            continue
        heading = sentence[:at]
        if len(heading.strip()) > _LONGEST_HEADLINE or any(ending in heading for ending in _SENTENCE_ENDINGS):
            return None
        return at
    return None


def _is_headline(claim: Claim, headline_sentences: set[int]) -> bool:
    if claim.source in _HEADLINE_SOURCES:
        return True
    # A bare number without unit or magnitude on a line of its own is a date, a code or a
    # page number more often than a figure.
    return (claim.source == "body" and claim.sentence_index in headline_sentences
            and not (claim.dimension == "number" and claim.unit is None and claim.text.strip().isdigit()))


def _opening_sentences(headline_sentences: set[int], body: list[Claim]) -> set[int]:
    """Headline lines before the body's first sentence with a figure: the article's title."""
    first = min((claim.sentence_index for claim in body), default=None)
    return {index for index in headline_sentences
            if (first is None or index < first) and index <= _LAST_OPENING_SENTENCE}


# How surely a headline's figure may be refuted: a title by the body figures it surely means
# (the same key, or the one metric it abbreviates or names); a line in the middle of the body
# only by body figures of its very metric key, period and company, all of one value.
_AS_TITLE = "title"
_AS_SUBHEADING = "sub-heading"


def _refutable_as(headline: Claim, opening: set[int]) -> str:
    """A headline that may be reported as a title: the title, a heading, the 原标题 or opening
    line. Other lines without an ending (a sub-heading, a release's highlight, but also a
    digest's 道指报40347.97点 or a row of a flattened table) look like headlines too, but may
    state anything: they are refuted only by the same measure stated for the same known
    period, never for an index level, which moves within the day a digest reports."""
    if headline.source in _HEADLINE_SOURCES or headline.sentence_index in opening:
        return _AS_TITLE
    text = headline.reading.strip().strip(_HEADLINE_WRAPPERS)
    return _AS_TITLE if text.startswith(_ORIGINAL_TITLE_MARKS) else _AS_SUBHEADING


def _prints_measured_unit(headline: Claim) -> bool:
    """A unit printed, and not an index's points (道指报40347.97点 moves within the day)."""
    return headline.unit is not None and headline.unit not in POINT_UNITS


def _prints_magnitude(headline: Claim) -> bool:
    """An amount printed with its magnitude but no unit (大蚀141亿): a sub-heading's shorthand,
    neither a table's bare cell nor an index level."""
    return headline.unit is None and headline.dimension in AMOUNTS and any(
        word in headline.text for word in _MAGNITUDE_WORDS)


def _reads_as_subheading(headline: Claim) -> bool:
    """A figure of a line in the middle of the body that can be a sub-heading's: printed with
    its unit (a row of a table prints bare cells, 收入 557,395 487,811) and of a measure the key
    names (not 较…的, a baseline's leftover), and no index level."""
    return _prints_measured_unit(headline) and names_a_measure(headline.metric_key)


def _judged(headline: Claim, body: list[Claim], refutable_as: str, indexed: _BodyIndex,
            named_apart: bool = False) -> Check | None:
    # A forecast restates a title or casts doubt on it; only the facts the body states refute it.
    measured = [figure for figure in indexed.may_measure(headline)
                if not figure.forecast and _same_measure(headline, figure)]
    verdicts = {figure.id: _verdict(headline, figure) for figure in measured}
    backing = [figure for figure in measured if verdicts[figure.id] in BACKED]
    if backing:
        return _passed(headline, backing, verdicts)
    # Found by value, a restatement may be any company's, except under a headline whose clause
    # names its own company among others (``_of_the_companies_named``).
    restating = [figure for figure in indexed.may_restate(headline) if _restated(figure, headline)
                 and not (named_apart and not _same_subject(headline, figure))]
    if restating:
        contradicted = _contradicted_by_its_measure(headline, measured, restating, verdicts, refutable_as)
        if contradicted is not None:
            return contradicted
        return _passed(headline, restating, {figure.id: judge(headline, figure) for figure in restating})
    if refutable_as == _AS_SUBHEADING:
        strict = _of_one_value([figure for figure in _same_key(headline, measured) if figure.period is not None]) \
            if _reads_as_subheading(headline) else []
        if any(_printed_elsewhere(headline, figure) for figure in indexed.of_compatible_period(headline.period)):
            return None  # the line may speak of the measure of another name that prints it
    else:
        facts = [figure for figure in body if not figure.forecast]
        strict = _strict_candidates(headline, measured, body) or _only_figure_of_its_metric(headline, facts)
    for figure in strict:
        verdicts.setdefault(figure.id, _verdict(headline, figure))
    refuting = [figure for figure in strict if verdicts[figure.id] in (NOT_IMPLIED, CONTRADICTS)]
    # Figures surely of the headline's measure: two digits cut are a cut too (累亏27亿 for the
    # body's 27.86亿元), never a proof.
    if refuting and all(_truncates(headline, figure, _CUT_DIGITS_OF_ITS_MEASURE) for figure in refuting):
        return _cut(headline, refuting)
    if refuting:
        # The other figures of a compatible metric the headline may have meant are shown too
        # (中期溢利 against 期内溢利 and 股东应占溢利): none of them backs it either.
        shown = {figure.id for figure in refuting}
        refuting += [figure for figure in measured if figure.id not in shown and _sure(headline, figure)
                     and figure.metric_key != headline.metric_key and verdicts[figure.id] in REFUTED]
        if headline.forecast:
            return _violated(headline, refuting, verdicts, severity=_DOUBT_SEVERITY, doubt=_A_FORECAST)
        return _violated(headline, refuting, verdicts)
    return _doubted(headline, body, measured, verdicts, refutable_as, indexed)


def _contradicted_by_its_measure(headline: Claim, measured: list[Claim], restating: list[Claim],
                                 verdicts: dict[str, str], refutable_as: str) -> Check | None:
    """A warning where the body prints the title's value only for another measure (a two-year
    average's 7.8% beside the year's 6.0% the title's 7.8% names) while the figures of the
    title's very metric key, period and basis refute it: found by its value alone, the other
    figure cannot back the title against its own measure, though the title may have meant it."""
    if refutable_as != _AS_TITLE:
        return None
    # Only the headline's own company: a title naming none may speak of the body's total (六大行
    # 合计) while the abbreviated measure belongs to one company of the round-up.
    of_its_company = [figure for figure in measured if figure.entity in (None, headline.entity)]
    own = _same_key(headline, of_its_company) or _one_abbreviated_measure(headline, of_its_company)
    # A restatement of another company the title does not name (the runners-up's 3家研发投入合计
    # under a title of the leader's figure) cannot be the figure it means.
    # A restatement of the title's measure for another period than the title's is not it when the
    # body prints that very measure for the title's period too (前三季度's 25.4% under a title of
    # the third quarter's, and the quarter's own 归母净利润 16.3%).
    if not own or any(_may_name_one_measure(headline.metric_key, figure.metric_key) and _same_subject(headline, figure)
                      and not _own_period_printed(headline, figure, own) for figure in restating):
        return None
    if any(verdicts[figure.id] not in REFUTED for figure in own) or not _of_one_value(own):
        return None
    other = restating[0]
    doubt = (f"the body prints {as_printed(other)} for {other.metric or 'another measure'} "
             f"(line {other.span.line}), which the headline may mean")
    return _violated(headline, own, verdicts, severity=_DOUBT_SEVERITY, doubt=doubt)


def _own_period_printed(headline: Claim, restating: Claim, own: list[Claim]) -> bool:
    """The restating figure is of another known period than the headline's, and the body gives
    its very metric for the headline's period among the headline's own figures."""
    if restating.period is None or headline.period is None or restating.period == headline.period:
        return False
    return any(figure.metric_key == restating.metric_key and figure.period == headline.period for figure in own)


def _may_name_one_measure(headline_key: str, body_key: str) -> bool:
    """Keys that share words (消费金融公司 and 已开业的消费金融机构) may name one measure; keys that
    share none (全国房地产开发投资 and a 两年平均's leftover) name two."""
    return any(headline_key[at:at + _SHARED_WORD] in body_key for at in range(len(headline_key) - _SHARED_WORD + 1))


def _one_abbreviated_measure(headline: Claim, measured: list[Claim]) -> list[Claim]:
    """The sure figures of the one body metric a headline key of three or more characters
    abbreviates or extends (全国房地产开发投资 under a title's [统计局]全国房地产开发投资)."""
    sure = [figure for figure in measured if _sure(headline, figure)]
    keys = {figure.metric_key for figure in sure}
    if len(keys) != 1 or min(len(headline.metric_key), *map(len, keys)) < _SHORTEST_ABBREVIATION:
        return []
    return sure


def _doubted(headline: Claim, body: list[Claim], measured: list[Claim], verdicts: dict[str, str],
             refutable_as: str, indexed: _BodyIndex) -> Check | None:
    """A warning where the body likely prints the title's measure but not surely for the same
    period or under the very same name, and none of those figures backs the title: a title's
    息0.447元 (a half year) against the body's 中期息 read for the year the sentence names. A
    line in the middle of the body may state anything, and is not doubted. A figure that cuts
    the body's instead of rounding it (1477亿元 for 1477.89亿元) is a warning too: some editors
    truncate."""
    truncated = [figure for figure in indexed.may_truncate(headline) if _truncates(headline, figure)]
    if truncated:
        return _cut(headline, truncated)
    if refutable_as == _AS_SUBHEADING:
        return _doubted_line(headline, body, verdicts)
    alike = _alike_figures(headline, body)
    for figure in alike:
        verdicts.setdefault(figure.id, _verdict(headline, figure))
    if any(verdicts[figure.id] in BACKED or verdicts[figure.id] == MORE_PRECISE for figure in alike):
        return None
    fair = [figure for figure in alike if _doubt_is_fair(headline, figure)]
    # The body's figure of the headline's very measure (净收入总额 for 净收入) is the one meant,
    # before its parts (平台服务净收入).
    fair = [figure for figure in fair if _as_a_whole(figure.metric_key) == headline.metric_key] or fair
    # A year's figure says nothing of a quarter's when the body prints the quarter's too.
    of_its_period = [figure for figure in fair if periods_compatible(headline.period, figure.period)]
    doubting = [figure for figure in of_its_period or fair if verdicts[figure.id] in REFUTED]
    # Two measures the headline may abbreviate (净利润 of 归母净利润 and 扣非净利润), printed with
    # two values: it may mean either, and says nothing wrong of both.
    if not doubting:
        return _firms_counted_alike(headline, body, verdicts)
    if len({figure.metric_key for figure in doubting}) > 1 and not _agree(doubting):
        return None
    return _violated(headline, doubting, verdicts, severity=_DOUBT_SEVERITY, doubt=_doubt_of(doubting))


def _doubt_of(doubting: list[Claim]) -> str:
    return _BODY_FORECAST if all(figure.forecast for figure in doubting) else _READ_ELSEWHERE


def _firms_counted_alike(headline: Claim, body: list[Claim], verdicts: dict[str, str]) -> Check | None:
    """A title's count of listed firms (38股公布年报预告) against the body's count of firms that
    do what the title's do (共38家上市公司披露了年报预告): a title counts stocks (股), a body
    firms (家), and the extractor's metric keys of counts name their subject or a leftover, not
    what is counted. The body's count is the title's measure when its clause shares more words
    with the title's clause than any other count of firms of the period does (净利润超50亿元 and
    净利润在五十亿元以上的有9家, not 净利润同比增长的有31家): a warning, the words being the
    only link."""
    if not _counts_firms(headline):
        return None
    counts = [figure for figure in body if _counts_firms(figure) and periods_compatible(headline.period, figure.period) and _same_subject(headline, figure)]
    words = _clause_words(headline)
    shared = [(len(words & _clause_words(figure)), figure) for figure in counts]
    most = max((count for count, _figure in shared), default=0)
    closest = [figure for count, figure in shared if count == most]
    if most < _SHARED_CLAUSE_WORDS or len(closest) != 1:
        return None
    verdicts.setdefault(closest[0].id, _verdict(headline, closest[0]))
    if verdicts[closest[0].id] not in REFUTED:
        return None
    doubt = "the body's count is linked to the title's by the words of their clauses alone"
    return _violated(headline, closest, verdicts, severity=_DOUBT_SEVERITY, doubt=doubt)


def _counts_firms(claim: Claim) -> bool:
    """A count of firms or stocks: a whole number printed without magnitude (回购1000万股 counts
    shares, not stocks)."""
    return (claim.unit in _FIRM_COUNTERS and claim.kind == "figure" and Fraction(claim.value).denominator == 1
            and not any(word in claim.text for word in _MAGNITUDE_WORDS))


def _printed_at(claim: Claim) -> int | None:
    """Where a figure stands in its sentence: its text whole (9家, not the end of 49家)."""
    printed = re.search(r"(?<![\d.,])" + re.escape(claim.text) + (r"(?!\d)" if claim.text[-1:].isdigit() else ""),
                        claim.sentence)
    return None if printed is None else printed.start()


def _words_before(claim: Claim, clause: bool = False) -> set[str]:
    """The words of a figure's sentence (or only its clause) before it, as pairs of Chinese
    characters side by side."""
    at = _printed_at(claim)
    if at is None:
        return set()
    before = claim.reading[:at]
    return _character_pairs(_CLAUSE_BREAKS.split(before)[-1] if clause else before)


def _character_pairs(text: str) -> set[str]:
    return {text[at:at + 2] for at in range(len(text) - 1) if _is_cjk(text[at]) and _is_cjk(text[at + 1])}


def _clause_words(claim: Claim) -> set[str]:
    """The words of the clause a figure stands in, as pairs of Chinese characters side by side,
    without the figure itself (a title's clauses are also parted by spaces)."""
    at = _printed_at(claim)
    if at is None:
        return set()
    before = re.split(_TITLE_CLAUSE_BREAKS if claim.source == "title" else _CLAUSE_BREAKS, claim.reading[:at])[-1]
    after = re.split(_TITLE_CLAUSE_BREAKS if claim.source == "title" else _CLAUSE_BREAKS,
                     claim.reading[at + len(claim.text):])[0]
    return _character_pairs(before) | _character_pairs(after)


def _agree(figures: list[Claim]) -> bool:
    """Figures that tell one story: one value, or bands that all meet (超过142亿元 and 142.32亿元)."""
    if _of_one_value(figures):
        return True
    if len({figure.direction for figure in figures}) > 1:
        return False
    bands = [stated_band(figure) for figure in figures]
    return all(first.intersects(second) for first, second in itertools.combinations(bands, 2))


def _doubted_line(headline: Claim, body: list[Claim], verdicts: dict[str, str]) -> Check | None:
    """A line in the middle of the body (a release's highlight 季度营收达到…亿元) against the
    body's figures of a measure its key abbreviates or names, for the very period it names
    (or, when the line names none, any period of its year): a warning when they all give one
    value that does not back it. The line must print its unit and name a measure (a table's
    bare cells and a digest's index levels stay silent)."""
    if not ((_prints_measured_unit(headline) or _prints_magnitude(headline)) and _prints_its_unit(headline)) \
            or headline.period is None:
        return None
    key, stretch = _line_measure(headline.metric_key)
    same_period = [figure for figure in body if _line_period_meets(headline, figure.period)
                   and (stretch is None or period_kind(figure.period) == stretch)
                   and _same_measure(headline, figure, same_period=False, by_key=False)
                   and _line_measure_meets(headline, figure, key) and _doubt_is_fair(headline, figure)]
    doubting = _of_one_value(same_period)
    for figure in doubting:
        verdicts.setdefault(figure.id, _verdict(headline, figure))
    if not doubting or any(verdicts[figure.id] not in REFUTED for figure in doubting):
        return None
    return _violated(headline, doubting, verdicts, severity=_DOUBT_SEVERITY)


def _line_measure(key: str) -> tuple[str, str | None]:
    """A line's measure without the word that names its stretch, and the kind of that stretch:
    a release's highlight says 季度交付量 for the quarter it reports and 全年营收 for the year,
    where a sentence of the body names the quarter (2024年第四季度…的交付量)."""
    for word, stretch in _LINE_STRETCH_WORDS:
        if key.startswith(word) and len(key) - len(word) >= _ABBREVIATION_WORD:
            return key[len(word):], stretch
    return key, None


def _line_measure_meets(headline: Claim, body: Claim, key: str | None = None) -> bool:
    """The line's measure (``key``, its metric key unless given) meets the body's by their
    keys, or by the phrases as printed when the key kept too little of the line's (中期息 keyed
    息 against the body's 派每股中期息)."""
    key = key or headline.metric_key
    if names_a_measure(key) and (_line_key_meets(key, body.metric_key) or _subject_named_before(key, body)):
        return True
    phrase, body_phrase = headline.metric.strip(), body.metric.strip()
    return (len(phrase) >= _SHORTEST_ABBREVIATION and body_phrase.endswith(phrase)
            and names_a_measure(body.metric_key))


def _subject_named_before(line_key: str, body: Claim) -> bool:
    """The line's measure (核心业务亏损) as the body's sentence states it: its subject named in
    an earlier clause (期内核心业务分部收入…，并录得经营亏损达52亿元), the figure's key the line's
    measure with at most a word of its kind before it (经营亏损), not another subject's (国内亏损)."""
    head = _measure_head(line_key)
    if head is None or not body.metric_key.endswith(head):
        return False
    subject, kind = line_key[: -len(head)], body.metric_key[: -len(head)]
    if len(subject) < _ABBREVIATION_WORD or len(kind) > _ABBREVIATION_WORD or kind in SEGMENT_WORDS:
        return False
    at = _printed_at(body)
    return at is not None and subject in body.reading[:at]


def _measure_head(key: str) -> str | None:
    """The measure a key ends with, of two characters or more (亏损 of 核心业务亏损)."""
    heads = [head for head in MEASURE_HEADS if len(head) >= _ABBREVIATION_WORD and key.endswith(head)]
    return max(heads, key=len) if heads else None


def _line_key_meets(line_key: str, body_key: str) -> bool:
    """The body's abbreviation of the line's measure (营收 for 季度营收), or the body's fuller
    name of it (Li ONE的交付量 for 交付量) when the line's key is of three characters or more."""
    if line_key.endswith(body_key):
        return True
    # 交付量 and 交付 are one measure (a volume is its measure: see ``keys_compatible``).
    if len(body_key) <= len(line_key) and keys_compatible(body_key, line_key):
        return True
    return (body_key.endswith(line_key) and len(line_key) >= _SHORTEST_ABBREVIATION) \
        or _head_and_tail(line_key, body_key)


def _head_and_tail(short: str, long: str) -> bool:
    """A short key made of a longer one's first and last words (游戏收入 for 游戏及相关增值服务净收入),
    as newsrooms abbreviate a measure: two characters of each, the tail naming a measure."""
    if len(short) != 2 * _ABBREVIATION_WORD or len(long) <= len(short):
        return False
    head, tail = short[:_ABBREVIATION_WORD], short[_ABBREVIATION_WORD:]
    return long.startswith(head) and long.endswith(tail) and names_a_measure(tail)


def _line_period_meets(headline: Claim, period: str | None) -> bool:
    """The very period a headline line names, or any of its year when the line names none (its
    period is then its article's, not the line's)."""
    if period == headline.period:
        return True
    return not names_period(headline.sentence, headline.period) and periods_overlap(headline.period, period)


def _prints_its_unit(headline: Claim) -> bool:
    """A cell of a table under a unit header prints bare digits (412,306): no sub-heading's."""
    return any(not (char.isdigit() or char in _BARE_NUMBER_MARKS) for char in headline.text)


def _alike_figures(headline: Claim, body: list[Claim]) -> list[Claim]:
    """The body figures that likely state the headline's measure, by the closest link of
    measures that finds any (see ``_measure_link``)."""
    running_at_one_date = len(_running_total_dates(headline, body)) == 1
    lead = min((figure.sentence_index for figure in body), default=None)
    linked = [(figure, _measure_link(headline, figure)) for figure in body
              if _alike(headline, figure, running_at_one_date, in_the_lead=figure.sentence_index == lead)]
    links = [link for _figure, link in linked if link is not None]
    if not links:
        return _volume_abbreviated(headline, [figure for figure, _link in linked])
    return [figure for figure, link in linked if link == min(links)]


def _volume_abbreviated(headline: Claim, alike: list[Claim]) -> list[Claim]:
    """A title's volume of two characters (4月销量4.21万辆) and the body's one key of its period and
    subject that ends with it (4月公司汽车销量为42108辆): a doubt only, since 销量 may also be a
    model's or a segment's, and none when two keys end with it (汽车销量 and 乘用车销量)."""
    key = headline.metric_key
    if len(key) != _ABBREVIATION_WORD or not key.endswith(_VOLUME):
        return []
    found = [figure for figure in alike if figure.metric_key != key and figure.metric_key.endswith(key)]
    return found if len({figure.metric_key for figure in found}) == 1 else []


def _alike(headline: Claim, body: Claim, running_at_one_date: bool = False, in_the_lead: bool = False) -> bool:
    """A body figure that may state the headline's measure though the extractor gave it another
    period of the same year: the same kind, units, direction and company (in the lead, the
    company its sentence names before it)."""
    return (
        _kinds_alike(headline, body)
        and comparable(headline, body, same_company=False, same_period=False)
        and (_same_subject(headline, body) or (in_the_lead and _company_named_before(headline, body)))
        and _periods_may_meet(headline, body, running_at_one_date)
    )


def _company_named_before(headline: Claim, body: Claim) -> bool:
    """A body figure whose sentence names the headline's company before it, though the extractor
    gave it another subject (晶科能源…因全球市场需求旺盛…归母净利润同比大涨313.36%: the lead
    speaks of the company its title names, whatever noun stands closer to the figure). Asked
    only of the lead, the first sentence of the body with figures."""
    company = headline.entity
    if not company or company.startswith(UNNAMED_PREFIX) or len(company) < _SHORTEST_COMPANY:
        return False
    at = placed(body.sentence, [body])[0][1]
    if at is None or company not in body.reading[:at]:
        return False
    # The subject the figure's own clause names is its subject (与星辰能源相比，月湖光电净利润…).
    clause = _CLAUSE_BREAKS.split(body.reading[:at])[-1]
    return not (body.entity and body.entity in clause)


def _kinds_alike(headline: Claim, body: Claim) -> bool:
    """The same kind, or a share and a percentage whose share word the grammar did not see
    (占60%左右 and 60%的N型出货占比)."""
    if body.kind == headline.kind:
        return True
    return {headline.kind, body.kind} == {"share", "figure"} and headline.dimension == body.dimension == "percent"


def _running_total_dates(headline: Claim, body: list[Claim]) -> set[str | None]:
    """The dates at which the body gives running totals (累计销量) of the headline's kind and units."""
    return {figure.period for figure in body if figure.cumulative and figure.kind == headline.kind
            and comparable(headline, figure, same_company=False, same_period=False)}


def _periods_may_meet(headline: Claim, body: Claim, running_at_one_date: bool) -> bool:
    """Periods a headline's figure and the body's may share though the extractor read them
    apart: see ``_period_may_be_misread``; and two running totals (累计销量) when the body gives
    them at one date only, which a headline's report period names otherwise (a fiscal 第三季度
    财报 and 截至12月31日). A body giving them at two dates says the total grows: the title's
    may be of a later date."""
    if _period_may_be_misread(headline.period, body.period):
        return True
    return running_at_one_date and headline.cumulative and body.cumulative


def _period_may_be_misread(headline: str | None, body: str | None) -> bool:
    """Compatible periods, or a body figure given its article's year where the headline names a
    stretch of that year (a half year's 中期息 in a sentence that does not repeat 上半年). A year's
    headline is never held against a quarter's figure."""
    if periods_compatible(headline, body):
        return True
    return period_kind(body) == "year" and period_year(headline) == period_year(body)


# How closely a body figure's measure is linked to a headline's, closest first.
_KEYS_ALIKE, _NAMED_AFTER, _ONE_STEM, _VERB_AND_OBJECT, _NAMED_ALIKE = range(5)


def _measure_link(headline: Claim, body: Claim) -> int | None:
    """Metric keys alike (``_keys_alike``); else the measure named after a figure (创造了超142亿元
    的净利润) alike to the other's key or measure named after it; else keys of one stem
    (``_stems_alike``); None when nothing links them."""
    if _keys_alike(headline.metric_key, body.metric_key):
        return _KEYS_ALIKE
    headline_after, body_after = _measure_after(headline), _measure_after(body)
    if (headline_after and (headline_after == body_after or _keys_alike(headline_after, body.metric_key))) \
            or (body_after and _keys_alike(headline.metric_key, body_after)):
        return _NAMED_AFTER
    if (_stems_alike(headline.metric_key, body.metric_key) or _head_and_tail(headline.metric_key, body.metric_key)
            or _abridged(headline.metric_key, body.metric_key)):
        return _ONE_STEM
    if _volume_of_its_verb(headline.metric_key, body.metric_key) or _volume_of_its_verb(body.metric_key, headline.metric_key):
        return _VERB_AND_OBJECT
    if _named_alike(headline, body) or _revenue_named_plainly(headline.metric_key, body.metric_key):
        return _NAMED_ALIKE
    return None


def _revenue_named_plainly(headline_key: str, body_key: str) -> bool:
    """A title's 营收 and a results release's bare 收入 (总收入): Hong Kong and US-listed releases
    call the company's revenue so. Bare, never 利息收入 or 海外收入; a link for a doubt only."""
    return headline_key == _REVENUE_KEY and body_key in _PLAIN_REVENUE_KEYS


def _named_alike(headline: Claim, body: Claim) -> bool:
    """Two names of one per-share measure (前三季EPS and 每股纯益; 拟10派8元 and 每10股派发现金红利6元):
    both name one of ``_MEASURE_NAMES``'s groups, and a dividend both per share or both per ten
    shares (拟10派8元 is 0.8元 a share) and both per share or both a total (合计派发5.22亿元)."""
    for group in _MEASURE_NAMES:
        if not (any(word in headline.metric_key for word in group) and any(word in body.metric_key for word in group)):
            continue
        if group is _DIVIDEND_NAMES:
            return (_per_ten_shares(headline) == _per_ten_shares(body)
                    and _an_amount_in_magnitude(headline) == _an_amount_in_magnitude(body))
        return True
    return False


def _per_ten_shares(claim: Claim) -> bool:
    """A dividend printed per ten shares (10派8元, 每10股派发现金红利8元)."""
    at = _printed_at(claim)
    if at is None:
        return False
    clause = re.split(_TITLE_CLAUSE_BREAKS if claim.source == "title" else _CLAUSE_BREAKS, claim.reading[:at])[-1]
    return _PER_TEN_SHARES.search(clause[-_PER_TEN_REACH:]) is not None


def _an_amount_in_magnitude(claim: Claim) -> bool:
    """An amount printed with 亿 or 万 (a dividend's total, not an amount per share)."""
    return any(word in claim.text for word in _MAGNITUDE_WORDS)


def _volume_of_its_verb(volume_key: str, verb_key: str) -> bool:
    """A volume (交付量, 销量 of 销售, 装机量) and the verb it counts with the thing counted after
    it (交付新车, 销售汽车, 装机电池): 交付量破万辆 is the body's 共交付新车9436辆. The object names no
    measure of its own (交付订单 counts orders, not deliveries) and is a short word."""
    if not volume_key.endswith(_VOLUME) or len(volume_key) <= len(_VOLUME):
        return False
    stem = volume_key[: -len(_VOLUME)]
    verb = _VOLUME_VERBS.get(stem, stem)
    if len(verb) < _ABBREVIATION_WORD or not (stem in _VOLUME_VERBS or names_a_measure(verb)) \
            or not verb_key.startswith(verb):
        return False
    # The key may keep the verb alone: a carmaker's generic object (共交付新车) is dropped from it.
    counted = verb_key[len(verb):]
    return len(counted) <= _LONGEST_COUNTED and not names_a_measure(counted)


def _stems_alike(headline_key: str, body_key: str) -> bool:
    """Two keys of one stem that end differently: 全国发行地方债 and 全国发行地方政府债券, 外汇储备规模
    and a 外汇储备环 the change word left behind, 经纪业务收入 and 经纪业务实现收入. The stem is at least four characters and half
    the longer key; endings that each name a measure (产量 and 销量) make two measures."""
    stem = 0
    for first, second in zip(headline_key, body_key):
        if first != second:
            break
        stem += 1
    if stem < _SHORTEST_STEM or 2 * stem < max(len(headline_key), len(body_key)):
        return False
    endings = (headline_key[stem:], body_key[stem:])
    # 经纪业务收入 and 经纪业务实现收入: a verb the body's key kept before the one measure both end in.
    if all(endings) and (endings[0].endswith(endings[1]) or endings[1].endswith(endings[0])):
        return True
    return not all(ending and names_a_measure(ending) for ending in endings)


def _abridged(headline_key: str, body_key: str) -> bool:
    """A title's key that is the body's with words left out (全国快递业务量 of 全国快递服务企业业务量):
    of five characters or more (贷款余额 is no abridged 贷款减值准备余额), opening with the body key's first character and ending with its
    last two, every character of it standing in the body's key in order."""
    if len(headline_key) < _SHORTEST_ABRIDGED or len(headline_key) >= len(body_key):
        return False
    if headline_key[0] != body_key[0] or headline_key[-_ABBREVIATION_WORD:] != body_key[-_ABBREVIATION_WORD:]:
        return False
    rest = iter(body_key)
    return all(character in rest for character in headline_key)


def _measure_after(claim: Claim) -> str:
    """The measure a sentence names right after a figure with 的 (超142亿元的净利润): that
    construction puts the metric after its amount, where the metric key does not look."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    following = claim.reading[at + len(claim.text):]
    if not following.startswith(_MEASURE_AFTER_MARKS):
        return ""
    words = "".join(itertools.takewhile(_in_a_name, following[1:]))
    for share_word in _SHARE_WORDS:
        if words.endswith(share_word) and len(words) > len(share_word):
            return words[: -len(share_word)]  # 60%的N型出货占比: the share of N型出货
    named = [head for head in _MEASURE_AFTER_HEADS if words.startswith(head)]
    return max(named, key=len) if named else ""


def _is_cjk(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff"


def _in_a_name(character: str) -> bool:
    """A character of a measure's name: Chinese, or the Latin letters and digits of a model or
    a type (N型, 5G)."""
    return _is_cjk(character) or (character.isascii() and character.isalnum())


def _as_a_whole(key: str) -> str:
    """A key without the word that makes it a total: 净收入总额 and 总收入 are the 净收入 and 收入
    a headline names."""
    for word in _TOTAL_WORDS_AFTER:
        if key.endswith(word) and len(key) > len(word):
            return key[: -len(word)]
    if key.startswith(_TOTAL_WORD_BEFORE) and len(key) > len(_TOTAL_WORD_BEFORE):
        return key[len(_TOTAL_WORD_BEFORE):]
    return key


def _keys_alike(headline_key: str, body_key: str) -> bool:
    """The same key, or one a suffix of the other, the shorter of three characters or more
    (收入 heads too many measures)."""
    if headline_key == body_key or headline_key == _as_a_whole(body_key):
        return True
    return keys_compatible(headline_key, body_key) and min(len(headline_key), len(body_key)) >= _SHORTEST_ABBREVIATION


def _doubt_is_fair(headline: Claim, body: Claim) -> bool:
    """Only a figure that could have been the headline's is held against it: of a named
    measure (its key, or the measure named after it: 35%的5G手机出货占比), the same running-total
    sense and growth basis."""
    key = body.metric_key or _measure_after(body)
    return (
        bool(key)
        and (key == headline.metric_key or names_a_measure(key))
        and _same_running_sense(headline, body)
        and (headline.basis is None or body.basis is None or headline.basis == body.basis)
    )


class _BodyIndex:
    """An article's body figures by value, period and metric key, so that each headline meets
    only the figures that could back, restate or cut it: a long article prints hundreds of
    highlight lines and thousands of figures, and meeting every pair was quadratic. Each
    lookup returns a superset of what the predicate it serves accepts, in the body's order."""

    def __init__(self, body: list[Claim]) -> None:
        self._body = body
        self._by_value = ByValue(body)
        self._by_period: dict[str | None, list[int]] = defaultdict(list)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._keys_meeting: dict[str, list[str]] = {}
        for position, figure in enumerate(body):
            self._by_period[figure.period].append(position)
            if figure.metric_key:
                self._by_key[figure.metric_key].append(position)

    def _figures_at(self, positions: set[int]) -> list[Claim]:
        return [self._body[position] for position in sorted(positions)]

    def _period_positions(self, period: str | None) -> set[int] | None:
        """Where ``periods_compatible`` holds, asked once per distinct period; None when every
        figure may (an unknown period meets any)."""
        if period is None:
            return None
        return {position for each, positions in self._by_period.items() if periods_compatible(period, each)
                for position in positions}

    def of_compatible_period(self, period: str | None) -> list[Claim]:
        positions = self._period_positions(period)
        return self._body if positions is None else self._figures_at(positions)

    def may_measure(self, headline: Claim) -> list[Claim]:
        """The figures ``_same_measure`` may accept: a compatible period and a metric key
        ``keys_compatible`` with the headline's, asked once per distinct key."""
        key = headline.metric_key
        if key not in self._keys_meeting:
            self._keys_meeting[key] = [each for each in self._by_key if keys_compatible(key, each)]
        positions = {position for each in self._keys_meeting[key] for position in self._by_key[each]}
        of_period = self._period_positions(headline.period)
        return self._figures_at(positions if of_period is None else positions & of_period)

    def may_restate(self, headline: Claim) -> list[Claim]:
        """The figures ``_restated`` may find: within the headline's near band or of its value."""
        near, size = near_band(headline), abs(Fraction(headline.value))
        if not near.bounded:
            return self._body
        return self._by_value.between(min(near.lower, size), max(near.upper, size))

    def may_truncate(self, headline: Claim) -> list[Claim]:
        """The figures ``_truncates`` may find: within one printed step above the headline's."""
        printed = magnitude(headline)
        if not printed.bounded:
            return []
        cut = abs(Fraction(headline.value))
        return self._by_value.between(cut, cut + (printed.upper - printed.lower))


def _truncates(headline: Claim, body: Claim, digits: int = _DISTINCTIVE_DIGITS) -> bool:
    """The headline prints the body's figure cut, not rounded: 1477亿元 for 1477.89亿元. Its
    digits must be distinctive (``digits`` or more: three for any figure of the body, two for
    one surely of the headline's measure) and the body's finer; the same kind, units and
    direction, and periods of one year."""
    if is_approximate(headline) or is_approximate(body) or headline.dimension not in AMOUNTS:
        return False
    if significant_digits(headline) < digits or body.kind != headline.kind:
        return False
    if not comparable(headline, body, same_company=False, same_period=False):
        return False
    if not (_same_subject(headline, body) and periods_overlap(headline.period, body.period)):
        return False
    printed, finer = magnitude(headline), magnitude(body)
    if not (printed.bounded and finer.bounded) or finer.upper - finer.lower >= printed.upper - printed.lower:
        return False
    step = printed.upper - printed.lower
    cut = abs(Fraction(headline.value))
    return not finer.intersects(printed) and cut <= finer.lower and finer.upper <= cut + step


def _restated(body: Claim, headline: Claim) -> bool:
    """The body prints the headline's figure again: with more digits, or the same number with
    or without its qualifier (超1.03亿 for 超过了1.03亿台, 增3.8% for 约3.8%)."""
    if restates(body, headline):
        return True
    if body.value != headline.value or not comparable(body, headline, same_company=False, same_period=False):
        return False
    return judge(headline, body) in BACKED or qualifier_bound(body.qualifier) == "around"


def _verdict(headline: Claim, body: Claim) -> str:
    """How the body figure stands to the headline's; a rise is never backed by a fall."""
    if headline.direction is not None and body.direction is not None and headline.direction != body.direction:
        return CONTRADICTS
    return judge(headline, body)


def _same_measure(headline: Claim, body: Claim, same_period: bool = True, by_key: bool = True) -> bool:
    """The same kind, units, company and period (``same_period``), and metric keys one of which
    abbreviates the other (``by_key``; the caller may link the keys otherwise)."""
    return (
        comparable(headline, body, same_company=False, same_direction=False, same_period=same_period)
        and _same_subject(headline, body)
        and _of_its_scale(headline, body)
        and headline.kind == body.kind
        and (not by_key or keys_compatible(headline.metric_key, body.metric_key))
    )


def _same_subject(headline: Claim, body: Claim) -> bool:
    """The same company where both are known; a title that names none (中国游戏销售收入…, an
    unnamed subject) speaks of what its body does, whoever the body says that is, and a body
    sentence whose subject the extractor could not name (服务进出口总额… under a title's 我国)
    may speak of the title's. Where the companies differ, a violation needs every candidate
    to state one value (``_of_one_value``)."""
    if headline.entity is None or body.entity is None or headline.entity == body.entity:
        return True
    # 规模以上工业（未具名主体#…）: an economy's unnamed subject is unnamed too.
    return UNNAMED_PREFIX in headline.entity or UNNAMED_PREFIX in body.entity


def _of_one_value(candidates: list[Claim]) -> list[Claim]:
    """Candidates that all state one value (the lead and a table giving the same figure): what
    a line that may be anything can be refuted by."""
    return candidates if len({(figure.value, figure.direction) for figure in candidates}) == 1 else []


def _sure(headline: Claim, body: Claim) -> bool:
    """Both periods known (or neither), the same running-total sense and growth basis (同比 is
    not 环比)."""
    return (
        _same_known(headline.period, body.period)
        and _same_running_sense(headline, body)
        and (headline.basis is None or body.basis is None or headline.basis == body.basis
             or headline.kind == "share")
    )


def _same_key(headline: Claim, candidates: list[Claim]) -> list[Claim]:
    """The candidates of the headline's very metric key, surely its measure; of one value where
    the headline names no company and the body's figures have another."""
    equal = [body for body in candidates if _sure(headline, body) and body.metric_key == headline.metric_key]
    if any(body.entity not in (None, headline.entity) for body in equal):
        return _of_one_value(equal)
    return equal


def _strict_candidates(headline: Claim, candidates: list[Claim], body_claims: list[Claim]) -> list[Claim]:
    """The body figures that are surely the headline's measure, for a violation.

    The same key, or — when the headline's key is an abbreviation of at least three characters
    — the one body metric it can stand for, unless the body prints the headline's figure for
    another measure; the same company where both are known, both periods known (or neither),
    and the same running-total sense and growth basis (同比 is not 环比).
    """
    equal = _same_key(headline, candidates)
    if equal:
        return equal
    sure = [body for body in candidates if _sure(headline, body)]
    abbreviated = {body.metric_key for body in sure}
    if len(abbreviated) != 1:
        return []
    if (min(len(headline.metric_key), *map(len, abbreviated)) < _SHORTEST_ABBREVIATION
            and not _a_loss_abbreviated(headline.metric_key, next(iter(abbreviated)))):
        return []
    # 收入 may be 营业收入 (keyed 营收) as well as 利息收入: if the body prints the title's
    # figure for any measure of that kind and period, the abbreviation may mean that one.
    if any(_printed_elsewhere(headline, body) for body in body_claims):
        return []
    return _of_one_value(sure) if any(body.entity != headline.entity for body in sure) else sure


def _a_loss_abbreviated(headline_key: str, body_key: str) -> bool:
    """A title's 亏损 (亏损收窄至12.4亿元) for the body's one loss of its period (净亏损, 归母净亏损):
    unlike 收入, which heads many measures, a loss of two characters names one, once the body
    prints a single loss key for the period (经营亏损 beside 净亏损 leaves it open)."""
    return headline_key == _LOSS_HEAD and body_key.endswith(_LOSS_HEAD)


def _only_figure_of_its_metric(headline: Claim, body: list[Claim]) -> list[Claim]:
    """The one body figure of the headline's kind, direction and period whose metric holds the
    metric the headline names (净利润 in 归母净利润同比…): when the extractor's phrases differ
    but the body reports that metric once, the headline can only mean that figure. A title's
    adjusted measure (扣非净利润) is never the one it adjusts (归母净利润); a title's 净利润 may
    mean either."""
    named = _metric_named(headline.metric_key)
    if named is None:
        return []
    found = [
        figure for figure in body
        if figure.kind == headline.kind and named in figure.metric_key
        and (_adjusted(figure.metric_key) or not _adjusted(headline.metric_key))
        and comparable(headline, figure, same_company=False, same_direction=False)
        and _same_subject(headline, figure) and _sure(headline, figure) and _of_its_scale(headline, figure)
    ]
    return _of_one_value(found)


def _of_its_scale(headline: Claim, body: Claim) -> bool:
    """A bare figure (近13万亿, no unit) and a body figure within a factor of ten of it: a bare
    figure meets any unit, so the count of firms its sentence opens with (42家上市券商总资产合计
    12.86万亿元) is kept from it by its size, not its unit."""
    if headline.unit is not None or body.unit is None or headline.dimension != _BARE:
        return True
    size, value = abs(Fraction(headline.value)), abs(Fraction(body.value))
    return size / _ANOTHER_SCALE <= value <= size * _ANOTHER_SCALE


def _adjusted(key: str) -> bool:
    """A measure with items taken out (扣非净利润, 扣除非经常性损益后的净利润): another measure than
    the one it adjusts (归母净利润)."""
    return any(word in key for word in _ADJUSTED_WORDS)


def _metric_named(key: str) -> str | None:
    """The longest metric of the lexicon's canonical names that a metric key holds."""
    named = [name for name in _CANONICAL_METRICS if name in key]
    return max(named, key=len) if named else None


def _same_running_sense(headline: Claim, body: Claim) -> bool:
    """Both running totals (累计) or neither; over the one stretch from the year's start (前4月累计
    增长 and 1-4月销量增长, 2025M1-M4 both) the word adds nothing, and one side may lack it."""
    if headline.cumulative == body.cumulative:
        return True
    return headline.period is not None and headline.period == body.period and period_kind(headline.period) == "ytd"


def _same_known(title: str | None, body: str | None) -> bool:
    """Both periods known and compatible, or neither known: an article whose periods the
    extractor could not place at all speaks of one report."""
    if title is None or body is None:
        return title is None and body is None
    return periods_compatible(title, body)


def _printed_elsewhere(headline: Claim, body: Claim) -> bool:
    return (
        body.kind == headline.kind
        and comparable(headline, body)
        and judge(headline, body) in BACKED
    )


def _named_as(headline: Claim) -> str:
    """The headline's measure as its words print it, or the key its line gave a clause that
    names none (按季增8% after 收入按年增21%)."""
    return headline.metric or headline.metric_key or "no measure named"


def _where(headline: Claim) -> str:
    return {"title": "title", "heading": "heading"}.get(headline.source, "headline line")


def _passed(headline: Claim, backing: list[Claim], verdicts: dict[str, str]) -> Check:
    shown = "; ".join(
        f"{as_printed(body)} ({body.metric or 'the same measure'}, {display(stated_band(body), headline)}), "
        f"{_VERDICT_WORDS[verdicts[body.id]]}"
        for body in backing
    )
    stated = display(stated_band(headline), headline)
    return make_check(
        ID, SEVERITY,
        passed=True,
        claims=[headline, *backing],
        message=f"the {_where(headline)}'s {as_printed(headline)} ({_named_as(headline)}) says {stated}; the body gives {shown}",
        expected=_allowed(backing, headline),
        actual=as_printed(headline),
    )


def _cut(headline: Claim, truncated: list[Claim]) -> Check:
    body = truncated[0]
    step = _width_of(magnitude(headline))
    rounded = display(Interval.point(_round_half_up(abs(Fraction(body.value)), step)), headline)
    return make_check(
        ID, _DOUBT_SEVERITY,
        passed=False,
        claims=[headline, *truncated],
        message=(
            f"the {_where(headline)}'s {as_printed(headline)} ({_named_as(headline)}) cuts the body's {as_printed(body)} "
            f"({body.metric or 'the same measure'}, line {body.span.line}) instead of rounding it, which gives "
            f"{rounded}: right only if the headline truncates, as some editors do"
        ),
        expected=rounded,
        actual=as_printed(headline),
        salt="truncated",
    )


def _width_of(interval: Interval) -> Fraction:
    assert interval.lower is not None and interval.upper is not None
    return interval.upper - interval.lower


def _round_half_up(value: Fraction, step: Fraction) -> Fraction:
    return (value / step + Fraction(1, 2)).__floor__() * step


# Why a violation is only a warning, said in its message.
_READ_ELSEWHERE = "the body's figure is read for another period or name, so the headline may mean another measure"
_BODY_FORECAST = "the body's figure is a forecast or target, which the headline may not mean"
_A_FORECAST = "the headline's figure reads as a forecast or target, which the body's facts need not meet"


def _violated(headline: Claim, refuting: list[Claim], verdicts: dict[str, str], severity: str = SEVERITY,
              doubt: str = _READ_ELSEWHERE) -> Check:
    stated = display(stated_band(headline), headline)
    shown = "; ".join(
        f"{as_printed(body)} ({body.metric}, line {body.span.line}: {display(stated_band(body), headline)}), "
        f"{_VERDICT_WORDS[verdicts[body.id]]}"
        for body in refuting
    )
    why = ("the body's figure does not imply the headline's bound"
           if all(verdicts[body.id] == NOT_IMPLIED for body in refuting)
           else "no reading of the printed digits fits both")
    if severity != SEVERITY:
        why += f" ({doubt})"
    return make_check(
        ID, severity,
        passed=False,
        claims=[headline, *refuting],
        message=(
            f"the {_where(headline)}'s {as_printed(headline)} ({_named_as(headline)}) says {stated}, but the body "
            f"gives {shown}: {why}"
        ),
        expected=_allowed(refuting, headline),
        actual=as_printed(headline),
    )


def _allowed(bodies: list[Claim], headline: Claim) -> str:
    described: list[str] = []
    for body in bodies:
        text = display(stated_band(body), headline)
        if text not in described:
            described.append(text)
    return " or ".join(described)

