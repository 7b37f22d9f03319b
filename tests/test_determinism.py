"""The same inputs give byte-identical JSON, whatever order the paths are named in, whether a
folder or its files are named, and however many worker processes read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_gate import ERROR_AND_WARNING, invoke

SEEDS = Path("fixtures") / "seeds"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def repository(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)  # relative paths, as a CI job names them
    return ROOT


def json_of(command: str, *args: str) -> str:
    result = invoke(command, *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_report_json_is_the_same_for_any_path_order_folder_or_files_and_worker_count(repository):
    files = sorted(str(path) for path in SEEDS.iterdir())
    reference = json_of("run", str(SEEDS), "--jobs", "1")
    assert json_of("run", *reversed(files), "--jobs", "1") == reference
    assert json_of("run", *files, "--jobs", "2") == reference
    assert json_of("run", f"./{SEEDS}/", *reversed(files), "--jobs", "2") == reference


def test_claims_json_is_the_same_for_any_path_order_and_worker_count(repository):
    files = sorted(str(path) for path in SEEDS.iterdir())
    assert json_of("claims", *reversed(files), "--jobs", "2") == json_of("claims", str(SEEDS), "--jobs", "1")


def test_json_with_unreadable_and_over_budget_documents_is_the_same_for_any_order_and_workers(tmp_path,
                                                                                           monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-good.md").write_text(ERROR_AND_WARNING, encoding="utf-8")
    (tmp_path / "b-empty.md").write_bytes(b"")
    (tmp_path / "c-big.md").write_text(ERROR_AND_WARNING * 40, encoding="utf-8")
    (tmp_path / "d-binary.txt").write_bytes(b"\x89PNG\x00\x00")
    names = ["a-good.md", "b-empty.md", "c-big.md", "d-binary.txt"]
    budget = ("--max-bytes", "5000")
    reference = json_of("run", ".", *budget, "--jobs", "1")
    assert '"unreadable": 3' in reference
    assert json_of("run", *reversed(names), *budget, "--jobs", "2") == reference
    assert json_of("run", *names, *budget, "--jobs", "2") == reference
