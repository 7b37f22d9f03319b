"""A period's figure and the figures of the stretches inside it, stated across sentences.

Coverage of results states a flow for a long stretch and again for a stretch inside it, often
sentences apart and in other words: 前三季度实现营业收入1006亿元 … 第三季度实现营业收入312亿元;
9月稅後純益44億元，累計稅後純益254億元; 首2个月累计保费收入794亿元，单计上月…303亿元. Each such
pair of one measure and one subject is a ``period_containment`` relation (part, total).

What a figure measures is read from its phrase: a measure word from ``MEASURES`` (营业收入,
纯利, 税后纯益, 交付量 …) and what stands around it once period words, fillers and the
subject's name are taken out (动力电池 and 三元电池 are two measures; 平安银行 and 重庆银行
two subjects). A figure whose phrase names no measure (海外分行30.1億元 in a list after
国银2月税前净利…) measures what the figure before it in its paragraph did, for the segment its
phrase names. Balances, rates, averages and prices name no measure here: 总资产 at a quarter's
end is no part of anything; nor do baselines (较上年同期的…), forecasts and losses.

A figure's stretch is the one its own words give: the last period word before it in its
sentence, else the one its paragraph named last. A passage that never says its year (a
clipping without a date) still says 前2月 and 2月, 上半年 and 第二季: those are read against a
year standing for "the passage's year" and compared only with each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from .corpus import REACH
from .entities import names_an_economy, opens_a_digest_item
from .lexicon import METRIC_FILLERS, ORGANISATION_SUFFIXES, OTHER_SUBJECTS
from .periods import PeriodResolver, period_kind, period_span, without_period_words
from .records import AMOUNTS, Claim, Filler, Relation
from .relations import SentenceFigures

# The flows a stretch of time adds up: (name, what it is counted in, the words coverage prints
# for it, Taiwan and Hong Kong words beside mainland ones). A phrase is read by the last
# measure word it prints; where two overlap the earlier entry (the more specific) wins.
MEASURES: tuple[tuple[str, str, str], ...] = (
    ("归母净利润", "money", r"归母净利润?|归属于[^，,。；;]{0,12}?(?:股东|所有者|持有人)的?净?(?:利润|盈利|溢利)"
                          r"|(?:股东|权益持有人)应占(?:净)?(?:盈利|溢利|利润)"),
    ("扣非净利润", "money", r"扣非[^，,。；;]{0,8}?净利润?|扣除非经常性损益[^，,。；;]{0,12}?净利润?"),
    ("经调整利润", "money", r"经调整[^，,。；;\d]{0,4}?(?:净利润?|盈利|溢利|利润)"),
    ("税前利润", "money", r"税前(?:净利润?|获利|盈余|利润|纯益|盈利)"),
    ("经营利润", "money", r"经营(?:利润|盈利)"),
    # 规模以上工业企业实现利润总额: the statistics office's profit before tax, and 营业利润.
    ("利润总额", "money", r"利润总额"),
    ("营业利润", "money", r"营业利润"),
    ("毛利润", "money", r"毛利润?(?!率)"),
    ("净利润", "money", r"税后(?:净利润?|纯益|盈余|获利)|净利润?|纯利|纯益|盈余|获利|盈利|溢利|(?<![亏蚀])赚"),
    ("手续费收入", "money", r"手续费(?:及佣金)?(?:净)?收入"),
    ("保费收入", "money", r"保费收入|保费"),
    # 营销收入 is how some coverage prints a market's 销售收入 (实际营销收入 of 国内游戏市场); a
    # company's 营业收入 is another measure, as it was when 销售 read as a qualifier of 收入.
    ("销售收入", "money", r"(?:销售|营销)收入"),
    ("营收", "money", r"营业总收入|营业收入|营收|营业额|总收入|收入"),
    ("销售额", "money", r"销售总额|销售额|销售金额|签约金额"),
    ("成交额", "money", r"成交额|成交金额"),
    ("进出口额", "money", r"进出口总额|进出口额|进出口"),
    ("发行额", "money", r"发行(?:地方政府)?(?:债券|地方债)?"),
    ("偿还本金", "money", r"偿还本金"),
    ("支付利息", "money", r"支付利息|付息"),
    ("交付量", "count", r"交付量|交付"),
    # 乘联会 counts cars sold to buyers (零售) apart from cars shipped to dealers (批发); 社会消费品
    # 零售总额 is money.
    ("零售额", "money", r"零售总额|零售额"),
    ("零售量", "count", r"零售(?:销量|量)?"),
    ("批发量", "count", r"批发(?:销量|量)?"),
    ("销量", "count", r"销量|销售量"),
    ("签约面积", "count", r"签约面积"),
    ("装车量", "count", r"装车量"),
    ("出货量", "count", r"出货量|出货"),
    ("产量", "count", r"产量"),
    # 汽车出口58.3万辆 (中汽协): cars shipped abroad, counted; 出口额 is money and not read here.
    ("出口量", "count", r"出口(?:销量|量)?(?!额)"),
    ("成交量", "count", r"成交量"),
)
# Measures a stretch may end below zero in (a quarter's loss): a part above its whole is then
# possible, and the relation says so by its construction's name.
SIGNED_MEASURES = frozenset({"归母净利润", "扣非净利润", "经调整利润", "税前利润", "经营利润", "利润总额", "营业利润",
                             "毛利润", "净利润"})
CONSTRUCTION = "stretch-inside-a-longer-one"
SIGNED = "signed-"  # before a construction's name: the measure may be below zero in some stretch
# After a construction's name: the part's stretch is printed for other subjects too (金控7月獲利:
# 甲金…，乙銀…); each subject's figure is paired with its own whole all the same.
IN_A_ROUND_UP = "-in-a-round-up"
# What a delivery or a sale counts when the phrase names the whole of it (交付新车, 交付智能电动汽车):
# no segment, whatever the words.
_WHOLE_PRODUCT = ("新车", "汽车", "车辆", "整车", "智能电动汽车")
_MEASURE = re.compile("|".join(f"(?P<m{index}>{words})" for index, (_name, _kind, words) in enumerate(MEASURES)))
# Words of a loss: a loss is no part of a profit, and its own stretches may well net out.
_LOSS = re.compile(r"亏|蚀")
# Words of a baseline: 较上年同期的846亿元 is last year's figure, whatever period it was read under.
_BASELINE = re.compile(r"较|比(?!重|例)|相比|同期|去年|上年")
# Words in a phrase that say nothing of what is measured or of whom (besides METRIC_FILLERS).
# 历史累计交付量 is the running total since the first delivery: 历史 names no other measure.
_NEUTRAL_WORDS = ("累计", "累积", "历史", "自结", "合并", "单计", "单独", "当中", "而", "但", "并", "且", "以", "有", "只有",
                  "另外", "此外", "同时", "共计", "共", "达", "为", "至", "增至", "升至", "上升至", "增加至", "按年",
                  "实现", "录得", "转", "更", "则", "还", "再", "即", "亦", "仍", "分别", "整体", "总",
                  # 公布10月营收, 发布的交付量: the release, not what it measures.
                  "公布", "发布", "公告", "宣布", "披露")
# 分季度来看, 从全年来看: how the text looks at a figure, not what it measures.
_LOOKING_AT = re.compile(r"^.*?来看")
_NEUTRAL = re.compile("|".join(sorted(map(re.escape, set(_NEUTRAL_WORDS) | set(METRIC_FILLERS)), key=len, reverse=True)))
_PUNCTUATION = re.compile(r"[\s“”\"'‘’「」『』《》()（）\[\]【】,，、;；:：.。!！?？~～·\-—|｜]+")
# What may stand between one printing of a subject's name and another (蔚来汽车 and 蔚来, 我国服务
# and 服务): a word for the economy, an organisation's suffix, a word for the company.
_NAME_VARIANTS = tuple(OTHER_SUBJECTS) + tuple(ORGANISATION_SUFFIXES) + ("公司", "该公司", "本公司", "本行", "该行")
_OF_WHICH = re.compile(r"\s*其中")
# A year standing for "the passage's year" when the passage prints none.
_NO_YEAR = 1900
_UNNAMED = "未具名主体#"
_MAGNITUDE = re.compile(r"[万萬亿億兆千百十]")
_FLOW_KINDS = ("year", "half", "quarter", "ytd", "month", "months")
# The home market named from inside the country: 全国游戏市场, 国内游戏市场 and 我国游戏市场 are one
# market, printed one way in a half-year's sentence and another in its quarter's. (中国 is left
# out: in Taiwan and Hong Kong coverage it is another market than 国内.)
_HOME_MARKET = re.compile(r"^(?:全国|国内|我国|境内)(?P<market>.{0,6}?(?:市场|行业|产业))$")


@dataclass(frozen=True, slots=True)
class _Flow:
    """A figure of a flow, with the stretch it covers and what it measures."""

    claim: Claim
    sentence: int  # index in the document's sentences
    paragraph: int
    year: int | None  # None: the passage never says its year
    first: int  # first month of the stretch (1 for a running total: it counts the year's start)
    last: int
    # 累计 at a month or a date: from a start not said up to ``last``. 10月累计 may count October
    # alone: it holds October, not September; 截至4月30日累计 holds every stretch up to April.
    running: str  # "" | "month" | "date"
    measure: str
    qualifier: tuple[str, str]  # what the phrase says before and after the measure (subject, segment)

    def holds(self, part: _Flow) -> bool:
        """This stretch holds the part's and is longer; a running total to a date (截至11月30日，
        历史累计交付…) holds the year to that month too (1-11月累计交付…), whenever it began."""
        if self.year != part.year or part.running:
            return False
        if (part.first, part.last) == (self.first, self.last) and self.running != "date":
            return False
        if self.running == "month":
            return part.last == self.last
        return (bool(self.running) or self.first <= part.first) and part.last <= self.last

    @property
    def stretch(self) -> tuple[int, int]:
        """Its months: a running total counts from the year's start at the latest."""
        return self.first, self.last


