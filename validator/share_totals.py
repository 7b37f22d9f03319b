"""Shares whose total is printed elsewhere in the article: 磷酸铁锂电池装车量41.3GWh，占总装车量75.8%
is of the 装车量 printed before it; 占比53% in a list is of the whole the list makes up.

The sentence constructions (``validator.relations``) read a share whose total stands in the
same sentence; this module finds the total of every share they left without one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction

from .corpus import REACH, comparable_units
from .lexicon import BUSINESS_LINE_WORDS, SEGMENT_WORDS, WHOLE_WORDS
from .records import AMOUNTS, Claim, Filler, Relation
from .constructions import NAMED_RATIOS, REVENUE
from .relations import is_amount

def share_relation(part: Claim, total: Claim, share: Claim, construction: str,
                   claims: Sequence[Claim] = ()) -> Relation:
    """The share relation of ``part`` in ``total`` that ``share`` states, read by ``construction``.

    Given the document's ``claims``, a total printed two ways (营业总收入 beside 营业收入) is
    settled by the share's words (``wholes_the_words_allow``); when they name either, both
    stand in the role of total, the plain 营业收入 first."""
    totals = wholes_the_words_allow(share, part, total, claims) if claims else [total]
    return Relation(
        id=f"share:{part.id}+{totals[0].id}+{share.id}", document=share.document, kind="share",
        construction=construction,
        fillers=(Filler(role="part", claim=part.id), *(Filler(role="total", claim=one.id) for one in totals),
                 Filler(role="share", claim=share.id)),
    )


# 营业总收入 holds more than 营业收入 (a finance arm's interest income, premiums earned): an A-share
# statement prints both lines and the metric key reads both as 营收. Segment shares are usually
# worked out of 营业收入, but a writer may take either; 占营收的, 占总营收的 or a bare 占比 name
# either of them, 占营业收入的 and 占营业总收入的 one.
_REVENUE_WAYS = (("营业总收入", re.compile(r"营业总收入|总营业收入")), ("营业收入", re.compile(r"营业收入")))


def revenue_way(words: str | None) -> str | None:
    """Which of the two revenue lines ``words`` name: 营业总收入, 营业收入, or None (营收, 收入)."""
    return next((way for way, pattern in _REVENUE_WAYS if pattern.search(words or "")), None)


def wholes_the_words_allow(share: Claim, part: Claim, total: Claim, claims: Sequence[Claim]) -> list[Claim]:
    """The totals ``share`` may be of: ``total``, or, when the document prints the same
    revenue for the same period the other way (营业总收入 and 营业收入), the one the share's
    words name, else both, 营业收入 first."""
    way = revenue_way(total.metric)
    if way is None:
        return [total]
    twins = [claim for claim in claims
             if claim.kind == "figure" and claim.id not in (total.id, part.id) and claim.document == total.document
             and claim.metric_key == total.metric_key and claim.period == total.period
             and claim.entity == total.entity and not claim.forecast and claim.source == total.source
             and revenue_way(claim.metric) not in (None, way) and comparable_units(claim, total)
             and claim.value > part.value]
    if not twins:
        return [total]
    wholes = [total, twins[0]]
    named = revenue_way(share.basis)
    if named is not None:
        return [whole for whole in wholes if revenue_way(whole.metric) == named]
    return sorted(wholes, key=lambda whole: revenue_way(whole.metric) != "营业收入")


# Words around a share's total that do not name the measure: 占本集团总收入的 names 收入.
_TOTAL_FILLER = re.compile(
    r"^(?:全国|全部|整体|本集团|集团|全行|本行|公司|同期|当期|全年|该|其|总|的)+|(?:的|之|比重|比例|份额|总额|总量|总数|总和|总计|总值|总|分别|依次|为)+$"
)


# 占营业收入的比重分别为60.0%、30.0%, 占营业收入的比重提升至32.0%: the words handing out a list's
# shares, or saying where the share moved, name no total.
_RESPECTIVELY = re.compile(r"(?:的|之|比重|比例|分别|依次|为|(?:提升|上升|提高|增加|增长|下降|回落|下滑|减少|降低|升|降)[至到]?)+$")


def _core(phrase: str) -> str:
    previous = None
    while previous != phrase:
        previous, phrase = phrase, _TOTAL_FILLER.sub("", _RESPECTIVELY.sub("", phrase))
    return phrase


def _names_the_total(phrase: str, candidate: Claim, simplify: Callable[[str], str], key: str) -> bool:
    """占总装车量的24.1% names the 装车量 printed before it; 占营收的 names 营业收入 (one key)."""
    if key and candidate.metric_key == key:
        return True
    wanted, named = _core(phrase), _core(simplify(candidate.metric))
    if len(wanted) < 2 or len(named) < 2:
        return False
    # 占银行业金融机构比例 names 银行业金融机构资产总额; 占营收 names 公司营收.
    return wanted in named or named.endswith(wanted) or wanted.endswith(named)


def shares_of_totals(claims: Sequence[Claim], stated: Sequence[Relation], simplify: Callable[[str], str],
                     key_of: Callable[[str], str]) -> list[Relation]:
    """Shares whose total stands elsewhere: 磷酸铁锂电池装车量41.3GWh，占总装车量75.8% is of the
    装车量 the article printed before it. The total is the nearest earlier figure of the same
    measure and period whose metric the share names, and larger than the part."""
    in_relations = {filler.claim for relation in stated for filler in relation.fillers if relation.kind == "share"}
    by_id = {claim.id: claim for claim in claims}
    order = {claim.id: position for position, claim in enumerate(claims)}
    found = []
    unread_periods = _each_of_its_own_period_unread(claims, by_id)
    for position, share in enumerate(claims):
        if share.kind != "share" or share.id in in_relations or share.forecast or share.id in unread_periods \
                or share_of_a_sum(share):
            continue
        part = by_id.get(share.of_claim) if share.of_claim else None
        if part is None or part.dimension not in AMOUNTS or part.forecast:
            continue
        total = by_id.get(share.total_claim) if share.total_claim else None
        if total is None and share.basis:
            # 占2020年度营业收入的 names a period of its own: the total must be of it.
            named = share.period is not None and share.period != part.period
            # 水电…占总发电量的59.7%；火电…占总发电量的40.3%: a figure with its own share of the
            # total is a slice of it, never the total.
            siblings = {other.of_claim for other in claims if other.kind == "share" and other.id != share.id
                        and other.basis == share.basis and other.of_claim}
            total = _nearest_total([claim for claim in claims[:position] if claim.id not in siblings], part,
                                   share.period or part.period, named, share.basis,
                                   simplify, key_of(_RESPECTIVELY.sub("", share.basis)))
        if total is None and part.parts_of and _of_the_whole_broken_down(
                share, by_id.get(part.parts_of), claims, simplify, key_of):
            total = by_id.get(part.parts_of)
        construction = "share-of-a-total-named-earlier"
        if total is None and _SALES_TOTAL.search(simplify(share.basis or "")):
            total, construction = _company_revenue(claims[:position], part, simplify), SALES_READ_AS_REVENUE
        if total is None and names_no_total(share.basis):
            total, construction = _whole_of_the_list(claims, position, by_id, order), "share-of-the-whole-its-list-makes"
        if total is None or total.id == part.id or not comparable_units(part, total) or total.forecast:
            continue
        found.append(share_relation(part, total, share, construction, claims))
    found.extend(_shares_of_listed_sums(claims, by_id, order, simplify, key_of, in_relations))
    return found


# Words of a share's whole that name a scope beyond the company's (a market, an industry, the country).
_ANOTHER_SCOPE = ("市场", "行业", "全国", "全球", "全市", "全省", "全行业")


def _of_the_whole_broken_down(share: Claim, whole: Claim | None, claims: Sequence[Claim],
                              simplify: Callable[[str], str], key_of: Callable[[str], str]) -> bool:
    """其中A 33亿美元，占比53%: a share after a 其中 slice is of the whole broken down when its words
    name no total or name that whole. Not when they name another (其中海外收入…，占全球同类产品市场规模的
    2.1%: a market the article never prints), nor when the whole has its own share of the total this
    share names (前五名客户…占年度销售总额比例为35.42%；其中第一大客户…占年度销售总额比例为13.96%:
    both are shares of that total)."""
    if whole is None:
        return False
    if not share.basis or names_no_total(share.basis):
        return True
    if whole.id in _shares_of_the_same_total(claims, share):
        return False
    from .share_lists import measure_of  # share_lists reads this module: import it when running

    basis, metric = simplify(share.basis), simplify(whole.metric)
    if any(word in basis and word not in metric for word in _ANOTHER_SCOPE):
        return False
    named = measure_of(basis)
    return _names_the_total(share.basis, whole, simplify, key_of(_RESPECTIVELY.sub("", share.basis))) or (
        named is not None and named == measure_of(metric))


def _shares_of_the_same_total(claims: Sequence[Claim], share: Claim) -> set[str | None]:
    """The parts of the other shares whose words name the same total as ``share``'s."""
    wanted = _core(share.basis or "")
    return {other.of_claim for other in claims if other.kind == "share" and other.id != share.id
            and other.of_claim and other.basis and _core(other.basis) == wanted}


