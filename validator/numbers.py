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

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CHINESE = r"[零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]+)?"


def alternation(words) -> str:
    """A regex alternative of words, longest first, so that 超过 wins over 超."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


_UNITS = alternation(
    ["个百分点", "百分点", "个基点", "基点", "%", "‰", "倍", "成"]
    + list(lexicon.CURRENCIES)
    + list(lexicon.COUNTERS)
)

FIGURE_PATTERN = re.compile(
    rf"(?:(?P<before>{alternation(lexicon.QUALIFIERS_BEFORE)})\s?)?"
    rf"(?:(?P<half>{alternation(lexicon.HALF_WORDS)})"
    rf"|(?P<minus>(?<![\dA-Za-z])[-−])?(?P<number>{_ARABIC}|{_CHINESE})"
    r"(?P<some>余|多)?"
    rf"(?P<magnitude>{alternation(lexicon.MAGNITUDES)})?"
    r"(?P<some_after>余|多)?"
    rf"(?:\s?(?P<unit>{_UNITS}))?)"
    rf"(?P<after>{alternation(lexicon.QUALIFIERS_AFTER)})?"
)

# A minus sign is a sign only after these (为-5亿元, 同比-3%); after a figure it joins a range.
_BEFORE_A_SIGN = " \t为是：:（(，,比至到"
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
    if re.fullmatch(_ARABIC, text):
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    parsed = parse_chinese_numeral(text)
    if parsed is None:
        return None
    value, step = parsed
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
    return "count"


def _is_label(text: str, start: int, end: int, number: str) -> bool:
    """Ordinals, model names, quoted labels and dates are not figures."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and (before == "第" or before in "-/." or before.isdigit()):
        return True
    if before and before in "数几" and not number[0].isdigit():
        return True  # 数十家, 几百人: a manner of speaking, not a figure
    if before.isascii() and before.isalpha():  # AAAI 2022, Q1
        return True
    if after and after.isascii() and (after.isalpha() or after in "-/+"):  # 5G, 2022-2025, 1+N
        return True
    if before and before in _QUOTES_OPEN and after and after in _QUOTES_CLOSE:
        return True  # “310”模式
    return False


def _bound_of(before: str | None, after: str | None, some: str | None) -> tuple[str, str | None]:
    if before and lexicon.QUALIFIERS_BEFORE[before] != "exact":
        return lexicon.QUALIFIERS_BEFORE[before], before
    if after:
        return lexicon.QUALIFIERS_AFTER[after], after
    if some:
        return "above", some
    return "exact", before


def _interval(printed: Decimal, scale: Decimal, bound: str, exact_count: bool) -> Interval:
    value = Fraction(printed) * Fraction(scale)
    rounded = Interval.point(value) if exact_count else rounding_interval(printed, scale)
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
    groups = match.groupdict()
    before, after = groups["before"], groups["after"]
    number_start = match.start("half") if groups["half"] else match.start("number")
    if groups["half"]:
        printed, scale, unit, magnitude = Decimal(5), Decimal(10), "%", None
        end = match.end("half")
        bound, qualifier = _bound_of(before, after, None)
        interval = _interval(printed, scale, bound, exact_count=False)
        return _quantity(text, match, number_start, end, groups["half"], exact_product(printed, scale),
                         unit, interval, qualifier, bound, magnitude)

    number_text = groups["number"]
    printed = parse_number(number_text)
    if printed is None:
        return None
    minus = groups["minus"]
    if minus and match.start("minus") > 0 and text[match.start("minus") - 1] not in _BEFORE_A_SIGN:
        minus = None  # 15%-20%: a range, not a negative figure
    if minus:  # 净利润为-5亿元: a loss printed as a negative figure
        if not number_text[0].isdigit():
            return None
        printed = -printed
    chinese = not number_text[0].isdigit()
    magnitude = groups["magnitude"]
    unit_text = groups["unit"]
    some = groups["some"] or groups["some_after"]
    end = match.end("unit") if unit_text else match.end()
    if unit_text is None:
        end = max(match.end("number"), match.end("magnitude") if magnitude else 0,
                  match.end("some_after") if groups["some_after"] else 0,
                  match.end("some") if groups["some"] else 0)
    if unit_text == "个" and not magnitude and printed != printed.to_integral_value():
        # 分别下降27.8个和29.9个百分点: no count is fractional; the points word comes later.
        if "个百分点" not in text[match.end("unit"):match.end("unit") + 14]:
            return None
        unit_text = "个百分点"
    if unit_text and unit_text in lexicon.COUNTERS:
        following = text[match.start("unit"):match.start("unit") + 4]
        if any(following.startswith(blocker) for blocker in lexicon.COUNTER_BLOCKERS):
            unit_text = None
            end = match.start("unit")
            while end > number_start and text[end - 1].isspace():
                end -= 1
    if chinese and not _chinese_numeral_is_a_figure(number_text, magnitude, unit_text, some):
        return None
    if minus:
        number_start = match.start("minus")
    if _is_label(text, number_start, match.end("number"), number_text):
        return None
    if unit_text is None:
        rest = text[end:end + 3]
        if not magnitude or any(rest.startswith(word) for word in lexicon.TIME_WORDS):
            return None  # a bare number: a year, an age, a label
    scale = lexicon.MAGNITUDES.get(magnitude, Decimal(1)) if magnitude else Decimal(1)
    unit = unit_text
    if unit_text in ("个百分点", "百分点"):
        unit = "pp"
    elif unit_text in ("个基点", "基点"):
        unit, scale = "pp", scale / 100
    elif unit_text == "成":
        unit, scale = "%", scale * 10
    elif unit_text in lexicon.CURRENCIES:
        unit = lexicon.CURRENCIES[unit_text]
    bound, qualifier = _bound_of(before, groups["after"], some)
    if before and bound == "exact":
        qualifier = before
    dimension = _dimension(unit)
    # Counts printed without a magnitude are exact (5652件); amounts and rates are rounded.
    exact_count = dimension == "count" and not magnitude and printed == printed.to_integral_value()
    interval = _interval(printed, scale, bound, exact_count)
    return _quantity(text, match, number_start, end, number_text, exact_product(printed, scale), unit,
                     interval, qualifier, bound, magnitude)


def _chinese_numeral_is_a_figure(number: str, magnitude, unit, some) -> bool:
    if not any(char in lexicon.CHINESE_DIGITS for char in number) and not number.startswith("十"):
        return False  # 百万 in 上百万 is a manner of speaking
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


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in a text, left to right."""
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
    return lexicon.QUALIFIERS_BEFORE.get(qualifier) or lexicon.QUALIFIERS_AFTER.get(qualifier, "exact")
