"""Approximate wording (近, 超过, 约, 余, 近三成, 近一半) must agree with the precise figure.

Articles round a figure into words in the lead or the headline and print the exact figure
further down; the words must still describe it. A wording is a statement about a value, not
an interval to intersect: 超142亿元 says the value is at least 142亿元, and a precise figure
backs it only when the precise figure implies it. The words mean:

- 近/将近/接近/逼近 X — just under X: 0.9·X ≤ v ≤ X. A figure more than 10% under X is not
  "near" it (近四成 does not describe 29.97%); the upper end meets the rounding of the precise
  figure (近300亿元 agrees with 299.82亿元, and with 300.0亿元, which may be 299.96亿 rounded).
- 超过/超/逾/突破/以上/至少 X — v ≥ X; 余/多/有余 X also v < X plus one step of X's last
  digit (20多种 is 20 to 29, 12万余户 12万 to 13万, 100多家 100 to 199).
- 约/大约/左右/上下 X — within ±10% of X.
- 不足/不到/低于/以下 X — v ≤ X.
- A ratio in words: 一半 is 45% to 55% and 两倍 1.5 to 2.5 as the number grammar reads them;
  a fraction read as an exact point (1/3, 四分之一) is a round description, within a twentieth
  of its value.
- A figure printed with fewer digits than another of the same measure is a rounding of it:
  167亿元 restates 167.09亿元, 一成 10.11%; a figure may also round at the edge of its last
  digit (973.2亿元 for 973.25亿元, half-even or cut).

Each approximate figure (title and headings included) is compared with:

- the precise figures (no qualifier, or only 达/高达) of the same company, metric key,
  dimension, kind, period, running-total sense (累计) and growth basis, in the same article or
  another of the run: these can prove the wording wrong (a warning). Not for a key that names
  no measure (较, left over from 较上一季度的), nor for a bound that sets the threshold of a class
  of companies counted beside it (13股净利润超100亿元; 净利润在百亿元以上的有13家);
- the figure its own clause goes on to give, with no metric of its own between them
  (超5亿元，达到5.687亿元; 首次站上800亿元，达到832.72亿元), or the figure right before it that
  it rounds off in apposition, the clause ending after it (员工总数为19640人，近2万人; 营业收入
  203.8亿元，首次突破200亿元; not 营收203.8亿元，近150亿元来自海外): the same measure stated
  twice, which can prove it wrong too;
- part ÷ total × 100, for an approximate share whose total is linked or is the one figure of
  the article carrying the metric the share names (占营业收入的近三成), and whose part is linked
  or is the amount right before it in its sentence (收入达X亿元，占总营收比重超50%);
- for a share naming no total (占比超过66%), the sum of the parts its sentence lists with their
  shares, when the precise shares are each their part over that sum; and its part over the
  whole an earlier list gave the subject its sentence names (甲、乙、丙……三家企业营收依次为X、Y、Z
  …… 甲最大收入贡献单元……收入A，占比超过66%: A ÷ X);
- for a change against the month before (其中2月保费收入305亿元，比1月份下降近四成) when only
  the two months' running total is printed (前两个月累计保费收入812亿元): the month's figure
  against the total less it;
- the figure of each member of a counted group a bound is said of one by one (“三巨头”净利润均
  实现超10%增长), the members being the names listed right before the group's count and noun
  (甲、乙、丙依然是“三巨头”), each figure in a sentence naming its member and no other;
- for a title's or a heading's bound said of each of a counted group (三家银行前三季度净利润均超百亿),
  the figures of the article's one 分别 list of as many figures of its measure and period (甲银行、
  乙银行、丙银行分别实现归母净利润286.4亿元、175.2亿元、91.6亿元), each by its place;
- the two amounts a ratio in words relates when its sentence states them: the base right
  before the ratio (仅为B行90.08亿元净利润的一半, 仅为9月销量(10628辆)的1/3; a multiple in digits
  after 的 too: 是上年同期（6.21亿元）的1.5倍) and the one other amount of the base's units before
  it, the subject; their quotient can prove it wrong;
- the amount and its year-ago value before a doubling word or a growth in multiples (4.12亿元，
  较上年同期的2.05亿元翻了一番; 32.4亿元，较上年的16.8亿元增长近一倍): the growth they make;
- the figures of two companies a ratio in words relates by name (净利润接近乙消费金融的两倍):
  each one's amount of the measure its clause names and the ratio's period, printed with one
  value; their quotient can prove it wrong;
- the figure of each subject a bound is said of one by one, in brackets after its name: in
  the bound's sentence or the next two, else in the one ranking of the article that prints the
  most of them under a measure word of the bound (甲证券、乙证券…IT投入占比均超过20% …… 信息技术
  投入占营业收入的比例方面，甲证券（25.17%）、乙证券（24.33%）), or for a subject printed alone in
  a sentence of the two on either side (丙证券占比仍不足5%);
- the bounds 分别 gives the subjects listed before it, one each (甲金控、乙金控前七月获利分别突破
  600亿元、500亿元), against each subject's figure in the sentences that open with its name (甲金控
  7月…累计前七月税后纯益623.7亿元): the one amount of the bound's units and period within a
  factor of two of it (a running total dated by its month, 7月…累计, is the year to that month);
- the figures 分别 gives right after a bound said of several subjects (甲、乙也相继宣布去年营收
  突破300亿元，分别以319.28亿元和302.33亿元…), one per subject its clause lists;
- the parts of a breakdown the text states in full (mode exact: 其中，国内航线…，国际航线…) under
  a rounded whole (接近1.8亿人次): their sum;
- the first two of a ranking its sentence prints in falling order, for a gap said of the first
  and the second (…与第二名拉开近60亿的差距): their difference;
- found by their places too, and so able to refute: a figure said to pass another printed in
  brackets after its name (为114.1亿美元，超过对美出口额（104.1亿美元）; 低于…（…）), or than
  another subject its sentence printed with a figure before (甲以1419亿元位居榜首……合计达1347亿元，
  不及甲一家);
- found by value alone, so that they can only confirm the wording, never refute it:
  a precise figure of its own article that restates it — same kind, unit, direction and
  period as far as they are known, with more digits, within one step of the wording's last
  digit and a quarter of its value (超142亿元 and 142.32亿元 of 净利润, 逾30% and a fall of
  32.54%) — reporting those of its own and the next two sentences (均实现超10%的增长 and the
  two rates after it), else the nearest few (a finer lower bound restates a coarser one it
  implies: 超过了3亿2166万套 of 超过3.21亿套); two amounts before a ratio in words in its
  sentence whose quotient fits it; two to four adjacent amounts that add up to a
  rounded total (A 54.03亿元、B 47.7亿元，合计逾100亿元; 接近1.8亿人次，其中国内1.6亿人次，国际
  1412.0万人次); two amounts whose difference is a rounded gap (拉开近60亿元的差距).

A period's profit or loss by the day (前三季度净赚182亿元 日赚6644万元; 净利润1708.91亿元，平均每天赚取
9.39亿元; 相当于日亏63.3万元) is the profit of its period over the period's days, the calendar's or
thirty a month (both are in use): the amount printed last before it in its sentence, and for a
title's the body's of its company and period. A daily average of a balance (日均存款) or of a
market's turnover (日均成交额, over trading days) is no such figure.

Magnitudes are compared: 下降近三成 is a fall of 27% to 30%. A growth of the opposite
direction is left to other rules. Every comparison is of intervals: the precise figure is the
interval its digits round from, and a warning only comes when no value in it fits the wording.

错误 (wrong)::

    截至2021年末，某银行累计发放小微贷款近300亿元……累计发放小微贷款259.82亿元。

    259.82亿元 is 13% under 300亿元: that is not "近300亿元" (270亿元 to 300亿元).

正确 (right)::

    截至2021年末，某银行累计发放小微贷款近300亿元……累计发放小微贷款299.82亿元。
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from fractions import Fraction

from validator.corpus import REACH, Corpus, claim_cache, claim_interval, comparable_units, summed
from validator.entities import UNNAMED_PREFIX, is_named
from validator.intervals import Interval
from validator.metrics import MEASURE_HEADS, names_a_measure
from validator.lexicon import DOUBLING_WORDS
from validator.numbers import qualifier_bound
from validator.periods import period_kind, period_year
from validator.records import AMOUNTS, Check, Claim
from validator.share_lists import WHOLE_LISTED_FOR_ITS_SUBJECT, measure_of

from ._checks import as_printed, display, make_check
from ._grouping import within_reach

ID = "approximate-wording"
SEVERITY = "warning"
SUMMARY = "近/超过/约/余/近三成 agree with the precise figure they describe"

# 近X: a figure more than a tenth under X is not "near" it; 约X: within a tenth either side.
_NEAR_SHARE = Fraction(9, 10)
_AROUND_SPREAD = Fraction(1, 10)
# 20多种, 12万余户: "and some", less than one more step of the last printed digit.
_AND_SOME = ("余", "多", "有余")
_APPROXIMATE_BOUNDS = ("below", "above", "atmost", "around")
# A restatement found by its value alone needs digits enough not to be a coincidence: 167亿元
# and 167.09亿元 are one figure, 5% and 5.2% may be any two rates.
_RESTATEMENT_DIGITS = 2
# Three digits or more tie a restatement to its figure whatever the periods read.
_DISTINCTIVE_DIGITS = 3
_NEAR_QUARTER = Fraction(1, 4)
# Restatements reported for one wording: all of its own and the next two sentences, else the
# closest few.
_NEXT_SENTENCES = 2
_FEW_RESTATEMENTS = 3
# A fraction in words (1/3, 四分之一) describes a ratio within a twentieth of it.
_FRACTION_SPREAD = Fraction(1, 20)
_FRACTION_MARK = "/"
_FRACTION_WORD = "分之"
_OF_THE_BASE = "的"
# Every exact figure of a document is held against every other (_rounds_to): what each claim's
# printing allows is worked out once, not once per pair: claims are frozen, so they key a
# cache (validator.corpus.claim_cache).
# A rounded total stated beside its parts: two to four of them.
_FEWEST_PARTS, _MOST_PARTS = 2, 4
# A ratio's base printed right before it: a closing bracket, a few words of a metric, then 的
# (90.08亿元净利润的一半, (10628辆)的1/3). A qualifier of the ratio may stand after 的 (的近两倍).
_BASE_RIGHT_BEFORE = re.compile(r"[)）]?[\u4e00-\u9fff]{0,6}的(?:近|将近|接近|约|超过|超|逾)?")
# A ratio's base named as a company right before it (净利润接近乙消费金融的两倍).
_BASE_NAMED_BEFORE = re.compile(r"(?P<name>[^\s，,、；;。：:（）()\d的]{2,20})的(?:近|将近|接近|约|超过|超|逾)?\s*$")
# A bound said of each of several subjects (…均超过四分之一), and words that make the list one
# whole instead (合计, 分别 pairs each subject with a figure of its own).
_EACH_WORDS = ("均", "都", "皆", "各")
_TOGETHER_WORDS = ("合计", "共计", "总计", "累计", "一共", "合共", "总和", "之和", "分别")
_OPENING_BRACKET = re.compile(r"[（(]\s*$")
# A doubling word said of the amount right before it (5.14亿元，同比翻倍), of the year-ago amount
# in brackets right after it (（2024年同期为2.59亿元）), or of the growth rate right after it
# (翻倍，同比增长106.3%); sentences keep their printed characters, traditional ones included.
_DOUBLING_AFTER_AMOUNT = re.compile(r"[，,]?\s*(?:同比|[比较較](?:上年|去年))?")
_DOUBLING_THEN_PRIOR = re.compile(r"\s*[（(][^（()）]{0,12}(?:同期|上年|去年)[^（()）]{0,6}(?:为|為|是)?\s*")
_DOUBLING_THEN_RATE = re.compile(r"[，,]\s*(?:同比)?(?:增长|增長|增加|上升|提升|增幅[为為达達]?)了?\s*")
# 279.93亿元，比去年同期的140亿元，成长近1倍: the year-ago amount after the amount, then the
# growth verb and its multiple.
_YEAR_AGO_AFTER_AMOUNT = re.compile(r"[，,]\s*(?:比|较|較)(?:去年|上年)?(?:同期)?的?\s*")
_GROWN_BY = re.compile(r"[，,]?\s*(?:成长|成長|增长|增長|增加|上升|提升|提高)了?\s*(?:近|将近|將近|接近|约|約|超过|超過|超|逾)?\s*")
# 4.12亿元，较上年同期的2.05亿元翻了一番: the doubling word right after the year-ago amount.
_PRIOR_THEN_DOUBLING = re.compile(r"\s*(?:增长|增長|增加|上升)?了?\s*")
# What separates the measures a bound is said of (营收与归母净利润均实现超10%的增长).
_MEASURE_LIST_BREAK = re.compile(r"与|和|及|以及|、")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
# A bound in apposition to the figure before it (19640人，近2万人; 203.8亿元，首次突破200亿元):
# a comma and at most a word of when between them, the end of the clause after the bound.
_APPOSITION = re.compile(r"\s*[，,]\s*(?:首次|首度|已经|已|即|也|再度|再次|一举)?\s*")
_CLAUSE_ENDS_AFTER_BOUND = re.compile(r"\s*(?:大关|关口)?\s*(?:[，,；;。！!？?）)]|$)")
# 86.3亿美元，超过对欧出口额（79.4亿美元）: a figure, a comparison word, a few words naming the
# other measure, and its figure in brackets.
_MORE_THAN = ("超过", "超過", "高于", "高於", "多于", "多於", "大于", "大於")
_LESS_THAN = ("低于", "低於", "少于", "少於", "小于", "小於", "不及")
_COMPARED_IN_BRACKETS = re.compile(
    r"\s*[，,]?\s*(?:也|亦|已|均)?(?P<word>" + "|".join(_MORE_THAN + _LESS_THAN) + r")了?"
    r"[^，,。；;：:（）()\d]{1,12}[（(]\s*")
# 合计达1347亿元，不及甲一家: a figure, a comparison word, and the name of a subject the sentence
# gave a figure before, with at most 一家, ending its clause.
_COMPARED_BY_NAME = re.compile(
    r"\s*[，,]\s*(?:也|亦|已|均|仍)?(?P<word>" + "|".join(_MORE_THAN + _LESS_THAN) + r")了?"
    r"(?P<name>[^\s，,。；;：:（）()\d、]{2,12}?)(?:一家|一家公司)?\s*(?=[，,。；;！!？?]|$)")
# A measure phrase naming a total of several: 合计, or the parts counted (两大业务, 三项业务).
_SUM_OF_SEVERAL_WORDS = ("合计", "共计", "总计", "合共", "加总", "之和", "總計", "合計", "共計")
_COUNTED_PARTS = re.compile(r"[两二三四五六七八九十兩\d]\s*(?:大|项|項|个|個|类|類)(?:主营|核心|主要)?(?:业务|業務|板块|板塊|产品|產品|品类|品類)")
# A class of companies counted around a bound: 13股净利润超 before it, 以上的有13家 after it.
_COUNTERS_OF_COMPANIES = r"(?:家|股|只|隻|个|個|位|款)"
_COUNTED_BEFORE = re.compile(r"\d+\s*" + _COUNTERS_OF_COMPANIES + r"(?:公司|企业|企業|上市公司|券商|银行|銀行)?"
                             r"[^\d，,。；;：:（）()]{0,12}$")
_COUNTED_AFTER = re.compile(r"\s*(?:以上|以下)?的?(?:有|共有|达|達|为|為)\s*\d+\s*" + _COUNTERS_OF_COMPANIES)
# A gap said of the first and the second of a ranking (与第二名拉开近60亿的差距).
_SECOND_PLACE = "第二"
# 突破300亿元，分别以319.28亿元和302.33亿元: a bound, then 分别 giving each subject its figure;
# the names the bound's clause lists (甲酒业、乙酒业) are split by these.
_RESPECTIVELY_AFTER_BOUND = re.compile(r"\s*[，,]?\s*(?:也|均)?(?:分别|分別)(?:以|为|為|是|达|達|达到|達到|实现|實現)?\s*")
_RESPECTIVELY = ("分别", "分別")
_MONTH = re.compile(r"(?P<year>\d{4})M(?P<month>\d{1,2})")
# Bounds listed after one qualifier (突破600亿元、500亿元): no comma, which would open a clause.
_BOUND_LIST_SEPARATOR = re.compile(r"\s*(?:、|和|与|與|及|以及)\s*")
# Words that open a sentence with its period, not a name (前七月, 今年, 7月).
_PERIOD_OPENING = re.compile(r"前|今年|去年|上半年|下半年|全年|第[一二三四]季|[一二三四五六七八九十\d]+[个個]?月")
# The words a sentence opens with, before its first digit, bracket or punctuation.
_OPENING_WORDS = re.compile(r"[^\d\s，,、；;。：:（）()]+")
_LIST_SEPARATOR = re.compile(r"\s*(?:、|和|与|與|及|以及|[，,])\s*")
_LISTED_NAME_BREAK = re.compile(r"、|和|与|與|及")
# What separates the names of a list (甲证券、乙证券和丙证券2家公司) from each other and from
# the words around them.
_NAME_BREAK = re.compile(r"[\s，,、；;。：:（）()\d]+|和|与|及|以及")
# A subject's name: three characters or more (证券 or 公司 alone names no one).
_SHORTEST_NAME, _LONGEST_NAME = 3, 12
# A subject's figure of another measure is usually of another size: only figures within a
# factor of two of the bound are taken for the bound's measure.
_SAME_MEASURE_FACTOR = 2
# A measure word two metric phrases share (销售收入, 投资收益, 净利润).
_SHORTEST_SHARED_MEASURE = 3
# The measure words of two characters or more (营收, 销售收入, 装机): 金 or 额 alone is in too
# many names (消费金融) to tie two phrases.
_MEASURE_WORDS = tuple(head for head in MEASURE_HEADS if len(head) >= 2)
# The lines that open an article (its title, when a passage has no front matter).
_OPENING_LINES = 2
_SENTENCE_ENDINGS = tuple("。！？!?；;…")
# A figure under a hundredth of the total (a 2.44元 dividend beside 485.86亿元) is no part of it.
_SMALLEST_PART = 100

# How a statement stands to the figure offered as evidence for it.
IMPLIES = "implies"  # every value the evidence allows fits the statement
ROUNDING = "rounding"  # a precise figure whose rounding straddles the statement's edge
MORE_PRECISE = "more precise"  # the statement is a precise figure inside a vaguer bound
NOT_IMPLIED = "not implied"  # a bound the evidence's weaker bound does not reach (超16万 vs 超12万)
CONTRADICTS = "contradicts"  # no value fits both
BACKED = (IMPLIES, ROUNDING)
REFUTED = (NOT_IMPLIED, CONTRADICTS)


def check(corpus: Corpus) -> Iterator[Check]:
    precise_figures: dict[tuple, list[Claim]] = defaultdict(list)
    by_document: dict[str, list[Claim]] = defaultdict(list)
    approximate: list[Claim] = []
    for claim in corpus.claims:
        by_document[claim.document].append(claim)
        if is_approximate(claim):
            approximate.append(claim)
        elif _matchable(claim):
            precise_figures[_measure(claim)].append(claim)
    by_value: dict[tuple[str, int], ByValue] = {}
    by_sentence: dict[str, _BySentence] = {}
    stretches = {document: Stretches(claims) for document, claims in by_document.items()}

    def nearby(wording: Claim) -> list[Claim]:
        # The figures of the wording's sentence and the next ones: all that a reading of its
        # clause (``_in_one_breath``, ``_listed_after``, ``_each_of_the_measures``,
        # ``_each_of_the_subjects``, ``_summed_parts``, ``_gap_between``, ``_stated_ratio``,
        # ``_ratio_of_amounts``) looks at; a scan of the whole article made a long one quadratic.
        if wording.document not in by_sentence:
            by_sentence[wording.document] = _BySentence(by_document[wording.document])
        return by_sentence[wording.document].from_sentence(wording.sentence_index, _NEXT_SENTENCES)

    in_brackets: dict[tuple[str, int], list[tuple[Claim, str]]] = {}

    def bracketed(wording: Claim) -> list[tuple[Claim, str]]:
        around = (wording.document, stretch_of(wording))
        if around not in in_brackets:
            in_brackets[around] = _in_brackets(stretches[wording.document].around(wording))
        return in_brackets[around]

    respective_bounds: set[tuple[str, str]] = set()
    listed_wholes = _wholes_listed_for_subjects(corpus)
    for wording in approximate:
        band = wording_band(wording)
        judged: set[tuple[str, str]] = set()
        if _matchable(wording) and not _bounds_a_class(wording):
            for precise in precise_figures.get(_measure(wording), ()):
                if not within_reach(precise, wording):
                    continue  # a long article's far repeat of the measure (see ``REACH``)
                if _same_change(wording, precise) and comparable_units(wording, precise) \
                        and not _another_scale(wording, precise):
                    judged.add((precise.document, precise.id))
                    yield _judged(wording, band, [precise], magnitude(precise), precise.text)
        if wording.kind == "share":
            yield from _judged_share(corpus, wording, band, by_document[wording.document], listed_wholes)
        restated_at_once = _in_one_breath(wording, nearby(wording)) or _said_again_after(wording, nearby(wording))
        if restated_at_once is not None and (restated_at_once.document, restated_at_once.id) not in judged:
            judged.add((restated_at_once.document, restated_at_once.id))
            yield _judged(wording, band, [restated_at_once], magnitude(restated_at_once), restated_at_once.text)
        doubled = (_doubled(wording, by_document[wording.document])
                   or _doubled_from_the_prior_before(wording, by_document[wording.document])
                   or _grown_by_multiples(wording, by_document[wording.document]))
        if doubled is not None:
            figures, growth, shown = doubled
            judged.update((figure.document, figure.id) for figure in figures)
            yield _judged(wording, band, figures, growth, shown)
        month_before = _against_the_month_before(wording, by_document[wording.document])
        if month_before is not None:
            total, month, change = month_before
            judged.update((figure.document, figure.id) for figure in (total, month))
            yield _judged(wording, band, [total, month], change,
                          f"{as_printed(month)} against {as_printed(total)} − {as_printed(month)}, the month before it,")
        each_measure = _each_of_the_measures(wording, nearby(wording))
        judged.update((figure.document, figure.id) for _, figure in each_measure)
        yield from _judged_each_measure(wording, band, each_measure)
        listed = [(place, figure) for place, figure in enumerate(_listed_after(wording, nearby(wording)), start=1)
                  if (figure.document, figure.id) not in judged]
        judged.update((figure.document, figure.id) for _, figure in listed)
        yield from _judged_each_listed(wording, band, listed)
        for subject, subject_figure in _each_of_the_subjects(wording, nearby(wording), bracketed(wording)):
            if (subject_figure.document, subject_figure.id) not in judged:
                judged.add((subject_figure.document, subject_figure.id))
                yield _judged(wording, band, [subject_figure], magnitude(subject_figure),
                              f"{subject_figure.text} for {subject}, one of the subjects it is said of")
        group_listed = [(place, figure) for place, figure in _group_listed_respectively(wording, by_document[wording.document])
                        if (figure.document, figure.id) not in judged]
        judged.update((figure.document, figure.id) for _, figure in group_listed)
        if group_listed:
            yield from _judged_each_listed(wording, band, group_listed)
        for member, member_figure in _each_member_of_the_group(wording, by_document[wording.document]):
            if (member_figure.document, member_figure.id) not in judged:
                judged.add((member_figure.document, member_figure.id))
                yield _judged(wording, band, [member_figure], magnitude(member_figure),
                              f"{member_figure.text} for {member}, one of the group it is said of")
        respective = [(bound, subject, figure) for bound, subject, figure in _respective_bounds(
            wording, nearby(wording), stretches[wording.document].around(wording))
            if figure is None or (figure.document, figure.id) not in judged]
        judged.update((figure.document, figure.id) for _, _, figure in respective if figure is not None)
        if respective:
            # 分别突破600亿元、500亿元: a bound of each subject, not a total of amounts around it.
            respective_bounds.add((wording.document, wording.id))
        yield from _judged_respective(respective)
        restating = nearest([precise for precise in _may_restate(wording, by_value, stretches[wording.document])
                             if (precise.document, precise.id) not in judged and restates(precise, wording)], wording)
        if restating:
            yield _restated(wording, band, restating)
        elif not judged:
            same_measure = _of_its_measure(wording, by_document[wording.document])
            if same_measure:
                yield _judged(wording, band, same_measure[:1], magnitude(same_measure[0]), same_measure[0].text)
    by_magnitude: dict[tuple[str, int], _ByMagnitude] = {}
    for coarse in corpus.claims:
        if qualifier_bound(coarse.qualifier) == "exact":
            around = (coarse.document, stretch_of(coarse))
            if around not in by_magnitude:
                by_magnitude[around] = _ByMagnitude(stretches[coarse.document].around(coarse))
            finer = nearest([claim for claim in by_magnitude[around].overlapping_narrower(coarse)
                             if _rounds_to(claim, coarse)], coarse)
            if finer:
                yield _rounded(coarse, finer[0])
            elif coarse.dimension in AMOUNTS and _heads_the_article(coarse):
                # A title's 32.8万台 for the body's 328,272台: found by the measure, so that a
                # title misprinting the figure is judged against it.
                same_measure = [claim for claim in _of_its_measure(coarse, by_document[coarse.document])
                                if _width(magnitude(claim)) < _width(magnitude(coarse))]
                if same_measure:
                    yield _judged(coarse, rounded_reading(coarse), same_measure[:1], magnitude(same_measure[0]),
                                  same_measure[0].text)
    for ratio in corpus.claims:
        if ratio.kind == "share" and _ratio_in_words(ratio) and not is_approximate(ratio):
            yield from _judged_share(corpus, ratio, ratio_band(ratio), by_document[ratio.document])
        elif _ratio_in_words(ratio) and corpus.linked(ratio, ratio.of_claim) is None:
            pair = (_stated_ratio(ratio, nearby(ratio))
                    or _ratio_of_companies(ratio, stretches[ratio.document].around(ratio))
                    or _ratio_of_amounts(ratio, nearby(ratio)))
            if pair is not None:
                yield _judged(ratio, ratio_band(ratio), list(pair), _quotient(ratio, *pair),
                              f"{as_printed(pair[0])} ÷ {as_printed(pair[1])}")
    for per_day in corpus.claims:
        if _per_day(per_day):
            totals = _total_of_the_days(per_day, by_document[per_day.document])
            if totals:
                yield _judged_per_day(per_day, totals)
    for document_claims in by_document.values():
        for larger, smaller, word in _compared_in_brackets(document_claims):
            yield _compared(larger, smaller, word)
        for larger, smaller, word, subject in _compared_by_name(document_claims):
            yield _compared(larger, smaller, word, subject)
    broken_down: set[tuple[str, str]] = set()
    for wording, parts in _stated_breakdowns(corpus):
        broken_down.add((wording.document, wording.id))
        total, _ = summed(parts)
        shown = " + ".join(as_printed(part) for part in parts)
        yield _judged(wording, wording_band(wording), parts, total, f"{shown}, the parts the text lists of it,")
    for wording in approximate:
        if wording.dimension in AMOUNTS and (wording.document, wording.id) not in broken_down:
            parts = [] if (wording.document, wording.id) in respective_bounds else _summed_parts(wording, nearby(wording))
            if parts:
                total, _ = summed(parts)
                shown = " + ".join(as_printed(part) for part in parts)
                yield _judged(wording, wording_band(wording), parts, total, shown)
            ranked = _gap_to_the_second(wording, by_document[wording.document], bracketed(wording))
            if ranked is not None:
                first, second = ranked
                yield _judged(wording, wording_band(wording), [first, second],
                              claim_interval(first) - claim_interval(second),
                              f"{as_printed(first)} − {as_printed(second)}, the first and second of the ranking,")
                continue
            gap = _gap_between(wording, nearby(wording))
            if gap is not None:
                larger, smaller = gap
                yield _judged(wording, wording_band(wording), [larger, smaller],
                              claim_interval(larger) - claim_interval(smaller),
                              f"{as_printed(larger)} − {as_printed(smaller)}")


# ---------------------------------------------------------------------------------------
# A period's profit by the day (日赚, 日均净赚, 相当于每天赚取): the period's figure over its days

# Words that make an amount the period's profit or loss by the day. A daily average of a balance
# (日均存款) or of a market's turnover (日均成交额, over trading days) is no such figure.
_PER_DAY_PROFIT_WORDS = ("日赚", "日均净赚", "日均赚", "日均盈利", "日均净利", "每天赚", "每天净赚", "每日赚",
                         "每日净赚", "一天赚", "每天盈利", "日进")
_PER_DAY_LOSS_WORDS = ("日亏", "日均亏", "每天亏", "每日亏", "一天亏")
# The measures a period's profit or loss is printed as.
_PROFIT_WORDS = ("净利", "利润", "净赚", "盈利", "纯利", "纯益", "溢利", "获利", "赚")
_LOSS_WORDS = ("亏损", "净亏", "亏")
# Newsrooms divide by the calendar days of the period, or by thirty a month (360 a year): both
# are read, and a per-day figure is wrong only when it fits neither.
_DAYS_A_MONTH = 30
# The per-day words stand right before the figure (相当于每天净赚约6644万元).
_PER_DAY_REACH = 8
_MONTHS_OF = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def _per_day(claim: Claim) -> bool:
    """An amount of money the text gives as a period's profit or loss by the day."""
    # 日赚1.2亿 prints no unit: a title's amount of money all the same.
    if claim.kind != "figure" or claim.dimension not in ("money", "number") or claim.period is None:
        return False
    return _per_day_words(claim) is not None


