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

import importlib

# Re-exported lazily: the command line imports the archive's commands at start-up and must not
# pay for the pipeline until an archive is used.
_EXPORTS = {
    "Archive": "store", "ArchiveError": "store", "ArchivedDocument": "store", "ArchiveStats": "store",
    "open_archive": "store", "IndexOutcome": "indexing", "index_paths": "indexing", "checks_against": "against",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
