"""Periods: which stretch of time a figure is about.

Periods are strings: a full year ``2021``, a quarter ``2021Q4``, a half ``2021H1``, year to
date ``2021Q1-Q3`` and a point in time ``2021-12-31``. Markers in a sentence (2021年第四季度,
全年, 截至2021年12月31日, 年末, 去年) set the period of the figures after them; relative words
resolve against the article's report period and publication date.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .lexicon import CHINESE_QUARTERS

_Q = r"(?:第?(?P<{name}>[一二三四1-4])季度|Q(?P<{name}x>[1-4]))"
# The year before a quarter or half: printed (2021年), relative (今年, 去年) or left out.
_YEAR = r"(?:(?P<year>(?:19|20)\d{2})\s*年?|(?P<rel>去|今|上|本)年)?"

# One pattern per marker shape, most specific first; each names what it resolves to.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # 年初以来 is the stretch up to the date in force, not the opening balance: it names no period.
    ("since", re.compile(r"(?:年初|今年|本年)以来")),
    # 一至四季度: several quarters at once; a 分别 list gives each figure its own.
    ("quarter_range", re.compile(r"第?[一二三四1-4](?:季度)?(?:至|到|-|—|~)第?[一二三四1-4]季度")),
    ("date", re.compile(r"(?P<year>(?:19|20)\d{2})年(?P<month>1[0-2]|0?[1-9])月(?P<day>[12]\d|3[01]|0?[1-9])日")),
    ("month_end", re.compile(r"(?P<year>(?:19|20)\d{2})年(?P<month>1[0-2]|0?[1-9])月(?:末|底)")),
    # 截至3月末 with no year: the last such month end on or before the publication day.
    ("recent_month_end", re.compile(r"(?<![年\d])(?P<month>1[0-2]|[1-9])月(?:末|底)")),
    ("quarter_end", re.compile(r"(?P<year>(?:19|20)\d{2})?年?" + _Q.format(name="q") + r"末")),
    ("year_end", re.compile(r"(?P<year>(?:19|20)\d{2})年?(?:末|底)|(?P<rel>去|今|上|本)?年(?:末|底)")),
    ("year_start", re.compile(r"(?P<year>(?:19|20)\d{2})年?初|(?P<rel>去|今|上|本)?年初")),
    ("month_to", re.compile(r"(?P<year>(?:19|20)\d{2})年(?P<month>1[0-2]|0?[1-9])月(?!\d|份?[至到-])")),
    ("ytd", re.compile(_YEAR + r"前三季度|(?P<year2>(?:19|20)\d{2})年?1-9月")),
    ("half", re.compile(_YEAR + r"(?P<half>上半年|下半年|H1|H2)")),
    ("quarter", re.compile(_YEAR + _Q.format(name="q"))),
    ("same_period_last_year", re.compile(r"(?:去年|上年)同期")),
    # 12月，平台交易额达到120亿元: a month of the year, which no period string names.
    ("month", re.compile(r"(?<![年\d])(?:1[0-2]|[1-9])月份?(?![\d末底至到-])")),
    ("year", re.compile(r"(?P<year>(?:19|20)\d{2})(?:年全年|年度|年|全年|财年|财报|年报)(?!\d)")),
    ("relative_year", re.compile(r"(?P<rel>去年|今年|上年|本年|全年|当年)(?!同期|初|末|底)")),
]

# The marker of 去年同期: resolved against the period in force where it stands.
_PRIOR = "prior"
_ASIDE_ENDS = {"；": re.compile(r"[；;]"), "，": re.compile(r"[，,；;]")}
_FROM_BEFORE = re.compile(r"(?:从|由)\s*$")


def _aside_ended(sentence: str, aside: PeriodMarker, position: int) -> bool:
    return _ASIDE_ENDS[aside.aside].search(sentence, aside.end, position) is not None


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
    against 2020. A quarter without a basis is ambiguous (quarterly copy often means 环比),
    and so is a point in time (同比 or 较年初): they have no prior.
    """
    kind = period_kind(period)
    if period is None or kind is None:
        return None
    if basis == "同比" or (basis is None and kind in ("year", "half", "ytd")):
        return previous_period(period)
    if basis == "较年初" and kind in ("point", "year"):
        return f"{int(period[:4]) - 1}-12-31"
    if basis == "环比":
        return previous_quarter(period)
    return None


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


def period_kind(period: str | None) -> str | None:
    if period is None:
        return None
    if re.fullmatch(r"\d{4}", period):
        return "year"
    if re.fullmatch(r"\d{4}Q[1-4]", period):
        return "quarter"
    if re.fullmatch(r"\d{4}H[12]", period):
        return "half"
    if re.fullmatch(r"\d{4}Q1-Q3", period):
        return "ytd"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return "point"
    return None


def period_year(period: str | None) -> int | None:
    return int(period[:4]) if period and period[:4].isdigit() else None