@claim_cache
def _per_day_words(claim: Claim) -> tuple[str, ...] | None:
    """The words of the measure a per-day figure divides (profit, or loss), read in the words
    right before it in its clause (平均每天赚取9.39亿元, 日亏63.3万元); None for any other figure."""
    at = placed(claim.sentence, [claim])[0][1]
    phrase = claim.metric if at is None else _CLAUSE_BREAK.split(claim.reading[:at])[-1][-_PER_DAY_REACH:]
    if any(word in phrase for word in _PER_DAY_LOSS_WORDS):
        return _LOSS_WORDS
    if any(word in phrase for word in _PER_DAY_PROFIT_WORDS):
        return _PROFIT_WORDS
    return None


def _days_of(period: str) -> Interval | None:
    """The days a per-day figure may be of: the calendar's, or thirty a month."""
    months = _months_of(period)
    if months is None:
        return None
    first_month, last_month = months
    year = period_year(period)
    calendar = (date(year + (last_month == 12), last_month % 12 + 1, 1) - date(year, first_month, 1)).days
    by_thirty = (last_month - first_month + 1) * _DAYS_A_MONTH
    return Interval.of(min(calendar, by_thirty), max(calendar, by_thirty))


def _months_of(period: str) -> tuple[int, int] | None:
    kind = period_kind(period)
    if kind == "year":
        return 1, 12
    if kind == "half":
        return (1, 6) if period.endswith("H1") else (7, 12)
    if kind == "quarter":
        quarter = int(period[-1])
        return 3 * quarter - 2, 3 * quarter
    found = re.fullmatch(r"\d{4}(?:Q1-Q(?P<quarter>[1-4])|M(?P<first>\d{1,2})(?:-M(?P<last>\d{1,2}))?)", period)
    if found is None:
        return None
    if found["quarter"]:
        return 1, 3 * int(found["quarter"])
    first = int(found["first"])
    return first, int(found["last"] or first)


