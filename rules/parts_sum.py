"""The parts of a breakdown add up to no more than their whole, and shares of one total to
no more than 100%.

When an article breaks a figure down (其中…分别为, 其中…), the parts together cannot exceed the
whole. When the parts are the two complementary halves of the whole — 境内 and 境外, 国内 and
海外, 线上 and 线下 — they must also reach it: 1525件 + 4127件 must be 5652件. Shares of the
same total (占营业收入的60%, 占营业收入的30% …) of different parts cannot add up to more than
100%.

Some lists are complete by custom rather than by the text's word: the regulator's partitions
(产险公司 and 人身险公司; the four lines of insurance business; where Taiwan's banks book their
earnings), X and 非X (税收收入 and 非税收入), slices whose shares of their total close at 100%, a
list of yearly figures against the years' total printed elsewhere (连续四年亏损…), a balance
sheet's liabilities and equity against its assets (资产总额…负债余额…权益总额), a net and what 扣除
took off against the gross before it, lines of slices whose 占比 close at 100% against the
figure of their heading's measure, and segments whose last alone is named with 等 (安排财政资金等偿还本金)
against the figure of their measure before them. They must make
their whole too, but a miss is reported as a warning: a reading exists under which the text is
right (a footnoted scope, a slice too small to print, another measure under the same word).

A sum the writer works out from the amounts the sentence printed before it (…，由此计算，累计现金分红总额…;
两者合计…) must be made by them, planned figures (预计, 拟) included, since the sum is the writer's own
arithmetic: parts past it are an error, short of it a warning (a 累计 may take in an earlier amount).
Parts the text places within a whole without naming every slice — segments printed in parallel
sentences (交流异步电机共配套…。永磁同步电机共配套…), the leading members of what the sentence before
counted (其TOP5…分别为…), a figure 控制在…限额之内 — are at most it.

Every figure is an interval (4127件 is exactly 4127, 600亿元 is anything from 599.5亿 to
600.5亿), so a breakdown is wrong only when no readings of the printed figures fit. Only amounts
and counts are added: rates, averages, maxima, prices and profits (a segment may earn more
than the group when another loses) are left out. A list that follows a figure
but names nothing that belongs to it (营收41.3亿元，毛利润和净利润分别为…) is not a breakdown.

错误 (wrong)::

    截至2021年12月31日，公司在全球专利申请数为5652件，同比增长816件；其中境外专利申请数和
    境内专利申请数分别为1525件和4172件。

    1525件 + 4172件 = 5697件, but 境内 and 境外 together are the 5652件.

正确 (right)::

    ……其中境外专利申请数和境内专利申请数分别为1525件和4127件。
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from validator.corpus import Corpus, claim_interval, comparable_units, summed
from validator.intervals import Interval, format_number
from validator.records import AMOUNTS, Check, Claim

from validator.lexicon import NOT_ADDITIVE_METRICS

from validator.records import Filler, Relation

from ._checks import display, make_check, under_readings
from ._grouping import is_additive

ID = "parts-sum"
SEVERITY = "error"
SUMMARY = "parts add up to their whole (1525 + 4127 = 5652; shares of one total ≤ 100%)"

# Segments that between them make up the whole: a breakdown into exactly one pair is complete.
# Not 个人/对公 (or 零售/公司): a bank's loans are 个人贷款 + 公司贷款 + 票据贴现, so the two
# need not reach the total.
COMPLEMENTARY_SEGMENTS: tuple[tuple[str, str], ...] = (
    ("境内", "境外"),
    ("国内", "海外"),
    ("国内", "国外"),
    ("线上", "线下"),
    ("表内", "表外"),
    ("城镇", "农村"),
    ("男性", "女性"),
)

# Slices of a balance add up to the balance at the same date, so only "balance" may stay.
_NOT_ADDITIVE_IN_PARTS = tuple(kind for kind in NOT_ADDITIVE_METRICS if kind != "balance")
_NEVER_ADDITIVE = ("average", "ratio", "peak")
_SEGMENT_WORDS = tuple(sorted({word for pair in COMPLEMENTARY_SEGMENTS for word in pair}, key=len, reverse=True))
_HUNDRED = Fraction(100)
# Counters of entities (companies, branches, accounts): a count of them adds up, whatever the
# words say about them (亏损 of 8家券商投资亏损 is no loss to add).
_ENTITY_COUNTERS = ("家", "个", "只", "户", "名", "位", "所", "座")
# A metric printed as a balance at a date (…余额), whatever words of income or profit come before.
_BALANCE_SUFFIX = re.compile(r"余额(?:为|达到|达|是|共|约)?\s*$")
# Lines of income whose names start like a profit's (净利息收入 is no 净利润): read as income.
_INCOME_NOT_PROFIT = (("净利息收入", "利息收入"), ("淨利息收入", "利息收入"))
# 公允价值变动 is a change of value, not a price (价): read without the 价.
_VALUE_NOT_PRICE = (("价值", "值"), ("價值", "值"))
# Lists whose shape shows their figures are slices, whatever words their metrics were read from:
# each slice named after its figure (5120辆A6、2210辆A8), slices named as parallel subjects
# (财产险公司签单数量…；寿险公司新增保单…), a partition the text announces (按配套车型分，…), or
# slices a sentence names before their figures (收入主要来源于A收入、B收入和C收入), or a list
# opened by the whole's name said again (交付量包括…, 实际销售收入中…), or amounts of the figure's
# unit in a bracket just after it (股份2,844.13亿元(减持资金…，转持股票…)).
_SLICES_SHOWN_BY_THE_LIST = ("breakdown-named-after-figures", "breakdown-by-parallel-subjects",
                             "partition-of-the-figure-before", "slices-named-before-their-figures",
                             "counts-within-a-counted-population", "breakdown-of-a-restated-whole",
                             "breakdown-in-brackets", "lines-of-operating-revenue",
                             "segments-listed-with-their-measure", "segments-in-parallel-sentences",
                             "within-its-stated-limit", "top-members-of-the-subject-before")
# Lines of an operating revenue (利息净收入, 手续费收入 of 营业收入): the lines the list leaves out
# (公允价值变动, 汇兑损益) may be losses, so the listed ones past the revenue are a warning.
_LINES_BESIDE_LOSSES = {
    "lines-of-operating-revenue": "unless a line of the revenue the list leaves out (公允价值变动, 汇兑损益) is a loss",
}
# Subsets found by nearness, not by the text's word: one past its whole is a warning, since the
# paragraph may have moved on to another population of the same kind of member.
_SUBSET_BY_NEARNESS = {
    "counts-within-a-counted-population": "unless the count is of another population the paragraph speaks of",
    "segments-listed-with-their-measure": "unless the list is of another subject that prints the same measure",
    "segments-in-parallel-sentences": "unless the whole, found by nearness, is of a narrower population than"
                                      " the segments",
    "top-members-of-the-subject-before": "unless the figure before, taken as what they lead, is of another"
                                         " population",
}


# Lists held to their whole on evidence short of the text saying so: the usual partitions of a
# regulator's statistics (产险公司 and 人身险公司) may be printed for another scope, a total
# restated paragraphs later (连续四年亏损…) may be of another measure. They are checked exactly,
# but a miss is a warning: a reading exists under which the text is right.
_COMPLETE_BY_CUSTOM = {
    "usual-partition-into-named-members": "these slices usually make up the whole, unless the text counts them"
                                          " otherwise",
    "multi-year-total": "the years' total is printed elsewhere in the article, perhaps of another measure"
                        " under the same word",
    "slice-and-its-negation": "X and 非X make up their whole, taken here as the nearest figure of their measure"
                              " before them",
    "total-of-counted-members": "the members' figures were found by their measure's name after the total, and"
                                " the total may be of another name of the measure",
    "parts-of-shares-closing-at-a-hundred": "their shares of it close at 100%, but a slice too small to print may"
                                            " be left out",
    "balance-sheet-identity": "assets are liabilities plus equity, unless a side is printed for another scope"
                              " (the group's, the parent's)",
    "slices-with-shares-under-a-heading": "their shares close at 100%, so they are every slice of the figure of"
                                          " the heading's measure printed before it, found by nearness",
    "segments-closed-by-the-rest": "segments of the whole's measure that end with the rest (其他) name every slice,"
                                   " but the whole was found by nearness",
    "segments-closed-by-and-the-like": "a list of segments whose last alone is named with 等 (and the like)"
                                       " takes in the rest, but the whole was found by nearness",
    "deductions-to-a-net": "the net and the amounts taken off make the gross, taken here as the first figure of the"
                           " sentence before, of the net's measure",
}


# Lists whose shape shows they name every slice (其中：A…，B…，C…; a slice below zero; a list
# ending with 其他): parts past the whole are an error as in any list, but parts short of it only
# a warning, since a writer may still have left a slice out.
_COMPLETE_BY_SHAPE = {
    "breakdown-with-a-slice-below-zero": "a list with a slice below zero adds up to its whole, unless a slice"
                                         " is left out",
    "list-ending-with-the-rest": "a list ending with the rest (其他) names every slice",
    "counts-of-opposite-outcomes": "members that had neither outcome (broke even, stayed flat) may be left out",
    "qizhong-list-of-every-member": "these slices usually make up the whole, unless the text counts them otherwise",
    "enumeration-after-a-colon": "an enumeration after a colon usually names every slice",
    "slices-named-with-the-rest": "a list of slices that names the rest (其他) leaves none out",
    "closed-list-after-includes": "a list after 包括 closed by 和 or 以及, with no 等, names every slice",
    "enumeration-after-includes": "an enumeration after 包括： usually names every slice",
    "sum-the-writer-computes": "the writer works the total out (由此计算) from the amounts before it, unless it"
                               " also counts one the sentence does not print",
}
# Shares of one whole the text sums (3奈米占20%，5奈米占32%，7奈米占17%，合计先进制程占比达69%): shares
# of one whole add up as its slices do.
_SHARES_OF_ONE_WHOLE = ("shares-then-their-sum",)
# Sums the writer works out from figures it printed, planned ones too (预计派发…，由此计算，累计分红总额…):
# no rule checks a plan as a fact, but the sum is the writer's own arithmetic on it.
_WRITERS_OWN_ARITHMETIC = ("sum-the-writer-computes",)


def check(corpus: Corpus) -> Iterator[Check]:
    stated_wholes = set()
    stated = list(corpus.stated("parts_sum"))
    # One list read by two constructions, as a partition and as a 其中 list: the partition says more.
    partitions = {_figures_of(relation) for relation, _roles in stated if relation.mode == "exact"}
    for relation, roles in stated:
        if relation.mode == "at_most" and _figures_of(relation) in partitions:
            continue
        whole, parts = roles["total"][0], roles["part"]
        # A segment may earn more than the group (其中 a profit), but parts the text sums or
        # partitions (合计亏损, 按业务划分) add up whatever their sign; averages and rates never do.
        excluded = (_NOT_ADDITIVE_IN_PARTS if relation.mode == "at_most" and relation.construction not in
                    _LINES_BESIDE_LOSSES else _NEVER_ADDITIVE)
        if relation.construction not in _SHARES_OF_ONE_WHOLE and not all(
                _adds_up(claim, excluded) for claim in [whole, *parts]):
            continue
        if relation.mode == "at_most" and relation.construction not in _SLICES_SHOWN_BY_THE_LIST and not all(
                not part.metric_key or _names_a_slice(part.metric_key, whole) for part in parts) and not _sums_of_money(
                parts, whole):
            continue  # 其中 after a figure need not introduce its slices
        stated_wholes.update((claim.document, claim.id) for claim in [whole, *parts])
        yield _stated_breakdown(relation, parts, whole)
    for relation, roles in _planned_sums(corpus):
        yield _stated_breakdown(relation, roles["part"], roles["total"][0])
    yield from _breakdowns(corpus, stated_wholes)
    yield from _shares_of_one_total(corpus)
    yield from _shares_of_stated_totals(corpus)


def _planned_sums(corpus: Corpus) -> list[tuple[Relation, dict[str, list[Claim]]]]:
    """The sums the writer works out over planned figures, which ``corpus.stated`` leaves out with
    every relation holding a forecast; sums of facts only come through it as any other."""
    found = []
    for extraction in corpus.extractions:
        by_id = {claim.id: claim for claim in extraction.claims}
        for relation in extraction.relations:
            if relation.kind != "parts_sum" or relation.construction not in _WRITERS_OWN_ARITHMETIC:
                continue
            roles: dict[str, list[Claim]] = {}
            for filler in relation.fillers:
                roles.setdefault(filler.role, []).append(by_id[filler.claim])
            claims = [claim for each in roles.values() for claim in each]
            if any(claim.forecast for claim in claims) and all(_adds_up(claim, _NEVER_ADDITIVE) for claim in claims):
                found.append((relation, roles))
    return found


def _sums_of_money(parts: list[Claim], whole: Claim) -> bool:
    """其中：一般公共预算拨款50亿元，彩票公益金310.89亿元，…: a list of two or more sums of money
    after 其中 is a list of the money's sources or uses, whatever their names; counts are not
    (其中18家营收增长，17家净利润增长 count firms twice)."""
    return len(parts) >= 2 and all(claim.dimension == "money" for claim in [*parts, whole])


def _figures_of(relation: Relation) -> tuple[str, frozenset[str]]:
    return relation.claim_in("total") or "", frozenset(relation.claims_in("part"))


def _adds_up(claim: Claim, excluded: tuple[str, ...]) -> bool:
    if _counts_entities(claim):
        return True
    if "balance" not in excluded and _names_a_balance(claim):
        return claim.dimension in AMOUNTS
    key = claim.metric_key
    for income, plain in _INCOME_NOT_PROFIT + _VALUE_NOT_PRICE:
        key = key.replace(income, plain)
    return is_additive(claim.model_copy(update={"metric_key": key}), excluded)


def _names_a_balance(claim: Claim) -> bool:
    """累计投资收益余额 is what the income has added up to by a date, a balance like 委托本金余额
    beside it, not a period's profit that other slices' losses could outweigh."""
    return _BALANCE_SUFFIX.search(claim.metric) is not None


def _counts_entities(claim: Claim) -> bool:
    """8家券商投资亏损 counts firms: its words name which firms, and counts of firms add up."""
    return claim.dimension == "count" and (claim.unit or "") in _ENTITY_COUNTERS


def _stated_breakdown(relation: Relation, parts: list[Claim], whole: Claim) -> Check:
    """Parts a sentence lists against their whole: a partition (按用途划分, 合计, 境内和境外) must
    reach the whole; a 其中 list must not pass it."""
    total, printed = summed(parts)
    terms = " + ".join(part.text for part in parts)
    if relation.construction in _COMPLETE_BY_SHAPE:
        return _complete_by_shape(relation, parts, whole)
    if relation.mode == "exact":
        passed, reading = under_readings(
            [*parts, whole], lambda ranges: _sum(ranges[:-1]).intersects(ranges[-1]))
        verdict = (f"makes the whole {whole.text}{reading}" if passed
                   else f"is not the whole {whole.text}, and no rounding of the parts gives it")
        expected = display(total, whole)
    else:
        passed, reading = under_readings(
            [*parts, whole], lambda ranges: Interval(_sum(ranges[:-1]).lower, None).intersects(ranges[-1]))
        verdict = (f"is within the whole {whole.text}{reading}" if passed
                   else f"exceeds the whole {whole.text}: parts cannot add up to more than their whole")
        expected = display(Interval(total.lower, None), whole)
    severity = SEVERITY
    if not passed and relation.construction in _COMPLETE_BY_CUSTOM:
        severity = "warning"
        verdict += "; " + _COMPLETE_BY_CUSTOM[relation.construction]
    elif not passed and relation.construction in _SUBSET_BY_NEARNESS:
        severity = "warning"
        verdict += ", " + _SUBSET_BY_NEARNESS[relation.construction]
    elif not passed and relation.construction in _LINES_BESIDE_LOSSES:
        severity = "warning"
        verdict += ", " + _LINES_BESIDE_LOSSES[relation.construction]
    return make_check(
        ID, severity,
        passed=passed,
        claims=[*parts, whole],
        message=f"{terms} = {display(printed, whole)}, which {verdict}",
        expected=expected,
        actual=whole.text,
        salt="stated",
    )


def _complete_by_shape(relation: Relation, parts: list[Claim], whole: Claim) -> Check:
    """Parts past their whole are wrong whatever the list leaves out; parts short of it are
    wrong only if the list names every slice, as its shape says but no word does."""
    total, printed = summed(parts)
    terms = " + ".join(part.text for part in parts)
    within, _reading = under_readings(
        [*parts, whole], lambda ranges: Interval(_sum(ranges[:-1]).lower, None).intersects(ranges[-1]))
    makes = False
    if not within:
        # Without a slice below zero, parts past their whole are wrong whatever is left out; with
        # one, a loss left out could bring them down to it.
        below_zero = any(part.value < 0 for part in parts)
        verdict = f"exceeds the whole {whole.text}: " + (
            "unless the list leaves out a slice below zero, the parts cannot add up to more than their whole"
            if below_zero else "parts cannot add up to more than their whole")
        severity = "warning" if below_zero else SEVERITY
    else:
        makes, reading = under_readings([*parts, whole], lambda ranges: _sum(ranges[:-1]).intersects(ranges[-1]))
        verdict = (f"makes the whole {whole.text}{reading}" if makes
                   else f"falls short of the whole {whole.text}, and no rounding of the parts reaches it; "
                        + _COMPLETE_BY_SHAPE[relation.construction])
        severity = SEVERITY if makes else "warning"
    passed = within and makes
    return make_check(
        ID, severity,
        passed=passed,
        claims=[*parts, whole],
        message=f"{terms} = {display(printed, whole)}, which {verdict}",
        expected=display(total, whole),
        actual=whole.text,
        salt="stated",
    )


def _sum(ranges: list[Interval]) -> Interval:
    total = ranges[0]
    for each in ranges[1:]:
        total = total + each
    return total


def _breakdowns(corpus: Corpus, stated_wholes: set) -> Iterator[Check]:
    parts_of: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for part in corpus.of_kind("figure"):
        whole = corpus.linked(part, part.parts_of)
        if whole is None or not _belongs_to(part, whole):
            continue
        if (whole.document, whole.id) in stated_wholes or (part.document, part.id) in stated_wholes:
            continue  # a list the sentence states is checked as stated
        siblings = parts_of[(whole.document, whole.id)]
        # The same part named again (其中A… later 其中A…) is one part, not two.
        if not any(sibling.metric_key == part.metric_key for sibling in siblings):
            siblings.append(part)
    for (document, whole_id), parts in parts_of.items():
        whole = corpus.by_id[(document, whole_id)]
        if _complementary(parts):
            yield _parts_make_whole(parts, whole)
        else:
            yield _parts_within_whole(parts, whole)


def _belongs_to(part: Claim, whole: Claim) -> bool:
    """A part the arithmetic can hold to its whole: the same period and kind of amount, and a
    name that says it is a slice of the whole (it shares a word with it, or is a segment)."""
    return (part.period == whole.period and part.entity == whole.entity
            and is_additive(part, _NOT_ADDITIVE_IN_PARTS) and is_additive(whole, _NOT_ADDITIVE_IN_PARTS)
            and comparable_units(part, whole)
            and _names_a_slice(part.metric_key, whole))


def _names_a_slice(key: str, whole: Claim) -> bool:
    rest = key
    for word in _SEGMENT_WORDS:
        rest = rest.replace(word, "")
    if rest != key and not rest:
        return True  # 其中境外和境内分别为…: the segment alone names the part
    return any(_share_a_word(key, name) for name in (whole.metric_key, whole.metric))


def _share_a_word(a: str, b: str) -> bool:
    """Two names have two characters in a row in common (收入 in 利息收入 and 营业收入)."""
    return any(a[i:i + 2] in b for i in range(len(a) - 1))


def _segment_of(key: str) -> tuple[str, str] | None:
    """The segment word a key names and the key without it."""
    for word in _SEGMENT_WORDS:
        if word in key:
            return word, key.replace(word, "", 1)
    return None


def _complementary(parts: list[Claim]) -> bool:
    """Exactly the two segments of one pair, of the same measure (境外专利申请, 境内专利申请)."""
    if len(parts) != 2:
        return False
    first, second = (_segment_of(part.metric_key) for part in parts)
    if first is None or second is None or first[1] != second[1]:
        return False
    return (first[0], second[0]) in COMPLEMENTARY_SEGMENTS or (second[0], first[0]) in COMPLEMENTARY_SEGMENTS


def _parts_make_whole(parts: list[Claim], whole: Claim) -> Check:
    total, printed = summed(parts)
    passed = total.intersects(claim_interval(whole))
    terms = " + ".join(part.text for part in parts)
    segments = " and ".join(segment[0] for segment in (_segment_of(part.metric_key) for part in parts) if segment)
    if passed:
        message = f"{terms} = {display(printed, whole)}; {segments} together make the whole {whole.text}"
    else:
        message = (f"{terms} = {display(printed, whole)}, but the whole is {whole.text}; {segments} together "
                   "make the whole, and no rounding of the parts gives it")
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[*parts, whole],
        message=message,
        expected=display(total, whole),
        actual=whole.text,
        salt="complete",
    )


def _parts_within_whole(parts: list[Claim], whole: Claim) -> Check:
    total, printed = summed(parts)
    allowed = Interval(total.lower, None)
    passed = allowed.intersects(claim_interval(whole))
    terms = " + ".join(part.text for part in parts)
    if len(parts) == 1:
        message = (f"the part {parts[0].text} is within its whole {whole.text}" if passed
                   else f"the part {parts[0].text} exceeds its whole {whole.text}")
    else:
        relation = "≤" if passed else ">"
        message = f"the parts {terms} = {display(printed, whole)} {relation} the whole {whole.text}"
    if not passed:
        message += "; parts cannot add up to more than their whole"
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=[*parts, whole],
        message=message,
        expected=display(allowed, whole),
        actual=whole.text,
    )


_SUMS_THE_SHARES_BEFORE = re.compile(r"^\s*(?:合计|共计|总计|合共|总共|一共|合計|共計|總計)")


def _shares_of_one_total(corpus: Corpus) -> Iterator[Check]:
    """Shares of one total, in the order printed, make up breakdowns: a run of them that reaches
    100% is a whole breakdown (直接投资33.82%、委托投资66.18%), and the next run starts afresh
    (境内90.98%、境外9.02% break the same total down another way)."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    previous: Claim | None = None
    previous_total: str | None = None
    bare_sentences: dict[tuple, int] = {}
    bare_runs: dict[tuple, int] = defaultdict(int)
    for share in corpus.of_kind("share"):
        total = share.total_key or (f"#{share.total_claim}" if share.total_claim else None)
        if share.source != "body" or share.between_rates or _SUMS_THE_SHARES_BEFORE.match(share.metric):
            continue  # 合计先进制程占比达69% sums the slices before it; it is none of them
        if total is None and previous is not None and previous_total and _same_sentence(previous, share):
            # 三元电池占总产量比55.5%；…；其他材料电池占比4.8%: a share naming no total, in the
            # sentence that lists shares of one, is another slice of that total.
            total = previous_total
        previous, previous_total = share, total
        if total is None:
            # Bare 占比 that name no total are of one whole only when printed together: a share of a
            # subsidiary's profit and, paragraphs later, the overseas share of revenue are not slices
            # of one thing.
            last = bare_sentences.get((share.document, share.entity, share.period))
            if last is not None and share.sentence_index != last:
                bare_runs[(share.document, share.entity, share.period)] += 1
            bare_sentences[(share.document, share.entity, share.period)] = share.sentence_index
            total = f"占比#{bare_runs[(share.document, share.entity, share.period)]}"
        groups[(share.document, share.entity, share.period, total)].append(share)
    for _total, shares in sorted(groups.items(), key=lambda item: tuple(str(part) for part in item[0])):
        yield from _breakdown_runs(_distinct_parts(shares))


