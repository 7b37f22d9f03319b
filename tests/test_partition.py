"""A run checked one independent group of documents at a time gives the report of the whole
run, byte for byte, while holding one group's claims at a time (validator.partition,
validator.spill, pipeline.check_in_groups)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from benchmarks.synthetic import generate
from rules import all_rules
from validator import pipeline, render
from validator.corpus import Corpus
from validator.partition import independent_groups
from validator.pipeline import build_report, check_in_groups, read_claims, run_rules
from validator.records import Check, Location
from validator.spill import Spill, check_order

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_documents_sharing_no_entity_are_apart():
    assert independent_groups([{"甲银行"}, {"乙证券"}, set(), {"丙保险"}]) == [[0], [1], [2], [3]]


def test_documents_are_joined_through_any_entity_they_share():
    # 0 and 2 share a bank, 2 and 3 a broker: one group, however far apart they stand.
    groups = independent_groups([{"甲银行"}, {"丁科技"}, {"甲银行", "乙证券"}, {"乙证券"}, {"丁科技"}])
    assert groups == [[0, 2, 3], [1, 4]]


def test_a_chain_joined_from_its_far_end_keeps_the_first_document_first():
    groups = independent_groups([{"A"}, {"B"}, {"C"}, {"C", "B"}, {"B", "A"}])
    assert groups == [[0, 1, 2, 3, 4]]


def _whole_run(folder: Path) -> str:
    extractions = read_claims([str(folder)])
    return render.report_json(build_report(extractions, run_rules(Corpus(extractions), all_rules())))


def _grouped_run(folder: Path, jobs: int = 1) -> tuple[str, str]:
    with Spill() as spill:
        run = check_in_groups(read_claims([str(folder)]), all_rules(), spill, jobs=jobs)
        streamed = io.StringIO()
        render.write_report_json(streamed.write, run.head(), run.checks())
        return render.report_json(run.report()), streamed.getvalue()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    # Several quarters of each company: groups of many articles, with injected mistakes.
    folder = tmp_path_factory.mktemp("synthetic")
    generate(folder, 48, seed=11, error_rate=0.2)
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("folder", ["seeds", "clean", "broken", "documents"])
def test_groups_give_the_whole_runs_report_on_the_fixtures(folder, jobs):
    whole = _whole_run(FIXTURES / folder)
    in_memory, streamed = _grouped_run(FIXTURES / folder, jobs)
    assert in_memory == whole
    assert streamed == whole


@pytest.mark.parametrize("jobs", [1, 2])
def test_groups_give_the_whole_runs_report_across_quarters(synthetic, jobs, monkeypatch):
    # Small tasks: many of them, finishing in any order across the workers.
    monkeypatch.setattr(pipeline, "_TASK_DOCUMENTS", 5)
    whole = _whole_run(synthetic)
    assert '"outcome": "violation"' in whole  # the injected mistakes are found
    in_memory, streamed = _grouped_run(synthetic, jobs)
    assert in_memory == whole
    assert streamed == whole


def _check(path: str, line: int, column: int, rule: str = "share-of-total", check_id: str = "x") -> Check:
    where = Location(path=path, line=line, column=column, end_line=line, end_column=column + 1, text="1",
                     value=None, unit=None)
    return Check(id=check_id, rule=rule, outcome="pass", severity=None, message="m", expected=None,
                 actual=None, locations=(where,))


def test_the_spill_gives_checks_back_in_report_order():
    checks = [_check("b.md", 2, 1), _check("a.md", 10, 3), _check("a.md", 9, 40), _check("財經/稿.md", 1, 1),
              _check("a.md", 10, 3, "growth-prior", "y"), _check("a.md", 10, 3, "growth-prior", "w"),
              _check("z\udcff.md", 1, 1), _check("Z.md", 1, 1)]
    with Spill() as spill:
        spill.add_checks(checks[:3])
        spill.add_checks(checks[3:])
        assert list(spill.checks()) == sorted(checks, key=check_order)


def test_the_spill_gives_extractions_back_by_position_and_by_path():
    extractions = read_claims([str(FIXTURES / "seeds")])
    with Spill() as spill:
        for extraction in reversed(extractions):
            spill.add_extraction(extraction)
        assert spill.extractions_at([0, len(extractions) - 1]) == [extractions[-1], extractions[0]]
        assert list(spill.extractions_by_path()) == extractions


@pytest.mark.parametrize("folder", ["seeds", "documents"])
def test_claims_written_a_document_at_a_time_are_the_claims_json(folder):
    extractions = read_claims([str(FIXTURES / folder)])
    streamed = io.StringIO()
    render.write_claims_json(streamed.write, extractions)
    assert streamed.getvalue() == render.claims_json(extractions)
    streamed = io.StringIO()
    render.write_claims_json(streamed.write, [])
    assert streamed.getvalue() == render.claims_json([])