def _total_of_the_days(per_day: Claim, claims: list[Claim]) -> list[Claim]:
    """The period's profit (or loss) a per-day figure divides: the amount of that measure printed
    last before it in its sentence, of its subject (净利润1708.91亿元，平均每天赚取9.39亿元); else the
    body's of its subject and period (前三季度日赚6644万元 and the body's 归母净利润182.05亿元)."""
    loss = _per_day_words(per_day) == _LOSS_WORDS

    def of_the_measure(claim: Claim) -> bool:
        # A loss is printed as a negative profit (归母净利润-2.31亿元) or as a loss (亏损2.31亿元).
        named = any(word in claim.metric for word in _PROFIT_WORDS + _LOSS_WORDS)
        of_its_sign = ((claim.value < 0 or any(word in claim.metric for word in _LOSS_WORDS)) if loss
                       else claim.value > 0 and not any(word in claim.metric for word in _LOSS_WORDS))
        return (claim.id != per_day.id and claim.kind == "figure" and not is_approximate(claim)
                and claim.period == per_day.period and _same_units(claim, per_day) and not _per_day(claim)
                and named and of_its_sign and abs(claim.value) > abs(per_day.value))

    before = [claim for claim in claims if claim.sentence_index == per_day.sentence_index
              and claim.source == per_day.source and claim.offset < per_day.offset and of_the_measure(claim)]
    last = max(before, key=lambda claim: claim.offset) if before else None
    totals = [last] if last is not None and (last.entity == per_day.entity or not is_named(per_day.entity)) else []
    if not is_named(per_day.entity) or (totals and not _heads_the_article(per_day)):
        return totals
    # A subject's own profit elsewhere in the article (南江银行日赚约7.4亿元 beside another bank's
    # profit, and 南江银行上半年实现归母净利润1350.3亿元 in the next sentence); a title's in the body too.
    return totals + [claim for claim in claims if claim.source == "body" and claim.entity == per_day.entity
                     and claim not in totals and of_the_measure(claim) and not _sums_several(claim.metric)]


def _judged_per_day(per_day: Claim, totals: list[Claim]) -> Check:
    """The per-day figure against each total over the days of its period: backed when any of
    them fits (a profit printed as 归母 and as 净利润 may be the one divided)."""
    days = _days_of(per_day.period)
    band = stated_band(per_day).hull(rounded_reading(per_day))
    # The most precise total is shown first (the body's 182.05亿元 before the title's 182亿元).
    totals = sorted(totals, key=lambda total: _width(magnitude(total)) / abs(Fraction(total.value)))
    quotients = [(total, magnitude(total) / days) for total in totals]
    fitting = [(total, quotient) for total, quotient in quotients if band.intersects(quotient)]
    total, quotient = (fitting or quotients)[0]
    passed = bool(fitting)
    band_text = display(stated_band(per_day), per_day)
    said = (f"{as_printed(per_day)} a day means {band_text}; {as_printed(total)} ({total.metric}, {total.period}) "
            f"over the {format_days(days)} days of the period is {display(quotient, per_day)}")
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[per_day, total],
        message=f"{said}, which fits the wording" if passed else f"{said}, which the wording does not describe",
        expected=display(quotient, per_day),
        actual=as_printed(per_day),
        salt="per-day",
    )


def format_days(days: Interval) -> str:
    return str(days.lower) if days.lower == days.upper else f"{days.lower} to {days.upper}"


# ---------------------------------------------------------------------------------------
# What a printed statement says, shared with the headline rule


@claim_cache
def is_approximate(claim: Claim) -> bool:
    """A figure stated as a bound or an approximation (近, 超过, 约, 不足, 余 …)."""
    return qualifier_bound(claim.qualifier) in _APPROXIMATE_BOUNDS


def wording_band(claim: Claim) -> Interval:
    """The magnitudes the approximate wording allows, by the semantics of the docstring."""
    stated = abs(Fraction(claim.value))
    bound = qualifier_bound(claim.qualifier)
    if bound == "below":
        return Interval(stated * _NEAR_SHARE, stated)
    if bound == "atmost":
        return Interval(None, stated)
    if bound == "around":
        spread = Interval(stated * (1 - _AROUND_SPREAD), stated * (1 + _AROUND_SPREAD))
        rounding = magnitude(claim)
        return rounding if _width(rounding) > _width(spread) else spread
    if claim.qualifier in _AND_SOME:
        return Interval(stated, stated + _last_digit_step(claim.value))
    return Interval(stated, None)


def stated_band(claim: Claim) -> Interval:
    """What the figure's words assert about its magnitude: a bound, or the rounding of its digits."""
    return wording_band(claim) if is_approximate(claim) else magnitude(claim)


@claim_cache
def magnitude(claim: Claim) -> Interval:
    """A claim's interval without its sign: a growth of −28.6% is a fall of 28.6%."""
    values = claim_interval(claim)
    return -values if claim.value < 0 else values


def rounded_reading(claim: Claim) -> Interval:
    """The widest reasonable reading of a precise amount: trailing zeros of a whole number may
    be rounding (8080亿 may be 8075亿 to 8085亿, 1250亿元 1245亿元 to 1255亿元)."""
    if is_approximate(claim):
        return wording_band(claim)
    printed = magnitude(claim)
    if claim.dimension not in AMOUNTS or not printed.bounded:
        return printed
    step = _width(printed)
    if step <= 0:
        return printed
    digits = abs(Fraction(claim.value)) / step
    if digits.denominator != 1 or digits == 0:
        return printed
    zeros = 0
    whole = digits.numerator
    while whole % 10 == 0:
        whole //= 10
        zeros += 1
    if zeros == 0:
        return printed
    half = step * 10**zeros / 2
    centre = abs(Fraction(claim.value))
    return Interval(centre - half, centre + half)


def entailment(stated: Interval, stated_is_bound: bool, evidence: Interval, evidence_is_bound: bool) -> str:
    """How a statement stands to the figure offered for it (IMPLIES … CONTRADICTS).

    The evidence backs the statement when it implies it. A precise figure whose rounding
    reaches over the statement's edge may still be read inside it (rounding). A bound only
    backs a bound it lies within: 超过12万户 does not back 超过16万户.
    """
    if _within(evidence, stated):
        return IMPLIES
    if not evidence.intersects(stated):
        return CONTRADICTS
    if not evidence_is_bound:
        return ROUNDING
    if not stated_is_bound and _within(stated, evidence):
        return MORE_PRECISE
    return NOT_IMPLIED


def judge(statement: Claim, evidence: Claim) -> str:
    """The entailment of two claims, reading trailing zeros as rounding before refuting."""
    verdict = entailment(stated_band(statement), is_approximate(statement),
                         stated_band(evidence), is_approximate(evidence))
    if verdict == CONTRADICTS and rounded_reading(statement).intersects(rounded_reading(evidence)):
        return ROUNDING
    return verdict


def restates(precise: Claim, wording: Claim) -> bool:
    """A precise figure of the wording's article that says the same thing with more digits.

    Found by value: same kind (a rate may be printed as a share or a plain figure), units,
    direction and period as far as they are known, and within one step of the wording's last
    digit (超142亿元 and 142.32亿元; 近1395亿元 and 1394.93亿元). The company is not asked: within
    one article the value itself ties the two, and such a match only ever confirms; nor is the
    period, when the wording has three digits or more (7429亿 is 7429亿元, whatever period a
    look back in one of the sentences gave it). A finer bound restates a coarser one it implies
    (超过了3亿2166万套 of 超过3.21亿套).
    """
    if precise.document != wording.document or precise.id == wording.id:
        return False
    if is_approximate(precise) and not _finer_bound(precise, wording):
        return False
    distinctive = significant_digits(wording) >= _DISTINCTIVE_DIGITS
    # A rate the grammar read without its verb (均实现超10%的同比增长) may meet a growth; a growth
    # is never restated by a plain rate (升9% is not an 8.84% return on equity).
    verbless = wording.kind == "figure" and precise.kind == "growth"
    if not comparable(precise, wording, same_company=False, same_period=False, rate_as_figure=verbless):
        return False
    if not (distinctive or periods_overlap(precise.period, wording.period)):
        return False
    if not _printed_finer(precise, wording):
        return False
    return near_band(wording).contains(abs(Fraction(precise.value))) and judge(wording, precise) in BACKED


def nearest(found: list[Claim], wording: Claim) -> list[Claim]:
    """The restatements to report: those in the wording's sentence or the next two (126's 均实现
    超10% and the two rates after it), else the closest few; a round-up ranking many companies
    prints a dozen figures above 超过10亿元, and the nearest are the likeliest meant. Those of
    the wording's very period come first (在9月又凭借过万的交付量 is September's 10628辆, not
    October's 10138辆 printed right after it)."""
    of_its_period = [claim for claim in found if wording.period is not None and claim.period == wording.period]
    if of_its_period:
        found = of_its_period
    by_distance = sorted(found, key=lambda claim: (abs(claim.sentence_index - wording.sentence_index), claim.offset))
    close = [claim for claim in by_distance if 0 <= claim.sentence_index - wording.sentence_index <= _NEXT_SENTENCES]
    return close or by_distance[:_FEW_RESTATEMENTS]


# A figure of the wording's measure ten times larger or smaller is another figure of it (每10股派发
# 现金股利12.5元 beside 合计派发现金股利约248.6亿元: per share, per day, a total), not its restatement.
_ANOTHER_SCALE = 10


def _another_scale(wording: Claim, precise: Claim) -> bool:
    if wording.dimension not in AMOUNTS or not wording.value or not precise.value:
        return False
    return not _within_a_factor(precise.value, wording.value, _ANOTHER_SCALE)


def _within_a_factor(value: Decimal, reference: Decimal, factor: int) -> bool:
    """|value| is within ``factor`` times |reference|, either way."""
    size = abs(Fraction(reference))
    return size / factor <= abs(Fraction(value)) <= size * factor


def _in_one_breath(wording: Claim, claims: list[Claim]) -> Claim | None:
    """The precise figure the wording's own clause goes on to give: 超5亿元，达到5.687亿元;
    首次站上800亿元，达到832.72亿元. The next figure of the sentence, of the same units and kind,
    with no metric of its own between them (only 达到, 为): the same measure, stated twice, so
    it can prove the wording wrong."""
    following = sorted(
        (claim for claim in claims
         if claim.sentence_index == wording.sentence_index and claim.offset > wording.offset),
        key=lambda claim: claim.offset,
    )
    if not following:
        return None
    after = following[0]
    if (after.kind != wording.kind or is_approximate(after) or after.metric_key
            or not _same_units(after, wording) or not comparable(after, wording, same_company=False)):
        return None
    return after


def _said_again_after(wording: Claim, claims: list[Claim]) -> Claim | None:
    """The precise figure the wording rounds off right after it, in apposition: 员工总数为19640人，
    近2万人; 实现营业收入203.8亿元，首次突破200亿元. The sentence's figure just before, of the same
    kind and units, with only a comma and a word of when (首次, 已) between them, and nothing
    after the wording but the end of its clause (or 大关): the same measure said twice, so it
    can prove the wording wrong. 营收203.8亿元，近150亿元来自海外 goes on to name another measure."""
    if not wording.qualifier:
        return None
    in_sentence = sorted((claim for claim in claims if claim.sentence_index == wording.sentence_index),
                         key=lambda claim: claim.offset)
    position = next((index for index, claim in enumerate(in_sentence) if claim.id == wording.id), None)
    if not position:
        return None
    before = in_sentence[position - 1]
    at = dict((claim.id, found) for claim, found in placed(wording.sentence, in_sentence))
    before_at, wording_at = at.get(before.id), at.get(wording.id)
    if before_at is None or wording_at is None:
        return None
    between = wording.reading[before_at + len(before.text):wording_at]
    after = wording.reading[wording_at + len(wording.text):]
    if not (between.endswith(wording.qualifier) and _APPOSITION.fullmatch(between[: -len(wording.qualifier)])
            and _CLAUSE_ENDS_AFTER_BOUND.match(after)):
        return None
    if (before.kind != wording.kind or is_approximate(before) or not _same_units(before, wording)
            or not comparable(before, wording, same_company=False)):
        return None
    return before


