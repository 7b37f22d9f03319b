"""Relations: what the text states between its figures, read as records of their own.

A sentence like 净利润为2.76亿元，较上年同期的5.81亿元下降52.5% states one relation with three
figures in three roles (current, prior, rate). The constructions that state relations are
data in ``validator.constructions``; this module applies them: it turns a sentence into the
text the patterns read (each figure a token), matches every construction and builds a
``Relation`` for each match whose figures can stand in those roles.

Rules check these stated relations first: a relation the text states needs no metric key,
period or company to be found, so it holds however the figures' context was read.

Relations that span clauses or sentences have modules of their own: breakdowns into parts
(``validator.breakdowns``), shares whose total is printed elsewhere (``validator.share_totals``),
lists read with 分别 (``validator.distributive``), periods within periods (``validator.period_links``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .constructions import BASELINE_BEFORE, CONSTRUCTIONS, LEVEL_BEFORE, Construction, bases_named, token
from .corpus import comparable_units
from .metrics import keys_compatible
from .periods import period_kind, prior_period
from .records import AMOUNTS, Claim, Filler, Relation

_ROLES = ("current", "prior", "rate", "from", "to", "delta", "points", "part", "total", "share", "change")
# The basis a change names: a yearly change (同比) from a figure two years back is not this
# relation, however close the words stand.
_BASES = (("同比", re.compile(r"同比|按年|同期|上年|去年")), ("环比", re.compile(r"环比|按季|上季|上月")))
# What may stand between two changes of one level: punctuation and the second one's basis.
_CONTINUATION = re.compile(r"[\s，,；;、)）]*(?:同比|环比|按年|按季|较上年末|较年初|较上年同期|较去年同期|较上年|比上年|较上月|较上季度)?\s*")
_CONVERSION = re.compile(r"\s*[（(]\s*(?P<said>约合|折合|合|约)?\s*(\ue000(?P<index>\d+)A\ue001)\s*[)）]")
# 营收为3.6亿美元，约合人民币25.9亿元，较上年同期增长: a restatement between commas, said so.
_CONVERSION_CLAUSE = re.compile(r"[，,]\s*(?P<said>(?:约合|折合|相当于)\s*(?:人民币|美元|港元|港币|欧元)?)?\s*"
                                r"\ue000(?P<index>\d+)A\ue001(?=\s*[，,])")
_CONVERSION_WORDS = ("约合", "折合", "相当于")


@dataclass(frozen=True, slots=True)
class PlacedFigure:
    """A claim and where its printing (qualifier included) stands in the sentence."""

    start: int
    end: int
    claim: Claim


@dataclass(frozen=True, slots=True)
class SentenceFigures:
    """One sentence (or table line) of a document, in order, with the figures read in it."""

    text: str  # the simplified view: traditional characters converted one for one
    paragraph: int  # the block it belongs to (-1 for the title)
    source: str  # body, title or heading
    figures: tuple[PlacedFigure, ...]


def _dimension_letter(claim: Claim) -> str:
    if claim.dimension in AMOUNTS:
        return "A"
    return {"percent": "P", "pp": "Q"}.get(claim.dimension, "X")


def skeleton(text: str, figures: Sequence[PlacedFigure]) -> str:
    """The sentence as the patterns read it: each figure a token, conversions dropped
    (248亿元（34亿美元） restates one figure in another currency)."""
    pieces, position = [], 0
    for index, figure in enumerate(figures):
        if figure.start < position:
            continue
        pieces.append(text[position:figure.start])
        pieces.append(token(index, _dimension_letter(figure.claim)))
        position = figure.end
    pieces.append(text[position:])

    def conversion(match: re.Match[str]) -> str:
        # 仅为9月销量（10628辆）: a count in brackets is a figure of its own, not the one before
        # restated in another currency.
        restated = match.group("said") or figures[int(match.group("index"))].claim.dimension == "money"
        return "" if restated else match.group(0)
    def conversion_clause(match: re.Match[str]) -> str:
        said = match.group("said") or figures[int(match.group("index"))].claim.qualifier in _CONVERSION_WORDS
        return "" if said else match.group(0)
    return _CONVERSION_CLAUSE.sub(conversion_clause, _CONVERSION.sub(conversion, "".join(pieces)))


def stated_in_sentence(text: str, figures: Sequence[PlacedFigure],
                       linked: Callable[[str | None], Claim | None]) -> list[Relation]:
    """Every relation the constructions read in one sentence.

    ``linked`` finds a claim of the document by id.
    """
    if len(figures) < 2:
        return []
    read = skeleton(text, figures)
    relations: list[Relation] = []
    taken: set[tuple[str, str]] = set()  # (kind, stated figure): one relation per stated figure
    # 净利润14.33亿元，同比减少20.3%（上年同期为17.99亿元），环比下降17.2%（上季度为17.31亿元):
    # a second rate with its own baseline speaks of the figure the first one did.
    currents: list[tuple[int, Claim]] = []
    levels: list[tuple[int, Claim]] = []  # the "to" of each from→to read, by where its match ends
    rates: list[tuple[int, Claim]] = []  # the "to" of each point change read, likewise
    priors: set[str] = set()  # a baseline of one comparison is not the subject of another
    for construction in CONSTRUCTIONS:
        for match in construction.regex.finditer(read):
            earlier = [claim for end, claim in currents if end <= match.end()]
            if construction.kind == "pp_change":
                # 为1.28%，较上年末的1.32%下降0.04个百分点，较一季度末的1.30%下降0.02个百分点: a
                # further comparison is of the rate the first one spoke of.
                earlier = [claim for end, claim in rates if end <= match.end()]
            if construction.kind == "from_to":
                # 为92.79点，环比上升2.69点，升幅为2.98%；同比下降7.67点，降幅为7.64%: a second change
                # right after the first, naming nothing new, is of the same level.
                earlier = [claim for end, claim in levels if end <= match.start()
                           and _CONTINUATION.fullmatch(read, end, match.start())]
            relation = _relation(construction, match, figures, earlier[-1] if earlier else None, linked)
            if relation is None or relation.claim_in("current") in priors:
                continue
            stated = _stated_figure(relation)
            if (relation.kind, stated) in taken:
                continue
            taken.add((relation.kind, stated))
            relations.append(relation)
            if relation.kind == "from_to":
                level = next((f.claim for f in figures if f.claim.id == relation.claim_in("to")), None)
                if level is not None:
                    levels.append((match.end(), level))
                    levels.sort(key=lambda pair: pair[0])
            if relation.kind == "pp_change":
                rate = next((f.claim for f in figures if f.claim.id == relation.claim_in("to")), None)
                if rate is not None:
                    rates.append((match.end(), rate))
                    rates.sort(key=lambda pair: pair[0])
            if relation.kind == "growth_prior":
                priors.add(relation.claim_in("prior") or "")
                current = next((f.claim for f in figures if f.claim.id == relation.claim_in("current")), None)
                if current is not None:
                    currents.append((match.end(), current))
                    currents.sort(key=lambda pair: pair[0])
    return relations


def _stated_figure(relation: Relation) -> str:
    for role in ("rate", "points", "share", "delta", "total"):
        claim = relation.claim_in(role)
        if claim:
            return claim
    return relation.fillers[-1].claim


def _relation(construction: Construction, match: re.Match[str], figures: Sequence[PlacedFigure],
              earlier_current: Claim | None, linked: Callable[[str | None], Claim | None]) -> Relation | None:
    groups = match.groupdict()
    roles: dict[str, Claim] = {}
    for role in _ROLES:
        if groups.get(role) is not None:
            claim = figures[int(groups[role])].claim
            if role == "change":
                role = "rate" if claim.dimension == "percent" else "delta"
            roles[role] = claim
    if construction.kind == "growth_prior" and "current" not in roles and "rate" in roles:
        if earlier_current is None:
            return None
        roles["current"] = earlier_current
    if construction.kind in ("from_to", "pp_change") and "to" not in roles:
        if earlier_current is None:
            return None
        roles = {"to": earlier_current, **roles}
    direction = "up" if groups.get("up") else "down" if groups.get("down") else None
    if any(groups.get(role) is not None and BASELINE_BEFORE.search(match.string, 0, match.start(role) - 1)
           for role in ("current", "to")):
        # 营业收入71.8亿元，较上年同期的62.4亿元增加9.4亿元: the figure after 较上年同期的 (or
        # 上年同期为) is the baseline, never the level a change leads to (the role's group is the
        # index inside the figure's token, one character past its opening).
        return None
    if groups.get("delta") is not None and LEVEL_BEFORE.search(match.string, 0, match.start("delta") - 1):
        return None  # 从62.4亿元增长为71.8亿元: the figure after 增长为 is the level, not the change
    if direction is not None and _said_of_a_loss(match, direction, roles):
        if not _all_losses(roles):
            return None  # 由盈转亏 told with a loss's verb: which way it moved the signed figure is unsure
        # 归母净利润为-1.27亿元，较上年同期的-2.35亿元减亏1.08亿元: the loss shrinks as the signed
        # figure rises; a loss that widens (扩大, 增亏) is a signed fall.
        direction = "up" if direction == "down" else "down"
    if construction.one_basis and not _one_basis(match, roles):
        return None
    if {"delta", "rate"} <= roles.keys() and not _change_of_one_basis(match, roles.get("to") or roles.get("current")):
        return None
    if "rate" in roles and _compound_rate(match):
        return None
    if construction.dated_prior and not _dated_by_basis(match, roles):
        return None
    if construction.total_is_a_target and not _toward_the_target(roles):
        return None
    if (not _roles_fit(construction.kind, roles, construction.total_is_a_target)
            or not _basis_fits(_without_second_baseline(match), roles)):
        return None
    document = next(iter(roles.values())).document
    fillers = tuple(Filler(role=role, claim=claim.id) for role, claim in roles.items())  # type: ignore[arg-type]
    return Relation(
        id=f"{construction.kind}:{'+'.join(claim.id for claim in roles.values())}",
        document=document,
        kind=construction.kind,
        construction=construction.name,
        fillers=fillers,
        direction=direction,
    )


# Verbs that speak of a loss's size, not of the signed figure: 减亏, 亏损收窄, 扩大.
_OF_A_LOSS = re.compile(r"亏|收窄|缩小|扩大")


def _said_of_a_loss(match: re.Match[str], direction: str, roles: dict[str, Claim]) -> bool:
    """归母净利润为-2.3亿元，上年同期为-4.1亿元，同比减亏1.8亿元: of figures printed with their minus,
    减亏 (or 收窄, 扩大) moves the loss, whose sign is the other way round: the verb's direction is
    not the signed figure's."""
    if not any(roles[role].value < 0 for role in ("from", "to", "current", "prior") if role in roles):
        return False
    start, end = match.span(direction)
    return _OF_A_LOSS.search(match.string, max(0, start - 2), end + 1) is not None