# 三大业务收入分别为A、B和C，合计占营业收入的80.0%: the share of the listed amounts' sum.
SHARE_OF_A_LISTED_SUM = "share-of-a-listed-sum"


def _shares_of_listed_sums(claims: Sequence[Claim], by_id: dict[str, Claim], order: dict[str, int],
                           simplify: Callable[[str], str], key_of: Callable[[str], str],
                           in_relations: set[str]) -> list[Relation]:
    """A share after a sum word is of the amounts listed just before it in its sentence (each of
    one unit and period, no other figure between): their sum over the total its words name."""
    found = []
    for position, share in enumerate(claims):
        if share.kind != "share" or share.forecast or share.id in in_relations or not share_of_a_sum(share) \
                or not share.basis or names_no_total(share.basis):
            continue
        parts: list[Claim] = []
        for earlier in reversed(claims[:position]):
            if earlier.sentence_index != share.sentence_index or earlier.kind != "figure" or not is_amount(earlier):
                break
            if parts and (not comparable_units(earlier, parts[0]) or earlier.period != parts[0].period):
                break
            parts.insert(0, earlier)
        if len(parts) < 2:
            continue
        largest = max(parts, key=lambda claim: claim.value)
        named = share.period is not None and share.period != largest.period
        total = _nearest_total(claims[:order[parts[0].id]], largest, share.period or largest.period, named,
                               share.basis, simplify, key_of(_RESPECTIVELY.sub("", share.basis)))
        if total is None or total.forecast:
            continue
        totals = wholes_the_words_allow(share, largest, total, claims)
        found.append(Relation(
            id=f"share:{'+'.join(part.id for part in parts)}+{totals[0].id}+{share.id}", document=share.document,
            kind="share", construction=SHARE_OF_A_LISTED_SUM,
            fillers=(*(Filler(role="part", claim=part.id) for part in parts),
                     *(Filler(role="total", claim=one.id) for one in totals), Filler(role="share", claim=share.id)),
        ))
    return found