def _each_of_the_subjects(wording: Claim, claims: list[Claim],
                          bracketed: list[tuple[Claim, str]]) -> list[tuple[str, Claim]]:
    """The figures of the subjects a bound is said of one by one: 甲证券和乙证券2家公司海外营收
    占比均超过四分之一 …… 排名前3分别是甲证券（23.54%）、乙证券（20.83%）; 甲证券（6415亿元）和
    乙证券（6109亿元）的总资产均超过六千亿.

    The subjects are the names printed in the wording's clause (after any earlier bound of its
    sentence); each one's figure is a precise one of the wording's kind and units that stands
    right after that name in brackets, or after the name of its company in its clause, in the
    wording's sentence before it or in the next two. A list naming two subjects or more, or one
    with 均/都, says the bound of each; 合计 or 分别 say something else. A subject printed with
    two values, or with a figure not within a factor of two of the bound (another measure of
    it), is passed over. When none of the subjects has its figure there, a ranking elsewhere in
    the article may print them (``_subjects_in_a_ranking``)."""
    bound = qualifier_bound(wording.qualifier)
    if bound not in ("above", "below", "atmost"):
        return []
    in_sentence = sorted((claim for claim in claims if claim.sentence_index == wording.sentence_index),
                         key=lambda claim: claim.offset)
    at = {claim.id: position for claim, position in placed(wording.sentence, in_sentence)}
    wording_at = at.get(wording.id)
    if wording_at is None:
        return []
    start = max((at[claim.id] + len(claim.text) for claim in in_sentence
                 if is_approximate(claim) and claim.id != wording.id and at.get(claim.id) is not None
                 and at[claim.id] < wording_at), default=0)
    start = max(start, _clause_start(wording.reading, wording_at))
    subjects_text = wording.reading[start:wording_at]
    if any(word in subjects_text for word in _TOGETHER_WORDS):
        return []
    candidates = [claim for claim in claims if not is_approximate(claim) and (
        (claim.sentence_index == wording.sentence_index and start <= at.get(claim.id, -1) < wording_at)
        or 0 < claim.sentence_index - wording.sentence_index <= _NEXT_SENTENCES)]
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for claim in candidates:
        if not _may_be_each(claim, wording):
            continue
        name = _subject_named(claim, subjects_text)
        if name is not None:
            by_subject[name].append(claim)
    if not by_subject:
        return _subjects_in_a_ranking(wording, wording_at, subjects_text, bracketed)
    if (len(by_subject) < _FEWEST_PARTS and not any(word in subjects_text for word in _EACH_WORDS)):
        return []
    return [(subject, figures[0]) for subject, figures in by_subject.items()
            if len({abs(claim.value) for claim in figures}) == 1]


# 三巨头, 三大巨头, 四大行, 两家: a group counted by its members.
_COUNTED_GROUP = re.compile(r"(?P<count>[两二三四五六七八九十])\s*大?\s*(?P<noun>巨头|行|家)")
# 扣非净利润 is another measure than the 净利润 a bound speaks of.
_ADJUSTED = re.compile(r"扣非|扣除")
# A member is found by the first characters of its name (东川 of 东川电器): the group's names must
# differ in them.
_MEMBER_FRAGMENT = 2
_GROUP_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# The words between a group's members and its name: 甲、乙、丙这三家, 甲、乙、丙依然是“三巨头”.
_MEMBERS_THEN_GROUP = re.compile(r"(?:这|等|依然是|仍是|都是|是|为|并称为?|合称)?\s*[\"“”「」『』'‘’]?\s*$")


def _each_member_of_the_group(wording: Claim, claims: list[Claim]) -> list[tuple[str, Claim]]:
    """家电“三巨头”去年净利润均实现超10%增长 …… 甲、乙、丙依然是“三巨头” …… 丙2023年实现净利润
    88.2亿元，同比增长10.6%: a bound said of each (均, 都) of a group counted
    by its members is said of every member the article names for it — the names listed right
    before the group's count and noun, as many as it counts. Each member's figure is a precise one
    of the wording's kind, measure, period and direction in a sentence that names that member (by
    the first characters of its name) and no other, one value. Found by names, so it can refute."""
    if qualifier_bound(wording.qualifier) not in ("above", "below", "atmost") or wording.period is None:
        return []
    reading = wording.reading
    at = placed(wording.sentence, [wording])[0][1]
    if at is None:
        return []
    subjects_text = reading[_clause_start(reading, at):at]
    group = _COUNTED_GROUP.search(subjects_text)
    measure = measure_of(wording.metric)
    if group is None or measure is None or not any(word in subjects_text[group.end():] for word in _EACH_WORDS):
        return []
    count, noun = _GROUP_COUNTS[group.group("count")], group.group("noun")
    members = _members_named(claims, count, noun)
    if members is None:
        return []
    found = []
    for member in members:
        figures = {claim.value: claim for claim in claims
                   if claim.kind == wording.kind and not is_approximate(claim) and claim.period == wording.period
                   and claim.direction == wording.direction and claim.source == "body"
                   and measure_of(claim.metric) == measure and _may_be_each(claim, wording)
                   and bool(_ADJUSTED.search(claim.metric)) == bool(_ADJUSTED.search(wording.metric))
                   and _names_only(claim, member, members)}
        if len(figures) == 1:
            found.append((member, next(iter(figures.values()))))
    return found


def _group_listed_respectively(wording: Claim, claims: list[Claim]) -> list[tuple[int, Claim]]:
    """三家银行前三季度净利润均超百亿 …… 甲银行、乙银行、丙银行分别实现归母净利润286.4亿元、175.2亿元、
    91.6亿元: a bound said of each (均, 都) of a group counted in a title or a heading, and the
    article's one 分别 list of as many figures of the bound's measure, kind, units and period:
    each member's figure, by its place in the list. Found by the count and the measure, so it can
    refute."""
    if qualifier_bound(wording.qualifier) not in ("above", "below", "atmost") or wording.period is None:
        return []
    if not _heads_the_article(wording):
        return []
    at = placed(wording.sentence, [wording])[0][1]
    if at is None:
        return []
    subjects_text = wording.reading[_clause_start(wording.reading, at):at]
    group = _COUNTED_GROUP.search(subjects_text)
    measure = measure_of(wording.metric)
    if group is None or measure is None or not any(word in subjects_text[group.end():] for word in _EACH_WORDS):
        return []
    count = _GROUP_COUNTS[group.group("count")]
    listings = []
    for sentence_index in sorted({claim.sentence_index for claim in claims if claim.source == "body"}):
        in_sentence = sorted((claim for claim in claims if claim.sentence_index == sentence_index and claim.source == "body"),
                             key=lambda claim: claim.offset)
        sentence = in_sentence[0].reading
        respectively = max((sentence.find(word) for word in _RESPECTIVELY), default=-1)
        if respectively < 0:
            continue
        places = dict((claim.id, place) for claim, place in placed(in_sentence[0].sentence, in_sentence))
        listed = [claim for claim in in_sentence if (places.get(claim.id) or -1) > respectively
                  and claim.kind == wording.kind and not is_approximate(claim) and _same_units(claim, wording)
                  and measure_of(claim.metric) == measure and claim.period == wording.period]
        if listed:
            listings.append(listed)
    if len(listings) != 1 or len(listings[0]) != count:
        return []
    return list(enumerate(listings[0], start=1))


def _members_named(claims: list[Claim], count: int, noun: str) -> list[str] | None:
    """The names the article lists as the group (甲、乙、丙依然是“三巨头”): the first two
    characters of each, from the one listing of them all the article prints; None when it prints
    none or two that differ. Only the sentences that print a figure are read (a rule sees the
    article through its claims)."""
    listings: set[tuple[str, ...]] = set()
    for sentence in {claim.reading for claim in claims}:
        for group in _COUNTED_GROUP.finditer(sentence):
            if _GROUP_COUNTS[group.group("count")] != count or group.group("noun") != noun:
                continue
            before = _CLAUSE_BREAK.split(sentence[:group.start()])[-1]
            gap = _MEMBERS_THEN_GROUP.search(before)
            names = [name.strip() for name in _LISTED_NAME_BREAK.split(before[:gap.start()] if gap else before)]
            fragments = tuple(name[:_MEMBER_FRAGMENT] for name in names)
            if (len(names) == count and all(len(name) >= _MEMBER_FRAGMENT and re.fullmatch(r"[\u4e00-\u9fff]+", name)
                                             and not names_a_measure(name) for name in fragments)
                    and len(set(fragments)) == count):
                listings.add(fragments)
    return list(next(iter(listings))) if len(listings) == 1 else None


def _names_only(claim: Claim, member: str, members: list[str]) -> bool:
    """The figure's sentence names the member before it and no other member of the group."""
    at = placed(claim.sentence, [claim])[0][1]
    if at is None:
        return False
    before = claim.reading[:at]
    return member in before and not any(other in before for other in members if other != member)


def _listed_after(wording: Claim, claims: list[Claim]) -> list[Claim]:
    """The figures a bound said of several subjects goes on to give them one by one: 甲酒业、乙酒业
    也相继宣布去年营收突破200亿元，分别以231.5亿元和204.7亿元的营收位列…

    Right after the bound, in its sentence: 分别 (以, 为, 达…), then two figures or more of the
    bound's kind and units, with only a list's separators between them, as many as the names
    the bound's clause lists before it. Found by their places, not their values, so each can
    prove the bound wrong."""
    if qualifier_bound(wording.qualifier) not in ("above", "below", "atmost"):
        return []
    following = sorted((claim for claim in claims if claim.sentence_index == wording.sentence_index
                        and claim.source == wording.source and claim.offset > wording.offset),
                       key=lambda claim: claim.offset)
    if len(following) < _FEWEST_PARTS:
        return []
    located = placed(wording.sentence, [wording, *following])
    wording_at = located[0][1]
    if wording_at is None:
        return []
    cursor = wording_at + len(wording.text)
    listed: list[Claim] = []
    for claim, at in located[1:]:
        if at is None:
            break
        between = wording.reading[cursor:at]
        if not (_RESPECTIVELY_AFTER_BOUND if not listed else _LIST_SEPARATOR).fullmatch(between):
            break
        if (is_approximate(claim) or not comparable(claim, wording, same_company=False, same_period=False)
                or not _same_units(claim, wording)):
            return []
        listed.append(claim)
        cursor = at + len(claim.text)
    if len(listed) < _FEWEST_PARTS:
        return []
    clause = wording.reading[_clause_start(wording.reading, wording_at):wording_at]
    names = [name for name in _LISTED_NAME_BREAK.split(clause) if name.strip()]
    return listed if len(names) == len(listed) else []


def _judged_respective(respective: list[tuple[Claim, str, Claim | None]]) -> Iterator[Check]:
    """One check when every subject 分别 gives a bound has its figure and each fits (the statement
    is one), else one at each figure found."""
    if respective and all(figure is not None and wording_band(bound).intersects(magnitude(figure))
                          for bound, _, figure in respective):
        bounds = [bound for bound, _, _ in respective]
        figures = [figure for _, _, figure in respective if figure is not None]
        shown = "; ".join(f"{as_printed(bound)} means {display(wording_band(bound), bound)} and {subject} "
                          f"prints {figure.text}" for bound, subject, figure in respective if figure is not None)
        yield make_check(
            ID, SEVERITY,
            passed=True,
            claims=[*bounds, *figures],
            message=f"{shown}: each subject 分别 gives a bound passes it",
            expected="; ".join(display(wording_band(bound), bound) for bound in bounds),
            actual=", ".join(figure.text for figure in figures),
            salt="respective",
        )
        return
    for bound, subject, figure in respective:
        if figure is not None:
            yield _judged(bound, wording_band(bound), [figure], magnitude(figure),
                          f"{figure.text} for {subject}, the subject 分别 gives it to")


def _respective_bounds(wording: Claim, claims: list[Claim],
                       around: list[Claim]) -> list[tuple[Claim, str, Claim | None]]:
    """Bounds 分别 gives the subjects listed before it, one each: 甲金控、乙金控前七月获利分别突破
    600亿元、500亿元 …… 甲金控7月自结税后纯益110.3亿元，累计前七月税后纯益623.7亿元.

    The bound's qualifier stands right after 分别 and before the first figure; the figures after
    it, joined only by a list's separators, share it, one per name the clause lists before 分别.
    Each subject's figure is found in the sentences that open with its name (three characters or
    more of it): the one value among their precise amounts of the bound's units, within a factor
    of two of the bound and of its period where both are known. Found by their places and
    names, so each can prove its bound wrong. Gives (the bound, the subject, its figure or None)
    for each bound."""
    if qualifier_bound(wording.qualifier) not in ("above", "below", "atmost") or not wording.qualifier:
        return []
    in_sentence = sorted((claim for claim in claims if claim.sentence_index == wording.sentence_index
                          and claim.source == wording.source), key=lambda claim: claim.offset)
    located = placed(wording.sentence, in_sentence)
    position = next((index for index, (claim, _) in enumerate(located) if claim.id == wording.id), None)
    if position is None or located[position][1] is None:
        return []
    wording_at = located[position][1]
    before = wording.reading[:wording_at].rstrip()
    if not before.endswith(wording.qualifier):
        return []
    before = before[:-len(wording.qualifier)].rstrip()
    respectively = next((word for word in _RESPECTIVELY if before.endswith(word)), None)
    if respectively is None:
        return []
    bounds = [wording]
    cursor = wording_at + len(wording.text)
    for claim, at in located[position + 1:]:
        if at is None or not _BOUND_LIST_SEPARATOR.fullmatch(wording.reading[cursor:at]):
            break
        if not _same_units(claim, wording) or (is_approximate(claim) and claim.qualifier != wording.qualifier):
            return []
        bounds.append(claim if claim.qualifier == wording.qualifier else claim.model_copy(
            update={"qualifier": wording.qualifier}))
        cursor = at + len(claim.text)
    start = _clause_start(wording.reading, wording_at)
    names = [name.strip() for name in _LISTED_NAME_BREAK.split(before[start:-len(respectively)])]
    if len(bounds) < _FEWEST_PARTS or len(names) != len(bounds) or not all(names):
        return []
    openings: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in around:
        if (claim.document == wording.document and claim.sentence_index != wording.sentence_index
                and claim.kind == "figure" and claim.dimension in AMOUNTS and not is_approximate(claim)):
            openings[(claim.source, claim.sentence_index)].append(claim)
    found = []
    for bound, name in zip(bounds, names):
        stated = abs(Fraction(bound.value))
        figures = [claim for figures in openings.values() for claim in figures
                   if _opens_with_a_name_in(claim.reading, name) and _same_units(claim, bound)
                   and _within_a_factor(claim.value, wording.value, _SAME_MEASURE_FACTOR)
                   and (periods_compatible(claim.period, wording.period) or _running_total_to(claim, wording.period))]
        if figures and len({claim.value for claim in figures}) == 1:
            found.append((bound, _opening_name(figures[0].reading), figures[0]))
        else:
            found.append((bound, name, None))
    return found if any(figure is not None for _, _, figure in found) else []


def _running_total_to(claim: Claim, period: str | None) -> bool:
    """A running total (累计) dated by its last month is the year to that month: 7月…累计税后纯益
    547.7亿元 is January to July's."""
    if not claim.cumulative or claim.period is None or period is None:
        return False
    month = _MONTH.fullmatch(claim.period)
    return month is not None and period == f"{month.group('year')}M1-M{month.group('month')}"


def _opening_name(sentence: str) -> str:
    """The words a sentence opens with, up to its first digit or punctuation (甲金控7月…: 甲金控)."""
    opening = _OPENING_WORDS.match(sentence.lstrip())
    return opening.group(0) if opening else ""