# A rate compounded or averaged over years (年均增长8.6%, 复合增长率为-5.2%): not the change from one
# end to the other, which spans every year of it.
_COMPOUND_RATE = re.compile(r"年均(?:复合)?(?:增长|增速|增幅|下降|减少|降幅)|复合(?:年均?)?(?:增长|增速|增幅)|CAGR|平均每年|每年平均")


def _compound_rate(match: re.Match[str]) -> bool:
    """过去五年营业收入年均增长8.6%，从2019年的412.5亿元增至2024年的623.4亿元: the rate's own clause calls
    it a yearly average, so it is no rate of the change the sentence states
    (``validator.compound_growth`` reads it as one)."""
    groups = match.groupdict()
    role = "rate" if groups.get("rate") is not None else "change"
    start = match.start(role)
    clause_start = max((stop.end() for stop in _CLAUSE_STOPS.finditer(match.string, 0, start)), default=0)
    return _COMPOUND_RATE.search(match.string, clause_start, start) is not None


# 年增率 is what Taiwan's coverage calls any rate of a change, whatever date it runs from.
_ANY_BASIS_WORDS = re.compile(r"年增率?|年减率?")


def _change_of_one_basis(match: re.Match[str], level: Claim | None) -> bool:
    """各项存款余额为1.12万亿元，较年初增加826亿元，同比增长9.8%: an amount and a rate that name two
    dates they run from (the year's start, a year before, the period before) are two changes, not
    one change told twice, unless those dates are one for the level's period (a year-end balance:
    较上年末增加 … 同比增长). The words read run from the clause of the first of the two to the second."""
    groups = match.groupdict()
    first = min(match.start(role) for role in ("delta", "rate", "change") if groups.get(role) is not None)
    last = max(match.end(role) for role in ("delta", "rate", "change") if groups.get(role) is not None)
    clause_start = max((stop.end() for stop in _CLAUSE_STOPS.finditer(match.string, 0, first)), default=0)
    named = bases_named(_ANY_BASIS_WORDS.sub("", match.string[max(clause_start, match.start()):last]))
    if len(named) <= 1:
        return True
    if level is None or level.period is None:
        return False
    if period_kind(level.period) == "year":
        return named == {"year_end", "yearly"}  # a balance of a year is its year end's
    return len({prior_period(level.period, _BASIS_WORD[basis]) for basis in named}) == 1


