"""Shares whose whole stands elsewhere, read with the words that say which whole it is.

Coverage seldom prints a part, its total and the share in one ``占…的X%``. It names the whole by
its subject (分别占全国市场的32.7%和33.9%: the 成交额 of the sentence about 全国期货市场), by a word
for "the total" (占总额的56.5%, 占比总数的82.1%, 占市场总额的85.4%), by a measure worded apart
from the total's own name (占总净营收的 → 营收, 占外贸总值的 → 进出口总值), or not at all (…共计装车42.0GWh，
占比73.8%: the whole of the measure the part names). It prints the share before its part
(有道（占总收入6%）：第四季净收入为16亿元) or right after a part it does not repeat (…至219.7亿元，
收入占比回落至80%).

Every reader here is keyed to such a shape and to what the words name, never to a figure:
the whole must be of the part's measure and period, of the same company, larger than the
part, and the largest such figure printed before it (a whole is larger than every slice of
it printed beside it). A share is never given a whole because the arithmetic then agrees.
Shares the older reader (``share_totals.shares_of_totals``) already resolves are left to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from . import lexicon
from .constructions import NAMED_RATIOS, REVENUE
from .corpus import REACH, comparable_units
from .entities import UNNAMED_PREFIX
from .metrics import clean_phrase, metric_key
from .numbers import qualifier_bound
from .records import AMOUNTS, Claim, Filler, Relation
from .relations import PlacedFigure, SentenceFigures
from .script import simplified
from .share_totals import (balance_date_carried, names_no_total, names_the_total, nearest_total, share_relation,
                           shares_of_totals)

# Words naming what an amount measures, by measure: one measure however it is worded (营业额
# and 总收入 are both revenue; 外贸 is 进出口). Read longest first, so 保费收入 is premiums, not
# revenue, and 进出口 is neither 出口 nor 进口.
MEASURES: dict[str, tuple[str, ...]] = {
    "保费收入": ("保费收入", "保费"),
    # 收益 is a Hong Kong filing's revenue (游戏业务收益, 总收益); a mainland statement's gains
    # (理财收益, 其他收益, 公允价值变动收益) are not.
    "收入": ("营业总收入", "营业收入", "总营收", "净营收", "营收", "营业额", "总收入", "净收入", "收入", "总收益",
           "业务收益", "分部收益", "服务收益"),
    "投资收益": ("投资收益",),
    # 房地产开发投资, 住宅投资, 固定资产投资: a statistics release's investment (never 投资收益).
    "投资": ("投资额", "投资"),
    "其他收益": ("其他收益", "公允价值变动收益", "资产处置收益", "汇兑收益", "营业外收益"),
    "每股收益": ("每股收益", "每股盈利"),
    "成交额": ("成交额", "成交金额"),
    "成交量": ("成交量",),
    "交易额": ("交易额", "交易金额", "交易总额"),
    "交易量": ("交易量",),
    "进出口": ("进出口", "外贸", "对外贸易"),
    "出口": ("出口",),
    "进口": ("进口",),
    "交付量": ("交付量", "交付数量", "交付"),
    "装车量": ("装车量", "装车"),
    "产量": ("产量",),
    "销量": ("销量",),
    # 公募管理规模, 非货币理财规模: a fund manager's assets under management (never the bare 规模 of
    # 规模以上工业企业).
    "规模": ("管理规模", "理财规模", "基金规模", "保有规模", "存续规模"),
    "资产": ("资产",),
    "负债": ("负债",),
    "存款": ("存款",),
    "贷款": ("贷款", "放款"),
    "净利润": ("净利润", "净利", "纯利"),
    "毛利": ("毛利润", "毛利"),
    "经营利润": ("经营利润", "营业利润"),
    "研发费用": ("研发费用", "研发投入", "研发开支"),
    "销售费用": ("销售费用", "销售及营销费用", "营销费用"),
    "管理费用": ("管理费用",),
}
_MEASURE_WORDS = sorted(((word, measure) for measure, words in MEASURES.items() for word in words),
                        key=lambda pair: len(pair[0]), reverse=True)
_MEASURE_PATTERN = re.compile("|".join(re.escape(word) for word, _ in _MEASURE_WORDS))
_MEASURE_OF_WORD = dict(_MEASURE_WORDS)

# Words around a share's whole that do not name it: 占本集团总收入的, 占装车总量比, 占比总数的.
_WHOLE_PREFIX = re.compile(r"^(?:全部|本集团|集团|公司|同期|当期|全年|该|其|比|的|总|[\s，,])+")
# 收入占比回落至80%: a verb after 占比 names no whole either.
_WHOLE_SUFFIX = re.compile(r"(?:的|之|比重|比例|份额|总额|总量|总数|总和|总计|总值|总|比|分别|为|达到|达|是|约|[\s，,]"
                           r"|(?:回落|下降|上升|提升|提高|增加|减少|下滑|回升|降|升|增)[至到]?|[至到])+$")
# Whole-words: a phrase made of these only names "the total" of the part's own measure.
_GENERIC_WHOLE = re.compile(r"^(?:整体|全部|市场|总体)?$")
# Words that print a figure as a whole rather than as one of its slices.
# 各项贷款, 各项存款: a bank's whole book, as its reports name it.
_WHOLE_MARK = re.compile(r"总|合计|共计|全部|整体|全国|我国|全行业|全市场|各项")
# What a company's name ends with, where it stands before the measure it reports (己公司营收).
_COMPANY_SUFFIXES = ("公司", "集团", "银行", "控股", "股份", "证券", "保险")
# 合并营收: the consolidated figure is the company's whole, not a segment's.
_REPORT_VERBS = re.compile(r"(?:实现|录得|取得|完成|全年|合并|合併|的)+$")
# Counters whose count is of the noun printed after them (140家证券公司).
_COUNTED_UNITS = ("家", "个", "名", "位", "户", "人", "只", "款", "座", "所", "项", "件", "台", "辆", "艘", "架")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE = re.compile(r"[，,；;。：:]")
# A share printed before its own part (有道（占总收入6%）：第四季净收入为…), or named after it
# (…至219.7亿元，收入占比回落至80%): the words between may not open another statement.
_ANOTHER_STATEMENT = re.compile(r"其中|分别|合计|共计|同比|环比|较|比上")


@dataclass(frozen=True, slots=True)
class _Placed:
    """A figure with its sentence and its position among the sentence's figures."""

    sentence: SentenceFigures
    index: int

    @property
    def figure(self) -> PlacedFigure:
        return self.sentence.figures[self.index]

    @property
    def claim(self) -> Claim:
        return self.figure.claim


def shares_in_lists(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                    stated: Sequence[Relation]) -> list[Relation]:
    """The share relations these sentences state that the in-sentence readers did not read."""
    placed = {figure.claim.id: _Placed(sentence, index)
              for sentence in sentences for index, figure in enumerate(sentence.figures)}
    taken = {relation.claim_in("share") for relation in stated if relation.kind == "share"}
    taken |= {relation.claim_in("share") for relation in _resolved_elsewhere(claims, stated)}
    order = {claim.id: position for position, claim in enumerate(claims)}
    by_id = {claim.id: claim for claim in claims}
    siblings = _siblings(stated)
    # Figures given a bare 占比 of their own (上半年完成收入1672亿元,占比超过66%): slices of a whole,
    # never the whole another bare 占比 of the list is of.
    sliced = {claim.of_claim for claim in claims
              if claim.kind == "share" and claim.of_claim and names_no_total(claim.basis)}
    # 公司贷款7652.31亿元，占贷款总额的59.78%；个人贷款4389.60亿元，占比34.29%: a figure given its
    # own share of a named total is a slice beside the next one in its sentence, unless 其中 opens
    # the next as a slice of it.
    with_own_share = {claim.of_claim for claim in claims if claim.kind == "share" and claim.of_claim}
    # 营收、净利润行业占比分别为…: the words before 占比 say which part and which whole each is of.
    found: list[Relation] = _shares_listed_by_measure(sentences, claims, placed, taken)
    taken = taken | {relation.claim_in("share") for relation in found}
    # 销售费用从2018年的5.24亿元缩减至2020年的3.35亿元，占营收比重从115.7%缩减至50.7%: each year's
    # part over that year's whole, whatever period the extractor gave the clause.
    found += _shares_from_year_to_year(sentences, claims, placed, taken)
    taken = taken | {relation.claim_in("share") for relation in found}
    reread = _shares_read_as_figures(sentences, taken)
    within = _shares_within_a_whole(sentences, taken)
    reread.update({share_id: share for share_id, (share, _) in within.items()})
    for share in (reread.get(claim.id, claim) for claim in claims):
        if share.kind != "share" or share.id in taken or share.forecast or share.id not in placed:
            continue
        if share.dimension != "percent":
            continue
        if share.id in within:
            located: tuple[Claim, str] | None = (within[share.id][1], "share-within-a-whole-without-占")
        elif share.id in reread:
            located = _part_before_its_clause(share, placed[share.id])
        else:
            located = _part_of(share, by_id, placed)
        if located is None:
            continue
        part, construction = located
        earlier = [claim for claim in claims[max(0, order[part.id] - _REACH_FIGURES):order[part.id]]
                   if claim.id not in siblings.get(part.id, ())]
        whole = _whole_of(share, part, earlier, placed, sliced | _slices_beside(part, with_own_share, placed))
        if whole is None:
            continue
        total, how = whole
        found.append(share_relation(part, total, share, construction or how, claims))
    # A whole named with 在 whose words _whole_of does not take for a whole (服务出口总额 of 服务出口):
    # the reader of totals named earlier, given the share and its part, finds it by its name.
    unresolved = within.keys() - {relation.claim_in("share") for relation in found}
    if unresolved:
        linked = [within[claim.id][0] if claim.id in unresolved else claim for claim in claims]
        found += [relation for relation in _resolved_elsewhere(linked, stated)
                  if relation.claim_in("share") in unresolved]
    for relation in _named_ratios(sentences, placed, taken):
        found.append(relation)
    found.extend(_shares_of_a_change(sentences, taken | {relation.claim_in("share") for relation in found}))
    found.extend(_shares_moved_to(sentences, claims, placed, order, siblings, sliced,
                                  taken | {relation.claim_in("share") for relation in found}))
    found.extend(_shares_over_the_years_before(sentences, claims,
                                               taken | {relation.claim_in("share") for relation in found}))
    listed = {relation.claim_in("share") for relation in found}
    found.extend(_shares_listed_by_name(sentences, placed, taken | listed))
    listed = {relation.claim_in("share") for relation in found}
    found.extend(_shares_of_a_subject_printed_later(sentences, taken | listed))
    listed = {relation.claim_in("share") for relation in found}
    found.extend(_shares_in_proportion(sentences, taken | listed))
    return found


