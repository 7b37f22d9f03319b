"""The constructions by which articles state a relation in one breath.

Each construction is a named rule, in the manner of Duckling's: a pattern over a sentence
whose figures have been replaced by tokens, the kind of relation it states and the role each
figure plays in it. The code that applies them (``validator.relations``) is generic: a new
phrasing is one more rule here, tested by its corpus of phrasings in
``tests/test_constructions.py``.

A pattern is a regular expression written with these macros:

- ``{A:role}``, ``{P:role}``, ``{Q:role}``: a figure of an amount (money, count, bare number),
  a percentage, or percentage points, filling ``role``; ``{AP:role}`` either of the first two;
  ``{A}`` an amount in no role;
- ``{~N}``: up to N characters holding no figure and no clause stop (。；，);
  ``{~}`` is ``{~12}``; ``{still~N}`` the same holding no verb of change either; ``{yearly~N}``
  the same naming no sequential basis (环比, 上季: before a yearly prior); ``{when~N}`` one naming no verb and no
  measure (率, 比, 差: 较一季度末的, never 较一季度末的拨备覆盖率); ``{yearly_prior}`` 上年同期, 去年 …;
- ``{verb}``: a verb of change, whose direction (增长 up, 下降 down) the relation takes
  (``{rate_noun}`` 增幅/降幅, ``{change}`` either; one of the three per pattern), ``{any_verb}``
  one whose direction is not read;
- ``{then}``: the rest of a figure's clause, past one comma when what follows opens its
  comparison or change (达5070.8亿元，较去年同期…; 为26.9亿元，同比…);
- ``{more}``: 或, or a comma before more words of the same change (，年增率为; never
  ，逾放比 — another measure);
- ``{cmp}``: 较, 比, 相比, 相较于, 对比 — the word that introduces a comparison's baseline;
- ``{from}``, ``{to}``: 从/由 and 至/到 (with the verb that may stand before 至; or the verb and 为);
  ``{reaching}`` 至, 到 or ，达到 after a change; ``{with}`` … ``{compared}`` 与 … 相比 around a baseline;
- ``{aside}``: up to 60 characters of the same sentence, commas and rates allowed but no amount;
- ``{lost}``: a verb of change or a word of loss or gain between two levels (损失了, 流失, 净增).

Patterns read the simplified view of the text (traditional characters converted one for one),
with spaces and thousands separators already part of the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .records import RelationKind

# Verbs of change, by direction; longest first so that 增长了 wins over 增.
VERBS_UP = (
    "净增加", "净增", "增长了", "增长", "增加了", "增加", "上升了", "上升", "上涨了", "上涨", "提升了", "提升",
    "提高了", "提高", "攀升", "跃升", "飙升", "大增", "激增", "反弹", "回升", "扩大", "年增",
    "月增", "按年增", "按年升", "按季升", "增", "涨", "升", "成长",
    "上行", "走阔",  # 净息差同比上行3个基点, 存贷利差走阔
)
VERBS_DOWN = (
    "净减少", "下降了", "下降", "减少了", "减少", "下滑了", "下滑", "下跌了", "下跌", "降低了", "降低", "回落",
    "收窄", "缩小", "缩减", "萎缩", "大减", "大降", "骤降", "年减", "月减", "按年跌", "按年降", "减", "降", "跌",
    "负增长", "负成长", "衰退",  # 同比负增长4.2%: a fall, though 增长 ends it
    "下行",  # 净息差同比下行12个基点
)
# A rate's own name after the verb: 增幅为, 年增率, 降幅达 — the verb is then not needed.
RATE_NOUNS_UP = ("增幅", "涨幅", "升幅", "增速", "增长率", "增率", "年增率", "成长率")
RATE_NOUNS_DOWN = ("降幅", "跌幅", "减幅", "下降幅度", "减少幅度")
COMPARISON_WORDS = ("相较于", "相较", "相比于", "相比", "对比", "较之", "较", "比")
FROM_WORDS = ("从", "由", "自")
TO_WORDS = ("至", "到")
# Words after which a figure is the prior period's own value: 上年同期为43.70亿元.
PRIOR_PERIOD_WORDS = (
    "上年同期", "去年同期", "上年", "去年", "上年末", "去年末", "上年底", "去年底", "年初", "上季度", "上一季度", "上季", "上月",
    "同期", "上期",
)

_TOKEN_OPEN, _TOKEN_CLOSE = "\ue000", "\ue001"
# A gap never crosses a clause: 纯利增至199亿元，营业额升四成八 is two statements.
_STOPS = "。；;！？!?，,"


def _words(words) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


_MACROS = {
    "verb": rf"(?:(?P<up>{_words(VERBS_UP)})|(?P<down>{_words(VERBS_DOWN)}))",
    "rate_noun": rf"(?:(?P<up>{_words(RATE_NOUNS_UP)})|(?P<down>{_words(RATE_NOUNS_DOWN)}))",
    "change": (rf"(?:(?P<up>{_words(RATE_NOUNS_UP + VERBS_UP)})|(?P<down>{_words(RATE_NOUNS_DOWN + VERBS_DOWN)}))"),
    "any_verb": rf"(?:{_words(VERBS_UP + VERBS_DOWN)})",
    "cmp": rf"(?<![同环])(?:{_words(COMPARISON_WORDS)})",
    "from": rf"(?:{_words(FROM_WORDS)})",
    "to": rf"(?:(?:{_words(VERBS_UP + VERBS_DOWN)})?了?\s*(?:{_words(TO_WORDS)})|(?:{_words(VERBS_UP + VERBS_DOWN)})了?\s*为)",
    "prior_period": rf"(?:\d{{4}}\s*年?同期|{_words(PRIOR_PERIOD_WORDS)})",
    ",": r"\s*[，,、]?\s*",
}
# A change told as what was lost or won between two levels (损失了1100万名玩家, 流失, 多了).
LOSS_WORDS = ("损失", "流失", "失去", "少了")
GAIN_WORDS = ("多了", "赢得", "新增")
# Clauses about the same level that print no other amount (，毛利率41.2%，为连续第三季按年下跌，惟):
# rates may stand in them, clause commas too, but no amount that could be the level instead.
_MACROS["aside"] = rf"(?:[^{_TOKEN_OPEN}。；;！？!?]|{_TOKEN_OPEN}\d+P{_TOKEN_CLOSE}){{0,60}}?"
_MACROS["lost"] = rf"(?:(?P<up>{_words(GAIN_WORDS + VERBS_UP)})|(?P<down>{_words(LOSS_WORDS + VERBS_DOWN)}))"
# What opens the comparison or change of the figure before it: 较, 同比, 增长, 增幅 …
_OPENER = (rf"(?:同比|环比|按年|按季|{_MACROS['cmp']}|年增|年减|月增|月减"
           rf"|{_words(VERBS_UP + VERBS_DOWN + RATE_NOUNS_UP + RATE_NOUNS_DOWN)})")
# A figure's clause may go on past one comma into its comparison: 达5070.8亿元，较去年同期增加…
_MACROS["then"] = (rf"[^{_TOKEN_OPEN}{_STOPS}]{{0,30}}?(?:[（(][^{_TOKEN_OPEN}（()）。；;]{{0,12}}[)）])?"
                   rf"(?:[，,]\s*(?={_OPENER}))?")
# Between two figures of one change: 或, or a comma before more of that change (，年增率为),
# never before another measure (，逾放比0.18%).
_MACROS["more"] = rf"(?:或|[，,、]\s*(?={_OPENER}))"
# The basis a change names right before its verb: 同比, 环比, 比上年末, 较年初 …
_MACROS["basis"] = (r"(?:同比|环比|按年|按季|(?:比|较|与)(?:上年末|去年末|上年同期|去年同期|上年|去年|年初|上月|上季度|上季)"
                    r"(?:相比)?[，,]?)")
# A year-on-year change and its prior: the gap before the verb names no sequential basis
# (环比 … ，上年同期为 compares with another period than the one printed).
_SEQUENTIAL = r"环比|按季|上季|上月|上一季"
# A baseline named by its time only (较一季度末的), not by a measure (较一季度末的拨备覆盖率 is another rate).
_MEASURE_CHARACTERS = "率比差额"
_MACROS["yearly_prior"] = r"(?:\d{4}\s*年?同期|上年同期|去年同期|同期|上年|去年)"
# What leads from a change to the level it reached: 至, 到, or a comma and 达到 (增长15.1%，达到71.8亿元;
# 达到 is often read into the figure as its qualifier, so the comma may stand right before it).
_MACROS["reaching"] = rf"(?:至|到|[，,]\s*(?:达到|达|至)|[，,]?\s*(?={_TOKEN_OPEN}))"
# A comparison that names its baseline between two words (与2023年同期的27.80亿元相比, 同上年相比).
_MACROS["with"] = r"(?:与|同)"
_MACROS["compared"] = r"(?:相比|相较|比较)(?:而言)?"
_MACROS["sequential"] = r"(?:环比|按季|按月|较上月|较上季度|较上季|比上月|比上季度)"
_MACROS["sequential_prior"] = r"(?:上月|上个月|上季度|上一季度|上季|前一季度|上期)"
# A month or a quarter named by its date (9月, 二季度, 2023年第二季度): the prior of a 环比 change
# only when it is the period just before the figure's (Construction.dated_prior).
_MACROS["prior_date"] = (r"(?:(?:\d{4}\s*年)?(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?"
                         r"|(?:\d{4}\s*年)?第?[一二三四1-4]\s*季度|Q[1-4])")
# A year, or a stretch of a named year (2023年, 2024年第三季度, 2023年上半年, 2023年末): the prior
# of a yearly change only when it is the period a year before the figure's (Construction.dated_prior).
_MACROS["prior_year"] = r"(?:\d{4}\s*年(?:第?[一二三四1-4]\s*季度|[上下]半年|前三季度|(?:1[0-2]|[1-9])\s*月份?|末|底)?)"
_DIMENSIONS = {"A": "A", "P": "P", "Q": "Q", "AP": "[AP]"}
_MACRO = re.compile(
    r"\{(?P<dim>AP|A|P|Q)(?::(?P<role>\w+))?\}|\{(?P<still>still|yearly|when)?~(?P<gap>\d*)\}|\{(?P<name>\w+|,)\}"
)
# A gap that holds no verb of change: the baseline of 较上年同期的X is X, but in 较上年同期增加X
# the X is the change itself.
_NO_VERB = rf"(?!{_words(VERBS_UP + VERBS_DOWN)})"


def _expand(pattern: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group("dim"):
            dimension = _DIMENSIONS[match.group("dim")]
            role = match.group("role")
            index = rf"(?P<{role}>\d+)" if role else r"\d+"
            return f"{_TOKEN_OPEN}{index}{dimension}{_TOKEN_CLOSE}"
        if match.group("gap") is not None:
            character = rf"[^{_TOKEN_OPEN}{_STOPS}]"
            if match.group("still") == "still":
                character = f"(?:{_NO_VERB}{character})"
            elif match.group("still") == "yearly":
                character = f"(?:(?!{_SEQUENTIAL}){character})"
            elif match.group("still") == "when":
                character = f"(?:{_NO_VERB}(?![{_MEASURE_CHARACTERS}]){character})"
            return rf"{character}{{0,{match.group('gap') or 12}}}?"
        return _MACROS[match.group("name")]
    return _MACRO.sub(replace, pattern)


# What stands right before a baseline: 较上年同期的, 比上年末, 上年同期为 — a comparison that
# names a time, with no verb between (not 较上年同期增加, whose figure is the change; not 占比 or
# 较低的) — or a start (从, 由上年同期的). Such a figure is never the level a change leads to.
BASELINE_BEFORE = re.compile(_expand(
    r"(?:(?:{cmp}|{with}){still~18}[年期季月初末日]{still~8}的?|(?<![本今当]){prior_period}(?:为|是|的)?"
    r"|(?:从|由)(?:{still~18}[年期季月初末日]{still~8}的?)?)\s*$"))
# What stands right before a level a change leads to, never a change itself: 增长为, 增至, 降到.
LEVEL_BEFORE = re.compile(_expand(r"{any_verb}了?\s*(?:为|至|到)\s*$"))


def token(index: int, dimension: str) -> str:
    """How figure ``index`` of a sentence stands in the text the patterns read."""
    return f"{_TOKEN_OPEN}{index}{dimension}{_TOKEN_CLOSE}"


@dataclass(frozen=True)
class Construction:
    """One way of stating a relation: its name, kind, pattern and an example sentence."""

    name: str
    kind: RelationKind
    pattern: str
    example: str
    # The change and the prior it names are measured from one date: 较年初 … ，上年末为; 同比 …
    # ，上年同期为 (never 较年初 … ，上年同期为: the prior of another comparison).
    one_basis: bool = False
    # The prior is named by its date (，9月为254.6亿元): it stands in the relation only when that
    # date is the one the change's basis measures from.
    dated_prior: bool = False
    # The total is a target (完成全年25万辆交付目标的96.7%): a figure of the future, stated as the
    # whole the part is measured against.
    total_is_a_target: bool = False

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(_expand(self.pattern))


CONSTRUCTIONS: tuple[Construction, ...] = (
    # --- a figure, its prior-period figure and the rate between them ---------------------
    Construction(
        "current-against-prior", "growth_prior",
        r"{A:current}{then}{~16}{cmp}{still~18}的?\s*{A:prior}(?:\s*(?:和|及|、){~14}{A})?{~6}(?:[，,]\s*)?{verb}了?{~6}{P:rate}",
        "净利润为3.12亿元，较2023年第二季度的4.05亿元下降23.0%",
    ),
    Construction(
        "current-compared-with-prior", "growth_prior",
        r"{A:current}{then}(?:[，,]\s*)?{with}{still~18}的?\s*{A:prior}\s*{compared}[，,]?\s*{verb}了?{~6}{P:rate}",
        "净收入为人民币31.25亿元，与2023年同期的人民币27.80亿元相比增长12.4%",
    ),
    Construction(
        "further-comparison-with-prior", "growth_prior",
        r"{A}{~6}{compared}?[，,]?\s*{any_verb}了?{~4}{P}[，,]\s*(?:但|而|并|且)?{with}{still~18}的?\s*{A:prior}\s*{compared}"
        r"[，,]?\s*{verb}了?{~6}{P:rate}",
        "活跃用户为1,286万，与上季度的1,212万相比增长6.1%，与2023年同期的1,085万相比增长18.5%",
    ),
    Construction(
        "current-share-then-against-prior", "growth_prior",
        r"{A:current}{~40}[，,]\s*(?:约|其)?占{~12}{P}[，,]\s*{cmp}{still~18}的?\s*{A:prior}{~6}{verb}了?{~6}{P:rate}",
        "有318.6亿元来自轻资本模式，占总额的41.2%，较2022年同期的202.4亿元增长了57.4%",
    ),
    Construction(
        "current-rate-then-against-prior", "growth_prior",
        r"{A:current}{then}{~10}{any_verb}{~4}{P}[，,]\s*(?:但|而|并|且)?{cmp}{still~18}的?\s*{A:prior}{~6}{verb}了?{~6}{P:rate}",
        "撮合规模为612.4亿元，同比微增0.8%，但较上季度的640.2亿元下降4.3%",
    ),
    Construction(
        "further-comparison", "growth_prior",
        r"{A}{~6}{any_verb}了?{~4}{P}[，,]\s*(?:但|而|并|且)?{cmp}{still~18}的?\s*{A:prior}{~6}{verb}了?{~6}{P:rate}",
        "汽车销售额为86.2亿元，比上年同期的41.3亿元增长了108.7%，较上季度的70.5亿元增长了22.3%",
    ),
    Construction(
        "current-against-prior-rate-before-its-name", "growth_prior",
        r"{A:current}{then}{~16}{cmp}{still~18}的?\s*{A:prior}{~3}(?:录得|录|有|的)?\s*{P:rate}的?{rate_noun}",
        "保费收入约为512亿元，较去年同期的538亿元录得4.83%跌幅",
    ),
    Construction(
        "current-against-prior-rate-named", "growth_prior",
        r"{A:current}{then}{~16}{cmp}{still~18}的?\s*{A:prior}{~3}[，,]?{~4}{rate_noun}(?:为|达|是)?{~3}{P:rate}",
        "活跃用户为620万，比上年同期的540万，增幅为14.8%",
    ),
    Construction(
        "rate-then-prior-in-brackets", "growth_prior",
        r"{A:current}{then}{~16}{verb}了?{~4}{P:rate}\s*[（(]{~14}(?:为|是|:|：)\s*{A:prior}\s*[)）]",
        "净收入为31.25亿元，同比增长12.4%（2023年同期为27.80亿元）",
    ),
    Construction(
        "linked-rate-then-prior-in-brackets", "growth_prior",
        r"{verb}了?{~4}{P:rate}\s*[（(]{~14}(?:为|是|:|：)\s*{A:prior}\s*[)）]",
        "……同比增长12.4%（2023年同期为27.80亿元），环比下降3.1%（上季度为32.25亿元）",
    ),
    Construction(
        "prior-stated-then-rate", "growth_prior",
        # ，亏损同比收窄46.0%: the loss named again before the change of its size.
        r"{A:current}{~6}[，,]\s*(?:而|但)?{prior_period}(?:为|是|的)?\s*{A:prior}{~3}(?:{more}|[，,]\s*(?:净亏损|亏损|亏)(?=同比|环比|较))?"
        r"{~8}{verb}了?{~4}{P:rate}",
        "营业收入24.48亿元，上年同期为18.53亿元，同比增长32.1%",
        one_basis=True,
    ),
    Construction(
        "sequential-rate-then-prior-by-its-date", "growth_prior",
        r"{A:current}{then}{~16}(?:(?:同比|按年){~2}{any_verb}了?{~4}{P}[，,]\s*)?{sequential}{~4}{verb}了?{~4}{P:rate}"
        r"[，,]\s*(?:而|但)?{prior_date}的?{still~8}(?:为|是)\s*{A:prior}",
        "10月全国乘用车市场零售214.6万辆，同比增长8.8%，环比增长8.7%，9月零售量为197.4万辆",
        dated_prior=True,
    ),
    Construction(
        "yearly-rate-then-prior-by-its-date", "growth_prior",
        r"{A:current}{then}{yearly~16}{verb}了?{~4}{P:rate}[，,]\s*(?:而|但)?{prior_year}(?:为|是)\s*{A:prior}",
        "年化新保费为87.45亿美元，按年增加18%，2023年为74.11亿美元",
        dated_prior=True,
    ),
    Construction(
        "current-rate-then-against-prior-amount", "growth_prior",
        r"{A:current}{then}{~10}{verb}了?{~4}{P:rate}[，,]\s*(?:但|而|并|且)?{cmp}{still~18}的?\s*{A:prior}{~4}{any_verb}了?{~3}{A}",
        "初年度保费收入为765.2亿元，年减12.8%，较去年同期的877.5亿元减少112.3亿元",
    ),
    Construction(
        "rate-to-current-then-prior-in-brackets", "growth_prior",
        r"{verb}了?{~3}{P:rate}\s*{reaching}{~6}{A:current}\s*[（(]{~14}(?:为|是|:|：)\s*{A:prior}\s*[)）]",
        "新业务价值按年增长26%至48.65亿美元（2023年：38.61亿美元）",
    ),
    Construction(
        "rate-then-prior-stated", "growth_prior",
        r"{A:current}{then}{~16}{verb}了?{~4}{P:rate}[，,]\s*(?:而|但)?{prior_period}(?:为|是|的)?\s*{A:prior}",
        "净利润3.42亿元，同比下降18.6%，上年同期为4.20亿元",
        one_basis=True,
    ),
    Construction(
        "yearly-rate-then-priors-respectively", "growth_prior",
        r"{A:current}{then}{yearly~16}{verb}了?{~4}{P:rate}[，,]\s*{sequential}\s*{any_verb}了?{~4}{P}\s*[；;，,]\s*"
        r"{yearly_prior}(?:和|与|及|、){sequential_prior}分别{~6}{A:prior}{~3}(?:和|与|及|、){~3}{A}",
        "交付新车28,640辆，同比增长32.6%，环比增长6.4%；上年同期和上月分别交付21,598辆和26,917辆",
    ),
    Construction(
        "sequential-rate-then-priors-respectively", "growth_prior",
        r"{A:current}{then}{yearly~16}{any_verb}了?{~4}{P}[，,]\s*{sequential}\s*{verb}了?{~4}{P:rate}\s*[；;，,]\s*"
        r"{yearly_prior}(?:和|与|及|、){sequential_prior}分别{~6}{A}{~3}(?:和|与|及|、){~3}{A:prior}",
        "交付新车28,640辆，同比增长32.6%，环比增长6.4%；上年同期和上月分别交付21,598辆和26,917辆",
    ),
    Construction(
        "yearly-rate-sequential-rate-then-prior", "growth_prior",
        r"{A:current}{then}{yearly~16}{verb}了?{~4}{P:rate}[，,]\s*{sequential}\s*{any_verb}了?{~4}{P}[，,]\s*(?:而|但)?"
        r"{yearly_prior}(?:为|是)\s*{A:prior}",
        "营业收入32.6亿元，同比增长12.1%，环比增长5.3%，上年同期为29.1亿元",
    ),
    Construction(
        "yearly-rate-sequential-rate-then-its-prior", "growth_prior",
        r"{A:current}{then}{yearly~16}{any_verb}了?{~4}{P}[，,]\s*{sequential}\s*{verb}了?{~4}{P:rate}[，,]\s*"
        r"(?:(?:而|但)?{yearly_prior}(?:为|是)\s*{A}[，,]\s*)?(?:而|但)?{sequential_prior}(?:为|是)\s*{A:prior}",
        "营业收入32.6亿元，同比增长12.1%，环比增长5.3%，上年同期为29.1亿元，上季度为30.96亿元",
    ),
    Construction(
        "rate-to-current-then-prior", "growth_prior",
        r"{verb}了?{~3}{P:rate}\s*{reaching}{~6}{A:current}{~3}[，,]\s*{prior_period}(?:为|是|的)?\s*{A:prior}",
        "营业收入同比增长12.4%至52.4亿元，上年同期为46.6亿元",
        one_basis=True,
    ),
    Construction(
        "against-prior-by-rate-to-current", "growth_prior",
        r"{cmp}{still~18}的?\s*{A:prior}{~4}{verb}了?{~3}{P:rate}\s*{reaching}{~18}{A:current}",
        "净利润较上年同期的4.66亿元增长12.4%至5.24亿元",
    ),
    Construction(
        "from-prior-by-rate-to-current", "growth_prior",
        r"{from}{~18}{A:prior}{~4}{verb}了?{~3}{P:rate}\s*(?:至|到){~18}{A:current}",
        "累计借款人数由2023年3月31日的约0.152亿人增加8%至今年3月31日的约0.164亿人",
    ),
    # --- from → to, with the change as an amount, a rate or both --------------------------
    Construction(
        "from-to-then-change", "from_to",
        r"{from}{~18}{A:from}{~8}{to}{~8}{A:to}{then}{~6}{change}了?(?:为|达|达到|是)?{~4}{AP:change}",
        "从2023年同期的1862亿元降至1530亿元，降幅达17.8%",
    ),
    Construction(
        "change-then-from-to", "from_to",
        r"{change}了?{~6}(?:[，,]\s*)?(?:为|达|达到)?{~4}{AP:change}{~3}[，,]\s*{from}{~18}{A:from}{~8}{to}{~6}{A:to}",
        "增幅达31.5%，从187亿元跃升至246亿元",
    ),
    Construction(
        "rate-to-then-amount", "from_to",
        r"{verb}了?{~3}{P:rate}\s*(?:至|到){~6}{A:to}{then}{~8}{any_verb}了?(?:额|额达|额为)?{~3}{A:delta}",
        "贸易逆差下降42%至812.5亿元，同比减少588.3亿元",
    ),
    Construction(
        "amount-to-then-rate", "from_to",
        r"{verb}了?{~3}{A:delta}\s*(?:至|到){~6}{A:to}{then}{~8}"
        r"(?:{any_verb}|(?:增幅|涨幅|升幅|增速|增长率|降幅|跌幅|减幅))了?(?:为|达)?{~3}{P:rate}",
        "营业收入增加12.4亿元至80.6亿元，增长18.2%",
    ),
    Construction(
        "to-then-amount-and-rate", "from_to",
        r"{A:to}{then}{~16}{verb}了?(?:额|额达|额为)?{~3}{A:delta}{~3}{more}{~12}{P:rate}",
        "税前盈余达4217.6亿元，较去年同期增加381.2亿元，年增率为9.9%",
    ),
    Construction(
        "rate-then-start-named-in-brackets", "from_to",
        r"{A:to}{then}{~16}(?:{any_verb}了?{~4}{P}[，,]\s*{~6})?{verb}了?{~4}{P:rate}[，,]\s*"
        r"(?:仅为|仅有|只有|仅及|相当于|约为|为){~12}[（(]\s*{A:from}\s*[)）]",
        "9月共交付新车2150辆，同比下降31%，环比下降58%，仅为8月销量（5120辆）的四成多",
    ),
    Construction(
        "rate-then-start-compared-in-brackets", "from_to",
        r"(?:至|到){~6}{A:to}{aside}{verb}了?{~4}{P:rate}\s*[（(]\s*{cmp}{~12}{A:from}\s*[)）]",
        "按年下降6.2%至人民币31.8亿元，毛利率41.2%，惟按季回升18.5%（对比第三季人民币26.8亿元）",
    ),
    Construction(
        "from-to-then-amount-lost", "from_to",
        r"{from}{~18}{A:from}{~8}{to}{~8}{A:to}[，,]{~36}{lost}了?{~4}{A:delta}",
        "从2019年第一季的4200万用户至本季3100万，两年来该平台在月活跃用户上流失了1100万名用户",
    ),
    Construction(
        "to-then-aside-then-amount-and-rate", "from_to",
        r"{A:to}[，,]\s*(?!其中){~14}(?:{P}{~4})?[，,]\s*{cmp}{still~14}的?\s*{verb}了?(?:额|额达|额为)?{~3}{A:delta}"
        r"{~3}{more}{~12}{P:rate}",
        "合计营收2380亿元，约占全行业的三成，较上年同期增加215亿元，同比增长9.9%",
    ),
    Construction(
        "to-then-rate-and-amount", "from_to",
        r"{A:to}{then}{~16}{verb}了?{~4}{P:rate}{~3}{more}{~10}(?:{any_verb}|增长额|增加额|减少额)了?(?!\s*[至到])(?:达|为)?{~3}{A:delta}",
        "营业收入为982.5亿元，同比增长24.12%，较去年同期增加190.97亿元",
    ),
    Construction(
        "further-change-amount-and-rate", "from_to",
        r"{verb}了?{~3}{A:delta}{~3}{more}{~12}{P:rate}",
        "CSPI平均值为96.41点，环比上升1.83点，升幅为1.94%；同比下降4.12点，降幅为4.10%",
    ),
    Construction(
        "level-then-second-change", "from_to",
        r"{A:to}{then}{~16}{any_verb}了?{~3}{A}{~3}{more}{~12}{P}"
        r"\s*[；;，,]\s*{basis}\s*{verb}了?{~3}{A:delta}{~3}{more}{~12}{P:rate}",
        "海川价格指数为88.62点，环比上升3.12点，升幅为3.65%；比上年末下降2.40点，降幅为2.64%",
    ),
    Construction(
        "level-then-third-change", "from_to",
        r"{A:to}{then}{~16}{any_verb}了?{~3}{A}{~3}{more}{~12}{P}"
        r"\s*[；;，,]\s*{basis}\s*{any_verb}了?{~3}{A}{~3}{more}{~12}{P}"
        r"\s*[；;，,]\s*{basis}\s*{verb}了?{~3}{A:delta}{~3}{more}{~12}{P:rate}",
        "……升幅为3.65%；比上年末下降2.40点，降幅为2.64%；同比下降1.20点，降幅为1.34%",
    ),
    Construction(
        "to-against-from-then-amount", "from_to",
        r"{A:to}{then}{~16}{cmp}{still~12}的?\s*{A:from}{~4}{verb}了?{~3}{A:delta}(?:{~3}{more}{~12}{P:rate})?",
        "贷款余额7021.3亿元，较上年末的6145.9亿元增加875.4亿元，增长13.9%",
    ),
    Construction(
        "to-compared-with-from-then-amount", "from_to",
        r"{A:to}{then}(?:[，,]\s*)?{with}{still~12}的?\s*{A:from}\s*{compared}[，,]?\s*{verb}了?{~3}{A:delta}"
        r"(?:{~3}{more}{~12}{P:rate})?",
        "贷款余额7021.3亿元，与上年末的6145.9亿元相比增加875.4亿元，增长14.2%",
    ),
    Construction(
        "prior-stated-then-amount", "from_to",
        r"{A:to}{~6}[，,]\s*(?:而|但)?{prior_period}(?:为|是|的)?\s*{A:from}{~3}{more}?{~8}{verb}了?(?:额|额达|额为)?{~3}{A:delta}"
        r"(?:{~3}{more}{~12}{P:rate})?",
        "营业收入128.6亿元，上年同期为110.2亿元，同比增加18.4亿元，增长16.7%",
        one_basis=True,
    ),
    Construction(
        "to-rate-then-against-from-amount", "from_to",
        r"{A:to}{then}{~10}{any_verb}了?{~4}{P}[，,]\s*(?:但|而|并|且)?{cmp}{still~18}的?\s*{A:from}{~4}{verb}了?{~3}{A:delta}",
        "初年度保费收入为765.2亿元，年减12.8%，较去年同期的877.5亿元减少112.3亿元",
    ),
    Construction(
        "amount-then-prior-stated", "from_to",
        r"{A:to}{then}{~16}{verb}了?(?:额|额达|额为)?{~3}{A:delta}[，,]\s*(?:而|但)?{prior_period}(?:为|是|的)?\s*{A:from}",
        "营业收入为71.8亿元，同比增加9.4亿元，上年同期为62.4亿元",
        one_basis=True,
    ),
    Construction(
        "against-from-by-amount-to", "from_to",
        r"(?:{cmp}|{from}){still~18}的?\s*{A:from}{~4}{verb}了?{~3}{A:delta}\s*(?:至|到){~6}{A:to}",
        "净利润较上年同期的6.88亿元增加1.74亿元至8.62亿元",
    ),
    # --- two rates and the points between them --------------------------------------------
    Construction(
        "points-from-to", "pp_change",
        r"{from}{~18}{P:from}{~8}{to}{~6}{P:to}{then}{~8}{Q:points}",
        "不良贷款率从上年末的1.32%下降至1.21%，下降0.11个百分点",
    ),
    Construction(
        "points-then-from-to", "pp_change",
        r"{Q:points}{~3}[，,]?\s*{from}{~18}{P:from}{~8}{to}{~6}{P:to}",
        "毛利率提升2.4个百分点，从18.6%升至21.0%",
    ),
    Construction(
        "rate-then-prior-rate-then-points", "pp_change",
        r"{P:to}{~6}[，,]\s*{prior_period}(?:为|是|的)?\s*{P:from}{~3}[，,]?{~6}{verb}了?{~3}{Q:points}",
        "毛利率为21.0%，上年同期为18.6%，提升2.4个百分点",
        one_basis=True,
    ),
    Construction(
        "rate-points-then-prior-in-brackets", "pp_change",
        r"{P:to}{then}{~16}{verb}了?{~3}{Q:points}\s*[（(]{~14}(?:为|是|:|：)?\s*{P:from}\s*[)）]",
        "不良贷款率1.25%，较上年末下降0.08个百分点（上年末为1.33%）",
    ),
    Construction(
        "rate-points-then-prior-stated", "pp_change",
        r"{P:to}{then}{~16}{verb}了?{~3}{Q:points}[，,]\s*(?:而|但)?{prior_period}(?:为|是|的)?\s*{P:from}",
        "毛利率为32.6%，同比提升1.8个百分点，上年同期为30.8%",
        one_basis=True,
    ),
    Construction(
        "rate-points-then-prior-by-its-date", "pp_change",
        r"{P:to}{then}{yearly~16}{verb}了?{~3}{Q:points}[，,]\s*(?:而|但)?{prior_year}(?:为|是)\s*{P:from}",
        "M3+逾期率为1.35%，同比下降0.21个百分点，2024年第三季度为1.56%",
        dated_prior=True,
    ),
    Construction(
        "points-to-then-prior-stated", "pp_change",
        r"{verb}了?{~3}{Q:points}\s*(?:至|到){~6}{P:to}{~3}[，,]\s*(?:而|但)?{prior_period}(?:为|是|的)?\s*{P:from}",
        "核心一级资本充足率较年初提升0.36个百分点至10.84%，上年末为10.48%",
        one_basis=True,
    ),
    Construction(
        "against-from-by-points-to", "pp_change",
        r"(?:{cmp}|{from}){still~18}的?\s*{P:from}{~4}{verb}了?{~3}{Q:points}\s*(?:至|到){~6}{P:to}",
        "核心一级资本充足率较上年末的10.48%提升0.36个百分点至10.84%",
    ),
    Construction(
        "rate-against-prior-rate", "pp_change",
        r"{P:to}{then}{~16}{cmp}{still~14}的?\s*{P:from}{~6}{verb}了?{~3}{Q:points}",
        "净息差为1.87%，较上年同期的2.05%下降18个基点",
    ),
    Construction(
        "rate-compared-with-prior-rate", "pp_change",
        r"{P:to}{then}(?:[，,]\s*)?{with}{still~14}的?\s*{P:from}\s*{compared}[，,]?\s*{verb}了?{~3}{Q:points}",
        "毛利率为23.5%，与上年同期的21.6%相比提升1.9个百分点",
    ),
    Construction(
        "rate-points-then-against-prior-rate", "pp_change",
        r"{P:to}{then}{~16}{any_verb}了?{~3}{Q}[，,]\s*(?:但|而|并|且)?{cmp}{when~14}的?\s*{P:from}{~6}{verb}了?{~3}{Q:points}",
        "不良贷款率为1.28%，较上年末下降0.04个百分点，较一季度末的1.30%下降0.02个百分点",
    ),
    Construction(
        "further-rate-comparison", "pp_change",
        r"{P}{~6}{any_verb}了?{~3}{Q}[，,]\s*(?:但|而|并|且)?{cmp}{when~14}的?\s*{P:from}{~6}{verb}了?{~3}{Q:points}",
        "不良贷款率为1.28%，较上年末的1.32%下降0.04个百分点，较一季度末的1.30%下降0.02个百分点",
    ),
    # --- a part, its total and the share ---------------------------------------------------
    Construction(
        "part-share-of-total-in-sentence", "share",
        r"{A:part}{~6}[，,]?\s*(?:约|其|分别|则)?占{~14}的?\s*{A:total}{~4}的?(?:比重|比例|份额)?(?:为|达|约)?\s*{P:share}",
        "海外收入46.2亿元，占全年总收入312.5亿元的14.8%",
    ),
    Construction(
        "part-then-share-of-a-target", "share",
        r"{A:part}{~6}[，,]\s*(?:已经|已|共|累计)?(?:完成|达成|实现|达到)了?{~8}{A:total}{~10}目标(?:的)?(?:比例)?(?:为|达)?\s*{P:share}",
        "今年1-11月累计交付241872辆，已完成全年25万辆交付目标的96.7%",
        total_is_a_target=True,
    ),
    Construction(
        "part-then-share-of-a-target-named-first", "share",
        r"{A:part}{~6}[，,]\s*(?:已经|已|共|累计)?(?:完成|达成|实现|达到)了?{~10}目标\s*{A:total}\s*的(?:比例)?(?:为|达)?\s*{P:share}",
        "1-10月累计签约销售1686.2亿元，完成全年销售目标3000亿元的56.2%",
        total_is_a_target=True,
    ),
    Construction(
        "total-then-part-and-share", "share",
        r"{A:total}{~24}[，,；;]\s*其中{~18}{A:part}{~4}[，,]?{~6}占(?:比|比重)?{~6}(?:为|达)?\s*{P:share}",
        "总装车量62.4GWh，其中磷酸铁锂电池装车量41.8GWh，占比67.0%",
    ),
)


# The dates a change or a prior is measured from, by kind: a year end (较年初, 上年末为), the same
# period a year before (同比, 上年同期为) or the period before (环比, 上季度为). 上年 and 去年 alone
# may be either of the first two.
BASES = {
    "year_end": ("较年初", "比年初", "较上年末", "比上年末", "较去年末", "较上年底", "较去年底", "年初", "上年末", "去年末",
                 "上年底", "去年底"),
    "yearly": ("同比", "按年", "较上年同期", "比上年同期", "较去年同期", "上年同期", "去年同期", "同期", "年增", "年减"),
    "sequential": ("环比", "按季", "按月", "上季度", "上一季度", "上季", "上月", "上个月", "上期", "季末"),
}
_BASIS_WORDS = re.compile(_words(word for words in BASES.values() for word in words))
_BASIS_OF_WORD = {word: basis for basis, words in BASES.items() for word in words}


def bases_named(text: str) -> set[str]:
    """The kinds of date the words of ``text`` measure from."""
    return {_BASIS_OF_WORD[word] for word in _BASIS_WORDS.findall(text)}


# Words that stand for a figure printed before them: 该行较上年末的3862.10亿元增加348亿元, 这较
# 近期低点的33.10元，反弹10.0%. Longest first.
ANAPHORS = ("这一数字", "这一数据", "这一规模", "这一水平", "该数字", "该银行", "该公司", "该集团", "该行", "这")
_MACROS["anaphor"] = rf"(?:{_words(ANAPHORS)})(?:也|亦|则|又)?"

# Comparisons whose current figure is named by an anaphor (or, for ``then``, is the one the
# comparison before it in the sentence spoke of). ``validator.distributive`` applies them: the
# figure the anaphor stands for is the one amount of comparable unit printed before it.
ANAPHORIC_CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction(
        "anaphor-against-prior", "growth_prior",
        r"(?:^|[，,；;:：])\s*(?:但|而|并|且)?{anaphor}{~4}{cmp}{still~18}的?\s*{A:prior}{~3}[，,]?\s*{change}了?"
        r"(?:为|达|是)?{~3}{P:rate}",
        "宁远股份报收36.40元。这较近期低点的33.10元，反弹10.0%",
    ),
    Construction(
        "anaphor-against-from-then-amount", "from_to",
        r"(?:^|[，,；;:：])\s*(?:但|而|并|且)?{anaphor}{~4}{cmp}{still~18}的?\s*{A:from}{~3}{verb}了?{~3}{A:delta}",
        "东江农商行以4210.50亿元的资产规模位列第一，该行较上年末的3862.10亿元增加348亿元",
    ),
    Construction(
        "then-against-prior", "growth_prior",
        r"[，,；;]\s*(?:但|而|并|且)?{cmp}{still~18}的?\s*{A:prior}{~3}[，,]?\s*{change}了?(?:为|达|是)?{~3}{P:rate}",
        "这较近期低点的33.10元，反弹10.0%，但较去年高位的60.20元，降幅达39.5%",
    ),
)


# Ratios that name their own numerator and denominator: 毛利率 is 毛利 over 营业收入. A rate of
# this name printed near both figures (same period) states a share of the one in the other.
# 净利率 is the whole net profit's: 归母, 扣非 and adjusted profits are other numerators.
REVENUE = ("营业收入", "营业总收入", "总收入", "营收", "收入")
NAMED_RATIOS: tuple[tuple[tuple[str, ...], ...], ...] = (
    # (names of the ratio, words of the numerator, words of the denominator[, words no numerator has])
    (("毛利率",), ("毛利",), REVENUE),
    (("净利润率", "净利率"), ("净利润", "净利"), REVENUE, ("归母", "归属", "扣非", "扣除", "调整", "经调整")),
    (("营业利润率",), ("营业利润",), REVENUE),
    (("经营利润率",), ("经营利润",), REVENUE),
    (("贷存比率", "贷存比", "存贷比"), ("贷款",), ("存款",)),
    (("存放比",), ("放款",), ("存款",)),
)
