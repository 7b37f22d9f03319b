"""Rates stated apart from the figures they relate: the gap in points between two growth rates,
a rate summing up two figures printed before it, the rates of a guided range.

Statistics releases compare a part's growth with the whole's, or exports' with imports', as a
gap in percentage points: 高技术产业和装备制造业增加值同比分别增长10.6%和9.1%，增速分别比规模以上
工业快4.6和3.1个百分点; 服务出口增幅大于进口27.2个百分点 (after 出口增长23.2%，进口下降4%). Each
gap is a ``pp_change`` relation: ``from`` the rate it is measured against, ``to`` the rate of
the subject, ``points`` the gap, with the direction the comparison word gives (快, 高, 大于: up;
慢, 低, 低于: down). Rates are signed as printed (下降4% is −4%), so the gap is their difference.

A stock's day's change is against the close of the trading day before: 远江证券（18.46元，-1.23%） in a
quote list dated 6月12日, or 6月12日，远江证券报收18.46元，跌1.23%, after 6月11日，远江证券报收18.69元.
``quoted_daily_changes`` reads it as a ``growth_prior`` relation when the article printed that
close for the same name on the day before (``QUOTED_DAILY_CHANGE``).

Every rate is found by the words that name it — the subject's and the other's name in the
clause of the rate — never because the arithmetic agrees.

A growth rate may also sum up two figures printed before it, each in a sentence of its own:
2023年全行业实现净利润1210.5亿元。…2022年全行业实现净利润1302.6亿元。也就是说，2023年行业净利润
下滑7.07%. ``summed_up_rates`` reads such a rate as a ``growth_prior`` relation when its
sentence says it is a conclusion (也就是说, 换言之, 这意味着, 据此计算 …), names the measure the two
figures print (a name of ``validator.period_links.MEASURES``) and the sentences just before it
print exactly one figure of that measure for the rate's period and one for the period it is
measured from, of one subject and segment.

Guidance states a range and the rates it makes against the last stretch reported:
预计第四季度交付量在1.65万辆至1.7万辆之间，同比增长约100.6%至106.7%，环比增长约35.2%至39.3%.
``guided_ranges`` reads each end of the range with the end of each range of rates whose
baseline the article printed before (the third quarter's 12206辆 for 环比): one figure of the
range's measure, subject and segment for that period. The range and its rates are one
forecaster's arithmetic, so they are read although the figures are forecasts (``GUIDED_RANGE``;
the growth-prior rule checks them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .corpus import REACH
from .period_links import measure_of, names_agree
from .periods import prior_period, without_period_words
from .records import AMOUNTS, Claim, Filler, Relation
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
    """The relations of rates stated apart from the figures they relate: the gaps between two
    printed growth rates (``pp_change``), and as ``growth_prior`` the rates that sum up two
    figures printed before them, the rates of a guided range and a stock's day's change against
    its previous close (``summed_up_rates``, ``guided_ranges``, ``quoted_daily_changes``)."""
    return [*_gaps_between_rates(sentences, stated), *summed_up_rates(sentences, claims, stated),
            *guided_ranges(sentences, claims, stated), *quoted_daily_changes(sentences)]


def _gaps_between_rates(sentences: Sequence[SentenceFigures], stated: Sequence[Relation]) -> list[Relation]:
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


SUMMED_UP = "rate-summing-up-figures-printed-before"
# Words that open a conclusion drawn from what was printed before: 也就是说2023年净利润下滑3.1%.
# A bare 即 is left out: 即将, 即使 and 即期 stand close to rates in other senses.
_CONCLUSION = re.compile(r"也就是说|换言之|换句话说|这意味着|意味着|据此计算|由此计算|照此计算|以此计算|经计算|算下来|折算下来"
                         r"|(?:^|[，,：:])\s*即(?![将使便期时日])")
# How many sentences before the rate its figures may stand.
_SUMMED_UP_REACH = 6
# Words of a ratio: 净利率 holds the measure word 净利 but is no amount that grows.
_RATIO_WORDS = re.compile(r"率|比重|占比|比例|份额")


def summed_up_rates(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                    stated: Sequence[Relation]) -> list[Relation]:
    """The growth_prior relations of rates that sum up a current and a prior figure printed in
    the sentences before them (也就是说…净利润下滑3.16%). The figures are found by the measure
    and the periods their words give, one figure for each period, never by the arithmetic."""
    taken = {filler.claim for relation in stated for filler in relation.fillers if filler.role == "rate"}
    found: list[Relation] = []
    for position, sentence in enumerate(sentences):
        if sentence.source != "body":
            continue
        for placed in sentence.figures:
            rate = placed.claim
            if (rate.kind != "growth" or rate.dimension != "percent" or rate.of_claim is not None
                    or rate.between_rates or rate.forecast or rate.id in taken
                    or not _CONCLUSION.search(sentence.text[:placed.start])):
                continue
            measured = measure_of(rate)
            prior = prior_period(rate.period, rate.basis)
            if measured is None or prior is None or _RATIO_WORDS.search(rate.metric):
                continue  # 净利率下降: a ratio's change, not the growth of 净利润
            pair = _current_and_prior(sentences, position, rate, measured[0], prior)
            if pair is None:
                continue
            current, before = pair
            found.append(Relation(
                id=f"growth_prior:{current.id}+{before.id}+{rate.id}", document=rate.document, kind="growth_prior",
                construction=SUMMED_UP, direction=rate.direction,
                fillers=(Filler(role="current", claim=current.id), Filler(role="prior", claim=before.id),
                         Filler(role="rate", claim=rate.id)),
            ))
    return found


def _current_and_prior(sentences: Sequence[SentenceFigures], position: int, rate: Claim, measure: str,
                       prior: str) -> tuple[Claim, Claim] | None:
    """The one figure of ``measure`` printed for the rate's period and the one printed for
    ``prior`` in the sentences before the rate, of one subject and segment; None when either
    period has none, or figures that differ."""
    by_period: dict[str, list[tuple[Claim, tuple[str, str]]]] = {rate.period or "": [], prior: []}
    for at in range(max(0, position - _SUMMED_UP_REACH), position):
        if sentences[at].source != "body":
            continue
        for placed in sentences[at].figures:
            claim = placed.claim
            if (claim.kind != "figure" or claim.dimension not in AMOUNTS or claim.forecast
                    or claim.period not in by_period or not _same_subject(claim.entity, rate.entity)):
                continue
            measured = measure_of(claim)
            if measured is not None and measured[0] == measure:
                by_period[claim.period].append((claim, measured[1]))
    current, before = by_period[rate.period or ""], by_period[prior]
    if not current or not before or any(len({claim.text for claim, _ in found}) != 1 for found in (current, before)):
        return None
    (current_claim, current_names), (prior_claim, prior_names) = current[0], before[0]
    if not all(names_agree(*pair) for pair in zip(current_names, prior_names)):
        return None  # 营业收入 and 利息收入: two measures of one name
    if current_claim.dimension != prior_claim.dimension or current_claim.unit != prior_claim.unit:
        return None
    return current_claim, prior_claim


def _same_subject(first: str | None, second: str | None) -> bool:
    """One subject, or one of them its scope (全行业（甲证券）beside 甲证券)."""
    def bare(entity: str | None) -> str:
        scoped = re.fullmatch(r"[^（]+（(?P<inner>.+)）", entity or "")
        return scoped.group("inner") if scoped else entity or ""
    return bare(first) == bare(second)


GUIDED_RANGE = "guided-range-against-a-printed-baseline"
# 在1.65万辆至1.7万辆之间, 介于62.587亿元和64.358亿元之间: the two ends of a range.
_RANGE_JOIN = re.compile(r"\s*(?:至|到|和|与|-|—|–|~|～)\s*")
_RANGE_END = re.compile(r"\s*(?:之间|区间)")
# ，同比增长约100.6%至106.7%: a range of rates after its basis and verb.
_GUIDED_RATES = re.compile(r"[，,；;]?\s*(?P<basis>同比|环比|按年|按季|较上季度|较上年同期|较去年同期)\s*"
                           r"(?:(?P<up>增长|上升|增加|提升)|(?P<down>下降|减少|下滑))\s*(?:约|大约)?\s*$")
_BASIS_OF = {"同比": "同比", "按年": "同比", "较上年同期": "同比", "较去年同期": "同比",
             "环比": "环比", "按季": "环比", "较上季度": "环比"}
# Words of guidance around a measure that say nothing of what is measured.
_GUIDANCE_WORDS = re.compile(r"^(?:将|在|介于|约|为|达|总)+|(?:将|在|介于|约|为|达)+$")


def guided_ranges(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                  stated: Sequence[Relation]) -> list[Relation]:
    """The growth_prior relations of a guided range's ends and the ends of each range of rates
    guided with it, against the baseline the article printed for the rates' basis."""
    found: list[Relation] = []
    for position, sentence, index in _adjacent_body_figures(sentences):
        figures = sentence.figures
        low, high = figures[index], figures[index + 1]
        if (low.claim.dimension not in AMOUNTS or not _range_ends(low.claim, high.claim)
                or not _RANGE_JOIN.fullmatch(sentence.text, low.end, high.start)
                or not _RANGE_END.match(sentence.text, high.end)):
            continue
        measured = measure_of(low.claim)
        if measured is None:
            continue
        end = high.end
        for first, last in zip(figures[index + 2::2], figures[index + 3::2]):
            said = _GUIDED_RATES.search(sentence.text, end, first.start)
            if (said is None or said.end() != first.start or first.claim.dimension != "percent"
                    or last.claim.dimension != "percent"
                    or not _RANGE_JOIN.fullmatch(sentence.text, first.end, last.start)):
                break
            end = last.end
            baseline = _printed_baseline(sentences, position, high.claim, measured,
                                         prior_period(low.claim.period, _BASIS_OF[said.group("basis")]))
            if baseline is None:
                continue
            direction = "up" if said.group("up") else "down"
            for current, rate in ((low.claim, first.claim), (high.claim, last.claim)):
                found.append(Relation(
                    id=f"growth_prior:{current.id}+{baseline.id}+{rate.id}", document=rate.document,
                    kind="growth_prior", construction=GUIDED_RANGE, direction=direction,
                    fillers=(Filler(role="current", claim=current.id), Filler(role="prior", claim=baseline.id),
                             Filler(role="rate", claim=rate.id)),
                ))
    return found


