"""The number grammar: printed figures read into exact values and intervals.

A figure is a number (Arabic with separators and decimals, or Chinese numerals), an optional
magnitude (万, 亿 …), an optional unit (currency, %, 个百分点, 倍, 成, a counter) and optional
qualifiers (近, 超过, 约, 以上 …). What it means is an interval: the printed digits give the
rounding interval and the qualifier widens it or turns the printed value into a bound (see
``QUALIFIERS_BEFORE`` in the lexicon for the bound each qualifier gives).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction

from . import lexicon
from .intervals import Interval, fraction_to_decimal, rounding_interval
from .records import Dimension

def alternation(words) -> str:
    """A regex alternative of words, longest first, so that 超过 wins over 超."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _unit_alternation(words) -> str:
    """Like ``alternation``, but a Latin unit may not run on into more letters (MW is not MWh's
    start, GW not a word's)."""
    return "|".join(
        re.escape(word) + (r"(?![A-Za-z])" if word[-1].isascii() and word[-1].isalpha() else "")
        for word in sorted(set(words), key=len, reverse=True)
    )


# Shapes of the same character that print a digit, a point or a separator: read one for one,
# so offsets stay those of the printed text (386﹒07億元, 32﹐394, full-width digits, and the
# no-break and thin spaces that group digits: 19 450 万辆).
_PRINTED_FORMS = str.maketrans(
    {**{chr(0xFF10 + digit): str(digit) for digit in range(10)},
     "﹒": ".", "．": ".", "﹐": ",", "％": "%", "﹪": "%", "－": "-", "﹣": "-", "–": "-",
     "（": "(", "）": ")", "＄": "$", "～": "~", "〜": "~", "＋": "+", "\xa0": " ", "\u2009": " ", "\u202f": " ",
     "\u2002": " ", "\u2003": " ", "\u3000": " ", "\t": " "}
)

_MAGNITUDE = (alternation(lexicon.MAGNITUDES) + "|" + _unit_alternation(lexicon.LATIN_MAGNITUDES) + "|"
              + "|".join(f"{re.escape(word)}(?=\\s?(?:{alternation(list(lexicon.CURRENCIES) + list(lexicon.CURRENCIES_BEFORE))}))"
                         for word in lexicon.MAGNITUDES_BEFORE_CURRENCY))
# A broker's note prints points as pct or ppt (同比+1.8pct) and basis points as bp (下降12bp).
_PERCENTAGE_POINTS_LATIN = ("pcts", "pct", "ppts", "ppt", "pp", "PCT", "PPT", "Pct")
_BASIS_POINTS_LATIN = ("bps", "bp", "BPS", "BP", "Bps", "Bp")
_POINTS_WORDS = ["个百分点", "百分点", "个基点", "基点", "%", "‰", "倍", "成",
                 *_PERCENTAGE_POINTS_LATIN, *_BASIS_POINTS_LATIN]
_UNITS = _unit_alternation(
    _POINTS_WORDS
    + list(lexicon.CURRENCIES)
    + list(lexicon.COUNTERS)
    + list(lexicon.MEASURE_UNITS)
    + list(lexicon.POINT_UNITS)
    + list(lexicon.DURATION_UNITS)
)
# What may follow a number grouped by spaces or by misplaced separators: such a number is read
# only when a magnitude, a currency or a counter says it is one figure (19 450 万辆, 7316110 手).
_GROUPED_BEFORE = _unit_alternation(
    list(lexicon.MAGNITUDES) + list(lexicon.MAGNITUDES_BEFORE_CURRENCY) + list(lexicon.CURRENCIES)
    + list(lexicon.COUNTERS) + list(lexicon.MEASURE_UNITS)
)
_ARABIC = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?=\s?(?:" + _GROUPED_BEFORE + r"))"
    r"|\d+(?:,\d{2,})+(?:\.\d+)?(?=\s?(?:" + _GROUPED_BEFORE + r"))"
    r"|\d+(?:\.\d+)?"
)
_CHINESE_DECIMALS = rf"(?:{lexicon.CHINESE_DECIMAL_POINT}[零〇一二三四五六七八九]+)"
_CHINESE = r"[零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]+)?" + _CHINESE_DECIMALS + "?"
# The words of a fraction whose denominator is a place (百分之十二点五, 千分之三, 万分之二点五): a
# decimal printed in words, rounded like the digits it stands for, not a ratio word.
_PLACE_DENOMINATORS = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01")}
_CHINESE_NONZERO = "一二两三四五六七八九十"
_CHINESE_DIGIT = "[" + "".join(char for char in lexicon.CHINESE_DIGITS if char not in "零〇") + "]"

# 7亿6641万: the 万 after 亿 are the lower places of one figure.
_TEN_THOUSANDS_IN_A_YI = Decimal(10000)

# A qualifier keeps its sense across the particle of a completed action: 超过了一成, 突破了300亿元.
_PERFECTIVE = "了"
# The bounds a qualifier gives that make a figure in words a statement of its own (过万, 近三成).
_BOUNDS_IN_WORDS = ("below", "above", "atmost", "around")
_PLACE_CHARACTERS = frozenset("".join(lexicon.MAGNITUDES) + "".join(lexicon.MAGNITUDES_BEFORE_CURRENCY)
                               + "".join(lexicon.CHINESE_UNITS) + " ")
_UNIT_CHARACTERS = frozenset("".join(lexicon.CURRENCIES) + "".join(lexicon.CURRENCIES_BEFORE)
                             + "".join(lexicon.COUNTERS))

# A qualifier after a figure that begins a longer word (12亿元上下游: up- and downstream) is no bound.
_QUALIFIERS_AFTER = "|".join(
    re.escape(qualifier) + "".join(f"(?!{re.escape(word[len(qualifier):])})"
                                   for word in lexicon.WORDS_STARTING_WITH_A_QUALIFIER
                                   if word.startswith(qualifier) and len(word) > len(qualifier))
    for qualifier in sorted(lexicon.QUALIFIERS_AFTER, key=len, reverse=True)
)

