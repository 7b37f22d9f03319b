"""Breakdowns: a whole and the parts the article splits it into (parts_sum relations).

其中A…，B…; 分地区看 and one figure per region; 合计 after a list; 顺差 as exports less imports;
segments named after the whole's own measure; a list opened by the whole's name said again
(收入中…, 交付量包括…); amounts in a bracket after their whole; a balance sheet's three sides;
an enumeration after 包括：; a gross less what 扣除 takes off (the net); lines of one slice and its
占比 under a heading; a financial firm's lines of income within its 营业收入; a bullet line's 其中
under its item; a sum the writer works out (由此计算…累计…总额); segments in parallel sentences;
the leading members (其TOP5) of the figure before; a figure kept within its stated 限额.
``rules/parts_sum.py`` checks them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from .corpus import comparable_units
from .lexicon import (BUSINESS_LINE_WORDS, DEDUCTION_WORDS, REVENUE_LINE_ENDINGS, REVENUE_LINE_IF_FINANCIAL,
                      THE_REST_WORDS, names_not_additive)
from .periods import within, without_period_words
from .records import Claim, Filler, Relation
from .relations import PlacedFigure, SentenceFigures, is_amount


# Words that open a breakdown of the figure before them; 按用途划分 and 分为 partition it whole.
_BREAKDOWN_OPEN = re.compile(r"其中[：:，,]?|(?P<partition>按[^，,。；;]{1,8}?(?:划分|分)|分[^，,。；;\d]{1,8}?看"
                             r"|从[^，,。；;\d]{0,4}?(?:构成|结构)来?看)[：:，,]"
                             r"|(?<=[\u4e00-\u9fff])(?<!其)(?P<among>中)[，,]")
# How far an "among" opener (106家券商中，…) may stand from its count: the count's own noun.
_AMONG_REACH = 8
# Words that make the figure after them the sum of the ones before: …，合计亏损27.86亿元.
_SUM_BEFORE = re.compile(r"(?:合计|共计|总计|合共|总共|一共)[^，,。；;：:\d]{0,4}?(?:为|达|达到)?\s*$")
_CLAUSE = re.compile(r"[，,、；;：:]")
_LIST_JOINT = re.compile(r"\s*(?:、|和|及|与|以及|，|,)\s*")
# 8660辆ES6、3530辆 ES8和16辆EC6: each figure followed by its name, then the joint.
_NAMED_JOINT = re.compile(r"\s*(?!.*(?:增|减|降|升|同比|环比|较))[A-Za-z0-9\u4e00-\u9fff\s]{1,10}?\s*(?:、|和|及|与|以及)\s*")
_COMPLEMENTS = (("境内", "境外"), ("国内", "海外"), ("国内", "国外"), ("国内", "国际"), ("线上", "线下"), ("出口", "进口"),
                ("城镇", "农村"), ("城镇", "乡村"), ("一般", "专项"), ("中央", "地方"),
                # 社会消费品零售总额 by kind of consumption: goods and catering.
                ("商品零售", "餐饮"))
_REST = re.compile(r"(?:其余|其他|剩余|另外)[^，,；;。\d]{0,6}$")


_MAGNITUDE_WORDS = re.compile(r"[万萬亿億兆]|百万|百萬|千")
# Words in a listed part's own lead that say it is not one more slice of the whole but a new
# statement: another period, a comparison, the company again (……，第四季度交付4799辆).
# 报表折算差额 is an accounting line, not a trade balance's 差额. A clause opening with 是 or 成为 says
# what the subject is (是全球首家N型组件出货量超过10GW的企业), not one more slice. 公司贷款, 公司存款 are a
# bank's corporate book, a slice, not the company named again.
_NEW_STATEMENT = re.compile(r"同比|环比|较|比上|预计|合计|共计|总计|已|获|顺差|逆差|(?<!折算)差额|(?:^|[该本其我])公司(?!贷款|存款|金融|客户)"
                            r"|^\s*(?:是|成为)")
# Words that name a period: a listed part may carry them only when it is of its whole's period
# (人身险公司本年累计新增保单5.34亿件 within 1-8月's 181.95亿件).
_OTHER_PERIOD = re.compile(r"\d|季度|[上下]半年|全年|月|去年|今年|本年|累计")
# A lead that opens with a period and a comma (今年，个人保险公司…) speaks of what follows it.
_PERIOD_CLAUSE = re.compile(r"^\s*(?:今年|本年|去年|同期|当期|期内|全年|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月)\s*[，,]\s*")
# What names the subject of a listed clause: 产险公司 and 人身险公司, 国内航线 and 国际航线 are
# parallel subjects, one slice each.
_SUBJECT = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z]{1,8}?)(公司|业务|航线|地区|分行|银行|企业|板块|市场|产业|部门|集团|机构)")


def _same_scale(part: Claim, whole: Claim) -> bool:
    """A slice and its whole, of one unit and printed at one scale: a part of 53.7亿元 is not a
    slice of an earnings per share of 0.57元."""
    if (part.dimension, part.unit) != (whole.dimension, whole.unit):
        if not comparable_units(part, whole) or "number" not in (part.dimension, whole.dimension):
            return False
    return bool(_MAGNITUDE_WORDS.search(part.text)) == bool(_MAGNITUDE_WORDS.search(whole.text))


def _clause_figures(text: str, figures: Sequence[PlacedFigure], start: int, end: int) -> list[PlacedFigure]:
    """The first amount of each clause between ``start`` and ``end``: in 其中A 10亿元，增长5%，
    B 3亿元 the parts are 10亿元 and 3亿元, not the rates after them."""
    found: list[PlacedFigure] = []
    clause_seen = set()
    for figure in figures:
        if not (start <= figure.start < end) or not is_amount(figure.claim):
            continue
        if _inside_brackets(text, start, figure.start):
            continue  # 国有股减转持资金2,844.13亿元(减持资金971.59亿元，…): slices of the slice before
        clause = len(_CLAUSE.findall(text, start, figure.start))
        # 分别为600亿元和350亿元: the values of one list are each a part.
        between = text[found[-1].end:figure.start] if found else ""
        listed = bool(found) and (_LIST_JOINT.fullmatch(between) is not None
                                  or _NAMED_JOINT.fullmatch(between) is not None)
        if clause in clause_seen and not listed:
            continue
        clause_seen.add(clause)
        found.append(figure)
    return found


_BRACKET_CLOSE = {"(": ")", "（": "）"}
# Words that make a bracket after a figure something else than its slices: a list opened by 其中
# (read as such), what the figure includes or leaves out (含…, 不含…), a rate or a reading in
# another unit (约合…).
_NOT_SLICES_IN_BRACKETS = re.compile(r"\s*(?:其中|含|不含|包含|包括|约|合|折合)")
_BRACKET_PERIOD = re.compile(r"季度|[上下]半年|全年|月|年|同期")


def _bracketed_breakdowns(sentence: SentenceFigures) -> list[Relation]:
    """股份2,844.13亿元(减持资金971.59亿元，境内转持股票1,028.99亿元，境外转持股票843.55亿元): amounts of
    the figure's own unit listed in a bracket just after it are its slices — at most all of it."""
    text, found = sentence.text, []
    for figure in sentence.figures:
        opening = figure.end
        while opening < len(text) and text[opening] == " ":
            opening += 1
        if opening >= len(text) or text[opening] not in _BRACKET_CLOSE or not is_amount(figure.claim):
            continue
        closing = text.find(_BRACKET_CLOSE[text[opening]], opening)
        if closing < 0 or _NOT_SLICES_IN_BRACKETS.match(text, opening + 1):
            continue
        inside = [f for f in sentence.figures if opening < f.start < closing]
        parts, at = [], opening + 1
        for each in inside:
            lead = text[at:each.start]
            if not is_amount(each.claim) or _NEW_STATEMENT.search(lead) or _BRACKET_PERIOD.search(lead) \
                    or not _same_scale(each.claim, figure.claim) or not comparable_units(each.claim, figure.claim) \
                    or not _periods_agree(each.claim.period, figure.claim.period) or (parts and not _CLAUSE.search(lead)):
                parts = []
                break
            parts.append(each.claim)
            at = each.end
        if len(parts) >= 2 and not text[at:closing].strip(" ，,、"):
            found.append(_parts_relation(parts, figure.claim, "breakdown-in-brackets", "at_most"))
    return found


def _inside_brackets(text: str, start: int, position: int) -> bool:
    """``position`` stands inside a bracket opened after ``start`` and not yet closed."""
    depth = 0
    for char in text[start:position]:
        if char in "(（":
            depth += 1
        elif char in ")）" and depth:
            depth -= 1
    return depth > 0


def breakdowns(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """Parts and their whole, as one sentence (or a sentence and the one before it) states them:
    全国发行地方政府债券33411亿元。其中，发行一般债券16103亿元，发行专项债券17308亿元 ("at most" the
    whole: a 其中 list need not name every part), 按用途划分，… (the whole, partitioned), and
    A 10.71亿元，B 1.84亿元，…，合计亏损27.86亿元 (the whole)."""
    relations: list[Relation] = []
    previous: SentenceFigures | None = None
    for sentence in sentences:
        if sentence.source == "body":
            relations.extend(_listed_breakdowns(sentence, previous))
            relations.extend(_bracketed_breakdowns(sentence))
            # A sum the writer says he computed (两者合计发放贷款) is read as such before a bare sum.
            relations.extend(_sums_the_writer_computes(sentence))
            relations.extend(_summed_lists(sentence))
            relations.extend(_shares_then_their_sum(sentence))
        previous = sentence
    body = [s for s in sentences if s.source == "body"]
    relations.extend(_partitions_by_members(body))
    relations.extend(_trade_balances(body))
    relations.extend(_announced_members(body))
    relations.extend(_multi_year_totals(body))
    relations.extend(_negated_complements(body, relations))
    relations.extend(_complements_across_a_stop(body))
    relations.extend(_complements_of_a_whole_named_before(body))
    relations.extend(_main_and_other_business(body))
    relations.extend(_totals_of_counted_members(body))
    relations.extend(_counts_within_a_population(body))
    relations.extend(_breakdowns_of_a_restated_whole(body))
    relations.extend(_balance_sheet_identities(body))
    relations.extend(_lines_of_operating_revenue(body))
    relations.extend(_enumerations_after_includes(body))
    relations.extend(_deductions_to_a_net(body))
    relations.extend(_slices_with_shares_under_a_heading(sentences))
    relations.extend(_amounts_within_a_stated_limit(body))
    relations.extend(_top_members_of_the_subject_before(body))
    return relations


# 为其TOP5配套车型，配套量分别为…; 其前五大客户的销售额分别为…: the leading members of what the sentence
# before spoke of.
_TOP_OF_IT = re.compile(r"其\s*(?:TOP|Top|top|前)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:大|名|位)?")
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达)?\s*$")


