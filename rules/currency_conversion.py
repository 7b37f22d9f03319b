"""An amount and its value in another currency must agree with the exchange rate.

Results in one currency are printed with their value in another: 人民币154亿元(合21亿美元),
1,035.1百万港元(132.3百万美元). When the article prints the rate it used (按1美元兑6.37元人民币,
人民币6.3726元兑1.00美元), the two amounts must agree at that rate, within the rounding of all
three figures (the base of the quote, 1.00美元, is exact). When they do not, but agree at a rate
the pair of currencies has actually had, the conversion may have used another day's rate: a
warning. When no rate is printed, the two amounts must agree at some rate the pair has had since
1994, a wide band (see ``UNITS_PER_US_DOLLAR``) that only a gross error misses: a 万 for a 亿, a
million printed as a 万 by a translation, a digit dropped. A bare 元 may be renminbi, Hong Kong
or New Taiwan dollars (Hong Kong and Taiwan papers print 元 for their own currency): every one
of those readings is tried before a violation is reported.

错误 (wrong)::

    总收入达到1,035.1亿港元(13,230万美元)。

    13,230万美元 is 10.18亿 to 10.45亿港元 at any rate the Hong Kong dollar has had since 1994,
    never 1,035.1亿港元 (a translation printed HK$1,035.1 million as 亿).

正确 (right)::

    总收入达到10.351亿港元(13,230万美元)。
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from fractions import Fraction

from validator.corpus import Corpus, claim_interval
from validator.intervals import Interval, format_number
from validator.records import Check, Claim

from ._checks import display, make_check, under_readings

ID = "currency-conversion"
SEVERITY = "error"
SUMMARY = "an amount and its value in another currency agree with the printed or a historical exchange rate"

# How many units of each currency one US dollar has bought since 1994, with a margin: the band a
# conversion without a printed rate must fit. Renminbi: 8.7 in 1994, 8.28 until 2005, 6.04 at its
# strongest (2014), 7.35 at its weakest since; Hong Kong dollar: the peg, 7.75–7.85 since 2005;
# New Taiwan dollar: 25 (1990s) to 35 (2001); euro 0.83–1.60 US dollars; yen 75 (2011) to 162
# (2024); pound 1.03 (2022) to 2.11 (2007) US dollars.
UNITS_PER_US_DOLLAR: dict[str, tuple[Fraction, Fraction]] = {
    "USD": (Fraction(1), Fraction(1)),
    "CNY": (Fraction(6), Fraction("8.8")),
    "HKD": (Fraction("7.7"), Fraction("7.9")),
    "TWD": (Fraction(24), Fraction(36)),
    "EUR": (Fraction("0.62"), Fraction("1.21")),
    "JPY": (Fraction(75), Fraction(165)),
    "GBP": (Fraction("0.47"), Fraction("0.97")),
}
# The currencies a claim's unit can mean: 元 alone is the renminbi on the mainland, the Hong Kong
# dollar in Hong Kong papers and the New Taiwan dollar in Taiwan's.
CURRENCIES_OF_UNIT: dict[str, tuple[str, ...]] = {
    "美元": ("USD",),
    "元": ("CNY", "HKD", "TWD"),
    "港元": ("HKD",),
    "新台币": ("TWD",),
    "欧元": ("EUR",),
    "日元": ("JPY",),
    "英镑": ("GBP",),
}


def _band(amount_currency: str, converted_currency: str) -> Interval:
    """Units of the amount's currency per unit of the converted one, at any rate of the band."""
    amount_low, amount_high = UNITS_PER_US_DOLLAR[amount_currency]
    converted_low, converted_high = UNITS_PER_US_DOLLAR[converted_currency]
    return Interval(amount_low / converted_high, amount_high / converted_low)


def _readings(amount: Claim, converted: Claim) -> list[tuple[str, str, Interval]]:
    """Every pair of currencies the two units can mean, with the band of rates between them."""
    return [(mine, theirs, _band(mine, theirs))
            for mine in CURRENCIES_OF_UNIT.get(amount.unit or "", ())
            for theirs in CURRENCIES_OF_UNIT.get(converted.unit or "", ())
            if mine != theirs]


def _printed_rate(amount: Claim, converted: Claim, quote: Claim, base: Claim) -> Interval | None:
    """Units of the amount's currency per unit of the converted one, as printed: the quote within
    its rounding, the base (1.00美元) exact."""
    quoted = claim_interval(quote).scale(Fraction(1) / Fraction(base.value))
    if quote.unit == amount.unit and base.unit == converted.unit:
        return quoted
    if quote.unit == converted.unit and base.unit == amount.unit and quoted.positive:
        return Interval.point(1) / quoted
    return None


