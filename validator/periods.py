"""Periods: which stretch of time a figure is about.

Periods are strings: a full year ``2021``, a quarter ``2021Q4``, a half ``2021H1``, year to
date ``2021Q1-Q3``, a month ``2021M9``, months ``2021M1-M10`` (from January: year to date) and
a point in time ``2021-12-31``. A stretch of months that is a quarter, a half, the first three
quarters or a year is always named that way (1-9月 is ``2021Q1-Q3``), so one stretch has one
string. Markers in a sentence (2021年第四季度, 全年, 1-10月, 前七月, 9月, 截至2021年12月31日,
年末, 去年) set the period of the figures after them; relative words resolve against the
article's report period and publication date.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from .lexicon import CHINESE_DIGITS, CHINESE_QUARTERS
from .script import simplified

_Q = (r"(?:第?(?P<{name}>[一二三四1-4])季度|第(?P<{name}b>[一二三四1-4])季(?![度报])|(?<![A-Za-z])Q(?P<{name}x>[1-4])(?!\d)"
      r"|(?P<{name}f>首)季度?)")
# The year before a quarter or half: printed (2021年), relative (今年, 去年) or left out.
_YEAR = r"(?:(?P<year>(?:19|20)\d{2})\s*年?\s*|(?P<rel>去|今|上|本)年)?"
_MONTH = r"1[0-2]|0?[1-9]"
# A year before months is printed with 年 (2021年1-10月, 今年前10个月).
_MONTHS_YEAR = r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*|(?P<rel>去|今|上|本)年)?"
_RANGE = r"\s*(?:至|到|-|—|–|~|～)\s*"
# 此前三个月, 提前两个月: 前 ending another word is not "the first months of the year".
_NOT_FIRST = r"(?<![此之提日以目当事先从向生超领前])"

# One pattern per marker shape, most specific first; each names what it resolves to.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # 2021年1月1日至2021年10月31日（期间）, 自2021年7月1日至9月30日: a flow between two days, as
    # insurers' premium announcements print their year to date. Whole months are that stretch
    # of months; any other stretch names no period (its first day is no date the figure is at).
    # 10月1-22日, 10月1日至22日 (乘联会's weekly figures): days of a month, no stretch of months.
    ("date_range", re.compile(
        r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?(?<![\d.])(?P<first>1[0-2]|0?[1-9])\s*月\s*(?P<first_day>[12]\d|3[01]|0?[1-9])\s*[日号]?"
        + _RANGE + r"(?:(?P<last_year>(?:19|20)\d{2})\s*年\s*)?(?:(?P<last>1[0-2]|0?[1-9])\s*月\s*)?"
        r"(?P<last_day>[12]\d|3[01]|0?[1-9])\s*[日号](?:止)?")),
    # 年初至10月, 今年年初至今: the year's first months, not the opening balance 年初 alone names.
    ("year_start_to", re.compile(
        r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*|(?P<rel>去|今|本)年)?年初(?:至|到)(?:今|(?P<month>1[0-2]|0?[1-9])\s*月(?:末|底|份)?)")),
    # 截至2022年4月30日，年内累计…: the year to that date.
    ("ytd_to_date", re.compile(
        r"(?:截至|截止|到)\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>" + _MONTH + r")\s*月\s*(?:(?P<day>[12]\d|3[01]|0?[1-9])\s*日|末|底)?"
        r"[，,\s]*[^，,；;。\d]{0,10}?(?:年内|年初以来|今年以来|本年以来|今年|本年)")),
    # 历史累计交付量 after 截至11月30日，今年累计…: the total since the first sale, at the end of
    # the stretch in force, not that stretch's flow.
    ("since_the_start", re.compile(r"历史累计|历史累积|累计至今|自成立以来|成立以来累计")),
    # 年初以来 is the stretch up to the date in force, not the opening balance: after a month
    # it is the year to that month, else it names no period.
    ("since", re.compile(r"(?:年初|今年|本年)以来")),
    # 一至三季度, Q1-Q4: the quarters from one to the other (a 分别 list gives each figure its own).
    ("quarter_range", re.compile(_YEAR + r"(?:第?(?P<first>[一二三四1-4])(?:季度)?(?:至|到|-|—|~)第?(?P<last>[一二三四1-4])季度"
                                 r"|Q(?P<firstx>[1-4])\s*(?:至|到|-|—|~)\s*Q(?P<lastx>[1-4]))")),
    # 1-10月, 1—11月份, 2023年1月至12月, 1月份至6月份: the months from one to the other.
    ("month_range", re.compile(_MONTHS_YEAR + r"(?<![\d.])(?P<first>" + _MONTH + r")月?份?" + _RANGE
                               + r"(?P<last>" + _MONTH + r")\s?月份?(?![末底日\d])")),
    # 前七月, 累计前两月, 首2个月, 今年前10个月: the year's first months.
    ("first_months", re.compile(_NOT_FIRST + _MONTHS_YEAR + r"(?:前|首)(?P<count>[一二两三四五六七八九十]{1,3}|1[0-2]|[1-9])"
                                r"个?月份?(?![末底])")),
    ("date", re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>[12]\d|3[01]|0?[1-9])\s*日")),
    ("month_end", re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月(?:末|底)")),
    # 截至3月末 with no year: the last such month end on or before the publication day.
    ("recent_month_end", re.compile(r"(?<![年\d])(?P<month>1[0-2]|[1-9])月(?:末|底)")),
    # 10月上旬, 2025年10月第二周, 10月前两周 (乘联会's weekly figures): part of a month, no stretch of
    # months; read as the month, it would meet the month's own figure.
    ("part_of_a_month", re.compile(r"(?:(?:19|20)\d{2}\s*年\s*)?(?<![\d.])(?:1[0-2]|0?[1-9])\s*月份?\s*"
                                   r"(?:上旬|中旬|下旬|上半月|下半月|前半月|后半月|首周|第[一二三四五1-5]周|前[两二三]周|最后一周)")),
    # 1H25, 25H1, 1-3Q25, 9M25: a broker's half, stretch of quarters or months with a two-digit year.
    ("short_half", re.compile(r"(?<![\dA-Za-z])(?:(?P<hx>[12])H(?P<short>\d{2})|(?P<short2>\d{2})H(?P<hy>[12]))(?![\dA-Za-z])")),
    ("short_quarters", re.compile(r"(?<![\dA-Za-z.])(?P<first>[1-4])\s*[-~—]\s*(?P<last>[1-4])Q(?P<short>\d{2})(?![\dA-Za-z])")),
    ("short_months", re.compile(r"(?<![\dA-Za-z.])(?P<count>1[0-2]|[1-9])M(?P<short>\d{2})(?![\dA-Za-z])")),
    # 22Q3, 3Q22: a broker's quarter with a two-digit year.
    ("short_quarter", re.compile(r"(?<![\dA-Za-z])(?:(?P<short>\d{2})Q(?P<qx>[1-4])|(?P<qy>[1-4])Q(?P<short2>\d{2}))(?![\dA-Za-z])")),
    ("quarter_end", re.compile(r"(?P<year>(?:19|20)\d{2})?年?" + _Q.format(name="q") + r"末")),
    ("year_end", re.compile(r"(?P<year>(?:19|20)\d{2})年?(?:末|底)|(?P<rel>去|今|上|本)?年(?:末|底)")),
    ("year_start", re.compile(r"(?P<year>(?:19|20)\d{2})年?初|(?P<rel>去|今|上|本)?年初")),
    # 2021年10月交付…: that month; 截至2021年10月: its end (see _resolve).
    ("month_to", re.compile(r"(?:(?P<year>(?:19|20)\d{2})\s*|(?P<rel>去|今|上|本))年\s*(?P<month>1[0-2]|0?[1-9])\s*月份?"
                            r"(?!\d|份?[至到-])")),
    # 披露2023年一季报，营业收入…: the report's own stretch (一季报 Q1, 中报/半年报 H1, 三季报 Q1-Q3).
    ("report", re.compile(_YEAR + r"(?:(?P<report>一季报|半年报|三季报|一季度报|三季度报|半年度报)"
                          r"|(?<=年)(?P<report3>中报)(?![道告名]))")),
    ("ytd", re.compile(_YEAR + r"前三季度?|(?P<year2>(?:19|20)\d{2})年?1-9月")),
    # 中期 of a Hong Kong results report (腾讯中期多赚四成, 中期纯利) is the first half; 中期票据,
    # 中长期 and 中期目标 are not.
    ("half", re.compile(_YEAR + r"(?P<half>上半年|下半年|H1(?!\d)|H2(?!\d)|(?<![长短中])中期(?=业绩|纯利|盈利|溢利|收入|营业额|多赚|少赚|赚|亏|蚀))")),
    ("quarter", re.compile(_YEAR + _Q.format(name="q"))),
    ("same_period_last_year", re.compile(r"(?:去年|上年)同期")),
    # 上季收入, 单计上月: the quarter or month before the one the article appeared in.
    ("last_quarter", re.compile(r"上一?个?季度?(?![末报度])")),
    ("last_month", re.compile(r"(?<![\d一二三四五六七八九十])上一?个?月(?![末底份])")),
    # 单月, 当月, 单季: the month or quarter already in force, said again.
    ("this_quarter", re.compile(r"(?:单|当|本)季度?(?![末报度])")),
    ("this_month", re.compile(r"(?:单|当|本)月(?![末底])")),
    # 12月，平台交易额达到120亿元: a month of the year the article speaks of.
    # 9月14家金控…: a month, and a count after it; 9月14日 is a date.
    ("month", re.compile(r"(?<![年\d])(?P<month>1[0-2]|[1-9])\s?月份?(?![末底至-]|到(?!期)|\d{1,2}(?:日|号|[-/.]\d|$))")),
    # 2024年同期: the stretch in force, in that year.
    ("year_same_period", re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*同期")),
    ("year", re.compile(r"(?P<year>(?:19|20)\d{2})\s*(?:年全年|年度|年|全年|财年|年报)(?!\d)")),
    ("relative_year", re.compile(r"(?P<rel>去年|今年|上年|本年|全年|当年)(?!同期|初|末|底)")),
]

# Markers of a stretch inside a year: printed without one, they are of the year the sentence
# named before them.
_STRETCH_OF_A_YEAR = ("quarter", "half", "ytd", "quarter_range", "quarter_end")

# Markers whose stretch is months: a year printed earlier in the sentence is theirs too
# (2021年1-10月……；10月…).
_MONTH_KINDS = ("month_range", "first_months", "month")

# The marker of 去年同期: resolved against the period in force where it stands.
_PRIOR = "prior"
_ASIDE_ENDS = {"；": re.compile(r"[；;]"), "，": re.compile(r"[，,；;]"), "）": re.compile(r"[)）]")}
# 同比增长19.1%（2024年同期为43.70亿元）, （上季度为3.1%）: a bracket that states another
# period's figure is a look back; it ends at its closing bracket.
_BRACKET_OPEN = re.compile(r"[（(][^（()）]*$")
_BRACKETED_FIGURE = re.compile(r"[^（()）]*?(?:为|是|:|：)\s*(?:约|近|逾|超)?\s*[-+−]?\d[^（()）]*[)）]")
_FROM_BEFORE = re.compile(r"(?:从|由)\s*$")
# 截至2021年10月: the month read at its end, like a date.
_AS_OF_BEFORE = re.compile(r"(?:截至|截止|到|至)\s*$")


def _aside_ended(sentence: str, aside: PeriodMarker, position: int) -> bool:
    return _ASIDE_ENDS[aside.aside].search(sentence, aside.end, position) is not None


def _bracketed_look_back(sentence: str, match: re.Match[str]) -> bool:
    """The marker opens a bracket that states a figure of its period: 增长19.1%（2024年同期为
    43.70亿元）. A bracket that only dates the figure before it (（截至年末）) is not one."""
    return (_BRACKET_OPEN.search(sentence, max(0, match.start() - 12), match.start()) is not None
            and _BRACKETED_FIGURE.match(sentence, match.end()) is not None)


def groups_rel(match: re.Match[str]) -> str | None:
    return match.groupdict().get("rel")

# A date after 较 or 比 in the same clause is the basis of a comparison (较上半年末下降…),
# not the figure's own period.
_COMPARED_WITH = re.compile(r"(?<!同)(?:较|比|相比|与)[^，,；;。\d\s%]{0,8}$")


@dataclass(frozen=True, slots=True)
class PeriodMarker:
    start: int
    end: int
    period: str
    # 上年同期为1162.30亿元；实现归母净利润…: a look back at last year is an aside that ends
    # at the next ；, not a change of the period the sentence speaks of; 从年初的0.99% names
    # only the "from" figure's date, and ends with its clause.
    aside: str = ""  # "" | "；" | "，"
    dated: bool = True  # False: the marker printed no year of its own (一季度, 年末)


def quarter_end(year: int, quarter: int) -> str:
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def months_period(year: int, first: int, last: int) -> str:
    """The one string for a stretch of months of one year: 1-3月 is ``Q1``, 1-9月 ``Q1-Q3``."""
    if (first, last) == (1, 12):
        return str(year)
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}H{1 if first == 1 else 2}"
    if (first, last) == (1, 9):
        return f"{year}Q1-Q3"
    if first % 3 == 1 and last == first + 2:
        return f"{year}Q{last // 3}"
    return f"{year}M{first}" if first == last else f"{year}M{first}-M{last}"


@cache
def period_span(period: str | None) -> tuple[int, int, int] | None:
    """A flow period as (year, first month, last month); None for a point in time."""
    kind = period_kind(period)
    if period is None or kind in (None, "point"):
        return None
    year, rest = int(period[:4]), period[4:]
    if kind == "year":
        return year, 1, 12
    if kind == "half":
        return (year, 1, 6) if rest == "H1" else (year, 7, 12)
    if kind == "quarter":
        quarter = int(rest[1])
        return year, quarter * 3 - 2, quarter * 3
    if rest == "Q1-Q3":
        return year, 1, 9
    months = [int(number) for number in re.findall(r"M(\d{1,2})", rest)]
    return year, months[0], months[-1]


def within(part: str | None, whole: str | None) -> bool:
    """``part`` is a stretch of time inside ``whole`` and not the whole itself (10月 in 1-10月)."""
    part_span, whole_span = period_span(part), period_span(whole)
    if part_span is None or whole_span is None or part_span == whole_span:
        return False
    return part_span[0] == whole_span[0] and whole_span[1] <= part_span[1] and part_span[2] <= whole_span[2]


def _month_count(printed: str) -> int | None:
    """前七月, 前两月, 前10个月: the count of months, in digits or Chinese numerals."""
    if printed.isdigit():
        return int(printed)
    if printed == "十":
        return 10
    if printed.startswith("十"):
        return 10 + CHINESE_DIGITS.get(printed[1:], 0)
    return CHINESE_DIGITS.get(printed)


def previous_period(period: str | None) -> str | None:
    """The period a 同比 comparison is against: the same stretch a year earlier."""
    if period is None:
        return None
    match = re.fullmatch(r"(\d{4})(.*)", period)
    if not match:
        return None
    year, rest = int(match.group(1)), match.group(2)
    if rest.startswith("-"):
        return f"{year - 1}{rest}" if rest != "-02-29" else f"{year - 1}-02-28"
    return f"{year - 1}{rest}"


def prior_period(period: str | None, basis: str | None) -> str | None:
    """The period a change is measured from, by the basis the article names.

    No basis on a year, half or first three quarters reads as 同比: 2021年营收增长25% is
    against 2020. A quarter or a month without a basis is ambiguous (quarterly and monthly
    copy often means 环比), and so is a point in time (同比 or 较年初): they have no prior.
    """
    kind = period_kind(period)
    if period is None or kind is None:
        return None
    if basis == "同比" or (basis is None and kind in ("year", "half", "ytd")):
        return previous_period(period)
    if basis == "较年初":
        return f"{int(period[:4]) - 1}-12-31"  # from any stretch of the year, its opening balance
    if basis == "环比":
        return previous_month(period) if kind == "month" else previous_quarter(period)
    return None


def previous_month(period: str) -> str | None:
    month = re.fullmatch(r"(\d{4})M(\d{1,2})", period)
    if month is None:
        return None
    year, number = int(month.group(1)), int(month.group(2))
    return f"{year - 1}M12" if number == 1 else f"{year}M{number - 1}"


def previous_quarter(period: str) -> str | None:
    quarter = re.fullmatch(r"(\d{4})Q([1-4])", period)
    if quarter:
        year, number = int(quarter.group(1)), int(quarter.group(2))
        return f"{year - 1}Q4" if number == 1 else f"{year}Q{number - 1}"
    ends = {"03-31": "12-31", "06-30": "03-31", "09-30": "06-30", "12-31": "09-30"}
    point = re.fullmatch(r"(\d{4})-(\d{2}-\d{2})", period)
    if point and point.group(2) in ends:
        year = int(point.group(1)) - (1 if point.group(2) == "03-31" else 0)
        return f"{year}-{ends[point.group(2)]}"
    return None


@cache
def period_kind(period: str | None) -> str | None:
    """year, half, quarter, ytd (the year's first quarters or months), month, months (a
    stretch of months from later in the year) or point."""
    if period is None:
        return None
    if re.fullmatch(r"\d{4}", period):
        return "year"
    if re.fullmatch(r"\d{4}Q[1-4]", period):
        return "quarter"
    if re.fullmatch(r"\d{4}H[12]", period):
        return "half"
    if re.fullmatch(r"\d{4}(?:Q1-Q3|M1-M\d{1,2})", period):
        return "ytd"
    if re.fullmatch(r"\d{4}M\d{1,2}", period):
        return "month"
    if re.fullmatch(r"\d{4}M\d{1,2}-M\d{1,2}", period):
        return "months"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return "point"
    return None


def period_year(period: str | None) -> int | None:
    return int(period[:4]) if period and period[:4].isdigit() else None


class PeriodResolver:
    """Resolves markers against the article's report period and publication date."""

    def __init__(self, report_period: str | None, published: date | None, written: int | None = None):
        self.report_period = report_period
        self.published = published
        # The year an undated article was written in, when its text says (``year_of_writing``).
        self.written = written
        self.report_year = period_year(report_period) or (published.year if published else None)

    def _relative_year(self, rel: str | None) -> int | None:
        if rel in (None, "全年", "当年"):
            return self.report_year
        if rel in ("上年", "上") and self.report_year is not None:
            return self.report_year - 1  # 上年末 in a 2021 annual report is the end of 2020
        # 去年 and 今年 count from the day the article appeared, not from the report.
        anchor = self.published.year if self.published else (self.written or self.report_year)
        if anchor is None:
            return None
        return anchor - 1 if rel in ("去年", "去", "上年", "上") else anchor

    def _recent_month_end(self, month: int) -> str | None:
        if self.published is None:
            year = self.report_year
        else:
            year = self.published.year if month <= self.published.month else self.published.year - 1
        if year is None:
            return None
        return date(year, month, calendar.monthrange(year, month)[1]).isoformat()

    def _month_year(self, month: int) -> int | None:
        """The year of a month printed without one: the report's, unless that month had not
        yet begun when the article appeared; then the last such month before publication."""
        if self.report_year is not None and (
                self.published is None or date(self.report_year, month, 1) <= self.published):
            return self.report_year
        if self.published is None:
            return None
        return self.published.year if month <= self.published.month else self.published.year - 1

    def markers(self, sentence: str, default: str | None = None) -> list[PeriodMarker]:
        """Period markers in a sentence, left to right, ignoring comparison bases. ``default``
        is the period in force before the sentence (what the paragraph spoke of): a look back
        like 上季度 counts from it when no marker before it is still in force."""
        found: list[tuple[str, re.Match[str]]] = []
        occupied: list[tuple[int, int]] = []
        for kind, pattern in _MARKERS:
            for match in pattern.finditer(sentence):
                if any(match.start() < end and start < match.end() for start, end in occupied):
                    continue
                occupied.append((match.start(), match.end()))
                if _COMPARED_WITH.search(sentence, max(0, match.start() - 10), match.start()):
                    continue
                found.append((kind, match))
        taken: list[PeriodMarker] = []
        sentence_year: int | None = None
        for kind, match in sorted(found, key=lambda item: item[1].start()):
            groups = match.groupdict()
            printed_year = groups.get("year") or groups.get("year2") or groups.get("short") or groups.get("short2")
            in_force = [marker for marker in taken
                         if not (marker.aside and _aside_ended(sentence, marker, match.start()))]
            period = self._resolve(kind, match, sentence_year, in_force[-1].period if in_force else default)
            if period is None:
                continue
            bracketed = _bracketed_look_back(sentence, match)
            if (printed_year or (groups.get("rel") and period_year(period))) and not bracketed:
                sentence_year = period_year(period)
            aside = ""
            if kind == "same_period_last_year" or (
                    kind == "relative_year" and groups_rel(match) in ("去年", "上年")
                    and self.report_year is not None and period == str(self.report_year - 1)):
                aside = "；"
            if _FROM_BEFORE.search(sentence, max(0, match.start() - 3), match.start()) or (
                    kind in ("last_month", "last_quarter") and taken
                    and period_kind(taken[-1].period) == period_kind(period)):
                aside = "，"  # 三季度营收…，上季度为…: the look back ends with its clause
            if bracketed:
                aside = "）"
            taken.append(PeriodMarker(match.start(), match.end(), period, aside, bool(printed_year)))
        return taken

    def period_at(self, sentence: str, position: int, markers: list[PeriodMarker] | None = None,
                  default: str | None = None) -> str | None:
        """The period in force at ``position`` of a sentence: the last marker before it, else
        ``default`` (what the paragraph spoke of), else the article's report period."""
        markers = self.markers(sentence) if markers is None else markers
        current = default or self.report_period
        before_aside: str | None = None
        aside: PeriodMarker | None = None
        for marker in markers:
            if marker.start >= position:
                break
            if aside is not None and _aside_ended(sentence, aside, marker.start):
                current, aside = before_aside, None
            if marker.aside and aside is None:
                before_aside, aside = current, marker
            if marker.period == _PRIOR:
                current = previous_period(current)  # 第四季度……上年同期 is 2020Q4
            elif (aside is not None and aside is not marker and aside.aside != "，" and not marker.dated
                  and marker.period):
                current = previous_period(marker.period)  # 上年同期，公司一季度…: 2021Q1
            else:
                current = marker.period or None
                if aside is not None and aside is not marker and aside.aside == "，" and not marker.aside:
                    # 从去年第四季2900万降至今年第一季的2700万: the "to" names its own stretch,
                    # which holds past the clause the "from" looked back in.
                    aside = None
        if aside is not None and _aside_ended(sentence, aside, position):
            current = before_aside
        return current

    def _resolve(self, kind: str, match: re.Match[str], sentence_year: int | None = None,
                 before: str | None = None) -> str | None:
        """The period a marker names; "" for a stretch no period string can name, None for a
        marker that names none. ``sentence_year`` is a year printed earlier in the sentence,
        ``before`` the period of the marker just before this one."""
        if kind == "year_start_to":
            return self._year_start_to(match, before)
        if kind == "since_the_start":
            return _end_of(before)
        if kind == "since":
            # 10月零售215.3万辆；今年以来累计零售1783.2万辆: after a month, the year up to it.
            span = period_span(before) if period_kind(before) == "month" else None
            return months_period(span[0], 1, span[2]) if span and span[2] > 1 else None
        if kind in ("this_month", "this_quarter"):
            # 9月单月: 单月 repeats the month in force. Said after another stretch (第四季度，
            # 单月…) it names a month the sentence does not give.
            wanted = "month" if kind == "this_month" else "quarter"
            return None if before is None or period_kind(before) == wanted else ""
        if kind in ("last_month", "last_quarter"):
            return self._last_stretch(kind, before)
        if kind == "date_range" and not match.group("year"):
            year = sentence_year or self._month_year(int(match.group("first")))
            return _months_between(year, match.groupdict()) if year is not None else ""
        if kind == "recent_month_end":
            return self._recent_month_end(int(match.group("month")))
        if kind == "same_period_last_year":
            return _PRIOR
        if kind == "year_same_period":
            # 而2022年同期为3.81亿元 with no stretch named before it: the article's own stretch.
            year, base = match.group("year"), before or self.report_period
            return year + base[4:] if base and period_year(base) else year
        groups = {key: value for key, value in match.groupdict().items() if value}
        if kind == "part_of_a_month":
            return ""
        if kind == "short_half":
            return f"20{groups.get('short') or groups['short2']}H{groups.get('hx') or groups['hy']}"
        if kind == "short_quarters":
            first, last = int(groups["first"]), int(groups["last"])
            return months_period(2000 + int(groups["short"]), 3 * first - 2, 3 * last) if first < last else ""
        if kind == "short_months":
            return months_period(2000 + int(groups["short"]), 1, int(groups["count"]))
        if kind == "short_quarter":
            return f"20{groups.get('short') or groups['short2']}Q{groups.get('qx') or groups['qy']}"
        if kind in _MONTH_KINDS and "year" not in groups and "rel" not in groups:
            month = int(groups.get("last") or groups.get("month") or 0) or _month_count(groups.get("count", "")) or 12
            year = sentence_year or self._month_year(month)
        else:
            year = int(groups["year"]) if "year" in groups else (
                int(groups["year2"]) if "year2" in groups else self._relative_year(groups.get("rel")))
            if sentence_year and kind in _STRETCH_OF_A_YEAR and not {"year", "year2", "rel"} & groups.keys():
                year = sentence_year  # 今年第一季度，公司一季度实现…: the quarter of the year just named
        if year is None:
            return None
        if kind == "month" or (kind == "month_to" and not _AS_OF_BEFORE.search(match.string, 0, match.start())):
            return months_period(year, int(groups["month"]), int(groups["month"]))
        if kind == "month_range":
            first, last = int(groups["first"]), int(groups["last"])
            return months_period(year, first, last) if first < last else None
        if kind == "first_months":
            count = _month_count(groups["count"])
            return months_period(year, 1, count) if count and 1 <= count <= 12 else None
        if kind == "date_range":
            return _months_between(year, groups)
        if kind == "ytd_to_date":
            month, day = int(groups["month"]), int(groups.get("day") or 31)
            if day < calendar.monthrange(year, month)[1]:
                return None  # 截至4月15日 is not a month's end: the date marker inside says it
            return months_period(year, 1, month)
        if kind == "date":
            try:
                return date(year, int(groups["month"]), int(groups["day"])).isoformat()
            except ValueError:
                return None
        if kind == "month_end" or kind == "month_to":
            month = int(groups["month"])
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        if kind == "quarter_end":
            return quarter_end(year, _quarter_number(groups))
        if kind == "year_end":
            return f"{year}-12-31"
        if kind == "year_start":
            # 年初 is the opening balance: the close of the previous year.
            return f"{year - 1}-12-31"
        if kind == "ytd":
            return f"{year}Q1-Q3"
        if kind == "report":
            report = groups.get("report") or groups.get("report3") or ""
            return f"{year}Q1" if report.startswith("一") else f"{year}Q1-Q3" if report.startswith("三") else f"{year}H1"
        if kind == "quarter_range":
            first = CHINESE_QUARTERS[groups.get("first") or groups["firstx"]]
            last = CHINESE_QUARTERS[groups.get("last") or groups["lastx"]]
            return months_period(year, first * 3 - 2, last * 3) if first < last else None
        if kind == "half":
            return f"{year}H1" if groups["half"] in ("上半年", "H1", "中期") else f"{year}H2"
        if kind == "quarter":
            return f"{year}Q{_quarter_number(groups)}"
        return str(year)

    def _year_start_to(self, match: re.Match[str], before: str | None) -> str:
        """年初至10月: January to that month. 年初至今: to the month in force before it, else
        to a day the words do not give ("")."""
        groups = {key: value for key, value in match.groupdict().items() if value}
        if "month" in groups:
            month = int(groups["month"])
            year = int(groups["year"]) if "year" in groups else (
                self._relative_year(groups["rel"] + "年") if "rel" in groups else self._month_year(month))
            return months_period(year, 1, month) if year is not None else ""
        span = period_span(before) if period_kind(before) == "month" else None
        return months_period(span[0], 1, span[2]) if span else ""

    def _last_stretch(self, kind: str, before: str | None) -> str:
        """上月, 上季. Right after a month or quarter (三季度营收…，上季度为…) the one before it:
        a look back. After a longer stretch (今年首2个月……单计上月) its last month or quarter.
        Else the one before the article appeared, or without a date the last quarter of the
        half or year the article reports on (上半年……上季). "" when none of these says which."""
        month = kind == "last_month"
        if period_kind(before) == ("month" if month else "quarter"):
            return (previous_month(before) if month else previous_quarter(before)) or ""  # type: ignore[arg-type]
        longer = period_span(before)
        if longer is None and self.published is None and not month:
            longer = period_span(self.report_period)
        if longer is not None and longer[2] - longer[1] >= (1 if month else 3) and (month or longer[2] % 3 == 0):
            return months_period(longer[0], longer[2], longer[2]) if month else f"{longer[0]}Q{longer[2] // 3}"
        if self.published is None or period_kind(self.report_period) == ("month" if month else "quarter"):
            return ""  # 上季度 in a quarter's coverage may be the quarter before it
        year = self.published.year
        if month:
            previous = self.published.month - 1
            return months_period(year - 1, 12, 12) if previous == 0 else months_period(year, previous, previous)
        quarter = (self.published.month - 1) // 3
        return f"{year - 1}Q4" if quarter == 0 else f"{year}Q{quarter}"


