"""`factcheck index`, `factcheck archive stats` and `factcheck run --against`, as a user types them.

The store itself is tested on both backends in tests/test_archive.py; here the commands, their
output and their exit status, on the SQLite archive.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from validator.cli import app

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
SEED_000 = next(SEEDS.glob("000_*"))
SEED_001 = next(SEEDS.glob("001_*"))

runner = CliRunner()


def _published(tmp_path: Path) -> tuple[Path, Path]:
    published, submitted = tmp_path / "published", tmp_path / "submitted"
    published.mkdir()
    submitted.mkdir()
    shutil.copy(SEED_000, published)
    shutil.copy(SEED_001, submitted)
    return published / SEED_000.name, submitted / SEED_001.name


def test_index_then_run_against_reports_the_seeds_cross_report_findings_naming_the_archived_article(tmp_path):
    archived, new = _published(tmp_path)
    db = str(tmp_path / "archive.sqlite")

    indexed = runner.invoke(app, ["index", str(archived.parent), "--db", db])
    assert indexed.exit_code == 0, indexed.output
    assert "1 added" in indexed.output

    result = runner.invoke(app, ["run", str(new), "--against", db, "--format", "json"])
    assert result.exit_code == 0, result.output  # warnings only: the gate passes
    report = json.loads(result.output)
    assert report["summary"]["documents"] == 1  # the archive's articles are not counted as checked
    listed = {document["path"]: document for document in report["documents"]}
    archived_entry = listed[os.path.normpath(archived)]
    assert archived_entry["archived"] is True
    assert archived_entry["title"] and archived_entry["published"].startswith("2022-03-18")

    def across(rule, outcome):
        return [check for check in report["checks"] if check["rule"] == rule and check["outcome"] == outcome
                and {location["path"] for location in check["locations"]} == {str(new), os.path.normpath(archived)}]

    stale = [[location["text"] for location in check["locations"]] for check in across("repeated-figure", "violation")]
    assert ["189项", "189项"] in stale
    assert any(texts[0].startswith("50.7万") and texts[1].startswith("50.7万") for texts in stale)
    assert any([location["text"] for location in check["locations"]] == ["1.403亿", "1.45亿"]
               for check in across("cumulative-order", "pass"))
    for check in across("repeated-figure", "violation"):  # the archived article's line, not just its name
        archived_location = next(location for location in check["locations"]
                                 if location["path"] == os.path.normpath(archived))
        assert archived_location["line"] > 1


def test_a_second_index_skips_unchanged_articles_and_prune_removes_deleted_ones(tmp_path):
    archived, _ = _published(tmp_path)
    db = str(tmp_path / "archive.sqlite")
    runner.invoke(app, ["index", str(archived.parent), "--db", db])

    again = runner.invoke(app, ["index", str(archived.parent), "--db", db, "--json"])
    assert json.loads(again.output)["skipped"] == [os.path.normpath(archived)]

    archived.unlink()
    pruned = runner.invoke(app, ["index", str(archived.parent), "--db", db, "--prune", "--json"])
    assert json.loads(pruned.output)["pruned"] == [os.path.normpath(archived)]
    stats = runner.invoke(app, ["archive", "stats", "--db", db, "--json"])
    assert json.loads(stats.output)["documents"] == 0


def test_stats_name_documents_claims_entities_and_periods(tmp_path):
    archived, new = _published(tmp_path)
    db = str(tmp_path / "archive.sqlite")
    runner.invoke(app, ["index", str(archived), str(new), "--db", db])
    result = runner.invoke(app, ["archive", "stats", "--db", db])
    assert result.exit_code == 0
    assert "documents  2" in result.output
    assert re.search(r"claims\s+[1-9]\d*\n\s+entities\s+[1-9]", result.output)
    assert re.search(r"periods\s+2021 … 2022Q1", result.output)


def test_an_article_that_cannot_be_read_is_named_and_the_index_exits_1(tmp_path):
    archived, _ = _published(tmp_path)
    (archived.parent / "broken.md").write_bytes(b"\x00\x01binary\x00")
    result = runner.invoke(app, ["index", str(archived.parent), "--db", str(tmp_path / "archive.sqlite")])
    assert result.exit_code == 1
    assert "broken.md: not archived" in result.output
    assert "1 added" in result.output


def test_a_bad_archive_is_a_one_line_error_and_exit_2(tmp_path):
    _, new = _published(tmp_path)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_text("not a database at all\n" * 100)
    for arguments in (["run", str(new), "--against", str(garbage)],
                      ["run", str(new), "--against", str(tmp_path / "missing.sqlite")],
                      ["archive", "stats", "--db", str(garbage)],
                      ["index", str(new), "--db", str(garbage)],
                      ["index", str(tmp_path / "no-such-folder"), "--db", str(tmp_path / "a.sqlite")]):
        result = runner.invoke(app, arguments)
        assert result.exit_code == 2, (arguments, result.output)
        assert "Traceback" not in result.output
        assert result.output.startswith("factcheck: ") or "factcheck: " in result.output