def _breakdown_runs(shares: list[Claim]) -> Iterator[Check]:
    """Runs of shares, each as long as the shares in it can still be slices of one whole: a run
    closes when the next share would take it past 100% (53%、29%、9%、7%、2% is one run, not
    four shares and a stray one)."""
    run: list[Claim] = []
    for share in shares:
        if run and _least(run + [share]) > _HUNDRED:
            if len(run) >= 2 and _reaches_hundred(run):
                yield _shares_within_hundred(run, complete=True)
            elif len(run) >= 1 and len({s.sentence_index for s in run + [share]}) == 1 and run[0].total_key:
                yield _shares_within_hundred(run + [share])  # one list of one named total that takes more than it
            run = [share] if share.lower is None or share.lower <= _HUNDRED else []
            continue
        run.append(share)
    if len(run) >= 2:
        yield _shares_within_hundred(run, complete=_reaches_hundred(run))


def _least(shares: list[Claim]) -> Fraction:
    return sum((Fraction(s.lower) if s.lower is not None else Fraction(0) for s in shares), start=Fraction(0))


def _reaches_hundred(shares: list[Claim]) -> bool:
    most = sum((Fraction(s.upper) if s.upper is not None else _HUNDRED for s in shares), start=Fraction(0))
    return _least(shares) <= _HUNDRED <= most