def _adjacent_body_figures(sentences: Sequence[SentenceFigures]) -> Iterator[tuple[int, SentenceFigures, int]]:
    """Each body sentence's pairs of neighbouring figures: (the sentence's place, the sentence,
    the index of the first of the two)."""
    for position, sentence in enumerate(sentences):
        if sentence.source == "body":
            for index in range(len(sentence.figures) - 1):
                yield position, sentence, index


def _range_ends(low: Claim, high: Claim) -> bool:
    """Two ends of one range: amounts of one unit (在2.1万至2.2万辆之间: the first may leave it to the
    second), the first below the second."""
    same_unit = (high.dimension == low.dimension and high.unit == low.unit) or (
        low.dimension == "number" and high.dimension in AMOUNTS)
    return same_unit and low.value < high.value


def _printed_baseline(sentences: Sequence[SentenceFigures], position: int, guided: Claim,
                      measured: tuple[str, tuple[str, str]], period: str | None) -> Claim | None:
    """The one reported figure (no forecast) of the guided measure, subject and segment printed
    for ``period`` in the sentences before the guidance, in the unit of ``guided`` (the range's
    end that prints one)."""
    if period is None:
        return None
    wanted = tuple(_GUIDANCE_WORDS.sub("", words) for words in measured[1])
    values: dict[str, Claim] = {}
    for at in range(max(0, position - REACH), position):
        for placed in sentences[at].figures:
            claim = placed.claim
            if (claim.kind != "figure" or claim.forecast or claim.period != period
                    or claim.dimension != guided.dimension or claim.unit != guided.unit
                    or not _same_subject(claim.entity, guided.entity)):
                continue
            found = measure_of(claim)
            if found is None or found[0] != measured[0]:
                continue
            if tuple(_GUIDANCE_WORDS.sub("", words) for words in found[1]) != wanted:
                continue
            values.setdefault(claim.text, claim)
    return next(iter(values.values())) if len(values) == 1 else None


