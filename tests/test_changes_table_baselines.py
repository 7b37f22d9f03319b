"""A growth printed in prose whose baseline is a cell of a table beside it.

Results releases print 交付量2024年第二季度为41,236辆，较2023年第二季度增长25.1% in a bullet and
the quarters' figures in a table row (| 交付 | 41,236 | 38,410 | … |). The row that prints the
figure again under its own period gives the baseline in the column of the period the
comparison names, or of its basis (同比 a year before, 环比 the quarter before). Every text is
written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

TABLE = (
    "| 2024年第二季度 | 2024年第一季度 | 2023年第四季度 | 2023年第三季度 | ||||||||\n"
    "| 交付 | 41,236 | 38,410 | 35,102 | 36,950 | |||||||\n"
    "| 2023年第二季度 | 2023年第一季度 | 2022年第四季度 | 2022年第三季度 | ||||||||\n"
    "| 交付 | 32,965 | 28,004 | 30,117 | 26,388 | |||||||\n"
)

# (bullet, [(current, prior, rate)], the bullet with one rate altered)
STATED = [
    ("| · | 车辆交付2024年第二季度为41236辆，较2023年第二季度增长25.1%，较2024年第一季度增长7.4%。 |",
     [("41236辆", "32,965", "25.1%"), ("41236辆", "38,410", "7.4%")],
     "| · | 车辆交付2024年第二季度为41236辆，较2023年第二季度增长32.6%，较2024年第一季度增长7.4%。 |"),
    ("2024年第二季度，公司交付新车41,236辆，同比增长25.1%，环比增长7.4%。",
     [("41,236辆", "32,965", "25.1%"), ("41,236辆", "38,410", "7.4%")],
     "2024年第二季度，公司交付新车41,236辆，同比增长25.1%，环比增长9.7%。"),
]

# Bullets whose growths have no one baseline in the table.
NOT_STATED = [
    # two growths of one figure from one baseline: the text misnames a basis
    "2024年第二季度，公司交付量为41,236辆，同比增长7.4%，同比增长25.1%。",
    # the table does not print the figure again under its period: another series
    "2024年第二季度，公司交付量为41,300辆，同比增长25.3%。",
    # the comparison names a period no column holds
    "| · | 车辆交付2024年第二季度为41236辆，较2021年第二季度增长85.0%。 |",
    # a year's growth, and the table's columns are quarters
    "2024年上半年，公司交付量为79,646辆，同比增长30.7%。",
]


def _relations(text: str, tmp_path):
    extraction = read_claims([str(write_article(tmp_path, text))])[0]
    claims = {claim.id: claim.text for claim in extraction.claims}
    return [tuple(claims[relation.claim_in(role)] for role in ("current", "prior", "rate"))
            for relation in extraction.relations if relation.construction == "growth-against-a-table-column"]


def _growth_outcomes(text: str, tmp_path, name: str = "case") -> list[str]:
    return [check.outcome for check in run([str(write_article(tmp_path, text, name))]).checks
            if check.rule == "growth-prior"]


@pytest.mark.parametrize("bullet, wanted, altered", STATED, ids=[str(i) for i in range(len(STATED))])
def test_a_growth_takes_its_baseline_from_the_column_of_its_period(tmp_path, bullet, wanted, altered):
    found = _relations(bullet + "\n" + TABLE, tmp_path)
    for relation in wanted:
        assert relation in found, found


@pytest.mark.parametrize("bullet, wanted, altered", STATED, ids=[str(i) for i in range(len(STATED))])
def test_a_growth_against_its_column_passes_and_fails_when_altered(tmp_path, bullet, wanted, altered):
    outcomes = _growth_outcomes(bullet + "\n" + TABLE, tmp_path)
    assert "pass" in outcomes and "violation" not in outcomes, outcomes
    assert "violation" in _growth_outcomes(altered + "\n" + TABLE, tmp_path, "altered")


@pytest.mark.parametrize("bullet", NOT_STATED, ids=[str(i) for i in range(len(NOT_STATED))])
def test_a_growth_without_one_baseline_in_the_table_relates_nothing(tmp_path, bullet):
    assert _relations(bullet + "\n" + TABLE, tmp_path) == []


def test_the_table_alone_states_no_growth(tmp_path):
    assert _relations(TABLE, tmp_path) == []
