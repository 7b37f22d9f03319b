"""Tables: the relations a results table states between its cells.

A results table reaches a news page flattened in one of three ways:

- a row per line: the label, then the cells separated by spaces or tabs
  (``营业收入 368,385 343,778 7.2%``);
- the label on a line of its own and the row's cells on the next
  (``总交易量(十亿元)`` / ``48.6 52.4 7.8 % 175.4 194.3 10.8 %``);
- one cell per line: the label, then each cell on its own line;
- a Markdown or HTML row (``| 营业收入 | 368,385 | | 7.2% |``), whose pipes keep empty cells.

Its header names the columns: periods (``2023年 2022年``, ``二零二五年 九月三十日``,
``20221-6``, ``2021 Q4``, ``本报告期 上年同期``, a restated prior split into ``调整后 调整前``),
changes (``同比``, ``增幅(%)``, ``变化百分点``, ``环比变动``, ``增减额``) and group titles
over them (``截至9月30日止三个月``, ``全年``). A row then states, for every change cell, the
relation between two of its period cells: a growth rate between amounts (``growth_prior``),
the points between two rates (``pp_change``) or the difference of two amounts
(``from_to``). Rows state sums too (``parts_sum``): the two sides of a partition printed
under a total row (``交易量(中国内地)``, ``交易量(国际)`` under ``交易总额``), and the four
quarter columns of a flow beside its year column.

The header decides which column is the later period. When it does not say (no header, or
one that cannot be lined up with the row), no relation is read: a wrong order would turn a
right row into a false error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from .records import Claim, Filler, Relation, RelationKind
from .constructions import COMPARISON_WORDS, VERBS_DOWN, VERBS_UP
from .corpus import comparable_units
from .metrics import names_a_measure
from .period_links import SIGNED
from .periods import period_span
from .relations import PlacedFigure, SentenceFigures

# --- the words a header and a row are read with -------------------------------------------

# A column of changes: 同比, 增幅(%), 变化百分点, 本报告期比上年同期增减变动幅度 …
CHANGE_WORDS = (
    "同比", "环比", "按年", "按季", "变动", "变化", "改变", "增减", "增幅", "降幅", "涨幅", "升幅",
    "增长率", "增长", "增速", "change", "yoy", "qoq",
)
# A change column measured in points: its cells are differences of two rates.
POINTS_WORDS = ("百分点", "pp", "ppt")
# A column of shares of a total (占比, 比重): neither a period nor a change. A header that
# has one is read only cell for column, never by the cells' dimensions.
SHARE_WORDS = ("占比", "比重", "占总", "份额", "结构", "构成")
# A change column of amounts: the difference between the two periods (增减额 beside 增减率).
DELTA_WORDS = ("增减额", "变动额", "增加额", "减少额", "变动金额", "增减金额", "增减值", "变动值", "变化额", "差额")
# A group title over the period columns names how long they run: 截至9月30日止三个月,
# 全年已结束. In months.
SPAN_TITLES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"(?:三|3)\s*个月|单季"), 3),
    (re.compile(r"(?:六|6)\s*个月|上半年|半年度"), 6),
    (re.compile(r"(?:九|9)\s*个月|前三季度"), 9),
    (re.compile(r"(?:十二|12)\s*个月|全年|年度|财年"), 12),
)
# Rows whose cells are not flows that add up over a year: balances and counts at a date,
# ratios, per-share figures, running totals, people counted once however often they came
# back (a quarter's borrowers are not a quarter of the year's).
NOT_A_FLOW_LABEL = re.compile(
    r"余额|资产|负债|权益|存款|贷款|现金|人数|借款人|用户|客户|会员|账户|投资者|活跃|门店|员工|网点|每股|率|比|均|累计|末")
# A change column named by what it compares with: 较上年末, 比年初, 相比上年同期.
COMPARED_WITH = ("较", "比", "相比", "相较", "对比")
# A change column that names its basis as the same period a year before.
YEAR_ON_YEAR_WORDS = ("同比", "按年", "较上年", "比上年", "yoy")
# A change column that names its basis as the quarter before: 3Q23 2Q24 3Q24 同比 环比.
QUARTER_ON_QUARTER_WORDS = ("环比", "按季", "季增", "qoq")
# A change column in a unit the cells do not share (基点 is a hundredth of a point): not read.
UNREAD_CHANGE_WORDS = ("基点", "bp", "bps")
# A change column of a compound or average yearly rate (年复合增长率, CAGR, 年均增速): not the
# growth between its two period cells, which it compounds over the years between them. Not read.
COMPOUND_WORDS = ("复合", "cagr", "年均", "平均增")
# A change on another basis than the printed cells (constant currency, like-for-like):
# the printed cells cannot give it.
CURRENCY_BASIS_WORDS = ("固定汇率", "不变汇率", "固定货币", "可比汇率")
LIKE_FOR_LIKE_WORDS = ("可比口径", "同口径", "有机")
OTHER_BASIS_WORDS = (*CURRENCY_BASIS_WORDS, *LIKE_FOR_LIKE_WORDS, "按固定")
# After a construction's name: the row's point change is at constant currency. Restating the
# prior period at this period's rates moves a growth between amounts by the currency's move,
# but a rate of two amounts of one business (a margin, a cost-income ratio) only through the
# mix of currencies: its point change is near the one the printed rates give, never exactly.
AT_CONSTANT_CURRENCY = "-at-constant-currency"
# Whether a bare-number change cell is a growth rate: the header names one (增幅(%), 增长率);
# a bare 增减(%) beside two rates is their difference in points.
RELATIVE_NOUNS = ("增幅", "降幅", "涨幅", "升幅", "增长率", "变动幅度", "变动率", "变化率", "增速", "增长(%)", "增长(％)")
# A row label naming a rate: its cells are rates even when printed without % (单位:%).
RATE_LABEL = re.compile(r"[(（]\s*[%％]\s*[)）]|率|比例|占比|比重|息差|利差|信贷成本|资金成本|ROE|ROA|NIM", re.IGNORECASE)
_PERCENT_UNIT = re.compile(r"[(（]\s*[%％]\s*[)）]?|[(（]\s*[%％]")
# Columns named by their role rather than their date, as exchange filings print them.
CURRENT_WORDS = ("本报告期末", "本报告期", "报告期末", "报告期", "本期末", "本期", "本年度", "本年末", "本年", "今年")
PRIOR_WORDS = ("上年同期", "去年同期", "上年度末", "上年末", "去年末", "上年度", "上年", "去年", "上期末", "上期",
               "年初", "期初")
# A prior period printed twice, as restated and as first reported: a change compares with
# the restated one.
RESTATED_WORDS = ("调整后", "重述后", "经重述")
ORIGINAL_WORDS = ("调整前", "重述前")
# Words a row prints before a change cell that give its direction (增加 0.78个百分点).
DIRECTION_WORDS = {
    "增加": "up", "上升": "up", "提高": "up", "增长": "up", "上涨": "up", "提升": "up",
    "减少": "down", "下降": "down", "降低": "down", "下跌": "down", "减": "down", "降": "down",
}
# A row that totals the rows under it, and the segments that split a total in two: a
# total row followed by one row per side of a partition states that they add up.
TOTAL_LABEL = re.compile(r"总|合计|全部")
# A row that sums every row of its table above it: 合计 412.58 381.66 under 火电 …, 光伏 ….
TOTAL_ROW = re.compile(r"(?:合计|总计|合計|總計|共计|共計|total)(?:[(（][^()（）]*[)）])?", re.IGNORECASE)
# Rows above a total that do not simply add into it: a slice of the row before (其中：, and
# the slices after it, whose indent the flattened text has lost), a subtotal. An elimination between segments (分部间抵销) or a deduction (减：) adds into it only
# when its cell carries its minus, (12,345) or -12,345.
NOT_A_SUMMAND_ROW = re.compile(r"^\s*(?:其中|含|包括|加|[-—－·•])|小计|小計|合计|总计|合計|總計")
SUBTRACTED_ROW = re.compile(r"^\s*(?:减|減)|抵销|抵消|抵銷|冲销|沖銷|调整|調整")
PARTITIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("中国内地", "中国大陆", "内地", "国内", "境内"), ("国际", "海外", "境外", "国外")),
    (("线上",), ("线下",)),
)
# Cells that hold no figure: a dash, 不适用, N/A. A row keeps its place for them.
EMPTY_CELLS = ("—", "——", "–", "--", "-", "/", "不适用", "N/A", "NA", "n.m.", "NM", "无", "*")
_MINUS = "-−–"
_PLUS = "+＋"
_CHINESE_DIGITS = {"〇": "0", "零": "0", "○": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
                   "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_QUARTER_END = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}

# A column of note numbers (附注 3, 4 …) an annual report prints before the periods.
NOTE_HEADERS = ("附注", "附註", "注释", "註釋", "note", "notes")

# --- reading header cells ------------------------------------------------------------------

_YEAR = r"(?P<year>(?:19|20)\d{2}|[二两][〇零○][〇零○一二三四五六七八九]{2})"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_PERIOD_AFTER_YEAR = (
    r"\s*(?:财年|年度|年)?\s*(?:"
    r"(?:第?(?P<quarter>[一二三四1-4])季度?|Q(?P<q>[1-4]))"
    r"|(?P<first_half>上半年|中期|H1)"
    r"|(?:前三季度)(?P<nine>)"
    r"|(?:0?1\s*[-–~至]\s*(?P<through>1[0-2]|0?[1-9])\s*月?)"
    rf"|(?:(?P<month>{_MONTH_NUMBER})\s*月\s*(?P<day>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)"
    rf"|(?:(?P<month_only>{_MONTH_NUMBER})\s*月(?:份|末|底)?(?!\s*\d))"
    r"|(?:[-/.](?P<dash_month>1[0-2]|0?[1-9])[-/.](?P<dash_day>\d{1,2}))"
    r")?"
)
_DATED = re.compile(rf"(?:FY\s*)?{_YEAR}{_PERIOD_AFTER_YEAR}", re.IGNORECASE)
_QUARTER_FIRST = re.compile(r"Q(?P<q>[1-4])\s*(?P<year>(?:19|20)\d{2})", re.IGNORECASE)
_YEARLESS_DATE = re.compile(
    rf"^(?P<month>{_MONTH_NUMBER})\s*月\s*(?P<day>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日$")
_PARENTHETICAL = re.compile(r"^[（(][^（()）]*[)）]$")
# What may stand around a period in a header cell (截至2024年3月31日止, 2023年末); anything
# more (截至2024年3月31日止三个月, 2023年业绩亮点) makes the cell a title, not a column.
_PERIOD_FRAME = re.compile(r"^[截至止末底年度财全的:：()（）\s]*$")
# A period split by a space (2021 财年, 2021 Q4, 2023 年第一季度, Q4 2021) is one header cell.
_SPLIT_PERIOD = re.compile(r"(?<=\d{4})\s+(?=年|财年|Q[1-4]|第[一二三四1-4]季|[上下]半年|前三季度|\d{1,2}\s*[-–]\s*\d{1,2}月)",
                           re.IGNORECASE)
# Only a cell that opens with its quarter (Q4 2021) is joined: 2024年Q3 2023年Q3 are two cells.
_SPLIT_QUARTER_FIRST = re.compile(r"(?:(?<=^Q[1-4])|(?<=[\s|｜]Q[1-4]))\s+(?=(?:19|20)\d{2})", re.IGNORECASE)
# A broker's quarter (3Q24, 24Q3, 1Q2025): the quarter and the year's last two digits.
_BROKER_QUARTER = re.compile(r"(?P<q>[1-4])Q(?P<year>\d{2}|20\d{2})|(?P<year2>\d{2})Q(?P<q2>[1-4])", re.IGNORECASE)


# Header cells stand apart by spaces, pipes, or a slash between words
# (2023年第一季度/2022年第一季度; never the slashes of a date, 2023/12/31).
_HEADER_CELL_BREAK = re.compile(r"[\s|｜]+|(?<=[^\d\s/])/(?=[^\s/])")


def _joined_periods(line: str) -> str:
    first = _FIRST_DATE_TOKEN.search(line)
    if first is not None and first.group().upper().startswith("Q"):
        return _SPLIT_QUARTER_FIRST.sub("", line)  # Q3 2024 Q3 2023: every cell opens with its quarter
    joined, count = _SPLIT_PERIOD.subn("", line)
    return joined if count else _SPLIT_QUARTER_FIRST.sub("", line)


# The first year or quarter a header line prints, which says how its cells are laid out.
_FIRST_DATE_TOKEN = re.compile(r"(?<![\dA-Za-z])(?:(?:19|20)\d{2}|Q[1-4](?=\s+(?:19|20)\d{2}))", re.IGNORECASE)


def _chinese_number(text: str) -> int:
    """十二 → 12, 三十一 → 31, 九 → 9, 2023 → 2023, 二零二五 → 2025."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        return int(_CHINESE_DIGITS.get(tens, "1") if tens else 1) * 10 + (int(_CHINESE_DIGITS[units]) if units else 0)
    return int("".join(_CHINESE_DIGITS[character] for character in text))