def period_containments(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                        stated: Sequence[Relation]) -> list[Relation]:
    """The period_containment relations the text states (a quarter and its year-to-date figure)."""
    baselines = {filler.claim for relation in stated for filler in relation.fillers
                 if filler.role in ("prior", "from")}
    flows = _flows(sentences, baselines)
    relations = [*_table_quarters(stated), *_this_year_of_a_running_total(sentences)]
    for parts, whole in _tilings(flows):
        relations.append(Relation(
            id=f"period_containment:{'+'.join(part.claim.id for part in parts)}={whole.claim.id}",
            document=whole.claim.document, kind="period_containment",
            construction=_construction(whole.measure, "stretches-adding-up-to-a-longer-one"),
            fillers=(*(Filler(role="part", claim=part.claim.id) for part in parts),
                     Filler(role="total", claim=whole.claim.id)),
            mode="exact",
        ))
    same_stretch = _grouped(flows, lambda flow: (flow.measure, flow.stretch, flow.year))
    for part, whole in _nested(flows):
        round_up = IN_A_ROUND_UP if _in_a_round_up(part, same_stretch) else ""
        relations.append(Relation(
            id=f"period_containment:{part.claim.id}<{whole.claim.id}",
            document=whole.claim.document, kind="period_containment",
            construction=_construction(part.measure, CONSTRUCTION) + round_up,
            fillers=(Filler(role="part", claim=part.claim.id), Filler(role="total", claim=whole.claim.id)),
        ))
    return relations