# 智能家居收入1672亿元，占比超过66%；…营收645亿元，占比25.6%；其他业务也有206亿元收入，占比8.2%: bare shares
# of one whole the article never prints. Each is its part over that whole, so the whole is each
# part over its share, and the listed shares must agree on one whole. The shares, not the arithmetic,
# choose the figures; a bound (超过66%) is left to approximate-wording.
SHARES_IN_PROPORTION = "shares-of-one-unprinted-whole"
# 其中 between two listed shares may open a slice of the part before it: its share may be of that part.
# So may a part's name with 中 (A业务中，B产品收入…，占比50%: 50% of A业务).
_SLICE_BETWEEN = re.compile(r"其中|当中|之中|中\s*[，,：:]")
_CLAUSE_EDGE = re.compile(r"[，,；;。：:]")


def _slices_beside(part: Claim, with_own_share: set[str | None], placed: dict[str, _Placed]) -> set[str]:
    """The figures before ``part`` in its sentence that have a share of their own, with no 其中
    between them and the part: its sibling slices."""
    place = placed.get(part.id)
    if place is None:
        return set()
    text, figures = place.sentence.text, place.sentence.figures
    return {figures[index].claim.id for index in range(place.index)
            if figures[index].claim.id in with_own_share
            and not _SLICE_BETWEEN.search(text[figures[index].end:place.figure.start])}


def _shares_in_proportion(sentences: Sequence[SentenceFigures], taken: set[str | None]) -> list[Relation]:
    """One relation per sentence listing two or more bare shares (占比a%), each of a part printed
    in its clause, that no reader gave a whole: the parts of one measure, unit, period and
    subject, with the shares in the order printed. When the sentence names a subject whose
    whole of that measure an earlier sentence listed (``_whole_listed_for_the_subject``), each
    share is also read as its part over that whole."""
    found = []
    for position, sentence in enumerate(sentences):
        if sentence.source != "body":
            continue
        bare: list[tuple[Claim, Claim]] = []
        by_id = {figure.claim.id: index for index, figure in enumerate(sentence.figures)}
        for index, figure in enumerate(sentence.figures):
            share = figure.claim
            if (share.kind != "share" or share.dimension != "percent" or share.forecast or share.id in taken
                    or not names_no_total(share.basis) or share.of_claim not in by_id):
                continue
            part_index = by_id[share.of_claim]
            part = sentence.figures[part_index].claim
            if part_index >= index or not _is_amount(part) or part.value <= 0:
                continue
            bare.append((part, share))
        if bare and _one_whole(sentence, bare, by_id):
            whole = _whole_listed_for_the_subject(sentences, position, bare, by_id)
            if whole is not None:
                found.extend(share_relation(part, whole, share, WHOLE_LISTED_FOR_ITS_SUBJECT) for part, share in bare)
        # 超过66% is a bound: it cannot tell the unprinted whole, approximate-wording judges it.
        listed = [(part, share) for part, share in bare if qualifier_bound(share.qualifier) in ("exact", "around")]
        if len(listed) < 2 or not _one_whole(sentence, listed, by_id):
            continue
        found.append(Relation(
            id=f"share:{'+'.join(f'{part.id}/{share.id}' for part, share in listed)}", document=listed[0][1].document,
            kind="share", construction=SHARES_IN_PROPORTION,
            fillers=tuple(filler for part, share in listed
                          for filler in (Filler(role="part", claim=part.id), Filler(role="share", claim=share.id))),
        ))
    return found


def _one_whole(sentence: SentenceFigures, listed: list[tuple[Claim, Claim]], by_id: dict[str, int]) -> bool:
    """The listed parts may be slices of one whole: distinct, of one measure named in each
    part's clause (收入 before the figure or right after it: 也有206亿元收入), one unit, period and
    subject, with no 其中 between them."""
    parts = [part for part, _ in listed]
    first = parts[0]
    if len({part.id for part in parts}) != len(parts):
        return False
    if any(part.unit != first.unit or part.dimension != first.dimension or part.period != first.period
           or part.entity != first.entity for part in parts):
        return False
    start, end = sentence.figures[by_id[first.id]].end, sentence.figures[by_id[listed[-1][1].id]].start
    if _SLICE_BETWEEN.search(sentence.text, start, end):
        return False
    measures = {_clause_measure(sentence, by_id[part.id]) for part in parts}
    return len(measures) == 1 and None not in measures


# 北辰电器、南川家居、西岭电子先后披露年报。……三家企业营收依次为1800.50亿元、960.30亿元、520.8亿元 ……
# 分业务看，厨电板块是北辰最大的收入来源，实现收入1100亿元，占比超过61%: bare shares of
# segments are of their company's whole, which a list printed one figure per subject in the order
# the subjects were named. The whole the article prints may not be the one the shares were worked
# out of (营业收入 beside 营业总收入), so a share that fails it is a warning.
WHOLE_LISTED_FOR_ITS_SUBJECT = "share-of-the-whole-listed-for-its-subject"
# The words that hand out a list's figures to the subjects named before them, in order.
_IN_ORDER = re.compile(r"(?:依次|分别)(?:为|是|达到|达)?\s*$")
# 三家企业, 三大巨头, 两者: the subjects are counted, and named in the sentence before.
_COUNTED_SUBJECTS = re.compile(r"(?P<count>[两二三四五六七八九十])\s*(?:家|大|者|个|位)")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NAME_BREAK = re.compile(r"\s*(?:、|和|与|及|以及)\s*")
# How many sentences before the shares the listed whole may stand.
_LISTED_WHOLE_REACH = 40
_SHORTEST_NAME = 2


def _whole_listed_for_the_subject(sentences: Sequence[SentenceFigures], position: int,
                                  bare: list[tuple[Claim, Claim]], by_id: dict[str, int]) -> Claim | None:
    """The whole of the shares' subject: the figure of the parts' measure and period that an
    earlier list gave the one subject the shares' sentence names before its first part, larger
    than every part; None when no list or more than one whole is found."""
    sentence = sentences[position]
    parts = [part for part, _ in bare]
    measure = _clause_measure(sentence, by_id[parts[0].id])
    naming = sentence.text[:sentence.figures[by_id[parts[0].id]].start]
    largest = max(part.value for part in parts)
    found: dict[str, Claim] = {}
    for earlier in range(max(0, position - _LISTED_WHOLE_REACH), position):
        for subjects, figures in _figures_listed_by_subject(sentences, earlier):
            if len(subjects) != len(figures) or measure_of(figures[0][1]) != measure:
                continue
            named = [index for index, subject in enumerate(subjects) if _names_the_subject(naming, subject, index == 0)]
            if len(named) != 1:
                continue
            whole = figures[named[0]][0]
            if (whole.period == parts[0].period and whole.period is not None and whole.source == parts[0].source
                    and whole.dimension == parts[0].dimension and comparable_units(whole, parts[0])
                    and whole.value > largest and not whole.forecast):
                found.setdefault(str(whole.value), whole)
    return next(iter(found.values())) if len(found) == 1 else None


