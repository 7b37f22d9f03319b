"""The archive of published articles, on both backends: SQLite (a file) and PostgreSQL.

The PostgreSQL tests run against a real server (tests/postgres_server.py starts one from
Debian's postgresql package). Under CI=true they must run; elsewhere, without a server, they
are skipped with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from rules import all_rules
from validator.archive import ArchiveError, checks_against, index_paths, open_archive
from validator.pipeline import read_claims

from . import postgres_server

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
SEED_000 = next(SEEDS.glob("000_*"))
SEED_001 = next(SEEDS.glob("001_*"))
REPOSITORY = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def postgres_server_url():
    try:
        server = postgres_server.start()
    except postgres_server.Unavailable as reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but no PostgreSQL server could be started: {reason}")
        pytest.skip(f"PostgreSQL archive tests skipped: {reason}")
    yield server.url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_target(request, tmp_path):
    """A new, empty archive on each backend: a file, or a database of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.sqlite")
        return
    import psycopg

    admin_url = request.getfixturevalue("postgres_server_url")
    name = f"factcheck_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin_url.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _copy(source: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


def _figures(check) -> list[str]:
    return [location.text for location in check.locations]


def test_a_new_article_is_checked_against_the_archived_one(archive_target, tmp_path):
    archived = _copy(SEED_000, tmp_path / "published")
    new = _copy(SEED_001, tmp_path / "submitted")
    with open_archive(archive_target, create=True) as archive:
        outcome = index_paths([str(archived.parent)], archive)
        assert outcome.added == (os.path.normpath(archived),)
        checks, consulted = checks_against(read_claims([str(new)]), archive, all_rules())

    assert [extraction.path for extraction in consulted] == [os.path.normpath(archived)]
    repeated = [check for check in checks if check.rule == "repeated-figure" and check.outcome == "violation"]
    stale = {tuple(_figures(check)) for check in repeated}
    assert ("189项", "189项") in stale
    assert any(figures[0].startswith("50.7万") and figures[1].startswith("50.7万") for figures in stale)
    for check in repeated:  # each names the archived article beside the new one
        assert {location.path for location in check.locations} == {os.path.normpath(archived), str(new)}
    cumulative = [check for check in checks if check.rule == "cumulative-order" and check.outcome == "pass"]
    assert any(_figures(check) == ["1.403亿", "1.45亿"] for check in cumulative)
    # Only findings that touch the new article: the archive alone was checked when published.
    assert all(any(location.path == str(new) for location in check.locations) for check in checks)


def test_checking_against_the_archive_finds_what_checking_both_files_finds(archive_target, tmp_path):
    archived = _copy(SEED_000, tmp_path / "published")
    new = _copy(SEED_001, tmp_path / "submitted")
    with open_archive(archive_target, create=True) as archive:
        index_paths([str(archived)], archive)
        against, _ = checks_against(read_claims([str(new)]), archive, all_rules())
    from validator.corpus import Corpus
    from validator.pipeline import run_rules

    together = run_rules(Corpus(read_claims([str(archived), str(new)])), all_rules())
    across = [check for check in together if {location.path for location in check.locations}
              == {os.path.normpath(archived), str(new)}]
    assert across, "the two seeds share figures: some check must span both"
    assert {check.id for check in across} <= {check.id for check in against}


def test_reindexing_skips_unchanged_files_and_replaces_changed_ones(archive_target, tmp_path):
    folder = tmp_path / "published"
    first, second = _copy(SEED_000, folder), _copy(SEED_001, folder)
    with open_archive(archive_target, create=True) as archive:
        assert len(index_paths([str(folder)], archive).added) == 2
        before = archive.stats()

        again = index_paths([str(folder)], archive)
        assert again.added == again.updated == () and len(again.skipped) == 2

        text = first.read_text(encoding="utf-8")
        assert "189项" in text
        first.write_text(text.replace("189项", "196项"), encoding="utf-8")
        changed = index_paths([str(folder)], archive)
        assert changed.updated == (os.path.normpath(first),)
        assert changed.skipped == (os.path.normpath(second),)
        assert archive.stats().claims == before.claims  # replaced, not added twice

        keys = {(claim.entity, claim.metric_key) for claim in read_claims([str(first)])[0].claims
                if claim.text == "196项"}
        assert keys, "the changed figure is read"
        printed = {claim.text for extraction in archive.related(keys) for claim in extraction.claims
                   if extraction.path == os.path.normpath(first)}
        assert "196项" in printed and "189项" not in printed


def test_pruning_removes_articles_gone_from_the_indexed_folder_only(archive_target, tmp_path):
    folder, elsewhere = tmp_path / "published", tmp_path / "other"
    kept, removed = _copy(SEED_000, folder), _copy(SEED_001, folder)
    outside = _copy(SEED_001, elsewhere)
    with open_archive(archive_target, create=True) as archive:
        index_paths([str(folder), str(outside)], archive)
        removed.unlink()

        without_prune = index_paths([str(folder)], archive)
        assert without_prune.pruned == ()
        assert os.path.normpath(removed) in archive.documents()

        pruned = index_paths([str(folder)], archive, prune=True)
        assert pruned.pruned == (os.path.normpath(removed),)
        assert set(archive.documents()) == {os.path.normpath(kept), os.path.normpath(outside)}