FIGURE_PATTERN = re.compile(
    rf"(?:(?P<before>{alternation(list(lexicon.QUALIFIERS_BEFORE) + list(lexicon.ROUND_QUALIFIERS))})\s?"
    rf"(?:{_PERFECTIVE}\s?)?)?"
    rf"(?:(?P<prefix>{alternation(lexicon.CURRENCIES_BEFORE)})\s?)?"
    rf"(?:(?P<half>{alternation(lexicon.HALF_WORDS)})"
    rf"|(?P<doubling>{alternation(lexicon.DOUBLING_WORDS)})"
    rf"|(?P<fraction>(?P<denominator>[一二两三四五六七八九十百千万]+){lexicon.FRACTION_WORD}"
    rf"(?P<numerator>[零〇一二两三四五六七八九十百]+{_CHINESE_DECIMALS}?|\d+(?:\.\d+)?(?![\d.A-Za-z])))"
    rf"(?P<fraction_bound>{alternation(lexicon.FRACTION_BOUNDS_AFTER)})?"
    r"|(?P<slash>(?P<slash_numerator>[1-9])/(?P<slash_denominator>[1-9]\d?)(?![\d/]))"
    r"|(?P<round>万亿|亿|万)"
    rf"|(?P<compound>(?P<compound_high>\d{{1,4}})(?:{alternation(lexicon.PLACES_ABOVE_A_YI)})"
    r"(?P<compound_low>\d,\d{3}(?:\.\d+)?|\d{1,4}(?:\.\d+)?)[亿億](?!\d))"
    rf"|(?P<paren>\()?(?P<minus>[-−]|{lexicon.MINUS_WORD}(?=[\d{_CHINESE_NONZERO}]))?(?P<number>{_ARABIC}|{_CHINESE})(?(paren)\))"
    r"(?P<some>余|多)?"
    rf"(?:\s?(?P<magnitude>{_MAGNITUDE}))?"
    rf"(?:(?<=[亿億])(?P<ten_thousands>\d{{1,4}}|[1-9{_CHINESE_NONZERO}][千百])(?P<ten_thousands_word>[万萬]))?"
    r")"
    r"(?P<some_after>余|多)?"
    rf"(?:\s?(?P<unit>{_UNITS}))?"
    rf"(?:(?<=成)(?P<tenth>{_CHINESE_DIGIT}|{lexicon.HALF_A_PLACE})(?![十百千万亿个季月年日号天周导]))?"
    rf"(?P<after>{_QUALIFIERS_AFTER})?"
)

# A minus sign is a sign unless it follows a figure (15%-20%, 3亿-5亿元: a range) or a
# letter or digit (Q1-Q4, 2021-2022, COVID-19: a label).
_BEFORE_A_RANGE = re.compile(
    rf"(?:\d|%|‰)\s?(?:{_MAGNITUDE})?\s?(?:{_UNITS})?\s?$|[A-Za-z]$"
)
_QUOTES_OPEN = "“‘\"'「『《〈"
_QUOTES_CLOSE = "”’\"'」』》〉"


@dataclass(frozen=True, slots=True)
class Quantity:
    """One printed figure, read. Offsets index the string it was found in."""

    text: str  # number to unit, as printed: "1.403亿", "86亿元", "三成"
    start: int
    end: int
    number_text: str
    value: Decimal  # in base units; % and pp as printed
    unit: str | None
    dimension: Dimension
    interval: Interval
    qualifier: str | None
    bound: str  # exact | below | above | atmost | around
    qualifier_start: int  # where the qualifier before the number starts (= start if none)
    magnitude: str | None
    # A cell of a table row (营业收入 108,394 105,592): its period and metric are the row's and
    # the column's, not the prose's; the cells of one row are different figures.
    cell: bool = False


def parse_chinese_numeral(text: str) -> tuple[int, int] | None:
    """(value, step of the last printed place) of 一千二百, 一百零五, 一万二千 … or None.

    Digit strings without place words (二〇二一, 三五) are years or "a few": not figures.
    """
    if "万" in text:
        high, _, low = text.partition("万")
        upper = parse_chinese_numeral(high)
        if len(low) == 1 and low in lexicon.CHINESE_DIGITS:
            low += "千"  # 一万二 is 12000, as 一千二 is 1200
        lower = parse_chinese_numeral(low)
        if upper is None or lower is None:
            return None
        return upper[0] * 10000 + lower[0], lower[1]
    total, digit, last_step, previous_was_digit, after_zero = 0, None, 1, False, False
    for char in text:
        if char in "零〇" and total:
            # 一百零五: the zero holds an empty place; the next digit is in the units.
            digit, previous_was_digit, after_zero = None, False, True
        elif char in lexicon.CHINESE_DIGITS:
            if previous_was_digit:
                return None
            digit, previous_was_digit = lexicon.CHINESE_DIGITS[char], True
        elif char in lexicon.CHINESE_UNITS:
            step = lexicon.CHINESE_UNITS[char]
            total += (1 if digit is None else digit) * step
            digit, last_step, previous_was_digit, after_zero = None, step, False, False
        else:
            return None
    if digit is not None:
        # 一千二 means 1200: a bare trailing digit fills the place below the last one.
        place = 1 if after_zero or last_step < 100 else last_step // 10
        total += digit * place
        last_step = place
    return total, last_step


def parse_number(text: str) -> Decimal | None:
    """The printed number as a Decimal that keeps its printed precision, or None."""
    digits = text.translate(_PRINTED_FORMS)
    if re.fullmatch(r"\d[\d, ]*(?:\.\d+)?", digits):
        try:
            return Decimal(digits.replace(",", "").replace(" ", ""))
        except InvalidOperation:
            return None
    whole, point, decimals = text.partition(lexicon.CHINESE_DECIMAL_POINT)
    parsed = parse_chinese_numeral(whole)
    if parsed is None:
        return None
    value, step = parsed
    if point:
        # 三点五: the digits after 点 are read one by one, as printed decimals (12.5, not 12.05).
        if not decimals or any(char not in lexicon.CHINESE_DIGITS for char in decimals):
            return None
        return Decimal(f"{value}." + "".join(str(lexicon.CHINESE_DIGITS[char]) for char in decimals))
    exponent = len(str(step)) - 1
    return Decimal(value).scaleb(-exponent).quantize(Decimal(1)).scaleb(exponent)


def _dimension(unit: str | None) -> Dimension:
    if unit is None:
        return "number"
    if unit in ("%", "‰"):
        return "percent"
    if unit == "pp":
        return "pp"
    if unit == "倍":
        return "multiple"
    if unit in lexicon.CURRENCIES.values():
        return "money"
    if unit in lexicon.MEASURE_UNITS:
        return lexicon.MEASURE_UNITS[unit]  # type: ignore[return-value]
    return "count"


def _is_label(text: str, start: int, end: int, number: str, unit_end: int | None = None,
              after_range_dash: bool = False, after_prefix: bool = False) -> bool:
    """Ordinals, model names, quoted labels and dates are not figures. The high end of a range
    (60-70GW) follows its dash and is still a figure, and so is an amount glued to the Latin
    currency before it (RMB12.3亿元)."""
    before = text[start - 1] if start > 0 else ""
    if after_range_dash and before == "-" or after_prefix or _after_a_change_mark(text, start):
        before = ""
    after = text[end] if end < len(text) else ""
    if "/" in (before, after) and _in_slash_list(text, start, end):
        before, after = ("" if before == "/" else before), ("" if after == "/" else after)
    if before and (before == "第" or before in "-/." or before.isdigit()):
        return True
    if before and before in "数几" and not number[0].isdigit():
        return True  # 数十家, 几百人: a manner of speaking, not a figure
    if before.isascii() and before.isalpha():  # AAAI 2022, Q1
        return True
    if unit_end is not None:
        after = text[unit_end] if unit_end < len(text) else ""  # 13038MW: the unit is Latin
        if after and after.isascii() and after.isalpha():
            return True
    elif after and after.isascii() and (after.isalpha() or after in "-/+"):  # 5G, 2022-2025, 1+N
        return True
    if before and before in _QUOTES_OPEN and after and after in _QUOTES_CLOSE:
        return True  # “310”模式
    return False


