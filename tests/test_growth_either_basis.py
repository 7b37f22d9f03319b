"""A quarter given two growths the text calls by one basis (同比增长35.6%，同比增长118.2%: a translated
release's 环比 printed as 同比), whose baselines only a table of the quarters prints. growth-prior
checks a relation naming the baselines of both bases (rules/growth_prior.py); the relation is read
from the table by validator/tables.py (``EITHER_BASIS``, growth-against-a-table-column-of-either-basis).
Passages written for these tests, with invented companies and figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules import growth_prior
from validator.corpus import Corpus
from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run
from validator.records import Extraction, Filler, Relation
from validator.tables import EITHER_BASIS

QUARTER_WITH_TWO_RATES = (
    "星野汽车公布2022年第四季度及全年未经审计的财务业绩\n\n"
    "·2022年第四季度，星野一号的交付量为28,406辆，同比增长35.6%，同比增长118.2%。\n\n"
    "2022 财年 2022 Q4 2022 Q3 2022 Q2 2022 Q1\n"
    "配送 80,112 28,406 20,948 17,320 13,438\n\n"
    "2021 财年 2021 Q4 2021 Q3 2021 Q2 2021 Q1\n"
    "配送 30,000 13,018 9,500 4,200 3,282\n"
)


def _read(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(read_document(str(path)))
    assert extraction.error is None
    return extraction


def _claim(extraction: Extraction, text: str) -> str:
    return next(claim.id for claim in extraction.claims if claim.text == text)


def _with_either_basis(extraction: Extraction, rate: str) -> Extraction:
    """The extraction with one relation naming both baselines of ``rate``, as a table gives them."""
    current, rate_id = _claim(extraction, "28,406辆"), _claim(extraction, rate)
    priors = (_claim(extraction, "13,018"), _claim(extraction, "20,948"))
    relation = Relation(
        id=f"growth_prior:test+{rate_id}", document=extraction.claims[0].document, kind="growth_prior",
        construction=EITHER_BASIS,
        fillers=(Filler(role="current", claim=current), *(Filler(role="prior", claim=prior) for prior in priors),
                 Filler(role="rate", claim=rate_id)),
        direction="up",
    )
    others = tuple(each for each in extraction.relations if each.kind != "growth_prior")
    return extraction.model_copy(update={"relations": (*others, relation)})


def _verdicts(extraction: Extraction) -> list[tuple[str, str | None, list[str]]]:
    return [(check.outcome, check.severity, [location.text for location in check.locations])
            for check in growth_prior.check(Corpus([extraction]))]


@pytest.mark.parametrize(("rate", "prior"), [("118.2%", "13,018"), ("35.6%", "20,948")])
def test_a_rate_meeting_one_of_the_baselines_passes(tmp_path, rate, prior):
    verdicts = _verdicts(_with_either_basis(_read(tmp_path, QUARTER_WITH_TWO_RATES), rate))
    assert ("pass", None, ["28,406辆", prior, rate]) in verdicts
    assert not any(outcome == "violation" for outcome, _severity, _texts in verdicts)


@pytest.mark.parametrize(("rate", "altered"), [("118.2%", "153.7%"), ("35.6%", "46.3%")])
def test_a_rate_meeting_neither_baseline_is_a_warning(tmp_path, rate, altered):
    text = QUARTER_WITH_TWO_RATES.replace(rate, altered)
    verdicts = _verdicts(_with_either_basis(_read(tmp_path, text), altered))
    assert any(outcome == "violation" and severity == "warning" and altered in texts
               for outcome, severity, texts in verdicts)
    assert not any(severity == "error" for _outcome, severity, _texts in verdicts)


# --- read from the table --------------------------------------------------------------------

def _checks(tmp_path: Path, text: str) -> list[tuple[str, str | None, list[str]]]:
    _read(tmp_path, text)
    return [(check.outcome, check.severity, [location.text for location in check.locations])
            for check in run([str(tmp_path / "article.txt")]).checks if check.rule == "growth-prior"]


def test_both_rates_read_against_the_table_pass(tmp_path):
    checks = _checks(tmp_path, QUARTER_WITH_TWO_RATES)
    assert ("pass", None, ["28,406辆", "13,018", "118.2%"]) in checks
    assert ("pass", None, ["28,406辆", "20,948", "35.6%"]) in checks
    assert not any(outcome == "violation" for outcome, _severity, _texts in checks)


@pytest.mark.parametrize(("rate", "altered"), [("118.2%", "153.7%"), ("35.6%", "46.3%")])
def test_an_altered_rate_read_against_the_table_is_a_warning(tmp_path, rate, altered):
    checks = _checks(tmp_path, QUARTER_WITH_TWO_RATES.replace(rate, altered))
    assert any(outcome == "violation" and severity == "warning" and altered in texts
               for outcome, severity, texts in checks)


@pytest.mark.parametrize("text", [
    # 同比 and 环比 named rightly: each runs from its own baseline, no doubt about either.
    QUARTER_WITH_TWO_RATES.replace("同比增长35.6%", "环比增长35.6%"),
    # The same rate printed twice is one growth, not two bases.
    QUARTER_WITH_TWO_RATES.replace("35.6%", "118.2%"),
    # The second rate names another measure: it is not the figure's growth at all.
    QUARTER_WITH_TWO_RATES.replace("同比增长118.2%", "营收同比增长118.2%"),
    # A year's two 同比 rates: no quarter before it to misname.
    "星野汽车公布2022年全年未经审计的财务业绩\n\n"
    "·2022年全年，星野一号的交付量为80,112辆，同比增长167.0%，同比增长35.6%。\n\n"
    "2022 财年 2022 Q4 2022 Q3 2022 Q2 2022 Q1\n"
    "配送 80,112 28,406 20,948 17,320 13,438\n\n"
    "2021 财年 2021 Q4 2021 Q3 2021 Q2 2021 Q1\n"
    "配送 30,000 13,018 9,500 4,200 3,282\n",
])
def test_no_either_basis_reading_where_the_bases_are_not_in_doubt(tmp_path, text):
    extraction = _read(tmp_path, text)
    assert not any(relation.construction == EITHER_BASIS
                   for relation in extraction.relations)


def test_a_growth_naming_another_measure_is_not_read_against_the_figures_row(tmp_path):
    text = QUARTER_WITH_TWO_RATES.replace("同比增长35.6%，同比增长118.2%", "营收同比增长35.6%")
    assert not any(outcome == "violation" for outcome, _severity, _texts in _checks(tmp_path, text))
