"""``factcheck index``: bring an archive up to date with the articles on disk.

Re-indexing is incremental: a file whose content hash the archive already holds is skipped,
a changed one replaces its old claims, and with ``prune`` an archived article under the given
paths that is no longer there is removed. Each article is committed on its own, so an index
killed half-way keeps every article it finished.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable

from ..documents import STDIN, iter_paths
from ..reading import read_extractions
from ..records import Record
from .store import Archive


# Articles extracted per round before they are written: bounded memory, steady progress.
_BATCH = 256


class IndexOutcome(Record):
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # unchanged since they were archived
    pruned: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()  # (path, reason): not archived, the run went on


def content_hash(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def index_paths(paths: Iterable[str], archive: Archive, *, prune: bool = False, jobs: int = 1,
                progress: Callable[[str], None] | None = None) -> IndexOutcome:
    """Archive the claims of every article under ``paths``; see the module's docstring.

    ``jobs`` above one extracts in that many worker processes; this process alone writes.
    """
    roots = list(paths)
    archived = archive.documents()
    added, updated, skipped, failed, seen, changed = [], [], [], [], set(), []
    for path in iter_paths(roots):
        if path == STDIN:
            failed.append((path, "standard input cannot be archived: it has no path to find it again"))
            continue
        seen.add(path)
        try:
            digest = content_hash(path)
        except OSError as failure:
            failed.append((path, f"cannot read the file ({failure.strerror or failure})"))
            continue
        known = archived.get(path)
        if known is not None and known.content_hash == digest:
            skipped.append(path)
        else:
            changed.append((path, digest))
    for start in range(0, len(changed), _BATCH):
        batch = changed[start:start + _BATCH]
        extractions = {extraction.path: extraction
                       for extraction in read_extractions([path for path, _ in batch], jobs=jobs)}
        for path, digest in batch:
            if progress:
                progress(path)
            extraction = extractions.get(path)
            if extraction is None or extraction.error:
                failed.append((path, extraction.error if extraction else "the document could not be read"))
                continue
            archive.store(extraction, digest)
            (updated if path in archived else added).append(path)
    pruned = sorted(path for path in archived if path not in seen and _under(path, roots)) if prune else []
    archive.remove(pruned)
    return IndexOutcome(added=tuple(added), updated=tuple(updated), skipped=tuple(skipped),
                        pruned=tuple(pruned), failed=tuple(failed))


def _under(path: str, roots: list[str]) -> bool:
    """Whether an archived path lies under one of the paths indexed now (or is one of them)."""
    for root in roots:
        root = os.path.normpath(root)
        if path == root or path.startswith(root.rstrip(os.sep) + os.sep) or root == os.curdir:
            return True
    return False