def _figures_listed_by_subject(sentences: Sequence[SentenceFigures], position: int) -> list[
        tuple[list[str], list[tuple[Claim, str]]]]:
    """The lists of a sentence that give one figure to each subject named before them (甲、乙营收依次为
    X、Y; 三家企业营收依次为X、Y、Z after a sentence naming 甲、乙、丙): the subjects' words, and each
    figure with the words of its clause before the list."""
    sentence = sentences[position]
    figures = sentence.figures
    found = []
    breaks = [match.end() for match in _CLAUSE.finditer(sentence.text)]
    index = 0
    while index < len(figures):
        # The clause whole, a count printed in it included (三家企业营收依次为: 三家 is read as a figure).
        edge = bisect_right(breaks, figures[index].start)
        clause = sentence.text[breaks[edge - 1] if edge else 0:figures[index].start]
        if not _IN_ORDER.search(clause) or not _is_amount(figures[index].claim):
            index += 1
            continue
        run = [index]
        while run[-1] + 1 < len(figures) and _is_amount(figures[run[-1] + 1].claim) and _NAME_BREAK.fullmatch(
                sentence.text[figures[run[-1]].end:figures[run[-1] + 1].start]):
            run.append(run[-1] + 1)
        index = run[-1] + 1
        if len(run) < 2:
            continue
        intro = clause[:_IN_ORDER.search(clause).start()]
        subjects = _names_listed(intro, len(run))
        counted = _COUNTED_SUBJECTS.search(intro)
        if subjects is None and counted is not None and _COUNTS[counted.group("count")] == len(run) and position:
            subjects = next((names for clause_before in reversed(_CLAUSE.split(sentences[position - 1].text))
                             if (names := _names_listed(clause_before, len(run))) is not None), None)
        if subjects is not None:
            found.append((subjects, [(figures[at].claim, intro) for at in run]))
    return found


def _names_listed(words: str, count: int) -> list[str] | None:
    """``count`` names joined by 、 (和 or 及 before the last) in one clause, or None."""
    names = [name.strip() for name in _NAME_BREAK.split(words.strip())]
    if len(names) != count or any(len(name) < _SHORTEST_NAME or not _CJK.match(name) for name in names):
        return None
    return names


# How far from the end of the first listed words its name may start: 家电龙头北辰电器 ends with
# the name, and a description (家电龙头) before it names no subject.
_LONGEST_LISTED_NAME = 8


def _names_the_subject(text: str, subject: str, first: bool) -> bool:
    """The text names the listed subject by two of its characters or more: from the start of
    its words (西岭 of 西岭电子先后披露年报), or, for the first, whose words may open with a
    description, within the name they end with (北辰 of 家电龙头北辰电器, never 家电); never by a
    measure word, a company's legal form (集团) or a word for a group (巨头)."""
    starts = range(max(0, len(subject) - _LONGEST_LISTED_NAME), len(subject) - 1) if first else range(1)
    for at in starts:
        fragment = subject[at:at + _SHORTEST_NAME]
        if (_CJK.fullmatch(fragment) and fragment in text and measure_of(fragment) is None
                and fragment not in _COMPANY_SUFFIXES and fragment != "巨头"):
            return True
    return False


def _clause_measure(sentence: SentenceFigures, index: int) -> str | None:
    """The measure a figure's clause names before it, else the words right after it."""
    figure = sentence.figures[index]
    edges = [match.end() for match in _CLAUSE_EDGE.finditer(sentence.text, 0, figure.start)]
    lead = sentence.text[edges[-1] if edges else 0:figure.start]
    after = _CLAUSE_EDGE.split(sentence.text[figure.end:figure.end + 12])[0]
    return measure_of(lead) or measure_of(after[:4])


# 市场收入1394.9亿元，其中手游占比75.0%: the share of a subject in the whole printed right before
# 其中; the subject's own amount comes sentences later (手游……收入达到1046.5亿元).
_OF_WHICH_SUBJECT_SHARE = re.compile(
    r"^\s*[，,]\s*其中\s*[，,]?\s*(?P<subject>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*的?(?:占比|占)(?:为|达到|达|约|是)?\s*$")
# Words after the subject's name that open a slice of it (手游中，其中, 当中).
_SLICE_OF_SUBJECT = re.compile(r"^\s*(?:中|之中|当中)|其中|当中")
# How many sentences after the share its subject's amount may stand.
_LATER_REACH = 8


def _shares_of_a_subject_printed_later(sentences: Sequence[SentenceFigures],
                                       taken: set[str | None]) -> list[Relation]:
    """游戏市场实际销售收入1394.9亿元，其中手游占比75.0%……手游今年上半年实际销售收入达到1046.5亿元: the
    whole is the amount before 其中; the part is the first amount after it, within a few
    sentences, of the whole's measure, period and unit, smaller than it, in a sentence that
    names the subject before it (never a figure chosen because the arithmetic agrees)."""
    found: list[Relation] = []
    for position, sentence in enumerate(sentences):
        if sentence.source != "body":
            continue
        figures = sentence.figures
        for index in range(1, len(figures)):
            share, whole = figures[index].claim, figures[index - 1].claim
            if share.dimension != "percent" or share.kind not in ("share", "figure") or share.id in taken \
                    or share.forecast or share.of_claim or not _is_amount(whole) or whole.period is None:
                continue
            opening = _OF_WHICH_SUBJECT_SHARE.match(sentence.text[figures[index - 1].end:figures[index].start])
            measure = measure_of(_lead(_Placed(sentence, index - 1)))
            if opening is None or measure is None or measure_of(opening.group("subject")) is not None:
                continue
            part = _subject_amount_after(sentences, position, index, opening.group("subject"), whole, measure)
            if part is not None:
                found.append(share_relation(part, whole, share, "share-of-a-subject-printed-later"))
    return found


def _subject_amount_after(sentences: Sequence[SentenceFigures], position: int, index: int, subject: str,
                          whole: Claim, measure: str) -> Claim | None:
    """The first amount after the share that is the subject's figure of the whole's measure."""
    for later in range(position, min(len(sentences), position + _LATER_REACH + 1)):
        sentence = sentences[later]
        # In the share's own sentence the subject must be named again after the share.
        since = sentence.figures[index].end if later == position else 0
        for at, figure in enumerate(sentence.figures):
            if later == position and at <= index:
                continue
            claim = figure.claim
            if not _is_amount(claim) or claim.source != whole.source:
                continue
            place = _Placed(sentence, at)
            named_at = sentence.text.rfind(subject, since, figure.start)
            if named_at < 0 or measure_of(_lead(place)) != measure:
                continue
            if _SLICE_OF_SUBJECT.search(sentence.text[named_at + len(subject):figure.start]):
                continue  # 手游中，休闲游戏收入…: a slice of the subject's, not the subject's own
            if claim.period != whole.period or not comparable_units(claim, whole) or claim.value >= whole.value:
                return None  # the subject's amount is of another stretch or no part of the whole
            return claim
    return None


# 从2018年的5.24亿元，缩减至2020年的3.35亿元，占营收比重从115.7%缩减至50.7%: the year printed right
# before each amount, the whole named after 占, and the verb between the two shares.
_YEAR_BEFORE = re.compile(r"(?P<word>从|自|由|至|到)\s*(?P<year>(?:19|20)\d\d)\s*年(?:度|末|底)?\s*的?\s*$")
_SHARE_FROM = re.compile(r"占(?P<whole>[^，,；;。：:从自由]{1,12}?)(?:的)?\s*(?:从|自|由)\s*$")
_SHARE_TO = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4})?(?:至|到)\s*$")
# 2018-2021年，公司收入分别为4.53亿元，5.48亿元，5.30亿元，6.61亿元: one amount per year of the range.
_LIST_SEPARATOR = re.compile(r"\s*(?:[，,、;；]|和|及|以及)\s*")
_YEAR_RANGE = re.compile(r"(?P<first>(?:19|20)\d\d)\s*年?\s*(?:-|—|–|~|～|至|到)\s*(?P<last>(?:19|20)\d\d)\s*年")