_BASIS_WORD = {"year_end": "较年初", "yearly": "同比", "sequential": "环比"}


def _all_losses(roles: dict[str, Claim]) -> bool:
    """Every level of the relation (its ends, not its change) printed as a loss, with its minus."""
    ends = [roles[role] for role in ("from", "to", "current", "prior") if role in roles]
    return len(ends) >= 2 and all(claim.value < 0 for claim in ends)


_CLAUSE_STOPS = re.compile(r"[。；;！？!?，,]")
_PARTS_OF_A_YEAR = ("half", "quarter", "ytd", "month", "months")


def _one_basis(match: re.Match[str], roles: dict[str, Claim]) -> bool:
    """A change and the prior stated after it (or before it) are measured from one date: not
    较年初下降0.05个百分点至1.32%，上年同期为1.45%, whose prior is of another comparison, not a
    whole year's figure as the prior of a half's or a quarter's, and not a prior whose own year is
    printed (2022年同期为) when it was read in the very period of the figure."""
    clause_start = max((stop.end() for stop in _CLAUSE_STOPS.finditer(match.string, 0, match.start())), default=0)
    words = match.string[clause_start:match.end()]
    if len(bases_named(words)) > 1:
        return False
    start, end = roles.get("from") or roles.get("prior"), roles.get("to") or roles.get("current")
    if start is None or end is None or start.period is None or end.period is None:
        return True
    if period_kind(start.period) == "year" and period_kind(end.period) in _PARTS_OF_A_YEAR:
        return False  # 上半年净利润3.42亿元，同比下降18.6%，上年为9.80亿元: last year's whole, not its half
    return not (start.period == end.period and re.search(r"\d{4}\s*年", words))


