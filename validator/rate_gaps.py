"""The gap in points between two growth rates, stated after both were printed.

Statistics releases compare a part's growth with the whole's, or exports' with imports', as a
gap in percentage points: 高技术产业和装备制造业增加值同比分别增长10.6%和9.1%，增速分别比规模以上
工业快4.6和3.1个百分点; 服务出口增幅大于进口27.2个百分点 (after 出口增长23.2%，进口下降4%). Each
gap is a ``pp_change`` relation: ``from`` the rate it is measured against, ``to`` the rate of
the subject, ``points`` the gap, with the direction the comparison word gives (快, 高, 大于: up;
慢, 低, 低于: down). Rates are signed as printed (下降4% is −4%), so the gap is their difference.

Every rate is found by the words that name it — the subject's and the other's name in the
clause of the rate — never because the arithmetic agrees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .periods import without_period_words
from .records import Claim, Filler, Relation
from .relations import SentenceFigures

CONSTRUCTION = "gap-between-growth-rates"
# What a gap compares: the subject's 增速/增幅, then the other it is compared with. Two shapes:
# 增速比A快 (the word of the gap after the other) and 增幅大于A (before it).
_RATE_WORD = r"(?:增速|增幅|增长率|增长速度|涨幅|降幅)"
_UP_WORDS, _DOWN_WORDS = ("快", "高", "大", "多"), ("慢", "低", "小", "少")
_GAP_AFTER = re.compile(
    rf"(?P<subject>[^，,；;。：:]*?){_RATE_WORD}\s*(?P<each>分别)?\s*(?:比|较)\s*(?P<other>[^，,；;。：:\d]{{2,16}}?)"
    rf"(?:的?{_RATE_WORD})?\s*(?P<way>[快慢高低多少])(?:了|出)?\s*$")
_GAP_BEFORE = re.compile(
    rf"(?P<subject>[^，,；;。：:]*?){_RATE_WORD}\s*(?P<each>分别)?\s*(?P<way>[高低大小快慢])于\s*(?P<other>[^，,；;。：:\d]{{2,16}}?)"
    rf"(?:的?{_RATE_WORD})?\s*$")
# Words around a name that do not name what grows.
_NAME_FILLER = re.compile(r"^(?:其中|而|但|且|同时|全国|我国|的)+|(?:的|整体|同期|平均)+$")
_LIST_JOIN = re.compile(r"^\s*(?:和|与|及|、|,|，)\s*$")
# How many sentences before the gap its rates may stand (a release states them just before).
_REACH = 6


def rate_gaps(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
              stated: Sequence[Relation]) -> list[Relation]:
    """The pp_change relations of the gaps stated between two printed growth rates."""
    taken = {filler.claim for relation in stated if relation.kind == "pp_change" for filler in relation.fillers
             if filler.role == "points"}
    found: list[Relation] = []
    for position, sentence in enumerate(sentences):
        if sentence.source != "body":
            continue
        figures = sentence.figures
        for index, figure in enumerate(figures):
            points = figure.claim
            if points.dimension != "pp" or points.id in taken or points.forecast:
                continue
            clause_start = max([0] + [m.end() for m in re.finditer(r"[，,；;。：:]", sentence.text[:figure.start])])
            if index > 0 and figures[index - 1].end > clause_start:
                continue  # the first gap of its clause opens a list; later ones are read with it
            words = sentence.text[clause_start:figure.start]
            compared = _GAP_AFTER.search(words) or _GAP_BEFORE.search(words)
            if compared is None:
                continue
            gaps = [points]
            while index + len(gaps) < len(figures) and figures[index + len(gaps)].claim.dimension == "pp" \
                    and _LIST_JOIN.match(sentence.text[figures[index + len(gaps) - 1].end:
                                                       figures[index + len(gaps)].start]):
                gaps.append(figures[index + len(gaps)].claim)
            way = compared.group("way")
            direction = "up" if way in _UP_WORDS else "down" if way in _DOWN_WORDS else None
            # 增速比上年同期快1.2个百分点 compares the rate with its own past, not with another's.
            other = _name(without_period_words(compared.group("other")))
            subject = _name(compared.group("subject"))
            if direction is None or len(other) < 2:
                continue
            earlier = _rates_before(sentences, position, figure.start)
            own = _own_rates(earlier, sentence, clause_start, subject, len(gaps), bool(compared.group("each")))
            if own is None:
                continue
            baseline = next((rate for rate in reversed(earlier) if rate.id not in {r.id for r in own}
                             and other in (rate.metric or "") and not _names_another(rate, subject)), None)
            if baseline is None or any(rate.period != baseline.period for rate in own):
                continue
            for rate, gap in zip(own, gaps):
                found.append(Relation(
                    id=f"pp_change:{baseline.id}>{rate.id}:{gap.id}", document=gap.document, kind="pp_change",
                    construction=CONSTRUCTION, direction=direction,
                    fillers=(Filler(role="from", claim=baseline.id), Filler(role="to", claim=rate.id),
                             Filler(role="points", claim=gap.id)),
                ))
    return found


def _name(words: str) -> str:
    previous = None
    while previous != words:
        previous, words = words, _NAME_FILLER.sub("", words.strip())
    return words


def _rates_before(sentences: Sequence[SentenceFigures], position: int, end: int) -> list[Claim]:
    """The growth rates printed before the gap, in its sentence and the few before it, in order."""
    rates = []
    for at in range(max(0, position - _REACH), position + 1):
        sentence = sentences[at]
        if sentence.source != sentences[position].source:
            continue
        for figure in sentence.figures:
            if at == position and figure.start >= end:
                break
            claim = figure.claim
            if claim.kind == "growth" and claim.dimension == "percent" and not claim.forecast \
                    and not claim.between_rates:
                rates.append(claim)
    return rates


def _own_rates(earlier: list[Claim], sentence: SentenceFigures, clause_start: int, subject: str,
               count: int, each: bool) -> list[Claim] | None:
    """The subject's rates: the ones its sentence printed just before the gap's clause when the
    clause names no subject of its own (增速分别比…快 after 分别增长10.6%和9.1%), else the latest
    rate whose words name the subject (服务出口 in 其中服务出口…增长23.2%)."""
    if len(subject) < 2:
        in_sentence = [rate for rate in earlier if rate.sentence == sentence.text.replace("\n", "")
                       or any(figure.claim.id == rate.id for figure in sentence.figures)]
        own = in_sentence[-count:]
        if len(own) != count or (count > 1 and not each):
            return None
        return own
    if count != 1:
        return None
    named = [rate for rate in earlier if subject in (rate.metric or "")]
    return named[-1:] or None


def _names_another(rate: Claim, subject: str) -> bool:
    """A rate of the subject itself is not what it is compared with."""
    return len(subject) >= 2 and subject in (rate.metric or "")