def _shares_from_year_to_year(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                              placed: dict[str, _Placed], taken: set[str | None]) -> list[Relation]:
    """甲费用从2019年的4.00亿元，缩减至2021年的3.50亿元，占营收比重从80.0%缩减至50.0%: the first share is
    the first amount over the whole of its year, the second the second over the whole of its
    year — the whole of the measure 占 names, printed for that year (2021年营收为…) or as that
    year's item of a list over a range of years (2019-2022年收入分别为…)."""
    found: list[Relation] = []
    for sentence in sentences:
        figures = sentence.figures
        for index in range(2, len(figures) - 1):
            first_share, second_share = figures[index].claim, figures[index + 1].claim
            if first_share.dimension != "percent" or second_share.dimension != "percent" \
                    or {first_share.id, second_share.id} & taken:
                continue
            opening = _SHARE_FROM.search(sentence.text[figures[index - 1].end:figures[index].start])
            if opening is None or not _SHARE_TO.match(sentence.text[figures[index].end:figures[index + 1].start]):
                continue
            measure = measure_of(opening.group("whole"))
            from_place, to_place = _Placed(sentence, index - 2), _Placed(sentence, index - 1)
            if measure is None or not (_is_amount(from_place.claim) and _is_amount(to_place.claim)):
                continue
            years = []
            for place, word in ((from_place, "从自由"), (to_place, "至到")):
                start = figures[place.index - 1].end if place.index > 0 else 0
                year = _YEAR_BEFORE.search(sentence.text[start:place.figure.start])
                if year is None or year.group("word") not in word:
                    break
                years.append(year.group("year"))
            if len(years) != 2 or years[0] == years[1]:
                continue
            for place, year, share in ((from_place, years[0], first_share), (to_place, years[1], second_share)):
                whole = _whole_of_year(sentences, place.claim, year, measure)
                if whole is None or share.forecast:
                    continue
                found.append(share_relation(place.claim, whole, share, "shares-from-year-to-year"))
    return found


def _whole_of_year(sentences: Sequence[SentenceFigures], part: Claim, year: str, measure: str) -> Claim | None:
    """The whole of ``measure`` printed for ``year`` before the share, of the part's company: dated
    so (2021年营收为…), or that year's item of a list over a range of years; one figure, or none
    when they differ."""
    found: dict[str, Claim] = {}
    for sentence in sentences:
        if any(figure.claim.id == part.id for figure in sentence.figures):
            break
        if sentence.source != "body":
            continue
        amounts = [index for index, figure in enumerate(sentence.figures) if _is_amount(figure.claim)]
        span = _YEAR_RANGE.search(sentence.text)
        listed: dict[int, str] = {}
        intro = sentence.text[span.end():sentence.figures[amounts[0]].start] if span and amounts else ""
        if "分别" in intro and measure_of(intro) == measure and _whole_like(_Placed(sentence, amounts[0]), part.entity):
            run = [amounts[0]]
            while run[-1] + 1 < len(sentence.figures) and _is_amount(sentence.figures[run[-1] + 1].claim) \
                    and _LIST_SEPARATOR.fullmatch(sentence.text[sentence.figures[run[-1]].end:
                                                                 sentence.figures[run[-1] + 1].start]):
                run.append(run[-1] + 1)
            first, last = int(span.group("first")), int(span.group("last"))
            if len(run) == last - first + 1:
                listed = {index: str(first + offset) for offset, index in enumerate(run)}
        for index in amounts:
            place = _Placed(sentence, index)
            claim = place.claim
            if claim.id == part.id or claim.entity not in (part.entity, None) or not comparable_units(claim, part):
                continue
            dated = listed.get(index) or (claim.period if claim.period == year and index not in listed else None)
            if dated == year and (index in listed or _of_measure(place, measure) and _whole_like(place, part.entity)):
                found.setdefault(str(claim.value), claim)
    return next(iter(found.values())) if len(found) == 1 else None


# 从3800万至2700万……损失了1100万名玩家，比例达29%: a bare 比例 after a change is the change over the
# start of the from→to the sentence printed.
_BARE_SHARE = re.compile(r"^\s*(?:比例|比重|占比|幅度)\s*(?:达到|达|为|是|约|高达)*\s*$")
_CHANGE_WORDS = re.compile(r"损失|流失|减少|下降|下滑|缩减|萎缩|增加|增长|新增|扩大")
_FROM_TO = re.compile(r"(?:从|自|由)[^，,；;。]*$")


def _shares_of_a_change(sentences: Sequence[SentenceFigures], taken: set[str | None]) -> list[Relation]:
    """活跃用户从3800万降至2700万，三年来流失了1100万名，比例达29%: the change (the difference of the
    two amounts, within their rounding) over the amount it started from."""
    found: list[Relation] = []
    for sentence in sentences:
        figures = sentence.figures
        for index in range(3, len(figures)):
            share = figures[index].claim
            if share.dimension != "percent" or share.id in taken or share.forecast:
                continue
            if not _BARE_SHARE.match(_CLAUSE.split(sentence.text[figures[index - 1].end:figures[index].start])[-1]):
                continue
            between = sentence.text[figures[index - 1].end:figures[index].start]
            change, start, end = (figures[index - offset].claim for offset in (1, 3, 2))
            # 新增200家 is read as a change (kind growth) of an amount: it is still the part.
            change_is_amount = change.dimension in AMOUNTS and change.kind in ("figure", "growth") and not change.forecast
            if len(_CLAUSE.findall(between)) != 1 or not (change_is_amount and _is_amount(start) and _is_amount(end)):
                continue
            if not _CHANGE_WORDS.search(_clause_before(_Placed(sentence, index - 1))):
                continue
            if not _FROM_TO.search(sentence.text[:figures[index - 3].start]) \
                    or not re.search(r"(?:至|到)", sentence.text[figures[index - 3].end:figures[index - 2].start]):
                continue
            if not (comparable_units(change, start) and comparable_units(start, end)):
                continue
            low, high = abs(start.lower - end.upper), abs(start.upper - end.lower)
            if not min(low, high) <= change.upper and change.lower <= max(low, high):
                continue  # the change is not the difference the from→to prints
            found.append(share_relation(change, start, share, "share-of-a-change-in-its-start"))
    return found


# 2021年至2023年，营业收入分别为A、B和C。同期，境外收入分别为X、Y和Z，占营业收入的比例分别为a、b和c:
# the sentence opening with 同期 lists its figures over the years the sentence before listed, in order.
_SAME_YEARS = re.compile(r"^\s*(?:同期|同期内|同一时期)[，,]")


def _shares_over_the_years_before(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                                  taken: set[str | None]) -> list[Relation]:
    """The shares of a 分别 list in a sentence opening with 同期, each of its part (read without a
    period) over the figure of the whole the shares name that the sentence before lists for the
    year in the same place: as many figures of that whole as shares, each of its own year."""
    by_id = {claim.id: claim for claim in claims}
    entities = Counter(claim.entity for claim in claims if claim.entity)
    names = (entities.most_common(1)[0][0],) if entities else ("",)
    found: list[Relation] = []
    for position in range(1, len(sentences)):
        sentence, before = sentences[position], sentences[position - 1]
        if not _SAME_YEARS.match(sentence.text) or before.source != sentence.source:
            continue
        shares = [figure.claim for figure in sentence.figures if figure.claim.kind == "share"
                  and figure.claim.id not in taken and "分别" in (figure.claim.basis or "")]
        parts = [part for part in (by_id.get(share.of_claim or "") for share in shares)
                 if part is not None and _is_amount(part) and part.period is None]
        if len(shares) < 2 or len(parts) != len(shares) or len({part.id for part in parts}) != len(parts) \
                or len({share.basis for share in shares}) != 1:
            continue
        whole_words = shares[0].basis or ""
        key = metric_key(simplified(_RESPECTIVE_WORDS.sub("", whole_words)), names)
        wholes = [figure.claim for figure in before.figures if _is_amount(figure.claim) and figure.claim.period
                  and names_the_total(whole_words, figure.claim, simplified, key)]
        periods = [whole.period for whole in wholes]
        if len(wholes) != len(shares) or len(set(periods)) != len(periods) or periods != sorted(periods):
            continue
        if not all(comparable_units(part, whole) and whole.value > part.value for part, whole in zip(parts, wholes)):
            continue
        found.extend(share_relation(part, whole, share, "shares-over-the-years-before", claims)
                     for part, whole, share in zip(parts, wholes, shares))
    return found


_RESPECTIVE_WORDS = re.compile(r"(?:的|之|比重|比例|占比|分别|依次|为)+$")