def _top_members_of_the_subject_before(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """永磁同步电机共配套317,971台，…。宏光MINIEV、…、比亚迪唐为其TOP5配套车型，配套量分别为47,742台，15,400台，…:
    the amounts of the leading members (其TOP5, 其前五大) of what the sentence before counted are at
    most its first amount of their unit, named with a word of theirs (配套) — found by nearness, so a
    miss is a warning."""
    found = []
    for index, sentence in enumerate(sentences[1:], start=1):
        text = sentence.text
        top = _TOP_OF_IT.search(text)
        previous = sentences[index - 1]
        if top is None or previous.paragraph != sentence.paragraph:
            continue
        listed = [f for f in sentence.figures if f.start > top.end()]
        words = text[top.end():listed[0].start] if listed else ""
        if len(listed) < 2 or not all(is_amount(f.claim) for f in listed) or not _RESPECTIVELY.search(words) \
                or not all(_LIST_JOINT.fullmatch(text[a.end:b.start]) for a, b in zip(listed, listed[1:])):
            continue
        whole = next((f.claim for f in previous.figures if is_amount(f.claim)), None)
        if whole is None or not all(_same_scale(f.claim, whole) and comparable_units(f.claim, whole)
                                    for f in listed) or not _shares_a_word(_RESPECTIVELY.sub("", words), whole.metric):
            continue
        found.append(_parts_relation([f.claim for f in listed], whole, "top-members-of-the-subject-before",
                                     "at_most"))
    return found


# 债务余额275849亿元，控制在全国人大批准的限额之内: the text says the figure is within a limit.
_WITHIN_THE_LIMIT = re.compile(r"\s*[，,]?\s*(?:控制在|保持在|未超过|没有超过|不超过)[^，,。；;\d]{0,14}?限额(?:之内|以内|内|范围内)?")
_LIMIT_NAMED = re.compile(r"限额(?:为|是|达到|达)?\s*$")
_LEVEL_NAMED = re.compile(r"(?:余额|规模)?(?:为|是|达到|达)?\s*$")
# Sentences before the figure in which its limit is looked for.
_LIMIT_REACH = 3


def _amounts_within_a_stated_limit(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """…地方政府债务限额为332774.3亿元…。截至6月末，全国地方政府债务余额275849亿元，控制在全国人大批准的
    限额之内: a figure the text says is kept within a limit is at most the limit printed just before,
    named as the figure is (全国地方政府债务, not its slice 专项债务)."""
    found = []
    for index, sentence in enumerate(sentences):
        for figure in sentence.figures:
            if not is_amount(figure.claim) or not _WITHIN_THE_LIMIT.match(sentence.text, figure.end):
                continue
            name = _LEVEL_NAMED.sub("", without_period_words(_own_lead(sentence.text, figure.start)).strip())
            limit = None
            for earlier in reversed(sentences[max(0, index - _LIMIT_REACH):index + 1]):
                for place in reversed(earlier.figures):
                    if earlier is sentence and place.start >= figure.start:
                        continue
                    own = without_period_words(_own_lead(earlier.text, place.start)).strip()
                    limit_name = _LIMIT_NAMED.sub("", own)
                    if is_amount(place.claim) and _LIMIT_NAMED.search(own) and _same_scale(place.claim, figure.claim) \
                            and comparable_units(place.claim, figure.claim) and len(name) >= 2 \
                            and len(limit_name) >= 2 and (limit_name.endswith(name) or name.endswith(limit_name)):
                        limit = place.claim
                        break
                if limit is not None:
                    break
            if limit is not None:
                found.append(_parts_relation([figure.claim], limit, "within-its-stated-limit", "at_most"))
    return found


# 主机硬件/配件：33亿美元，占比53%: a line of one slice, its amount and its share and nothing more.
_SHARE_OF_THE_LINE = re.compile(r"\s*[，,]?\s*占比\s*(?:为|达|约)?\s*")
# Sentences before a heading in which the figure it breaks down is looked for.
_HEADING_WHOLE_REACH = 6


def _slices_with_shares_under_a_heading(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """…营收62.7亿美元，…。Q3收入剖析：⏎主机硬件：33亿美元，占比53%⏎实体软件：18.3亿美元，占比29%⏎…: lines of
    one slice each, their amount and its share, under a heading that names a measure (收入) and
    whose shares close at 100%, are every slice of the last figure of that measure before the
    heading — found by nearness, so a miss is a warning."""
    from .share_lists import measure_of  # share_lists reads breakdowns: import it when running

    found = []
    index = 1
    while index < len(sentences):
        run = []
        while index + len(run) < len(sentences) and (line := _slice_line(sentences[index + len(run)])):
            run.append(line)
        if len(run) < 2:
            index += 1
            continue
        heading = sentences[index - 1]
        measure = measure_of(heading.text) if heading.text.rstrip().endswith(("：", ":")) else None
        if measure is None and _PARTITION_HEADING.fullmatch(heading.text.strip()):
            # 分地区来看：⏎华东地区：收入…，占比…: a heading naming only the partition leaves the
            # measure to the lines, all of one.
            lines = sentences[index:index + len(run)]
            measures = {measure_of(_own_lead(line.text, line.figures[0].start)) for line in lines}
            measure = measures.pop() if len(measures) == 1 else None
        whole = _whole_before_heading(sentences, index - 1, measure, run[0][0]) if measure else None
        shares = [share for _, share in run]
        lowest = sum((Fraction(share.lower) for share in shares if share.lower is not None), start=Fraction(0))
        highest = sum((Fraction(share.upper) for share in shares if share.upper is not None), start=Fraction(0))
        if whole is not None and all(s.lower is not None and s.upper is not None for s in shares) \
                and lowest <= 100 <= highest:
            found.append(_parts_relation([amount for amount, _ in run], whole,
                                         "slices-with-shares-under-a-heading", "exact"))
        index += len(run)
    return found


# A heading that only names how the whole is split: 分地区来看：, 按产品划分：, 从收入结构看：.
_PARTITION_HEADING = re.compile(r"(?:分|按|从)[^，,。；;\d]{1,8}?(?:来看|看|划分|分)[：:]")


def _slice_line(sentence: SentenceFigures) -> tuple[Claim, Claim] | None:
    if sentence.source != "body" or len(sentence.figures) != 2:
        return None
    amount, share = sentence.figures
    text = sentence.text
    if not is_amount(amount.claim) or share.claim.dimension != "percent" \
            or not _SHARE_OF_THE_LINE.fullmatch(text, amount.end, share.start) or text[share.end:].strip(" 。；;，,"):
        return None
    return amount.claim, share.claim


def _whole_before_heading(sentences: Sequence[SentenceFigures], heading: int, measure: str,
                          first: Claim) -> Claim | None:
    from .share_lists import measure_of

    for sentence in reversed(sentences[max(0, heading - _HEADING_WHOLE_REACH):heading]):
        if sentence.source != "body":
            continue
        for place in reversed(sentence.figures):
            claim = place.claim
            if is_amount(claim) and _same_scale(first, claim) and comparable_units(first, claim) \
                    and measure_of(_own_lead(sentence.text, place.start)) == measure:
                return claim
    return None


# 权益总额为27,005.04亿元，包括：…: a colon after 包括 opens the enumeration of the figure's slices.
_INCLUDES_COLON = re.compile(r"\s*[，,]?\s*(?:包括|包含)\s*[：:]\s*")
# Sentences after the enumeration's first in which its further slices are looked for.
_ENUMERATION_REACH = 3


def _enumerations_after_includes(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """权益总额为W，包括：甲基金权益A，其中，…(…)。乙账户基金权益B，其中，…: after 包括：, each slice opens
    its clause — after a ； or a sentence stop — with a name of the first slice's head (权益), and
    the lists nested in a slice (其中…) stay that slice's. A colon says the enumeration is whole."""
    found = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        for place in sentence.figures:
            opener = _INCLUDES_COLON.match(text, place.end)
            if opener is None or not is_amount(place.claim):
                continue
            whole = place.claim
            first = next((f for f in sentence.figures if f.start >= opener.end()), None)
            if first is None or _CLAUSE.search(text, opener.end(), first.start):
                continue
            head = _head(text[opener.end():first.start])
            parts = [first.claim]
            for later in _clause_openings(sentences, index, first.end):
                lead = _PERIOD_CLAUSE.sub("", later[0].text[later[1]:later[2].start])
                if _CLAUSE.search(lead) or _head(lead) != head:
                    break
                parts.append(later[2].claim)
            if len(head) == 2 and len(parts) >= 2 and all(
                    is_amount(part) and _same_scale(part, whole) and comparable_units(part, whole)
                    and _periods_agree(part.period, whole.period) for part in parts):
                found.append(_parts_relation(parts, whole, "enumeration-after-includes", "exact"))
    return found


def _clause_openings(sentences: Sequence[SentenceFigures], index: int, after: int):
    """Each clause that opens after a ； or a sentence stop, from ``after`` in sentence ``index`` on:
    its sentence, where it opens and its first figure. (A feed may print each sentence of the
    enumeration as a block of its own, so paragraphs are no bound.)"""
    for sentence in sentences[index:index + 1 + _ENUMERATION_REACH]:
        starts = [0] if sentence is not sentences[index] else []
        starts += [m.end() for m in re.finditer(r"[；;]", sentence.text)
                   if sentence is not sentences[index] or m.start() >= after]
        for start in starts:
            figure = next((f for f in sentence.figures if f.start >= start), None)
            if figure is None:
                return
            yield sentence, start, figure


# 扣除…减少国有股13.88亿元，…划缴中央财政6.80亿元，中央财政净拨入…10,270.94亿元: amounts taken off a
# gross figure, then the net left.
_DEDUCTION_OPEN = re.compile(r"^\s*(?:" + "|".join(DEDUCTION_WORDS) + ")")
_NET = "净"


def _deductions_to_a_net(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """累计拨入10,291.62亿元…。扣除A 13.88亿元，B 6.80亿元，净拨入10,270.94亿元: a sentence that opens with
    扣除 and lists one amount a clause, then a net (净…) amount, says the gross of the sentence before
    less the amounts is the net — read as the net plus the amounts making the gross. The gross is
    the first amount of the sentence before, of the net's measure (拨入), found by nearness."""
    found = []
    for index, sentence in enumerate(sentences[1:], start=1):
        text = sentence.text
        if not _DEDUCTION_OPEN.match(text):
            continue
        amounts = [f for f in sentence.figures if is_amount(f.claim)]
        if len(amounts) < 2 or len(amounts) != len(sentence.figures):
            continue
        *taken, net = amounts
        net_lead = _own_lead(text, net.start)
        if _NET not in net_lead or any(_NET in _own_lead(text, f.start) for f in taken) \
                or len({len(_CLAUSE.findall(text, 0, f.start)) for f in amounts}) != len(amounts):
            continue  # one amount a clause, the net last
        previous = sentences[index - 1]
        gross = next((f for f in previous.figures if is_amount(f.claim)), None)
        if gross is None or previous.paragraph != sentence.paragraph:
            continue
        measure = net_lead[net_lead.index(_NET) + 1:]
        if not _shares_a_word(measure, _own_lead(previous.text, gross.start)) or not all(
                _same_scale(f.claim, gross.claim) and comparable_units(f.claim, gross.claim) for f in amounts):
            continue
        found.append(_parts_relation([net.claim, *(f.claim for f in taken)], gross.claim,
                                     "deductions-to-a-net", "exact"))
    return found


_OPERATING_REVENUE = re.compile(r"营收$")
# Sentences after the operating revenue in which its lines are looked for: the revenue, its
# profit, a word on its make-up (从收入结构来看，…主要包括…) or on one line, then the lines.
_REVENUE_LINE_REACH = 6


def _lines_of_operating_revenue(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """营业收入39.08亿元，…；手续费收入27.33亿元…; 营收为520.26亿元。…实现净利息收入369.87亿元，…；实现
    手续费及佣金净收入53.57亿元: a financial firm's lines of income printed after its operating revenue,
    of its period and company, are slices of it — at most all of it, and only as far as the lines
    it leaves out (公允价值变动, 汇兑损益) are not losses, which the rule weighs."""
    found = []
    for index, sentence in enumerate(sentences):
        for place in sentence.figures:
            whole = place.claim
            if not is_amount(whole) or not _OPERATING_REVENUE.search(whole.metric_key) \
                    or any(word in whole.metric for word in BUSINESS_LINE_WORDS):
                continue
            lines = _revenue_lines_after(sentences, index, place)
            if any("非利息" in line.metric_key for line in lines):
                # 非利息净收入240.6亿元，其中手续费及佣金净收入112.3亿元: the non-interest lines are
                # within it, not beside it.
                lines = [line for line in lines if "利息" in line.metric_key]
            if lines and any(any(line.metric_key.endswith(end) for end in REVENUE_LINE_ENDINGS) for line in lines):
                found.append(_parts_relation(lines, whole, "lines-of-operating-revenue", "at_most"))
    return found


def _revenue_lines_after(sentences: Sequence[SentenceFigures], index: int, revenue: PlacedFigure) -> list[Claim]:
    whole = revenue.claim
    lines: list[Claim] = []
    for sentence in sentences[index:index + 1 + _REVENUE_LINE_REACH]:
        for place in sentence.figures:
            claim = place.claim
            if sentence is sentences[index] and place.start <= revenue.start:
                continue
            if not is_amount(claim) or claim.entity != whole.entity or claim.period != whole.period:
                continue
            if _OPERATING_REVENUE.search(claim.metric_key):
                return lines  # the revenue stated again: its own lines follow it
            key = claim.metric_key
            line = (any(key.endswith(end) for end in REVENUE_LINE_ENDINGS)
                    or any(word in key for word in REVENUE_LINE_IF_FINANCIAL))
            if line and _same_scale(claim, whole) and comparable_units(claim, whole) \
                    and not any(other.metric_key == key for other in lines):
                lines.append(claim)
    return lines


# The three sides of a balance sheet, as a figure's own words name them. The equity of the
# owners of the parent (归属于母公司…) leaves the minority out, so it is no side of the identity.
BALANCE_SHEET_SIDES: dict[str, re.Pattern[str]] = {
    "assets": re.compile(r"(?:资产总额|总资产|资产合计|资产总计)(?:为|达到|达|是)?\s*$"),
    "liabilities": re.compile(r"(?:负债总额|负债余额|总负债|负债合计|负债总计)(?:为|达到|达|是)?\s*$"),
    "equity": re.compile(r"(?:权益总额|所有者权益合计|股东权益合计|所有者权益|股东权益|权益合计|净资产)(?:为|达到|达|是)?\s*$"),
}
_NOT_THE_WHOLE_EQUITY = re.compile(r"归属|归母|母公司|少数|每股")
# A side's change, not its level: 总资产较年初增加…
_SIDE_CHANGE = re.compile(r"较|比|增|减|变动|同比|环比|平均|日均")
# Sentences from the assets in which the other two sides are looked for: the assets' own breakdown
# may stand between (资产总额…。其中：…。境内…。负债余额…。权益总额…).
_IDENTITY_REACH = 5


def _balance_sheet_identities(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """资产总额30,198.10亿元。…负债余额3,193.06亿元，…。…权益总额为27,005.04亿元: a balance sheet's
    assets are its liabilities and its equity, when one subject's three sides are printed for
    one date within a few sentences of each other."""
    sides: list[tuple[int, str, str, PlacedFigure]] = []
    for index, sentence in enumerate(sentences):
        for figure in sentence.figures:
            if not is_amount(figure.claim):
                continue
            lead = _own_lead(sentence.text, figure.start)
            if _SIDE_CHANGE.search(lead):
                continue
            for side, pattern in BALANCE_SHEET_SIDES.items():
                named = pattern.search(lead)
                if named and not (side == "equity" and _NOT_THE_WHOLE_EQUITY.search(lead)):
                    sides.append((index, side, without_period_words(lead[:named.start()]).strip(), figure))
                    break
    found = []
    for number, (index, side, subject, assets) in enumerate(sides):
        if side != "assets":
            continue
        others: dict[str, tuple[str, PlacedFigure]] = {}
        for later_index, later_side, later_subject, figure in sides[number + 1:]:
            if later_side == "assets" or later_index > index + _IDENTITY_REACH:
                break
            others.setdefault(later_side, (later_subject, figure))
        if set(others) != {"liabilities", "equity"}:
            continue
        subjects = {s for s in [subject, *(s for s, _f in others.values())] if s}
        parts = [others["liabilities"][1].claim, others["equity"][1].claim]
        if len(subjects) > 1 or not all(
                _same_scale(part, assets.claim) and comparable_units(part, assets.claim)
                and _periods_agree(part.period, assets.claim.period) for part in parts):
            continue
        found.append(_parts_relation(parts, assets.claim, "balance-sheet-identity", "exact"))
    return found


# 游戏市场实际销售收入中，A的实际销售收入…，B的…: the whole's name said again, then 中 (among) or
# 包括 (includes), opens the list of its slices. 中 so often ends a word (中国, 中央, 其中) that it
# opens a list only after the whole's own name, four characters of it at least.
_RESTATED_OPEN = re.compile(r"(?P<among>(?<![其当])中(?!国|央|部|心|期|小|信|金|游|长|短|端|外|华|证|标|型|的)[，,]?)"
                            r"|(?P<includes>包括|包含)[：:]?")
_RESTATED_NAME_SUFFIX = 4
# Words that make a listed figure a new statement rather than a slice; the company may be named
# (公司旗下A品牌的3万辆): a list after 包括 names whose slices they are.
_RESTATED_NEW_STATEMENT = re.compile(r"同比|环比|较|比上|预计|合计|共计|总计|已|顺差|逆差|差额")
_RESTATED_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]+$")


def _breakdowns_of_a_restated_whole(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """……实际销售收入达1144.8亿元。……，我国游戏市场实际销售收入中客户端游戏市场实际销售收入608.9亿元，
    网页游戏市场实际销售收入202.7亿元，…; 交付量为8万辆。交付量包括A品牌的3万辆、B品牌的4万辆以及…:
    a list opened by the whole's name said again breaks down the last figure so named, in its
    sentence or the one before — at most all of it, since nothing says every slice is named."""
    found = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        for opener in _RESTATED_OPEN.finditer(text):
            clause = max((m.end() for m in _CLAUSE.finditer(text, 0, opener.start())), default=0)
            name_match = _RESTATED_NAME_CHARS.search(_PERIOD_CLAUSE.sub("", text[clause:opener.start()]))
            name = _MEASURE_VERB.sub("", name_match.group()) if name_match else ""
            among = bool(opener.group("among"))
            if len(name) < (_RESTATED_NAME_SUFFIX if among else 2) or len(name) > 16:
                continue
            if re.search(r"其中|分别", text[clause:opener.start()]):
                continue
            stop = _clause_stop(text, opener.end())
            first = next((f for f in sentence.figures if opener.end() <= f.start < stop and is_amount(f.claim)), None)
            if first is None:
                continue
            whole = _restated_whole(sentences, index, clause, name, among, first.claim)
            if whole is None:
                continue
            parts = _restated_parts(text, sentence.figures, opener.end(), stop, whole, name if among else "")
            if len(parts) >= 2 and opener.group("includes") and _closed_list(text, parts, sentence.figures, stop):
                found.append(_parts_relation(parts, whole, "closed-list-after-includes", "exact"))
            elif len(parts) >= 2:
                found.append(_parts_relation(parts, whole, "breakdown-of-a-restated-whole", "at_most"))
    return found


def _names_the_whole(name: str, lead: str, among: bool) -> bool:
    """The opener's name is the whole's: the same last four characters or more after 中, a word
    in common before 包括 (交付量 of 车辆交付)."""
    lead = _MEASURE_VERB.sub("", lead.strip())
    if among:
        return len(lead) >= _RESTATED_NAME_SUFFIX and lead[-_RESTATED_NAME_SUFFIX:] == name[-_RESTATED_NAME_SUFFIX:]
    return _shares_a_word(name, lead)


def _restated_whole(sentences: Sequence[SentenceFigures], index: int, clause: int, name: str, among: bool,
                    first: Claim) -> Claim | None:
    """The last amount named by ``name`` before the opener's clause, in its sentence or, when none
    stands there, in the one before of the same paragraph."""
    sentence = sentences[index]
    before = [f for f in sentence.figures if f.end <= clause and is_amount(f.claim)]
    if before:
        candidates, text = before, sentence.text
    elif index and sentences[index - 1].paragraph == sentence.paragraph:
        candidates, text = [f for f in sentences[index - 1].figures if is_amount(f.claim)], sentences[index - 1].text
    else:
        return None
    for figure in reversed(candidates):
        if not (_same_scale(first, figure.claim) and comparable_units(first, figure.claim)
                and _periods_agree(first.period, figure.claim.period)):
            continue
        lead = without_period_words(_own_lead(text, figure.start))
        return figure.claim if _names_the_whole(name, lead, among) else None
    return None


def _restated_parts(text: str, figures: Sequence[PlacedFigure], start: int, stop: int, whole: Claim,
                    head: str) -> list[Claim]:
    """The amounts of the list up to its clause's end, each a slice unless its words make it a new
    statement; after 中 each slice names the whole's measure again (``head``)."""
    parts: list[Claim] = []
    at = start
    for figure in figures:
        if not (start <= figure.start < stop) or not is_amount(figure.claim):
            continue
        if _inside_brackets(text, start, figure.start):
            continue
        lead = text[at:figure.start]
        if (_RESTATED_NEW_STATEMENT.search(lead) or not _same_scale(figure.claim, whole)
                or not comparable_units(figure.claim, whole) or not _periods_agree(figure.claim.period, whole.period)
                or (head and head[-2:] not in lead)):
            break
        parts.append(figure.claim)
        at = figure.end
    return parts


def _complements_across_a_stop(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """…服务进出口12868.2亿元…。其中，…服务出口7044.7亿元，…。…服务进口5823.5亿元: a 其中 slice
    named by one side of a complementary pair (出口), and the first figure of the next sentence
    named by the other side (进口) with the same words around it, make up the whole the 其中
    speaks of, when the whole's own words name them too."""
    found = []
    for index, sentence in enumerate(sentences[:-1]):
        following = sentences[index + 1]
        opener = re.search(r"其中[：:，,]?", sentence.text)
        if opener is None or following.paragraph != sentence.paragraph:
            continue
        first = next((f for f in sentence.figures if f.start >= opener.end() and is_amount(f.claim)), None)
        second = next((f for f in following.figures if is_amount(f.claim)), None)
        if first is None or second is None:
            continue
        lead_first = _own_lead(sentence.text, first.start)
        lead_second = _own_lead(following.text, second.start)
        if _CLAUSE.search(following.text, 0, second.start):
            continue  # the next sentence's first clause must be the slice itself
        stems = [(lead_first.replace(a, "", 1), lead_second.replace(b, "", 1)) for a, b in _COMPLEMENTS + tuple(
            (b, a) for a, b in _COMPLEMENTS) if a in lead_first and b in lead_second and b not in lead_first]
        stem = next((_MEASURE_VERB.sub("", x).strip() for x, y in stems
                     if _MEASURE_VERB.sub("", x).strip() == _MEASURE_VERB.sub("", y).strip()), None)
        if stem is None or _NEW_STATEMENT.search(lead_second):
            continue
        previous = sentences[index - 1] if index else None
        whole, _named = _whole_before(sentence.text, sentence.figures, opener.start(), sentence.paragraph, previous)
        before = (previous.text if previous else "") + sentence.text[:opener.start()]
        if whole is None or (stem and stem not in before):
            continue
        if all(_same_scale(f.claim, whole) and comparable_units(f.claim, whole)
               and _periods_agree(f.claim.period, whole.period) for f in (first, second)):
            found.append(_parts_relation([first.claim, second.claim], whole, "complements-across-a-stop", "exact"))
    return found


# How many sentences before a partition's cue the whole it breaks down may stand.
_ANNOUNCED_WHOLE_REACH = 12


def _complements_of_a_whole_named_before(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """公司实现营业收入58.64亿元……。分区域看，海外市场实现收入23.80亿元，…；国内市场收入34.84亿元: a
    sentence opened by a partition's cue whose two slices are named by the two sides of a
    complementary pair (境内/境外, 国内/海外, 线上/线下) breaks down the company's own figure of
    their measure printed before it. The slices may have been totalled from a line the article
    does not print (主营业务收入 within 营业收入), so they are at most that figure; and when the
    article prints the measure two ways (营业总收入 and 营业收入), neither is read as the whole."""
    from .share_lists import MEASURES, measure_of
    from .share_totals import the_company_s

    found = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if _PARTITION_CUE.match(text.lstrip(" \u3000")) is None:
            continue
        amounts = [(f, _own_lead(text, f.start)) for f in sentence.figures if is_amount(f.claim)]
        pair = None
        for a, b in _COMPLEMENTS:
            sides = [[f for f, lead in amounts if one in lead and other not in lead] for one, other in ((a, b), (b, a))]
            if all(len(side) == 1 for side in sides):
                pair = (sides[0][0], sides[1][0])
                break
        if pair is None:
            continue
        measures = {measure_of(_own_lead(text, f.start)) for f in pair}
        measure = measures.pop() if len(measures) == 1 else None
        if measure is None or not all(_same_scale(f.claim, pair[0].claim) and comparable_units(f.claim, pair[0].claim)
                                      for f in pair):
            continue
        wholes = []
        for earlier in reversed(sentences[max(0, index - _ANNOUNCED_WHOLE_REACH):index]):
            for place in earlier.figures:
                claim = place.claim
                # The slices' company is not compared: a clause opening with 海外市场 may be read as
                # another subject's; the whole's words say it is the company's own.
                if (is_amount(claim) and not claim.forecast
                        and all(_same_scale(f.claim, claim) and comparable_units(f.claim, claim)
                                and _periods_agree(f.claim.period, claim.period) and claim.value > f.claim.value
                                for f in pair)
                        and measure_of(_own_lead(earlier.text, place.start)) == measure
                        and the_company_s(_own_lead(earlier.text, place.start), claim.entity, MEASURES[measure])):
                    wholes.append(claim)
        if not wholes or len({whole.value for whole in wholes}) > 1:
            continue
        found.append(_parts_relation([f.claim for f in pair], wholes[0], "complements-of-a-whole-named-before",
                                     "at_most"))
    return found


_MAIN_BUSINESS = re.compile(r"主营业务(?:收入|营收)(?:为|达到|达|约)?\s*$")
_OTHER_BUSINESS = re.compile(r"其他业务(?:收入|营收)(?:为|达到|达|约)?\s*$")


def _main_and_other_business(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """营业收入5.62亿元……主营业务收入为55,480.32万元，其他业务收入为719.68万元: a statement's 营业收入
    is its main business's revenue and the rest's, when one sentence prints both after the company's
    revenue of their period (and the article prints no second revenue of another value)."""
    from .share_lists import MEASURES
    from .share_totals import the_company_s

    found = []
    for index, sentence in enumerate(sentences):
        amounts = [f for f in sentence.figures if is_amount(f.claim)]
        main = [f for f in amounts if _MAIN_BUSINESS.search(_own_lead(sentence.text, f.start))]
        other = [f for f in amounts if _OTHER_BUSINESS.search(_own_lead(sentence.text, f.start))]
        if len(main) != 1 or len(other) != 1:
            continue
        pair = (main[0].claim, other[0].claim)
        if not (_same_scale(pair[0], pair[1]) or comparable_units(pair[0], pair[1])) \
                or not _periods_agree(pair[0].period, pair[1].period):
            continue
        wholes = [place.claim for earlier in sentences[max(0, index - _ANNOUNCED_WHOLE_REACH):index + 1]
                  for place in earlier.figures
                  if (earlier is not sentence or place.end <= main[0].start) and is_amount(place.claim)
                  and not place.claim.forecast and all(comparable_units(part, place.claim)
                                                       and _periods_agree(part.period, place.claim.period)
                                                       for part in pair)
                  and "营业收入" in place.claim.metric
                  and the_company_s(place.claim.metric, place.claim.entity, MEASURES["收入"])]
        if wholes and len({whole.value for whole in wholes}) == 1:
            found.append(_parts_relation(list(pair), wholes[-1], "main-and-other-business", "exact"))
    return found


# Measures a round-up totals over its members and then gives member by member, each under any of
# its names (营收总额 of four firms, then 实现营收 and 营业总收入 of each).
MEASURE_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("营收", "营业收入", "营业总收入", "營收", "營業收入", "營業總收入"),
    ("净利润", "归母净利润", "淨利潤", "歸母淨利潤"),
)
_COUNTED_TOTAL = re.compile(r"(?P<count>(?<![\d.])\d{1,2}|[两二三四五六七八九十]{1,2})\s*家[^，,。；;]{0,20}?"
                            r"(?:合计|共计|总计|总额|合計|共計|總計|總額)")
_MEMBER_REACH = 12  # sentences after the total in which its members are looked for


def _totals_of_counted_members(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """4家川酒上市企业营收总额1255.39亿元…。具体来看，甲实现营收832.72亿元…；乙…实现营收302.33亿元…: a
    total of a counted set of members, then the members' figures of that measure one by one in
    the sentences after it. As many figures as members, before the next counted total, make
    it up; the writer may total another name of the measure (营业总收入 for 营收), so the rule
    reports a miss as a warning."""
    found = []
    for index, sentence in enumerate(sentences):
        for figure in sentence.figures:
            if not is_amount(figure.claim):
                continue
            lead = _own_lead(sentence.text, figure.start)
            counted = _COUNTED_TOTAL.search(lead)
            family = _family_named(lead)
            if counted is None or family is None:
                continue
            count = counted.group("count")
            members = int(count) if count.isdigit() else _NUMERALS.get(count)
            parts = _members_after(sentences, index, figure, family, members or 0)
            if parts:
                found.append(_parts_relation(parts, figure.claim, "total-of-counted-members", "exact"))
    return found


def _family_named(lead: str) -> tuple[str, ...] | None:
    named = [family for family in MEASURE_FAMILIES if any(word in lead for word in family)]
    return named[0] if len(named) == 1 else None


def _members_after(sentences: Sequence[SentenceFigures], index: int, total: PlacedFigure,
                   family: tuple[str, ...], members: int) -> list[Claim] | None:
    """The first figure of each clause named by the family after the total, one per member."""
    if members < 2:
        return None
    parts: list[Claim] = []
    for at in range(index, min(len(sentences), index + _MEMBER_REACH + 1)):
        sentence = sentences[at]
        for figure in sentence.figures:
            if (at == index and figure.start <= total.start) or not is_amount(figure.claim):
                continue
            lead = _own_lead(sentence.text, figure.start)
            if _COUNTED_TOTAL.search(lead):
                return parts if len(parts) == members else None  # the next counted total
            if _family_named(lead) != family or not (
                    _same_scale(figure.claim, total.claim) and comparable_units(figure.claim, total.claim)
                    and _periods_agree(figure.claim.period, total.claim.period, inherited=True)):
                continue
            parts.append(figure.claim)
            if len(parts) == members:
                return parts
    return None


# A population counted whole (沪深两市共106家上市公司发布了业绩快报): 共 before its number, the
# kind of member after its 家.
_POPULATION = re.compile(r"(?:共|共有|总共|合计)\s*$")
POPULATION_NOUNS = ("公司", "企业", "银行", "券商", "基金", "机构", "门店")
# How many paragraphs after the population's its later counts may stand (利润方面，…105家公司实现盈利).
_POPULATION_REACH = 2
# A later count of the same members: 96家公司营业收入同比增长, or 净利润同比增长的有84家.
_COUNTED_AFTER = re.compile(r"的有\s*$|^\s*有\s*$")


def _counts_within_a_population(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """共106家上市公司发布了业绩快报…，96家公司营业收入同比增长…，净利润同比增长的有84家: each later
    count of the paragraph's members, in the sentences after the population, is within it."""
    found = []
    for index, sentence in enumerate(sentences):
        for figure in sentence.figures:
            noun = _population_noun(sentence.text, figure)
            if noun is None:
                continue
            for count in _later_counts(sentences, index, figure, noun):
                found.append(_parts_relation([count], figure.claim, "counts-within-a-counted-population", "at_most"))
    return found


def _later_counts(sentences: Sequence[SentenceFigures], index: int, population: PlacedFigure,
                  noun: str) -> list[Claim]:
    """The counts of the population's members after it, up to another population."""
    counts = []
    paragraph = sentences[index].paragraph
    for at in range(index, len(sentences)):
        later = sentences[at]
        if later.paragraph > paragraph + _POPULATION_REACH:
            break
        for count in later.figures:
            if (at == index and count.start <= population.start) or count.claim.unit != "家":
                continue
            if _population_noun(later.text, count) is not None:
                return counts  # another population
            tail = later.text[count.end:count.end + len(noun)]
            lead = later.text[_clause_start(later.text, count.start):count.start]
            if (tail == noun or _COUNTED_AFTER.search(lead)) and _periods_agree(
                    count.claim.period, population.claim.period):
                counts.append(count.claim)
    return counts


def _population_noun(text: str, figure: PlacedFigure) -> str | None:
    """The kind of member a count 共…家 counts, when it names one (公司 of 106家上市公司)."""
    if figure.claim.unit != "家" or not _POPULATION.search(text[max(0, figure.start - 4):figure.start]):
        return None
    after = text[figure.end:figure.end + 6]
    return next((noun for noun in POPULATION_NOUNS if noun in after), None)


def _clause_start(text: str, position: int) -> int:
    return max((m.end() for m in _CLAUSE.finditer(text, 0, position)), default=0)


# 非税收入 after 税收收入, 非利息收入 after 利息收入: what 非 negates, and the head both end in.
_NEGATED = re.compile(r"非(?P<first>[\u4e00-\u9fff])[\u4e00-\u9fff]{0,4}?(?P<head>收入|支出|资产|负债|业务)\s*(?:为|达到|达|是)?\s*$")
# How many sentences back a slice and its whole may stand from the 非 slice.
_COMPLEMENT_REACH = 3


def _negated_complements(sentences: Sequence[SentenceFigures], found: Sequence[Relation]) -> list[Relation]:
    """淨經營收入207.5億元。淨利息收入121.7億元…。非利息收入85.7億元: a slice named X, then one
    named 非X, are all of the nearest figure before them whose name ends as theirs (收入) and
    that is no slice of another breakdown — the whole is found by nearness, so the rule
    reports a miss as a warning."""
    in_lists = {filler.claim for relation in found for filler in relation.fillers if filler.role == "part"}
    relations = []
    for index, sentence in enumerate(sentences):
        for figure in sentence.figures:
            if not is_amount(figure.claim):
                continue
            negated = _NEGATED.search(_own_lead(sentence.text, figure.start))
            if negated is None:
                continue
            named = re.compile(re.escape(negated.group("first")) + r"[\u4e00-\u9fff]{0,6}?" + negated.group("head")
                               + r"\s*(?:为|达到|达|是)?\s*$")
            earlier = _figures_before(sentences, index, figure, _COMPLEMENT_REACH)
            positive = next((place for place in earlier if named.search(place[1])
                             and "非" not in place[1] and _fits(place[2], figure)), None)
            if positive is None:
                continue
            whole = next((place[2] for place in earlier if place[0] > positive[0]
                          and place[1].endswith(negated.group("head")) and "非" not in place[1]
                          and place[2].claim.id not in in_lists and _fits(place[2], figure)), None)
            if whole is not None:
                relations.append(_parts_relation([positive[2].claim, figure.claim], whole.claim,
                                                 "slice-and-its-negation", "exact"))
    return relations


def _figures_before(sentences: Sequence[SentenceFigures], index: int, figure: PlacedFigure,
                    reach: int) -> list[tuple[int, str, PlacedFigure]]:
    """The amounts before ``figure``, nearest first, each with its distance in figures and the
    words naming it (without 为/达), in its sentence and the ``reach`` sentences before."""
    found = []
    for at in range(index, max(-1, index - reach - 1), -1):
        sentence = sentences[at]
        for place in reversed(sentence.figures):
            if (at == index and place.start >= figure.start) or not is_amount(place.claim):
                continue
            lead = _MEASURE_VERB.sub("", _own_lead(sentence.text, place.start).strip())
            found.append((len(found), lead, place))
    return found


def _fits(candidate: PlacedFigure, figure: PlacedFigure) -> bool:
    return (_same_scale(candidate.claim, figure.claim) and comparable_units(candidate.claim, figure.claim)
            and _periods_agree(candidate.claim.period, figure.claim.period))


# 2018-2021年分别亏损A、B、C、D: one figure for each year of a stretch, the measure after 分别.
_YEARLY_LIST = re.compile(r"(?P<first>(?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|至|到)\s*(?P<last>(?:19|20)\d{2})\s*年"
                          r"[，,]?\s*(?P<after>[^，,。；;\d]{0,10}?)分别(?P<measure>[\u4e00-\u9fff]{2,8}?)(?:为|是|达到|达)?\s*$")
# Words that make a figure the total of several years: 连续四年亏损, 四年累计亏损, 2018-2021年累计亏损.
_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_YEARS_TOTAL = re.compile(r"(?:连续|近|过去)(?P<count>[两二三四五六七八九十\d])年(?:来|间|内)?(?:累计|合计|共计|总计|共)?"
                          r"|(?P<count2>[两二三四五六七八九十\d])年(?:来|间|内)?(?:累计|合计|共计|总计|共)"
                          r"|(?P<first>(?:19|20)\d{2})\s*年?\s*(?:-|—|–|~|至|到)\s*(?P<last>(?:19|20)\d{2})\s*年"
                          r"[^。；;\d]{0,16}?(?:累计|合计|共计|总计)")
_VALUES_JOINT = re.compile(r"\s*(?:、|，|,|和|及|与|以及)\s*")


def _multi_year_totals(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """达远2018-2021年分别亏损A、B、C、D …… 连续四年亏损E: a figure the article gives as the
    total of as many years as a list gives one figure each, of the list's measure, anywhere in
    the article, is their sum. The writer may total another measure (经调整亏损) under the same
    word, so the rule reports a miss as a warning."""
    lists = [found for sentence in sentences for found in _yearly_lists(sentence)]
    relations = []
    for years, subject, measure, parts in lists:
        for sentence in sentences:
            for figure in sentence.figures:
                if figure in parts or not is_amount(figure.claim):
                    continue
                # 在2018年-2021年，公司的累计亏损达到…: the stretch may be named a clause before.
                lead = sentence.text[_clause_opening(sentence.text, figure.start):figure.start]
                total = _YEARS_TOTAL.search(lead)
                if total is None or measure not in lead[total.start():] or _years_counted(total) != years:
                    continue
                if subject not in _own_lead(sentence.text, figure.start):
                    continue  # 同行的B公司连续四年亏损: the total of another company
                if figure.claim.entity != parts[0].claim.entity or not _same_scale(figure.claim, parts[0].claim):
                    continue
                relations.append(_parts_relation([p.claim for p in parts], figure.claim, "multi-year-total", "exact"))
    return relations


# Verbs before a list's measure that its total need not repeat (分别实现营收 → 累计营收).
_MEASURE_VERB_BEFORE = re.compile(r"^(?:实现|录得|取得|获得|完成|产生|出现)")
# Words before a list's stretch that are no subject (从净利润角度看，达远2018-2021年…).
_NOT_SUBJECT = re.compile(r"^(?:在|据|其中|同时|此外|而|但)")


def _yearly_lists(sentence: SentenceFigures) -> list[tuple[int, str, str, list[PlacedFigure]]]:
    """The lists of one figure per year of a stretch a sentence prints, with the subject named
    just before the stretch (达远 of 达远2018-2021年分别亏损): (years, subject, measure, figures).
    A list whose clause names no subject before its stretch is left alone: its total could be
    anyone's."""
    found = []
    amounts = [f for f in sentence.figures if is_amount(f.claim)]
    for index, head in enumerate(amounts):
        opening = _YEARLY_LIST.search(sentence.text, 0, head.start)
        if opening is None or (index and amounts[index - 1].end > opening.start()):
            continue
        years = int(opening.group("last")) - int(opening.group("first")) + 1
        parts = [head]
        for following in amounts[index + 1:]:
            if len(parts) == years or not _VALUES_JOINT.fullmatch(sentence.text[parts[-1].end:following.start]):
                break
            parts.append(following)
        subject = _NOT_SUBJECT.sub("", _own_lead(sentence.text, opening.start()).strip()
                                   or opening.group("after").strip())
        measure = _MEASURE_VERB_BEFORE.sub("", opening.group("measure"))
        if 2 <= years == len(parts) and len(subject) >= 2 and len(measure) >= 2 and all(
                _same_scale(p.claim, head.claim) for p in parts):
            found.append((years, subject, measure, parts))
    return found


def _clause_opening(text: str, position: int) -> int:
    """Where the ；-clause or sentence holding ``position`` starts."""
    return max((m.end() for m in re.finditer(r"[；;。]", text[:position])), default=0)


def _years_counted(total: re.Match[str]) -> int:
    if total.group("first"):
        return int(total.group("last")) - int(total.group("first")) + 1
    count = total.group("count") or total.group("count2")
    return int(count) if count.isdigit() else _NUMERALS[count]


# A sentence that names the slices of a measure before their figures: 收入主要来源于A、B和C;
# 将业务划分为“A”与“B”两大板块; 由A、B构成. 划分/分为/构成 partition the whole, 来源于/包括 may
# name its main slices only.
_MEMBER_CUE = re.compile(r"(?P<partition>划分为|分为|由)?(?P<listing>主要来源于|来源于|包括)?"
                         r"(?P<names>[^。；;，,：:\d]{4,80}?)"
                         r"(?:[两二三四五六七八九十]+(?:大|个|项|类)[^。；;，,]{0,4})?(?:构成|组成)?[。；;，,]?$")
_MEMBER_SPLIT = re.compile(r"、|与|和|及|以及")
# A named slice that is the rest of the whole (其他收入, 其它业务).
_REST_NAMED = re.compile(r"^(?:其他|其它|其余)")
_MEMBER_QUOTES = re.compile(r"[“”「」\"'《》\s]")


def _announced_members(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """从收入结构看，X收入主要来源于A收入、B收入和C收入。…A收入为…。B收入为…: a sentence without
    figures names the slices, the sentences after it give one figure each, and together they
    break down the figure of that measure printed before the naming sentence."""
    found = []
    for index, sentence in enumerate(sentences):
        if sentence.figures:
            continue
        cue = re.search(r"(?:划分为|分为|由|主要来源于|来源于|包括)", sentence.text)
        if cue is None:
            continue
        match = _MEMBER_CUE.match(sentence.text, cue.start())
        if match is None or not (match.group("partition") or match.group("listing")):
            continue
        names = [_MEMBER_QUOTES.sub("", name) for name in _MEMBER_SPLIT.split(match.group("names"))]
        names = [name for name in names if 2 <= len(name) <= 12]
        if len(names) < 2 or len(set(names)) != len(names):
            continue
        parts = _member_figures(sentences, index, names)
        if parts is None:
            continue
        subject = _MEASURE_VERB.sub("", sentence.text[:cue.start()].split("，")[-1].split(",")[-1])
        subject = re.sub(r"(?:主要|将业务|将)$", "", subject)
        whole = _whole_named_before(sentences, index, parts, names, subject[-2:])
        if whole is None:
            continue
        exact = bool(match.group("partition")) and len(parts) == len(names)
        # 主要来源于A、B、其他收入和C: a list that names the rest (其他) leaves no slice out, whatever
        # 主要 says of the order it names them in.
        with_the_rest = not exact and len(names) >= 3 and any(_REST_NAMED.match(name) for name in names)
        construction = "slices-named-with-the-rest" if with_the_rest else "slices-named-before-their-figures"
        found.append(_parts_relation([p.claim for p in parts], whole, construction,
                                     "exact" if exact or with_the_rest else "at_most"))
    return found


def _member_figures(sentences: Sequence[SentenceFigures], index: int, names: list[str]) -> list[PlacedFigure] | None:
    """The first figure named for each slice, in the sentences after the naming one."""
    figures: dict[str, PlacedFigure] = {}
    for sentence in sentences[index + 1:index + 12]:
        for figure in sentence.figures:
            if not is_amount(figure.claim):
                continue
            lead = _own_lead(sentence.text, figure.start)
            for name in names:
                if name not in figures and name in lead and not any(
                        other != name and name in other and other in lead for other in names):
                    figures[name] = figure
                    break
        if len(figures) == len(names):
            break
    if len(figures) != len(names):
        return None
    parts = [figures[name] for name in names]
    first = parts[0].claim
    if not all(_same_scale(p.claim, first) and comparable_units(p.claim, first) and p.claim.period == first.period
               for p in parts):
        return None
    return parts


def _whole_named_before(sentences: Sequence[SentenceFigures], index: int, parts: list[PlacedFigure],
                        names: list[str], subject: str) -> Claim | None:
    """The nearest figure before the naming sentence of the slices' unit and period whose own
    words name the measure: the slices' own (净收入 of 信贷驱动服务净收入) or, when the slices'
    names are whole measures (技术平台收入), the one the naming sentence's subject gives (收入)."""
    first = parts[0]
    sentence_of_first = next(s for s in sentences[index + 1:] if first in s.figures)
    lead = _measure(sentence_of_first.text, first)
    measure = re.sub(r"^的", "", lead[lead.find(names[0]) + len(names[0]):])  # 净收入 of 信贷驱动服务净收入
    if len(measure) < 2:
        measure = subject
    if len(measure) < 2:
        return None
    for sentence in reversed(sentences[max(0, index - 8):index]):
        for figure in reversed(sentence.figures):
            if not is_amount(figure.claim) or not (_same_scale(first.claim, figure.claim)
                                                    and comparable_units(first.claim, figure.claim)
                                                    and figure.claim.period == first.claim.period):
                continue
            if measure in _own_lead(sentence.text, figure.start):
                return figure.claim
    return None


# A trade balance and the flow it is the excess of: exports = imports + 顺差, imports = exports + 逆差.
TRADE_BALANCES = {"顺差": "出口", "逆差": "进口"}
_FLOWS = ("出口", "进口")
_BALANCE = re.compile("|".join(TRADE_BALANCES))
# After the balance's name, only a verb of being or a change reaching the level (下降70%至) may
# stand before its figure: 顺差收窄120亿元 is a change, not the balance.
_BALANCE_LEVEL = re.compile(r"^(?:额)?\s*(?:为|达到|达|是|约|[^，,；;]*?(?:至|到))?\s*$")
# Flows to or from one partner (对美出口, 自美进口) are not the country's whole trade.
_BILATERAL = re.compile(r"对|自|向")


def _trade_balances(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """出口3002.2亿美元，…；进口2156.8亿美元，…；贸易顺差845.4亿美元: a balance is the excess of one
    flow over the other, printed before it in its sentence or the two before."""
    found = []
    for index, sentence in enumerate(sentences):
        for figure in sentence.figures:
            if not is_amount(figure.claim):
                continue
            lead = _own_lead(sentence.text, figure.start)
            named = list(_BALANCE.finditer(lead))
            if not named or any(flow in lead for flow in _FLOWS):
                continue
            if not _BALANCE_LEVEL.match(lead[named[-1].end():]):
                continue
            flows = _flows_before(sentences, index, figure)
            if flows is None:
                continue
            larger = TRADE_BALANCES[named[-1].group()]
            whole, other = (flows["出口"], flows["进口"]) if larger == "出口" else (flows["进口"], flows["出口"])
            found.append(_parts_relation([other, figure.claim], whole, "balance-of-exports-and-imports", "exact"))
    return found


def _flows_before(sentences: Sequence[SentenceFigures], index: int, balance: PlacedFigure) -> dict[str, Claim] | None:
    """The nearest exports and imports before a balance, of its unit, scale and period."""
    flows: dict[str, Claim] = {}
    # A line that names no period of its own (- 贸易顺差36.2亿美元) is of the month the lines
    # before it name, whatever period a reader carried into it.
    balance_named = bool(_NAMES_A_PERIOD.search(_words_without_figures(sentences[index])))
    for at in range(index, max(-1, index - 3), -1):
        sentence = sentences[at]
        inherited = not balance_named or not _NAMES_A_PERIOD.search(_words_without_figures(sentence))
        for figure in reversed(sentence.figures):
            if (at == index and figure.start >= balance.start) or not is_amount(figure.claim):
                continue
            lead = _carried_lead(sentences, at, figure)
            kinds = [flow for flow in _FLOWS if flow in lead]
            if len(kinds) != 1 or "进出口" in lead or _BALANCE.search(lead) or kinds[0] in flows:
                continue
            if _BILATERAL.search(lead) or not (_same_scale(figure.claim, balance.claim)
                                               and comparable_units(figure.claim, balance.claim)
                                               and _periods_agree(figure.claim.period, balance.claim.period,
                                                                  inherited)):
                return None  # the flows nearest the balance are not its own: no guess further back
            flows[kinds[0]] = figure.claim
            if len(flows) == 2:
                return flows
    return None


# A lead that is only a verb of being: the figure's name stands at the end of the line before
# (韩国7月出口额同比增长13.9%，⏎ - 为574.9亿美元).
_BARE_LEAD = re.compile(r"^[\s\-*·•]*(?:为|是|达到|达|约)?\s*$")


def _carried_lead(sentences: Sequence[SentenceFigures], index: int, figure: PlacedFigure) -> str:
    """A figure's own lead, or, when it opens its sentence with no name but 为, the last
    clause of the sentence before that ends in a comma, which names it."""
    text = sentences[index].text
    lead = _own_lead(text, figure.start)
    if index == 0 or not _BARE_LEAD.match(text[:figure.start]):
        return lead
    before = sentences[index - 1].text.rstrip()
    if not before.endswith(("，", ",")):
        return lead
    start = max((m.end() for m in _CLAUSE.finditer(before, 0, len(before) - 1)), default=0)
    return before[start:len(before) - 1] + lead


# Sets of slices that between them are the whole: a figure named for each member, of one
# measure, breaks down the figure of that measure printed before them.
PARTITIONS: tuple[tuple[str, ...], ...] = (
    ("东部地区", "中部地区", "西部地区", "东北地区"),
    ("第一产业", "第二产业", "第三产业"),
)
# Sets the regulator's statistics split a whole into, but whose members a writer may also
# print for another scope (a footnoted 人身险公司 figure, 寿险公司 for 人身险公司): the slices
# should make the whole, and when they miss it no more than a warning says so.
USUAL_PARTITIONS: tuple[tuple[str, ...], ...] = (
    ("产险公司", "人身险公司"),
    ("财产险公司", "人身险公司"),
    ("财产保险公司", "人身保险公司"),
    ("财产险公司", "寿险公司"),
    ("财产保险公司", "寿险公司"),
    ("产险业务", "寿险业务", "健康险业务", "意外险业务"),
    ("财产险业务", "寿险业务", "健康险业务", "意外险业务"),
    ("财产保险业务", "寿险业务", "健康保险业务", "意外保险业务"),
    # The five-tier classification of loans: 正常贷款 are the 正常类 and 关注类, 不良贷款 the
    # 次级类, 可疑类 and 损失类.
    ("正常类", "关注类"),
    ("次级类", "可疑类", "损失类"),
    ("正常類", "關注類"),
    ("次級類", "可疑類", "損失類"),
    ("財產保險業務", "壽險業務", "健康保險業務", "意外保險業務"),
    ("產險公司", "人身險公司"),
    ("財產保險公司", "人身保險公司"),
    ("財產保險公司", "壽險公司"),
    # Taiwan's regulator splits its banks' earnings by where they are booked.
    ("国内总分行", "OBU", "海外分行", "中国大陆分行"),
    ("国内总分行", "OBU", "海外分行", "中国分行"),
)
_MEMBER = re.compile("|".join(sorted({m for members in PARTITIONS + USUAL_PARTITIONS for m in members},
                                     key=len, reverse=True)))
# Words that announce a partition of the figure before (分产业看, 分地区看, 从构成看, 按地区分).
_PARTITION_CUE = re.compile(r"(?:分|按|从)[^，,。；;\d]{0,8}?(?:看|分|划分)[：:，,]")
_MEASURE_VERB = re.compile(r"(?:为|达到|达|是|共|约|完成|实现)$")


@dataclass(frozen=True, slots=True)
class _MemberSegment:
    """The figures a sentence names after one member of a partition (东部地区…，…)."""

    sentence: int
    member: str
    start: int
    figures: tuple[PlacedFigure, ...]


def _member_segments(sentences: Sequence[SentenceFigures]) -> list[_MemberSegment]:
    segments = []
    for index, sentence in enumerate(sentences):
        marks = list(_MEMBER.finditer(sentence.text))
        for number, mark in enumerate(marks):
            end = marks[number + 1].start() if number + 1 < len(marks) else len(sentence.text)
            figures = tuple(f for f in sentence.figures if mark.end() <= f.start < end and is_amount(f.claim))
            if figures:
                segments.append(_MemberSegment(index, mark.group(), mark.start(), figures))
    return segments


def _measure(text: str, figure: PlacedFigure, floor: int = 0) -> str:
    """The words that name a figure in its own clause: 房地产开发投资 of 东部地区房地产开发投资6590亿元."""
    start = max([floor] + [m.end() for m in _CLAUSE.finditer(text, 0, figure.start)])
    lead = text[start:figure.start].strip()
    return _MEASURE_VERB.sub("", _MEMBER.sub("", lead)).strip()


def _partitions_by_members(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """1—10月份，东部地区投资6590亿元…；中部地区投资…；西部地区…；东北地区… (or 第一产业…第二产业…第三产业):
    a figure for every member of a partition, in sentences that follow each other, makes up the
    figure of that measure printed before them — the k-th figure of each member's clause for the
    k-th measure (东部地区商品房销售面积…；销售额… names two)."""
    segments = _member_segments(sentences)
    found: list[Relation] = []
    for members, construction in [*((m, "partition-into-named-members") for m in PARTITIONS),
                                  *((m, "usual-partition-into-named-members") for m in USUAL_PARTITIONS)]:
        run: list[_MemberSegment] = []
        for segment in segments:
            if segment.member not in members:
                run = []
                continue
            if run and (segment.member in {s.member for s in run} or segment.sentence > run[-1].sentence + 1):
                run = []
            run.append(segment)
            if len(run) == len(members):
                found.extend(_member_breakdowns(sentences, run, construction))
                run = []
    return found


def _member_breakdowns(sentences: Sequence[SentenceFigures], run: list[_MemberSegment],
                       construction: str) -> list[Relation]:
    found = []
    first = run[0]
    # Members whose sentences name no period of their own are of the period the text is
    # speaking of, whatever period a reader carried into them (三季度 from the clause before).
    inherited = not any(_NAMES_A_PERIOD.search(_words_without_figures(sentences[s.sentence]))
                        for s in run)
    for k in range(min(len(segment.figures) for segment in run)):
        parts = [segment.figures[k] for segment in run]
        if not all(_same_scale(p.claim, parts[0].claim) and comparable_units(p.claim, parts[0].claim)
                   and _periods_agree(p.claim.period, parts[0].claim.period, inherited) for p in parts):
            continue
        measure = _measure(sentences[first.sentence].text, parts[0], first.start)
        whole = _whole_of_the_measure(sentences, first, parts[0], measure, inherited,
                                      usual=construction.startswith("usual-"))
        if whole is not None:
            found.append(_parts_relation([p.claim for p in parts], whole, construction, "exact"))
    return found


# Words that give a sentence a period of its own.
_NAMES_A_PERIOD = re.compile(r"(?:19|20)\d{2}|季度|季末|[上下]半年|全年|[\d一二三四五六七八九十]{1,2}月|[去今本上]年|累计|年末|年底"
                             r"|前[一二三四五六七八九十\d]{1,2}个?月|本期|当期|同期")


def _words_without_figures(sentence: SentenceFigures) -> str:
    """A sentence's words with its figures cut out, so a figure's digits are not read as a period."""
    return _words_between_figures(sentence.text, sentence.figures)


def _words_between_figures(text: str, figures: Sequence[PlacedFigure]) -> str:
    kept, at = [], 0
    for figure in figures:
        kept.append(text[at:figure.start])
        at = max(at, figure.end)
    kept.append(text[at:])
    return " ".join(kept)


def _whole_of_the_measure(sentences: Sequence[SentenceFigures], first: _MemberSegment, part: PlacedFigure,
                          measure: str, inherited: bool = False, usual: bool = False) -> Claim | None:
    """The figure the members break down: the nearest earlier figure of the part's unit and
    period named by the part's measure (全国房地产开发投资 for 房地产开发投资), or, after a cue
    that announces the partition (分产业看，第一产业增加值…), the nearest earlier one of its unit.
    The slices of a usual partition may name their measure the regulator's way (原保费收入)
    and the whole the writer's (保险业实现保费收入): its last four characters name it too."""
    opening = sentences[first.sentence].text[:first.start]
    cued = _PARTITION_CUE.search(opening[-12:]) is not None
    # 国银税前净利272.9亿元，…。其中，以中国大陆分行…: a usual partition after 其中 breaks down
    # the figure before the 其中, in its sentence or the one before.
    after_qizhong = usual and re.search(r"其中[：:，,]?\s*(?:以|包括|为)?\s*$", opening) is not None
    for index in range(first.sentence, max(-1, first.sentence - 8), -1):
        sentence = sentences[index]
        limit = first.start if index == first.sentence else len(sentence.text)
        for figure in reversed([f for f in sentence.figures if f.end <= limit and is_amount(f.claim)]):
            if _MEMBER.search(sentence.text[max(0, figure.start - 12):figure.start]):
                continue  # another member's figure
            if not (_same_scale(part.claim, figure.claim) and comparable_units(part.claim, figure.claim)
                    and _periods_agree(part.claim.period, figure.claim.period, inherited)):
                continue
            own = _measure(sentence.text, figure)
            named = len(measure) >= 2 and (measure in own or (usual and len(measure) >= 4 and measure[-4:] in own))
            if _printed_after_qizhong(figure.claim) and not (len(measure) >= 4 and own.endswith(measure)):
                continue  # 其中，民间固定资产投资…: a slice of the figure before, not the whole of 第一产业投资…
            if named or (cued and index >= first.sentence - 2) or (after_qizhong and index >= first.sentence - 1):
                return figure.claim
    return None


def _listed_breakdowns(sentence: SentenceFigures, previous: SentenceFigures | None) -> list[Relation]:
    text, figures = sentence.text, sentence.figures
    openers = list(_BREAKDOWN_OPEN.finditer(text))
    found, whole, named = [], None, True
    for number, opener in enumerate(openers):
        # A later opener (；按用途划分) breaks down the same whole as the first, never a figure
        # of the list before it.
        # 地方…收入16455亿元，其中，国有土地…: a 其中 inside a clause breaks down that clause's figure.
        nested = number > 0 and not opener.group("partition") and not re.search(r"[；;]\s*$", text[:opener.start()])
        if number == 0 or nested:
            whole, named = _whole_before(text, figures, opener.start(), sentence.paragraph, previous,
                                         announced=bool(opener.group("partition")))
        if whole is None:
            continue
        if opener.group("among") and not _counted_just_before(text, figures, whole, opener.start()):
            continue  # 在经营中，…: 中 after words, not after a count's noun
        limit = min([m.start() for m in openers[number + 1:]] + [len(text)])
        stop = min(limit, _clause_stop(text, opener.end()))
        parts = _listed_parts(text, _clause_figures(text, figures, opener.end(), stop), opener.end(), whole)
        if not parts:
            continue
        stop = _parallel_clauses(text, figures, parts, stop, limit)
        parts = _listed_parts(text, _clause_figures(text, figures, opener.end(), stop), opener.end(), whole)
        # 按电池材料分 may list the main materials only: a list is whole when its two parts are
        # complements (境内和境外, 其中7家…其余14家).
        partition = _complementary(text, parts, figures)
        parallel = _parallel_subjects(text, parts, figures)
        if not named and not (partition or parallel or _bare_slices_naming_the_whole(text, figures, parts, whole)):
            continue  # 净利润…。其中，营业收入排名前三的…: a sentence on from the whole, the list must show it
        construction = ("partition-of-the-figure-before" if opener.group("partition")
                        else "breakdown-named-after-figures" if _named_after(text, parts, figures)
                        else "breakdown-by-parallel-subjects" if parallel
                        else "breakdown-after-qizhong")
        complete = None if partition else _completeness_cue(text, opener.group(), parts, figures)
        found.append(_parts_relation(parts, whole, complete or construction,
                                     "exact" if partition or complete else "at_most"))
        found.extend(_second_partition(text, figures, parts, whole, stop, limit))
    return found


# A 其中 list whose own shape says it names every slice, though no word says 合计 or 分为.
_ENUMERATION_COLON = re.compile(r"[：:]\s*$")


def _completeness_cue(text: str, opener: str, parts: list[Claim], figures: Sequence[PlacedFigure]) -> str | None:
    """The construction that shows a 其中 list is the whole breakdown, or None when the list may
    name only the main slices. A slice below zero (已实现收益2,245.94亿元，公允价值变动-1,114.14亿元)
    is there only because the list adds up to the whole; slices that are every member of one of
    the regulator's partitions (产险公司…；人身险公司…) make it up; so do a list ending with the
    rest (其他…) and an enumeration after a colon (其中：A…，B…，C…)."""
    if len(parts) < 2:
        return None
    if any(part.value < 0 for part in parts):
        return "breakdown-with-a-slice-below-zero"
    place = {f.claim.id: f for f in figures}
    leads = [_own_lead(text, place[part.id].start) for part in parts]
    if _every_member_named(leads):
        return "qizhong-list-of-every-member"
    # 其中：主营业务收入95亿元，净利润8亿元 lists figures of two measures, not slices of one.
    one_kind = len({names_not_additive(part.metric_key, ("signed",)) for part in parts}) == 1
    if one_kind and len(parts) >= 3 and _REST.search(leads[-1]):
        return "list-ending-with-the-rest"
    if one_kind and _ENUMERATION_COLON.search(opener):
        return "enumeration-after-a-colon"
    if one_kind and _INCLUDES_AFTER_OPENER.match(leads[0]) is not None \
            and _closed_list(text, parts, figures, _clause_stop(text, place[parts[-1].id].end)):
        return "closed-list-after-includes"
    if all(part.dimension == "count" for part in parts) and _opposite_outcomes(
            [lead + _own_tail(text, place[part.id].end) for lead, part in zip(leads, parts)]):
        return "counts-of-opposite-outcomes"
    return None


# 其中包括8660辆A、3530辆B和16辆C: 包括 opening a 其中 list.
_INCLUDES_AFTER_OPENER = re.compile(r"\s*(?:其中)?[：:，,]?\s*(?:包括|包含)")
# The joint before a list's last slice that closes it (A、B和C, A、B以及C), and the word that
# leaves it open (A、B和C等).
_CLOSING_JOINT = re.compile(r"和|及|与")
_OPEN_END = re.compile(r"等")


def _closed_list(text: str, parts: list[Claim], figures: Sequence[PlacedFigure], stop: int) -> bool:
    """包括A、B和C: a list after 包括 whose last slice follows 和, 及 or 以及, with no 等 after it,
    names every slice of its whole."""
    place = {f.claim.id: f for f in figures}
    if len(parts) < 2 or any(part.id not in place for part in parts):
        return False
    first, before_last, last = place[parts[0].id], place[parts[-2].id], place[parts[-1].id]
    return (_CLOSING_JOINT.search(text, before_last.end, last.start) is not None
            and _OPEN_END.search(text, first.start, stop) is None)


# Outcomes one member of a population has or not: 106家券商中，98家…正收益，8家…亏损 counts every
# firm once (a firm that broke even is the only one left out, hence a warning when short).
OPPOSITE_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("盈利", "亏损"),
    ("正收益", "亏损"),
    ("正收益", "负收益"),
    ("上涨", "下跌"),
    ("上涨", "下降"),
)


def _opposite_outcomes(clauses: list[str]) -> bool:
    """Two counts whose clauses name the two sides of one outcome, one side each."""
    if len(clauses) != 2:
        return False
    first, second = clauses
    return any((a in first and b not in first and b in second and a not in second)
               or (b in first and a not in first and a in second and b not in second)
               for a, b in OPPOSITE_OUTCOMES)


def _own_tail(text: str, position: int) -> str:
    """The words of a figure's own clause after it (8家券商投资亏损 of 8家)."""
    stop = _CLAUSE.search(text, position)
    return text[position:stop.start() if stop else len(text)]


def _every_member_named(leads: list[str]) -> bool:
    """Each lead names one member of one partition, and together they name all of its members."""
    for members in PARTITIONS + USUAL_PARTITIONS:
        if len(members) != len(leads):
            continue
        named = [next((m for m in members if m in lead), None) for lead in leads]
        if None not in named and len(set(named)) == len(members):
            return True
    return False


def _counted_just_before(text: str, figures: Sequence[PlacedFigure], whole: Claim, start: int) -> bool:
    """106家券商中，98家…: the whole is a count standing just before the 中, with only its noun between."""
    place = next((f for f in figures if f.claim.id == whole.id), None)
    return (place is not None and whole.dimension == "count" and start - place.end <= _AMONG_REACH
            and not _CLAUSE.search(text, place.end, start))


# X and 非X (税收收入 and 非税收入, 政府债券 and 非政府债券): a slice and the rest of its whole.
_NOT_PREFIX = "非"


def _second_partition(text: str, figures: Sequence[PlacedFigure], parts: list[Claim], whole: Claim,
                      stop: int, limit: int) -> list[Relation]:
    """其中，一般债务X，专项债务Y；政府债券Z，非政府债券W: after a ；, a second pair of clauses that
    are complements (X and 非X, 境内 and 境外) breaks the same whole down another way."""
    if stop >= limit or text[stop] not in "；;":
        return []
    end = _clause_stop(text, stop + 1)
    pair = [f for f in _clause_figures(text, figures, stop + 1, min(end, limit))]
    if len(pair) != 2 or not all(_same_scale(f.claim, whole) and comparable_units(f.claim, whole) for f in pair):
        return []
    leads = [_own_lead(text, f.start) for f in pair]
    if any(_NEW_STATEMENT.search(lead) or (_OTHER_PERIOD.search(lead) and not _period_fits(lead, f.claim, whole.period))
           for lead, f in zip(leads, pair)):
        return []
    if not (_negated_pair(*leads) or _complement_named(leads[0], leads[1])):
        return []
    return [_parts_relation([f.claim for f in pair], whole, "second-partition-after-semicolon", "exact")]


def _negated_pair(first: str, second: str) -> bool:
    """政府债券 and 非政府债券形式存量政府债务: the second names the first with 非 before it."""
    first, second = first.strip(), second.strip()
    core = _MEASURE_VERB.sub("", first)
    return len(core) >= 2 and second.startswith(_NOT_PREFIX + core[:2])


def _whole_before(text: str, figures: Sequence[PlacedFigure], start: int, paragraph: int,
                  previous: SentenceFigures | None, announced: bool = False) -> tuple[Claim | None, bool]:
    """The figure a breakdown opener speaks of, and whether the list is sure to be of it.

    The last amount before the opener in its sentence is; when the opener starts the sentence,
    the last amount of the sentence before that is of the list's measure (保险金额…；保单件数…。
    其中，…签单数量 is of the 件, not the 元). Across a sentence stop the list must name the
    whole's measure again (发行地方政府债券…。其中，发行一般债券…) or, failing that, be made of
    complementary or parallel slices (其中，国内航线…，国际航线…), which the caller checks. A
    partition the text announces (从构成看，…) may open the paragraph after its whole's, when its
    first slice names the whole's measure.
    """
    before = [f for f in figures if f.end <= start and is_amount(f.claim)]
    if before:
        return before[-1].claim, True
    # A bullet line opening with the list (- 其中二手住宅过户4573套) breaks down the item line above it,
    # and, naming no period of its own, is of that line's period.
    bullet = _BULLET_BEFORE.fullmatch(text[:start]) is not None
    if previous is None or (text[:start].strip(" \u3000，,") and not bullet):
        return None, True
    if previous.paragraph != paragraph and not announced and not bullet:
        return None, True
    following = next((f for f in figures if f.start >= start and is_amount(f.claim)), None)
    if following is None:
        return None, True
    inherited = bullet and not _NAMES_A_PERIOD.search(_words_between_figures(text, figures))
    amounts = [f.claim for f in previous.figures if is_amount(f.claim)
               and _same_scale(following.claim, f.claim) and comparable_units(following.claim, f.claim)
               and _periods_agree(f.claim.period, following.claim.period, inherited)]
    if not amounts:
        return None, True
    if announced and _printed_as_a_slice(previous, amounts[-1]):
        return None, True
    named = _shares_a_word(text[start:following.start], amounts[-1].metric)
    if previous.paragraph != paragraph and not named:
        return None, True
    return amounts[-1], named


def _printed_as_a_slice(sentence: SentenceFigures, figure: Claim) -> bool:
    """分业务看，…其他业务收入61.6亿元，占比7.7%。分地区看，境内收入…: the last figure of a sentence
    that is itself a partition (opened by its cue, given a share of its own, or the rest of a
    list) is one slice of a whole, never the whole a new partition breaks down."""
    if any(claim.kind == "share" and claim.of_claim == figure.id for claim in (f.claim for f in sentence.figures)):
        return True
    opening = sentence.text[:next((f.start for f in sentence.figures), len(sentence.text))]
    return _PARTITION_CUE.search(opening) is not None or _REST.search(figure.metric) is not None


_BULLET_BEFORE = re.compile(r"\s*[-*•·]\s*")


def _periods_agree(a: str | None, b: str | None, inherited: bool = False) -> bool:
    """Two periods a whole and its slice may both be read as: 2021 and 2021-12-31 (a year-end
    balance), or one of them unread; never a year and one of its quarters — unless the slice's
    sentence names no period, so that its period was only carried over (``inherited``): then
    any two of one year."""
    if a is None or b is None or a == b:
        return True
    if inherited and a[:4] == b[:4] and a[:4].isdigit():
        return True
    point, other = (a, b) if _DATE.fullmatch(a) else (b, a)
    return _DATE.fullmatch(point) is not None and point.startswith(other) and len(other) == 4


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _shares_a_word(a: str, b: str) -> bool:
    """Two phrases have two characters in a row in common (债券 in 发行一般债券 and 地方政府债券)."""
    return any(a[i:i + 2] in b for i in range(len(a) - 1) if not _CLAUSE.search(a[i:i + 2]))


_PER_DAY = re.compile(r"(?:日均|平均每天|平均每日|每天|每日|日赚|日亏|日入)[^，,；;。\d]{0,6}$")


def _listed_parts(text: str, candidates: list[PlacedFigure], start: int, whole: Claim) -> list[Claim]:
    """The slices a list names, in order, up to the first clause that says something else."""
    parts: list[Claim] = []
    parts_end = start
    for figure in candidates:
        clause_start = max([start, parts_end] + [m.end() for m in _CLAUSE.finditer(text, start, figure.start)])
        lead = text[clause_start:figure.start]
        if figure.claim.id == whole.id or not _same_scale(figure.claim, whole) or (
                parts and _starts_anew(lead, figure.claim, whole)):
            break
        if _PER_DAY.search(lead):
            continue  # 平均每天赚取9.39亿元: a period's figure by the day is no slice of it
        parts.append(figure.claim)
        parts_end = figure.end
    return parts


def _parallel_clauses(text: str, figures: Sequence[PlacedFigure], parts: list[Claim], stop: int, limit: int) -> int:
    """其中，中央一般公共预算收入34571亿元，…；地方一般公共预算本级收入39722亿元，…: a list goes on past
    a ； into a clause whose figure is named like the first part (the same head, 收入), or, when the
    first slice is a bare one (国内贷款20148亿元，下降10.0%), into a bare slice as well (利用外资72亿元，…)."""
    place = {f.claim.id: f for f in figures}
    first = place[parts[0].id]
    first_lead = _own_lead(text, first.start)
    first_clause = max((m.end() for m in _CLAUSE.finditer(text, 0, first.start)), default=0)
    item_stop = _clause_stop(text, first.end)
    # Only a sentence that opens with 其中 is its list to the end: …；寿险新增保单0.63亿件；其中普通寿险
    # 3475.76万件；健康险17.51亿件 (a 其中 inside a list of bare slices) or 投资X，增长…；其中，住宅投资Y，…；
    # 商品房销售额Z (a 其中 after its whole) cannot tell their slices from what the sentence goes on to.
    # 按消费类型分，商品零售…；餐饮收入…: a statistics release's partition opening the sentence lists
    # bare slices as 其中 does.
    bare = re.fullmatch(r"\s*(?:其中|按[^，,。；;]{1,8}?(?:划分|分)|分[^，,。；;\d]{1,8}?看)[：:，,]?\s*",
                        text[:first_clause]) is not None \
        and _bare_item(text, figures, first_clause, item_stop)
    head = _head(text[max(0, first.start - 16):first.start])
    period = parts[0].period  # the list's first slice is of its whole's period
    while stop < limit and text[stop] in "；;":
        following = next((f for f in figures if f.start > stop and is_amount(f.claim)), None)
        if following is None or following.start >= limit:
            break
        lead = _PERIOD_CLAUSE.sub("", text[stop + 1:following.start])
        if len(lead) > 16 or _CLAUSE.search(lead) or _NEW_STATEMENT.search(lead):
            break
        if _OTHER_PERIOD.search(lead) and not _period_fits(lead, following.claim, period):
            break
        following_stop = min(limit, _clause_stop(text, following.end))
        if not ((head and _head(lead) == head) or _complement_named(first_lead, lead)
                or _parallel(first_lead, lead)
                or (bare and _bare_item(text, figures, stop + 1, following_stop))):
            break
        stop = following_stop
    return stop


# One slice of a list as a statistics release prints it between ；: a bare name, its amount and at
# most its change and its share (国内贷款20148亿元，下降10.0%；利用外资72亿元，下降35.4%，占…的1.2%).
_BARE_ITEM = re.compile(r"\s*[\u4e00-\u9fff]{2,10}\s*(?:为|达)?\s*\ue000A\ue001"
                        r"(?:\s*[，,]\s*(?:同比)?(?:增长|下降|增加|减少|上升|回落)\s*\ue000P\ue001)?"
                        r"(?:\s*[，,]\s*占[^，,。；;]{0,16}?(?:比重|比例)?(?:为|是)?\s*\ue000P\ue001)?\s*")


# Bare slices a list must have to be read against the figure of the sentence before on the word of
# one of them: a statistics release's list of sources (国内贷款…；利用外资…；自筹资金…).
_BARE_SLICES = 3


def _bare_slices_naming_the_whole(text: str, figures: Sequence[PlacedFigure], parts: list[Claim],
                                  whole: Claim) -> bool:
    """到位资金166597亿元。其中，国内贷款20148亿元，下降10.0%；利用外资72亿元，…；自筹资金52617亿元，…: three
    or more bare slices, one a ； each, one of them named with a word of the whole's (资金)."""
    place = {f.claim.id: f for f in figures}
    if len(parts) < _BARE_SLICES or any(part.id not in place for part in parts):
        return False
    clauses = []
    for part in parts:
        figure = place[part.id]
        start = max([0] + [m.end() for m in re.finditer(r"[；;]", text[:figure.start])])
        start = max([start] + [m.end() for m in re.finditer(r"其中[：:，,]?", text[:figure.start])])
        clauses.append((start, _clause_stop(text, figure.end)))
    return len(set(clauses)) == len(parts) and all(_bare_item(text, figures, *clause) for clause in clauses) \
        and any(_shares_a_word(_own_lead(text, place[part.id].start), without_period_words(whole.metric))
                for part in parts)


def _bare_item(text: str, figures: Sequence[PlacedFigure], start: int, stop: int) -> bool:
    """The clause from ``start`` to ``stop`` is one bare slice: a name of no period, no comparison and
    no other subject, its amount and at most its change."""
    inside = [f for f in figures if start <= f.start < stop]
    pieces, at = [], start
    for figure in inside:
        if figure.start < at:
            return False
        pieces.append(text[at:figure.start])
        pieces.append("\ue000A\ue001" if is_amount(figure.claim)
                      else "\ue000P\ue001" if figure.claim.dimension == "percent" else "\ue000X\ue001")
        at = figure.end
    pieces.append(text[at:stop])
    pieces[0] = re.sub(r"^\s*(?:其中|包括)[：:，,]?", "", pieces[0])
    shape = "".join(pieces)
    name = pieces[0] if pieces else ""
    return (_BARE_ITEM.fullmatch(shape) is not None and not _NEW_STATEMENT.search(name)
            and not _NAMES_A_PERIOD.search(name))


def _named_after(text: str, parts: list[Claim], figures: Sequence[PlacedFigure]) -> bool:
    """其中包括5120辆A6、2210辆A8和34辆C6: each slice is named after its figure, so the words
    before a figure name the slice before it."""
    if len(parts) < 2:
        return False
    place = {f.claim.id: f for f in figures}
    return all(_NAMED_JOINT.fullmatch(text[place[a.id].end:place[b.id].start]) is not None
               and _LIST_JOINT.fullmatch(text[place[a.id].end:place[b.id].start]) is None
               for a, b in zip(parts, parts[1:]))


def _starts_anew(lead: str, part: Claim, whole: Claim) -> bool:
    """A listed figure whose own words make it a new statement rather than one more slice:
    a comparison, a sum, the company again, or another period than the whole's."""
    if _NEW_STATEMENT.search(_TWO_NAMES_SUMMED.sub(r"\1", lead)):
        return True
    return bool(_OTHER_PERIOD.search(lead)) and not _period_fits(lead, part, whole.period)


# 基金公积和报表折算差额合计18.05亿元: two small slices printed as one, their 合计 no sum of the list.
_TWO_NAMES_SUMMED = re.compile(r"([和及与][\u4e00-\u9fff]{2,12}?)(?:合计|共计)(?:为|达)?\s*$")


# Words that name the year so far: 今年累计 within a list of 1-5月's figures is that stretch.
_YEAR_TO_DATE = re.compile(r"今年|本年|累计")


def _period_fits(lead: str, part: Claim, period: str | None) -> bool:
    """A slice is of its whole's period; one whose lead only says 今年/累计 may have been read as
    the whole year, which holds the whole's stretch of it."""
    if part.period == period:
        return True
    return (part.period is not None and period is not None and period.startswith(part.period)
            and not _OTHER_PERIOD.search(_YEAR_TO_DATE.sub("", lead)))


def _own_lead(text: str, position: int) -> str:
    """The words of a figure's own clause before it."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, position)), default=0)
    return _PERIOD_CLAUSE.sub("", text[start:position])


def _complement_named(first: str, other: str) -> bool:
    """中央…收入 then 地方…收入: the second clause names the first one's complement."""
    return any((a in first and b in other and b not in first) or (b in first and a in other and a not in first)
               for a, b in _COMPLEMENTS)


def _parallel(first: str, other: str) -> bool:
    """产险公司… and 人身险公司…: two subjects of one kind, each named for itself."""
    a, b = _SUBJECT.match(first), _SUBJECT.match(other)
    return bool(a and b and a.group(2) == b.group(2) and a.group(1) != b.group(1))


def _parallel_subjects(text: str, parts: list[Claim], figures: Sequence[PlacedFigure]) -> bool:
    """Every listed part opens its clause with a subject of one kind (国内航线, 国际航线)."""
    if len(parts) < 2:
        return False
    place = {f.claim.id: f for f in figures}
    leads = [_own_lead(text, place[part.id].start) for part in parts]
    leads = [re.sub(r"^\s*(?:其中|包括|分别)[：:，,]?", "", lead) for lead in leads]
    return all(_parallel(leads[0], lead) for lead in leads[1:])


def _head(lead: str) -> str:
    """The last two characters of a metric phrase (收入 of 地方一般公共预算本级收入), before 为/达."""
    return re.sub(r"(?:为|达到|达|是|共|约)$", "", lead.strip())[-2:]


def _clause_stop(text: str, start: int) -> int:
    """A breakdown runs to the end of its sentence or its ；."""
    stop = re.search(r"[；;。]", text[start:])
    return start + stop.start() if stop else len(text)


def _complementary(text: str, parts: list[Claim], figures: Sequence[PlacedFigure]) -> bool:
    """Two parts that between them are the whole: 境内 and 境外, 出口 and 进口, or a named part
    and 其余 (其中7家为外资行，其余14家为国内银行)."""
    if len(parts) != 2:
        return False
    place = {f.claim.id: f for f in figures}
    first, second = place[parts[0].id], place[parts[1].id]
    lead_first = text[max(0, first.start - 24):first.start]
    lead_second = text[first.end:second.start]
    if _REST.search(lead_second):
        return True
    # 境外A和境内B分别为…, or 境外A 1525件，境内B 4127件
    return any((a in lead_first and b in lead_first + lead_second) or (b in lead_first and a in lead_first + lead_second)
               for a, b in _COMPLEMENTS)


# 三大业务合计实现收入: a count of the listed items with their noun (大业务, 大板块) sums them too.
_SUM_CLAUSE = re.compile(r"^\s*(?:(?P<count>两|二|三|四)(?:者|项|类|块|大[\u4e00-\u9fff]{1,3}?))?(?:合计|共计|总计|合共|总共|一共)"
                         r"[^，,。；;：:\d]{0,4}?(?:为|达|达到)?\s*$")
_COUNTED = {"两": 2, "二": 2, "三": 3, "四": 4}
_LIST_OPEN = re.compile(r"其中|分别|[：:]")


def _summed_lists(sentence: SentenceFigures) -> list[Relation]:
    """A 10.71亿元，B 1.84亿元，C 6.58亿元，合计27.86亿元: a clause of its own that sums the list
    of one-figure clauses just before it."""
    text, found = sentence.text, []
    for index, figure in enumerate(sentence.figures):
        clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, figure.start)), default=0)
        summed = _SUM_CLAUSE.search(text[clause_start:figure.start])
        if not is_amount(figure.claim) or not summed:
            continue
        parts = _one_figure_clauses_before(
            sentence, index, clause_start,
            lambda earlier, _lead, figure=figure: is_amount(earlier.claim) and _same_scale(earlier.claim, figure.claim))
        # 两者合计 after three clauses: which two is not said.
        if len(parts) >= 2 and (not summed.group("count") or len(parts) == _COUNTED[summed.group("count")]):
            found.append(_parts_relation(parts, figure.claim, "parts-then-their-sum", "exact"))
    return found


def _one_figure_clauses_before(sentence: SentenceFigures, index: int, clause_start: int,
                               fits: Callable[[PlacedFigure, str], bool]) -> list[Claim]:
    """The figures of the clauses right before the one at ``clause_start``, one figure a clause,
    each one ``fits`` accepts with the words before it in its clause; back to the list's opening
    (其中, 分别, a colon) at most."""
    text = sentence.text
    parts: list[Claim] = []
    end = clause_start
    for earlier in reversed(sentence.figures[:index]):
        lead_start = max((m.end() for m in _CLAUSE.finditer(text, 0, earlier.start)), default=0)
        if not fits(earlier, text[lead_start:earlier.start]) or _CLAUSE.sub("", text[earlier.end:end]).strip():
            break  # not a list of one figure per clause
        parts.insert(0, earlier.claim)
        end = lead_start
        if _LIST_OPEN.search(text[lead_start:earlier.start]):
            break
    return parts


# 合计先进制程占比达69%: a share clause opening with a sum word, its measure's words between.
_SHARE_SUM_CLAUSE = re.compile(r"^\s*(?:合计|共计|总计|合共|总共|一共|三者|两者)[^，,。；;：:\d]{0,12}?(?:占比|占)[^，,。；;：:\d]{0,8}?\s*$")


def _shares_then_their_sum(sentence: SentenceFigures) -> list[Relation]:
    """3奈米占晶圆销售金额的20%，5奈米占32%，7奈米占17%，合计先进制程占比达69%: a clause of its own
    that sums the shares of the one-share clauses just before it, each a slice of one whole."""
    text, found = sentence.text, []
    for index, figure in enumerate(sentence.figures):
        clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, figure.start)), default=0)
        if figure.claim.kind != "share" or figure.claim.dimension != "percent" \
                or not _SHARE_SUM_CLAUSE.search(text[clause_start:figure.start]):
            continue
        parts = _one_figure_clauses_before(
            sentence, index, clause_start,
            lambda earlier, lead: earlier.claim.kind == "share" and earlier.claim.dimension == "percent" and "占" in lead)
        if len(parts) >= 2:
            found.append(_parts_relation(parts, figure.claim, "shares-then-their-sum", "exact"))
    return found


# Words that say the figure after them was worked out from what the sentence printed before
# (由此计算, 据此测算, 两者合计), and words that make that figure a sum (累计…总额, 合计).
_COMPUTED_FROM_BEFORE = re.compile(r"(?:由此|据此|以此|照此|按此)(?:计算|测算|推算|估算|可得)"
                                   r"|(?P<count>[两二三])(?:者|项|笔)(?:合计|共计|相加|加总|总计)")
_COUNTED_PARTS = {"两": 2, "二": 2, "三": 3}
_SUM_WORDS = re.compile(r"累计|合计|共计|总计|合共|总共|一共|总额|总和")
# Words a whole's name and its parts' may share without being of one measure: the plan and the sum.
_NOT_A_MEASURE_WORD = re.compile(r"预计|拟|计划|累计|合计|共计|总计|总额|总和|\s")


def _sums_the_writer_computes(sentence: SentenceFigures) -> list[Relation]:
    """拟派发现金股利111.70亿元；…此前已派发现金红利55.22亿元，由此计算，累计现金分红总额166.92亿元:
    a sum the writer works out (由此计算 … 累计/总额) from the amounts the sentence printed before it —
    every amount of the sum's unit and scale, each of its measure and period. Planned figures
    (预计, 拟) count: the sum is the writer's own arithmetic on them. A total 累计 may also take in
    an amount the sentence does not print, so only parts past it are sure to be wrong."""
    text, figures, found = sentence.text, sentence.figures, []
    for index, figure in enumerate(figures):
        whole = figure.claim
        if index < 2 or not _amount_even_if_planned(whole):
            continue
        bridge = text[figures[index - 1].end:figure.start]
        cue = _COMPUTED_FROM_BEFORE.search(bridge)
        if cue is None or not _SUM_WORDS.search(bridge) or re.search(r"[；;。]", bridge[cue.end():]):
            continue
        candidates = [f.claim for f in figures[:index]
                      if _amount_even_if_planned(f.claim) and _same_scale(f.claim, whole)
                      and comparable_units(f.claim, whole)]
        if len(candidates) < 2 or candidates[-1] is not figures[index - 1].claim:
            continue  # the sum's clause must follow its last part
        counted = cue.group("count")
        if counted and len(candidates) != _COUNTED_PARTS[counted]:
            continue  # (后)两者合计 of three amounts: which two is not said
        measure = _NOT_A_MEASURE_WORD.sub("", without_period_words(whole.metric))
        if all(_shares_a_word(_NOT_A_MEASURE_WORD.sub("", without_period_words(part.metric)), measure)
               and _within_period(part.period, whole.period) for part in candidates):
            found.append(_parts_relation(candidates, whole, "sum-the-writer-computes", "exact"))
    return found


def _amount_even_if_planned(claim: Claim) -> bool:
    return is_amount(claim.model_copy(update={"forecast": False}) if claim.forecast else claim)


def _within_period(part: str | None, whole: str | None) -> bool:
    """A part of the sum's period or of a stretch within it (2024H1 of 2024), or either unread."""
    return part is None or whole is None or within(part, whole) or _periods_agree(part, whole)


def _parts_relation(parts: list[Claim], whole: Claim, construction: str, mode: str) -> Relation:
    return Relation(
        id=f"parts_sum:{whole.id}+{'+'.join(part.id for part in parts)}",
        document=whole.document, kind="parts_sum", construction=construction,
        fillers=tuple(Filler(role="part", claim=part.id) for part in parts) + (Filler(role="total", claim=whole.id),),
        mode=mode,  # type: ignore[arg-type]
    )


_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[\s，,：:、])+")


def _metric_core(claim: Claim, simplify: Callable[[str], str]) -> str:
    """A figure's metric without a list's numbering: 一、原保险保费收入 is 原保险保费收入."""
    return _ENUMERATOR.sub("", without_period_words(simplify(claim.metric))).strip()


def segment_lists(claims: Sequence[Claim], simplify: Callable[[str], str]) -> list[Relation]:
    """原保险保费收入27449.58亿元……产险业务原保险保费收入7106.07亿元，…；寿险业务原保险保费收入15832.56亿元…:
    figures named as segments of an earlier figure's own measure (its name with a segment
    before it), listed one after another, are parts of it — at most all of it, since a list
    of segments may leave some out."""
    body = [claim for claim in claims if claim.source == "body" and is_amount(claim)]
    cores = {claim.id: _metric_core(claim, simplify) for claim in body}  # each looked at up to 40 times
    found = []
    for index, whole in enumerate(body):
        measure = cores[whole.id]
        if len(measure) < 4:
            continue
        run: list[Claim] = []
        for claim in body[index + 1:index + 40]:
            core = cores[claim.id]
            if core == measure or claim.text == whole.text:
                break  # the measure is stated again: a new whole
            segment = (core.endswith(measure) and len(core) > len(measure) and _same_scale(claim, whole)
                       and claim.period == whole.period)
            # One list: parallel names (产险业务, 寿险业务 — not 产险公司 then 寿险业务) in sentences that follow
            # each other.
            if segment and run and (core[:-len(measure)][-1:] != cores[run[0].id][:-len(measure)][-1:]
                                    or claim.sentence_index > run[-1].sentence_index + 1):
                if len(run) >= 2:
                    found.append(_parts_relation(run, whole, "segments-of-the-measure", "at_most"))
                run = []
            if segment:
                run.append(claim)
                continue
            if len(run) >= 2:
                found.append(_parts_relation(run, whole, "segments-of-the-measure", "at_most"))
            run = []
        if len(run) >= 2:
            found.append(_parts_relation(run, whole, "segments-of-the-measure", "at_most"))
    return (found + _segments_closed_by_the_rest(body, cores) + _listed_segments_of_a_measure(body)
            + _segments_in_parallel_sentences(body))


def _printed_after_qizhong(claim: Claim) -> bool:
    """其中，除汽车以外的消费品零售额37128亿元: a figure its clause gives as a slice of the one before
    is never the whole of a later list of segments (城镇…，乡村…) of the measure both print."""
    at = claim.sentence.find(claim.text)
    clause = re.split(r"[，,；;。]", claim.sentence[:at if at >= 0 else len(claim.sentence)])
    opening = "".join(clause[-2:]) if len(clause) > 1 and re.fullmatch(r"\s*其中\s*", clause[-2]) else clause[-1]
    return re.match(r"\s*其中", opening) is not None


# The shortest measure a list's names and its whole's may share (偿还本金, not 本金).
_SHARED_MEASURE = 4
# Sentences before the list in which its whole is looked for.
_LISTED_SEGMENTS_REACH = 2


def _listed_segments_of_a_measure(body: Sequence[Claim]) -> list[Relation]:
    """地方政府债券到期偿还本金14177亿元。…。发行再融资债券偿还本金11929亿元、安排财政资金等偿还本金2248亿元:
    a sentence listing amounts whose names end in one measure (偿还本金), each with its own name
    before it, breaks down the last figure of that measure, of their period, printed in the two
    sentences before — at most all of it, since nothing says every segment is named."""
    found = []
    by_sentence: dict[int, list[Claim]] = {}
    for claim in body:
        by_sentence.setdefault(claim.sentence_index, []).append(claim)
    for start in range(len(body)):
        first = body[start]
        if start and body[start - 1].sentence_index == first.sentence_index:
            continue  # a list is read from its sentence's first amount
        run = by_sentence[first.sentence_index]
        measure = _common_tail([claim.metric_key for claim in run])
        if len(run) < 2 or len(measure) < _SHARED_MEASURE or len({claim.metric_key for claim in run}) < len(run) \
                or any(len(claim.metric_key) == len(measure) for claim in run):
            continue
        before = [claim for index in range(first.sentence_index - _LISTED_SEGMENTS_REACH, first.sentence_index)
                  for claim in by_sentence.get(index, ())]
        whole = next((claim for claim in reversed(before)
                      if claim.metric_key.endswith(measure) and claim.period == first.period
                      and not _printed_after_qizhong(claim)
                      and claim.entity == first.entity and _same_scale(first, claim)
                      and comparable_units(first, claim)), None)
        if whole is not None and any(other is not whole and other.metric_key.endswith(measure)
                                     for other in by_sentence[whole.sentence_index]):
            continue  # 直接投资资产…；委托投资资产…: a slice of a list of its own, no whole
        if whole is not None and all(claim.period == whole.period and claim.entity == whole.entity for claim in run):
            found.append(_parts_relation(run, whole, "segments-listed-with-their-measure", "at_most"))
            # …、安排财政资金等偿还本金2248亿元: the last slice alone named with 等 (and the like) takes in the
            # rest, so the list names every slice; the rule reads the list whole, not at most.
            names = [claim.metric_key[:-len(measure)] for claim in run]
            if names[-1].endswith(_AND_THE_LIKE) and not any(_AND_THE_LIKE in name for name in names[:-1]):
                closed = _parts_relation(run, whole, "segments-closed-by-and-the-like", "exact")
                found.append(closed.model_copy(update={"id": closed.id + ":closed"}))
    return found


_AND_THE_LIKE = "等"


# Words of a measure's name that say how it was counted, not what: 共配套 is 配套, 累计销量 is 销量.
_COUNTING_WORDS = re.compile(r"共|累计|合计|总计|总共|一共|达到|达|为|实现|完成")
# Sentences before a run of parallel sentences in which its whole is looked for.
_PARALLEL_WHOLE_REACH = 6


def _segments_in_parallel_sentences(body: Sequence[Claim]) -> list[Relation]:
    """…驱动电机装机数量达328,272台。…。交流异步电机共配套7,971台，…。他励同步电机共配套2,330台，…。永磁同步
    电机共配套317,971台，…: sentences in a row, each opening its figure with a name of its own before one
    shared measure (电机共配套), are segments of the figure printed a few sentences before whose name
    holds that measure (配套驱动电机装机) — at most all of it, since nothing says every segment is named,
    and found by nearness, so a miss is a warning."""
    firsts: dict[int, Claim] = {}
    for claim in body:
        firsts.setdefault(claim.sentence_index, claim)
    order = sorted(firsts)
    found = []
    start = 0
    while start < len(order):
        run = [firsts[order[start]]]
        tail = ""
        for index in order[start + 1:]:
            claim = firsts[index]
            longer = _common_tail([part.metric_key for part in [*run, claim]])
            if index != run[-1].sentence_index + 1 or not _parallel_segment(claim, run[0], longer):
                break
            run.append(claim)
            tail = longer
        start += len(run)
        if len(run) < 2 or len({part.metric_key for part in run}) < len(run) \
                or any(len(part.metric_key) == len(tail) for part in run):
            continue
        whole = _whole_holding_the_measure(body, run, tail)
        if whole is not None:
            found.append(_parts_relation(run, whole, "segments-in-parallel-sentences", "at_most"))
    return found


def _parallel_segment(claim: Claim, first: Claim, tail: str) -> bool:
    return (len(_COUNTING_WORDS.sub("", tail)) >= _SHARED_MEASURE and claim.period == first.period
            and claim.entity == first.entity and _same_scale(claim, first) and comparable_units(claim, first))


def _whole_holding_the_measure(body: Sequence[Claim], run: list[Claim], tail: str) -> Claim | None:
    """The last figure before the run, within a few sentences, of its unit, period and subject, whose
    name holds the shared measure, or its last characters, two by two (配套, 电机 of 步电机共配套 in
    配套驱动电机装机), but is not one more segment named as they are (钠离子电池共配套 beside 三元锂电池共配套)."""
    measure = _COUNTING_WORDS.sub("", tail)
    first = run[0]
    for claim in reversed([c for c in body if first.sentence_index - _PARALLEL_WHOLE_REACH <= c.sentence_index
                           < first.sentence_index]):
        key = claim.metric_key
        if claim.period == first.period and claim.entity == first.entity and _same_scale(first, claim) \
                and comparable_units(first, claim) and _holds_the_measure(key, measure) \
                and len(_COUNTING_WORDS.sub("", _common_tail([key, first.metric_key]))) < _SHARED_MEASURE:
            return claim
    return None


def _holds_the_measure(key: str, measure: str) -> bool:
    """异步电机 and 同步电机 share 步电机, a cut through a word: a shorter end of the measure will do, down
    to four characters, if the name holds each of its two-character pieces."""
    for start in range(len(measure) - _SHARED_MEASURE + 1):
        end = measure[start:]
        pieces = {end[i:i + 2] for i in range(0, len(end) - 1, 2)} | {end[-2:]}
        if all(piece in key for piece in pieces):
            return True
    return False


def _common_tail(keys: list[str]) -> str:
    tail = 0
    while all(len(key) > tail for key in keys) and len({key[len(key) - tail - 1] for key in keys}) == 1:
        tail += 1
    return keys[0][len(keys[0]) - tail:] if keys and tail else ""


# How far after the whole its first segment may stand, and how far the list may run, in sentences.
_FIRST_SEGMENT_REACH = 6
_SEGMENT_RUN_REACH = 12
_THE_REST = re.compile("|".join(THE_REST_WORDS))


def _segments_closed_by_the_rest(body: Sequence[Claim], cores: dict[str, str]) -> list[Relation]:
    """净收入275亿元。…游戏及相关增值服务净收入达220亿元。…「有道」净收入为16亿元。云音乐净收入为20亿元。
    …创新及其他业务录得净收入20亿元: segments named after the whole's measure (净收入), one after
    another in the sentences after it, the last of them the rest (其他业务), are every slice of it.
    The segments may be printed without the whole's period (期内…), so a bare year holding it
    will do; the whole is found by nearness, so the rule reports a miss as a warning."""
    found = []
    for index, whole in enumerate(body):
        # The whole's measure as printed at the end of its words (净收入 of 网易(9999)净收入).
        measure = whole.metric_key
        if len(measure) < 3 or not _named_as(cores[whole.id]).endswith(measure):
            continue
        run: list[Claim] = []
        for position in range(index + 1, len(body)):
            claim = body[position]
            limit = _FIRST_SEGMENT_REACH if not run else _SEGMENT_RUN_REACH
            if claim.sentence_index > whole.sentence_index + limit:
                break
            core = _named_as(cores[claim.id])
            if core == measure or claim.text == whole.text:
                break  # the measure stated again: a new whole
            if not (core.endswith(measure) and len(core) > len(measure)):
                continue
            if not (_same_scale(claim, whole) and comparable_units(claim, whole)
                    and (claim.period == whole.period or _year_holding(claim.period, whole.period))):
                break
            run.append(claim)
            if _THE_REST.search(core):
                if len(run) >= 2:
                    found.append(_parts_relation(run, whole, "segments-closed-by-the-rest", "exact"))
                break
    return found


def _named_as(core: str) -> str:
    """A figure's name without the verb before its number (有道净收入为 → 有道净收入)."""
    return _MEASURE_VERB.sub("", core.strip())


def _year_holding(year: str | None, period: str | None) -> bool:
    """2025 for 2025Q4: a bare year that holds the period, as a segment printed without its own."""
    return year is not None and period is not None and len(year) == 4 and period != year and period.startswith(year)
