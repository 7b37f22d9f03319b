"""Metric phrases: what a figure measures, as printed and as a key for matching.

The key is the printed phrase with the words that say when, who and how much removed and
synonyms replaced (营业收入 → 营收), so that the same measure meets itself across sentences
and articles. Unknown modifiers stay in the key: two figures are only compared when their
phrases agree, never because a lexicon lumped a segment (小微…) in with the total.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

_PERIOD_WORDS = re.compile(
    # A broker's shorthand first (3Q25, 1-3Q25, 1H25, 9M25, 24Q3, FY2024), before its Q3 or year is read alone.
    r"(?<![A-Za-z\d])(?:\d\s*-\s*)?\d[QHM]\d{2}(?![\d])|(?<![A-Za-z\d])\d{2}Q[1-4](?![\d])|FY\d{2,4}(?![\d])|"
    r"(?:年初|今年|本年)以来|(?:截至|截止)?(?:(?:19|20)\d{2}\s*年?)?(?:第?[一二三四1-4]季度末?|第[一二三四1-4]季|Q[1-4]|(?<![A-Za-z])H[12](?![A-Za-z\d])|上半年|下半年|前三季度?"
    r"|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?(?:末|底)?|全年|年度|年末|年底|年初)"
    r"|(?<![此之提日以目当事先从向生超领])(?:前|首)(?:[一二两三四五六七八九十]{1,3}|1[0-2]|[1-9])个?月份?(?![末底])"
    r"|(?:19|20)\d{2}\s*(?:年报|财报|年度|年)?|去年同期|上年同期|(?:去年|上年|今年|本年)(?:末|底)|去年|今年|上年|本年|当年|同期|单季度|单季|截至|截止"
    r"|上一?个?季度|上季|本季度|本季|当季|首季|期内|中期(?!协|票据)|上一?个?月|本月|当月"
)
_FILLERS = tuple(sorted(lexicon.METRIC_FILLERS, key=len, reverse=True))
# A synonym followed by 率 names a rate, not the amount: 毛利率 is not 毛利润; nor is 净利息收入
# a 净利润.
_SYNONYMS = [
    (re.compile(re.escape(synonym) + "(?![润率息])"), canonical)
    for synonym, canonical in sorted(lexicon.METRIC_SYNONYMS.items(), key=lambda item: len(item[0]), reverse=True)
]
# 某银行营业收入, 该公司净利润, 本集团收入: a reference to the company says who, not what.
_COMPANY_REFERENCE = re.compile(
    r"^(?:某|该|本|这家)[\u4e00-\u9fff]{0,2}?(?:银行|公司|集团|券商|险企|机构|企业|平台|行)"
)
# (A bare 季度 stays in the key: 季度总收入 says the figure is a quarter's even where the
# period read for it is the year's.)
# Table pipes and list bullets are layout, not words (| · | 车辆交付…, • 第三季新业务价值).
_PUNCTUATION = re.compile(r"[\s“”\"'‘’「」『』《》()（）\[\]【】,，、;；:：.。!！?？~～·|｜•●▪■◆◇-]+")
# A stock code before a headline's metric (中银香港2388|中期溢利): it says who, not what.
_STOCK_CODE = re.compile(r"^\d{4,6}(?:SH|SZ|HK|BJ)?")
# A dateline before the lead's first words (date 2025-11-28 某集团第三季收入) and a stock code
# in brackets after a company's name (某集团（3690）收入) say when and who, not what.
_DATELINE = re.compile(r"^\s*(?:date\s*)?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*")
_STOCK_CODE_IN_BRACKETS = re.compile(r"[(（]\s*\d{4,6}(?:\.?(?:SH|SZ|HK|BJ))?\s*[)）]")
# A numbered paragraph's number is layout, not words: 9.印花税, 2、国内消费税, 三、车辆购置税
# (never 3.5亿 — a decimal — nor 2022年, which the period words take).
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．)）](?!\d)")
# How a change is stated, not what changed: 按年大幅上升 leaves 按年大幅 before its verb, and
# 净利大涨 leaves 大 after its measure. Stripped at the edges, like the fillers.
# (Data: belongs with lexicon.METRIC_FILLERS.)
_CHANGE_WORDS = ("按年", "按季", "按月", "同比", "环比", "大幅", "小幅", "略为", "略微", "显著", "明显")
_DEGREE_AFTER_MEASURE = ("大", "暴", "骤", "猛", "激", "剧", "急", "陡", "飙")  # 净利润骤降62%, 营收暴增
# 净利环增12.4%, 营收同降3%: 环比 and 同比 cut to one character before the verb. Only after a
# measure, since 环 and 同 end other words (合同, 循环).
_CLIPPED_BASES = ("环", "同")
_VOLUME = "量"
_QUALIFIERS = tuple(sorted(lexicon.QUALIFIERS_BEFORE, key=len, reverse=True))
_DISCOURSE_OPENERS = tuple(sorted(lexicon.DISCOURSE_OPENERS, key=len, reverse=True))
# 其他业务, 其余银行: 其 opens the word "other", not a reference to the company.
_OTHER_WORDS = ("其他", "其它", "其余")
_AND = "并"
_RECORDED = "录"
_VERB_FILLERS = ("录得", "实现", "取得", "获得", "完成", "达到", "拥有")
_LOSS_VERBS = tuple(sorted(lexicon.LOSS_VERBS, key=len, reverse=True))
_ADJUSTED_NAMES = tuple(sorted(lexicon.ADJUSTED_MEASURE_NAMES, key=len, reverse=True))


@lru_cache(maxsize=1 << 16)  # pure, and called for every figure with few distinct phrases
def clean_phrase(phrase: str, entity_names: tuple[str, ...] = ()) -> str:
    """The phrase without period words, entity names, punctuation and edge fillers."""
    text = _DATELINE.sub("", _LIST_NUMBER.sub("", phrase))
    text = _PERIOD_WORDS.sub("", _STOCK_CODE_IN_BRACKETS.sub("", text))
    for name in sorted(entity_names, key=len, reverse=True):
        if name:
            text = text.replace(name, "")
    text = _PUNCTUATION.sub("", text)
    text = _without_short_name(text, entity_names)
    text = _STOCK_CODE.sub("", text)
    text = _COMPANY_REFERENCE.sub("", text)
    # 的 and 了 carry no meaning in a metric: 促成的借款金额 is 促成借款金额.
    text = text.replace("的", "").replace("了", "")
    for word in (*lexicon.CUMULATIVE_WORDS, *lexicon.BASIS_WORDS):
        text = text.replace(word, "")
    changed = True
    while changed and text:
        changed = False
        for opener in _DISCOURSE_OPENERS:
            if text.startswith(opener):
                text, changed = text[len(opener):], True
        if text.startswith(_AND) and text[len(_AND):].startswith(_VERB_FILLERS):
            text, changed = text[len(_AND):], True  # 并录得经营亏损: 并 joins a clause, 并购 stays
        for filler in (*_FILLERS, *_CHANGE_WORDS):
            if text.startswith(filler) and not text.startswith(_OTHER_WORDS):
                text, changed = text[len(filler):], True
            if text.endswith(filler):
                text, changed = text[: -len(filler)], True
        if text.endswith(_DEGREE_AFTER_MEASURE) and _ends_with_measure(_without_change_words(text[: -1])):
            text, changed = text[: -1], True
        if text.endswith(_CLIPPED_BASES) and _ends_with_measure(text[: -1]):
            text, changed = text[: -1], True
        if text.endswith(_RECORDED) and names_a_measure(text[: -len(_RECORDED)]):
            text, changed = text[: -len(_RECORDED)], True  # 经营亏损录13亿元: 录 of 录得
        for qualifier in _QUALIFIERS:
            # 销量超过了1.03亿台, 净利润超100亿元: a qualifier the grammar did not attach to the
            # figure (了 between) bounds the figure, it does not name the measure.
            if text.endswith(qualifier) and names_a_measure(text[: -len(qualifier)]):
                text, changed = text[: -len(qualifier)], True
    return text


# A company's short name, its full name without the kind of organisation it is (友邦保险 is 友邦),
# opening a phrase is its subject: 友邦新业务价值 is 新业务价值. Not a short name that is a place
# (中国银行's 中国 opens 中国区收入).
_SHORTENED_KINDS = tuple(sorted(lexicon.STRONG_ORGANISATION_SUFFIXES, key=len, reverse=True))
_NOT_SHORT_NAMES = ("中国", "全国", "国家", "国际", "香港", "澳门", "台湾", "美国", "日本", "北京", "上海")


def _without_short_name(text: str, entity_names: tuple[str, ...]) -> str:
    for name in entity_names:
        kind = next((kind for kind in _SHORTENED_KINDS if name.endswith(kind)), None)
        short = name[: -len(kind)] if kind else ""
        if (len(short) >= 2 and short not in _NOT_SHORT_NAMES and text.startswith(short)
                and names_a_measure(text[len(short):])):
            return text[len(short):]
    return text


def _without_change_words(text: str) -> str:
    for word in _CHANGE_WORDS:
        if text.endswith(word):
            return text[: -len(word)]
    if text.endswith(_CLIPPED_BASES) and _ends_with_measure(text[: -1]):
        return text[: -1]  # 净利环大增: 环 before the degree word
    return text


def _ends_with_measure(text: str) -> bool:
    """净利 in 净利大涨: a measure of two characters or more right before a word of degree."""
    return any(len(head) >= 2 and text.endswith(head) for head in MEASURE_HEADS)


@lru_cache(maxsize=1 << 16)
def metric_key(phrase: str, entity_names: tuple[str, ...] = ()) -> str:
    """The normalised key of a metric phrase: cleaned, then synonyms replaced."""
    text = _GENERIC_SHIPPED.sub(r"\g<verb>", clean_phrase(phrase, entity_names))
    text = _NARROW_SHIPPED.sub(r"\g<object>\g<verb>", text)
    for name in _ADJUSTED_NAMES:
        if name in text:
            text = text.replace(name, lexicon.ADJUSTED)
            break
    for verb in _LOSS_VERBS:
        if text.endswith(verb):
            # 核心本地商业大蚀141亿: the verb names the measure, a loss; 4年烧掉28亿: the years
            # it spans are its stretch (see is_cumulative), not its measure.
            stem = text[: -len(verb)]
            text = ("" if _SPAN_OF_YEARS.fullmatch(stem) else stem) + lexicon.LOSS_MEASURE
            break
    for synonym, canonical in _SYNONYMS:
        if synonym.search(text):
            # One canonical term per key: stop at the longest synonym that matches.
            text = synonym.sub(canonical, text)
            break
    # 合作金融机构数量 and 合作金融机构 count the same thing; 各项贷款余额 and 各项贷款 are one balance.
    # (Not 总额: 贷款总额 is the whole that 公司贷款 is a part of, and keys must keep them apart.)
    for counted in ("数量", "余额", "数"):
        if text.endswith(counted) and len(text) - len(counted) >= 2:
            return text[: -len(counted)]
    return text


_SHIPPING = "|".join(lexicon.SHIPPING_VERBS)
_GENERIC_SHIPPED = re.compile(rf"(?P<verb>{_SHIPPING})(?:{'|'.join(lexicon.GENERIC_SHIPPED_OBJECTS)})$")
_NARROW_SHIPPED = re.compile(rf"(?P<verb>{_SHIPPING})(?P<object>{'|'.join(lexicon.NARROW_SHIPPED_OBJECTS)})$")


def is_cumulative(phrase: str) -> bool:
    """累计, 累亏, or a loss over a span of years (4年烧掉28亿): a sum over a stretch."""
    if any(word in phrase for word in (*lexicon.CUMULATIVE_WORDS, *lexicon.CUMULATIVE_LOSS_VERBS)):
        return True
    return any(_SPAN_OF_YEARS.search(phrase[: -len(verb)]) is not None
               for verb in _LOSS_VERBS if phrase.rstrip().endswith(verb))


# 4年, 三年, 近5年 before a loss verb: the span the loss sums.
_SPAN_OF_YEARS = re.compile(r"(?:近|过去)?(?<![\d一二三四五六七八九十两])(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*年(?:来|间|内|里)?$")


def keys_compatible(short: str, long: str) -> bool:
    """A headline abbreviates: 营收 matches 营收, and 投入 matches 信息科技投入; a volume is its
    measure (装机量 matches 驱动电机装机, the key of 驱动电机装机数量); 规上 is 规模以上
    (lexicon.SHORT_FORMS)."""
    if not short or not long:
        return False
    short, long = short_forms(short), short_forms(long)
    if short == long or long.endswith(short) or short.endswith(long):
        return True
    short_measure, long_measure = _without_volume(short), _without_volume(long)
    if (short_measure, long_measure) == (short, long):
        return False
    return long_measure.endswith(short_measure) or short_measure.endswith(long_measure)


def short_forms(key: str) -> str:
    """The key with its words' short forms (规模以上工业增加值 → 规上工业增加值, 全国社会保障基金 →
    全国社保基金): one measure, printed either way."""
    for long, short in lexicon.SHORT_FORMS.items():
        key = key.replace(long, short)
    return key


def _without_volume(key: str) -> str:
    """装机量 → 装机, when what stays still names a measure (销量 keeps its 量: 销 is none)."""
    if key.endswith(_VOLUME) and len(key) > 2 and names_a_measure(key[: -len(_VOLUME)]):
        return key[: -len(_VOLUME)]
    return key


# What a metric key must contain to name a measure: 营收, 净利润, 不良率, 交付量. A key without
# one is a name or a fragment the phrase left behind (远山数据 in 远山数据（12.4亿元）, 上季度为…)
# and says nothing about what the figure measures.
MEASURE_HEADS: tuple[str, ...] = (
    "收入", "营收", "营业额", "利润", "净利", "盈利", "溢利", "纯利", "纯益", "获利", "亏损", "毛利", "收益",
    "资产", "负债", "资本", "贷款", "存款", "余额", "规模", "保费", "价值", "销量", "销售", "交付", "出货",
    "装机", "装车", "产量", "产能", "用户", "客户", "会员", "人数", "员工", "成本", "费用", "支出", "投入",
    "现金", "股息", "分红", "派息", "市值", "每股", "EPS", "息差", "价格", "指数", "金额", "交易", "订单",
    "成交", "发行", "融资", "投资", "进口", "出口", "GMV", "MAU", "DAU",
    "额", "率", "量", "数", "值", "比", "价", "费", "款", "金",
)


def names_a_measure(key: str) -> bool:
    """The key says what is measured, not only who or when (see MEASURE_HEADS)."""
    return any(head in key for head in MEASURE_HEADS)


def measures_run_together(phrase: str, count: int) -> list[str] | None:
    """The ``count`` measures a 分别 list's name prints with no separator between them (营收净利分别为
    X、Y is 营收 and 净利): each a word the lexicon names a measure with (METRIC_SYNONYMS), read
    one way only, or a compound word of two measures (产销: lexicon.COMPOUND_MEASURES). None when
    the phrase is not such a run (境外收入, 核心业务收入)."""
    cleaned = clean_phrase(phrase)
    for word, measures in lexicon.COMPOUND_MEASURES.items():
        if cleaned.endswith(word) and len(measures) == count:
            # 挖掘机产销: the words before the compound name what both measures count.
            return [cleaned[: -len(word)] + measure for measure in measures]
    words = _MEASURE_WORDS
    found: list[list[str]] = []

    def split(rest: str, taken: list[str]) -> None:
        if len(found) > 1:
            return
        if not rest:
            if len(taken) == count:
                found.append(taken)
            return
        for word in words:
            if rest.startswith(word) and len(taken) < count:
                split(rest[len(word):], [*taken, word])

    split(clean_phrase(phrase), [])
    if len(found) != 1 or len({metric_key(word) for word in found[0]}) != count:
        return None
    return found[0]


_MEASURE_WORDS = tuple(sorted(lexicon.METRIC_SYNONYMS, key=len, reverse=True))
