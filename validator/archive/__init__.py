"""The archive: the claims of published articles, kept to check every new article against.

A newsroom's CI gate sees one submission at a time, yet most cross-report errors are against
what was published before: a figure copied from last quarter, a cumulative count that falls.
``index`` extracts articles into an archive; ``checks_against`` runs the rules over new
articles together with the archived claims that share an (entity, metric) with them.

Two backends sit behind one interface (``Archive``): SQLite, one file, the embedded default,
and PostgreSQL for CI runners on many machines sharing one archive. Rules never know which one
they read: both hand back ordinary ``Extraction`` records.
"""

from __future__ import annotations

from .store import Archive, ArchiveError, ArchivedDocument, ArchiveStats, open_archive
from .indexing import IndexOutcome, index_paths
from .against import checks_against

__all__ = [
    "Archive", "ArchiveError", "ArchivedDocument", "ArchiveStats", "IndexOutcome",
    "checks_against", "index_paths", "open_archive",
]