# 前五名客户销售额合计9.66亿元，占年度销售总额的12.0%: the year's sales to all customers is the
# company's revenue, which the article prints as 营业收入; a filing may total 主营业务收入 instead,
# so a share that fails it is a warning.
SALES_READ_AS_REVENUE = "share-of-sales-read-as-revenue"
_SALES_TOTAL = re.compile(r"^(?:公司|本公司|当期|当年|全年|年度|报告期)*(?:的)?销售总额")


def _company_revenue(earlier: Sequence[Claim], part: Claim, simplify: Callable[[str], str]) -> Claim | None:
    """The company's own revenue for the part's period, printed before it."""
    for candidate in reversed(earlier):
        if candidate.source == part.source and candidate.sentence_index < part.sentence_index - REACH:
            break
        if (candidate.kind == "figure" and candidate.source == part.source and candidate.entity == part.entity
                and candidate.period == part.period and not candidate.forecast and comparable_units(candidate, part)
                and candidate.value > part.value and _the_company_s(simplify(candidate.metric), part.entity)):
            return candidate
    return None


# 三大业务收入分别为120亿元、50亿元和30亿元，合计占营业收入的80.0%: the share is of the listed
# amounts' sum, which no one printed figure is.
_SUM_THEN_SHARE = r"(?:合计|共计|总计|合共|一共|加总|两者|三者|二者)[^，,。；;\d]{{0,4}}?占[^，,。；;\d]{{0,16}}?{share}"