# 海外业务收入12.60亿元，占营业收入的比重由上年的28.4%提升至31.5%; 个人存款…，占各项存款的比重较年初
# 提高2.1个百分点至52.6%: the share after 至 is the part's share of the whole its words name now; the
# one after 由 is last year's, of last year's figures, never of the part printed.
_SHARE_MOVED_TO = re.compile(
    r"占(?P<whole>[^，,；;。：:占]{1,20}?)的?\s*(?:比重|比例|占比|份额)\s*"
    r"(?:由|从|较|比)?\s*(?:上年|去年|上年同期|去年同期|年初|上年末|去年末|上季度末?|上期)?(?:末)?的?\s*(?:\ue000P\ue001)?\s*"
    r"(?:提升|上升|提高|增加|增长|下降|降低|回落|减少|下滑|升|降)了?\s*(?:\ue000[PQ]\ue001)?\s*(?:至|到)\s*$")


def _shares_moved_to(sentences: Sequence[SentenceFigures], claims: Sequence[Claim], placed: dict[str, _Placed],
                     order: dict[str, int], siblings: dict[str, set[str]], sliced: set[str | None],
                     taken: set[str | None]) -> list[Relation]:
    """The share a 占…的比重…提升至B% clause ends on, of the amount its sentence printed just before
    the clause, over the whole the clause names (found as a share's named whole is)."""
    by_id = {claim.id: claim for claim in claims}
    entities = Counter(claim.entity for claim in claims if claim.entity)
    names = (entities.most_common(1)[0][0],) if entities else ("",)

    def key_of(phrase: str) -> str:
        return metric_key(simplified(phrase), names)

    found: list[Relation] = []
    for sentence in sentences:
        figures = sentence.figures
        for index, figure in enumerate(figures):
            stated = figure.claim
            if stated.dimension != "percent" or stated.id in taken or stated.forecast:
                continue
            clause_start = max([0] + [m.end() for m in _CLAUSE.finditer(sentence.text, 0, figure.start)])
            inside = [other for other in figures[:index] if other.start >= clause_start]
            words, at = "", clause_start
            for other in inside:
                token = "\ue000Q\ue001" if other.claim.kind == "points" else "\ue000P\ue001"
                words, at = words + sentence.text[at:other.start] + token, other.end
            words += sentence.text[at:figure.start]
            moved = _SHARE_MOVED_TO.search(words)
            if moved is None or any(other.claim.dimension != "percent" and other.claim.kind != "points"
                                    for other in inside):
                continue
            # The part: the amount right before the clause, with only its own change between.
            amounts = [other for other in figures[:index] if other.end <= clause_start and _is_amount(other.claim)]
            if not amounts:
                continue
            part_place = amounts[-1]
            if re.search(r"其中|分别|合计|共计", sentence.text[part_place.end:clause_start]):
                continue
            part = part_place.claim
            named = moved.group("whole")
            earlier = [claim for claim in claims[max(0, order[part.id] - _REACH_FIGURES):order[part.id]]
                       if claim.id not in siblings.get(part.id, ())]
            whole = nearest_total(earlier, part, part.period, False, named, simplified, key_of(named))
            if whole is None:
                share = stated.model_copy(update={"kind": "share", "basis": named, "of_claim": part.id, "qualifier": None})
                located = _whole_of(share, part, earlier, placed, sliced)
                whole = located[0] if located else None
            if whole is None or whole.id not in by_id:
                continue
            found.append(share_relation(part, whole, stated, "share-moved-to-a-level", claims))
    return found


# 营收、净利润行业占比分别达30.28%、29.58%: the measures listed before 占比分别, in the order of the
# shares after it; words after the last measure (行业) name the whole.
_MEASURES_THEN_SHARES = re.compile(r"^(?P<names>[^，,；;。：:]+?)占比分别(?:为|达到|达|是|约)*\s*$")
_LIST_JOINS = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
# The construction of a share whose words name a whole the article never prints (行业占比 beside
# the listed companies' total only): the printed whole of its measure is one reading, not a proof.
WHOLE_NOT_PRINTED = "share-of-a-whole-its-words-do-not-print"


def _shares_listed_by_measure(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                              placed: dict[str, _Placed], taken: set[str | None]) -> list[Relation]:
    """A公司营收1500亿元……净利润300亿元；营收、净利润行业占比分别达30%、25%: each share is of the
    amount of its measure the sentence printed before, and of the whole of that measure and
    period printed as a whole before it; when the words name a whole of their own (行业) that no
    sentence prints, the printed whole is read with the construction that says so."""
    found: list[Relation] = []
    order = {claim.id: position for position, claim in enumerate(claims)}
    for sentence in sentences:
        if sentence.source != "body":
            continue
        figures = sentence.figures
        for first, figure in enumerate(figures):
            if figure.claim.dimension != "percent" or figure.claim.id in taken:
                continue
            clause_start = max([0] + [m.end() for m in _CLAUSE.finditer(sentence.text, 0, figure.start)])
            opening = _MEASURES_THEN_SHARES.match(sentence.text[clause_start:figure.start])
            if opening is None:
                continue
            items = _LIST_JOINS.split(opening.group("names").strip())
            run = [first]
            while len(run) < len(items) and run[-1] + 1 < len(figures) \
                    and figures[run[-1] + 1].claim.dimension == "percent" \
                    and _LIST_JOINS.fullmatch(sentence.text[figures[run[-1]].end:figures[run[-1] + 1].start]):
                run.append(run[-1] + 1)
            measures = [measure_of(item) for item in items]
            if len(items) < 2 or len(run) != len(items) or None in measures or len(set(measures)) != len(measures):
                continue
            last = _MEASURE_PATTERN.search(items[-1])
            subject = clean_phrase(items[-1][last.end():]) if last else ""
            for measure, index in zip(measures, run):
                share = figures[index].claim
                if share.forecast or share.id in taken:
                    continue
                part = next((place.claim for place in (_Placed(sentence, i) for i in range(first - 1, -1, -1))
                             if _is_amount(place.claim) and measure_of(_lead(place)) == measure), None)
                if part is None or part.period is None:
                    continue
                wholes = [claim for claim in claims[:order[part.id]] if claim.id in placed
                          and _may_be_whole(claim, part, part.period) and measure_of(_lead(placed[claim.id])) == measure
                          and _whole_like(placed[claim.id], part.entity)]
                construction = "shares-listed-by-measure"
                if subject and not _GENERIC_WHOLE.match(subject):
                    named = [claim for claim in wholes if _names_subject(placed[claim.id], subject)]
                    wholes, construction = (named, construction) if named else (wholes, WHOLE_NOT_PRINTED)
                whole = _largest(wholes, construction)
                if whole is None:
                    continue
                found.append(share_relation(part, whole[0], share, construction))
    return found


# A share's clause opens with 占 (…合计达3874亿元，占A股20家公司总营收90.2%); a count inside it
# (20家) keeps the extractor from reading the figure after it as the share it is.
_SHARE_CLAUSE = re.compile(r"^\s*(?:约|仅|共|合计|均)?占(?!比)")


def _shares_read_as_figures(sentences: Sequence[SentenceFigures], taken: set[str | None]) -> dict[str, Claim]:
    """Percents whose clause is a 占 phrase holding only counts, read as the shares they are,
    with the clause's words (counts left out) as the whole they name."""
    found: dict[str, Claim] = {}
    for sentence in sentences:
        for index, figure in enumerate(sentence.figures):
            claim = figure.claim
            if claim.kind != "figure" or claim.dimension != "percent" or claim.forecast or claim.id in taken:
                continue
            clause_start = max([0] + [m.end() for m in _CLAUSE.finditer(sentence.text, 0, figure.start)])
            inside = [other for other in sentence.figures[:index] if other.start >= clause_start]
            if any(other.claim.dimension != "count" for other in inside):
                continue
            words, at = "", clause_start
            for other in inside:
                words, at = words + sentence.text[at:other.start], other.end
            words += sentence.text[at:figure.start]
            opening = _SHARE_CLAUSE.match(words)
            if opening is None or not inside:
                continue
            found[claim.id] = claim.model_copy(update={"kind": "share", "basis": words[opening.end():]})
    return found


# A share's clause may name its whole with 在 and no 占 (…出口7044.7亿元，增长15.4%，在出口总额中的
# 比重为52.7%; 在出口总额的52.7%, 占 mistyped): the clause is the whole's name and the share only,
# the whole named as a total (总额, 总量) or with 中 and a word for the share (中的比重, 中所占比例).
# A word before 在 (控制在营收的3%以内) or after the share (以内, 以上) makes it a bound or a
# target, never a share: the clause must open with 在 and end with the share.
_WITHIN_WHOLE = re.compile(
    r"^\s*在(?:(?P<whole>[^，,；;。：:在占]{1,20}?)中(?:的|所占的?)\s*(?:比重|占比|比例|份额)"
    r"|(?P<total>[^，,；;。：:在占]{0,18}?(?:总额|总量|总值|总数|总和|总收入))(?:中的|中所占的?|的)\s*"
    r"(?:比重|占比|比例|份额)?)\s*(?:为|达到|达|约)?\s*$"
)
# Between a part and such a share, only the part's own change may stand (，增长15.4%，).
_PART_ONLY_CHANGES = re.compile(r"其中|分别|合计|共计|占|在")