def _dated_by_basis(match: re.Match[str], roles: dict[str, Claim]) -> bool:
    """10月…环比增长12.5%，9月为254.6亿元; 按年增加18%，2023年为74.11亿美元: a prior named by its date is
    the period the change's basis measures from: the month or quarter just before the figure's for a
    sequential change, the same stretch a year before for any other; of the same measure when it
    names one. 8月为 after October's 环比 change is some other month's figure."""
    start = roles.get("prior") or roles.get("from")
    end = roles.get("current") or roles.get("to")
    if start is None or end is None or start.period is None or end.period is None:
        return False
    basis = "环比" if _SEQUENTIAL_WORDS.search(match.group(0)) else "同比"
    # 9月零售量为 names the measure again; 9月回款金额为 names another one.
    return (start.period == prior_period(end.period, basis)
            and (not start.metric_key or keys_compatible(start.metric_key, end.metric_key)
                 or end.metric_key.endswith(start.metric_key.removesuffix("量"))))


# The words of a change measured from the period just before (a dated prior is then that period).
_SEQUENTIAL_WORDS = re.compile(r"环比|按季|按月|上月|上个月|上季|上一季|前一季")


# 较2024年第三季度的X和2023年同期的Y增加了4.2%: the words of a second baseline, after the one read.
_SECOND_BASELINE = re.compile(r"\s*(?:和|及|、)[^\ue000\ue001]{0,14}?\ue000\d+A\ue001")