def share_of_a_sum(share: Claim) -> bool:
    """The share is printed after a sum word (合计占营业收入的80.0%): its part is the sum of the
    amounts listed before it, not the one figure a reader linked it to."""
    return re.search(_SUM_THEN_SHARE.format(share=re.escape(share.text)), share.reading) is not None


# 报告期各期…分别为A、B和C，占当期营业收入的比例分别为a、b和c: each share is of its own period's whole.
_EACH_PERIOD_S = re.compile(r"当期|当年|各期|各年")


_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")


def _each_of_its_own_period_unread(claims: Sequence[Claim], by_id: dict[str, Claim]) -> set[str]:
    """The shares of a 分别 list whose parts' periods were not read: a part without one, or parts
    all given one period where the list names its own period's whole (占当期营业收入的比例分别为) or
    its sentence names several years (2021年至2023年…分别为). No one total is theirs."""
    lists: dict[tuple[str, int, str], list[Claim]] = {}
    for share in claims:
        if share.kind == "share" and share.basis and ("分别" in share.basis or _EACH_PERIOD_S.search(share.basis)):
            lists.setdefault((share.document, share.sentence_index, share.basis), []).append(share)
    unread = set()
    for shares in lists.values():
        parts = [by_id.get(share.of_claim) if share.of_claim else None for share in shares]
        periods = {part.period for part in parts if part is not None}
        each_its_own = bool(_EACH_PERIOD_S.search(shares[0].basis or "")) or len(
            set(_YEAR.findall(shares[0].sentence))) >= 2
        if len(shares) >= 2 and (None in periods or (each_its_own and len(periods) <= 1)):
            unread.update(share.id for share in shares)
    return unread


def names_no_total(phrase: str | None) -> bool:
    """占比是72.9%, 占比为53%: the words after 占比 name no total."""
    return not re.sub(r"[是为达约到了的\s]", "", phrase or "")


def _whole_of_the_list(claims: Sequence[Claim], position: int, by_id: dict[str, Claim],
                       order: dict[str, int]) -> Claim | None:
    """A: 33亿美元，占比53%；B: 18.3亿美元，占比29%……: shares that name no total are of the whole the
    listed parts make up, printed before the list (the parts' sum, within rounding, names it;
    the shares themselves never choose it)."""
    def bare_share(claim: Claim) -> bool:
        return (claim.kind == "share" and names_no_total(claim.basis) and claim.of_claim is not None
                and not claim.forecast)

    start = end = position
    while start > 0 and (bare_share(claims[start - 1]) or claims[start - 1].kind == "figure"):
        start -= 1
    while end + 1 < len(claims) and (bare_share(claims[end + 1]) or claims[end + 1].kind == "figure"):
        end += 1
    run = [claim for claim in claims[start:end + 1] if bare_share(claim)]
    parts = [by_id.get(share.of_claim) for share in run]
    if len(run) < 2 or any(part is None or not is_amount(part) for part in parts):
        return None
    if len({part.id for part in parts}) != len(parts) or not all(comparable_units(p, parts[0]) for p in parts):
        return None
    low = sum(Fraction(part.lower) for part in parts)  # type: ignore[arg-type, misc]
    high = sum(Fraction(part.upper) for part in parts)  # type: ignore[arg-type, misc]
    first = min(order[part.id] for part in parts)
    for candidate in reversed(claims[:first]):
        # A list in the body is of a whole the body prints: a title's figure matching the sum would
        # hide a body whole the list does not make.
        if (is_amount(candidate) and candidate.source == parts[0].source and comparable_units(candidate, parts[0])
                and candidate.lower is not None
                and candidate.upper is not None and candidate.lower <= high and low <= candidate.upper):
            return candidate
    return None