# A quote list prints each stock's price and its day's change in brackets after its name:
# 截至6月12日，三家券商股价分别为：远江证券（18.46元，-1.23%）、… The day's change is against
# the previous trading day's close, never the period's start; when the article printed that
# close (6月11日，远江证券报收18.69元), the two prices and the change are one growth_prior relation.
QUOTED_DAILY_CHANGE = "daily-change-against-the-previous-close"
_QUOTE_NAME = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,10})\s*[（(]\s*$")
_QUOTE_JOIN = re.compile(r"\s*[，,]\s*")
_QUOTE_END = re.compile(r"\s*[)）]")
# A change printed with its sign (-0.64%, +0.21%): an unsigned percent in brackets may be another
# measure (a yield, a share).
_SIGNED = re.compile(r"^\s*[-+−－＋]")
_DAY = re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# 6月11日，远江证券报收18.69元: a close printed with its day and the stock's name.
_CLOSE = r"(?:报收|收报|收于|收盘价为|收盘价|收盘报|收盘于|收盘为)"
_CLOSE_WORDS = re.compile(_CLOSE + r"\s*$")
_PRICE_UNITS = ("元", "港元", "美元")
_CLOSED_NAME = re.compile(r"(?:^|[，,：:\s])(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*" + _CLOSE + r"\s*$")
# The day's change right after the close, with no baseline of its own (较年初, 年内 would name one).
_CHANGE_AFTER_CLOSE = re.compile(r"\s*[，,]\s*(?:当日|全天|单日)?\s*(?:(?P<up>上涨|涨|微涨|大涨)|(?P<down>下跌|跌|微跌|大跌))"
                                 r"了?\s*")


def quoted_daily_changes(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """远江证券（18.46元，-1.23%） in a list dated 6月12日, after 6月11日，远江证券报收18.69元: the
    change is the price's against the close of the day before, printed for the same name. Read
    only when the two days are consecutive dates of one month (the day before closed, so it is
    the previous trading day) and the list's price differs from that close (a list dated a day
    without trading would print the last close again, whose change is against an earlier day)."""
    found: list[Relation] = []
    for position, sentence, index in _adjacent_body_figures(sentences):
        figures = sentence.figures
        price, change = figures[index], figures[index + 1]
        if not _is_price(price.claim) or change.claim.dimension != "percent" or change.claim.forecast:
            continue
        direction = None
        if (_SIGNED.match(change.claim.text) and _QUOTE_JOIN.fullmatch(sentence.text, price.end, change.start)
                and _QUOTE_END.match(sentence.text, change.end)):
            named = _QUOTE_NAME.search(sentence.text, 0, price.start)  # 远江证券（18.46元，-1.23%）
        else:
            # 6月12日，远江证券报收18.46元，跌1.23%: the close and the day's change in one breath.
            said = _CHANGE_AFTER_CLOSE.fullmatch(sentence.text, price.end, change.start)
            named = _CLOSED_NAME.search(sentence.text, 0, price.start) if said else None
            direction = "up" if said and said.group("up") else "down"
        dates = list(_DAY.finditer(sentence.text, 0, price.start))
        if named is None or not dates:
            continue
        close = _previous_close(sentences, position, named.group("name"), dates[-1], price.claim)
        if close is None or close.value == price.claim.value:
            continue
        found.append(Relation(
            id=f"growth_prior:{price.claim.id}+{close.id}+{change.claim.id}", document=change.claim.document,
            kind="growth_prior", construction=QUOTED_DAILY_CHANGE, direction=direction,
            fillers=(Filler(role="current", claim=price.claim.id), Filler(role="prior", claim=close.id),
                     Filler(role="rate", claim=change.claim.id)),
        ))
    return found


def _is_price(claim: Claim) -> bool:
    return claim.kind == "figure" and claim.dimension == "money" and not claim.forecast and claim.unit in _PRICE_UNITS


def _day_before(date: re.Match[str], earlier: re.Match[str]) -> bool:
    """Whether ``earlier`` is the day before ``date``, both of one month (and of one year when
    both print it)."""
    if date.group("year") and earlier.group("year") and date.group("year") != earlier.group("year"):
        return False
    return (int(earlier.group("month")) == int(date.group("month"))
            and int(earlier.group("day")) == int(date.group("day")) - 1)


def _previous_close(sentences: Sequence[SentenceFigures], position: int, name: str, date: re.Match[str],
                    price: Claim) -> Claim | None:
    """The one close printed before the list for ``name`` on the day before ``date``, in the
    price's unit: 6月11日，远江证券报收18.69元 (the day and the name in its sentence, the name right
    before the word of the close)."""
    values: dict[str, Claim] = {}
    for sentence in sentences[:position]:
        if sentence.source != "body":
            continue
        for placed in sentence.figures:
            claim = placed.claim
            if not _is_price(claim) or claim.unit != price.unit or claim.id == price.id:
                continue
            words = sentence.text[:placed.start]
            said = _CLOSE_WORDS.search(words)
            # The name whole (中国平安, never the 平安 of another name): nothing of a name before it.
            if said is None or not re.search(rf"(?:^|[^\u4e00-\u9fffA-Za-z]){re.escape(name)}\s*$",
                                             words[:said.start()]):
                continue
            days = list(_DAY.finditer(words))
            if days and _day_before(date, days[-1]):
                values.setdefault(str(claim.value), claim)
    return next(iter(values.values())) if len(values) == 1 else None