PeriodKey = tuple[int, int, int]  # year, month and day the period ends


def _period_key(token: str) -> PeriodKey | None:
    """When a header cell's period ends: 2022年 → 2022-12-31, 20221-6 → 2022-06-30,
    二零二五年九月三十日 → 2025-09-30, 2023 Q4 → 2023-12-31."""
    found = _QUARTER_FIRST.search(token)
    if found and _PERIOD_FRAME.match(token[:found.start()] + token[found.end():]):
        return int(found.group("year")), _QUARTER_END[found.group("q")], 31
    broker = _BROKER_QUARTER.fullmatch(token.strip())
    if broker:
        year = broker.group("year") or broker.group("year2")
        return (int(year) if len(year) == 4 else 2000 + int(year)), _QUARTER_END[broker.group("q") or broker.group("q2")], 31
    found = _DATED.search(token)
    if found is None or not _PERIOD_FRAME.match(token[:found.start()] + token[found.end():]):
        return None
    year = _chinese_number(found.group("year"))
    quarter = found.group("quarter") or found.group("q")
    if quarter:
        return year, _QUARTER_END[quarter], 31
    if found.group("first_half"):
        return year, 6, 30
    if found.group("nine") is not None:
        return year, 9, 30
    if found.group("through"):
        return year, int(found.group("through")), 31
    if found.group("month"):
        return year, _chinese_number(found.group("month")), _chinese_number(found.group("day"))
    if found.group("month_only"):
        return year, _chinese_number(found.group("month_only")), 31
    if found.group("dash_month"):
        return year, int(found.group("dash_month")), int(found.group("dash_day"))
    return year, 12, 31


def _months(token: str) -> int | None:
    """How long a header cell's period runs, when the cell itself says: 2023 Q4 → 3,
    2023财年 → 12, 2023年1-9月 → 9; a bare year or date leaves it to a group title."""
    found = _QUARTER_FIRST.search(token)
    if found or _BROKER_QUARTER.fullmatch(token.strip()):
        return 3
    found = _DATED.search(token)
    if found is None:
        return None
    if found.group("quarter") or found.group("q"):
        return 3
    if found.group("first_half"):
        return 6
    if found.group("nine") is not None:
        return 9
    if found.group("through"):
        return int(found.group("through"))
    if re.search(r"财年|年度|FY|全年", token, re.IGNORECASE):
        return 12
    return None


Role = Literal["current", "prior"]


@dataclass(frozen=True)
class Column:
    """One column the header names: a period (by its date or its role) or a change."""

    words: str
    kind: Literal["period", "change", "share"]
    ends: PeriodKey | None = None  # when a dated period ends
    months: int | None = None  # how long it runs, when the header says (Q4: 3, 财年: 12)
    role: Role | None = None  # 本报告期 / 上年同期
    restated: bool | None = None  # True: 调整后, False: 调整前, None: printed once
    points: bool = False  # the change is in percentage points
    relative: bool = False  # the header names a growth rate (增幅(%), 增长率)
    in_percent: bool = False  # the header gives its unit as % (本年比上年增减(%))
    delta: bool = False  # the header names a difference of amounts (增减额)
    other_basis: bool = False  # constant currency: not computable from the cells
    constant_currency: bool = False  # that basis is a currency's alone (固定汇率), not like-for-like
    unread: bool = False  # 基点 and other units the rules do not read


# A cell naming a role, alone or with a bracketed note (上年同期(调整后)); 上年同期为负 is a
# cell's words, not a column.
_ROLE_CELLS: tuple[tuple[re.Pattern[str], Role], ...] = tuple(
    (re.compile(rf"(?:{'|'.join(words)})(?:数|金额)?(?:[（(][^（()）]*[)）])?\d?"), role)  # type: ignore[misc]
    for words, role in ((CURRENT_WORDS, "current"), (PRIOR_WORDS, "prior")))


def _has(text: str, words: Sequence[str]) -> bool:
    lowered = text.lower()
    return any(word.lower() in lowered for word in words)