def _shares_within_a_whole(sentences: Sequence[SentenceFigures],
                           taken: set[str | None]) -> dict[str, tuple[Claim, Claim]]:
    """知识密集型服务出口7044.7亿元，增长15.4%，在服务出口总额中的比重为52.7%: a percent whose clause
    names a whole with 在 (no 占) is the share of that whole the amount before it is, when only
    that amount's own changes stand between; read as (the share, its part)."""
    found: dict[str, tuple[Claim, Claim]] = {}
    for sentence in sentences:
        figures = sentence.figures
        for index, figure in enumerate(figures):
            claim = figure.claim
            if claim.kind != "figure" or claim.dimension != "percent" or claim.forecast or claim.id in taken:
                continue
            clause_start = max([0] + [m.end() for m in _CLAUSE.finditer(sentence.text, 0, figure.start)])
            opening = _WITHIN_WHOLE.match(sentence.text[clause_start:figure.start])
            after = sentence.text[figure.end:]
            if opening is None or not re.match(r"\s*(?:[，,；;。]|$)", after):
                continue
            before = next((at for at in range(index - 1, -1, -1) if _is_amount(figures[at].claim)), None)
            if before is None or any(figures[at].claim.kind not in ("growth", "points")
                                     or figures[at].claim.of_claim != figures[before].claim.id
                                     for at in range(before + 1, index)):
                continue
            between = sentence.text[figures[before].end:clause_start]
            whole = opening.group("whole") or opening.group("total")
            part = _Placed(sentence, before)
            if _PART_ONLY_CHANGES.search(between) or measure_of(whole) is None \
                    or measure_of(_lead(part)) != measure_of(whole):
                continue
            share = claim.model_copy(update={"kind": "share", "basis": whole, "of_claim": part.claim.id})
            found[claim.id] = (share, part.claim)
    return found


def _part_before_its_clause(share: Claim, place: _Placed) -> tuple[Claim, str] | None:
    """The amount the clause before the share's 占 ends with, of the measure the share names."""
    sentence, figures = place.sentence, place.sentence.figures
    clause_start = max([0] + [m.end() for m in _CLAUSE.finditer(sentence.text, 0, figures[place.index].start)])
    before = next((index for index in range(place.index - 1, -1, -1) if figures[index].end <= clause_start), None)
    if before is None or not _is_amount(figures[before].claim):
        return None
    between = sentence.text[figures[before].end:clause_start]
    candidate = _Placed(sentence, before)
    named = measure_of(share.basis or "")
    if _ANOTHER_STATEMENT.search(between) or len(_CLAUSE.findall(between)) != 1 \
            or named is None or measure_of(_lead(candidate)) != named:
        return None
    return candidate.claim, "share-whose-words-hold-a-count"


_LIST_INTRO = re.compile(r"占比|比重|占[^，,。；;]{0,12}的?比例")
_ITEM_EDGES = re.compile(r"^[\s；;、，,：:。]+|[\s；;、，,：:为达是约]+$")


def _item_name(place: _Placed) -> str:
    """The words a list item prints before its figure: 利息净收入 of ；利息净收入13.09%."""
    words = _own_words(place)
    words = re.split(r"[；;。：:]|分别为|分别是|分别如下", words)[-1]
    return _ITEM_EDGES.sub("", words)


def _shares_listed_by_name(sentences: Sequence[SentenceFigures], placed: dict[str, _Placed],
                           taken: set[str | None]) -> list[Relation]:
    """各主营业务收入分别如下：A业务净收入984.37亿元；B业务净收入480.03亿元…… 各主营业务收入占比分别为：
    A业务净收入24.25%；B业务净收入11.83%……: a list of shares names its items as a list of amounts
    before it did; each share is of the amount printed under its name, and all of one whole —
    the nearest earlier figure of their measure and period printed as a whole, at least the
    sum of the listed amounts."""
    found: list[Relation] = []
    body = [sentence for sentence in sentences if sentence.source == "body"]
    for number, sentence in enumerate(body):
        rates = [index for index, figure in enumerate(sentence.figures)
                 if figure.claim.dimension == "percent" and figure.claim.kind in ("figure", "share")
                 and not figure.claim.forecast and figure.claim.id not in taken]
        if len(rates) < 2:
            continue
        intro = sentence.text[:sentence.figures[rates[0]].start]
        if number > 0 and not _LIST_INTRO.search(intro):
            intro = body[number - 1].text[-40:] + intro
        if not _LIST_INTRO.search(intro):
            continue
        earlier = [_Placed(other, index) for other in body[max(0, number - 8):number]
                   for index in range(len(other.figures)) if _is_amount(other.figures[index].claim)]
        pairs = []
        for index in rates:
            share = sentence.figures[index].claim
            name = _item_name(_Placed(sentence, index))
            # The items are measures (利息净收入), not companies: 中信证券（7.65%） is a share of
            # that company's own revenue, not of the amount printed after its name elsewhere.
            named = [place for place in earlier if len(name) >= 4 and measure_of(name) and _item_name(place) == name
                     and place.claim.period == share.period and share.period is not None]
            if len(named) == 1:
                pairs.append((named[0].claim, share))
        if len(pairs) < 2:
            continue
        parts = [part for part, _ in pairs]
        if len({part.id for part in parts}) != len(parts) or not all(comparable_units(p, parts[0]) for p in parts):
            continue
        measure = measure_of(intro) or measure_of(_lead(placed[parts[0].id]))
        least = sum(part.value for part in parts)
        wholes = [place.claim for place in (_Placed(other, index) for other in body[:number + 1]
                                            for index in range(len(other.figures)))
                  if (place.sentence is not sentence or place.index < rates[0]) and _is_amount(place.claim)
                  and place.claim.id not in {part.id for part in parts} and place.claim.period == parts[0].period
                  and comparable_units(place.claim, parts[0]) and place.claim.value >= least
                  and measure_of(_lead(place)) == measure and _whole_like(place, place.claim.entity)]
        if not wholes:
            continue
        total = wholes[-1]
        for part, share in pairs:
            found.append(share_relation(part, total, share, "shares-listed-under-the-names-of-amounts"))
    return found


# An expense ratio (费用率, 费用占比) is the expense just named over the revenue of its period.
_EXPENSE_RATIO_NAMES = ("费用率", "费用占比", "费用比率", "费用比例")
_EXPENSE_WORDS = ("费用", "开支", "投入")
# Between a ratio's name and its figure: periods, a change in points, a verb (毛利率2025年第三季度为13.9%,
# 费用率上升1.1个百分点达到19%); a from→to (存放比自70.36%降至70%) is read at its "to" only.
_RATIO_GAP = re.compile(r"^[^，,；;。：:占]{0,30}$")
_CONVERSION_BEFORE = re.compile(r"[（(]\s*(?:约合|折合|合|约)?\s*(?:人民币|美元|港元|港币)?\s*$")
_FROM_WORD = re.compile(r"(?:自|从|由)\s*$")
_PERIOD_OR_VERB = re.compile(r"^(?:[\d\s年季度第一二三四上下半全月末前后个|·•\-]|单季|同期|当期|期内|全年|公司|集团|综合|整体|的)*$")


# How far back a share's whole is looked for, in figures (a ratio's terms: ``corpus.REACH``
# sentences with figures). Articles print them a few paragraphs before at most; without a reach,
# a long pasted feed scanned everything it had read for every share.
_REACH_FIGURES = 2000


