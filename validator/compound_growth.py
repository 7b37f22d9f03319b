"""Compound annual growth the text states: 从2018年的1.2亿元增至2021年的3.17亿元，年复合增长率为50%.

Read into ``compound_growth`` relations (from, to, rate); ``rules/compound_growth.py`` checks
that the rate compounded over the years between the two figures' periods takes one to the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Claim, Relation
from .relations import SentenceFigures


def compound_growths(sentences: Sequence[SentenceFigures], claims: Sequence[Claim],
                     stated: Sequence[Relation]) -> list[Relation]:
    """Every compound growth rate stated with the two figures it joins."""
    return []