def _nearest_total(earlier: Sequence[Claim], part: Claim, period: str | None, strict_period: bool, phrase: str,
                   simplify: Callable[[str], str], key: str) -> Claim | None:
    """占2020年度营业收入的7.7% is of 2020's revenue: the total's period is the share's, which
    its phrase may name apart from the part's."""
    named = []
    for candidate in reversed(earlier):
        if candidate.source == part.source and candidate.sentence_index < part.sentence_index - REACH:
            break
        if candidate.kind != "figure" or candidate.id == part.id or candidate.source != part.source:
            continue
        if not comparable_units(candidate, part) or candidate.value <= part.value:
            continue
        if candidate.period != period and (strict_period or (candidate.period and period)) \
                and not (period == part.period and balance_date_carried(candidate, part)):
            continue
        if _names_the_total(phrase, candidate, simplify, key) and not _of_another_line(phrase, simplify(candidate.metric)):
            named.append(candidate)
    # 总资产52万亿元，占银行业金融机构比例46.6%: of the sector's 资产, not its 负债, when both
    # are printed; otherwise the nearest.
    measure = _core(simplify(part.metric))[-2:]
    alike = [candidate for candidate in named if measure and measure in simplify(candidate.metric)]
    unlike = [candidate for candidate in named if not _opposite_measures(simplify(part.metric), simplify(candidate.metric))]
    return (alike or unlike or [None])[0]


nearest_total = _nearest_total
names_the_total = _names_the_total


def balance_date_carried(whole: Claim, part: Claim) -> bool:
    """截至2023年末，各项存款余额16453.4亿元。个人存款余额8654.3亿元，占比…: the sentence after a dated
    balance names no date of its own and is read as of the article's year; it speaks of the date
    the sentence right before it named (a date within that year)."""
    return (whole.period is not None and part.period is not None and len(part.period) == 4
            and len(whole.period) == 10 and whole.period.startswith(part.period + "-")
            and whole.source == part.source and part.sentence_index - whole.sentence_index == 1)


def _of_another_line(phrase: str, metric: str) -> bool:
    """游戏业务收入 is one line's revenue, never the 总收入 a share names; 占游戏业务收入的 names it."""
    line = next((word for word in BUSINESS_LINE_WORDS if word in metric), None)
    if line is None or any(word in metric for word in WHOLE_WORDS):
        return False
    return line not in phrase


# Measures printed side by side whose totals are not each other's: 负债 is no share of 资产.
_OPPOSITES = (("资产", "负债"), ("存款", "贷款"), ("收入", "支出"), ("出口", "进口"), ("营收", "净利"))


def _opposite_measures(part: str, total: str) -> bool:
    return any((a in part and b in total and a not in total) or (b in part and a in total and b not in total)
               for a, b in _OPPOSITES)


# An expense's ratio is the expense over revenue: 销售费用5.28亿元……销售费用率为9.0%.
EXPENSE_RATIOS: tuple[tuple[tuple[str, ...], ...], ...] = (
    # 研发投入 counts the development costs capitalised too: it is no 研发费用.
    (("研发费用率",), ("研发费用",), REVENUE, ("研发投入",)),
    (("销售费用率",), ("销售费用",), REVENUE),
    (("管理费用率",), ("管理费用",), REVENUE),
    (("财务费用率",), ("财务费用",), REVENUE),
    (("期间费用率",), ("期间费用",), REVENUE),
)


# A payout ratio is the dividends' total over the profit attributable to shareholders. A writer
# may have taken it from the filing, worked out per share (股息 ÷ 每股盈利) or with buybacks counted,
# so a payout that fails it is a warning.
PAYOUT_RATIO = "payout-ratio"
PAYOUT_RATIOS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("派息比率", "派息率", "分红率", "分红比例", "现金分红比例", "股利支付率"),
     ("派息总额", "股息总额", "分红总额", "现金分红总额", "现金分红", "现金红利", "派发现金红利", "派息"),
     ("归母净利润", "归属于上市公司股东的净利润", "归属于母公司股东的净利润", "归属于本行股东的净利润",
      "归属于母公司所有者的净利润", "股东应占溢利", "股东应占利润", "归母净利")),
)
_RATIO_TABLE = tuple((entry, "named-ratio") for entry in (*NAMED_RATIOS, *EXPENSE_RATIOS)) + tuple(
    (entry, PAYOUT_RATIO) for entry in PAYOUT_RATIOS)