# Words that only say a figure's stretch is a single month or quarter (单计第二季, 9月单月):
# not part of what the figure measures.
_STRETCH_WORDS = re.compile(r"单计|单季度|单季|单月|当月|本月|当季|本季度|本季|季度|年内"
                            # 今（10）日公布10月营收: the day the release came out, not the figure's.
                            r"|今\s*[（(]\s*\d{1,2}\s*[）)]\s*日|今日|昨日|今天|日前|近日")


@lru_cache(maxsize=1 << 16)  # called for every figure by several readers, with few distinct phrases
def without_period_words(phrase: str) -> str:
    """A metric phrase with every period marker taken out (累计前七月合并税后纯益 →
    累计合并税后纯益, 1-6月全国发行地方债 → 全国发行地方债): what the figure measures, not when."""
    for _kind, pattern in _MARKERS:
        phrase = pattern.sub("", phrase)
    return _STRETCH_WORDS.sub("", phrase)


@lru_cache(maxsize=1 << 16)  # asked for every pair of a headline line and a body figure
def names_period(sentence: str, period: str | None) -> bool:
    """The sentence itself names ``period`` (2021年, 全年, 1-10月, 9月, 前七月): the figure's
    period was printed beside it, not carried over from the paragraph or taken from the
    article's report period."""
    if period is None:
        return False
    resolver = PeriodResolver(period, None)
    # Period words in traditional characters read like simplified ones (單月, 累計前兩月).
    return any(marker.period == period for marker in resolver.markers(simplified(sentence)))