def _after_a_change_mark(text: str, start: int) -> bool:
    """yoy-5.2%, QoQ+3.1%: a figure right after a broker's Latin mark of a change (a space or a
    colon between them allowed), whose letters make no label of it."""
    head = text[max(0, start - 6):start].rstrip(" :：")
    return any(head.endswith(mark) and not _is_latin_letter(head[:-len(mark)][-1:])
               for mark in lexicon.LATIN_CHANGE_MARKS)


def _is_latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _bound_of(before: str | None, after: str | None, some: str | None) -> tuple[str, str | None]:
    if before and _qualifier_table_bound(before) != "exact":
        return _qualifier_table_bound(before), before
    if after:
        return lexicon.QUALIFIERS_AFTER[after], after
    if some:
        return "above", some
    return "exact", before


def _qualifier_table_bound(before: str) -> str:
    return lexicon.QUALIFIERS_BEFORE.get(before) or lexicon.ROUND_QUALIFIERS.get(before, "exact")


def _interval(printed: Decimal, scale: Decimal, bound: str, exact_count: bool) -> Interval:
    value = Fraction(printed) * Fraction(scale)
    rounded = Interval.point(value) if exact_count else rounding_interval(printed, scale)
    return _bounded(value, rounded, bound)


def _bounded(value: Fraction, rounded: Interval, bound: str) -> Interval:
    if bound == "below" or bound == "atmost":
        return Interval(None, value)
    if bound == "above":
        return Interval(value, None)
    if bound == "around":
        tenth = abs(value) / 10
        return Interval(value - tenth, value + tenth).hull(rounded)
    return rounded


def read_match(text: str, match: re.Match[str]) -> Quantity | None:
    """The figure a regex match stands for, or None when it is a label, date or bare number."""
    before = match.group("before")
    if before and any(word.endswith(before) and len(word) > len(before)
                      and text.endswith(word, 0, match.end("before")) for word in lexicon.WORDS_ENDING_IN_A_QUALIFIER):
        # 签约102.74亿份: the qualifier's character ends a verb; the figure starts after it.
        inner = FIGURE_PATTERN.match(text, match.end("before"))
        if inner is None or inner.end() == inner.start() or inner.group("before"):
            return None
        match = inner
    quantity = _read_figure(text, match)
    return None if quantity is None else _round_with_its_qualifier(match, quantity)


def _round_with_its_qualifier(match: re.Match[str], quantity: Quantity) -> Quantity:
    """A round figure printed as a magnitude word prints its bound with it: 过万, 破千亿元,
    逾百亿元, 逼近万亿. The word alone (万, 千亿元) is not the figure the article states, so its
    text and the place it is reported at take the qualifier in; 超过142亿元 keeps its digits, and
    近三成 its numeral, as its text."""
    before = match.group("before")
    if (not before or quantity.qualifier != before or quantity.bound not in _BOUNDS_IN_WORDS
            or match.start("before") >= quantity.start
            or not (_printed_as_a_magnitude(match.string[quantity.start:quantity.end])
                    or _printed_in_tenths(match.string[quantity.start:quantity.end]))):
        return quantity
    start = match.start("before")
    return _replace(quantity, text=match.string[start:quantity.end], start=start, qualifier_start=start)


def _printed_in_tenths(printed: str) -> bool:
    """近三成, 逾四成: a numeral of tenths in words, which an article prints with its bound."""
    return printed.endswith(lexicon.TENTHS_WORD) and not any(char.isdigit() for char in printed)


def _printed_as_a_magnitude(printed: str) -> bool:
    """万, 千亿元, 百万人次: place and magnitude words with no digit of their own."""
    words = printed.translate({ord(char): None for char in _UNIT_CHARACTERS})
    return bool(words) and all(char in _PLACE_CHARACTERS for char in words)