class PeriodResolver:
    """Resolves markers against the article's report period and publication date."""

    def __init__(self, report_period: str | None, published: date | None):
        self.report_period = report_period
        self.published = published
        self.report_year = period_year(report_period) or (published.year if published else None)

    def _relative_year(self, rel: str | None) -> int | None:
        if rel in (None, "全年", "当年"):
            return self.report_year
        if rel in ("上年", "上") and self.report_year is not None:
            return self.report_year - 1  # 上年末 in a 2021 annual report is the end of 2020
        # 去年 and 今年 count from the day the article appeared, not from the report.
        anchor = self.published.year if self.published else self.report_year
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

    def markers(self, sentence: str) -> list[PeriodMarker]:
        """Period markers in a sentence, left to right, ignoring comparison bases."""
        taken: list[PeriodMarker] = []
        occupied: list[tuple[int, int]] = []
        for kind, pattern in _MARKERS:
            for match in pattern.finditer(sentence):
                if any(match.start() < end and start < match.end() for start, end in occupied):
                    continue
                occupied.append((match.start(), match.end()))
                if _COMPARED_WITH.search(sentence, max(0, match.start() - 10), match.start()):
                    continue
                period = self._resolve(kind, match)
                if period is not None:
                    aside = ""
                    if kind == "same_period_last_year" or (
                            kind == "relative_year" and groups_rel(match) in ("去年", "上年")
                            and self.report_year is not None and period == str(self.report_year - 1)):
                        aside = "；"
                    if _FROM_BEFORE.search(sentence, max(0, match.start() - 3), match.start()):
                        aside = "，"
                    dated = bool(match.groupdict().get("year") or match.groupdict().get("year2"))
                    taken.append(PeriodMarker(match.start(), match.end(), period, aside, dated))
        return sorted(taken, key=lambda marker: marker.start)

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
            elif aside is not None and aside is not marker and not marker.dated and marker.period:
                current = previous_period(marker.period)  # 上年同期，公司一季度…: 2021Q1
            else:
                current = marker.period or None
        if aside is not None and _aside_ended(sentence, aside, position):
            current = before_aside
        return current

    def _resolve(self, kind: str, match: re.Match[str]) -> str | None:
        """The period a marker names; "" for a stretch no period string can name (a month),
        None for a marker that names none."""
        if kind == "since":
            return None
        if kind in ("month", "quarter_range"):
            return ""
        if kind == "recent_month_end":
            return self._recent_month_end(int(match.group("month")))
        if kind == "same_period_last_year":
            return _PRIOR
        groups = {key: value for key, value in match.groupdict().items() if value}
        year = int(groups["year"]) if "year" in groups else (
            int(groups["year2"]) if "year2" in groups else self._relative_year(groups.get("rel")))
        if year is None:
            return None
        if kind == "date":
            try:
                return date(year, int(groups["month"]), int(groups["day"])).isoformat()
            except ValueError:
                return None
        if kind == "month_end" or kind == "month_to":
            month = int(groups["month"])
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        if kind == "quarter_end":
            return quarter_end(year, CHINESE_QUARTERS[groups.get("q") or groups["qx"]])
        if kind == "year_end":
            return f"{year}-12-31"
        if kind == "year_start":
            # 年初 is the opening balance: the close of the previous year.
            return f"{year - 1}-12-31"
        if kind == "ytd":
            return f"{year}Q1-Q3"
        if kind == "half":
            return f"{year}H1" if groups["half"] in ("上半年", "H1") else f"{year}H2"
        if kind == "quarter":
            return f"{year}Q{CHINESE_QUARTERS[groups.get('q') or groups['qx']]}"
        return str(year)


_REPORT_QUARTER = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?\s*(?:第?(?P<q>[一二三四1-4])季度|Q(?P<qx>[1-4]))")
_REPORT_HALF = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?\s*(?:上半年|中期|半年度|H1)")
_REPORT_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*(?:年度|年报|全年|财年|年|财报)")
_REPORT_WORDS = ("财报", "年报", "业绩", "财务报告", "年度报告", "季报", "报告")


_REPORT_NAMES = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?\s*(?P<report>一季报|一季度报告|中报|半年报|半年度报告|三季报|三季度报告)")
_REPORT_NAME_PERIODS = {"一季报": "Q1", "一季度报告": "Q1", "中报": "H1", "半年报": "H1", "半年度报告": "H1",
                        "三季报": "Q1-Q3", "三季度报告": "Q1-Q3"}


def _period_named_in(text: str, published: date | None) -> str | None:
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


def report_period(title: str | None, sentences: list[str], published: date | None) -> str | None:
    """The period an article reports on: from its headline, else from the first sentence
    that speaks of a report (财报, 年报, 业绩 …), else the year its text names most."""
    if title:
        named = _period_named_in(title, published)
        if named:
            return named
    for sentence in sentences[:30]:
        if any(word in sentence for word in _REPORT_WORDS):
            named = _period_named_in(sentence, published)
            if named:
                return named
    years = Counter(int(found) for found in re.findall(r"((?:19|20)\d{2})年", "".join(sentences)))
    candidates = [year for year in years if published is None or year <= published.year]
    if candidates:
        return str(max(candidates, key=lambda year: (years[year], year)))
    return None