def _end_of(period: str | None) -> str | None:
    """The last day of a stretch (2023M1-M11 ends on 2023-11-30); a day stays itself. None when
    no stretch is in force: the total is at whatever date the sentence goes on with."""
    if period_kind(period) == "point":
        return period
    span = period_span(period)
    if span is None:
        return None
    year, _first, last = span
    return date(year, last, calendar.monthrange(year, last)[1]).isoformat()


def _months_between(year: int, groups: dict[str, str]) -> str:
    """The whole months from the first day of one to the last day of another in one year
    (2021年1月1日至10月31日 is 1-10月); "" for any other stretch."""
    first = int(groups["first"])
    last = int(groups.get("last") or first)
    last_year = int(groups.get("last_year") or year)
    if last_year != year or first > last or int(groups["first_day"]) != 1:
        return ""
    if int(groups["last_day"]) != calendar.monthrange(year, last)[1]:
        return ""
    return months_period(year, first, last)


def _quarter_number(groups: dict[str, str]) -> int:
    if groups.get("qf"):
        return 1  # 首季: the first quarter
    return CHINESE_QUARTERS[groups.get("q") or groups.get("qb") or groups["qx"]]


_REPORT_QUARTER = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?\s*(?:第?(?P<q>[一二三四1-4])季度|Q(?P<qx>[1-4]))")
_REPORT_HALF = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?\s*(?:上半年|中期|半年度|H1)")
_REPORT_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*(?:年度|年报|全年|财年|年|财报)")
_REPORT_WORDS = ("财报", "年报", "业绩", "财务报告", "年度报告", "季报", "报告")


