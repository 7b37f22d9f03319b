"""Tables: the relations a results table states between its cells.

(Being written: a table row's current and prior-period cells and its change column.)
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Relation
from .relations import SentenceFigures


def stated_in_tables(sentences: Sequence[SentenceFigures]) -> list[Relation]:
    return []