def _opens_with_a_name_in(sentence: str, listed: str) -> bool:
    """The sentence opens with a name the listed words hold: three characters or more of its
    opening words (甲金控 in 双雄甲金控（2881）; not 甲国 of 甲国世华银 in 甲国金前七月获利), naming
    no period or measure (前七月 and 前七月获利 stand in 甲国金前七月获利 too)."""
    opening = _opening_name(sentence)
    for length in range(len(opening), _SHORTEST_NAME - 1, -1):
        name = opening[:length]
        if name in listed:
            return _PERIOD_OPENING.match(name) is None and not any(head in name for head in _MEASURE_WORDS)
    return False


# 比1月份, 较上月, 环比: a change against the month before the wording's own.
_AGAINST_A_MONTH = re.compile(r"(?:比|较|较之|相比)(?:(?P<month>\d{1,2})\s*月份?|上月|上个月)|环比")


def _against_the_month_before(wording: Claim, claims: list[Claim]) -> tuple[Claim, Claim, Interval] | None:
    """今年前两个月累计保费收入为812亿元……其中2月保费收入为305亿元，比1月份下降近四成: the month
    compared with is not printed, but the running total of it and the wording's month is, so it
    is that total less the month's own figure. The month's figure is the amount right before the
    wording in its sentence, dated by the wording's month; the total the one value of its measure,
    entity and units dated by the two months. Gives the total, the month's figure and the change
    of the month against the one before it, in per cent with the wording's sign."""
    month = _MONTH.fullmatch(wording.period or "")
    if wording.kind != "growth" or month is None or wording.direction is None:
        return None
    year, number = month.group("year"), int(month.group("month"))
    in_sentence = sorted((claim for claim in claims if claim.sentence_index == wording.sentence_index
                          and claim.source == wording.source), key=lambda claim: claim.offset)
    located = placed(wording.sentence, in_sentence)
    position = next((index for index, (claim, _) in enumerate(located) if claim.id == wording.id), None)
    if position is None or position == 0 or located[position][1] is None or located[position - 1][1] is None:
        return None
    current, current_at = located[position - 1]
    clause = wording.reading[current_at + len(current.text):located[position][1]]
    compared = _AGAINST_A_MONTH.search(clause)
    if compared is None or len(_CLAUSE_BREAK.findall(clause)) > 1 or number < 2:
        return None
    if compared.group("month") is not None and int(compared.group("month")) != number - 1:
        return None
    if (current.kind != "figure" or current.dimension not in AMOUNTS or is_approximate(current)
            or current.period != wording.period or current.value <= 0 or wording.of_claim not in (None, current.id)):
        return None
    measure = measure_of(current.metric)
    running = f"{year}M{number - 1}-M{number}"
    totals = {claim.value: claim for claim in claims
              if claim.period == running and claim.kind == "figure" and claim.source == current.source
              and claim.dimension == current.dimension and _same_units(claim, current) and measure is not None
              and measure_of(claim.metric) == measure and _the_month_is_of_the_total(claim, current)
              and not claim.forecast}
    if len(totals) != 1:
        return None
    total = next(iter(totals.values()))
    before = claim_interval(total) - claim_interval(current)
    if not before.positive:
        return None
    change = (claim_interval(current) / before).scale(100) - Interval.point(100)
    return total, current, (-change if wording.direction == "down" else change)


# Words that make a figure the market's or the economy's, not one company's.
_MARKET_WORDS = re.compile(r"全国|全行业|行业|全市场|市场|我国|全球")


def _the_month_is_of_the_total(total: Claim, month: Claim) -> bool:
    """The month's figure is of the running total's subject: the same, or left unnamed after a
    named total (东岭保险累计保费收入……其中2月保费收入); never a company's month against the market's
    total (全国保险业累计保费收入……甲保险2月保费收入)."""
    if _MARKET_WORDS.search(total.metric) and not _MARKET_WORDS.search(month.metric):
        return False
    return total.entity == month.entity or (is_named(total.entity) and not is_named(month.entity))


def _doubled(wording: Claim, claims: list[Claim]) -> tuple[list[Claim], Interval, str] | None:
    """What a doubling word (翻倍, 翻了一番) is said of, when its sentence prints it:

    - the growth rate right after it (研发费用较上年翻倍，同比增长106.3%): the same change twice;
    - the amount right before it and the year-ago amount in brackets right after it
      (服务费达5.14亿元，同比翻倍（去年同期为2.59亿元）): the growth the two amounts make.

    Found by their places, not their values, so they can prove the word wrong."""
    if wording.qualifier not in DOUBLING_WORDS:
        return None
    in_sentence = sorted((claim for claim in claims if claim.sentence_index == wording.sentence_index),
                         key=lambda claim: claim.offset)
    at = {claim.id: position for claim, position in placed(wording.sentence, in_sentence)}
    position = next((index for index, claim in enumerate(in_sentence) if claim.id == wording.id), None)
    wording_at = at.get(wording.id)
    if position is None or wording_at is None:
        return None
    after = in_sentence[position + 1] if position + 1 < len(in_sentence) else None
    before = in_sentence[position - 1] if position > 0 else None
    after_at = at.get(after.id) if after is not None else None
    if after is None or after_at is None:
        return None
    between = wording.reading[wording_at + len(wording.text):after_at]
    if (after.kind == "growth" and after.dimension == "percent" and not is_approximate(after)
            and (after.direction in (None, "up")) and after.value > 0 and _DOUBLING_THEN_RATE.fullmatch(between)):
        return [after], magnitude(after), after.text
    before_at = at.get(before.id) if before is not None else None
    if (before is None or before_at is None or before.kind != "figure" or after.kind != "figure"
            or before.dimension not in AMOUNTS or is_approximate(before) or is_approximate(after)
            or not _same_units(before, after)):
        return None
    if not (_DOUBLING_AFTER_AMOUNT.fullmatch(wording.reading[before_at + len(before.text):wording_at])
            and _DOUBLING_THEN_PRIOR.fullmatch(between)):
        return None
    current, prior = claim_interval(before), claim_interval(after)
    if not (current.nonnegative and prior.positive):
        return None
    growth = (current / prior).scale(100) - Interval.point(Fraction(100))
    return [before, after], growth, f"{as_printed(before)} against {as_printed(after)}, a growth that"


def _doubled_from_the_prior_before(wording: Claim, claims: list[Claim]) -> tuple[list[Claim], Interval, str] | None:
    """A doubling word right after the year-ago amount the sentence compares with (研发投入4.12亿元，
    较上年同期的2.05亿元翻了一番): the growth the two amounts make, found by their places."""
    if wording.qualifier not in DOUBLING_WORDS:
        return None
    pair = _amount_and_its_prior_before(wording, claims, _PRIOR_THEN_DOUBLING)
    if pair is None:
        return None
    current, prior = pair
    growth = (claim_interval(current) / claim_interval(prior)).scale(100) - Interval.point(Fraction(100))
    return [current, prior], growth, f"{as_printed(current)} against {as_printed(prior)}, a growth that"


def _amount_and_its_prior_before(wording: Claim, claims: list[Claim],
                                 then: re.Pattern[str]) -> tuple[Claim, Claim] | None:
    """The two amounts right before the wording in its sentence, the second the year-ago value of
    the first (X，比/较去年同期的Y), with only ``then`` between the second and the wording."""
    in_sentence = sorted((claim for claim in claims if claim.sentence_index == wording.sentence_index),
                         key=lambda claim: claim.offset)
    position = next((index for index, claim in enumerate(in_sentence) if claim.id == wording.id), None)
    if position is None or position < 2:
        return None
    current, prior = in_sentence[position - 2], in_sentence[position - 1]
    at = {claim.id: place for claim, place in placed(wording.sentence, [current, prior, wording])}
    if any(at.get(claim.id) is None for claim in (current, prior, wording)):
        return None
    if (current.kind != "figure" or prior.kind != "figure" or current.dimension not in AMOUNTS
            or is_approximate(current) or is_approximate(prior) or not _same_units(current, prior)):
        return None
    sentence = wording.reading
    if not (_YEAR_AGO_AFTER_AMOUNT.fullmatch(sentence[at[current.id] + len(current.text):at[prior.id]])
            and then.fullmatch(sentence[at[prior.id] + len(prior.text):at[wording.id]])):
        return None
    if not (claim_interval(current).nonnegative and claim_interval(prior).positive):
        return None
    return current, prior


def _grown_by_multiples(wording: Claim, claims: list[Claim]) -> tuple[list[Claim], Interval, str] | None:
    """A growth in multiples after the two amounts it relates: 税后纯益279.93亿元，比去年同期的
    140亿元，成长近1倍 — the amount, its year-ago value after 比/较…的, then the growth verb and the
    multiple (1倍 more is a doubling). Found by their places, not their values."""
    if wording.dimension != "multiple":
        return None
    pair = _amount_and_its_prior_before(wording, claims, _GROWN_BY)
    if pair is None:
        return None
    current, prior = pair
    growth = claim_interval(current) / claim_interval(prior) - Interval.point(Fraction(1))
    return [current, prior], growth, f"{as_printed(current)} against {as_printed(prior)}, a growth that"


def _each_of_the_measures(wording: Claim, claims: list[Claim]) -> list[tuple[str, Claim]]:
    """The figures of the measures a bound is said of one by one: 营收与归母净利润均实现超10%的同比
    增长 …… 实现营业收入117.4亿元，同比增长10.40%；实现净利润51.96亿元，同比增长10.42%.

    The measures are the names the wording's metric lists (与, 和, 及, 、) before 均/都, each naming
    a measure word; each one's figure is the first precise one of the wording's kind and units,
    in the wording's sentence after it or in the next two, whose metric is that name or holds
    it (归母净利润 and 净利润). Only when every measure finds its figure, all in one sentence:
    the sentence that prints them all is the one the bound sums up, whatever their values."""
    if qualifier_bound(wording.qualifier) not in ("above", "below", "atmost") or not wording.metric_key:
        return []
    if not any(word in wording.metric for word in _EACH_WORDS):
        return []
    names = [name for name in _MEASURE_LIST_BREAK.split(wording.metric_key) if name]
    if len(names) < _FEWEST_PARTS or not all(any(head in name for head in _MEASURE_WORDS) for name in names):
        return []
    following = sorted(
        (claim for claim in claims
         if not is_approximate(claim) and claim.metric_key and (
             (claim.sentence_index == wording.sentence_index and claim.offset > wording.offset)
             or 0 < claim.sentence_index - wording.sentence_index <= _NEXT_SENTENCES)
         and comparable(claim, wording, same_company=False, same_period=False,
                        rate_as_figure=wording.kind == "figure" and claim.kind == "growth")),
        key=lambda claim: (claim.sentence_index, claim.offset),
    )
    found: list[tuple[str, Claim]] = []
    for name in names:
        figure = next((claim for claim in following if _names_the_measure(claim.metric_key, name)
                       and all(claim.id != taken.id for _, taken in found)), None)
        if figure is None:
            return []
        found.append((name, figure))
    return found if len({figure.sentence_index for _, figure in found}) == 1 else []


def _judged_each_measure(wording: Claim, band: Interval, each_measure: list[tuple[str, Claim]]) -> Iterator[Check]:
    """One check when every measure's figure fits the bound, else one at each that does not."""
    missing = [(name, figure) for name, figure in each_measure if not band.intersects(magnitude(figure))]
    if each_measure and not missing:
        figures = [figure for _, figure in each_measure]
        shown = " and ".join(f"{figure.text} ({name})" for name, figure in each_measure)
        spanned = magnitude(figures[0])
        for figure in figures[1:]:
            spanned = spanned.hull(magnitude(figure))
        yield _judged(wording, band, figures, spanned, f"{shown}, the measures it is said of,")
    for name, figure in missing:
        yield _judged(wording, band, [figure], magnitude(figure),
                      f"{figure.text} for {name}, one of the measures it is said of")


def _judged_each_listed(wording: Claim, band: Interval, listed: list[tuple[int, Claim]]) -> Iterator[Check]:
    """One check when every figure 分别 gives fits the bound (the statement is one), else one at
    each that does not."""
    missing = [(place, figure) for place, figure in listed if not band.intersects(magnitude(figure))]
    if listed and not missing:
        figures = [figure for _, figure in listed]
        spanned = magnitude(figures[0])
        for figure in figures[1:]:
            spanned = spanned.hull(magnitude(figure))
        shown = " and ".join(figure.text for figure in figures)
        yield _judged(wording, band, figures, spanned, f"{shown}, the figures 分别 then gives the subjects it is said of,")
    for place, figure in missing:
        yield _judged(wording, band, [figure], magnitude(figure),
                      f"{figure.text}, the figure 分别 then gives subject {place} of those it is said of")


def _names_the_measure(key: str, name: str) -> bool:
    return key == name or (min(len(key), len(name)) >= _FEWEST_PARTS and (key in name or name in key))


def _of_its_measure(wording: Claim, claims: list[Claim]) -> list[Claim]:
    """The precise figures of the wording's article that print its measure, when nothing was
    found by the measure's very key or by value: a metric phrase sharing a measure word of
    three characters or more with the wording's (超1130亿元的投资收益 and 投资收益额1131.80亿元;
    上半年游戏销售收入近1395億元 and 游戏市场实际销售收入1394.93億元), of its kind, units and
    year, within a factor of two of it, all of one value. Pairing by the measure, not by the
    value, lets an altered wording be judged against the figure it restates."""
    if wording.dimension not in (*AMOUNTS, "percent") or not wording.metric_key or not _heads_the_article(wording):
        return []
    found = [
        claim for claim in claims
        if claim.id != wording.id and not is_approximate(claim) and claim.metric_key
        and claim.source == "body" and not _heads_the_article(claim) and not _labelled(claim)
        and comparable(claim, wording, same_company=False, same_period=False,
                       rate_as_figure=wording.kind == "figure" and claim.kind == "growth")
        and (claim.period is None or wording.period is None or periods_overlap(claim.period, wording.period))
        and _within_a_factor(claim.value, wording.value, _SAME_MEASURE_FACTOR)
        and _shares_a_measure(claim.metric_key, wording.metric_key)
        and not (_sums_several(wording.metric) and not _sums_several(claim.metric))
    ]
    if len({abs(claim.value) for claim in found}) > 1:
        # 游戏销售收入近1395亿元 is the market's 游戏市场实际销售收入, not 移动游戏市场实际销售收入:
        # the figures whose measure phrase shares the most with the wording's are the ones meant.
        closest = max(_affinity(claim.metric_key, wording.metric_key) for claim in found)
        found = [claim for claim in found if _affinity(claim.metric_key, wording.metric_key) == closest]
    return found if found and len({abs(claim.value) for claim in found}) == 1 else []


def _sums_several(phrase: str) -> bool:
    """A measure phrase that names a total of several (两大业务营收合计, 三项业务收入共计): one of
    its parts (甲业务营收54.03亿元) is not the figure it rounds."""
    return any(word in phrase for word in _SUM_OF_SEVERAL_WORDS) or _COUNTED_PARTS.search(phrase) is not None