def _named_ratios(sentences: Sequence[SentenceFigures], placed: dict[str, _Placed],
                  taken: set[str | None]) -> list[Relation]:
    """毛利率2025年第三季度为13.9%, 经营利润率为3.2% (after 超5亿元，达到5.687亿元), 研发费用为20.7亿元，
    费用占比为11.7%: a ratio that names its numerator and denominator is a share of one in the
    other, both printed for its period before it; an expense ratio's numerator is the expense
    its sentence has just named."""
    found = []
    ordered = [(number, sentence) for number, sentence in enumerate(sentences) if sentence.source == "body"]
    for number, sentence in ordered:
        for index, figure in enumerate(sentence.figures):
            ratio = figure.claim
            if ratio.dimension != "percent" or ratio.kind not in ("figure", "share") or ratio.forecast \
                    or ratio.id in taken:
                continue
            clause_start = max([0] + [m.end() for m in _CLAUSE.finditer(sentence.text, 0, figure.start)])
            clause = sentence.text[clause_start:figure.start]
            if _FROM_WORD.search(clause):
                continue  # the start of a from→to is an earlier period's ratio
            named = _ratio_named(clause)
            if named is None:
                continue
            numerator_words, denominator_words, excluded = named
            # The revenue of a period is printed once, often at the top; the numerator is near.
            reach = ordered[bisect_left(ordered, number - REACH, key=itemgetter(0)):
                            bisect_right(ordered, number, key=itemgetter(0))]
            earlier = [(sentence_number, place) for sentence_number, other in reach
                       for place in (_Placed(other, i) for i in range(len(other.figures)))
                        if (sentence_number < number or place.index < index) and _is_amount(place.claim)
                       and place.claim.period == ratio.period]
            if ratio.period is None:
                # No period read (截至2月底 without a year): only the figures of the ratio's own
                # sentence and paragraph, none of them dated either, can be its terms.
                earlier = [(sentence_number, place) for sentence_number, place in earlier
                           if place.sentence.paragraph == sentence.paragraph and sentence_number >= number - 2]
            window = [(sentence_number, place) for sentence_number, place in earlier if sentence_number >= number - 6]
            if numerator_words is None:  # an expense ratio: the expense of its own sentence
                numerator = next((place.claim for sentence_number, place in reversed(window)
                                  if sentence_number == number and any(word in _lead(place) for word in _EXPENSE_WORDS)), None)
            else:
                numerator = _nearest_named(window, numerator_words, excluded)
            if numerator is None:
                continue
            numerator_place = next((place for _, place in window if place.claim.id == numerator.id), None)
            if denominator_words is REVENUE and numerator_place is not None \
                    and not _whole_like(numerator_place, numerator.entity):
                continue  # 调味品业务毛利为79.33亿元，毛利率为40.0%: the segment's ratio, not the company's
            # A segment's revenue is not the company's: the denominator is printed as a whole.
            wholes = [(sentence_number, place) for sentence_number, place in earlier
                      if denominator_words is not REVENUE or _whole_like(place, numerator.entity)]
            denominator = _nearest_named(wholes, denominator_words, numerator_words or _EXPENSE_WORDS)
            if denominator is None or not comparable_units(numerator, denominator) \
                    or numerator.value >= denominator.value:
                continue
            found.append(share_relation(numerator, denominator, ratio, "named-ratio-of-its-period"))
    return found


def _ratio_named(clause: str) -> tuple[tuple[str, ...] | None, tuple[str, ...], tuple[str, ...]] | None:
    """The numerator words, denominator words and excluded numerator words of the ratio the
    clause opens with, or None."""
    for name in _EXPENSE_RATIO_NAMES:
        at = clause.find(name)
        if at >= 0 and _opens_clause(clause[:at]) and _RATIO_GAP.match(clause[at + len(name):]):
            return None, REVENUE, ()
    for names, numerator_words, denominator_words, *never in NAMED_RATIOS:
        for name in names:
            at = clause.find(name)
            if at >= 0 and _opens_clause(clause[:at]) and _RATIO_GAP.match(clause[at + len(name):]) \
                    and "率" not in clause[at + len(name):]:
                return numerator_words, denominator_words, never[0] if never else ()
    return None


def _opens_clause(prefix: str) -> bool:
    """Only periods, a company's name or a bullet stand before the ratio's name."""
    if _PERIOD_OR_VERB.match(prefix):
        return True
    name = re.sub(r"^(?:[\d\s年季度第一二三四上下半全月末前后个|·•\-]|单季|同期|当期|期内|全年)*", "", prefix)
    return bool(name) and name.endswith(_COMPANY_SUFFIXES) and len(name) <= 12


# Words that report a figure without naming what it measures: 达到, 再度扩大至, 同比增长12%至.
_CJK_CONTENT = re.compile(r"[^\u4e00-\u9fff]|再度|进一步|分别|同比|环比|按年|均|约|超过|超|近|达到|达|为|是|至|到|"
                          r"增长|增加|上升|提升|下降|减少|扩大|缩小|录得|实现|取得|升|降|增|减|了|的|年|月|季度|季|日|末|底|初|前|后|全|上半|下半")


def _of_measure(place: _Placed, measure: str) -> bool:
    """The figure measures ``measure``: its own clause names it, or names nothing and an earlier
    clause does (营收为6.61亿元，同比增加24.59%；净亏损为8.73亿元: 净亏损 is no revenue)."""
    lead = _lead(place)
    own = _CLAUSE.split(lead)[-1]
    if measure_of(own) or len(_CJK_CONTENT.sub("", own)) >= 2:
        return measure_of(own) == measure
    return measure_of(lead) == measure


def _own_words(place: _Placed) -> str:
    figures = place.sentence.figures
    start = figures[place.index - 1].end if place.index > 0 else 0
    return place.sentence.text[start:figures[place.index].start]


def _nearest_named(window: list[tuple[int, _Placed]], words: tuple[str, ...], excluded: tuple[str, ...]) -> Claim | None:
    """The nearest figure whose own words (or, when they name nothing, the words before them)
    name the measure: 毛利 in 毛利2025年第三季度为, 经营利润 in 经营利润（扣除股权激励）超5亿元，达到."""
    for _, place in reversed(window):
        if _CONVERSION_BEFORE.search(_own_words(place)):
            continue  # 30.2亿元（约合4.2亿美元）: the same figure in another currency
        lead = _lead(place)
        own = _CLAUSE.split(lead)[-1]
        # 存放利差再度扩大至14.71兆元: a clause whose own words name another thing is not of the
        # measure an earlier clause named; only a bare verb (达到5.687亿元) speaks of that one.
        clause = own if measure_of(own) or len(_CJK_CONTENT.sub("", own)) >= 2 else lead
        if "率" in clause or any(word in clause for word in excluded):
            continue
        if any(word in clause for word in words):
            return place.claim
    return None


def _siblings(stated: Sequence[Relation]) -> dict[str, set[str]]:
    """The other slices of each breakdown a figure is a slice of: 33.1GWh和22.2GWh are two
    slices of one whole, never one the whole of the other."""
    found: dict[str, set[str]] = {}
    for relation in stated:
        if relation.kind == "parts_sum":
            parts = relation.claims_in("part")
            for part in parts:
                found.setdefault(part, set()).update(other for other in parts if other != part)
    return found


def _resolved_elsewhere(claims: Sequence[Claim], stated: Sequence[Relation]) -> list[Relation]:
    """The shares the reader of totals named earlier resolves after this one, read as the
    extractor will call it."""
    entities = Counter(claim.entity for claim in claims if claim.entity)
    names = (entities.most_common(1)[0][0],) if entities else ("",)
    return shares_of_totals(claims, stated, simplified, lambda phrase: metric_key(simplified(phrase), names))


def measure_of(text: str) -> str | None:
    """The measure the last measure word of ``text`` names (营业额 → 收入), or None."""
    found = [match for match in _MEASURE_PATTERN.finditer(text)]
    return _MEASURE_OF_WORD[found[-1].group(0)] if found else None


def _lead(place: _Placed) -> str:
    """The words that name what a figure measures: those since the figure before it, or,
    when those name no measure (超5亿元，达到5.687亿元; 净收入创历史新高，达到125亿元), since the
    one before that."""
    sentence, figures = place.sentence, place.sentence.figures
    start = figures[place.index - 1].end if place.index > 0 else 0
    lead = sentence.text[start:figures[place.index].start]
    back = place.index - 1
    while measure_of(lead) is None and back >= 0 and place.index - back <= 2:
        start = figures[back - 1].end if back > 0 else 0
        lead = sentence.text[start:figures[back].start] + lead
        back -= 1
    return lead


def _counted(place: _Placed) -> str:
    """The noun a count counts: 140家证券公司 → 证券公司."""
    after = place.sentence.text[place.figure.end:place.figure.end + 6]
    noun = _CJK.match(after)
    return noun.group(0) if noun else ""


def _whole_core(phrase: str, entity: str | None) -> tuple[str, bool]:
    """The words of a share's whole that name it, and whether they said "total" (总, 全部)."""
    text = clean_phrase(phrase.replace(entity, "") if entity else phrase)
    said_total = bool(re.search(r"总|全部|整体|全国|全市场", text))
    previous = None
    while previous != text:
        previous = text
        text = _WHOLE_PREFIX.sub("", _WHOLE_SUFFIX.sub("", text))
    return text, said_total