_MAGNITUDE = re.compile(r"[万萬亿億兆]|百万|百萬|千")


# Words that print a balance as one slice of the bank's (其中个人贷款, 公司存款, 零售存款).
_A_SLICE = re.compile("其中|" + "|".join(SEGMENT_WORDS))


def _segment_s_revenue(window: Sequence[Claim], numerator: Claim, numerator_words: Sequence[str],
                       simplify: Callable[[str], str], entity: str | None) -> Claim | None:
    """The revenue of the segment a ratio's numerator names (调味品业务 of 调味品业务毛利为): the
    nearest figure whose words are the segment's name and a revenue word, nothing else."""
    metric = simplify(numerator.metric).replace(entity or "\0", "")
    found = [match for match in re.finditer("|".join(sorted(numerator_words, key=len, reverse=True)), metric)]
    if not found:
        return None
    segment = re.sub(r"^(?:其中|公司|报告期内?|期内|全年|[,，\s])+", "", metric[:found[-1].start()])
    if len(segment) < 2 or not any(word in segment for word in BUSINESS_LINE_WORDS + SEGMENT_WORDS):
        return None
    revenue = re.compile(re.escape(segment) + r"(?:实现)?(?:" + "|".join(REVENUE) + r")(?:为|达到|达|约)?$")
    return next((claim for claim in reversed(window) if claim.id != numerator.id
                 and revenue.search(simplify(claim.metric).replace(entity or "\0", ""))), None)


# What may stand before the company's own revenue (上半年公司实现营业收入), where a segment's names
# its slice (国内市场收入, 智能终端业务收入).
_COMPANY_WORDS = re.compile(r"^(?:[\d\s年季度第一二三四上下半全月末前后个]|报告期内?|期内|本期|当期|同期|今年|去年|本年|公司|集团"
                            r"|本行|该行|全行|本集团|实现|录得|取得|完成|累计|合计|共|总|的|为|了|达到|达|,|，)*$")


# A Hong Kong filing's revenue: 期内毛利…毛利率 is of the 总收益 it printed.
_HONG_KONG_REVENUE = ("总收益",)


# 甲公司（300123）实现营业收入, 甲公司（以下简称“公司”）: a stock code or a note in brackets after the
# name says nothing of whose figure it is.
_BRACKETED = re.compile(r"[（(][^()（）]{0,16}[)）]")
# A name the entity reader did not know, printed with its stock code, is the company's name.
_NAME_WITH_CODE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,10}\s*[（(]\s*(?:\d{6}|\d{4,5})(?:\.[A-Z]{2})?\s*[)）]")


def _the_company_s(metric: str, entity: str | None, words: Sequence[str] = (*REVENUE, *_HONG_KONG_REVENUE)) -> bool:
    """营业收入 of the company, not of one of its segments: the words before the measure's word
    (``words``, revenue's by default) name only a period, the company and a report verb."""
    metric = _BRACKETED.sub("", _NAME_WITH_CODE.sub("", metric.replace(entity or "\0", "")))
    found = [match for match in re.finditer("|".join(sorted(words, key=len, reverse=True)), metric)]
    return bool(found) and _COMPANY_WORDS.match(metric[:found[-1].start()]) is not None


the_company_s = _the_company_s


# What may stand before a ratio's name and still mean the company's own: 全年毛利率, 公司毛利率.
_RATIO_PREFIX = re.compile(r"^(?:[\d\s年季度第一二三四上下半全月末前后个]|综合|整体|公司|集团|本行|该行|单季|同期|当期|期内|达到|为|的|,|，)*$")