def _affinity(first: str, second: str) -> int:
    """How many characters two metric phrases share (each counted as often as both print it)."""
    return sum((Counter(first) & Counter(second)).values())


def _heads_the_article(claim: Claim) -> bool:
    """A title, a heading, or a line opening the body without a sentence ending: what restates
    the body's figures in round words."""
    if claim.source in ("title", "heading"):
        return True
    return claim.sentence_index <= _OPENING_LINES and not claim.reading.rstrip().endswith(_SENTENCE_ENDINGS)


def _labelled(claim: Claim) -> bool:
    """A figure in brackets after a name (超过了Wii（1.01亿）): another subject's."""
    found = placed(claim.sentence, [claim])[0][1]
    return found is not None and _OPENING_BRACKET.search(claim.reading[:found]) is not None


def _shares_a_measure(first: str, second: str) -> bool:
    """The two keys hold a common stretch of three characters or more that names a measure."""
    shorter, longer = sorted((first, second), key=len)
    for length in range(len(shorter), _SHORTEST_SHARED_MEASURE - 1, -1):
        for start in range(len(shorter) - length + 1):
            stretch = shorter[start:start + length]
            if stretch in longer and any(head in stretch for head in _MEASURE_WORDS):
                return True
    return False


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause holding ``position`` starts; a clause that names no subject but says 均
    (华林证券、华鑫证券2021年以…投入金融科技，IT投入占比均超过20%) takes in the clause before it."""
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(sentence, 0, position)]
    if not breaks:
        return 0
    own = sentence[breaks[-1]:position]
    if any(word in own for word in _EACH_WORDS) and not _NAME_BREAK.search(own):
        return breaks[-2] if len(breaks) >= 2 else 0
    return breaks[-1]


def _may_be_each(claim: Claim, wording: Claim) -> bool:
    if not comparable(claim, wording, same_company=False, same_period=False, same_direction=False):
        return False
    if wording.dimension in AMOUNTS and not _same_units(claim, wording):
        return False
    stated, value = abs(Fraction(wording.value)), abs(Fraction(claim.value))
    return stated / _SAME_MEASURE_FACTOR <= value <= stated * _SAME_MEASURE_FACTOR


def _in_brackets(claims: list[Claim]) -> list[tuple[Claim, str]]:
    """The precise figures printed in brackets after a name (甲证券（23.54%）), each with its
    sentence up to it; placed in their sentence's order, since two subjects of one value
    (11.01%) print one text."""
    by_sentence: dict[tuple[str, str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.document, claim.source, claim.sentence_index)].append(claim)
    found = []
    for figures in by_sentence.values():
        for claim, at in placed(figures[0].sentence, sorted(figures, key=lambda claim: claim.offset)):
            if at is not None and not is_approximate(claim) and _OPENING_BRACKET.search(claim.reading[:at]):
                found.append((claim, claim.reading[:at]))
    return found


def _subjects_in_a_ranking(wording: Claim, wording_at: int, subjects_text: str,
                           bracketed: list[tuple[Claim, str]]) -> list[tuple[str, Claim]]:
    """The subjects' figures in a ranking printed elsewhere in the article: 甲证券、乙证券以真金
    白银投入金融科技，IT投入占比均超过20% …… 信息技术投入占营业收入的比例方面，甲证券（25.17%）、
    乙证券（24.33%）位居前两名; 丙证券占比仍不足5% right after 排名第6-10的券商分别是：……丙证券（4.09%）.

    The ranking is the one sentence that prints the most of the subjects, two or more, each with
    one value in brackets after its name, of the bound's kind and units and within a factor of
    two of it; or, for a subject printed alone, a sentence of the two on either side of the
    bound's. Its words before the first of them name a measure word of the bound's metric (of
    its sentence up to it, when the metric names none): a ranking of another measure of the
    same companies is not the one meant. Found by their places, so each can prove the bound
    wrong."""
    measures = _measure_words(wording.metric) or _measure_words(wording.reading[:wording_at])
    if not measures:
        return []
    by_sentence: dict[int, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim, before in bracketed:
        if claim.sentence_index == wording.sentence_index:
            continue
        name = _subject_in_brackets(before, subjects_text)
        if name is not None and _may_be_each(claim, wording):
            by_sentence[claim.sentence_index][name].append(claim)
    ranked = [(len(subjects), index) for index, subjects in by_sentence.items() if len(subjects) >= _FEWEST_PARTS]
    if ranked:
        most = max(count for count, _ in ranked)
        chosen = [index for count, index in ranked if count == most]
    else:
        chosen = [index for index in by_sentence if abs(index - wording.sentence_index) <= _NEXT_SENTENCES]
    if len(chosen) != 1:
        return []
    subjects = by_sentence[chosen[0]]
    first = min((claim for figures in subjects.values() for claim in figures), key=lambda claim: claim.offset)
    at = placed(first.sentence, [first])[0][1]
    if at is None or not any(measure in first.reading[:at] for measure in measures):
        return []
    return [(subject, figures[0]) for subject, figures in subjects.items()
            if len({abs(claim.value) for claim in figures}) == 1]


def _measure_words(text: str) -> list[str]:
    return [head for head in _MEASURE_WORDS if head in text]


def _subject_in_brackets(before: str, subjects_text: str) -> str | None:
    """The subject of ``subjects_text`` whose name stands right before the bracket a figure
    opens (甲证券（23.54%）); ``before`` is its sentence up to the figure."""
    bracket = _OPENING_BRACKET.search(before)
    if bracket is None:
        return None
    label = _NAME_BREAK.split(before[:bracket.start()])[-1]
    for name in _NAME_BREAK.split(subjects_text):
        # 排名前3分别是甲证券（ names 甲证券; 但甲证券、乙证券 names both; 中信证券 is not 国信证券;
        # 丙证券占比仍不足5% names 丙证券.
        if len(name) >= _SHORTEST_NAME and label.endswith(name):
            return name
        if len(label) >= _SHORTEST_NAME and (name.endswith(label) or name.startswith(label)):
            return label
    return None


def _subject_named(claim: Claim, subjects_text: str) -> str | None:
    """The subject of ``subjects_text`` a figure is printed for: the name right before its
    bracket (甲证券（23.54%）), else its company named earlier in its clause."""
    found = placed(claim.sentence, [claim])[0][1]
    if found is None:
        return None
    before = claim.reading[:found]
    if _OPENING_BRACKET.search(before) is not None:
        return _subject_in_brackets(before, subjects_text)
    clause = _CLAUSE_BREAK.split(before)[-1]
    entity = claim.entity
    if entity and not entity.startswith(UNNAMED_PREFIX) and len(entity) >= _SHORTEST_NAME \
            and entity in clause and entity in subjects_text:
        return entity
    return None


def _finer_bound(precise: Claim, wording: Claim) -> bool:
    """Two lower bounds (超过, 突破), the first printed to a finer last digit: 超过3亿2166万 may restate
    超过3.21亿, never 20多 or 近X, whose bands are closed above."""
    return (qualifier_bound(precise.qualifier) == qualifier_bound(wording.qualifier) == "above"
            and precise.qualifier not in _AND_SOME and wording.qualifier not in _AND_SOME
            and _last_digit_step(abs(precise.value)) < _last_digit_step(abs(wording.value)))


def _printed_finer(precise: Claim, wording: Claim) -> bool:
    """The restatement has the digits the wording left out: 142.32亿元 for 超142亿元, but not
    10万亿元 for 突破9万亿元; a headline may repeat a figure with its very digits."""
    if is_approximate(precise):
        return _finer_bound(precise, wording)
    width = _width(rounded_reading(precise))  # 700亿元 may be rounded to hundreds: no finer than 超600亿元
    if width < 0:
        return False
    if is_approximate(wording):
        return width < _last_digit_step(wording.value)
    return width <= _width(magnitude(wording))


def comparable(a: Claim, b: Claim, *, same_company: bool = True, same_direction: bool = True,
               same_period: bool = True, rate_as_figure: bool = False) -> bool:
    """Two figures that may state one measure: kind, units, direction, company and period
    agree wherever both are known (a rate may be printed as a share in one place and as a
    plain figure in another). ``same_company=False`` leaves the company to the caller, and
    ``same_direction=False`` the direction of a change, ``same_period=False`` the period.
    ``rate_as_figure`` lets a rate the grammar read without its verb (均实现超10%的同比增长)
    meet a growth."""
    if same_company and not _compatible(a.entity, b.entity):
        return False
    if same_period and not periods_compatible(a.period, b.period):
        return False
    same_kind = a.kind == b.kind or (
        {a.kind, b.kind} <= {"figure", "share"} and a.dimension == b.dimension == "percent"
    ) or (
        rate_as_figure and {a.kind, b.kind} == {"figure", "growth"} and a.dimension == b.dimension == "percent"
    )
    if not same_kind or not (comparable_units(a, b) or _currency_left_out(a, b)):
        return False
    if _other_bases(a, b):
        return False
    if not same_direction:
        return True
    if a.direction is not None and b.direction is not None:
        return a.direction == b.direction
    return (a.value < 0) == (b.value < 0)


# The bases a change is measured against that make two changes of one figure two measures:
# 环比增长23.5% and 同比增长32.1% of one quarter's profit.
_DISTINCT_BASES = ("同比", "环比", "较年初")


def _other_bases(a: Claim, b: Claim) -> bool:
    """Two changes measured against two different known bases (环比 and 同比)."""
    return (a.kind in ("growth", "points") and b.kind in ("growth", "points")
            and a.basis in _DISTINCT_BASES and b.basis in _DISTINCT_BASES and a.basis != b.basis)


def periods_overlap(first: str | None, second: str | None) -> bool:
    """Compatible periods, or two of one year (2023Q1 and 2023, 2022H1 and 2022-06-30): an
    article's report year often stands for the quarter its headline names. Only for matches
    that confirm."""
    return periods_compatible(first, second) or period_year(first) == period_year(second)


def periods_compatible(first: str | None, second: str | None) -> bool:
    """Equal periods, or a year and its year-end balance; an unknown period meets any."""
    if first is None or second is None or first == second:
        return True
    return _year_and_its_end(first, second) or _year_and_its_end(second, first)


@claim_cache
def near_band(claim: Claim) -> Interval:
    """Where a restatement of the wording lies: its band, cut to one step of its last digit and
    to a quarter of its value (逾30% may be 32.54%, not 58%; 逾百亿元 may be 101.73亿元, not 190亿元)."""
    band = wording_band(claim) if is_approximate(claim) else magnitude(claim)
    stated = abs(Fraction(claim.value))
    step = min(_last_digit_step(claim.value), stated * _NEAR_QUARTER) if stated else _last_digit_step(claim.value)
    near = Interval(stated - step, stated + step)
    lower = max(band.lower, near.lower) if band.lower is not None else near.lower
    upper = min(band.upper, near.upper) if band.upper is not None else near.upper
    return Interval(lower, upper) if lower is not None and upper is not None and lower <= upper else band


@claim_cache
def significant_digits(claim: Claim) -> int:
    """The digits printed: 6.0% has two, 1250亿元 four, 超142亿元 three."""
    printed = claim_interval(claim)
    step = _width(printed)
    if step > 0 and not is_approximate(claim):
        return len(str(round(abs(Fraction(claim.value)) / step)))
    return len(Decimal(abs(claim.value)).normalize().as_tuple().digits)


# ---------------------------------------------------------------------------------------


def _width(interval: Interval) -> Fraction:
    if interval.lower is None or interval.upper is None:
        return Fraction(-1)
    return interval.upper - interval.lower


def _currency_left_out(a: Claim, b: Claim) -> bool:
    """A sub-heading drops the currency: 至0.49元 for the body's 0.49港元."""
    return a.dimension == b.dimension == "money" and "元" in (a.unit, b.unit) and \
        all(unit and unit.endswith("元") for unit in (a.unit, b.unit))


def _within(inner: Interval, outer: Interval) -> bool:
    low_ok = outer.lower is None or (inner.lower is not None and inner.lower >= outer.lower)
    high_ok = outer.upper is None or (inner.upper is not None and inner.upper <= outer.upper)
    return low_ok and high_ok


def _compatible(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first == second


def _year_and_its_end(year: str, point: str) -> bool:
    return period_kind(year) == "year" and point == f"{year}-12-31"


def _last_digit_step(value: Decimal) -> Fraction:
    """One unit of the last non-zero digit: 20 → 10, 120000 → 10000, 1.5 → 0.1."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Fraction(10) ** exponent


def _matchable(claim: Claim) -> bool:
    """A figure its measure's key can pair: a key naming a measure (较 left over from 较上一季度的
    is none), a company and a period."""
    return (bool(claim.metric_key) and names_a_measure(claim.metric_key) and claim.entity is not None
            and claim.period is not None)


def _bounds_a_class(wording: Claim) -> bool:
    """A bound that sets the threshold of a class of companies counted in its sentence (13股净利润
    超100亿元; 净利润在百亿元以上的有13家): it says nothing of any one company's figure."""
    found = placed(wording.sentence, [wording])[0][1]
    if found is None:
        return False
    return bool(_COUNTED_BEFORE.search(wording.reading[:found])
                or _COUNTED_AFTER.match(wording.reading, found + len(wording.text)))


def _measure(claim: Claim) -> tuple:
    return (claim.entity, claim.metric_key, claim.dimension, claim.kind, claim.period, claim.cumulative)


def _same_change(wording: Claim, precise: Claim) -> bool:
    """Two growths describe one change when they go the same way against the same basis."""
    same_basis = wording.basis is None or precise.basis is None or wording.basis == precise.basis
    return (wording.value < 0) == (precise.value < 0) and wording.direction == precise.direction and same_basis


def ratio_band(claim: Claim) -> Interval:
    """What a ratio in words allows: 一半 is 45% to 55% as the grammar reads it; a fraction
    read as an exact point (1/3, 四分之一) is a round description, within a twentieth of it."""
    if is_approximate(claim):
        return wording_band(claim)
    printed = magnitude(claim)
    if _width(printed) == 0 or _FRACTION_MARK in claim.text or _FRACTION_WORD in claim.text:
        # 1/3 is read as 33.33% to 33.34%: the fraction meant is the middle of that.
        value = (printed.lower + printed.upper) / 2 if printed.bounded else abs(Fraction(claim.value))
        return Interval(value * (1 - _FRACTION_SPREAD), value * (1 + _FRACTION_SPREAD))
    return printed


def _ratio_in_words(claim: Claim) -> bool:
    """一半, 两倍, 1/3, 四分之一, 近三成: a ratio said in words, not a computed percentage
    (share-of-total checks those)."""
    return (claim.kind in ("figure", "share") and claim.dimension in ("percent", "multiple")
            and (_spelled_out(claim) or _FRACTION_MARK in claim.text or _multiple_of_a_base(claim)))


def _multiple_of_a_base(claim: Claim) -> bool:
    """A multiple in digits after 的 (是上年同期（6.21亿元）的1.5倍): a ratio to the base before it,
    as 两倍 is."""
    if claim.dimension != "multiple":
        return False
    at = placed(claim.sentence, [claim])[0][1]
    return bool(at) and claim.reading[:at].rstrip().endswith(_OF_THE_BASE)