def _part_of(share: Claim, by_id: dict[str, Claim], placed: dict[str, _Placed]) -> tuple[Claim, str] | None:
    """The part a share is of: the one the extractor linked, else the amount its sentence
    prints right before it (…至219.7亿元，收入占比80%) or right after it (有道（占总收入6%）：
    …净收入为16亿元), named with the share's measure."""
    if share.of_claim:
        part = by_id.get(share.of_claim)
        return (part, "") if part is not None and _is_amount(part) else None
    place = placed[share.id]
    sentence, figures = place.sentence, place.sentence.figures
    named = measure_of(share.basis or "") or measure_of(_share_words(place))
    if named is None:
        return None
    after = next((index for index in range(place.index + 1, len(figures))
                  if _is_amount(figures[index].claim) or figures[index].claim.kind == "share"), None)
    if after is not None and figures[after].claim.kind == "figure":
        between = sentence.text[figures[place.index].end:figures[after].start]
        candidate = _Placed(sentence, after)
        if not _ANOTHER_STATEMENT.search(between) and measure_of(_lead(candidate)) == named \
                and len(_CLAUSE.findall(between)) <= 2:
            return candidate.claim, "share-printed-before-its-part"
    subject = _share_subject(place)
    if subject and _CJK.search(_MEASURE_PATTERN.sub("", subject)):
        # 个人贷款占比为40.0%, 汽车销售收入占总收入的93.3%: the words before 占 name the part.
        named_parts = [index for index in range(place.index - 1, -1, -1) if _is_amount(figures[index].claim)
                       and subject in sentence.text[figures[index - 1].end if index else 0:figures[index].start]]
        return (figures[named_parts[0]].claim, "share-of-a-part-named-again") if named_parts else None
    before = next((index for index in range(place.index - 1, -1, -1)
                   if _is_amount(figures[index].claim) or figures[index].claim.kind == "share"), None)
    if before is not None and figures[before].claim.kind == "figure":
        between = sentence.text[figures[before].end:figures[place.index].start]
        candidate = _Placed(sentence, before)
        if not _ANOTHER_STATEMENT.search(between) and len(_CLAUSE.findall(between)) == 1 \
                and measure_of(_lead(candidate)) == named:
            return candidate.claim, "share-named-after-its-part"
    return None


def _share_subject(place: _Placed) -> str:
    """The words before 占 in the share's clause (个人贷款 of 个人贷款占比为40.0%), without
    period words."""
    clause = _share_words(place)
    return clean_phrase(clause[:clause.index("占")]) if clause else ""


def _share_words(place: _Placed) -> str:
    """收入占比回落至80%: the words of the share's own clause, which name its measure."""
    text = place.sentence.text[:place.figure.start]
    clause = _CLAUSE.split(text)[-1]
    return clause if "占" in clause else ""


def _whole_of(share: Claim, part: Claim, earlier: Sequence[Claim],
              placed: dict[str, _Placed], sliced: set[str] = frozenset()) -> tuple[Claim, str] | None:
    part_place = placed.get(part.id)
    if part_place is None:
        return None
    period = part.period
    if period is None or (share.period is not None and share.period != period
                          and not share.period.startswith(period) and not period.startswith(share.period)):
        return None  # a whole is chosen by its period: without one, any year's figure would do
    candidates = [claim for claim in earlier
                  if claim.id in placed and _may_be_whole(claim, part, period)]
    core, said_total = _whole_core(share.basis or "", share.entity)
    # 115家证券公司: a count names what it counts after its counter, not before it.
    counted = part.dimension == "count" and (part.unit or "") in _COUNTED_UNITS and len(_counted(part_place)) >= 2
    part_measure = _counted(part_place) if counted else measure_of(_lead(part_place))
    if not part_measure:
        return None

    def of_part_measure(claim: Claim) -> bool:
        place = placed[claim.id]
        if counted:
            return _counted(place)[:2] == part_measure[:2]
        return measure_of(_lead(place)) == part_measure

    named = measure_of(core)
    if named is not None and not counted:
        # 占总净营收的, 占中国外贸总值的: the whole is the figure of the measure the words name,
        # and of the words printed with it (服务 in 服务进出口总额).
        qualifier = _without_measure_words(core)
        fitting = [claim for claim in candidates if measure_of(_lead(placed[claim.id])) == named
                   and (len(qualifier) < 2 or qualifier in _lead(placed[claim.id])
                        or qualifier in _COUNT_IN_WORDS.sub("", _clause_before(placed[claim.id])))
                   and _whole_like(placed[claim.id], _whose(part, claim))]
        if said_total or qualifier:
            return _largest(fitting, "share-of-a-whole-named-by-its-measure")
        return None
    if core and not _GENERIC_WHOLE.match(core):
        # 占全国市场的, 占银行业金融机构比例: the whole is the figure of the part's measure in a
        # sentence about that subject.
        # The subject is another than the part's (a market, a sector): its figures are its own.
        fitting = [claim for claim in earlier if claim.id in placed and _may_be_whole(claim, part, period, True)
                   and of_part_measure(claim) and _names_subject(placed[claim.id], core)]
        return _largest(fitting, "share-of-a-whole-named-by-its-subject")
    # 占总额的, 占比总数的, a bare 占比: the whole of the part's own measure.
    return _largest([claim for claim in candidates if of_part_measure(claim) and claim.id not in sliced
                     and (counted or _whole_like(placed[claim.id], _whose(part, claim)))], "share-of-the-whole-of-its-measure")


def _whose(part: Claim, whole: Claim) -> str | None:
    """The company whose name a whole's words may print: the part's, or, for a slice whose subject
    the reader could not name, the whole's own."""
    return whole.entity if (part.entity or "").startswith(UNNAMED_PREFIX) else part.entity


def _whole_like(place: _Placed, entity: str | None) -> bool:
    """A figure printed as a whole: named a total (总收入, 装车量共计, 我国…产量), or by its measure
    alone (营收为…), never a segment's (游戏业务收入, 三元电池…装车量)."""
    lead = _lead(place)
    if _WHOLE_MARK.search(lead):
        return True
    # 招股书显示，2018-2021年，公司取得收入分别为: the clause that names the measure says whose it is.
    named = [clause for clause in _CLAUSE.split(lead) if measure_of(clause)]
    words = clean_phrase(named[-1] if named else lead, (entity,) if entity else ())
    found = list(_MEASURE_PATTERN.finditer(words))
    if not found:
        return False
    qualifier = _REPORT_VERBS.sub("", words[:found[-1].start()])
    # 己公司营业收入: the words before the measure may name the company (one the subject
    # finder did not know), never a segment.
    return not _CJK.search(qualifier) or qualifier.endswith(_COMPANY_SUFFIXES)


# A count inside a whole's words (A股20家白酒上市公司) is left out of both sides, so that the whole
# named with its count and without it is one whole.
_COUNT_IN_WORDS = re.compile(r"\d+\s*(?:" + "|".join(_COUNTED_UNITS) + ")")


def _clause_before(place: _Placed) -> str:
    """The words of a figure's clause before it, the figures printed in them included."""
    text = place.sentence.text[:place.figure.start]
    return _CLAUSE.split(text)[-1]


def _without_measure_words(core: str) -> str:
    return _MEASURE_PATTERN.sub("", core)


def _names_subject(place: _Placed, subject: str) -> bool:
    """The sentence names the subject before the figure: 全国市场 in 全国期货市场成交量 (its
    characters in order, a few words between)."""
    text = place.sentence.text[:place.figure.start]
    pattern = ".{0,3}".join(re.escape(character) for character in subject)
    return re.search(pattern, text) is not None


def _may_be_whole(candidate: Claim, part: Claim, period: str, any_subject: bool = False) -> bool:
    if candidate.id == part.id or not _is_amount(candidate) or candidate.forecast:
        return False
    if candidate.source != part.source or not (candidate.period == period or balance_date_carried(candidate, part)):
        return False
    # The part's company, or the economy or market it is part of; never another company's. A
    # slice whose subject the reader could not name (…。其中，空调、冰箱和洗衣机三大业务…) is of the
    # company its sentence or the one before printed the whole for.
    unnamed_slice = ((part.entity or "").startswith(UNNAMED_PREFIX)
                     and 0 <= part.sentence_index - candidate.sentence_index <= 1)
    if not any_subject and not unnamed_slice and candidate.entity not in (part.entity, None, *lexicon.OTHER_SUBJECTS):
        return False
    if not comparable_units(candidate, part) or candidate.dimension != part.dimension:
        return False
    if candidate.dimension == "count" and candidate.unit != part.unit:
        return False
    return candidate.value > part.value


def _largest(candidates: list[Claim], construction: str) -> tuple[Claim, str] | None:
    """A whole is larger than every slice of it printed beside it."""
    if not candidates:
        return None
    return max(candidates, key=lambda claim: claim.value), construction


def _is_amount(claim: Claim) -> bool:
    return claim.kind == "figure" and claim.dimension in AMOUNTS and not claim.forecast