def _distinct_parts(shares: list[Claim]) -> list[Claim]:
    """One share per part. The same part named twice, or a share printed again in another
    sentence with the same digits, counts once; a slice of another part (其中小微贷款 within
    贷款) is left out, since it is already inside that part."""
    kept: list[Claim] = []
    for share in sorted(shares, key=lambda s: (s.sentence_index, s.offset)):
        if any(_same_part(share, other) for other in kept):
            continue
        kept.append(share)
    inner = {id(a) for a in kept for b in kept if _inside(b.metric_key, a.metric_key)}
    return [share for share in kept if id(share) not in inner]


def _same_sentence(a: Claim, b: Claim) -> bool:
    return a.document == b.document and a.sentence_index == b.sentence_index


def _same_part(share: Claim, other: Claim) -> bool:
    # The later values of a 分别 list carry no name of their own: an empty key names no part.
    if share.metric_key and share.metric_key == other.metric_key:
        return True
    return share.text == other.text and share.sentence_index != other.sentence_index


def _inside(outer: str, inner: str) -> bool:
    """``inner`` names a slice of ``outer``: 小微贷款 of 贷款."""
    return bool(outer) and outer != inner and outer in inner


def _shares_within_hundred(shares: list[Claim], complete: bool = False, salt: str = "shares") -> Check:
    least = sum((share.lower if share.lower is not None else 0 for share in shares), start=0)
    least_total = Fraction(least)
    passed = least_total <= _HUNDRED
    terms = " + ".join(share.text for share in shares)
    printed = sum((Fraction(share.value) for share in shares), start=Fraction(0))
    named = (shares[0].basis or shares[0].total_key or "").replace("分别", "")
    total_name = named or "one total"  # 占比分别为 names no total
    relation = ("makes up" if complete else "≤") if passed else ">"
    message = f"shares of {total_name}: {terms} = {format_number(printed, 4)}% {relation} 100%"
    if passed and printed > _HUNDRED:
        # 近54.6% + 58%: a bound's share may be lower than printed, so the printed sum over 100%
        # proves nothing; say so rather than that 112.6% makes up 100%.
        message = (f"shares of {total_name}: {terms} = {format_number(printed, 4)}% as printed; at their lowest"
                   f" readings (a bound may be lower) they take {format_number(least_total, 4)}%, within 100%")
    if not passed:
        message += f"; even at their lowest readings the parts take {format_number(least_total, 4)}% of one total"
    return make_check(
        ID, SEVERITY,
        passed=passed,
        claims=shares,
        message=message,
        expected="at most 100%",
        actual=f"{format_number(printed, 4)}%",
        salt=salt,
    )