def test_an_unreadable_article_is_reported_and_the_others_are_archived(archive_target, tmp_path):
    folder = tmp_path / "published"
    good = _copy(SEED_000, folder)
    (folder / "broken.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with open_archive(archive_target, create=True) as archive:
        outcome = index_paths([str(folder)], archive)
        assert outcome.added == (os.path.normpath(good),)
        assert [path for path, _ in outcome.failed] == [os.path.normpath(folder / "broken.md")]
        assert outcome.failed[0][1]  # a reason an editor can read


def test_stats_count_documents_claims_entities_and_periods(archive_target, tmp_path):
    with open_archive(archive_target, create=True) as archive:
        index_paths([str(_copy(SEED_000, tmp_path)), str(_copy(SEED_001, tmp_path))], archive)
        stats = archive.stats()
    claims = sum(len(extraction.claims) for extraction in read_claims([str(SEED_000), str(SEED_001)]))
    assert stats.documents == 2 and stats.claims == claims
    assert stats.entities >= 1
    assert "2022Q1" in stats.periods and list(stats.periods) == sorted(stats.periods)


# --- bad archives ------------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "archive.sqlite"
    bogus.write_bytes(b"this is a text file, not a database\n" * 200)
    with pytest.raises(ArchiveError, match="not a factcheck archive"):
        open_archive(str(bogus), create=True)
    assert bogus.read_bytes().startswith(b"this is a text file")  # left untouched


def test_another_applications_sqlite_database_is_refused_untouched(tmp_path):
    foreign = tmp_path / "app.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE orders (id INTEGER)")
    with pytest.raises(ArchiveError, match="not a factcheck archive"):
        open_archive(str(foreign), create=True)
    with sqlite3.connect(foreign) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
    assert tables == ["orders"]


def test_a_directory_or_a_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(ArchiveError, match="directory"):
        open_archive(str(tmp_path))
    with pytest.raises(ArchiveError, match="no archive at"):
        open_archive(str(tmp_path / "missing.sqlite"))
    assert not (tmp_path / "missing.sqlite").exists()


def test_an_archive_from_a_newer_factcheck_is_refused(tmp_path):
    target = str(tmp_path / "archive.sqlite")
    open_archive(target, create=True).close()
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA user_version = 99")
    with pytest.raises(ArchiveError, match="newer"):
        open_archive(target)


def test_an_unreachable_postgresql_server_is_a_clear_error():
    with socket_closed_port() as port:
        with pytest.raises(ArchiveError, match="cannot connect"):
            open_archive(f"postgresql://nobody@127.0.0.1:{port}/none")


class socket_closed_port:
    """A local port nothing listens on."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return probe.getsockname()[1]

    def __exit__(self, *exc_info) -> None:
        pass


# --- real processes: readers beside a writer, and a writer killed mid-way ----------------------

_WRITER = textwrap.dedent("""
    import sys
    from validator.archive import index_paths, open_archive
    with open_archive(sys.argv[1], create=True) as archive:
        for folder in sys.argv[2:]:
            index_paths([folder], archive)
""")

_READER = textwrap.dedent("""
    import json, sys, time
    from validator.archive import open_archive
    from validator.pipeline import read_claims
    from validator.archive import checks_against
    from rules import all_rules
    new = read_claims([sys.argv[2]])
    keys = {(c.entity, c.metric_key) for e in new for c in e.claims if c.entity and c.metric_key}
    rounds, deadline = 0, time.monotonic() + float(sys.argv[3])
    with open_archive(sys.argv[1]) as archive:
        while time.monotonic() < deadline:
            archive.related(keys)
            checks_against(new, archive, all_rules())
            rounds += 1
    print(json.dumps({"rounds": rounds}))
""")


def _python(script: str, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *arguments], cwd=REPOSITORY,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _articles(tmp_path: Path, count: int) -> list[str]:
    """``count`` folders of distinct articles: copies of the seeds, each a document of its own."""
    folders = []
    for number in range(count):
        folder = tmp_path / f"batch{number:02d}"
        for seed in sorted(SEEDS.glob("00[0-4]_*")):
            _copy(seed, folder, f"{number:02d}_{seed.name}")
        folders.append(str(folder))
    return folders


def _count(folders: list[str]) -> int:
    return sum(len(os.listdir(folder)) for folder in folders)


def _consistent(target: str) -> None:
    """Every archived document has exactly the claims it was stored with: none half-written."""
    with open_archive(target) as archive:
        documents = archive.documents()
        stored = archive._execute("SELECT path, COUNT(*) FROM factcheck_claims GROUP BY path")
    counts = dict(stored)
    for path, document in documents.items():
        assert counts.get(path, 0) == document.claims, path
    assert set(counts) <= set(documents)


def test_readers_run_beside_a_writer_without_locking_errors(archive_target, tmp_path):
    folders = _articles(tmp_path, 6)
    with open_archive(archive_target, create=True) as archive:
        index_paths([folders[0]], archive)
    writer = _python(_WRITER, archive_target, *folders[1:])
    readers = [_python(_READER, archive_target, str(SEED_001), "6") for _ in range(3)]
    outputs = [process.communicate(timeout=300) for process in [writer, *readers]]
    for process, (stdout, stderr) in zip([writer, *readers], outputs):
        assert process.returncode == 0, stderr
        assert "locked" not in stderr
    assert all(json.loads(stdout)["rounds"] >= 1 for stdout, _ in outputs[1:])
    with open_archive(archive_target) as archive:
        assert archive.stats().documents == _count(folders)
    _consistent(archive_target)


def test_a_killed_writer_leaves_every_finished_article_whole(archive_target, tmp_path):
    folders = _articles(tmp_path, 8)
    open_archive(archive_target, create=True).close()
    writer = _python(_WRITER, archive_target, *folders)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill it once it has written something, mid-run
        with open_archive(archive_target) as archive:
            if archive.stats().documents >= 3:
                break
        time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.communicate()
    _consistent(archive_target)
    with open_archive(archive_target) as archive:
        outcome = index_paths(folders, archive)  # and the next index finishes the job
        assert not outcome.failed
        assert archive.stats().documents == _count(folders)
    _consistent(archive_target)