_NOT_REPORTED_YEAR = re.compile(r"(?:与|较|比|相比|相较于?|对比)(?:19|20)\d{2}\s*年(?:同期)?|(?:19|20)\d{2}\s*年同期"
                                r"|(?:自|从)?(?:19|20)\d{2}\s*年(?:以来|起)"
                                # 若将2019年上半年业绩与2017年比较: a look back, both sides of it past.
                                r"|(?:若|如果|如)?(?:将|把)[^，,；;。]{0,40}?(?:与|和|同)[^，,；;。]{0,30}?(?:比较|相比|对比)"
                                # 超出2019年上半年疫情前的水平: a level measured against, not reported.
                                r"|(?:超出|超过|高于|低于|恢复至|恢复到|回到|回升至)(?:19|20)\d{2}\s*年[^，,；;。]{0,16}?水平")
_REPORT_NAMES = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?\s*(?P<report>一季报|一季度报告|中报|半年报|半年度报告|三季报|三季度报告)")
_REPORT_NAME_PERIODS = {"一季报": "Q1", "一季度报告": "Q1", "中报": "H1", "半年报": "H1", "半年度报告": "H1",
                        "三季报": "Q1-Q3", "三季度报告": "Q1-Q3"}


def _period_named_in(text: str, published: date | None) -> str | None:
    text = _NOT_REPORTED_YEAR.sub("", text)
    named_report = _REPORT_NAMES.search(text)
    if named_report:  # 2022年一季报, 2021年中报
        return named_report.group("year") + _REPORT_NAME_PERIODS[named_report.group("report")]
    quarter = _REPORT_QUARTER.search(text)
    year = _REPORT_YEAR.search(text)
    if year and any(word in text for word in ("全年", "年报", "年度")):
        return year.group("year")
    if quarter:
        return f"{quarter.group('year')}Q{CHINESE_QUARTERS[quarter.group('q') or quarter.group('qx')]}"
    half = _REPORT_HALF.search(text)
    if half:
        return f"{half.group('year')}H1"
    if year:
        return year.group("year")
    if published and "去年" in text:
        return str(published.year - 1)
    if published and "今年" in text:
        return str(published.year)
    return None


