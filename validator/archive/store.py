"""Where archived claims live: one interface, a SQLite and a PostgreSQL backend.

Each document is written in its own short transaction (its old claims deleted, its new ones
inserted), so a reader never sees half an article and an ``index`` killed mid-way leaves the
archive as it was before the file it was writing. Claims are stored whole, as the JSON of
their record, beside the columns lookups go through: (entity, metric_key, period) is indexed,
so finding what one new article can be compared with costs a few index probes, not a scan.
"""

from __future__ import annotations

import json
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..records import Claim, Extraction, Record

SCHEMA_VERSION = 1
# PRAGMA application_id of a SQLite archive ("FCKA"): a foreign database is refused, not altered.
_APPLICATION_ID = 0x46434B41
_BUSY_TIMEOUT_SECONDS = 30.0

# One list of statements per schema version; an archive at version n runs the lists after n.
# Both backends read the same SQL: only the placeholder differs (? or %s).
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE factcheck_documents (
               path TEXT PRIMARY KEY,
               content_hash TEXT NOT NULL,
               title TEXT,
               published TEXT,
               entity TEXT,
               report_period TEXT,
               claims INTEGER NOT NULL,
               indexed_at TEXT NOT NULL)""",
        """CREATE TABLE factcheck_claims (
               path TEXT NOT NULL REFERENCES factcheck_documents(path) ON DELETE CASCADE,
               claim_id TEXT NOT NULL,
               entity TEXT,
               metric_key TEXT,
               period TEXT,
               record TEXT NOT NULL,
               PRIMARY KEY (path, claim_id))""",
        "CREATE INDEX factcheck_claims_lookup ON factcheck_claims (entity, metric_key, period)",
    ),
)


class ArchiveError(Exception):
    """The archive cannot be opened or used; the message is one line an editor understands."""


class ArchivedDocument(Record):
    path: str
    content_hash: str
    title: str | None
    published: str | None
    entity: str | None
    claims: int


class ArchiveStats(Record):
    documents: int
    claims: int
    entities: int
    periods: tuple[str, ...]  # every period some archived claim is about, in order
    schema_version: int
    backend: str


class Archive(ABC):
    """The store behind ``factcheck index`` and ``factcheck run --against``."""

    backend: str
    placeholder: str

    # --- what each backend provides -------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement outside any explicit transaction and return its rows."""

    @abstractmethod
    def _write(self, statements: Iterable[tuple[str, Sequence[Any] | list[Sequence[Any]]]]) -> None:
        """Run statements in one transaction; a list of parameter rows means executemany."""

    @abstractmethod
    def close(self) -> None: ...

    # --- the interface --------------------------------------------------------------------

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.placeholder)

    def documents(self) -> dict[str, ArchivedDocument]:
        """Every archived document by path."""
        rows = self._execute("SELECT path, content_hash, title, published, entity, claims "
                             "FROM factcheck_documents ORDER BY path")
        return {row[0]: ArchivedDocument(path=row[0], content_hash=row[1], title=row[2], published=row[3],
                                         entity=row[4], claims=row[5]) for row in rows}

    def store(self, extraction: Extraction, content_hash: str) -> None:
        """Replace whatever the archive held for this document by ``extraction``'s claims."""
        claims = [claim for claim in extraction.claims]
        indexed_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._write([
            (self._sql("DELETE FROM factcheck_claims WHERE path = ?"), (extraction.path,)),
            (self._sql("DELETE FROM factcheck_documents WHERE path = ?"), (extraction.path,)),
            (self._sql("INSERT INTO factcheck_documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             (extraction.path, content_hash, extraction.title, extraction.published, extraction.entity,
              extraction.report_period, len(claims), indexed_at)),
            (self._sql("INSERT INTO factcheck_claims VALUES (?, ?, ?, ?, ?, ?)"),
             [(claim.document, claim.id, claim.entity, claim.metric_key, claim.period,
               claim.model_dump_json()) for claim in claims]),
        ])

    def remove(self, paths: Iterable[str]) -> None:
        for path in paths:
            self._write([
                (self._sql("DELETE FROM factcheck_claims WHERE path = ?"), (path,)),
                (self._sql("DELETE FROM factcheck_documents WHERE path = ?"), (path,)),
            ])

    def related(self, keys: Iterable[tuple[str, str]], *, excluding: Iterable[str] = ()) -> list[Extraction]:
        """The archived claims of each (entity, metric key), as one extraction per document.

        ``excluding`` names documents not to return (an article being re-checked is not
        compared with its own archived copy).
        """
        skipped = set(excluding)
        lookup = self._sql("SELECT path, record FROM factcheck_claims WHERE entity = ? AND metric_key = ?")
        by_path: dict[str, list[Claim]] = {}
        for entity, metric_key in sorted(set(keys)):
            for path, record in self._execute(lookup, (entity, metric_key)):
                if path not in skipped:
                    by_path.setdefault(path, []).append(_claim(record))
        if not by_path:
            return []
        documents = self._documents_named(sorted(by_path))
        return [
            Extraction(path=path, title=documents[path][0], published=documents[path][1],
                       entity=documents[path][2], report_period=documents[path][3],
                       claims=tuple(sorted(by_path[path], key=lambda claim: (claim.offset, claim.id))))
            for path in sorted(by_path) if path in documents
        ]

    def _documents_named(self, paths: list[str]) -> dict[str, tuple]:
        lookup = self._sql("SELECT path, title, published, entity, report_period FROM factcheck_documents "
                           "WHERE path = ?")
        found = {}
        for path in paths:
            for row in self._execute(lookup, (path,)):
                found[row[0]] = row[1:]
        return found

    def stats(self) -> ArchiveStats:
        documents, claims = self._execute(
            "SELECT (SELECT COUNT(*) FROM factcheck_documents), (SELECT COUNT(*) FROM factcheck_claims)")[0]
        entities = self._execute("SELECT COUNT(DISTINCT entity) FROM factcheck_claims WHERE entity IS NOT NULL")[0][0]
        periods = [row[0] for row in self._execute(
            "SELECT DISTINCT period FROM factcheck_claims WHERE period IS NOT NULL ORDER BY period")]
        return ArchiveStats(documents=documents, claims=claims, entities=entities, periods=tuple(periods),
                            schema_version=SCHEMA_VERSION, backend=self.backend)

    def _migrate(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise ArchiveError(f"the archive has schema version {version}, newer than this factcheck "
                               f"understands ({SCHEMA_VERSION}); upgrade factcheck")
        for number in range(version, SCHEMA_VERSION):
            self._write([(statement, ()) for statement in _MIGRATIONS[number]]
                        + [(self._version_statement(number + 1), ())])

    @abstractmethod
    def _version_statement(self, version: int) -> str: ...


class SQLiteArchive(Archive):
    """One file, WAL mode: readers never wait for the writer, and the writer waits its turn."""

    backend = "sqlite"
    placeholder = "?"

    def __init__(self, path: str, *, create: bool):
        file = Path(path)
        if file.is_dir():
            raise ArchiveError(f"{path} is a directory, not an archive file")
        if not file.exists() and not create:
            raise ArchiveError(f"no archive at {path} (create one with: factcheck index ARTICLES --db {path})")
        try:
            # isolation_level=None: transactions are begun explicitly, so a write takes the
            # lock up front (BEGIN IMMEDIATE) instead of failing halfway on an upgrade.
            self._connection = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_SECONDS, isolation_level=None)
            self._open()
        except sqlite3.DatabaseError as failure:
            raise ArchiveError(f"{path} is not a factcheck archive ({failure})") from None

    def _open(self) -> None:
        application_id = self._connection.execute("PRAGMA application_id").fetchone()[0]
        version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        tables = self._connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        if application_id != _APPLICATION_ID and (tables or version):
            raise sqlite3.DatabaseError("a SQLite database of another application")
        if application_id != _APPLICATION_ID:
            self._connection.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
        if self._connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self._connection.execute("PRAGMA journal_mode = WAL")
        self._connection.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never corrupt
        self._migrate(version)

    def _version_statement(self, version: int) -> str:
        return f"PRAGMA user_version = {version}"

    def _execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple]:
        return self._connection.execute(sql, parameters).fetchall()

    def _write(self, statements) -> None:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            for sql, parameters in statements:
                if isinstance(parameters, list):
                    connection.executemany(sql, parameters)
                else:
                    connection.execute(sql, parameters)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def close(self) -> None:
        self._connection.close()


