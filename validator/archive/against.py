"""``factcheck run --against``: new articles checked together with what the archive holds.

Only the archived claims that can meet a new article's are read: those of the same entity and
metric key (any period: a stale figure is a figure of another period). The rules run over the
new articles and those claims as one corpus, exactly as over files; a check that does not
touch a new article is about the archive alone and was reported when those were published.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from ..corpus import Corpus
from ..pipeline import run_rules
from ..records import Check, Extraction
from .store import Archive


def checks_against(extractions: Sequence[Extraction], archive: Archive,
                   rules: Sequence[ModuleType]) -> tuple[list[Check], list[Extraction]]:
    """The checks that involve a new article, and the archived articles they were run with."""
    new_paths = {extraction.path for extraction in extractions}
    keys = {(claim.entity, claim.metric_key) for extraction in extractions for claim in extraction.claims
            if claim.entity and claim.metric_key}
    archived = archive.related(keys, excluding=new_paths)
    checks = run_rules(Corpus([*extractions, *archived]), rules)
    return [check for check in checks if any(location.path in new_paths for location in check.locations)], archived