_ADDRESS_DATE = re.compile(
    r"(?:https?://|www\.)\S*?[/_-]((?:19|20)\d{2})[-/]?(?:0[1-9]|1[0-2])(?:[-/]?(?:0[1-9]|[12]\d|3[01]))?(?=[/_.-])")
_ADDRESS_DAY = re.compile(r"(?:https?://|www\.)\S*?[/_-](?P<year>(?:19|20)\d{2})[-/]?(?P<month>0[1-9]|1[0-2])[-/]?"
                          r"(?P<day>0[1-9]|[12]\d|3[01])(?=[/_.-])")
# 公布上半年业绩, 发布第三季度财报: the report's stretch printed without its year, which is the
# last such stretch over by the day the article appeared.
_YEARLESS_REPORT = re.compile(r"(?<![\d年])(?P<stretch>上半年|中期|第?[一二三四1-4]季度?|前三季度?)的?(?:业绩|财报|季报)")


def _address_day(sentences: list[str]) -> date | None:
    """The day a passage's address carries (…/article/20250822/…), when it has no date of its own."""
    for sentence in sentences[:3]:
        found = _ADDRESS_DAY.search(sentence)
        if found:
            try:
                return date(int(found.group("year")), int(found.group("month")), int(found.group("day")))
            except ValueError:
                return None
    return None


