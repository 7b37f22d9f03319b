"""`factcheck claims`: the claims JSON (factcheck/claims@1) and the command's behaviour."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from validator.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
SEED_000 = SEEDS / "000_2680b2496f00e510.txt"
SEED_003 = SEEDS / "003_199f6478113d79e5.txt"
SEED_004 = SEEDS / "004_46bbaa8a9c432e46.txt"

CLAIM_FIELDS = ("id", "kind", "text", "line", "column", "end_line", "end_column", "value", "unit",
                "lower", "upper", "qualifier", "metric", "metric_key", "period", "entity", "source")
DOCUMENT_FIELDS = ("path", "title", "published", "entity", "error", "claims")
PLAIN_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
# The spec's forms, and months (2021M9) and stretches of months (2021M1-M10) added in the README.
PERIOD = re.compile(r"\d{4}(?:Q[1-4]|H[12]|Q1-Q3|M\d{1,2}(?:-M\d{1,2})?|-\d{2}-\d{2})?")


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


@cache
def seeds_json() -> dict:
    result = invoke("claims", str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def all_claims(data: dict) -> list[dict]:
    return [claim for document in data["documents"] for claim in document["claims"]]


def find(document: dict, text: str) -> dict:
    (claim,) = [claim for claim in document["claims"] if claim["text"] == text and claim["source"] == "body"]
    return claim


def document_named(data: dict, path: Path) -> dict:
    (document,) = [d for d in data["documents"] if Path(d["path"]).name == path.name]
    return document


# --- the JSON -----------------------------------------------------------------------------


def test_claims_json_names_its_schema_and_tool():
    data = seeds_json()
    assert data["schema"] == "factcheck/claims@1"
    assert data["tool"]["name"] == "factcheck" and data["tool"]["version"]


def test_claims_json_lists_every_seed_in_path_order():
    paths = [Path(document["path"]).name for document in seeds_json()["documents"]]
    assert paths == sorted(path.name for path in SEEDS.glob("*.txt"))


def test_every_document_has_the_spec_fields():
    for document in seeds_json()["documents"]:
        assert set(DOCUMENT_FIELDS) <= set(document), document["path"]
        assert document["error"] is None and document["claims"]


def test_every_claim_has_the_spec_fields():
    claims = all_claims(seeds_json())
    assert claims
    for claim in claims:
        missing = [field for field in CLAIM_FIELDS if field not in claim]
        assert not missing, (claim["id"], missing)


def test_claim_kinds_and_sources_are_the_spec_values():
    for claim in all_claims(seeds_json()):
        assert claim["kind"] in ("figure", "growth", "share", "points")
        assert claim["source"] in ("body", "title", "heading")


def test_values_are_plain_decimal_strings_without_exponent():
    for claim in all_claims(seeds_json()):
        assert isinstance(claim["value"], str) and PLAIN_DECIMAL.fullmatch(claim["value"]), claim
        for bound in ("lower", "upper"):
            value = claim[bound]
            assert value is None or (isinstance(value, str) and PLAIN_DECIMAL.fullmatch(value)), claim


def test_bounds_enclose_the_value():
    for claim in all_claims(seeds_json()):
        value = Decimal(claim["value"])
        assert claim["lower"] is None or Decimal(claim["lower"]) <= value, claim
        assert claim["upper"] is None or value <= Decimal(claim["upper"]), claim


def test_positions_are_one_based_and_ordered():
    for claim in all_claims(seeds_json()):
        assert claim["line"] >= 1 and claim["column"] >= 1
        assert (claim["end_line"], claim["end_column"]) > (claim["line"], claim["column"])


def test_periods_use_the_spec_forms():
    for claim in all_claims(seeds_json()):
        assert claim["period"] is None or PERIOD.fullmatch(claim["period"]), claim


def test_points_have_unit_pp_and_percent_keeps_the_printed_number():
    document = document_named(seeds_json(), SEED_004)
    points = find(document, "0.14个百分点")
    assert (points["kind"], points["value"], points["unit"]) == ("points", "0.14", "pp")
    rate = find(document, "29.97%")
    assert (rate["kind"], rate["value"], rate["unit"]) == ("growth", "29.97", "%")


def test_a_figure_record_matches_the_spec_example():
    claim = find(document_named(seeds_json(), SEED_000), "86亿元")
    assert {key: claim[key] for key in ("kind", "value", "unit", "lower", "upper", "qualifier",
                                        "period", "entity", "source")} == {
        "kind": "figure", "value": "8600000000", "unit": "元", "lower": "8550000000",
        "upper": "8650000000", "qualifier": None, "period": "2021Q4", "entity": "信也科技",
        "source": "body"}
    assert claim["line"] == 18 and claim["end_column"] - claim["column"] == len("86亿元")
    assert "促成借款金额" in claim["metric"] and claim["metric_key"]


def test_an_open_bound_is_null():
    claim = find(document_named(seeds_json(), SEED_003), "4500万")
    assert (claim["qualifier"], claim["lower"], claim["upper"]) == ("超过", "45000000", None)


def test_a_falling_growth_is_negative():
    data = json.loads(invoke("claims", str(SEED_004), "--format", "json").stdout)
    claim = find(data["documents"][0], "0.4%")
    assert claim["kind"] == "growth" and claim["value"] == "-0.4"


def test_document_carries_title_published_and_entity():
    document = document_named(seeds_json(), SEED_000)
    assert document["title"].startswith("信也科技2021全年财报")
    assert document["published"] == "2022-03-18T00:03:22+08:00"
    assert document["entity"] == "信也科技"


def test_ids_are_unique_within_a_document():
    for document in seeds_json()["documents"]:
        ids = [claim["id"] for claim in document["claims"]]
        assert len(ids) == len(set(ids)), document["path"]


def test_ids_are_stable_across_two_runs():
    first = invoke("claims", str(SEEDS), "--format", "json")
    second = invoke("claims", str(SEEDS), "--format", "json")
    assert first.exit_code == second.exit_code == 0
    ids = lambda result: [c["id"] for c in all_claims(json.loads(result.stdout))]  # noqa: E731
    assert ids(first) == ids(second)
    assert first.stdout == second.stdout


def test_ids_do_not_depend_on_the_other_documents_of_the_run():
    alone = json.loads(invoke("claims", str(SEED_003), "--format", "json").stdout)
    together = document_named(seeds_json(), SEED_003)
    assert [c["id"] for c in alone["documents"][0]["claims"]] == [c["id"] for c in together["claims"]]


def test_links_point_at_claims_of_the_same_document():
    for document in seeds_json()["documents"]:
        ids = {claim["id"] for claim in document["claims"]}
        for claim in document["claims"]:
            for link in ("of_claim", "total_claim", "from_claim", "parts_of"):
                assert claim.get(link) is None or claim[link] in ids, (claim["id"], link)


# --- the command --------------------------------------------------------------------------


def test_missing_path_exits_2_with_a_readable_message_and_still_prints_the_others():
    result = invoke("claims", str(SEED_003), "no-such-article.txt", "--format", "json")
    assert result.exit_code == 2
    assert "no such file or directory: no-such-article.txt" in result.stderr.lower()
    assert "Traceback" not in result.output
    data = json.loads(result.stdout)
    assert [Path(d["path"]).name for d in data["documents"]] == [SEED_003.name]
    assert data["documents"][0]["claims"]


def test_missing_long_path_is_named_whole_in_the_message(tmp_path):
    missing = str(tmp_path / "a-rather-long-folder-name" / "no-such-article-with-a-long-name.txt")
    result = invoke("claims", str(SEED_003), missing, "--format", "json")
    assert result.exit_code == 2
    assert missing in result.stderr


def test_missing_path_alone_exits_2(tmp_path):
    result = invoke("claims", str(tmp_path / "missing.txt"), "--format", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["documents"] == []


def test_rich_format_shows_the_figures():
    result = invoke("claims", str(SEED_003))
    assert result.exit_code == 0
    assert "139亿元" in result.stdout and "网商银行" in result.stdout


def test_standard_input_is_read_with_dash():
    post = ("---\nlayout: post\ntitle: \"招商证券2021年年报\"\ndate: 2022-03-30 10:00:00 +0800\n---\n"
            "<p>2021年，招商证券营业收入为294亿元，同比增长12%。</p>\n")
    result = invoke("claims", "-", "--format", "json", input=post)
    assert result.exit_code == 0, result.output
    texts = [claim["text"] for claim in all_claims(json.loads(result.stdout))]
    assert "294亿元" in texts and "12%" in texts


def test_unknown_format_is_a_usage_error():
    result = invoke("claims", str(SEED_003), "--format", "xml")
    assert result.exit_code == 2


def test_claims_help_explains_the_command():
    result = invoke("claims", "--help")
    assert result.exit_code == 0
    assert "--format" in result.stdout and "json" in result.stdout


def factcheck_script() -> str:
    script = Path(sys.executable).parent / "factcheck"
    if script.exists():
        return str(script)
    found = shutil.which("factcheck")
    if found is None:
        pytest.skip("the factcheck script is not installed")
    return found


def test_factcheck_help_lists_the_commands():
    result = subprocess.run([factcheck_script(), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "claims" in result.stdout and "run" in result.stdout


def test_factcheck_claims_help_runs_from_the_installed_script():
    result = subprocess.run([factcheck_script(), "claims", "--help"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and "--format" in result.stdout


def test_installed_script_prints_the_same_json_as_the_app():
    result = subprocess.run([factcheck_script(), "claims", str(SEED_004), "--format", "json"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(invoke("claims", str(SEED_004), "--format", "json").stdout)