def _read_figure(text: str, match: re.Match[str]) -> Quantity | None:
    groups = match.groupdict()
    before, after = groups["before"], groups["after"]
    round_qualifier = bool(before) and before in lexicon.ROUND_QUALIFIERS
    if groups["half"]:
        if round_qualifier:
            return None
        printed, scale = Decimal(5), Decimal(10)
        bound, qualifier = _bound_of(before, after, None)
        interval = _interval(printed, scale, bound, exact_count=False)
        return _quantity(text, match, match.start("half"), match.end("half"), groups["half"],
                         exact_product(printed, scale), "%", interval, qualifier, bound, None)
    if groups["doubling"]:
        return _read_doubling(text, match)
    if groups["fraction"] or groups["slash"]:
        return _read_fraction(text, match)
    if groups["round"]:
        return _read_round(text, match, groups["round"], Decimal(1), None)
    if groups["compound"]:
        return _read_compound(text, match)

    number_text = groups["number"]
    printed = parse_number(number_text)
    if printed is None:
        return None
    number_start = match.start("number")
    minus = groups["minus"]
    range_dash = False
    # A table cell after a space (0.97% 1.02% -0.05%) keeps its sign; a range's dash is glued.
    glued = match.start("minus") > 0 and not text[match.start("minus") - 1].isspace() if minus else False
    if minus == lexicon.MINUS_WORD and text[match.start("minus") - 1:match.start("minus")] in lexicon.PLUS_WORDS:
        minus = None  # 正负3%: plus or minus, a tolerance, not a negative figure
    elif minus and minus != lexicon.MINUS_WORD and glued and _BEFORE_A_RANGE.search(text, 0, match.start("minus")) \
            and not _after_a_change_mark(text, match.start("minus")):
        # 15%-20%: the high end of a range (joined to its low end later); Q1-Q4: a label.
        previous = text[match.start("minus") - 1]
        range_dash = not (previous.isascii() and previous.isalpha()) and _rises_from_low_end(
            text, match.start("minus"), printed)
        minus = None
    chinese = not number_text[0].isdigit()
    if minus:  # 净利润为-5亿元: a loss printed as a negative figure
        if chinese:
            return None
        printed = -printed
    magnitude = groups["magnitude"]
    if groups["ten_thousands"] and printed == printed.to_integral_value() and \
            lexicon.CHINESE_DECIMAL_POINT not in number_text and number_text not in lexicon.CHINESE_UNITS:
        # 7亿6641万套: one figure, printed to the 万; 1亿2千万元 and 一亿两千万元 to the 千万.
        lower = groups["ten_thousands"]
        if lower[-1] in lexicon.CHINESE_UNITS:
            step = lexicon.CHINESE_UNITS[lower[-1]]
            digit = int(lower[0]) if lower[0].isdigit() else lexicon.CHINESE_DIGITS[lower[0]]
            exponent = len(str(step)) - 1
            printed = (printed * _TEN_THOUSANDS_IN_A_YI + digit * step).scaleb(-exponent).quantize(
                Decimal(1)).scaleb(exponent)
        else:
            printed = printed.quantize(Decimal(1)) * _TEN_THOUSANDS_IN_A_YI + Decimal(lower)
        magnitude = groups["ten_thousands_word"]
    unit_text = groups["unit"]
    paren = groups["paren"]
    if paren:
        # (7.0)個百分點: an accounting negative; a bracketed number with nothing after it is a
        # footnote mark or an aside (净利差(5)), read only as a table cell.
        if chinese or minus or not (unit_text or magnitude) or not re.search(r"[.,]", number_text):
            return None
        printed = -printed
    some = groups["some"] or groups["some_after"]
    end = match.end("unit") if unit_text else _figure_end(match)
    if unit_text == "个" and not magnitude and printed != printed.to_integral_value():
        # 分别下降27.8个和29.9个百分点: no count is fractional; the points word comes later.
        if "个百分点" not in text[match.end("unit"):match.end("unit") + 14]:
            return None
        unit_text = "个百分点"
    if unit_text:
        following = text[match.start("unit"):match.start("unit") + 4]
        if any(following.startswith(blocker) and len(blocker) > len(unit_text)
               for blocker in lexicon.COUNTER_BLOCKERS):
            unit_text, end = None, _figure_end(match)
    if unit_text and _unit_needs_decimals(unit_text) and printed == printed.to_integral_value():
        unit_text, end = None, _figure_end(match)  # 2021年, 9点: a date or a time
    if unit_text in lexicon.ARABIC_ONLY_COUNTERS and chinese:
        return None  # 二手, 一手
    if chinese and number_text in lexicon.CHINESE_UNITS and magnitude and not some:
        # 十亿元 alone is a round figure like 百亿元: (十亿元人民币) heads a column.
        if _round_place_word(text, match, number_text, magnitude, unit_text):
            return _read_round(text, match, magnitude, Decimal(lexicon.CHINESE_UNITS[number_text]),
                               unit_text)
        return None
    if chinese and not _chinese_numeral_is_a_figure(number_text, magnitude, unit_text, some):
        if _round_place_word(text, match, number_text, magnitude, unit_text):
            return _read_round(text, match, magnitude, Decimal(lexicon.CHINESE_UNITS[number_text]),
                               unit_text)
        return None
    if minus:
        number_start = match.start("minus")
    if paren:
        number_start = match.start("paren")
    latin_unit = bool(unit_text) and unit_text[-1].isascii() and unit_text[-1].isalpha()
    latin_magnitude = magnitude in lexicon.LATIN_MAGNITUDES
    if latin_magnitude:
        # 12.3bn美元, US$3.2bn: the letters after the digits are the magnitude, not a model name.
        latin_unit = True
    unit_end = (match.end("unit") if unit_text else match.end("magnitude")) if latin_magnitude else \
        match.end("unit") if latin_unit else None
    if _is_label(text, number_start, match.end("number") + (1 if paren else 0), number_text,
                 unit_end=unit_end,
                 after_range_dash=range_dash and bool(unit_text or magnitude)) and not groups["prefix"]:
        return None
    if groups["prefix"] and _is_label(text, number_start, match.end("number"), number_text, unit_end=unit_end,
                                      after_prefix=number_start == match.end("prefix")) and \
            text[number_start - 1:number_start] not in ("$", " ", "币"):
        return None
    prefix_unit = lexicon.CURRENCIES_BEFORE.get(groups["prefix"]) if groups["prefix"] else None
    if unit_text is None:
        rest = text[end:end + 3]
        if prefix_unit and _prefix_makes_a_figure(groups["prefix"], number_text, magnitude, rest):
            pass  # 人民币 18 亿, US$12.5亿: the currency is printed before the number
        elif not magnitude or any(rest.startswith(word) for word in lexicon.TIME_WORDS):
            return None  # a bare number: a year, an age, a label
    scale = _magnitude_scale(magnitude)
    unit = unit_text
    if unit_text in ("个百分点", "百分点") or unit_text in _PERCENTAGE_POINTS_LATIN:
        unit = "pp"
    elif unit_text in ("个基点", "基点") or unit_text in _BASIS_POINTS_LATIN:
        unit, scale = "pp", scale / 100
    elif unit_text == "‰":
        unit, scale = "%", scale / 10  # 1.2‰ is 0.12%: per mille set beside percentages
    elif unit_text == "成":
        unit, scale = "%", scale * 10
        if groups["tenth"] == lexicon.HALF_A_PLACE and printed == printed.to_integral_value():
            # 两成半 is 25%: half of the place 成 counts.
            printed = printed * 10 + 5
            scale = scale / 10
            end = match.end("tenth")
        elif groups["tenth"] and groups["tenth"] != lexicon.HALF_A_PLACE and chinese:
            # 七成二 is 72%: the digit after 成 is the next place down.
            printed = printed * 10 + lexicon.CHINESE_DIGITS[groups["tenth"]]
            scale = scale / 10
            end = match.end("tenth")
    elif unit_text in lexicon.CURRENCIES:
        unit = lexicon.CURRENCIES[unit_text]
        if prefix_unit and unit_text == lexicon.GENERIC_CURRENCY_UNIT and \
                prefix_unit not in lexicon.CURRENCIES_COUNTED_IN_YUAN:
            unit = prefix_unit  # 美元30.6亿元 is in US dollars: 元 after it only counts them
    elif unit_text is None and prefix_unit:
        unit = prefix_unit
    bound, qualifier = _bound_of(None if round_qualifier else before, groups["after"], some)
    if before and bound == "exact" and not round_qualifier:
        qualifier = before
    dimension = _dimension(unit)
    # Counts printed without a magnitude are exact (5652件); amounts, measures and rates are rounded.
    exact_count = (dimension == "count" and unit_text in lexicon.COUNTERS and not magnitude
                   and printed == printed.to_integral_value())
    interval = _interval(printed, scale, bound, exact_count)
    if groups["tenth"] == lexicon.HALF_A_PLACE and end == match.end("tenth") and bound == "exact":
        # 两成半 is said of 23% as of 27%: its precision is half a tenth, as 两成's is a tenth.
        half_tenth = Fraction(5, 2) * Fraction(scale)
        interval = Interval(Fraction(printed) * Fraction(scale) - half_tenth,
                            Fraction(printed) * Fraction(scale) + half_tenth)
    quantity = _quantity(text, match, number_start, end, number_text, exact_product(printed, scale), unit,
                         interval, qualifier, bound, magnitude)
    if round_qualifier or (groups["prefix"] and not before):
        quantity = _replace(quantity, qualifier_start=match.start("prefix") if groups["prefix"] else number_start)
    return quantity


_LOW_END = re.compile(r"(\d+(?:\.\d+)?)[^\d\s-]{0,6}$")


def _rises_from_low_end(text: str, dash: int, high: Decimal) -> bool:
    """60-70GW: a range's high end is above its low end (2-2倍 in a link is 2.2倍, not a range)."""
    low = _LOW_END.search(text, max(0, dash - 30), dash)
    return low is not None and Decimal(low.group(1)) < high


def _prefix_makes_a_figure(prefix: str, number: str, magnitude: str | None, rest: str) -> bool:
    """人民币18亿 and US$3.75 are amounts; 美元16:30 is a time after a currency's name."""
    if rest[:1] in (":", "：") or any(rest.lstrip().startswith(word) for word in lexicon.TIME_WORDS):
        return False
    latin = prefix.isascii()
    return bool(magnitude) or (latin and "." in number)