def _change_column(words: str) -> Column:
    return Column(words, "change", points=_has(words, POINTS_WORDS), relative=_has(words, RELATIVE_NOUNS),
                  in_percent=bool(_PERCENT_UNIT.search(words)),
                  delta=_has(words, DELTA_WORDS) and not _has(words, RELATIVE_NOUNS),
                  other_basis=_has(words, OTHER_BASIS_WORDS), unread=_has(words, UNREAD_CHANGE_WORDS + COMPOUND_WORDS),
                  constant_currency=_has(words, CURRENCY_BASIS_WORDS) and not _has(words, LIKE_FOR_LIKE_WORDS))


# Q1 Q2 Q3 Q4 全年 over a results table: the stretches of the one year the article reports,
# which the header leaves unnamed. They are dated in the table's own year, YEARLESS, so they
# order and contain one another but never meet a dated period of the prose or another table.
YEARLESS = 0
_YEARLESS_PERIOD = re.compile(r"Q(?P<q>[1-4])|第?(?P<chinese_q>[一二三四])季度?|全年度?", re.IGNORECASE)


def _header_cell(token: str) -> Column | None:
    """What a header cell names, or None when it names no column (项目, 单位, a group title)."""
    if _has(token, SHARE_WORDS):
        return Column(token, "share")
    is_change = _has(token, CHANGE_WORDS + POINTS_WORDS + UNREAD_CHANGE_WORDS + COMPOUND_WORDS) or (
        "比" in token and _has(token, CURRENT_WORDS + PRIOR_WORDS)) or (
        token.startswith(COMPARED_WITH) and len(token) > 2)
    if is_change:
        return _change_column(token)
    ends = _period_key(token)
    if ends is not None:
        return Column(token, "period", ends=ends, months=_months(token))
    yearless = _YEARLESS_PERIOD.fullmatch(token)
    if yearless:
        quarter = yearless.group("q") or yearless.group("chinese_q")
        if quarter:
            return Column(token, "period", ends=(YEARLESS, _QUARTER_END[quarter], 31), months=3)
        return Column(token, "period", ends=(YEARLESS, 12, 31), months=12)
    for pattern, role in _ROLE_CELLS:
        if pattern.fullmatch(token):
            return Column(token, "period", role=role)
    return None