def _stated_ratio(ratio: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """The two amounts a ratio in words surely relates, which can prove it wrong: its base
    printed right before it (…仅为B行90.08亿元净利润的一半; 仅为9月销量(10628辆)的1/3, only a
    bracket or a few words of a metric and 的 between) and the one other amount of the base's
    units earlier in its sentence, its subject."""
    before = [claim for claim in claims
              if claim.sentence_index == ratio.sentence_index and claim.offset < ratio.offset
              and claim.kind == "figure" and claim.dimension in AMOUNTS]
    if not before:
        return None
    at = dict((claim.id, position) for claim, position in placed(ratio.sentence, sorted(
        [*before, ratio], key=lambda claim: claim.offset)))
    base = max(before, key=lambda claim: claim.offset)
    subjects = [claim for claim in before if claim.id != base.id and _same_units(claim, base)]
    if len(subjects) != 1 or is_approximate(base) or is_approximate(subjects[0]):
        return None
    base_at, ratio_at = at.get(base.id), at.get(ratio.id)
    if base_at is None or ratio_at is None:
        return None
    if not _BASE_RIGHT_BEFORE.fullmatch(ratio.reading[base_at + len(base.text):ratio_at]):
        return None
    return subjects[0], base


def _ratio_of_companies(ratio: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """The figures of two companies a ratio in words relates by name: 甲消费金融的资产总额超过了…，
    净利润接近乙消费金融的两倍 — the measure (净利润) after the clause's start, then the base
    company's name and 的 right before the ratio; the subject is the first other company its
    sentence names before the base, else the company the ratio is of.

    Each company's figure is the precise amount of the article whose metric key the measure
    words hold, for that company and of the ratio's period, printed with one value: found by
    the measure, so their quotient can prove the ratio wrong."""
    sentence_claims = sorted((claim for claim in claims if claim.sentence_index == ratio.sentence_index
                              and claim.source == ratio.source and claim.document == ratio.document),
                             key=lambda claim: claim.offset)
    at = {claim.id: position for claim, position in placed(ratio.sentence, sentence_claims)}.get(ratio.id)
    if at is None:
        return None
    before = ratio.reading[:at]
    right_before = _BASE_NAMED_BEFORE.search(before)
    if right_before is None:
        return None
    named = {claim.entity for claim in claims if claim.document == ratio.document and is_named(claim.entity)}
    base_name = next((name for name in sorted(named, key=len, reverse=True)
                      if len(name) >= _SHORTEST_NAME and right_before.group("name").endswith(name)), None)
    if base_name is None:
        return None
    base_at = before.rfind(base_name)
    measure = before[_clause_start(ratio.reading, base_at):base_at]
    mentioned = sorted((ratio.reading.find(name), name) for name in named
                       if name not in base_name and 0 <= ratio.reading.find(name) < base_at)
    if mentioned:
        subject_name = mentioned[0][1]
    elif is_named(ratio.entity) and ratio.entity != base_name:
        subject_name = ratio.entity
    else:
        return None

    def figures_of(name: str) -> list[Claim]:
        return [claim for claim in claims
                if claim.document == ratio.document and claim.entity == name and claim.kind == "figure"
                and claim.dimension in AMOUNTS and not is_approximate(claim) and claim.metric_key
                and claim.metric_key in measure and any(head in claim.metric_key for head in _MEASURE_WORDS)
                and periods_compatible(claim.period, ratio.period)]

    base_figures = figures_of(base_name)
    if not base_figures:
        return None
    key = max((claim.metric_key for claim in base_figures), key=len)
    base_figures = [claim for claim in base_figures if claim.metric_key == key]
    subject_figures = [claim for claim in figures_of(subject_name) if claim.metric_key == key]
    if not subject_figures or any(len({claim.value for claim in found}) != 1 for found in (base_figures, subject_figures)):
        return None
    subject, base = subject_figures[0], base_figures[0]
    return (subject, base) if _same_units(subject, base) else None


def placed(sentence: str, figures: list[Claim]) -> list[tuple[Claim, int | None]]:
    """Each figure of a sentence, in order, with where its text stands in it (None: not found)."""
    found: list[tuple[Claim, int | None]] = []
    cursor = 0
    for claim in figures:
        at = sentence.find(claim.text, cursor)
        found.append((claim, at if at >= 0 else None))
        if at >= 0:
            cursor = at + len(claim.text)
    return found


def _ratio_of_amounts(ratio: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """The two amounts before the ratio in its sentence that it relates: ……净利润为45.53亿元，
    仅为B行90.08亿元净利润的一半; ……交付3667辆，仅为9月销量(10628辆)的1/3.

    The base is one of the two amounts nearest the ratio, the subject an earlier one. Found by
    the fit of their quotient, so a pair only ever confirms the wording.
    """
    before = [claim for claim in claims
              if claim.sentence_index == ratio.sentence_index and claim.offset < ratio.offset
              and claim.kind == "figure" and claim.dimension in AMOUNTS and not is_approximate(claim)]
    before.sort(key=lambda claim: claim.offset, reverse=True)
    band = ratio_band(ratio)
    for base in before[:2]:
        for subject in before:
            if subject.offset >= base.offset or not _same_units(subject, base):
                continue
            quotient = _quotient(ratio, subject, base)
            if quotient is not None and entailment(band, True, quotient, False) in BACKED:
                return subject, base
    return None


def _quotient(ratio: Claim, subject: Claim, base: Claim) -> Interval | None:
    top, bottom = claim_interval(subject), claim_interval(base)
    if not (top.nonnegative and bottom.positive):
        return None
    quotient = top / bottom
    return quotient.scale(100) if ratio.dimension == "percent" else quotient


def _stated_breakdowns(corpus: Corpus) -> Iterator[tuple[Claim, list[Claim]]]:
    """A rounded whole and the parts a breakdown the text states names in full: 共完成旅客运输量
    接近1.8亿人次……其中，国内航线完成1.6亿人次……国际航线完成1412.0万人次. The relations read them
    as a whole and every one of its parts (mode exact: 国内 and 国际 are all there is), so their
    sum can prove the wording wrong; a 其中 list that may leave parts out cannot."""
    for relation, roles in corpus.stated("parts_sum"):
        totals, parts = roles.get("total", []), roles.get("part", [])
        if relation.mode != "exact" or len(totals) != 1 or len(parts) < _FEWEST_PARTS:
            continue
        wording = totals[0]
        if not is_approximate(wording) or wording.dimension not in AMOUNTS:
            continue
        if any(is_approximate(part) or part.value < 0 or not _same_units(part, wording) for part in parts):
            continue
        yield wording, parts


def _summed_parts(wording: Claim, claims: list[Claim]) -> list[Claim]:
    """The amounts right before or after a rounded total that add up to it: A 54.03亿元、B
    47.7亿元，合计逾百亿元; 共完成旅客运输量接近1.8亿人次……国内1.6亿人次……国际1412.0万人次.

    Runs of two to four amounts of the wording's units, adjacent to it among the amounts of
    its sentence (or, after it, of the next one); rates between them do not break a run. Found by the fit of their sum, so they only ever confirm the wording.
    """
    ordered = sorted(
        (claim for claim in claims
         if claim.id == wording.id or (
             wording.sentence_index <= claim.sentence_index <= wording.sentence_index + 1
             and claim.kind == "figure" and not is_approximate(claim) and _same_units(claim, wording)
             and abs(claim.value) * _SMALLEST_PART >= abs(wording.value))),
        key=lambda claim: (claim.sentence_index, claim.offset),
    )
    position = next((index for index, claim in enumerate(ordered) if claim.id == wording.id), None)
    if position is None:
        return []
    runs = []
    for size in range(_FEWEST_PARTS, _MOST_PARTS + 1):
        earlier = ordered[max(position - size, 0):position]
        if len(earlier) == size and all(claim.sentence_index == wording.sentence_index for claim in earlier):
            runs.append(earlier)
        later = ordered[position + 1:position + 1 + size]
        if len(later) == size:
            runs.append(later)
    band = wording_band(wording)
    for run in runs:
        if len({measure for measure in (measure_of(claim.metric) for claim in run) if measure}) > 1:
            continue  # 营收98.6亿元、归母净利润12.3亿元: two measures add up to nothing
        total, printed = summed(run)
        if entailment(band, True, total, False) in BACKED and near_band(wording).intersects(printed):
            return run
    return []


def _gap_between(wording: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """Two amounts before a rounded gap in its sentence that it is the difference of: A以139.75亿元
    居首……B为80.89亿元，两者拉开近60亿元的差距. Found by the fit, so it only ever confirms."""
    before = sorted(
        (claim for claim in claims
         if claim.sentence_index == wording.sentence_index and claim.offset < wording.offset
         and claim.kind == "figure" and not is_approximate(claim) and _same_units(claim, wording)),
        key=lambda claim: claim.offset,
    )
    band = wording_band(wording)
    for first, second in zip(before, before[1:]):
        larger, smaller = (first, second) if first.value >= second.value else (second, first)
        difference = claim_interval(larger) - claim_interval(smaller)
        printed = Interval.point(larger.value - smaller.value)
        if entailment(band, True, difference, False) in BACKED and near_band(wording).intersects(printed):
            return larger, smaller
    return None


def _gap_to_the_second(wording: Claim, claims: list[Claim],
                       bracketed: list[tuple[Claim, str]]) -> tuple[Claim, Claim] | None:
    """The first two of a ranking its sentence lists before a gap said of the first and the
    second: 甲证券（139.75亿元）、乙证券（80.89亿元）、丙证券（78.29亿元）排名前三……甲证券稳居第一并与
    第二名拉开近60亿的差距. The amounts before the gap, all of its units, fall from each to the
    next (a ranking printed in its order), so the first two are the two the gap is between, found
    by their places: their difference can prove the wording wrong. A sentence printing only the
    first's amount (甲证券以139.75亿收入居首位，比第二名超出约60亿) takes the second from the
    article's ranking that opens with that amount in brackets (``_ranked_second``)."""
    found = placed(wording.sentence, [wording])[0][1]
    if found is None:
        return None
    clause = wording.reading[_clause_start(wording.reading, found):found]
    if _SECOND_PLACE not in clause:
        return None
    before = sorted(
        (claim for claim in claims
         if claim.sentence_index == wording.sentence_index and claim.source == wording.source
         and claim.offset < wording.offset and claim.kind == "figure" and claim.dimension in AMOUNTS),
        key=lambda claim: claim.offset,
    )
    if not before or any(is_approximate(claim) or not _same_units(claim, wording) for claim in before):
        return None
    if len(before) == 1:
        second = _ranked_second(wording, before[0], bracketed)
        return (before[0], second) if second is not None else None
    if any(later.value >= earlier.value for earlier, later in zip(before, before[1:])):
        return None
    return before[0], before[1]


def _ranked_second(wording: Claim, first: Claim, bracketed: list[tuple[Claim, str]]) -> Claim | None:
    """The second of the article's ranking whose first is ``first``: a sentence printing amounts
    in brackets after names, of the gap's units, the first of them of ``first``'s value and
    the next smaller (甲证券（139.75亿元）、乙证券（80.89亿元）、丙证券（78.29亿元）排名前三). Every
    such ranking must name one second."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for claim, _ in bracketed:
        if (claim.sentence_index != wording.sentence_index and claim.kind == "figure"
                and claim.dimension in AMOUNTS and _same_units(claim, wording) and _same_units(claim, first)):
            by_sentence[claim.sentence_index].append(claim)
    seconds = []
    for ranked in by_sentence.values():
        ranked.sort(key=lambda claim: claim.offset)
        if len(ranked) >= _FEWEST_PARTS and ranked[0].value == first.value and ranked[1].value < ranked[0].value:
            seconds.append(ranked[1])
    return seconds[0] if seconds and len({claim.value for claim in seconds}) == 1 else None


def _amounts_by_sentence(claims: list[Claim]) -> list[list[Claim]]:
    """Each sentence's amounts (figures of money, counts and other numbers), in their printed order."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "figure" and claim.dimension in AMOUNTS:
            by_sentence[(claim.source, claim.sentence_index)].append(claim)
    return [sorted(figures, key=lambda claim: claim.offset) for figures in by_sentence.values()]


def _compared_in_brackets(claims: list[Claim]) -> Iterator[tuple[Claim, Claim, str]]:
    """A figure said to pass another printed in brackets after its name: 出口额为86.3亿美元，超过
    对欧出口额（79.4亿美元） — the amount, then (after only a comma) 超过/高于 or 低于/不及, a few
    words naming the other measure, and its figure in brackets. Found by their places, so the
    comparison can prove either figure wrong. Yields (the figure said larger, the one said
    smaller, the comparison word)."""
    for figures in _amounts_by_sentence(claims):
        located = placed(figures[0].sentence, figures)
        for (first, first_at), (second, second_at) in zip(located, located[1:]):
            if first_at is None or second_at is None:
                continue
            between = first.reading[first_at + len(first.text):second_at]
            compared = _COMPARED_IN_BRACKETS.fullmatch(between)
            if compared is None or is_approximate(first) or is_approximate(second):
                continue
            if first.value <= 0 or second.value <= 0 or not _same_units(first, second):
                continue
            word = compared.group("word")
            if word in _MORE_THAN:
                yield first, second, word
            else:
                yield second, first, word


def _compared_by_name(claims: list[Claim]) -> Iterator[tuple[Claim, Claim, str, Claim]]:
    """A figure said to pass another subject named earlier in its sentence with its own figure:
    甲以1419亿元位居榜首，乙、丙、丁、戊紧随其后，4家研发投入合计达1347亿元，不及甲一家 — the amount,
    then (after only a comma) 不及/低于 or 超过/高于, the other subject's name and at most 一家; the
    other's figure is the first amount after that name in the clause where the sentence first
    names it. Found by their places, so the comparison can prove either figure wrong. Yields
    (the figure said larger, the one said smaller, the comparison word, the figure it is said of)."""
    for figures in _amounts_by_sentence(claims):
        located = [(claim, at) for claim, at in placed(figures[0].sentence, figures) if at is not None]
        sentence = figures[0].reading
        for claim, at in located:
            compared = _COMPARED_BY_NAME.match(sentence, at + len(claim.text))
            if compared is None or is_approximate(claim) or claim.value <= 0:
                continue
            name_at = sentence.find(compared.group("name"), 0, at)
            if name_at < 0:
                continue
            clause_end = _CLAUSE_BREAK.search(sentence, name_at)
            other = next((figure for figure, figure_at in located
                          if name_at < figure_at < min(at, clause_end.start() if clause_end else len(sentence))), None)
            if (other is None or other.id == claim.id or is_approximate(other) or other.value <= 0
                    or not _same_units(claim, other)):
                continue
            word = compared.group("word")
            yield (claim, other, word, claim) if word in _MORE_THAN else (other, claim, word, claim)


def _compared(larger: Claim, smaller: Claim, word: str, subject: Claim | None = None) -> Check:
    """The figure said larger against the one said smaller: a warning when even its highest
    reading stays under the other's lowest. ``subject`` is the figure the comparison word
    follows, when it is not the earlier of the two (合计达1347亿元，不及甲一家)."""
    high, low = claim_interval(larger), claim_interval(smaller)
    passed = high.upper is None or low.lower is None or high.upper >= low.lower
    verdict = "which it does" if passed else "which no reading of the printed digits allows"
    first, second = sorted((larger, smaller), key=lambda claim: claim.offset)
    said, other = (first, second) if subject is None or subject is first else (second, first)
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[first, second],
        message=(f"{as_printed(said)} {word} {as_printed(other)} says {as_printed(larger)} "
                 f"({display(high, larger)}) is more than {as_printed(smaller)} ({display(low, smaller)}), {verdict}"),
        expected=f"more than {display(low, smaller)}",
        actual=display(high, larger),
        salt="compared",
    )


def _same_units(a: Claim, b: Claim) -> bool:
    return comparable_units(a, b) and (a.unit == b.unit or None in (a.unit, b.unit))


def _may_restate(wording: Claim, by_value: dict[tuple[str, int], ByValue], stretches: Stretches) -> list[Claim]:
    """The figures around the wording that ``restates`` may find: those within its near band."""
    near = near_band(wording)
    if not near.bounded:
        return stretches.around(wording)
    around = (wording.document, stretch_of(wording))
    if around not in by_value:
        by_value[around] = ByValue(stretches.around(wording))
    return by_value[around].between(near.lower, near.upper)


# A figure's restatements and roundings are looked for in its stretch of ``REACH`` sentences and
# the stretches on either side (see ``validator.corpus.REACH``); an article of one stretch is read whole.


def stretch_of(claim: Claim) -> int:
    return claim.sentence_index // REACH


class Stretches:
    """An article's figures by stretch of ``REACH`` sentences."""

    def __init__(self, claims: list[Claim]) -> None:
        self._claims = claims
        self._by_stretch: dict[int, list[int]] = defaultdict(list)
        for position, claim in enumerate(claims):
            self._by_stretch[stretch_of(claim)].append(position)
        self._around: dict[int, list[Claim]] = {}

    def around(self, claim: Claim) -> list[Claim]:
        """The figures of the claim's stretch and the stretches beside it, in the article's order
        (all of them in an article of one stretch)."""
        if len(self._by_stretch) <= 1:
            return self._claims
        stretch = stretch_of(claim)
        if stretch not in self._around:
            positions = sorted(position for near in (stretch - 1, stretch, stretch + 1)
                               for position in self._by_stretch.get(near, ()))
            self._around[stretch] = [self._claims[position] for position in positions]
        return self._around[stretch]


class _BySentence:
    """An article's figures by the index of their sentence."""

    def __init__(self, claims: list[Claim]) -> None:
        self._claims = claims
        self._positions: dict[int, list[int]] = defaultdict(list)
        for position, claim in enumerate(claims):
            self._positions[claim.sentence_index].append(position)

    def from_sentence(self, first: int, following: int) -> list[Claim]:
        """The figures of sentence ``first`` and the ``following`` ones, in the article's order."""
        positions = [position for index in range(first, first + following + 1)
                     for position in self._positions.get(index, ())]
        return [self._claims[position] for position in sorted(positions)]


class ByValue:
    """An article's figures sorted by the size of their value.

    A figure that restates a wording or a headline lies within the wording's near band
    (``restates``), and one it cuts lies within one step above it: bisection finds those few,
    where a scan of the article for every wording made a long article quadratic."""

    def __init__(self, claims: list[Claim]) -> None:
        self._claims = claims
        entries = sorted((abs(Fraction(claim.value)), position) for position, claim in enumerate(claims))
        self._sizes = [size for size, _ in entries]
        self._positions = [position for _, position in entries]

    def between(self, lower: Fraction, upper: Fraction) -> list[Claim]:
        """The figures whose value's size lies in [lower, upper], in the article's order."""
        start, end = bisect_left(self._sizes, lower), bisect_right(self._sizes, upper)
        return [self._claims[position] for position in sorted(self._positions[start:end])]


class _ByMagnitude:
    """A document's precise figures sorted by the lower end of their magnitude.

    A figure that ``coarse`` may round is narrower than ``coarse``'s rounding and overlaps it, so
    its lower end lies within one rounding width below ``coarse``'s: bisection finds the few
    candidates, where a scan of the document made a long article quadratic."""

    def __init__(self, claims: list[Claim]) -> None:
        entries = []
        for position, claim in enumerate(claims):
            rounding = magnitude(claim)
            if not is_approximate(claim) and rounding.lower is not None and rounding.upper is not None:
                entries.append((rounding.lower, position, claim))
        entries.sort(key=lambda entry: (entry[0], entry[1]))
        self._lowers = [entry[0] for entry in entries]
        self._entries = entries

    def overlapping_narrower(self, coarse: Claim) -> list[Claim]:
        """The figures that may lie inside ``coarse``'s rounding, in document order."""
        rounding = magnitude(coarse)
        width = _width(rounding)
        if width < 0:
            return []
        start = bisect_left(self._lowers, rounding.lower - width)
        end = bisect_right(self._lowers, rounding.upper)
        return [claim for _, _, claim in sorted(self._entries[start:end], key=lambda entry: entry[1])]


def _rounds_to(finer: Claim, coarse: Claim) -> bool:
    """``coarse`` prints ``finer`` with fewer digits (167亿元 for 167.09亿元, 一成 for 10.11%)."""
    if finer.id == coarse.id or is_approximate(finer) or coarse.dimension not in (*AMOUNTS, "percent"):
        return False
    # 一成 rounds 10.11% whatever its digits; 万亿元 is a threshold, not a rounding of 7055亿元.
    if significant_digits(coarse) < _RESTATEMENT_DIGITS and not (_spelled_out(coarse) and coarse.dimension == "percent"):
        return False
    if not comparable(finer, coarse, same_company=False, same_period=False):
        return False
    distinctive = significant_digits(coarse) >= _DISTINCTIVE_DIGITS
    if not (distinctive or periods_overlap(finer.period, coarse.period)):
        return False
    coarse_rounding, finer_rounding = magnitude(coarse), magnitude(finer)
    if not (_width(finer_rounding) >= 0 and _width(finer_rounding) < _width(coarse_rounding)):
        return False
    return finer_rounding.intersects(coarse_rounding) and near_band(coarse).intersects(finer_rounding)


def _spelled_out(claim: Claim) -> bool:
    """A figure in words (一成, 三成): its rounding is the word's, however few its digits."""
    return not any(char.isdigit() for char in claim.text)


def _rounded(coarse: Claim, finer: Claim) -> Check:
    verdict = entailment(magnitude(coarse), False, magnitude(finer), False)
    how = "rounds to it" if verdict == IMPLIES else "sits on its rounding edge (half-even or cut)"
    return make_check(
        ID, SEVERITY,
        passed=True,
        claims=[coarse, finer],
        message=(
            f"{as_printed(coarse)} is {display(magnitude(coarse), coarse)} as printed; the article also "
            f"prints {finer.text} ({finer.metric}), which {how}"
        ),
        expected=display(magnitude(coarse), coarse),
        actual=finer.text,
        salt="rounded",
    )


def _judged_share(corpus: Corpus, share: Claim, band: Interval, claims: list[Claim],
                  listed_wholes: dict[tuple[str, str], tuple[Claim, Claim]] | None = None) -> Iterator[Check]:
    total = corpus.linked(share, share.total_claim) or _total_named(claims, share)
    if total is None:
        listed = (listed_wholes or {}).get((share.document, share.id))
        if listed is not None:
            part, whole = listed
            yield _judged(share, band, [part, whole], (claim_interval(part) / claim_interval(whole)).scale(100),
                          f"{as_printed(part)} ÷ {as_printed(whole)}, the whole listed for the subject its sentence names,")
        yield from _judged_among_listed_shares(corpus, share, band, claims)
        return
    part = corpus.linked(share, share.of_claim) or _part_before(share, total, claims)
    if part is None or not comparable_units(part, total):
        return
    part_range, total_range = claim_interval(part), claim_interval(total)
    if not (part_range.nonnegative and total_range.positive):
        return
    ratio = (part_range / total_range).scale(100)
    yield _judged(share, band, [part, total], ratio, f"{as_printed(part)} ÷ {as_printed(total)}")


def _wholes_listed_for_subjects(corpus: Corpus) -> dict[tuple[str, str], tuple[Claim, Claim]]:
    """The part and whole of each bare share read against the whole an earlier list gave the
    subject its sentence names (分业务看，厨电板块是甲最大的收入来源……占比超过61%, of the 营收
    listed for 甲), by the share's document and id."""
    found = {}
    for relation, roles in corpus.stated("share"):
        if relation.construction == WHOLE_LISTED_FOR_ITS_SUBJECT and roles["total"][0].value > 0:
            found[(relation.document, roles["share"][0].id)] = (roles["part"][0], roles["total"][0])
    return found


def _judged_among_listed_shares(corpus: Corpus, share: Claim, band: Interval, claims: list[Claim]) -> Iterator[Check]:
    """A share naming no total, listed in its sentence with other parts and their shares:
    智能家居收入1672亿元，占比超过66%……商业板块营收645亿元，占比25.6%；其他业务206亿元，占比8.2%.

    The whole is the sum of the listed parts when the precise shares, two or more, each are
    their part over that sum within the rounding of their digits: the list then names every
    part, whatever the bound's own share says, and the bound is judged against its part over
    the sum."""
    part = corpus.linked(share, share.of_claim)
    if part is None or part.dimension not in AMOUNTS:
        return
    listed = [(other, corpus.linked(other, other.of_claim)) for other in claims
              if other.kind == "share" and other.sentence_index == share.sentence_index and other.id != share.id]
    listed = [(other, of) for other, of in listed if of is not None]
    parts = [part, *(of for _, of in listed)]
    if len({of.id for of in parts}) != len(parts) or not all(_same_units(of, part) for of in parts):
        return
    precise = [(other, of) for other, of in listed if not is_approximate(other)]
    if len(precise) < _FEWEST_PARTS or any(of.value <= 0 for of in parts):
        return
    whole, _ = summed(parts)
    if not whole.positive:
        return
    if not all((claim_interval(of) / whole).scale(100).intersects(magnitude(other)) for other, of in precise):
        return
    ratio = (claim_interval(part) / whole).scale(100)
    shown = f"{as_printed(part)} ÷ ({' + '.join(as_printed(of) for of in parts)}), the parts its sentence lists with their shares,"
    yield _judged(share, band, parts, ratio, shown)


def _part_before(share: Claim, total: Claim, claims: list[Claim]) -> Claim | None:
    """The part of 创新药收入达138.92亿元，占总营收比重超50%: the amount right before the share in
    its sentence, in the total's units and smaller than it, when the extractor linked none."""
    before = [claim for claim in claims
              if claim.sentence_index == share.sentence_index and claim.offset < share.offset
              and claim.kind in ("figure", "growth") and claim.dimension in AMOUNTS]
    if not before:
        # 自研游戏国内收入1245.82亿元，同比下降4.25%。总的来看，自研游戏占到了游戏市场收入的8成以上:
        # a share that sums up the sentence before it is of that sentence's last amount.
        before = [claim for claim in claims
                  if claim.sentence_index == share.sentence_index - 1 and claim.source == share.source
                  and claim.kind in ("figure", "growth") and claim.dimension in AMOUNTS]
    if not before:
        return None
    part = max(before, key=lambda claim: claim.offset)
    if (part.id == total.id or part.kind != "figure" or is_approximate(part) or not _same_units(part, total)
            or abs(part.value) >= abs(total.value)):
        return None
    return part


def _total_named(claims: list[Claim], share: Claim) -> Claim | None:
    """The one figure of the article (``claims``: its claims) whose metric is the total the
    share names (营业收入)."""
    if not share.total_key:
        return None
    of_the_total = [
        claim for claim in claims
        if claim.document == share.document and claim.kind == "figure" and claim.metric_key
        and claim.entity == share.entity and _same_stretch(claim.period, share.period)
    ]
    named = [claim for claim in of_the_total if claim.metric_key == share.total_key]
    if not named:
        # 占到了游戏市场实际收入的8成 names 游戏市场实际销售收入 with a word left out.
        named = [claim for claim in of_the_total
                 if not is_approximate(claim) and _abridges(share.total_key, claim.metric_key)]
    # The total printed twice (in the lead and in a table) is still one total.
    return named[0] if named and len({claim.value for claim in named}) == 1 else None


def _abridges(short: str, long: str) -> bool:
    """``short`` is ``long`` with words left out (游戏市场实际收入 of 游戏市场实际销售收入): it opens
    with the same character, holds a measure word, and every character of it stands in ``long``
    in order."""
    if len(short) < _SHORTEST_SHARED_MEASURE or len(short) >= len(long) or short[0] != long[0]:
        return False
    if not any(head in short for head in _MEASURE_WORDS):
        return False
    rest = iter(long)
    return all(char in rest for char in short)


def _same_stretch(total: str | None, share: str | None) -> bool:
    """Equal periods, or a year and its year-end: 截至2021年末 … 其中 … in the same breath."""
    if total is None or share is None:
        return False
    return total == share or total == f"{share}-12-31" or share == f"{total}-12-31"


def _restated(wording: Claim, band: Interval, restating: list[Claim]) -> Check:
    """The wording against the figures of its article that print it with more digits."""
    band_text = display(band, wording)
    shown = " and ".join(f"{precise.text} ({precise.metric or 'the same measure'})" for precise in restating)
    each = "each " if len(restating) > 1 else ""
    return make_check(
        ID, SEVERITY,
        passed=True,
        claims=[wording, *restating],
        message=(
            f"{as_printed(wording)} means {band_text}; the article also prints {shown}, {each}the same "
            f"figure with more digits, which {'fit' if each else 'fits'} the wording"
        ),
        expected=band_text,
        actual=", ".join(precise.text for precise in restating),
        salt="restated",
    )


def _judged(wording: Claim, band: Interval, figures: list[Claim], value: Interval, shown: str) -> Check:
    """One comparison of the wording's band with what the precise figures allow."""
    passed = band.intersects(value)
    band_text = display(band, wording)
    value_text = display(value, wording)
    if len(figures) > 1:
        compared = f"{shown} is {value_text}"
    elif shown != figures[0].text:
        compared = f"the article also prints {shown}"
    else:
        compared = f"the article also prints {shown} ({figures[0].metric or 'the same measure'})"
    verdict = "which fits the wording" if passed else "which the wording does not describe"
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[wording, *figures],
        message=f"{as_printed(wording)} means {band_text}; {compared}, {verdict}",
        expected=band_text,
        actual=value_text if len(figures) > 1 else shown,
    )
