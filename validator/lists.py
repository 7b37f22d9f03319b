"""分别 lists: which printed value belongs to which item.

"2021年一至四季度，营收分别为24.15亿元、26.38亿元、27.95亿元和30.12亿元" gives four quarters
one value each; "东海银行、北辰银行净利润分别为…" gives two banks; "境外和境内专利申请数分别为
1525件和4127件" gives two metrics; "2018-2021年…收入分别为A、B、C、D" and "2019年、2020年分别同比增长…"
give years. A list of changes goes on with the levels they reach ("分别上升4.2%及8.7%，至A及B"),
and a list of named items' levels with their changes ("分别为A及B，同比增长x及y"): each value is
its item's. A list the reader cannot give out item by item keeps its
values apart from everything else (no period), so that four quarters are never read as four
conflicting statements about one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .entities import leading_organisation
from .lexicon import CHINESE_QUARTERS
from .numbers import Quantity

_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|占|实现|增长|下降|减少|增加|提升|上升)?")
# A broker's note lists with slashes: 营收/归母净利润分别为456.2/23.4亿元.
_ITEM_SEPARATOR = re.compile(r"、|和|与|以及|及|/")
# A question mark is what a re-post's lost encoding leaves of a 、 (102.31亿元？40.90亿元).
_BETWEEN_VALUES = re.compile(r"\s*(?:、|和|与|以及|及|,|，|\?|？|/)\s*")
# Between two changes of a list, each with its own verb: 分别增长5.2%及下跌3.4%. Each change is
# signed by its verb where it is read; the list gives out which item it is of.
_BETWEEN_CHANGES = re.compile(
    r"\s*(?:、|和|与|以及|及)\s*(?:增长|上升|上涨|提升|提高|增加|下降|下滑|下跌|减少|降低)了?\s*")
# Between a list of changes and the list of levels they reach: ，至 / 分别增至.
_LEVELS_AFTER_CHANGES = re.compile(r"\s*[,，]?\s*(?:分别)?(?:增至|升至|降至|增加至|上升至|下降至|减少至|达到|至|到)\s*")
# Between a list of levels and the list of their changes: ，同比增长 / ，较上年分别下降.
_CHANGES_AFTER_LEVELS = re.compile(
    r"\s*[,，]\s*(?:同比|环比|按年|按季|较上年同期|较上年末|较上年|较去年同期|较去年末|较去年|比上年|较年初)?\s*(?:分别)?"
    r"(?:增长|上升|上涨|提升|提高|增加|下降|下滑|下跌|减少|降低)了?\s*"
)
_CLAUSE_START = re.compile(r"[，,；;：:。]")
_QUARTER_RANGE = re.compile(
    # Taiwan writes a quarter without 度: 第一季至第三季營收分別為….
    r"(?:(?P<year>(?:19|20)\d{2})\s*年)?第?(?P<first>[一二三四1-4])(?:季度?)?(?:至|到|-|—|~)第?(?P<last>[一二三四1-4])季度?"
)
_ITEM_PERIOD = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*年)?(?:第?(?P<quarter>[一二三四1-4])季度?|Q(?P<q>[1-4])|(?P<half>上半年|下半年)"
    r"|(?<![\d.])(?P<month>1[0-2]|[1-9])\s*月份?)$"
)
# 2018-2021年, 2018年至2021年: a run of whole years, one value for each.
_YEAR_RANGE = re.compile(
    r"(?P<first>(?:19|20)\d{2})\s*年?\s*(?:至|到|-|—|–|~|～)\s*(?P<last>(?:19|20)\d{2})\s*年(?!\s*[末底初内中]|\s*[上下]半年|\s*第?[一二三四1-4]季度|\s*\d{1,2}\s*月)"
)
# The period an item opens with, before the measure it names: 三季度 of 三季度营收.
_LEADING_PERIOD = re.compile(r"(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:第?[一二三四1-4]季度?|Q[1-4]|[上下]半年|(?:1[0-2]|[1-9])\s*月份?)?")
# 2019年、2020年: an item that is one whole year.
_ITEM_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年(?:度)?$")
_HALVES = re.compile(r"(?:(?P<year>(?:19|20)\d{2})\s*年)?上半年(?:和|与|、)下半年")


@dataclass(frozen=True, slots=True)
class ListSlot:
    """One value's place in a 分别 list."""

    head: int  # index, among the sentence's figures, of the list's first value
    position: int  # 0-based place in the list
    size: int
    metric: str | None  # the item's metric phrase, or the one the items share
    entity: str | None  # the item's company, in a list of companies
    period: str | None  # the item's period, in a list of periods
    periods_given: bool  # False: the list spans periods it does not give out one by one
    segments: bool  # the items are parts of one measure (境外、境内): a breakdown