@dataclass
class Header:
    """The columns a run of header lines names, in the order printed."""

    columns: list[Column] = field(default_factory=list)
    restated_order: list[bool] = field(default_factory=list)  # 调整后 调整前 … as printed
    group_months: list[int] = field(default_factory=list)  # the group titles' lengths, as printed
    same_line_roles: list[Role] = field(default_factory=list)  # roles printed together on one line
    notes_before: bool = False  # a 附注 column before the periods: rows may print a note's number first

    @property
    def periods(self) -> list[Column]:
        return [column for column in self.columns if column.kind == "period"]

    def months_of(self, column: Column) -> int | None:
        """How long a period column runs: its own words, or the group title over it when the
        titles split the period columns evenly (三个月 over the first half, 九个月 over the rest)."""
        if column.months is not None:
            return column.months
        periods = self.periods
        groups = self.group_months
        place = next((index for index, each in enumerate(periods) if each is column), None)
        if place is None or not groups or len(periods) % len(groups):
            return None
        return groups[place // (len(periods) // len(groups))]


def read_header(lines: Sequence[str]) -> Header:
    """The columns named by header lines: cells split on spaces, a bracketed qualifier on its
    own line (按年变动 / (固定汇率)) joined to the cell above, a yearless date (九月三十日)
    joined to the year above it (二零二五年)."""
    header = Header()
    for line in lines:
        if _spread_sub_columns(header, line):
            continue
        roles_on_line: list[Role] = []
        for token in _HEADER_CELL_BREAK.split(_joined_periods(line)):
            if not token:
                continue
            if token in RESTATED_WORDS or token in ORIGINAL_WORDS:
                header.restated_order.append(token in RESTATED_WORDS)
                continue
            previous = header.columns[-1] if header.columns else None
            if previous is not None and _PARENTHETICAL.match(token):
                if previous.kind == "change":
                    header.columns[-1] = _change_column(previous.words + token)
                continue
            yearless = _YEARLESS_DATE.match(token)
            if yearless:
                if previous is not None and previous.ends is not None and previous.ends[1:] == (12, 31) \
                        and _DATED.fullmatch(previous.words.rstrip("年")) is not None:
                    header.columns[-1] = Column(previous.words + token, "period", ends=(
                        previous.ends[0], _chinese_number(yearless.group("month")),
                        _chinese_number(yearless.group("day"))))
                continue
            column = _header_cell(token)
            if column is None and token.lower() in NOTE_HEADERS and not header.periods:
                header.notes_before = True
                continue
            if column is None:
                months = next((length for pattern, length in SPAN_TITLES if pattern.search(token)), None)
                if months is not None:
                    header.group_months.append(months)
                continue
            header.columns.append(column)
            if column.role is not None:
                roles_on_line.append(column.role)
        if len(roles_on_line) >= 2:
            header.same_line_roles = roles_on_line
    if any(_yearless(column) for column in header.periods) and not all(_yearless(column) for column in header.periods):
        # 2024年 Q1: a yearless stretch beside a dated one may be of another year.
        header.columns = [column for column in header.columns if not _yearless(column)]
    return header


def _yearless(column: Column) -> bool:
    return column.ends is not None and column.ends[0] == YEARLESS


def _spread_sub_columns(header: Header, line: str) -> bool:
    """2024年 2023年 同比增减 over 金额 占营业收入比重 金额 占营业收入比重: each period spans a group
    of sub-columns (an HTML colspan flattened to one line), the amount under the period and its
    share beside it. Spreads the periods read so far over the groups, in place; True when the
    line was such a run of groups."""
    tokens = [token for token in _HEADER_CELL_BREAK.split(line) if token]
    periods = header.periods
    if len(periods) < 2 or len(tokens) % len(periods):
        return False
    width = len(tokens) // len(periods)
    group = tokens[:width]
    if width < 2 or tokens != group * len(periods) or any(_header_cell(token) is not None and
                                                         _header_cell(token).kind != "share" for token in group):
        return False
    # 占营业收入比例 beside 金额 is a share too, though 比例 alone may name a change (增减比例).
    shares = [_has(token, SHARE_WORDS) or (token.startswith("占") and "比" in token) for token in group]
    if shares.count(False) != 1 or not any(shares):
        return False  # one amount per period, the others its shares of the whole
    spread: list[Column] = []
    for column in header.columns:
        if column.kind != "period":
            spread.append(column)
            continue
        spread.extend(Column(token, "share") if share else column for token, share in zip(group, shares))
    header.columns = spread
    return True


def names_columns(line: str) -> bool:
    """Whether a line without figures is (part of) a header rather than a row label."""
    return bool(read_header([line]).columns)


# The stretch a column runs, by its length in months and the month it ends: 3 months to
# September is the third quarter.
_STRETCHES: dict[tuple[int, int], str] = {
    (3, 3): "Q1", (3, 6): "Q2", (3, 9): "Q3", (3, 12): "Q4", (6, 6): "H1", (6, 12): "H2", (9, 9): "Q1-Q3", (12, 12): "",
}


def column_periods(line: str, year: int | None = None) -> tuple[str | None, ...] | None:
    """The period each column of a header line of dated columns names, as claims name
    periods (2024年第三季度 → ``2024Q3``, 2023年1-9月 → ``2023Q1-Q3``), for the cells of the rows
    under it: in a table of two blocks (| 2025年第三季度 | 2025年Q2 | … then | 2024年第三季度 |
    2024年第二季度 | …) each row's cells are of the header right above them, not of the first
    block's or the article's period. None for a column whose stretch the line leaves open (a
    change, a role, a bare 2023年 that may be a year or its end); None for the whole line when it
    names fewer than two dated columns. Yearless columns (Q1 Q2 Q3 Q4 全年) are of ``year``, the
    year the article reports, when it is given; without it they name no period."""
    header = read_header([line])
    if sum(column.ends is not None and (year is not None or not _yearless(column)) for column in header.columns) < 2:
        return None
    periods: list[str | None] = []
    for column in header.columns:
        months = header.months_of(column) if column.kind == "period" else None
        stretch = _STRETCHES.get((months, column.ends[1])) if months and column.ends else None
        if stretch is None or column.ends is None:
            periods.append(None)
        else:
            periods.append(f"{year if _yearless(column) else column.ends[0]}{stretch}")
    return tuple(periods)


# --- reading rows --------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One printed cell of a row: its figure, and the sign or direction printed around it."""

    claim: Claim
    negative: bool  # (0.28), -1.2%: a minus the figure's own reading may not carry
    direction: str | None  # 增加 0.78个百分点

    @property
    def is_rate(self) -> bool:
        return self.claim.dimension == "percent"

    @property
    def is_points(self) -> bool:
        return self.claim.dimension == "pp"

    @property
    def is_amount(self) -> bool:
        return self.claim.dimension in ("money", "count", "number")


_SENTENCE_PUNCTUATION = re.compile(r"[。；;！？!?，]")
_LONGEST_HEADER = 60  # characters: a longer line without figures is a sentence
# 营业收入构成情况如下：: a sentence that leads into the table, ended by its colon; a header
# cell says 单位：亿元, never ends on one.
_LEAD_IN = re.compile(r"[：:]\s*$")
_BETWEEN_CELLS = re.compile(
    rf"^\s*(?P<word>{'|'.join(sorted(DIRECTION_WORDS, key=len, reverse=True))})?\s*(?:(?P<minus>[{_MINUS}])|[{_PLUS}])?$")
_LABEL_TAIL = re.compile(
    rf"(?:\s(?P<word>{'|'.join(sorted(DIRECTION_WORDS, key=len, reverse=True))}))?\s*(?:(?P<minus>(?<=\s)[{_MINUS}])|(?<=\s)[{_PLUS}])?$")


@dataclass(frozen=True)
class Line:
    """A sentence read as a table line: a label and its cells, or text with no figure."""

    text: str
    label: str
    cells: tuple[Cell | None, ...]  # None: a Markdown cell left empty or holding words
    is_prose: bool = False

    @property
    def is_text(self) -> bool:
        return not self.cells and not self.is_prose

    @property
    def is_single_cell(self) -> bool:
        return len(self.cells) == 1 and self.cells[0] is not None and not self.label


def read_line(sentence: SentenceFigures) -> Line:
    """A sentence as a table line: after an optional label, nothing but figures separated by
    spaces (a direction word or a minus may stand before a cell); anything else is prose."""
    text = sentence.text
    figures: list[PlacedFigure] = []
    for figure in sorted(sentence.figures, key=lambda placed: placed.start):
        if not figures or figure.start >= figures[-1].end:
            figures.append(figure)
    prose = Line(text, "", (), is_prose=True)
    if not figures:
        # A note under a table (注:…的规定计算。) is prose, not a header or a label.
        # A Markdown header row is as long as its cells, not its run of empty ones (| 2025年Q3 | … ||||||).
        cells_text = _PIPE.sub(" ", text).strip() if len(_PIPE.findall(text)) >= 2 else text.strip()
        return prose if _SENTENCE_PUNCTUATION.search(text) or _LEAD_IN.search(text) \
            or len(" ".join(cells_text.split())) > _LONGEST_HEADER else Line(text, text.strip(), ())
    if len(_PIPE.findall(text)) >= 2:
        return _read_pipe_line(text, figures)
    head = text[:figures[0].start]
    if _SENTENCE_PUNCTUATION.search(head):
        return prose
    tail = _LABEL_TAIL.search(head)
    label = head[:tail.start()].strip() if tail else head.strip()
    cells: list[Cell | None] = []
    words = label.split()
    while len(words) > 1 and words[-1] in EMPTY_CELLS:
        cells.append(None)  # 毛利率 — 40.0%: an empty cell before the first figure
        words.pop()
    label = " ".join(words) if cells else label
    for index, figure in enumerate(figures):
        if index == 0:
            word, minus = (tail.group("word"), tail.group("minus")) if tail else (None, None)
        else:
            gap = _read_gap(text[figures[index - 1].end:figure.start])
            if gap is None:
                return prose
            empty, word, minus = gap
            cells.extend([None] * empty)
        cells.append(Cell(figure.claim, negative=figure.claim.value < 0 or minus is not None,
                          direction=DIRECTION_WORDS.get(word) if word else None))
    trailing = text[figures[-1].end:].split()
    if any(token not in EMPTY_CELLS for token in trailing):
        return prose
    cells.extend([None] * len(trailing))
    return Line(text, label, tuple(cells))


# One printed cell of a flattened row: a number with its sign, brackets, percent or points, or
# an empty cell's mark (—, 不适用).
_CELL_TOKEN = re.compile(
    rf"(?:{'|'.join(sorted(DIRECTION_WORDS, key=len, reverse=True))})?[{_MINUS}{_PLUS}]?[(（]?\d[\d,]*(?:\.\d+)?[)）]?"
    r"\s?(?:%|％|個百分點|个百分点|百分點|百分点|pp|ppt)?[)）]?", re.IGNORECASE)


def is_table_row(text: str) -> bool:
    """毛利率 37.0% 38.5% (1.5)個百分點: a label and two or more cells apart by spaces, nothing
    else, as an HTML or PDF table row reads once flattened; a headline or a sentence is not one."""
    tokens = unicodedata.normalize("NFKC", text).split()
    cells = 0
    for token in reversed(tokens):
        if _CELL_TOKEN.fullmatch(token):
            cells += 1
        elif token in EMPTY_CELLS:
            continue
        else:
            break
    else:
        return cells >= 2
    label = tokens[:len(tokens) - cells - sum(1 for token in tokens if token in EMPTY_CELLS)]
    return cells >= 2 and len(label) <= 2 and not _SENTENCE_PUNCTUATION.search(" ".join(label))


def _read_gap(gap: str) -> tuple[int, str | None, str | None] | None:
    """What stands between two cells: empty cells (—, 不适用), then a direction word and a
    sign for the next cell. A lone dash just before a figure may be either an empty cell or
    the figure's sign: the row is then not read."""
    found = _BETWEEN_CELLS.match(gap)
    if found:
        return 0, found.group("word"), found.group("minus")
    tokens = gap.split()
    sign_attached = bool(gap) and not gap[-1].isspace() and gap[-1] in _MINUS + _PLUS
    minus = gap[-1] if sign_attached and gap[-1] in _MINUS else None
    if sign_attached:
        tokens[-1] = tokens[-1][:-1]
        if not tokens[-1]:
            tokens.pop()
    word = tokens.pop() if tokens and tokens[-1] in DIRECTION_WORDS else None
    if not tokens or any(token not in EMPTY_CELLS for token in tokens):
        return None
    if not sign_attached and word is None and tokens[-1] in _MINUS:
        return None
    return len(tokens), word, minus


_PIPE = re.compile(r"[|｜]")
_CELL_FRAME = re.compile(
    rf"^\s*(?P<word>{'|'.join(sorted(DIRECTION_WORDS, key=len, reverse=True))})?\s*(?:(?P<minus>[{_MINUS}])|[{_PLUS}])?\s*$")


def _read_pipe_line(text: str, figures: Sequence[PlacedFigure]) -> Line:
    """| 营业收入 | 368,385 | | 7.2% |: a Markdown row, whose pipes keep every cell in its
    place; an empty cell or one of words (不适用) holds no figure."""
    prose = Line(text, "", (), is_prose=True)
    bounds = [-1] + [found.start() for found in _PIPE.finditer(text)] + [len(text)]
    label, cells = "", []
    for start, end in zip(bounds, bounds[1:]):
        inside = [figure for figure in figures if start < figure.start and figure.end <= end]
        field_text = text[start + 1:end]
        if not inside:
            words = field_text.strip()
            if words and not cells and not label:
                label = words
            elif words or cells or label:
                cells.append(None)
            continue
        if len(inside) > 1:
            return prose
        figure = inside[0]
        frame = _CELL_FRAME.match(text[start + 1:figure.start]) if not text[figure.end:end].strip() else None
        if frame is None:
            return prose
        cells.append(Cell(figure.claim, negative=figure.claim.value < 0 or frame.group("minus") is not None,
                          direction=DIRECTION_WORDS.get(frame.group("word")) if frame.group("word") else None))
    while cells and cells[-1] is None:
        cells.pop()  # the trailing pipes of a row
    return Line(text, label, tuple(cells))


@dataclass(frozen=True)
class Row:
    """A table row with the header in force over it."""

    label: str
    cells: tuple[Cell | None, ...]  # None: a cell printed as words (上年同期为负)
    header: Header
    layout: str  # the construction name: how the row was flattened
    table: int = 0  # which table of the document: rows under one run of header lines share it
    after_words: bool = False  # a line of words (分行业, 其中：) stands between it and the row before


def table_rows(sentences: Sequence[SentenceFigures]) -> list[Row]:
    """The rows of every table of a document, each with the header lines above it."""
    # The title is never part of a table: it ends any header run before the body.
    lines = [read_line(sentence) if sentence.source != "title" else Line(sentence.text, "", (), is_prose=True)
             for sentence in sentences]
    rows: list[Row] = []
    header_lines: list[str] = []
    under_header = False  # a row has been read since the header began
    table = 0
    words_since_row = 0  # lines of words read under the header since the last row
    index = 0
    while index < len(lines):
        line = lines[index]
        previous = lines[index - 1] if index else None
        if line.is_prose:
            header_lines, under_header = [], False
            index += 1
            continue
        if line.is_text:
            words_since_row += 1 if under_header else 0
            if under_header and names_columns(line.text):
                # 截至下列日期止九个月 / 二零二五年 …: a title over the columns, printed on the lines
                # just before the next table's first header line, says how long they run.
                header_lines, under_header = _titles_before(lines, index), False
            if not under_header:
                header_lines.append(line.text)
            index += 1
            continue
        label_above = previous is not None and previous.is_text and not line.label
        own_lines = header_lines[:-1] if label_above and not under_header and header_lines else header_lines
        header = read_header(own_lines)
        if not under_header:
            table += 1
        after_words = under_header and words_since_row > (1 if label_above else 0)
        if line.is_single_cell and label_above:
            cells, index = _cells_one_per_line(lines, index, len(header.columns))
            rows.append(Row(previous.label, cells, header, "table-row-one-cell-per-line", table, after_words))
        elif label_above:
            rows.append(Row(previous.label, line.cells, header, "table-row-under-its-label", table, after_words))
            index += 1
        else:
            rows.append(Row(line.label, line.cells, header, "table-row-on-one-line", table, after_words))
            index += 1
        under_header, words_since_row = True, 0
    return rows


def _titles_before(lines: Sequence[Line], index: int, reach: int = 3) -> list[str]:
    """The group titles (截至下列日期止九个月) among the text lines right before ``index``."""
    titles: list[str] = []
    for line in reversed(lines[max(0, index - reach):index]):
        if not line.is_text:
            break
        if any(pattern.search(line.text) for pattern, _ in SPAN_TITLES) and not names_columns(line.text):
            titles.insert(0, line.text)
    return titles


def _cells_one_per_line(lines: Sequence[Line], start: int, width: int) -> tuple[tuple[Cell | None, ...], int]:
    """The cells of a row printed one per line, from ``start``. A line of words among them
    (上年同期为负) stands for a cell only when the cells after it complete the header's width."""
    cells: list[Cell | None] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if line.is_single_cell:
            cells.append(line.cells[0])
            index += 1
            continue
        if line.is_text and width and len(cells) < width:
            following = 0
            while index + 1 + following < len(lines) and lines[index + 1 + following].is_single_cell:
                following += 1
            if following and len(cells) + 1 + following == width:
                cells.append(None)
                index += 1
                continue
        break
    return tuple(cells), index


# --- lining a row up with its header -------------------------------------------------------


Placed = list[tuple[Column, Cell | None]]


def _lined_up(row: Row) -> list[Placed]:
    """The ways the row's cells can be lined up with the header's columns, best first: cell
    for column from the right (the label column and any group titles stand to the left), and,
    when the header's change cells were printed out of place (同比 / 改变 above the years),
    the period columns in order over the amount cells with the percentages as changes."""
    readings = []
    columns = row.header.columns
    cells = row.cells
    if row.header.notes_before and len(cells) == len(columns) + 1 and _note_number(cells[0]):
        row = Row(row.label, cells[1:], row.header, row.layout, row.table)  # 收入 3 2,345.6 …: note 3
    # Role-named columns printed on different lines (上年同期 spanning 调整后 调整前 above
    # 项目 本报告期): their places in the text are not the cells' places.
    roles = [column.role for column in columns if column.role is not None]
    in_place = not roles or sorted(roles) == sorted(row.header.same_line_roles)
    if in_place and len(columns) >= len(row.cells):
        readings.append(list(zip(columns[len(columns) - len(row.cells):], row.cells)))
    by_dimension = _by_dimension(row)
    if by_dimension is not None:
        readings.append(by_dimension)
    return readings


def _note_number(cell: Cell | None) -> bool:
    return cell is not None and cell.claim.dimension == "number" and re.fullmatch(r"\d{1,2}", cell.claim.text) is not None


def _by_dimension(row: Row) -> Placed | None:
    """Amount cells under the period columns, in order; percentages and points as changes."""
    cells = row.cells
    if any(cell is None for cell in cells):
        return None
    changes = [cell for cell in cells if cell.is_rate or cell.is_points]
    levels = [cell for cell in cells if not (cell.is_rate or cell.is_points)]
    if not changes or len(levels) < 2:
        return None
    if any(column.other_basis or column.unread for column in row.header.columns if column.kind == "change"):
        return None  # which change column is on another basis cannot be told
    if any(column.kind == "share" for column in row.header.columns):
        return None  # a percentage may be a share rather than a change
    periods = _ordered_periods(row.header)
    if periods is None or len(periods) < len(levels):
        return None
    periods = periods[len(periods) - len(levels):]
    placed: Placed = []
    level_columns = iter(periods)
    for cell in cells:
        if cell.is_rate or cell.is_points:
            placed.append((Column("", "change"), cell))
        else:
            placed.append((next(level_columns), cell))
    return placed


def _ordered_periods(header: Header) -> list[Column] | None:
    """The header's period columns in the order the cells stand. Dated columns stand as
    printed. Columns named by role stand as printed when one line names both; a restated
    prior (调整后 调整前) spans two columns, after the current one as exchange filings lay
    them out; otherwise their order is unknown."""
    periods = header.periods
    roles = [column.role for column in periods if column.role is not None]
    if not roles:
        return periods
    if len(roles) != len(periods):
        return None  # dates and roles mixed: no order between them
    if header.restated_order and roles.count("prior") == 1 and roles.count("current") == 1:
        current = next(column for column in periods if column.role == "current")
        prior = next(column for column in periods if column.role == "prior")
        order = list(dict.fromkeys(header.restated_order))
        if len(order) != 2:
            return None
        return [current] + [Column(prior.words, "period", role="prior", restated=flag) for flag in order]
    if header.same_line_roles and sorted(header.same_line_roles) == sorted(roles):
        by_role = {column.role: column for column in periods}
        if len(by_role) == len(periods):
            return [by_role[role] for role in header.same_line_roles]
    return None


def _later(first: Column, second: Column) -> bool | None:
    """Whether ``first`` is the later period, or None when the header does not say."""
    if first.ends is not None and second.ends is not None and first.ends != second.ends:
        return first.ends > second.ends
    if first.role is not None and second.role is not None and first.role != second.role:
        return first.role == "current"
    return None


# --- the relations a lined-up row states ---------------------------------------------------


@dataclass(frozen=True)
class _Stated:
    kind: Literal["growth_prior", "pp_change", "from_to"]
    current: Claim
    prior: Claim
    change: Claim
    direction: str | None
    constant_currency: bool = False  # a point change at constant currency (AT_CONSTANT_CURRENCY)


def _pair(group: list[tuple[Column, Cell | None]], row_current: tuple[Column, Cell] | None, change: Column):
    """The current and prior cells a change column compares: the two periods before it, or a
    restated prior against the current; a lone period (环比 after 同比) against the row's
    current period; among three or more dated periods, the one its basis names (同比: a year
    before the latest). A period whose cell is empty leaves the pair unknown."""
    if len(group) == 1 and row_current is not None:
        if group[0][1] is not None and _later(row_current[0], group[0][0]):
            return row_current, group[0]
        return None
    if len(group) >= 3 and all(column.ends is not None for column, _ in group):
        return _pair_by_basis(group, change)
    if any(cell is None for _, cell in group):
        return None
    restated = [entry for entry in group if entry[0].restated is True]
    if restated:
        others = [entry for entry in group if entry[0].restated is None]
        if len(restated) == 1 and len(others) == 1 and _later(others[0][0], restated[0][0]):
            return others[0], restated[0]
        return None
    if len(group) != 2:
        return None
    first, second = group
    later = _later(first[0], second[0])
    if later is None:
        return None
    return (first, second) if later else (second, first)


def _pair_by_basis(group: list[tuple[Column, Cell | None]], change: Column):
    """2024年 2023年 2022年 同比: the latest period against the one a year before it."""
    latest = max(group, key=lambda entry: entry[0].ends)  # type: ignore[arg-type,return-value]
    year, month, day = latest[0].ends  # type: ignore[misc]
    if _has(change.words, YEAR_ON_YEAR_WORDS):
        before = (year - 1, month, day)
    elif _has(change.words, QUARTER_ON_QUARTER_WORDS) and latest[0].months == 3:
        # 3Q23 2Q24 3Q24 环比: the quarter before the latest.
        before = (year, month - 3, day) if month > 3 else (year - 1, 12, day)
    else:
        return None
    prior = [entry for entry in group if entry[0].ends == before]
    if len(prior) != 1 or latest[1] is None or prior[0][1] is None:
        return None
    if sum(1 for column, _ in group if column.ends == latest[0].ends) != 1:
        return None
    return latest, prior[0]


def _stated_in_row(placed: Placed, label: str = "") -> list[_Stated]:
    stated: list[_Stated] = []
    group: list[tuple[Column, Cell | None]] = []
    row_current: tuple[Column, Cell] | None = None
    after_change = False  # 增减额 增减率, 变动(固定汇率) 变动(实质汇率): side by side, one pair
    for column, cell in placed:
        if column.kind == "period":
            if cell is not None and cell.is_points:
                return []  # points under a period column: the row is not lined up
            if after_change:
                group, after_change = [], False
            group.append((column, cell))
            continue
        if column.kind == "share":
            continue  # 2024年 占比 2023年 占比 同比: the change compares the two periods
        after_change = True
        if cell is None or (column.other_basis and not column.constant_currency) or column.unread:
            continue
        if not (cell.is_rate or cell.is_points or cell.claim.dimension == "number" or column.delta):
            continue
        pair = _pair(group, row_current, column)
        if pair is None:
            continue
        (current_column, current), (_, prior) = pair
        if row_current is None or _later(current_column, row_current[0]):
            row_current = (current_column, current)
        kind = _kind(column, current, prior, cell, bool(RATE_LABEL.search(label)))
        if kind is None or (column.other_basis and (kind != "pp_change" or _has(label, CHANGE_WORDS))):
            continue  # a growth at constant currency, or points between two growths, move with the currency
        direction = cell.direction or ("down" if cell.negative else None)
        stated.append(_Stated(kind, current.claim, prior.claim, cell.claim, direction, column.other_basis))
    return stated


def _kind(column: Column, current: Cell, prior: Cell, change: Cell, rate_label: bool) -> str | None:
    """Growth between two amounts, points between two rates; a change the header and the
    cells leave in doubt (a % beside two rates under 变动) is not read."""
    if current.is_rate != prior.is_rate:
        return None
    if change.is_points:
        return "pp_change" if not (current.is_amount and current.claim.dimension != "number") else None
    if current.is_rate:
        # 0.81% 0.78% 0.03 under 增减(%), or a % under 变化百分点: points between rates.
        bare = change.claim.dimension == "number" and not column.relative
        return "pp_change" if bare or column.points else None
    if column.points or rate_label or not comparable_units(current.claim, prior.claim):
        return None  # rates printed without % (单位:%): a change beside them may be points
    # 营业收入 1,234 1,100 12.18 under 本年比上年增减(%): a bare number beside two amounts is
    # their growth in percent.
    if change.is_rate or ((column.relative or column.in_percent) and change.claim.dimension == "number"):
        return "growth_prior"
    if column.delta and change.is_amount and comparable_units(change.claim, current.claim):
        return "from_to"
    return None


def _consistent(placed: Placed) -> bool:
    """A lining-up is believable when every period column holds a level of one kind (all
    rates or all amounts) and every change column a percentage, points or a bare number."""
    levels = [cell for column, cell in placed if column.kind == "period" and cell is not None]
    if any(cell.is_points for cell in levels):
        return False
    if len({cell.is_rate for cell in levels}) > 1:
        return False
    return all(cell.is_rate or cell.is_points or cell.claim.dimension == "number" or column.delta
               for column, cell in placed if column.kind == "change" and cell is not None)


def stated_in_tables(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    """Every growth and point change the rows of the document's tables state, and the
    totals their segment rows add up to."""
    relations: dict[str, Relation] = {}
    read = _read_tables(sentences)
    rows = [row for row, _ in read]
    placements = [placed for _, placed in read]
    for row, placed in read:
        for each in _stated_in_row(placed, row.label) if placed is not None else []:
            relation = _relation(each, row.layout + (AT_CONSTANT_CURRENCY if each.constant_currency else ""))
            if relation is not None:
                relations.setdefault(relation.id, relation)
    for relation in [*_segment_sums(rows, placements), *_total_row_sums(rows, placements),
                     *_share_columns(rows, placements)]:
        relations.setdefault(relation.id, relation)
    for row, placed in zip(rows, placements):
        if placed is not None:
            for relation in _periods_within_the_year(row, placed):
                relations.setdefault(relation.id, relation)
    for relation in _growths_against_columns(sentences, read):
        relations.setdefault(relation.id, relation)
    for relation in _stretches_across_tables(_dated_cells(read)):
        relations.setdefault(relation.id, relation)
    return list(relations.values())


# --- a growth printed in prose whose baseline is a table's cell ---------------------------

# 较2024年第三季度增长40.8%: the period a comparison names, right after its word.
_COMPARED_PERIOD = re.compile(
    rf"(?:{'|'.join(sorted(COMPARISON_WORDS, key=len, reverse=True))})\s*(?P<period>(?:19|20)\d{{2}}[^，,。；;：:\ue000]{{0,12}}?)"
    rf"\s*(?:相比)?\s*的?\s*(?:{'|'.join(sorted(set(VERBS_UP + VERBS_DOWN), key=len, reverse=True))}|$)")
_PRIOR_KEY = {"同比": lambda year, month: (year - 1, month),
              "环比": lambda year, month: (year, month - 3) if month > 3 else (year - 1, 12)}


@dataclass(frozen=True)
class _DatedCell:
    row: int  # which row of the document it stands in
    label: str
    ends: tuple[int, int]  # year and month the column's period ends
    months: int | None
    claim: Claim


def _dated_cells(read: Sequence[tuple[Row, Placed | None]]) -> list[_DatedCell]:
    """Every amount cell of a table under a period column, with the period's end and length."""
    found = []
    for number, (row, placed) in enumerate(read):
        for column, cell in placed or ():
            if column.kind == "period" and column.ends is not None and cell is not None and cell.is_amount \
                    and not _yearless(column):
                found.append(_DatedCell(number, row.label.strip(" |｜"), column.ends[:2], row.header.months_of(column),
                                        cell.claim))
    return found


# Rows of flows that never fall below zero: a shorter stretch above a longer one is an error.
# Any other row (盈利, 每股盈利) may hold a loss in some stretch: only a warning.
_NEVER_NEGATIVE_ROWS = ("收入", "营收", "营业额", "销量", "交付", "销售额")


def _stretches_across_tables(cells: Sequence[_DatedCell]) -> list[Relation]:
    """截至下列日期止三个月 … 收入 192,869 and, in the table after it, 截至下列日期止九个月 … 收入
    557,395: the rows of one label in two tables whose columns end on the same date, one
    running three months and the other nine, state the shorter stretch inside the longer."""
    by_end: dict[tuple[str, tuple[int, int]], list[_DatedCell]] = {}
    for cell in cells:
        if cell.months is not None and len(cell.label) >= 2:
            by_end.setdefault((cell.label, cell.ends), []).append(cell)
    found = []
    for (label, _ends), same in sorted(by_end.items()):
        lengths = {cell.months for cell in same}
        if len(lengths) != 2 or len(same) != 2 or same[0].row == same[1].row:
            continue  # one figure per stretch, from two rows
        part, whole = sorted(same, key=lambda cell: cell.months or 0)
        if not comparable_units(part.claim, whole.claim):
            continue
        signed = "" if any(word in label for word in _NEVER_NEGATIVE_ROWS) else SIGNED
        found.append(Relation(
            id=f"period_containment:{part.claim.id}<{whole.claim.id}", document=whole.claim.document,
            kind="period_containment", construction=f"{signed}table-stretch-inside-a-longer-one",
            fillers=(Filler(role="part", claim=part.claim.id), Filler(role="total", claim=whole.claim.id)),
        ))
    return found


def _growths_against_columns(sentences: Sequence[SentenceFigures],
                             read: Sequence[tuple[Row, Placed | None]]) -> list[Relation]:
    """交付量2025年第三季度为87071辆，较2024年第三季度增长40.8%, beside a table whose 交付 row
    prints 87,071 under 2025年第三季度 and 61,855 under 2024年第三季度: the row that prints the
    figure again, with the same value, under the figure's own period, gives its baseline in the
    column of the period the comparison names (or its basis: 同比 a year before, 环比 a quarter).
    Two growths of one figure measured from one baseline say the text misnames a basis: each
    is read against the baselines of both (``EITHER_BASIS``), or not at all."""
    cells = _dated_cells(read)
    if not cells:
        return []
    table_claims = {cell.claim.id for cell in cells}
    found: list[Relation] = []
    for sentence in sentences:
        current: PlacedFigure | None = None
        by_baseline: dict[tuple[str, str], list[tuple[Relation, Claim, bool]]] = {}
        previous_end = 0
        for placed in sentence.figures:
            claim, since = placed.claim, sentence.text[previous_end:placed.start]
            previous_end = max(previous_end, placed.end)
            if claim.id in table_claims:
                break  # a table's own line
            if claim.kind == "figure":
                current = placed if claim.dimension in ("money", "count", "number") and not claim.forecast else None
                continue
            if current is None or claim.kind != "growth" or claim.dimension != "percent" or claim.forecast:
                continue
            if _of_another_measure(claim, current.claim):
                continue
            relation = _growth_against_column(since, current.claim, claim, cells)
            if relation is not None:
                by_basis = _COMPARED_PERIOD.search(since) is None
                by_baseline.setdefault((current.claim.id, relation.claim_in("prior") or ""), []).append(
                    (relation, claim, by_basis))
        for readings in by_baseline.values():
            if len(readings) == 1:
                found.append(readings[0][0])
            elif len(readings) == 2 and all(by_basis for _, _, by_basis in readings):
                current_id = readings[0][0].claim_in("current")
                current_claim = next(placed.claim for placed in sentence.figures if placed.claim.id == current_id)
                found.extend(_either_basis(current_claim, [growth for _, growth, _ in readings], cells))
    return found


def _of_another_measure(growth: Claim, figure: Claim) -> bool:
    """交付量为28,406辆，营收同比增长35.6%: a growth that names a measure of its own, not the
    figure's, and that the extractor does not tie to the figure, is not the figure's growth."""
    if growth.of_claim == figure.id or not names_a_measure(growth.metric_key):
        return False
    return growth.metric_key not in figure.metric_key and figure.metric_key not in growth.metric_key


# The construction of a growth read against the baselines of both bases a quarter's change may
# run from, when the text gives the quarter two growths it calls by one basis.
EITHER_BASIS = "growth-against-a-table-column-of-either-basis"


def _either_basis(current: Claim, growths: Sequence[Claim], cells: Sequence[_DatedCell]) -> list[Relation]:
    """交付量为35,221辆，同比增长40.2%，同比增长143.5%: two different growths of one quarter the text
    calls by one basis cannot both run from it; one basis is misnamed (a translated release's 环比
    printed as 同比). Each is read against the quarter a year before and the quarter before, as
    the table prints them; which one it runs from is left to the rule. The same rate printed
    twice, or a stretch longer than a quarter (no quarter before it to misname), is not read."""
    first, second = growths
    if first.value == second.value or first.basis != second.basis:
        return []
    span = period_span(current.period)
    if span is None or span[2] - span[1] != 2:
        return []
    year, _first_month, last = span
    priors = [_baseline(current, _PRIOR_KEY[basis](year, last), 3, cells) for basis in ("同比", "环比")]
    if any(prior is None for prior in priors):
        return []
    return [Relation(
        id=f"growth_prior:{current.id}+{'+'.join(prior.id for prior in priors if prior)}+{growth.id}",
        document=current.document, kind="growth_prior", construction=EITHER_BASIS,
        fillers=(Filler(role="current", claim=current.id),
                 *(Filler(role="prior", claim=prior.id) for prior in priors if prior),
                 Filler(role="rate", claim=growth.id)),
        direction="down" if growth.value < 0 else "up",
    ) for growth in growths]


def _growth_against_column(words: str, current: Claim, growth: Claim, cells: Sequence[_DatedCell]) -> Relation | None:
    span = period_span(current.period)
    if span is None:
        return None
    year, first, last = span
    months = last - first + 1
    named = _COMPARED_PERIOD.search(words)
    if named is not None:
        key = _period_key(named.group("period"))
        if key is None or _months(named.group("period")) not in (None, months):
            return None
        baseline = key[:2]
    elif growth.basis in _PRIOR_KEY and (growth.basis == "同比" or months == 3):
        baseline = _PRIOR_KEY[growth.basis](year, last)
    else:
        return None
    prior = _baseline(current, baseline, months, cells)
    if prior is None:
        return None
    return Relation(
        id=f"growth_prior:{current.id}+{prior.id}+{growth.id}", document=current.document, kind="growth_prior",
        construction="growth-against-a-table-column",
        fillers=(Filler(role="current", claim=current.id), Filler(role="prior", claim=prior.id),
                 Filler(role="rate", claim=growth.id)),
        direction="down" if growth.value < 0 else "up",
    )


def _baseline(current: Claim, baseline: tuple[int, int], months: int, cells: Sequence[_DatedCell]) -> Claim | None:
    """The cell of the row that prints ``current`` again under its own period, in the column of
    the period ending at ``baseline``; None when no one row does, or more than one cell would do."""
    span = period_span(current.period)
    if span is None:
        return None
    own = [cell for cell in cells if cell.ends == (span[0], span[2]) and cell.months in (None, months)
           and cell.claim.value == current.value and comparable_units(cell.claim, current)]
    labels = {cell.label for cell in own}
    priors = {cell.claim.id: cell.claim for cell in cells if cell.label in labels and cell.ends == baseline
              and cell.months in (None, months) and comparable_units(cell.claim, current)}
    if len(labels) != 1 or len(priors) != 1:
        return None  # no row prints the figure again, or more than one baseline would do
    return next(iter(priors.values()))


def _read_tables(sentences: Sequence[SentenceFigures]) -> list[tuple[Row, Placed | None]]:
    """Every table row with the reading that lines its cells up with the header: the first
    believable one that states a change, or, for a row without changes, the cell-for-column
    reading when it fills the header exactly."""
    read = []
    for row in table_rows(sentences):
        chosen = None
        for placed in _lined_up(row):
            if not _consistent(placed):
                continue
            if _stated_in_row(placed, row.label):
                chosen = placed
                break
            if chosen is None and _in_place(row, placed):
                chosen = placed
        read.append((row, chosen))
    return read


def _in_place(row: Row, placed: Placed) -> bool:
    """A reading cell for column (no change column to confirm it) is trusted only when the
    row has as many cells as the header has columns."""
    return len(placed) == len(row.header.columns) and all(column.kind == "period" for column, _ in placed)


@dataclass(frozen=True)
class _Span:
    cell: Cell
    year: int
    ends: int  # the month the period ends
    months: int


def _flows(row: Row, placed: Placed) -> list[_Span]:
    """The row's cells as flows over known stretches of a year; none for balances, ratios and
    per-share rows, whose quarters are not parts of their year."""
    if NOT_A_FLOW_LABEL.search(row.label) or RATE_LABEL.search(row.label):
        return []
    spans = []
    for column, cell in placed:
        if column.kind != "period" or cell is None or not cell.is_amount or cell.claim.value < 0 or cell.negative:
            continue
        months = row.header.months_of(column)
        if column.ends is None or months is None:
            continue
        spans.append(_Span(cell, column.ends[0], column.ends[1], months))
    return spans


def _periods_within_the_year(row: Row, placed: Placed) -> list[Relation]:
    """配送 90,491 35,221 25,116 17,575 12,579 under 2021财年 2021Q4 … 2021Q1: the four quarters
    of a flow add up to its year. (A quarter inside its year to date is a relation of its own,
    read once the records know the kind ``period_containment``.)"""
    found = []
    spans = _flows(row, placed)
    for year_span in (span for span in spans if span.months == 12 and span.ends == 12):
        quarters = {span.ends: span for span in spans if span.year == year_span.year and span.months == 3}
        if sorted(quarters) != [3, 6, 9, 12] or len([s for s in spans if s.year == year_span.year and
                                                    s.months == 3]) != 4:
            continue
        claims = [quarters[month].cell.claim for month in (3, 6, 9, 12)]
        whole = year_span.cell.claim
        if any(claim.forecast for claim in [*claims, whole]) or not all(comparable_units(c, whole) for c in claims):
            continue
        found.append(Relation(
            id=f"parts_sum:{'+'.join(claim.id for claim in claims)}={whole.id}",
            document=whole.document, kind="parts_sum", construction="table-quarters-of-a-year",
            fillers=(*(Filler(role="part", claim=claim.id) for claim in claims), Filler(role="total", claim=whole.id)),
        ))
    if "period_containment" in get_args(RelationKind):
        for part, whole in _inside(spans):
            found.append(Relation(
                id=f"period_containment:{part.id}<{whole.id}",
                document=whole.document, kind="period_containment",  # type: ignore[arg-type]
                construction="table-period-inside-its-year",
                fillers=(Filler(role="part", claim=part.id), Filler(role="total", claim=whole.id)),
            ))
    return found


def _inside(spans: Sequence[_Span]) -> list[tuple[Claim, Claim]]:
    """A shorter stretch of a flow inside a longer one of the same year (Q3 inside the first
    nine months, Q4 inside the year): its part and its whole."""
    pairs = []
    for part in spans:
        for whole in spans:
            if part is whole or part.year != whole.year or part.months >= whole.months or part.ends > whole.ends:
                continue
            if part.ends - part.months < whole.ends - whole.months:
                continue  # the part begins before the whole does
            if comparable_units(part.cell.claim, whole.cell.claim) and not (part.cell.claim.forecast or
                                                                         whole.cell.claim.forecast):
                pairs.append((part.cell.claim, whole.cell.claim))
    return pairs


def periods_inside_their_year(sentences: Sequence[SentenceFigures]) -> list[tuple[Claim, Claim]]:
    """Every (part, whole) of a flow the document's tables print for a stretch of a year and
    a longer stretch containing it: what a ``period_containment`` relation would hold."""
    pairs = []
    for row, placed in _read_tables(sentences):
        if placed is not None:
            pairs.extend(_inside(_flows(row, placed)))
    return pairs


def _segment(label: str) -> tuple[int, int] | None:
    """Which side of which partition a row's label names: 交易量(中国内地) → (0, 0)."""
    compact = re.sub(r"\s+", "", label)
    found = None
    for partition, sides in enumerate(PARTITIONS):
        for side, words in enumerate(sides):
            if any(word in compact for word in words):
                if found is not None:
                    return None  # a label naming both sides is not one segment
                found = (partition, side)
    return found


def _segment_sums(rows: Sequence[Row], placements: Sequence[Placed | None]) -> list[Relation]:
    """交易总额 48.3 52.1 / 交易量(中国内地) 46.1 49.1 / 交易量(国际) 2.2 3.0: in every period
    column, the two sides of a partition printed under a total row add up to it."""
    found = []
    for index in range(len(rows) - 2):
        total_row, placed = rows[index], placements[index]
        if placed is None or not TOTAL_LABEL.search(total_row.label) or _segment(total_row.label):
            continue
        parts = rows[index + 1:index + 3]
        sides = [_segment(row.label) for row in parts]
        if None in sides or {side[0] for side in sides} != {sides[0][0]} or {side[1] for side in sides} != {0, 1}:  # type: ignore[index]
            continue
        if any(row.header.columns != total_row.header.columns or len(row.cells) != len(total_row.cells) for row in parts):
            continue
        for position, (column, cell) in enumerate(placed):
            if column.kind != "period" or cell is None or not cell.is_amount:
                continue
            pieces = [row.cells[position] for row in parts]
            if any(piece is None or not comparable_units(piece.claim, cell.claim) for piece in pieces):
                continue
            found.extend(_sum_of_cells([piece.claim for piece in pieces if piece is not None], cell.claim,
                                       "table-segment-rows-under-a-total"))
    return found


def _total_row_sums(rows: Sequence[Row], placements: Sequence[Placed | None]) -> list[Relation]:
    """火电 256.30 247.85 / 水电 88.44 76.02 / … / 合计 412.58 381.66: in every period column, the
    rows of a table above its 合计 row add up to it. Only a table whose every row above the total
    is a plain slice (no 其中, 小计, 抵销) lined up with the header is read."""
    found = []
    for index, (total_row, placed) in enumerate(zip(rows, placements)):
        if placed is None or not TOTAL_ROW.fullmatch(re.sub(r"\s+", "", total_row.label)):
            continue
        above = [position for position in range(index) if rows[position].table == total_row.table]
        if any(rows[position].after_words for position in [*above[1:], index]):
            continue  # 分行业 / 其中： on a line of its own: the rows below it are another list
        if len(above) < 2 or any(
                placements[position] is None or NOT_A_SUMMAND_ROW.search(rows[position].label)
                or rows[position].header.columns != total_row.header.columns
                or len(rows[position].cells) != len(total_row.cells) for position in above):
            continue
        for place, (column, cell) in enumerate(placed):
            if column.kind != "period" or cell is None or not cell.is_amount:
                continue
            pieces = [placements[position][place][1] for position in above]  # type: ignore[index]
            if any(piece is None or not piece.is_amount or not comparable_units(piece.claim, cell.claim)
                   or piece.negative != (piece.claim.value < 0) for piece in [*pieces, cell]):
                continue  # a sign printed apart from the figure (an unsigned (12.3)) is not summed
            if any(SUBTRACTED_ROW.search(rows[position].label) and piece is not None and piece.claim.value >= 0
                   for position, piece in zip(above, pieces)):
                continue  # 分部间抵销 12,345: subtracted, though printed without its minus
            found.extend(_sum_of_cells([piece.claim for piece in pieces if piece is not None], cell.claim,
                                       "table-rows-above-their-total-row"))
    return found


def _sum_of_cells(parts: list[Claim], total: Claim, construction: str) -> list[Relation]:
    """The parts_sum a table states in one period column, none when a cell is a forecast."""
    if any(claim.forecast for claim in [*parts, total]):
        return []
    return [Relation(
        id=f"parts_sum:{'+'.join(claim.id for claim in parts)}={total.id}",
        document=total.document,
        kind="parts_sum",
        construction=construction,
        fillers=(*(Filler(role="part", claim=claim.id) for claim in parts), Filler(role="total", claim=total.id)),
    )]


# 营业收入合计 8,562,301,245.18 100% …: the row a table's share columns are shares of.
_WHOLE_ROW = re.compile(r"(?:合计|总计|合計|總計)(?:[(（][^()（）]*[)）])?$")


def _share_columns(rows: Sequence[Row], placements: Sequence[Placed | None]) -> list[Relation]:
    """金额 占营业收入比重 under each year: a row's share cell is its amount beside it over the
    amount of the table's total row in that year, the row whose own share cells say 100%."""
    found = []
    for table in dict.fromkeys(row.table for row in rows):
        members = [(row, placed) for row, placed in zip(rows, placements) if row.table == table and placed is not None]
        if not any(column.kind == "share" for _, placed in members for column, _ in placed):  # type: ignore[union-attr]
            continue
        wholes = [(row, placed) for row, placed in members if _WHOLE_ROW.search(re.sub(r"\s+", "", row.label))
                  and _share_cells(placed) and all(cell.claim.value == 100 for _, cell in _share_cells(placed))]
        if len(wholes) != 1:
            continue
        whole_row, whole_placed = wholes[0]
        for row, placed in members:
            if row is whole_row or len(placed) != len(whole_placed):
                continue
            for (position, share), (_, total) in zip(_share_cells(placed), _share_cells(whole_placed)):
                amount, whole = placed[position][1], whole_placed[position][1]
                if amount is None or whole is None or not amount.is_amount or not whole.is_amount \
                        or not comparable_units(amount.claim, whole.claim) or amount.negative or whole.negative \
                        or any(claim.forecast for claim in (amount.claim, whole.claim, share.claim)):
                    continue
                found.append(Relation(
                    id=f"share:{amount.claim.id}+{whole.claim.id}+{share.claim.id}", document=share.claim.document,
                    kind="share", construction="table-share-column-of-its-total-row",
                    fillers=(Filler(role="part", claim=amount.claim.id), Filler(role="total", claim=whole.claim.id),
                             Filler(role="share", claim=share.claim.id)),
                ))
    return found


def _share_cells(placed: Placed) -> list[tuple[int, Cell]]:
    """(the place of the period cell a share column stands beside, the share cell)."""
    out = []
    for position, (column, cell) in enumerate(placed):
        if column.kind != "share" or cell is None or not cell.is_rate:
            continue
        period = next((before for before in range(position - 1, -1, -1) if placed[before][0].kind == "period"), None)
        if period is not None:
            out.append((period, cell))
    return out


def _relation(stated: _Stated, construction: str) -> Relation | None:
    if any(claim.forecast for claim in (stated.current, stated.prior, stated.change)):
        return None
    if stated.kind == "growth_prior":
        roles = (("current", stated.current), ("prior", stated.prior), ("rate", stated.change))
    elif stated.kind == "from_to":
        roles = (("from", stated.prior), ("to", stated.current), ("delta", stated.change))
    else:
        roles = (("from", stated.prior), ("to", stated.current), ("points", stated.change))
    return Relation(
        id=f"{stated.kind}:{'+'.join(claim.id for _, claim in roles)}",
        document=stated.current.document,
        kind=stated.kind,
        construction=construction,
        fillers=tuple(Filler(role=role, claim=claim.id) for role, claim in roles),  # type: ignore[arg-type]
        direction=stated.direction,  # type: ignore[arg-type]
    )
