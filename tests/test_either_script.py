"""An article reads the same in traditional characters as in simplified ones.

Hong Kong and Taiwan coverage, and re-posts run through a converter, print 營業收入, 超過百億 and
責任編輯. Every word table is written once, in simplified characters, and text is matched
through ``validator.script.simplified``; these tests hold the whole pipeline to that.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import opencc
import pytest

from tests.rule_cases import load_cases, run_case
from tests.test_extract import article, the
from validator.pipeline import run
from validator.records import Report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_TO_TRADITIONAL = opencc.OpenCC("s2t")


def _outcomes(report: Report) -> list[tuple]:
    return sorted((check.rule, check.outcome, check.severity,
                   tuple((Path(location.path).name, location.line, location.column) for location in check.locations))
                  for check in report.checks)


def _written_in(folder: Path, source: Path, convert) -> None:
    folder.mkdir()
    for path in sorted(source.iterdir()):
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # the fixtures in legacy encodings test decoding, not script
            (folder / path.name).write_text(convert(text), encoding="utf-8")


@pytest.mark.parametrize("fixtures", ["seeds", "clean"])
def test_every_fixture_gives_the_same_checks_in_traditional_characters(fixtures, tmp_path):
    _written_in(tmp_path / "simplified", FIXTURES / fixtures, lambda text: text)
    _written_in(tmp_path / "traditional", FIXTURES / fixtures, _TO_TRADITIONAL.convert)
    simplified_checks = _outcomes(run([str(tmp_path / "simplified")]))
    assert simplified_checks  # the comparison below means something only if checks ran
    assert _outcomes(run([str(tmp_path / "traditional")])) == simplified_checks


def _post(folder: Path, body: list[str], title: str) -> Path:
    folder.mkdir(exist_ok=True)
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in body)
    path = folder / "post.md"
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: 2023-03-30 10:00:00 +0800\n---\n{paragraphs}\n',
                    encoding="utf-8")
    return path


def test_a_feeds_traditional_boilerplate_is_not_the_articles_last_sentence(tmp_path):
    body = ["東嶺銀行2022年實現營業收入328.4億元，同比增長6.2%。",
            "責任編輯：王明", "海量資訊、精準解讀，盡在新浪財經APP"]
    report = run([str(_post(tmp_path, body, "東嶺銀行2022年營收增長6.2%"))])
    assert not [check for check in report.checks
                if check.rule == "truncated-text" and check.outcome == "violation"]


def test_a_bound_is_quoted_as_printed_in_traditional_characters(tmp_path):
    body = ["東嶺證券2022年淨利潤為108.6億元，是行業內唯一淨利潤超過百億的券商。"]
    report = run([str(_post(tmp_path, body, "東嶺證券淨利潤超過百億"))])
    messages = [check.message for check in report.checks if "百億" in check.message]
    assert messages and all("超过超過" not in message for message in messages)
    assert any("超過百億" in message for message in messages)


def test_a_garbled_list_in_traditional_characters_gives_each_company_its_value(tmp_path):
    extraction = article(
        tmp_path, "上半年，北川人壽、東陵壽險、南屏人壽的新業務價值分別為156.42億元、132.08億元？88.21億元，"
                  "同比分別下降12.4%、10.6%、5.1%。",
        title="壽險新業務價值普遍承壓", published="2023-09-12 10:00:00 +0800")
    assert [the(extraction, text).entity for text in ("156.42億元", "132.08億元", "88.21億元")] == [
        "北川人寿", "东陵寿险", "南屏人寿"]


def _in_traditional(case):
    documents = tuple({key: _TO_TRADITIONAL.convert(value) if key in ("text", "title") else value
                       for key, value in document.items()} for document in case.documents)
    return dataclasses.replace(case, documents=documents)


def _verdicts(report: Report, rule: str) -> list[tuple]:
    return sorted((check.outcome, check.severity, tuple(location.line for location in check.locations))
                  for check in report.checks if check.rule == rule)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in load_cases() if not case.xfail])
def test_every_rule_case_gives_the_same_verdicts_in_traditional_characters(case, tmp_path):
    (tmp_path / "simplified").mkdir()
    (tmp_path / "traditional").mkdir()
    simplified = _verdicts(run_case(case, tmp_path / "simplified"), case.rule)
    assert _verdicts(run_case(_in_traditional(case), tmp_path / "traditional"), case.rule) == simplified


def test_a_bound_said_of_named_companies_finds_each_ones_figure_in_either_script(tmp_path):
    body = ["此外北辰证券和东岭证券2家公司的海外营收也超过了一成。",
            "其中，北辰证券海外营收占比为16.64%，东岭证券海外营收占比为14.17%。"]
    for script, convert in (("simplified", lambda text: text), ("traditional", _TO_TRADITIONAL.convert)):
        report = run([str(_post(tmp_path / script, [convert(line) for line in body], convert("券商海外业务盘点")))])
        said_of = [check for check in report.checks
                   if check.rule == "approximate-wording" and "one of the subjects it is said of" in check.message]
        assert len(said_of) == 2 and all(check.outcome == "pass" for check in said_of), script