def _figure_end(match: re.Match[str]) -> int:
    ends = [match.end("number")]
    if match.group("paren"):
        ends.append(match.end("number") + 1)
    for name in ("magnitude", "ten_thousands_word", "some", "some_after"):
        if match.group(name):
            ends.append(match.end(name))
    return max(ends)


def _unit_needs_decimals(unit: str) -> bool:
    return unit in lexicon.DURATION_UNITS or unit in lexicon.POINT_UNITS


def _magnitude_scale(magnitude: str | None) -> Decimal:
    if not magnitude:
        return Decimal(1)
    if magnitude in lexicon.MAGNITUDES_BEFORE_CURRENCY:
        return lexicon.MAGNITUDES_BEFORE_CURRENCY[magnitude]
    if magnitude in lexicon.LATIN_MAGNITUDES:
        return lexicon.LATIN_MAGNITUDES[magnitude]
    return lexicon.MAGNITUDES[magnitude]


def _names_currency(unit: str | None) -> bool:
    return bool(unit) and unit in lexicon.CURRENCIES


def _round_place_word(text: str, match: re.Match[str], number: str, magnitude, unit) -> bool:
    """千亿 in 超过千亿, 百亿元 in 实现百亿元目标: a place word with a magnitude is a round figure
    when a qualifier or a currency says so, and no 上/数/几 makes it a manner of speaking."""
    if number not in lexicon.CHINESE_UNITS or not magnitude:
        return False
    return _round_is_a_figure(text, match, unit)


def _round_is_a_figure(text: str, match: re.Match[str], unit: str | None) -> bool:
    before = match.group("before")
    start = match.start("before") if before else match.start()
    previous = text[:start].rstrip()[-1:]
    if previous and (previous in lexicon.ROUND_MAGNITUDE_BLOCKERS or previous.isdigit() or previous == "."
                     or previous in lexicon.CHINESE_DIGITS):
        return False  # 上百万; 亿元 after a skipped 80.1: not a round figure of its own
    if text[match.end():match.end() + 1] in (")", "）", "]", "】"):
        return False  # (十亿元人民币): the unit of a table's column
    if before:
        return True
    if not _names_currency(unit) or start == 0 or text[start - 1].isspace():
        return False  # 百萬美元,除另有說明外: a heading's unit
    return _round_size(match) >= lexicon.ROUND_FIGURE_WITHOUT_QUALIFIER


def _round_size(match: re.Match[str]) -> Decimal:
    magnitude = match.group("round") or match.group("magnitude")
    number = match.group("number")
    count = Decimal(lexicon.CHINESE_UNITS[number]) if number in lexicon.CHINESE_UNITS else Decimal(1)
    return count * _magnitude_scale(magnitude)


def _read_round(text: str, match: re.Match[str], magnitude: str, count: Decimal, unit_text: str | None):
    """过万, 逼近万亿, 破千亿元: a magnitude word alone is a round figure of one of it."""
    unit_text = unit_text if unit_text is not None else match.group("unit")
    if not _round_is_a_figure(text, match, unit_text):
        return None
    if unit_text and (unit_text not in lexicon.CURRENCIES and unit_text not in lexicon.COUNTERS
                      or unit_text in lexicon.ARABIC_ONLY_COUNTERS):
        return None
    start = match.start("round") if match.group("round") else match.start("number")
    end = match.end("unit") if match.group("unit") else (match.end("magnitude") if match.group("magnitude")
                                                         else match.end("round"))
    printed = count
    scale = _magnitude_scale(magnitude)
    unit = lexicon.CURRENCIES.get(unit_text, unit_text) if unit_text else None
    if unit is None and match.group("prefix"):
        unit = lexicon.CURRENCIES_BEFORE[match.group("prefix")]
    bound, qualifier = _bound_of(match.group("before"), match.group("after"), None)
    interval = _interval(printed, scale, bound, exact_count=False)
    return _quantity(text, match, start, end, text[start:end], exact_product(printed, scale), unit,
                     interval, qualifier, bound, magnitude)


def _read_compound(text: str, match: re.Match[str]) -> Quantity | None:
    """44兆2685亿元, 1万2685亿元, 2兆3,367.9億元: a figure printed to the 亿 (or below it) with its higher places in 兆 or 万 (a
    Taiwan bank's loans): one figure of (44 × 10000 + 2685) 亿, never 2685亿 alone."""
    start = match.start("compound")
    if _is_label(text, start, match.end("compound"), match.group("compound_high")):
        return None
    # 2兆3,367.9億元: the 亿 part may print its thousands separator and decimals.
    printed = Decimal(match.group("compound_high")) * _TEN_THOUSANDS_IN_A_YI + Decimal(
        match.group("compound_low").replace(",", ""))
    scale = lexicon.MAGNITUDES["亿"]
    unit_text = match.group("unit")
    unit = lexicon.CURRENCIES.get(unit_text, unit_text) if unit_text else None
    if unit is None and match.group("prefix"):
        unit = lexicon.CURRENCIES_BEFORE[match.group("prefix")]
    if unit_text and unit_text not in lexicon.CURRENCIES and unit_text not in lexicon.COUNTERS \
            and unit_text not in lexicon.MEASURE_UNITS:
        return None  # 44兆2685亿% is nothing an article prints
    bound, qualifier = _bound_of(match.group("before") if match.group("before") not in lexicon.ROUND_QUALIFIERS
                                 else None, match.group("after"), match.group("some_after"))
    if match.group("before") and bound == "exact" and match.group("before") not in lexicon.ROUND_QUALIFIERS:
        qualifier = match.group("before")
    end = match.end("unit") if unit_text else match.end("compound")
    interval = _interval(printed, scale, bound, exact_count=False)
    return _quantity(text, match, start, end, match.group("compound"), exact_product(printed, scale), unit,
                     interval, qualifier, bound, "亿")


def _read_doubling(text: str, match: re.Match[str]) -> Quantity | None:
    """翻倍, 翻了一番: a growth of about 100%, the word its own qualifier. A qualifier before it
    (近乎翻一番, 超过翻倍) is left to a reader of bounds on bounds: not read."""
    if match.group("before") or match.group("prefix"):
        return None
    word = match.group("doubling")
    bound = lexicon.DOUBLING_WORDS[word]
    printed = Decimal(100)
    interval = _interval(printed, Decimal(1), bound, exact_count=False)
    return _quantity(text, match, match.start("doubling"), match.end("doubling"), word, printed, "%",
                     interval, word, bound, None)