def _shares_of_stated_totals(corpus: Corpus) -> Iterator[Check]:
    """Shares the text gives of one printed total (A成交量…，占全国市场的32.70%), grouped by that
    total. Shares that close at 100% show the slices are all of it: their figures must make the
    total. The same slices, sentence for sentence, giving shares of a total of the same measure
    for another period (1-11月累计…占全国市场的31.81%) must close at 100% too; a miss is a
    warning, since a slice may have joined or left in between."""
    groups: dict[tuple[str, str], list[tuple[Claim, Claim]]] = defaultdict(list)
    # The ids of each group's shares and parts: a total with many slices was quadratic to test.
    seen_shares: dict[tuple[str, str], set[str]] = defaultdict(set)
    seen_parts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _relation, roles in corpus.stated("share"):
        shares, parts, totals = roles.get("share"), roles.get("part"), roles.get("total")
        if not (shares and parts and totals) or shares[0].source != "body":
            continue
        key = (totals[0].document, totals[0].id)
        if shares[0].id in seen_shares[key] or parts[0].id in seen_parts[key]:
            continue
        groups[key].append((shares[0], parts[0]))
        seen_shares[key].add(shares[0].id)
        seen_parts[key].add(parts[0].id)
    closed: list[tuple[Claim, list[tuple[Claim, Claim]]]] = []
    split: set[tuple[str, str]] = set()
    for key in sorted(groups):
        total = corpus.by_id[key]
        runs = _closing_runs(groups[key])
        if len(runs) > 1:
            split.add(key)
        for members in runs:
            if len(runs) == 1:
                closed.append((total, members))
            shares = [share for share, _ in members]
            salt = "shares of a printed total" + ("" if len(runs) == 1 else f" from {shares[0].id}")
            yield _shares_within_hundred(shares, complete=True, salt=salt)
            yield from _parts_of_closed_shares(total, [part for _, part in members])
    for key in sorted(groups):
        members = groups[key]
        if key in split:
            continue
        total = corpus.by_id[key]
        sentences = sorted(share.sentence_index for share, _ in members)
        shares = [share for share, _ in members]
        model = next(((other, others) for other, others in closed if other.id != total.id
                      and other.document == total.document
                      and comparable_units(other, total) and other.dimension == total.dimension
                      and _side_by_side(sorted(share.sentence_index for share, _ in others), sentences)
                      and _same_slices([part for _, part in others], [part for _, part in members])), None)
        if model is None or len(members) < 2 or _reaches_hundred(shares):
            continue
        yield _shares_short_of_their_model(shares, model[0], [share for share, _ in model[1]])
        yield from _parts_of_closed_shares(total, [part for _, part in members])


