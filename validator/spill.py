"""A run's extractions and checks kept on disk while it runs, in a temporary SQLite file.

A run over an archive reads a hundred thousand articles and makes millions of checks: held in
memory they take tens of gigabytes. Here each extraction is stored as it is read and fetched
again when its group is checked, and each check is stored as it is made and read back in the
report's order (by the path, line and column of its first location, then rule and id), which
SQLite sorts on disk. Records are pickled and compressed: the file is private to the run and
removed when it ends.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator

from .records import Check, Extraction

# Rows per transaction: fewer commits, and memory bounded by one batch.
_BATCH = 500


def _path_key(path: str) -> bytes:
    """A path in code-point order as SQLite compares bytes (``sorted`` on ``str`` in Python);
    ``surrogatepass`` keeps a file name that is not valid UTF-8 storable."""
    return path.encode("utf-8", "surrogatepass")


def _packed(record: object) -> bytes:
    return zlib.compress(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpacked(blob: bytes):
    """A record as ``Spill`` stores it, read back."""
    return pickle.loads(zlib.decompress(blob))


def check_order(check: Check) -> tuple:
    """The report's order of checks: where the first figure stands, then rule and id."""
    first = check.locations[0] if check.locations else None
    where = (first.path, first.line, first.column) if first else ("", 0, 0)
    return (where, check.rule, check.id)


class Spill:
    """Extractions by their position in the run, and checks in report order, on disk."""

    def __init__(self) -> None:
        handle, self._path = tempfile.mkstemp(prefix="factcheck-", suffix=".sqlite")
        os.close(handle)
        self._db = sqlite3.connect(self._path)
        self._db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE;"
            "CREATE TABLE extraction (position INTEGER PRIMARY KEY, path BLOB NOT NULL, record BLOB NOT NULL);"
            "CREATE TABLE checks (path BLOB NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,"
            " rule TEXT NOT NULL, id TEXT NOT NULL, record BLOB NOT NULL);"
        )
        self._pending: list[tuple] = []
        self._pending_checks: list[tuple] = []
        self.extractions = 0

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        try:
            os.unlink(self._path)
        except OSError:
            pass

    def add_extraction(self, extraction: Extraction) -> int:
        """Store one extraction; returns its position in the run."""
        position = self.extractions
        self.extractions += 1
        self._pending.append((position, _path_key(extraction.path), _packed(extraction)))
        if len(self._pending) >= _BATCH:
            self._flush()
        return position

    def extractions_at(self, positions: Iterable[int]) -> list[Extraction]:
        """The extractions at ``positions``, in the order given."""
        return [unpacked(record) for record in self.packed_extractions_at(positions)]

    def packed_extractions_at(self, positions: Iterable[int]) -> list[bytes]:
        """The extractions at ``positions`` as stored (``unpacked`` reads one), in the order
        given: what a worker process is sent, smaller than the records."""
        self._flush()
        wanted = list(positions)
        found: dict[int, bytes] = {}
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start:start + _BATCH]
            marks = ",".join("?" * len(batch))
            for position, record in self._db.execute(
                    f"SELECT position, record FROM extraction WHERE position IN ({marks})", batch):
                found[position] = record
        return [found[position] for position in wanted]

    def extractions_by_path(self) -> Iterator[Extraction]:
        """Every extraction in path order (stable: the run's order among equal paths)."""
        self._flush()
        for (record,) in self._db.execute("SELECT record FROM extraction ORDER BY path, position"):
            yield unpacked(record)

    def add_checks(self, checks: Iterable[Check]) -> None:
        for check in checks:
            (path, line, column), rule, check_id = check_order(check)
            self._pending_checks.append((_path_key(path), line, column, rule, check_id, _packed(check)))
            if len(self._pending_checks) >= _BATCH:
                self._flush()

    def checks(self) -> Iterator[Check]:
        """Every check stored, in report order."""
        self._flush()
        for (record,) in self._db.execute("SELECT record FROM checks ORDER BY path, line, col, rule, id"):
            yield unpacked(record)

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany("INSERT INTO extraction VALUES (?, ?, ?)", self._pending)
            self._pending = []
        if self._pending_checks:
            self._db.executemany("INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?)", self._pending_checks)
            self._pending_checks = []
        self._db.commit()