class PostgresArchive(Archive):
    """One database shared by many CI runners, through psycopg 3."""

    backend = "postgresql"
    placeholder = "%s"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError:
            raise ArchiveError("a PostgreSQL archive needs psycopg: pip install 'factcheck[postgres]'") from None
        self._psycopg = psycopg
        try:
            self._connection = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as failure:
            reason = str(failure).strip().splitlines()[0] if str(failure).strip() else type(failure).__name__
            raise ArchiveError(f"cannot connect to the PostgreSQL archive: {reason}") from None
        try:
            self._open()
        except psycopg.Error as failure:
            raise ArchiveError(f"the PostgreSQL database is not a usable factcheck archive: {failure}") from None

    def _open(self) -> None:
        with self._connection.transaction():
            # Two runners opening a new archive at once: the advisory lock lets one create it.
            self._connection.execute("SELECT pg_advisory_xact_lock(%s)", (_APPLICATION_ID,))
            self._connection.execute("CREATE TABLE IF NOT EXISTS factcheck_meta (key TEXT PRIMARY KEY, value TEXT)")
            row = self._connection.execute("SELECT value FROM factcheck_meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise ArchiveError(f"the archive has schema version {version}, newer than this factcheck "
                                   f"understands ({SCHEMA_VERSION}); upgrade factcheck")
            for number in range(version, SCHEMA_VERSION):
                for statement in _MIGRATIONS[number]:
                    self._connection.execute(statement)
                self._connection.execute(self._version_statement(number + 1))

    def _version_statement(self, version: int) -> str:
        return ("INSERT INTO factcheck_meta VALUES ('schema_version', '%d') "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value" % version)

    def _execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple]:
        cursor = self._connection.execute(sql, parameters or None)
        return cursor.fetchall() if cursor.description else []

    def _write(self, statements) -> None:
        with self._connection.transaction():
            for sql, parameters in statements:
                if isinstance(parameters, list):
                    if parameters:
                        with self._connection.cursor() as cursor:
                            cursor.executemany(sql, parameters)
                else:
                    self._connection.execute(sql, parameters or None)

    def close(self) -> None:
        self._connection.close()


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def open_archive(target: str, *, create: bool = False) -> Archive:
    """The archive at ``target``: a PostgreSQL URL, or the path of a SQLite file.

    ``create`` makes a new SQLite file when none exists (``index`` does; ``run --against``
    must find one).
    """
    if is_postgres_url(target):
        return PostgresArchive(target)
    return SQLiteArchive(target, create=create)



_SPAN_FIELDS = ("line", "column", "end_line", "end_column")


def _claim(record: str) -> Claim:
    """A claim back from its stored JSON, which is the claims format: position inline."""
    fields = json.loads(record)
    fields["span"] = {name: fields.pop(name) for name in _SPAN_FIELDS}
    return Claim.model_validate(fields)