def _read_fraction(text: str, match: re.Match[str]) -> Quantity | None:
    """四分之一 is 25%, 1/3 is 33.33…%: a ratio, exact as a fraction."""
    before = match.group("before")
    if match.group("fraction") and match.group("denominator") in _PLACE_DENOMINATORS:
        return _read_place_fraction(text, match)
    if match.group("fraction"):
        denominator = parse_chinese_numeral(match.group("denominator"))
        numerator = parse_chinese_numeral(match.group("numerator"))
        if denominator is None or numerator is None:
            return None
        low, high = numerator[0], denominator[0]
        start, end = match.start("fraction"), match.end("fraction")
        if match.group("fraction_bound"):
            end = match.end("fraction_bound")
    else:
        start, end = match.start("slash"), match.end("slash")
        ahead = text[end:end + 1]
        # 1/3 is a ratio only after 的, 约, 近, 占 … (9/30 is a date, 1/3 of a line a label).
        lead = text[max(0, (match.start("before") if before else start) - 1):
                    (match.start("before") if before else start)]
        if not (before or lead in lexicon.FRACTION_LEADS) or ahead in lexicon.TIME_WORDS or \
                (ahead.isascii() and ahead.isalnum()):
            return None
        low, high = int(match.group("slash_numerator")), int(match.group("slash_denominator"))
    if not (0 < low and 0 < high):
        return None  # 3/2 after 的 is one and a half times the figure, as 四分之五 would be
    share = Fraction(100 * low, high)
    value = (Decimal(share.numerator) / Decimal(share.denominator))
    if share.denominator not in (1, 2, 4, 5, 8, 10, 20, 25, 40, 50):
        value = value.quantize(Decimal("0.01"))
    bound, qualifier = _bound_of(None if before in lexicon.ROUND_QUALIFIERS else before,
                                 match.group("after"), None)
    if bound == "exact" and match.group("fraction_bound"):
        qualifier = match.group("fraction_bound")
        bound = lexicon.FRACTION_BOUNDS_AFTER[qualifier]
    # 1/3 prints as 33.33: the interval holds both the exact share and the printed value.
    printed = Fraction(value)
    exact = Interval(min(share, printed), max(share, printed))
    interval = _bounded(min(share, printed) if bound == "above" else max(share, printed), exact, bound)
    quantity = _quantity(text, match, start, end, text[start:end], value.normalize(), "%", interval,
                         qualifier, bound, None)
    return quantity


def _read_place_fraction(text: str, match: re.Match[str]) -> Quantity | None:
    """百分之三十五 is 35%, 百分之十二点五 12.5%, 千分之三 0.3%: the numerator is printed as digits
    would be, and rounded like them (百分之二十 is 20% to the unit, as 20% is)."""
    if match.group("fraction_bound"):
        return None  # 百分之三十强: not a shape coverage prints
    numerator_text = match.group("numerator")
    numerator = parse_number(numerator_text)
    if numerator is None or numerator <= 0:
        return None
    if not numerator_text[0].isdigit() and numerator == numerator.to_integral_value():
        numerator = numerator.quantize(Decimal(1))  # 二十 is printed to the unit, not to the ten
    scale = _PLACE_DENOMINATORS[match.group("denominator")]
    before = match.group("before")
    bound, qualifier = _bound_of(None if before in lexicon.ROUND_QUALIFIERS else before, match.group("after"), None)
    if before and bound == "exact" and before not in lexicon.ROUND_QUALIFIERS:
        qualifier = before
    start, end = match.start("fraction"), match.end("fraction")
    interval = _interval(numerator, scale, bound, exact_count=False)
    return _quantity(text, match, start, end, text[start:end], exact_product(numerator, scale), "%", interval,
                     qualifier, bound, None)


def _chinese_numeral_is_a_figure(number: str, magnitude, unit, some) -> bool:
    if not any(char in lexicon.CHINESE_DIGITS for char in number) and not number.startswith("十"):
        return False  # 百万 in 上百万 is a manner of speaking
    if not number.strip("零〇"):
        return False  # 汽车零部件, 零售: a zero alone in words is part of a word, never a figure printed
    if unit in ("成", "倍") or magnitude:
        return True
    if unit and number not in ("一",):  # 一个, 一家: the article "a", not a count
        return True
    return bool(some) and unit is not None


def exact_product(printed: Decimal, scale: Decimal) -> Decimal:
    """printed × scale without the default context's rounding to 28 digits."""
    with localcontext() as context:
        context.prec = len(printed.as_tuple().digits) + len(scale.as_tuple().digits) + 2
        product = printed * scale
        return product.normalize() if product != 0 else Decimal(0)


def _quantity(text, match, start, end, number_text, value, unit, interval, qualifier, bound,
              magnitude) -> Quantity:
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        number_text=number_text,
        value=value,
        unit=unit,
        dimension=_dimension(unit),
        interval=interval,
        qualifier=qualifier,
        bound=bound,
        qualifier_start=match.start("before") if match.group("before") else start,
        magnitude=magnitude,
    )


def hedged(quantity: Quantity, qualifier: str) -> Quantity:
    """An exact figure under a qualifier printed away from it (约占…的三分之一: 约 before 占): its
    interval is the qualifier's bound on the value, as if printed before it."""
    bound = qualifier_bound(qualifier)
    if quantity.bound != "exact" or bound == "exact":
        return quantity
    return _replace(quantity, qualifier=qualifier, bound=bound,
                    interval=_bounded(Fraction(quantity.value), quantity.interval, bound))


def _replace(quantity: Quantity, **changes) -> Quantity:
    fields = {name: getattr(quantity, name) for name in Quantity.__slots__}
    fields.update(changes)
    return Quantity(**fields)