# 截至10月31日，三款车型累计交付量达到63343辆，其中有31430辆是在今年交付的: a running total to a date
# (from whenever counting began) and, after 其中, the part of it done this year.
_RUNNING_TOTAL = re.compile(r"累计|累積|累计至今|历史累计|总计")
_OF_WHICH_BEFORE = re.compile(r"^\s*[，,]?\s*其中\s*(?:有|包括|包含)?\s*$")
# …其中今年交付31430辆, 其中2022年新增…: the year named before the part.
_OF_WHICH_YEAR_BEFORE = re.compile(r"^\s*[，,]?\s*其中\s*(?:有)?\s*(?:今年|本年|年内|当年|(?:19|20)\d\d\s*年)\s*(?:以来|内|度)?"
                                   r"\s*(?:交付|新增|实现|完成|销售|发放|发行|共|累计)?\s*(?:了|达到|达|为)?\s*$")
_PROFIT = re.compile(r"利|盈|益|赚")
_THIS_YEAR_AFTER = re.compile(r"^\s*(?:是|系|为)?\s*(?:在|于)?\s*(?:今年|本年|年内|当年|(?:19|20)\d\d\s*年)\s*(?:内|以来|度)?")
THIS_YEAR_INSIDE_A_RUNNING_TOTAL = "this-year-inside-a-running-total"