def _closing_runs(members: list[tuple[Claim, Claim]]) -> list[list[tuple[Claim, Claim]]]:
    """The lists of slices whose shares of one total close at 100%: all of them, or, when the
    text breaks the total down twice (直接投资33.82%、委托投资66.18%；境内90.98%、境外9.02%),
    each run of them in the order printed that closes, when every slice falls in one."""
    shares = [share for share, _ in members]
    if len(members) >= 2 and _reaches_hundred(shares):
        return [members]
    ordered = sorted(members, key=lambda member: (member[0].sentence_index, member[0].offset))
    runs, run = [], []
    for member in ordered:
        run.append(member)
        if _least([share for share, _ in run]) > _HUNDRED:
            return []
        if len(run) >= 2 and _reaches_hundred([share for share, _ in run]):
            runs.append(run)
            run = []
    return runs if len(runs) >= 2 and not run else []


def _side_by_side(first: list[int], second: list[int]) -> bool:
    """Two lists of one share per slice, printed slice by slice: each slice's two shares in one
    sentence, or in sentences that take turns (A's month, A's year to date, B's month, …)."""
    if len(first) != len(second):
        return False
    if first == second:
        return True
    a, b = (first, second) if first[0] < second[0] else (second, first)
    return all(a[k] < b[k] and (k + 1 == len(a) or b[k] < a[k + 1]) for k in range(len(a)))