def _last_ended(stretch: str, day: date) -> str:
    """The last stretch of this name (上半年, 第三季度, 前三季度) over before ``day``."""
    if stretch.startswith(("上半年", "中期")):
        last, name = 6, "H1"
    elif stretch.startswith("前三"):
        last, name = 9, "Q1-Q3"
    else:
        quarter = CHINESE_QUARTERS[re.sub(r"[第季度]", "", stretch)]
        last, name = quarter * 3, f"Q{quarter}"
    year = day.year if day.month > last else day.year - 1
    return f"{year}{name}"


_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")


_PRINTED_YEAR = re.compile(r"(?:与|较|比|相比|相较于?|对比|自|从)?(?P<year>(?:19|20)\d{2})年(?:同期|以来|起)?")
# 与2019年同期相比, 较2019年: the baseline of a comparison; 自2021年以来: where a trend starts.
# Neither is the year the article reports on.
_BASELINE_YEAR = re.compile(r"(?:与|较|比|相比|相较于?|对比)\d{4}年|\d{4}年同期|(?:自|从)\d{4}年(?:以来|起)|\d{4}年(?:以来|起)")


# 截至2017年底, 披露了2024年业绩, 2024年年报: the text speaks of the year as over. 业绩目标,
# 业绩指引 and 业绩预期 are set during the year.
_YEAR_OVER = re.compile(r"(?:截至|截止|到)\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?:末|底|12\s*月\s*31\s*日)"
                        r"|(?P<year2>(?:19|20)\d{2})\s*年\s*(?:全年|年度)?\s*(?:业绩|年报|年度报告|财报)(?!目标|指引|预期|计划)")


