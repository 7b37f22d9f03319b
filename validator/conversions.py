"""Currency conversions the text states: 人民币154亿元(合21亿美元), 18亿元（约2.8亿美元）,
5亿美元，约合人民币32亿元.

Read into ``conversion`` relations (amount, converted, and the rate when the article prints
one); ``rules/currency_conversion.py`` checks them.

An amount is related to its value in another currency only when the second figure restates
the first and nothing else: it stands alone in the bracket right after the amount (a currency
word and 约合/折合/合/约 may stand before it), or right after 约合/折合/合/相当于. Two amounts of
one currency (0.232美元（每股ADS 1.16美元）), a share or a count in brackets, and a bracket that
says more (其中…, 上年同期…) are not conversions.

The rate is the one the article prints as a pair of amounts, 人民币6.3726元兑1.00美元 or
按1美元兑6.37元人民币: the figure whose value is a round 1, 10, 100 … is the base of the quote.
When an article prints two different rates for one pair of currencies, neither is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import CURRENCIES, CURRENCIES_BEFORE
from .records import Claim, Filler, Relation
from .relations import PlacedFigure, SentenceFigures

# The words that say the next amount is the same value in another currency.
CONVERSION_WORDS: tuple[str, ...] = ("约合", "约折合", "折合", "约相当于", "相当于", "约等于", "合")
# Inside a bracket that holds nothing else, 约 and 即 say it too: 18亿元（约2.8亿美元）. After a
# comma they do not (净利润1亿美元，约… may go on to another measure).
BRACKET_WORDS: tuple[str, ...] = CONVERSION_WORDS + ("约", "即")
# The words that print an exchange rate between two amounts: 1美元兑6.37元, 1美元=7.1元.
RATE_WORDS: tuple[str, ...] = ("可兑换", "兑换", "兑", "=", "＝")

_CURRENCY_WORD = "|".join(re.escape(word) for word in sorted({*CURRENCIES, *CURRENCIES_BEFORE}, key=len, reverse=True))
_CONNECTOR = "|".join(re.escape(word) for word in sorted(CONVERSION_WORDS, key=len, reverse=True))
_BRACKET_CONNECTOR = "|".join(re.escape(word) for word in sorted(BRACKET_WORDS, key=len, reverse=True))
_RATE_WORD = "|".join(re.escape(word) for word in RATE_WORDS)

# Between an amount and its conversion in brackets: 人民币154亿元(合21亿美元), 1121.1亿元港币(1,433.0万美元).
_OPENS_BRACKET = re.compile(rf"\s*(?:{_CURRENCY_WORD})?\s*[（(]\s*(?:{_BRACKET_CONNECTOR})?\s*(?:{_CURRENCY_WORD})?\s*")
_CLOSES_BRACKET = re.compile(rf"\s*(?:{_CURRENCY_WORD})?\s*[)）]")
# Between an amount and its conversion after a word: 5亿美元，约合人民币32亿元.
_CONVERTED_AFTER_WORD = re.compile(
    rf"\s*(?:{_CURRENCY_WORD})?\s*[，,]?\s*(?:{_CONNECTOR})\s*(?:{_CURRENCY_WORD})?\s*")
# The same when the extractor read the word as the converted figure's qualifier (约合 is 约 too).
_COMMA_ONLY = re.compile(rf"\s*(?:{_CURRENCY_WORD})?\s*[，,]?\s*(?:{_CURRENCY_WORD})?\s*")
# Between the two amounts of a printed rate: 6.3726元兑1.00美元, 1美元兑6.37元人民币.
_BETWEEN_RATE_AMOUNTS = re.compile(rf"\s*(?:{_CURRENCY_WORD})?\s*(?:{_RATE_WORD})\s*(?:{_CURRENCY_WORD})?\s*")


def _is_amount_of_money(claim: Claim) -> bool:
    return (claim.kind == "figure" and claim.dimension == "money" and claim.unit is not None
            and claim.value > 0)


def _in_other_currencies(first: Claim, second: Claim) -> bool:
    return _is_amount_of_money(first) and _is_amount_of_money(second) and first.unit != second.unit


def _is_round_base(claim: Claim) -> bool:
    """1, 10, 100 …: the side of a quote that names how much of one currency is priced."""
    value = claim.value
    if value <= 0 or value != value.to_integral_value():
        return False
    whole = int(value)
    while whole % 10 == 0:
        whole //= 10
    return whole == 1


def _printed_rates(sentences: Sequence[SentenceFigures]) -> dict[frozenset[str], tuple[Claim, Claim] | None]:
    """The rate an article prints for each pair of currencies, as (quote, base); None for a
    pair printed with two different rates, where no one rate can be said to apply."""
    rates: dict[frozenset[str], tuple[Claim, Claim] | None] = {}
    for sentence in sentences:
        for first, second in zip(sentence.figures, sentence.figures[1:]):
            if not _in_other_currencies(first.claim, second.claim):
                continue
            if not _BETWEEN_RATE_AMOUNTS.fullmatch(sentence.text, first.end, second.start):
                continue
            if _is_round_base(second.claim) and not _is_round_base(first.claim):
                quote, base = first.claim, second.claim
            elif _is_round_base(first.claim):
                quote, base = second.claim, first.claim
            else:
                continue
            pair = frozenset((quote.unit or "", base.unit or ""))
            if pair in rates:
                known = rates[pair]
                same = (known is not None and known[0].unit == quote.unit and known[0].value == quote.value
                        and known[1].value == base.value)
                if not same:
                    rates[pair] = None
                continue
            rates[pair] = (quote, base)
    return rates


def _restates(sentence: SentenceFigures, amount: PlacedFigure, converted: PlacedFigure) -> str | None:
    """The construction by which ``converted`` restates ``amount`` in another currency, if any."""
    text = sentence.text
    if _OPENS_BRACKET.fullmatch(text, amount.end, converted.start) and _CLOSES_BRACKET.match(text, converted.end):
        return "amount-with-its-conversion-in-brackets"
    after_word = (_CONVERTED_AFTER_WORD.fullmatch(text, amount.end, converted.start)
                  or (converted.claim.qualifier in CONVERSION_WORDS
                      and _COMMA_ONLY.fullmatch(text, amount.end, converted.start)))
    if after_word and not _is_rate_side(text, converted):
        return "amount-then-its-conversion"
    return None


def _is_rate_side(text: str, figure: PlacedFigure) -> bool:
    """1美元兑6.37元 is a rate, not a conversion of the amount before it."""
    return _BETWEEN_RATE_AMOUNTS.match(text, figure.end) is not None


def conversions(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                stated: Sequence[Relation]) -> list[Relation]:
    """Every amount stated with its value in another currency."""
    rates = _printed_rates(sentences)
    rate_ids = {claim.id for found in rates.values() if found for claim in found}
    found = []
    for sentence in sentences:
        for amount, converted in zip(sentence.figures, sentence.figures[1:]):
            if not _in_other_currencies(amount.claim, converted.claim):
                continue
            if amount.claim.id in rate_ids or converted.claim.id in rate_ids:
                continue
            construction = _restates(sentence, amount, converted)
            if construction is None:
                continue
            fillers = [Filler(role="amount", claim=amount.claim.id), Filler(role="converted", claim=converted.claim.id)]
            rate = rates.get(frozenset((amount.claim.unit or "", converted.claim.unit or "")))
            if rate is not None:
                # The quote first, then its base: the rule reads the base as exact (1.00美元 is one dollar).
                fillers += [Filler(role="rate", claim=rate[0].id), Filler(role="rate", claim=rate[1].id)]
            found.append(Relation(
                id=f"conversion:{amount.claim.id}+{converted.claim.id}", document=amount.claim.document,
                kind="conversion", construction=construction, fillers=tuple(fillers),
            ))
    return found