def _without_second_baseline(match: re.Match[str]) -> str:
    """The matched words without a second baseline after the prior: its 同期 is not the basis
    of the prior the relation reads."""
    if match.groupdict().get("prior") is None:
        return match.group(0)
    end = match.end("prior") + 2  # past the token's dimension and close
    second = _SECOND_BASELINE.match(match.string, end)
    if second is None or second.end() > match.end():
        return match.group(0)
    return match.string[match.start():end] + match.string[second.end():match.end()]


def _basis_fits(matched: str, roles: dict[str, Claim]) -> bool:
    """从2019年的500家增长到2021年的796家，同比增长202家: when both ends of a change have periods
    and the text names its basis, the start must be the period that basis measures from."""
    start, end = roles.get("from") or roles.get("prior"), roles.get("to") or roles.get("current")
    if start is None or end is None or start.period is None or end.period is None:
        return True
    if start.period == end.period or not re.search(re.escape(start.period[:4]) + r"\s*年", matched):
        return True  # no year of the baseline's own is printed: the words decide
    for basis, words in _BASES:
        if words.search(matched):
            expected = prior_period(end.period, basis)
            # 2024年同期 may be read as the year 2024 only: a period inside it still fits.
            return expected is None or expected.startswith(start.period) or start.period.startswith(expected)
    return True


def _toward_the_target(roles: dict[str, Claim]) -> bool:
    """10月交付3.12万辆，已完成全年25万辆交付目标的82.3%: a year's target is met by the year to date,
    never by the month printed before it (the writer's share is of a total he did not print)."""
    part, target = roles.get("part"), roles.get("total")
    if part is None or target is None:
        return False
    return not (period_kind(part.period) in ("month", "quarter")
                and period_kind(target.period) not in ("month", "quarter"))


def _roles_fit(kind: str, roles: dict[str, Claim], total_is_a_target: bool = False) -> bool:
    """The figures a pattern matched can stand in its roles: one measure on both sides of a
    comparison, and every figure a fact (not a forecast), but a target stated as the total."""
    if any(claim.forecast for role, claim in roles.items() if not (total_is_a_target and role == "total")):
        return False
    ends = [roles[role] for role in ("from", "to", "current", "prior") if role in roles]
    if any(end.kind == "points" or (end.kind == "growth" and (kind != "pp_change" or end.value < 0)) for end in ends):
        # 由2.12%下降为1.98% read 1.98% as a fall of its own (−1.98%): not a level to compare. A rate
        # of growth is an end of a point change as printed (增速较上年同期的11.8%提高3.4个百分点).
        return False
    pairs = {"growth_prior": ("current", "prior"), "from_to": ("from", "to"), "share": ("part", "total")}
    if kind in pairs:
        first, second = (roles.get(role) for role in pairs[kind])
        if first is not None and second is not None and not comparable_units(first, second):
            return False
    if kind == "from_to":
        if "to" not in roles or not ({"rate", "delta"} & roles.keys()):
            return False
        if "from" not in roles and not {"rate", "delta"} <= roles.keys():
            return False
        if "delta" in roles and not comparable_units(roles["delta"], roles["to"]):
            return False
    return True


# Units of measures that do not add up: index points, durations, ages, multiples.
_NOT_ADDITIVE_UNITS = ("点", "點", "年", "岁", "天", "日", "小时", "个月", "倍", "元/股", "分")


def is_amount(claim: Claim) -> bool:
    """A figure that adds up with others of its measure: an amount, not a price or a duration."""
    return (claim.kind == "figure" and claim.dimension in AMOUNTS and not claim.forecast
            and (claim.unit or "") not in _NOT_ADDITIVE_UNITS)