def year_of_writing(sentences: list[str], period: str | None) -> int | None:
    """The year an undated article was written in, when its text says so: coverage of a stretch
    that runs to December (2024年, 第四季度) which reports that year's results or balances as
    of its end (披露了2024年业绩, 截至2017年底) was written once the year was over, in the
    year after it; there 去年 is the report's year and 今年 the next. None when the text does
    not say (a passage on 今年首2个月 of its report year was written within that year)."""
    span = period_span(period)
    if span is None or span[2] != 12:
        return None
    for sentence in sentences[:30]:
        for found in _YEAR_OVER.finditer(sentence):
            if int(found.group("year") or found.group("year2")) == span[0]:
                return span[0] + 1
    return None


def report_period(title: str | None, sentences: list[str], published: date | None) -> str | None:
    """The period an article reports on: from its headline, else from the first sentence
    that speaks of a report (财报, 年报, 业绩 …), else the year its text names most."""
    if title:
        named = _period_named_in(title, published)
        if named:
            return named
        # 10月新能源汽车配套电机装机量…, 1-7月服务进出口总额…: a monthly release's headline
        # names its months without a year; they are the last such months before it appeared.
        months = [marker.period for marker in PeriodResolver(None, published).markers(title)
                  if period_kind(marker.period) in ("month", "ytd", "months")] if published else []
        if months:
            return months[0]
    for sentence in sentences[:30]:
        if any(word in sentence for word in _REPORT_WORDS):
            yearless = _YEARLESS_REPORT.search(sentence)
            day = (published or _address_day(sentences)) if yearless else None
            if yearless and day:
                return _last_ended(yearless.group("stretch"), day)
            named = _period_named_in(sentence, published)
            if named:
                return named
    text = "".join(sentences)
    years = Counter(int(found.group("year")) for found in _PRINTED_YEAR.finditer(text)
                    if not _BASELINE_YEAR.match(found.group(0)))
    if not years and published and "今年" in text:
        return str(published.year)
    years = years or Counter(int(found.group("year")) for found in _PRINTED_YEAR.finditer(text))
    if not years:
        # A passage that prints its date only as 2025-08-12 (a dateline, a filing's date), or
        # whose address carries it (…/2012/03/15/…, …/content/2021-11/04/…).
        years = Counter(int(found) for found in _ISO_DATE.findall(text))
        years = years or Counter(int(found) for found in _ADDRESS_DATE.findall(text))
    candidates = [year for year in years if published is None or year <= published.year]
    if candidates:
        return str(max(candidates, key=lambda year: (years[year], year)))
    return None
