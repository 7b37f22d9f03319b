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

from ..documents import STDIN, iter_paths, read_document
from ..extract import extract
from ..records import Record
from .store import Archive


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


def index_paths(paths: Iterable[str], archive: Archive, *, prune: bool = False,
                progress: Callable[[str], None] | None = None) -> IndexOutcome:
    """Archive the claims of every article under ``paths``; see the module's docstring."""
    roots = list(paths)
    archived = archive.documents()
    added, updated, skipped, failed, seen = [], [], [], [], set()
    for path in iter_paths(roots):
        if path == STDIN:
            failed.append((path, "standard input cannot be archived: it has no path to find it again"))
            continue
        seen.add(path)
        if progress:
            progress(path)
        try:
            digest = content_hash(path)
        except OSError as failure:
            failed.append((path, f"cannot read the file ({failure.strerror or failure})"))
            continue
        known = archived.get(path)
        if known is not None and known.content_hash == digest:
            skipped.append(path)
            continue
        document = read_document(path)
        try:
            extraction = extract(document)
        except Exception as failure:  # noqa: BLE001 — one article never stops an index
            failed.append((path, f"the extractor failed on this document ({type(failure).__name__}: {failure})"))
            continue
        if extraction.error:
            failed.append((path, extraction.error))
            continue
        archive.store(extraction, digest)
        (updated if known is not None else added).append(path)
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