def _matches(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    position = 0
    while True:
        match = FIGURE_PATTERN.search(text, position)
        if match is None:
            return found
        if match.end() == match.start():
            position = match.end() + 1
            continue
        quantity = read_match(text, match)
        if quantity is not None:
            found.append(quantity)
            position = match.end()
        else:
            # Skip past the number only, so "第6届…86亿元" still finds what follows.
            number_end = match.end("number") if match.group("number") else match.end()
            position = max(number_end, match.start() + 1)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in a text, left to right."""
    readable = text.translate(_PRINTED_FORMS)
    found = _matches(readable)
    found = _ranges(readable, found)
    found = [_bracketed_negative_cell(readable, quantity) for quantity in found]
    found = _shared_units(readable, found)
    found = found + _table_cells(readable, found)
    found = found + _bare_thresholds(readable, found)
    found = found + _bare_decimals(readable, found)
    found = [_reached(readable, quantity) for quantity in found]
    links = [match.span() for match in _LINK.finditer(readable)]
    if links:  # a link's digits (…/112447%e5…, 2-2倍 in a slug) are not the article's figures
        found = [q for q in found if not any(start < q.end and q.start < end for start, end in links)]
    found.sort(key=lambda quantity: quantity.start)
    if readable == text:
        return found
    return [_replace(quantity, text=text[quantity.start:quantity.end]) for quantity in found]


# ---------------------------------------------------------------------------------------
# Constructions of more than one number

_LINK = re.compile(r"(?:https?://|www\.)[!-~]+")
# Chinese typesetting prints a range with a dash of its own (3.2亿元—3.6亿元, 10%—24%).
_RANGE_DASHES = "-~—"
_RANGE_CONNECTOR = re.compile(rf"\s?(?:[{_RANGE_DASHES}]|至)\s?")
_LIST_CONNECTOR = re.compile(r"\s?(?:和|与|及|、|或)\s?")
_BARE_BEFORE = re.compile(r"(?<![\d.,])(?P<number>\d+(?:\.\d+)?)$")


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """60-70GW, 15%-20%, 3亿-5亿元, 3至5亿元: one interval from the low end to the high end."""
    out: list[Quantity] = []
    for quantity in found:
        low = out[-1] if out else None
        joined = None
        if quantity.unit is not None and quantity.bound == "exact" and quantity.value > 0:
            if low is not None and low.bound == "exact" and (
                    low.unit == quantity.unit or low.unit is None and low.magnitude):
                connector = _RANGE_CONNECTOR.fullmatch(text, low.end, quantity.qualifier_start)
                if connector and "至" not in connector.group() and 0 < low.value < quantity.value:
                    joined = _range(text, low, quantity, low.qualifier_start, low.interval)
                    out.pop()
            if joined is None:
                joined = _bare_low_end(text, quantity)
        out.append(joined or quantity)
    return out


def _bare_low_end(text: str, high: Quantity) -> Quantity | None:
    """60-70GW, 3至5亿元: the low end borrows the high end's magnitude and unit."""
    head = text[:high.qualifier_start]
    connector = re.search(rf"(?:\s?(?:[{_RANGE_DASHES}]|至)\s?)$", head)
    if not connector or text[high.qualifier_start] in "-−" or high.start != high.qualifier_start:
        return None
    bare = _BARE_BEFORE.search(head, 0, connector.start())
    if bare is None or _is_label(text, bare.start(), bare.end(), bare.group("number"), unit_end=high.start):
        return None
    if "至" in connector.group() and re.search(r"(?:从|由)[^，,；;。]*$", text[:bare.start()]):
        return None  # 从3至5家: from one figure to another, not a range
    printed = parse_number(bare.group("number"))
    scale = _printed_scale(high)
    if printed is None or not 0 < printed * scale < high.value:
        return None
    low_interval = rounding_interval(printed, scale)
    return _range(text, None, high, bare.start(), low_interval, low_start=bare.start())


def _range(text: str, low: Quantity | None, high: Quantity, start: int, low_interval: Interval,
           low_start: int | None = None) -> Quantity:
    lower = low_interval.lower
    upper = high.interval.upper
    low_value = low.value if low is not None else None
    if low_value is None:
        number = re.match(r"\d+(?:\.\d+)?", text[low_start:])
        assert number is not None
        scale = _printed_scale(high)
        low_value = exact_product(Decimal(number.group()), scale)
    return Quantity(
        text=text[start:high.end], start=start, end=high.end,
        number_text=text[start:high.end], value=low_value, unit=high.unit, dimension=high.dimension,
        interval=Interval(lower, upper), qualifier=None, bound="range", qualifier_start=start,
        magnitude=high.magnitude,
    )


def _printed_scale(like: Quantity) -> Decimal:
    """What a bare number printed beside a figure is multiplied by in that figure's unit:
    its magnitude, and the unit's own place (基点 and bp are hundredths of a point, 成 tens of
    a percent)."""
    scale = _magnitude_scale(like.magnitude)
    if like.unit == "pp" and (like.text.endswith(("个基点", "基点")) or like.text.endswith(_BASIS_POINTS_LATIN)):
        return scale / 100
    if like.unit == "%" and like.text.endswith(lexicon.TENTHS_WORD):
        return scale * 10
    if like.unit == "%" and like.text.endswith("‰"):
        return scale / 10
    return scale


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """快4.6和3.1个百分点, 分别为5、8和12家: bare numbers listed before a figure share its unit."""
    out = list(found)
    index = len(out) - 1
    while index >= 0:
        quantity = out[index]
        head = text[:quantity.qualifier_start]
        connector = re.search(r"\s?(?:和|与|及|、|或)\s?$", head) or _slash_listed(text, head)
        if quantity.unit is not None and quantity.bound != "range" and connector:
            bare = _BARE_BEFORE.search(head, 0, connector.start())
            taken = index > 0 and out[index - 1].end > (bare.start() if bare else 0)
            if bare and not taken and not _is_label(text, bare.start(), bare.end(), bare.group("number")):
                listed = _listed_like(bare, quantity)
                if listed is not None:
                    out.insert(index, listed)
                    continue  # the new figure may itself end a longer list
        index -= 1
    return out


# 营收/归母净利润分别为456.2/23.4亿元, 同比分别+18.2%/+25.6%: a broker's list of values between
# slashes, after 分别 in its clause (elsewhere 3/4 is a fraction and 10/30 a date).
_SLASH_LIST = re.compile(r"分别[^，,；;。\d]{0,12}?(?P<list>[+-]?\d+(?:\.\d+)?%?(?:/[+-]?\d+(?:\.\d+)?%?)+)")
_SLASH = re.compile(r"/[+]?$")


def _in_slash_list(text: str, start: int, end: int) -> bool:
    return any(found.start("list") <= start and end <= found.end("list") for found in _SLASH_LIST.finditer(text))


def _slash_listed(text: str, head: str) -> re.Match[str] | None:
    """The slash before a value of a slash list (the head is the text up to the value)."""
    connector = _SLASH.search(head)
    return connector if connector is not None and _in_slash_list(text, connector.start() - 1, connector.start() - 1) else None


def _listed_like(bare: re.Match[str], like: Quantity) -> Quantity | None:
    printed = parse_number(bare.group("number"))
    if printed is None:
        return None
    scale = _printed_scale(like)
    exact = like.dimension == "count" and like.interval.lower == like.interval.upper
    interval = _interval(printed, scale, "exact", exact and printed == printed.to_integral_value())
    return Quantity(
        text=bare.group(), start=bare.start(), end=bare.end(), number_text=bare.group("number"),
        value=exact_product(printed, scale), unit=like.unit, dimension=like.dimension, interval=interval,
        qualifier=None, bound="exact", qualifier_start=bare.start(), magnitude=like.magnitude,
    )


# ---------------------------------------------------------------------------------------
# Numbers printed bare: table cells and ratios

# A cell: a number standing between spaces, tabs or bars, possibly an accounting negative.
_CELL = re.compile(
    r"(?<![^\s|])(?P<paren>\()?(?P<sign>[-−+])?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?(paren)\))(?P<percent>\s?%)?(?=[\s|]|$)"
)
_CELL_GAP = re.compile(r"[\s|]*")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A ratio printed bare in prose (流动比率为0.74, 友邦保险2.11>中国人寿0.76): a number with
# decimals between a word and a clause's end.
_BARE_DECIMAL = re.compile(
    r"(?<=[\u4e00-\u9fff>:：<])(?P<number>\d+\.\d+)(?=[,，。;；>＞<、)）]|\s*$)"
)


def _table_cells(text: str, found: list[Quantity]) -> list[Quantity]:
    """Cells of a table row (营业收入 108,394 105,592 2.65) or a cell alone on its line: plain
    numbers, with no magnitude invented for them (the header's unit is the reader's)."""
    if any(word in text for word in lexicon.NOT_A_TABLE_LINE):
        return []
    cells = [match for match in _CELL.finditer(text) if _is_cell(match)]
    runs: list[list[re.Match[str]]] = []
    for cell in cells:
        if runs and _CELL_GAP.fullmatch(text, runs[-1][-1].end(), cell.start()):
            runs[-1].append(cell)
        else:
            runs.append([cell])
    whole_line = text.strip(" |")
    out = []
    for run in runs:
        alone = len(run) == 1 and run[0].group() == whole_line
        if len(run) < 2 and not alone:
            continue
        for cell in run:
            if _YEAR.fullmatch(cell.group()) or _overlaps(cell.start(), cell.end(), found):
                continue
            out.append(_cell_quantity(cell))
    return out


# 经营溢利 1,234 1,456 (15.2%): a change cell printed as an accounting negative, the bracket
# closing after the percent sign, right after another cell of its row.
_CELL_BEFORE_A_BRACKET = re.compile(r"(?:^|[\s|])[-−+]?\(?\d[\d,]*(?:\.\d+)?\)?\s?%?\)?[\s|]+\($")


def _bracketed_negative_cell(text: str, quantity: Quantity) -> Quantity:
    """(15.2%) after the other cells of a table row is −15.2%; in prose, 增长（15.2%） or
    三成(30.5%) is an aside restating a figure, and stays as printed."""
    start, end = quantity.start, quantity.end
    if (quantity.unit != "%" or quantity.bound != "exact" or quantity.qualifier_start != start
            or quantity.value < 0 or text[end:end + 1] != ")" or not _CELL_BEFORE_A_BRACKET.search(text, 0, start)
            or (end + 1 < len(text) and text[end + 1] not in " |\n")):
        return quantity
    interval = quantity.interval
    return _replace(quantity, text=text[start - 1:end + 1], start=start - 1, end=end + 1, qualifier_start=start - 1,
                    value=-quantity.value, interval=Interval(
                        None if interval.upper is None else -interval.upper,
                        None if interval.lower is None else -interval.lower))


def _is_cell(match: re.Match[str]) -> bool:
    if match.group("paren"):
        # (1) after a row label is a footnote mark; an accounting negative prints its decimals
        # or separators: (0.28), (1,204).
        return bool(re.search(r"[.,]", match.group("number")))
    return True


def _overlaps(start: int, end: int, found: list[Quantity]) -> bool:
    return any(quantity.start < end and start < quantity.end for quantity in found)


def _cell_quantity(cell: re.Match[str]) -> Quantity:
    printed = parse_number(cell.group("number"))
    assert printed is not None
    if cell.group("paren") or cell.group("sign") in ("-", "−"):
        printed = -printed
    unit = "%" if cell.group("percent") else None
    interval = rounding_interval(printed, Decimal(1))
    return Quantity(
        text=cell.group(), start=cell.start(), end=cell.end(), number_text=cell.group("number"),
        value=exact_product(printed, Decimal(1)), unit=unit, dimension=_dimension(unit), interval=interval,
        qualifier=None, bound="exact", qualifier_start=cell.start(), magnitude=None, cell=True,
    )


def _bare_decimals(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for match in _BARE_DECIMAL.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, found) or _is_label(text, start, end, match.group("number")):
            continue
        if text[start - 1:start] in lexicon.BARE_NUMBER_BLOCKERS or \
                text[max(0, start - 2):start] in lexicon.BARE_NUMBER_DATE_LEADS:
            continue
        printed = parse_number(match.group("number"))
        if printed is None:
            continue
        out.append(Quantity(
            text=match.group(), start=start, end=end, number_text=match.group(), value=printed,
            unit=None, dimension="number", interval=rounding_interval(printed, Decimal(1)), qualifier=None,
            bound="exact", qualifier_start=start, magnitude=None,
        ))
    return out


# A ratio's threshold printed bare after the verb that crosses it, ending its clause: 市净率
# 跌破1，达到0.68; 市盈率突破30。 (跌破1万点 has its unit; 跌破2021年 is a date.)
_BARE_THRESHOLD = re.compile(
    rf"(?P<before>{alternation(lexicon.BARE_THRESHOLD_VERBS)})(?P<number>\d+(?:\.\d+)?)(?=[，,。；;]|\s*$)"
)


def _bare_thresholds(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for match in _BARE_THRESHOLD.finditer(text):
        start, end = match.span("number")
        number = match.group("number")
        if _overlaps(start, end, found) or _YEAR.fullmatch(number) or _is_label(text, start, end, number):
            continue
        printed = parse_number(number)
        if printed is None:
            continue
        qualifier = match.group("before")
        bound = qualifier_bound(qualifier)
        out.append(Quantity(
            text=number, start=start, end=end, number_text=number, value=printed, unit=None,
            dimension="number", interval=_bounded(Fraction(printed), rounding_interval(printed, Decimal(1)), bound),
            qualifier=qualifier, bound=bound, qualifier_start=match.start("before"), magnitude=None,
        ))
    return out


# 首次实现百亿元目标, 达成1000万辆大关: a target or a mark reached is at least the figure.
_REACHED_VERB_BEFORE = re.compile(r"(?P<verb>实现|达成|完成|达到|迈过|跨过|越过)了?\s*$")
_TARGET_AFTER = re.compile(rf"\s*的?(?P<mark>{alternation(lexicon.REACHED_MARKS)})")


def _reached(text: str, quantity: Quantity) -> Quantity:
    if quantity.bound != "exact" or quantity.cell:
        return quantity  # (达到500万辆大关: the 达 of 达到 was read as an exact qualifier)
    verb = _REACHED_VERB_BEFORE.search(text, 0, quantity.start)
    mark = _TARGET_AFTER.match(text, quantity.end)
    if verb is None or mark is None:
        return quantity
    bound = lexicon.REACHED_MARKS[mark.group("mark")]
    return _replace(quantity, bound=bound, qualifier=mark.group("mark"),
                    interval=_bounded(Fraction(quantity.value), quantity.interval, bound))


def in_the_unit_of(bare: Quantity, like: Quantity) -> Quantity:
    """A bare number read in another figure's unit and magnitude (稅後純益2億元，累計稅後純益
    6.9: 6.9億元)."""
    scale = _magnitude_scale(like.magnitude)
    return _replace(bare, value=exact_product(bare.value, scale), unit=like.unit, dimension=like.dimension,
                    interval=rounding_interval(bare.value, scale), magnitude=like.magnitude)


def parse_quantity(text: str) -> Quantity | None:
    """The figure a whole string prints, when the string is exactly one figure."""
    for quantity in find_quantities(text):
        if quantity.qualifier_start == 0 and text[quantity.end:] in ("",) + tuple(lexicon.QUALIFIERS_AFTER):
            return quantity
    return None


def decimal_bound(value: Fraction | None) -> Decimal | None:
    return None if value is None else fraction_to_decimal(value)


def qualifier_bound(qualifier: str | None) -> str:
    """The bound a printed qualifier gives: exact, below, above, atmost or around."""
    if qualifier is None:
        return "exact"
    return (lexicon.QUALIFIERS_BEFORE.get(qualifier) or lexicon.QUALIFIERS_AFTER.get(qualifier)
            or lexicon.ROUND_QUALIFIERS.get(qualifier) or lexicon.REACHED_MARKS.get(qualifier)
            or lexicon.DOUBLING_WORDS.get(qualifier, "exact"))