def _this_year_of_a_running_total(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """A running total to a date and, after 其中, the part of it the year to that date holds: the
    year's part never exceeds the total it is counted in."""
    found = []
    for sentence in sentences:
        if sentence.source != "body":
            continue
        figures = sentence.figures
        for index in range(1, len(figures)):
            whole, part = figures[index - 1], figures[index]
            if not (_is_flow_figure(whole.claim) and _is_flow_figure(part.claim)) \
                    or not _comparable(part.claim, whole.claim):
                continue
            clause = re.split(r"[，,；;。]", sentence.text[:whole.start])[-1]
            between = sentence.text[whole.end:part.start]
            year_after = _OF_WHICH_BEFORE.match(between) and _THIS_YEAR_AFTER.match(sentence.text[part.end:])
            if not (_RUNNING_TOTAL.search(clause) and (year_after or _OF_WHICH_YEAR_BEFORE.match(between))):
                continue
            # 累计净利润 may hold years of losses: this year's profit may then exceed it.
            measured = measure_of(whole.claim)
            construction = (_construction(measured[0], THIS_YEAR_INSIDE_A_RUNNING_TOTAL) if measured
                            else SIGNED + THIS_YEAR_INSIDE_A_RUNNING_TOTAL if _PROFIT.search(whole.claim.metric)
                            else THIS_YEAR_INSIDE_A_RUNNING_TOTAL)
            found.append(Relation(
                id=f"period_containment:{part.claim.id}<{whole.claim.id}", document=whole.claim.document,
                kind="period_containment", construction=construction,
                fillers=(Filler(role="part", claim=part.claim.id), Filler(role="total", claim=whole.claim.id)),
            ))
    return found


def _flows(sentences: Sequence[SentenceFigures], baselines: set[str]) -> list[_Flow]:
    """Every figure of a flow in the body whose stretch its words give, with its measure."""
    flows: list[_Flow] = []
    without_year = PeriodResolver(_first_stretch(sentences), None)
    lead: dict[int, tuple[str, str]] = {}  # paragraph → the measure and subject a figure named last
    for index, sentence in enumerate(sentences):
        if sentence.source != "body":
            continue
        subject = ""  # 國泰金7月稅後純益90.2億元，累計稅後純益547.7億元: the sentence's subject goes on
        listed = _listed_stretches(sentence, without_year)
        for placed in sentence.figures:
            claim = placed.claim
            if not _is_flow_figure(claim) or claim.id in baselines:
                continue
            measured = measure_of(claim)
            if measured is None:
                label = _label(claim)
                if label is None or sentence.paragraph not in lead:
                    continue
                name, lead_subject = lead[sentence.paragraph]
                measured = (name, (lead_subject, label))
            else:
                before, after = measured[1]
                if subject and subject.endswith(before):
                    # 前9月，甲寿险累计原保险保费收入…；10月单月原保险保费收入…: the clause after
                    # names the measure with fewer words, of the subject the sentence goes on with.
                    measured = (measured[0], (subject, after))
                elif before:
                    subject = before
                lead[sentence.paragraph] = (measured[0], subject)
            if not _counted_alike(measured[0], claim):
                continue
            resolver = without_year if claim.period is None else PeriodResolver(claim.period, None)
            stretch = listed.get(claim.id) or _printed_stretch(sentences, index, placed.start, resolver, claim)
            if stretch is None:
                continue
            year, first, last, running = stretch
            flows.append(_Flow(claim, index, sentence.paragraph, year, first, last, running, *measured))
    return flows


def _is_flow_figure(claim: Claim) -> bool:
    if claim.kind != "figure" or claim.forecast or claim.source != "body" or claim.value < 0:
        return False
    # The subject's own name may hold 比 or 亏 (比德汽车): what the phrase says besides it decides.
    phrase = claim.metric.replace(claim.entity, "") if claim.entity else claim.metric
    if claim.dimension not in AMOUNTS or _BASELINE.search(phrase) or _LOSS.search(phrase):
        return False
    # A bare number (6.9 at the end of a clipped passage) may have lost its magnitude.
    return not (claim.dimension == "number" and not _MAGNITUDE.search(claim.text))


def _counted_alike(name: str, claim: Claim) -> bool:
    """A measure of money is printed in money, one of goods in a counter (or a bare magnitude)."""
    kind = next(kind for measure, kind, _words in MEASURES if measure == name)
    return claim.dimension in ("number", kind)


def measure_of(claim: Claim) -> tuple[str, tuple[str, str]] | None:
    """(measure, (before, after)) of a figure's phrase; None when it names no flow's measure."""
    return _measure_in(claim.metric, claim.entity)


@cache
def _measure_in(metric: str, entity: str | None) -> tuple[str, tuple[str, str]] | None:
    phrase = without_period_words(metric)
    found = None
    for found in _MEASURE.finditer(phrase):
        pass
    if found is None:
        return None
    name = next(MEASURES[int(key[1:])][0] for key, value in found.groupdict().items() if value)
    return name, (_normalised(phrase[:found.start()], entity), _normalised(phrase[found.end():], entity))


def measure_key(metric: str, entity: str | None) -> str | None:
    """What a flow's phrase measures, as one key: the measure and the words around it, a whole
    product read as the whole (交付, 累计交付新车 and 历史累计交付量 are one 交付量; 海外交付 is
    another). None when the phrase (a claim's ``metric``) names no measure, or a profit: 赚,
    获利 and 纯益 in a round-up of several companies are often printed without whose they are."""
    measured = _measure_in(metric, entity)
    if measured is None or measured[0] in SIGNED_MEASURES:
        return None
    name, (before, after) = measured
    return f"{before}{name}{'' if after in _WHOLE_PRODUCT else after}"


def _label(claim: Claim) -> str | None:
    """A segment's name standing for its figure in a list (海外分行, OBU): at least two
    characters and no figure's debris."""
    label = _normalised(without_period_words(claim.metric), claim.entity)
    return label if len(label) >= 2 and not re.search(r"\d", label) else None


def _normalised(text: str, entity: str | None) -> str:
    text = _LOOKING_AT.sub("", _PUNCTUATION.sub("", text))
    if entity and not entity.startswith(_UNNAMED):
        text = text.replace(entity, "")
    return _NEUTRAL.sub("", text)


def _first_stretch(sentences: Sequence[SentenceFigures]) -> str:
    """The stretch a passage without a year reports on: the first one it names (上半年 in
    美团上半年业绩…), read against the stand-in year. 上季 is then that stretch's last quarter."""
    resolver = PeriodResolver(str(_NO_YEAR), None)
    for sentence in sentences:
        for marker in resolver.markers(sentence.text):
            if period_kind(marker.period) in _FLOW_KINDS and not marker.aside:
                return marker.period
    return str(_NO_YEAR)


def _printed_stretch(sentences: Sequence[SentenceFigures], index: int, position: int,
                     resolver: PeriodResolver, claim: Claim) -> tuple[int | None, int, int, str] | None:
    """(year, first month, last month, running) of the stretch the words before a figure name:
    in its sentence, else in the sentences of its paragraph before it. A claim read under
    another period than its words give (the report's, a list's) is left out."""
    sentence = sentences[index]
    period = _period_in(resolver, sentence.text[:position])
    in_sentence = period is not None
    back = index - 1
    while period is None and back >= 0 and sentences[back].paragraph == sentence.paragraph:
        period = _period_in(resolver, sentences[back].text + "；")
        back -= 1
    if period is None or (in_sentence and claim.period is not None and period != claim.period):
        return None
    year = None if claim.period is None else int(period[:4])
    if claim.cumulative and period_kind(period) == "month":
        return year, 1, period_span(period)[2], "month"  # type: ignore[index]
    if claim.cumulative and period_kind(period) == "point":
        return year, 1, int(period[5:7]), "date"
    span = period_span(period)
    if span is None or (claim.period is None and span[0] != _NO_YEAR):
        return None
    return year, span[1], span[2], ""


def _period_in(resolver: PeriodResolver, text: str) -> str | None:
    """The period in force at the end of ``text``, when a period word in it says so."""
    markers = resolver.markers(text)
    if not any(marker.period for marker in markers):
        return None
    return resolver.period_at(text, len(text), markers) or None


def _same_subject(part: _Flow, whole: _Flow) -> bool:
    first, second = _subject_name(part.claim.entity or ""), _subject_name(whole.claim.entity or "")
    if first != second and not first.startswith(_UNNAMED) and not second.startswith(_UNNAMED):
        return False
    if part.paragraph != whole.paragraph and any(opens_a_digest_item(flow.claim.sentence) for flow in (part, whole)):
        return False  # 1、宁德时代：…；2、比亚迪：…: each item of a digest is about its own name
    if first != second and part.paragraph != whole.paragraph and not any(
            names_an_economy(claim.entity) for claim in (part.claim, whole.claim)):
        # 青山煤业公告，10月…。东川能源公告，前10月…: one company's figure, a paragraph away, is no
        # whole of a line that names none (我国's 1-7月 total still holds the 7月 figure after it).
        return False
    if part.paragraph != whole.paragraph and part.qualifier == ("", "") and (first != second or first.startswith(_UNNAMED)):
        return False  # nothing but the paragraph's subject says whose figure it is
    (part_before, part_after), (whole_before, whole_after) = part.qualifier, whole.qualifier
    if _opens_with_of_which(part, whole) and part_before in whole_before and names_agree(part_after, whole_after):
        return True  # 1-6月，地方政府债券到期偿还本金…。其中，6月当月到期偿还本金…: the month of that whole
    if part_after in _WHOLE_PRODUCT and whole_after in _WHOLE_PRODUCT:
        part_after = whole_after
    elif part.sentence == whole.sentence and {part_after, whole_after} <= {"", *_WHOLE_PRODUCT}:
        part_after = whole_after  # 7-9月交付量分别为…，第三季度共交付新车…: one sentence, one product
    return names_agree(part_before, whole_before) and names_agree(part_after, whole_after)


def _subject_name(entity: str) -> str:
    """The subject a figure's entity names, the home market however it is called."""
    found = _HOME_MARKET.match(entity)
    return f"国内{found.group('market')}" if found else entity


def _opens_with_of_which(part: _Flow, whole: _Flow) -> bool:
    """The part's sentence opens with 其中 right after the whole's: it speaks of that whole."""
    return part.sentence == whole.sentence + 1 and _OF_WHICH.match(part.claim.sentence) is not None


def names_agree(first: str, second: str) -> bool:
    """Two qualifiers name the same thing: equal, or one is the other with a subject's name or
    a word for the company around it (蔚来汽车 and 蔚来, 我国服务 and 服务)."""
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    if long.startswith(short):
        extra = long[len(short):]
    elif long.endswith(short):
        extra = long[:len(long) - len(short)]
    else:
        return False
    return extra in _NAME_VARIANTS


def _comparable(part: Claim, whole: Claim) -> bool:
    if part.dimension == "count" and whole.dimension == "count":
        return part.unit == whole.unit or {part.unit, whole.unit} <= {"辆", "台"}
    if part.dimension == "number" or whole.dimension == "number":
        return True
    return part.dimension == whole.dimension and part.unit == whole.unit


def _nested(flows: list[_Flow]) -> list[tuple[_Flow, _Flow]]:
    """Each flow and the longer stretches of the same measure and subject that hold it. Where a
    stretch is printed with different figures (two companies, two segments read alike), only
    one in the part's own paragraph is its whole."""
    pairs = []
    alike = _grouped(flows, lambda flow: (flow.measure, flow.year))
    for part in flows:
        by_stretch: dict[tuple[int, int], list[_Flow]] = defaultdict(list)
        for whole in _near(alike[part.measure, part.year], part.sentence):
            if (whole.holds(part) and _comparable(part.claim, whole.claim)
                    and _same_subject(part, whole)):
                by_stretch[whole.stretch].append(whole)
        for _stretch, wholes in sorted(by_stretch.items()):
            own = [whole for whole in wholes if whole.claim.entity == part.claim.entity]
            if len({whole.claim.value for whole in wholes}) > 1 and len({whole.claim.value for whole in own}) == 1:
                # 10月，汽车产销…；1-10月，汽车产销…；新能源汽车1-10月产销…: the total's whole is
                # the one of its own subject, not the segment's named beside it.
                wholes = own
            if len({whole.claim.value for whole in wholes}) > 1:
                wholes = [whole for whole in wholes if whole.paragraph == part.paragraph]
                if len({whole.claim.value for whole in wholes}) != 1:
                    continue
            nearest = min(wholes, key=lambda whole: abs(whole.sentence - part.sentence))
            pairs.append((part, nearest))
    return pairs


def _grouped(flows: list[_Flow], key: Callable[[_Flow], tuple]) -> defaultdict[tuple, list[_Flow]]:
    """The flows by ``key``, each group in document order: a flow is only ever paired with flows
    of its own measure and year, so pairing within groups keeps a long article linear."""
    groups: defaultdict[tuple, list[_Flow]] = defaultdict(list)
    for flow in flows:
        groups[key(flow)].append(flow)
    return groups




def _near(group: list[_Flow], sentence: int) -> list[_Flow]:
    """The flows of ``group`` (in document order) within ``REACH`` sentences of ``sentence``."""
    start = bisect_left(group, sentence - REACH, key=lambda flow: flow.sentence)
    end = bisect_right(group, sentence + REACH, key=lambda flow: flow.sentence)
    return group[start:end]


def _in_a_round_up(part: _Flow, alike: dict[tuple, list[_Flow]]) -> bool:
    """Another subject's figure of the same measure is printed for the part's stretch (``alike``:
    the flows grouped by measure, stretch and year)."""
    return any(not names_agree(other.qualifier[0], part.qualifier[0])
               for other in _near(alike[part.measure, part.stretch, part.year], part.sentence))


def _construction(measure: str, name: str) -> str:
    return SIGNED + name if measure in SIGNED_MEASURES else name


def _table_quarters(stated: Sequence[Relation]) -> list[Relation]:
    """A table row's four quarters and its year (read as parts of a sum by the tables): the
    stretches that make up the year, checked as such."""
    found = []
    for relation in stated:
        if relation.kind == "parts_sum" and relation.construction == "table-quarters-of-a-year":
            found.append(Relation(
                id=f"period_containment:{relation.id}", document=relation.document, kind="period_containment",
                construction="table-quarters-adding-up-to-the-year", fillers=relation.fillers, mode="exact",
            ))
    return found


def _tilings(flows: list[_Flow]) -> list[tuple[list[_Flow], _Flow]]:
    """Wholes whose stretch the printed parts of one paragraph cover end to end (Q1-Q4 销售额分别为…
    after the year's 销售总额; a first quarter and April beside the year to date through April),
    one figure per part."""
    found = []
    in_paragraph = _grouped(flows, lambda flow: (flow.paragraph, flow.measure, flow.year))
    in_article = _grouped(flows, lambda flow: (flow.measure, flow.year))
    for whole in flows:
        if whole.running:
            continue  # 截至10月31日历史累计: counted from the first sale, not from January
        # The paragraph's own stretches first; else those of the whole article, when each is
        # printed there with one figure only (前9月累计保费 and 10月单月保费 in the paragraph
        # after the year to date's).
        parts = (_tiling(whole, in_paragraph[whole.paragraph, whole.measure, whole.year])
                 or _tiling(whole, in_article[whole.measure, whole.year]))
        if parts:
            found.append((parts, whole))
    return found


def _tiling(whole: _Flow, flows: list[_Flow]) -> list[_Flow]:
    """The printed stretches of ``flows`` that cover the whole's end to end, one figure per
    stretch; [] when they leave a gap or there are fewer than two."""
    inside: dict[tuple[int, int], set] = defaultdict(set)
    chosen: dict[tuple[int, int], _Flow] = {}
    for part in _near(flows, whole.sentence):
        if (whole.holds(part)
                and _comparable(part.claim, whole.claim) and _same_subject(part, whole)):
            inside[part.stretch].add(part.claim.value)
            chosen.setdefault(part.stretch, part)
    parts = []
    month = whole.first
    while month <= whole.last:
        # The longest stretch that begins here and is printed with one figure only.
        starting = sorted((stretch for stretch in inside if stretch[0] == month and len(inside[stretch]) == 1),
                          key=lambda stretch: stretch[1])
        starting = [stretch for stretch in starting if stretch[1] <= whole.last]
        if not starting:
            break
        parts.append(chosen[starting[-1]])
        month = starting[-1][1] + 1
    return parts if month == whole.last + 1 and len(parts) >= 2 else []


# Q1-Q4 销售额分别为 a、b、c、d; 一至三季度…分别为; 1-3月…分别为; 7月、8月、9月分别交付…: one
# stretch per figure listed.
_LISTED_RANGE = re.compile(
    r"(?:Q(?P<qa>[1-4])\s*[-—~至到]\s*Q(?P<qb>[1-4])|第?(?P<qc>[一二三四1-4])(?:季度)?\s*[-—~至到]\s*第?(?P<qd>[一二三四1-4])季度"
    r"|(?<![\d.])(?P<ma>1[0-2]|[1-9])月?份?\s*[-—~至到]\s*(?P<mb>1[0-2]|[1-9])月份?"
    r"|(?<![\d.])(?P<months>(?:(?:1[0-2]|[1-9])月份?\s*(?:、|和|及|与|,|，)\s*)+(?:1[0-2]|[1-9])月份?))"
    r"[^，。；,;]{0,12}?分别(?:为|是|达到|达|实现)?")
_BETWEEN_LISTED = re.compile(r"\s*(?:、|和|与|及|以及|,|，)\s*")
_QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _listed_stretches(sentence: SentenceFigures, without_year: PeriodResolver
                      ) -> dict[str, tuple[int | None, int, int, str]]:
    """The stretch of each figure of a 分别 list over quarters or months, when the list holds
    exactly one figure per stretch."""
    found: dict[str, tuple[int | None, int, int, str]] = {}
    for match in _LISTED_RANGE.finditer(sentence.text):
        groups = match.groupdict()
        if groups["months"]:
            months = [int(month) for month in re.findall(r"(1[0-2]|[1-9])月", groups["months"])]
            stretches = [(month, month) for month in months]
            if len(set(months)) != len(months):
                continue
        elif groups["ma"]:
            first, last = int(groups["ma"]), int(groups["mb"])
            stretches = [(month, month) for month in range(first, last + 1)]
        else:
            first = _QUARTER_NUMBERS[groups["qa"] or groups["qc"]]
            last = _QUARTER_NUMBERS[groups["qb"] or groups["qd"]]
            stretches = [(quarter * 3 - 2, quarter * 3) for quarter in range(first, last + 1)]
        listed = [placed for placed in sentence.figures if placed.start >= match.end()]
        members = listed[:1]
        for placed in listed[1:]:
            if not _BETWEEN_LISTED.fullmatch(sentence.text, members[-1].end, placed.start):
                break
            members.append(placed)
        if len(stretches) < 2 or len(members) != len(stretches):
            continue
        year = _year_at(sentence, match.start(), without_year)
        for placed, (start, end) in zip(members, stretches):
            found[placed.claim.id] = (year, start, end, "")
    return found


def _year_at(sentence: SentenceFigures, position: int, without_year: PeriodResolver) -> int | None:
    """The year a list's stretches are of: the one printed before it in the sentence, else the
    year of the sentence's dated figures; None in a passage that never says its year."""
    printed = re.findall(r"((?:19|20)\d{2})\s*年", sentence.text[:position])
    if printed:
        return int(printed[-1])
    years = {int(placed.claim.period[:4]) for placed in sentence.figures if placed.claim.period}
    return years.pop() if len(years) == 1 else None