def respectively_lists(text: str, quantities: Sequence[Quantity],
                       year_at: Callable[[int], int | None]) -> dict[int, ListSlot]:
    """The 分别 lists of a sentence, by the index of each value in ``quantities``."""
    slots: dict[int, ListSlot] = {}
    for match in _RESPECTIVELY.finditer(text):
        head = next((i for i, q in enumerate(quantities) if q.qualifier_start >= match.end()
                     and not _CLAUSE_START.search(text, match.end(), q.qualifier_start)), None)
        if head is None or head in slots:
            continue  # ，分别增至A和B: the levels of the list before, already given out
        members = [head]
        while members[-1] + 1 < len(quantities) and _listed_next(text, quantities, members[-1]):
            members.append(members[-1] + 1)
        previous_end = quantities[head - 1].end if head > 0 else 0
        names = text[max(previous_end, _last_clause_start(text, match.start())):match.start()]
        year = year_at(match.start())
        periods = _listed_periods(text[previous_end:match.start()], year)
        years = _year_run(text[previous_end:match.start()], len(members))
        # 分别实现营业收入352.84亿元、…: the measure may follow the word 分别 instead.
        after = text[match.end():quantities[head].qualifier_start].strip()
        if not after and head > 0 and _names_periods_only(names):
            # 毛利率为18.4%，上年同期及上季度分别为15.1%及17.6%: the periods' values are of the
            # measure just printed.
            previous = quantities[head - 1]
            after = text[max(_last_clause_start(text, previous.qualifier_start),
                             quantities[head - 2].end if head > 1 else 0):previous.qualifier_start].strip()
        for position, index in enumerate(members):
            slots[index] = _slot(head, position, len(members), names, periods, year, after, years)
        # 分别上升4.2%及8.7%，至2815亿元及2034亿元: the levels the changes reach, item for item;
        # 分别为2815亿元及2034亿元，同比增长4.2%及8.7%: the changes of the levels, item for item.
        named_items = len([item for item in _ITEM_SEPARATOR.split(names) if item.strip()]) == len(members)
        for lead in (_LEVELS_AFTER_CHANGES, _CHANGES_AFTER_LEVELS) if named_items else (_LEVELS_AFTER_CHANGES,):
            following = _run_after(text, quantities, members[-1] + 1, lead)
            if len(members) > 1 and len(following) == len(members) and all(
                    index not in slots for index in following):
                for position, index in enumerate(following):
                    slots[index] = _slot(following[0], position, len(following), names, periods, year, "", years)
                break
    return slots


def _run_after(text: str, quantities: Sequence[Quantity], first: int, lead: re.Pattern[str]) -> list[int]:
    """The values from ``first`` on that stand one after another, ``first`` led by ``lead``."""
    if first >= len(quantities) or first == 0 or not lead.fullmatch(
            text, quantities[first - 1].end, quantities[first].qualifier_start):
        return []
    run = [first]
    while run[-1] + 1 < len(quantities) and _listed_next(text, quantities, run[-1]):
        run.append(run[-1] + 1)
    return run


def _listed_next(text: str, quantities: Sequence[Quantity], index: int) -> bool:
    """Whether the value after ``index`` goes on its list: only a separator between them, or,
    between two rates of change, a separator and the next one's verb."""
    value, following = quantities[index], quantities[index + 1]
    gap = text[value.end:following.qualifier_start]
    if _BETWEEN_VALUES.fullmatch(gap):
        return True
    return value.unit in ("%", "pp") and following.unit == value.unit and _BETWEEN_CHANGES.fullmatch(gap) is not None


# What a list of periods is made of besides its periods: 及, 和, 、, 其中, spaces.
_PERIOD_WORDS = re.compile(
    r"(?:(?:19|20)\d{2}\s*年(?:度)?|第?[一二三四1-4]季度|Q[1-4]|[上下]半年|同期|上年|去年|上季度|[、和与及以其中\s])+"
)


def _names_periods_only(names: str) -> bool:
    return bool(names.strip()) and _PERIOD_WORDS.fullmatch(names.strip()) is not None


def _last_clause_start(text: str, position: int) -> int:
    starts = [found.end() for found in _CLAUSE_START.finditer(text, 0, position)]
    return starts[-1] if starts else 0