def _same_slices(first: list[Claim], second: list[Claim]) -> bool:
    """Two lists name their slices alike, in order (上海期货交易所 in both): each list's names
    without the measure all of them end in (成交量) share a word, slice by slice. A list whose
    names are only the measure names no slice, and cannot be matched."""
    first, second = (sorted(parts, key=lambda c: (c.sentence_index, c.offset)) for parts in (first, second))
    names_first, names_second = _slice_names(first), _slice_names(second)
    return (len(names_first) == len(names_second) and all(len(name) >= 2 for name in names_first + names_second)
            and all(_share_a_word(a, b) for a, b in zip(names_first, names_second)))


def _slice_names(parts: list[Claim]) -> list[str]:
    keys = [part.metric_key or "" for part in parts]
    common = 0
    while common < min(map(len, keys)) and len({key[len(key) - common - 1] for key in keys}) == 1:
        common += 1
    return [key[:len(key) - common] for key in keys]


def _parts_of_closed_shares(total: Claim, parts: list[Claim]) -> Iterator[Check]:
    if not all(_adds_up(claim, _NEVER_ADDITIVE) for claim in [total, *parts]):
        return
    relation = Relation(
        id=f"parts_sum:{total.id}+{'+'.join(part.id for part in parts)}", document=total.document,
        kind="parts_sum", construction="parts-of-shares-closing-at-a-hundred",
        fillers=tuple(Filler(role="part", claim=part.id) for part in parts) + (Filler(role="total", claim=total.id),),
        mode="exact")
    yield _stated_breakdown(relation, parts, total)


def _shares_short_of_their_model(shares: list[Claim], model_total: Claim, model: list[Claim]) -> Check:
    printed = sum((Fraction(share.value) for share in shares), start=Fraction(0))
    most = sum((Fraction(s.upper) if s.upper is not None else _HUNDRED for s in shares), start=Fraction(0))
    terms = " + ".join(share.text for share in shares)
    model_terms = " + ".join(share.text for share in model)
    return make_check(
        ID, "warning",
        passed=False,
        claims=shares,
        message=(f"{terms} = {format_number(printed, 4)}%, at most {format_number(most, 4)}% at their highest"
                 f" readings; the same slices' shares of {model_total.text} ({model_terms}) close at 100%, so"
                 " these should too"),
        expected="100%",
        actual=f"{format_number(printed, 4)}%",
        salt="shares short of 100%",
    )