def named_ratios(claims: Sequence[Claim], simplify: Callable[[str], str], entity: str | None) -> list[Relation]:
    """毛利较上年同期下降4.6%至390.94亿元……营收1153.93亿元……毛利率为33.9%: a ratio that names its
    numerator and denominator is a share of the one in the other, when both are printed for the
    same period in the sentences before it (the company's own: 汽车毛利率 is another ratio)."""
    found = []
    for position, ratio in enumerate(claims):
        if ratio.kind not in ("figure", "share") or ratio.dimension != "percent" or ratio.forecast:
            continue
        metric = simplify(ratio.metric).replace(entity or "\0", "")
        for (names, numerator_words, denominator_words, *never), construction in _RATIO_TABLE:
            # the longest name the metric ends with: 现金分红比例, not the 分红比例 inside it
            name = max((n for n in names if metric.endswith(n) or f"{n}为" in metric or metric.endswith(n + "达到")),
                       key=len, default=None)
            if name is None or not _RATIO_PREFIX.match(metric[:metric.rfind(name)]):
                continue
            # A year's 贷存比 is of the balances at its end (截至2023年末…贷款余额).
            periods = (ratio.period, f"{ratio.period}-12-31") if ratio.period and ratio.period.isdigit() else (ratio.period,)
            # 毛利率为35.2%，毛利114.44亿元: the rest of the ratio's sentence may print its figures.
            after = [c for c in claims[position + 1:position + 8] if c.sentence_index == ratio.sentence_index]
            window = [c for c in [*claims[max(0, position - 40):position], *after]
                      if c.sentence_index >= ratio.sentence_index - 6 and is_amount(c)
                      and (c.period in periods or c.period is None or ratio.period is None)]
            if denominator_words != REVENUE and construction != PAYOUT_RATIO:
                # 其中个人贷款5112亿元 is one slice of the loans, never the 贷款 of 贷存比.
                window = [c for c in window if not _A_SLICE.search(simplify(c.metric).replace(entity or "\0", ""))]
            if construction == PAYOUT_RATIO:
                # 每10股派发现金红利3元 is per share: the payout is the total, printed with its magnitude.
                window = [claim for claim in window if _MAGNITUDE.search(claim.text)]
            numerator = _nearest_named(window, numerator_words, simplify, exclude=never[0] if never else ())
            # 毛利率 is of the company's revenue, never a segment's printed nearer (国内市场收入).
            own = (lambda metric: _the_company_s(metric, entity)) if denominator_words == REVENUE else None
            # …营收分别为26.12亿元和29.25亿元 (periods unread)。前三季度…销售费用为12.35亿元: the
            # denominator is of the numerator's period, when the numerator's is known.
            of_period = [claim for claim in window if numerator is None or numerator.period is None
                         or claim.period == numerator.period]
            denominator = _nearest_named(of_period, _HONG_KONG_REVENUE + denominator_words if own else denominator_words,
                                         simplify, exclude=numerator_words, own=own)
            if numerator is None or denominator is None or not comparable_units(numerator, denominator):
                break
            if own is not None and not _the_company_s(simplify(numerator.metric), entity, numerator_words):
                # 调味品业务收入246亿元……调味品业务毛利为98.4亿元，毛利率为40.0%: the segment's ratio,
                # of the segment's own revenue, never the company's.
                denominator = _segment_s_revenue(of_period, numerator, numerator_words, simplify, entity)
                if denominator is None or numerator.value >= denominator.value:
                    break
            if numerator.value >= denominator.value:
                break
            found.append(share_relation(numerator, denominator, ratio, construction, claims))
            break
    return found


def _nearest_named(window: Sequence[Claim], words: tuple[str, ...], simplify: Callable[[str], str],
                   exclude: tuple[str, ...] = (), own: Callable[[str], bool] | None = None) -> Claim | None:
    for claim in reversed(window):
        metric = simplify(claim.metric)
        if "率" in metric or any(word in metric for word in exclude) or (own is not None and not own(metric)):
            continue
        if any(metric.endswith(word) or f"{word}为" in metric or f"{word}达" in metric or f"{word}至" in metric
               or (word in metric and len(metric) - metric.find(word) <= len(word) + 6) for word in words):
            return claim
    return None