def _year_run(text: str, size: int) -> list[str] | None:
    """2018-2021年 before a list of four values: one year each. A range that is not one value a
    year (2018-2021年两家银行累计…分别为) is one stretch, not a list of years."""
    years = list(_YEAR_RANGE.finditer(text))
    if not years:
        return None
    first, last = int(years[-1].group("first")), int(years[-1].group("last"))
    return [str(each) for each in range(first, last + 1)] if last - first + 1 == size else None


def _listed_periods(text: str, year: int | None) -> list[str] | None:
    """The periods a list runs over (一至四季度 → Q1…Q4), or None when it names none."""
    quarters = list(_QUARTER_RANGE.finditer(text))
    if quarters:
        found = quarters[-1]
        year = int(found.group("year")) if found.group("year") else year
        first, last = CHINESE_QUARTERS[found.group("first")], CHINESE_QUARTERS[found.group("last")]
        if year is None or last <= first:
            return []
        return [f"{year}Q{quarter}" for quarter in range(first, last + 1)]
    halves = list(_HALVES.finditer(text))
    if halves:
        found = halves[-1]
        year = int(found.group("year")) if found.group("year") else year
        return [] if year is None else [f"{year}H1", f"{year}H2"]
    return None


def _item_periods(items: list[str], year: int | None) -> list[str] | None:
    """一季度、二季度; 2020年、2021年: a list whose every item ends in a quarter, a half or a year."""
    periods = []
    for position, item in enumerate(items):
        text = item.strip()
        if position == len(items) - 1 and not (_ITEM_PERIOD.search(text) or _ITEM_YEAR.search(text)):
            # 一季度、二季度、三季度营收: the last item carries the measure the periods share.
            text = _LEADING_PERIOD.match(text).group(0)
        found = _ITEM_PERIOD.search(text)
        if found is None:
            whole_year = _ITEM_YEAR.search(text)
            if whole_year is None:
                return None
            periods.append(whole_year.group("year"))
            continue
        year = int(found.group("year")) if found.group("year") else year
        if year is None:
            return None
        if found.group("half"):
            periods.append(f"{year}{'H1' if found.group('half') == '上半年' else 'H2'}")
        elif found.group("month"):
            periods.append(f"{year}M{int(found.group('month'))}")  # 7月、8月、9月分别交付
        else:
            periods.append(f"{year}Q{CHINESE_QUARTERS[found.group('quarter') or found.group('q')]}")
    return periods


def _slot(head: int, position: int, size: int, names: str, periods: list[str] | None,
          year: int | None, after: str, years: list[str] | None = None) -> ListSlot:
    items = [item for item in _ITEM_SEPARATOR.split(names) if item.strip()]
    if periods is None and len(items) > 1:
        periods = _item_periods(items, year)
        if periods is not None:
            # 2022年和2023年全年的南向资金净流入: the measure is what the last item names after its period.
            last = items[-1].strip()
            measure = last[len(_LEADING_PERIOD.match(last).group(0)):].lstrip("的")
            if measure and not _ITEM_PERIOD.search(last) and not _ITEM_YEAR.search(last):
                after = measure + after
    if periods is None and years is not None and not (len(items) == size > 1):
        periods = years  # 2018-2021年甲、乙、丙、丁四家…分别为: the items named are the list's
    if periods is not None:
        given = len(periods) == size
        # 第一季至第三季营收分别为: the measure is what the range of quarters leaves, 营收.
        measure = _QUARTER_RANGE.sub("", names).strip()
        return ListSlot(head, position, size, after or measure or names.strip() or None, None,
                        periods[position] if given else None, given, False)
    if len(items) == size and size > 1:
        companies = [leading_organisation(item) for item in items]
        if all(companies):
            # 东海银行、北辰银行、锦江银行归母净利润分别为…: the last item carries the metric.
            shared = after or items[-1][len(companies[-1]):]
            return ListSlot(head, position, size, shared or None, companies[position], None, True, False)
        return ListSlot(head, position, size, _completed(items, position) + after, None, None, True, True)
    if len(items) == 1:
        return ListSlot(head, position, size, items[0] + after, None, None, size == 1, False)
    return ListSlot(head, position, size, (names.strip() + after) or None, None, None, False, False)


def _completed(items: list[str], position: int) -> str:
    """境外和境内专利申请数: a short item borrows the head noun of the last one."""
    item, last = items[position], items[-1]
    if position < len(items) - 1 and len(item) <= 2 < len(last) and last[:len(item)] != item:
        return item + last[len(item):]
    return item