def _converted_fits(rate: Interval) -> Callable[[list[Interval]], bool]:
    """The test under_readings applies to (amount, converted): converted × rate meets amount."""
    def holds(ranges: list[Interval]) -> bool:
        amount, converted = ranges
        if not converted.nonnegative or not rate.nonnegative:
            return True
        return (converted * rate).intersects(amount)
    return holds


def _shown(expected: Interval, amount: Claim, converted: Claim) -> str:
    """The amount the conversion implies, in the amount's unit and magnitude (亿元), or in the
    converted figure's magnitude when the amount's would print it as 0.00…: 1.71万美元 is 12.4万元,
    not 0.0012亿元."""
    if expected.upper is not None and expected.upper * 100 < amount.value:
        return display(expected, amount.model_copy(update={"text": converted.text}))
    return display(expected, amount)


def _rate_words(quote: Claim, base: Claim) -> str:
    return f"{quote.text} = {base.text}"


def check(corpus: Corpus) -> Iterator[Check]:
    for _, roles in corpus.stated("conversion"):
        amount, converted = roles["amount"][0], roles["converted"][0]
        rate = roles.get("rate", [])
        checked = (_against_printed_rate(amount, converted, rate[0], rate[1]) if len(rate) == 2
                   else _against_band(amount, converted))
        if checked is not None:
            yield checked


def _band_verdict(amount: Claim, converted: Claim) -> tuple[bool, str, Interval | None, str]:
    """Whether the pair fits some historical rate; the reading that fits (or the first tried),
    the amount it implies, and words for the band."""
    readings = _readings(amount, converted)
    if not readings:
        return True, "", None, ""
    first_expected = None
    for mine, theirs, band in readings:
        passed, reading = under_readings([amount, converted], _converted_fits(band))
        expected = claim_interval(converted) * band
        if first_expected is None:
            first_expected = expected
        if passed:
            return True, reading, expected, _band_words([(mine, theirs, band)])
    return False, "", first_expected, _band_words(readings)


def _band_words(readings: list[tuple[str, str, Interval]]) -> str:
    return ", ".join(f"{format_number(band.lower, 4)}–{format_number(band.upper, 4)} {mine} per {theirs}"
                     for mine, theirs, band in readings)


def _against_band(amount: Claim, converted: Claim) -> Check | None:
    passed, reading, expected, words = _band_verdict(amount, converted)
    if expected is None:
        return None  # a currency whose rates are not on record: nothing to say
    shown = _shown(expected, amount, converted)
    if passed:
        message = (f"{amount.text} ({converted.text}): {converted.text} is {shown} at a rate of {words}{reading}; "
                   f"the text says {amount.text}")
    else:
        message = (f"{amount.text} ({converted.text}): at any exchange rate since 1994 ({words}), "
                   f"{converted.text} is {shown}, never {amount.text}: a wrong magnitude (万 for 亿, "
                   f"百万 for 亿) or a dropped digit")
    return make_check(ID, SEVERITY, passed=passed, claims=[amount, converted], message=message,
                      expected=shown, actual=amount.text, salt="band")


def _against_printed_rate(amount: Claim, converted: Claim, quote: Claim, base: Claim) -> Check | None:
    rate = _printed_rate(amount, converted, quote, base)
    if rate is None:
        return _against_band(amount, converted)
    passed, reading = under_readings([amount, converted], _converted_fits(rate))
    expected = claim_interval(converted) * rate
    shown = _shown(expected, amount, converted)
    claims = [amount, converted, quote, base]
    if passed:
        return make_check(ID, SEVERITY, passed=True, claims=claims,
                          message=(f"{amount.text} ({converted.text}) at the printed rate "
                                   f"{_rate_words(quote, base)}: {converted.text} is {shown}{reading}; "
                                   f"the text says {amount.text}"),
                          expected=shown, actual=amount.text)
    fits_band, _, _, words = _band_verdict(amount, converted)
    if fits_band:
        # Another day's rate (an average, a period end) may have been used for this line.
        severity = "warning"
        verdict = (f"the pair fits a rate the currencies have had ({words}): check which rate "
                   f"converted this line")
    else:
        severity = SEVERITY
        verdict = "no rate the currencies have had since 1994 fits either: a wrong figure"
    return make_check(ID, severity, passed=False, claims=claims,
                      message=(f"{amount.text} ({converted.text}) at the printed rate "
                               f"{_rate_words(quote, base)}: {converted.text} is {shown}, "
                               f"not {amount.text}; {verdict}"),
                      expected=shown, actual=amount.text)
