"""Relations: what the text states between its figures, read as records of their own.

A sentence like 净利润为2.76亿元，较上年同期的5.81亿元下降52.5% states one relation with three
figures in three roles (current, prior, rate). The constructions that state relations are
data in ``validator.constructions``; this module applies them: it turns a sentence into the
text the patterns read (each figure a token), matches every construction and builds a
``Relation`` for each match whose figures can stand in those roles.

Rules check these stated relations first: a relation the text states needs no metric key,
period or company to be found, so it holds however the figures' context was read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .constructions import CONSTRUCTIONS, Construction, token
from .periods import prior_period
from .records import AMOUNTS, Claim, Filler, Relation

_ROLES = ("current", "prior", "rate", "from", "to", "delta", "points", "part", "total", "share", "change")
# The basis a change names: a yearly change (同比) from a figure two years back is not this
# relation, however close the words stand.
_BASES = (("同比", re.compile(r"同比|按年|同期|上年|去年")), ("环比", re.compile(r"环比|按季|上季|上月")))
_CONVERSION = re.compile(r"\s*[（(]\s*(?:约合|折合|合|约)?\s*(\ue000\d+A\ue001)\s*[)）]")


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
    return _CONVERSION.sub("", "".join(pieces))


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
    for construction in CONSTRUCTIONS:
        for match in construction.regex.finditer(read):
            earlier = [claim for end, claim in currents if end <= match.start()]
            relation = _relation(construction, match, figures, earlier[-1] if earlier else None, linked)
            if relation is None:
                continue
            stated = _stated_figure(relation)
            if (relation.kind, stated) in taken:
                continue
            taken.add((relation.kind, stated))
            relations.append(relation)
            if relation.kind == "growth_prior":
                current = next(f.claim for f in figures if f.claim.id == relation.claim_in("current")) \
                    if any(f.claim.id == relation.claim_in("current") for f in figures) else None
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
    direction = "up" if groups.get("up") else "down" if groups.get("down") else None
    if not _roles_fit(construction.kind, roles) or not _basis_fits(match.group(0), roles):
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


def _basis_fits(matched: str, roles: dict[str, Claim]) -> bool:
    """从2019年的500家增长到2021年的796家，同比增长202家: when both ends of a change have periods
    and the text names its basis, the start must be the period that basis measures from."""
    start, end = roles.get("from") or roles.get("prior"), roles.get("to") or roles.get("current")
    if start is None or end is None or start.period is None or end.period is None:
        return True
    if start.period == end.period:
        return True  # the reader saw no period of the baseline's own: the words decide
    for basis, words in _BASES:
        if words.search(matched):
            expected = prior_period(end.period, basis)
            # 2024年同期 may be read as the year 2024 only: a period inside it still fits.
            return expected is None or expected.startswith(start.period) or start.period.startswith(expected)
    return True


def same_measure(a: Claim, b: Claim) -> bool:
    """Two amounts of one measure: same dimension, and the same currency when both are money
    (a bare 1.5亿 goes with either)."""
    if a.dimension == "number" or b.dimension == "number":
        return a.dimension in AMOUNTS and b.dimension in AMOUNTS
    return a.dimension == b.dimension and (a.dimension != "money" or a.unit == b.unit)


def _roles_fit(kind: str, roles: dict[str, Claim]) -> bool:
    """The figures a pattern matched can stand in its roles: one measure on both sides of a
    comparison, and every figure a fact (not a forecast)."""
    if any(claim.forecast for claim in roles.values()):
        return False
    pairs = {"growth_prior": ("current", "prior"), "from_to": ("from", "to"), "share": ("part", "total")}
    if kind in pairs:
        first, second = (roles.get(role) for role in pairs[kind])
        if first is not None and second is not None and not same_measure(first, second):
            return False
    if kind == "from_to":
        if "to" not in roles or not ({"rate", "delta"} & roles.keys()):
            return False
        if "from" not in roles and not {"rate", "delta"} <= roles.keys():
            return False
        if "delta" in roles and not same_measure(roles["delta"], roles["to"]):
            return False
    return True


# Words around a share's total that do not name the measure: 占本集团总收入的 names 收入.
_TOTAL_FILLER = re.compile(
    r"^(?:全国|全部|整体|本集团|集团|公司|同期|当期|全年|该|其|总|的)+|(?:的|之|比重|比例|份额|总额|总量|总数|总和|总计|总值|总)+$"
)


def _core(phrase: str) -> str:
    previous = None
    while previous != phrase:
        previous, phrase = phrase, _TOTAL_FILLER.sub("", phrase)
    return phrase


def _names_the_total(phrase: str, candidate: Claim, simplify: Callable[[str], str], key: str) -> bool:
    """占总装车量的24.1% names the 装车量 printed before it; 占营收的 names 营业收入 (one key)."""
    if key and candidate.metric_key == key:
        return True
    wanted, named = _core(phrase), _core(simplify(candidate.metric))
    if len(wanted) < 2 or len(named) < 2:
        return False
    return named.endswith(wanted) or wanted.endswith(named)


def shares_of_totals(claims: Sequence[Claim], stated: Sequence[Relation], simplify: Callable[[str], str],
                     key_of: Callable[[str], str]) -> list[Relation]:
    """Shares whose total stands elsewhere: 磷酸铁锂电池装车量41.3GWh，占总装车量75.8% is of the
    装车量 the article printed before it. The total is the nearest earlier figure of the same
    measure and period whose metric the share names, and larger than the part."""
    in_relations = {filler.claim for relation in stated for filler in relation.fillers if relation.kind == "share"}
    by_id = {claim.id: claim for claim in claims}
    found = []
    for position, share in enumerate(claims):
        if share.kind != "share" or share.id in in_relations or share.forecast:
            continue
        part = by_id.get(share.of_claim) if share.of_claim else None
        if part is None or part.dimension not in AMOUNTS or part.forecast:
            continue
        total = by_id.get(share.total_claim) if share.total_claim else None
        if total is None and share.basis:
            total = _nearest_total(claims[:position], part, share.period or part.period, share.basis,
                                   simplify, key_of(share.basis))
        if total is None and part.parts_of:
            total = by_id.get(part.parts_of)  # 其中A 33亿美元，占比53%: of the whole broken down
        if total is None or total.id == part.id or not same_measure(part, total) or total.forecast:
            continue
        found.append(Relation(
            id=f"share:{part.id}+{total.id}+{share.id}", document=share.document, kind="share",
            construction="share-of-a-total-named-earlier",
            fillers=(Filler(role="part", claim=part.id), Filler(role="total", claim=total.id),
                     Filler(role="share", claim=share.id)),
        ))
    return found


def _nearest_total(earlier: Sequence[Claim], part: Claim, period: str | None, phrase: str,
                   simplify: Callable[[str], str], key: str) -> Claim | None:
    """占2020年度营业收入的7.7% is of 2020's revenue: the total's period is the share's, which
    its phrase may name apart from the part's."""
    for candidate in reversed(earlier):
        if candidate.kind != "figure" or candidate.id == part.id or candidate.source != part.source:
            continue
        if not same_measure(candidate, part) or candidate.value <= part.value:
            continue
        if candidate.period and period and candidate.period != period:
            continue
        if _names_the_total(phrase, candidate, simplify, key):
            return candidate
    return None
