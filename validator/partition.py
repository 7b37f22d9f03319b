"""Documents that can be checked apart: a run split into groups no rule looks across.

A rule relates figures of one article, or of two articles about the same entity (a bank's
profit this quarter and last; its cumulative count in March and in June): every cross-article
lookup goes through the entity of the claims (``Corpus.grouped`` and the rules' own groupings
all key on it). So articles that share no entity can never meet in a check, and a run over an
archive of a hundred thousand articles can check one group at a time instead of holding every
claim at once. ``tests/test_partition.py`` holds the promise: the checks of the groups are the
checks of the whole run, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .records import Extraction


def entities_of(extraction: Extraction) -> frozenset[str]:
    """Every entity a claim of the document is about (a round-up names several)."""
    return frozenset(claim.entity for claim in extraction.claims if claim.entity)


def independent_groups(entities: Sequence[Iterable[str]]) -> list[list[int]]:
    """The documents (by position in ``entities``) in groups that share no entity with one
    another, each group in position order and the groups in the order of their first document.

    Documents are joined when they name an entity in common, directly or through others
    (A and B share a bank, B and C a broker: one group).
    """
    parent = list(range(len(entities)))

    def root(position: int) -> int:
        while parent[position] != position:
            parent[position] = parent[parent[position]]  # halve the path: near-constant lookups
            position = parent[position]
        return position

    first_with: dict[str, int] = {}
    for position, names in enumerate(entities):
        for name in names:
            other = first_with.setdefault(name, position)
            if other != position:
                low, high = sorted((root(other), root(position)))
                parent[high] = low  # the lower position is the root: groups keep their first document
    groups: dict[int, list[int]] = {}
    for position in range(len(entities)):
        groups.setdefault(root(position), []).append(position)
    return list(groups.values())
