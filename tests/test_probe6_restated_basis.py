"""growth-prior: a growth measured on a restated or like-for-like basis (新业务价值…按可比口径计算，同比
增长28.4%; 同比增长28.4%（经重述）) runs from a prior restated since it was first reported; the prior an
article prints elsewhere may be the first one, so a growth that misses it is a warning, not an error.
Sentences written here, with invented insurers and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case, run_case

RULE = "growth-prior"
_PUBLISHED = "2025-03-24 20:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="松柏人寿2024年业绩", published=_PUBLISHED)


_FIRST_REPORTED = "2023年，松柏人寿新业务价值为151.36亿元。"

CASES = [
    # 198.74 / 1.236 = 160.79: the restated prior, not the 151.36 first reported.
    _case("restated_basis_in_brackets_is_a_doubt",
          "松柏人寿2024年新业务价值为198.74亿元，同比增长23.6%（经重述）。" + _FIRST_REPORTED, "violation",
          ("198.74亿元", "23.6%", "151.36亿元")),
    _case("like_for_like_basis_in_its_own_clause_is_a_doubt",
          "松柏人寿2024年新业务价值为198.74亿元，按可比口径计算，同比增长23.6%。" + _FIRST_REPORTED, "violation",
          ("23.6%",)),
    _case("traditional_restated_basis_is_a_doubt",
          "松柏人壽2024年新業務價值為198.74億元，按年增長23.6%（經重述）。2023年，松柏人壽新業務價值為151.36億元。",
          "violation", ("23.6%",)),
    _case("no_basis_named_misses_are_errors",
          "松柏人寿2024年新业务价值为198.74亿元，同比增长23.6%。" + _FIRST_REPORTED, "violation", ("23.6%",)),
    # 198.74 / 151.36 = +31.30%: on the printed prior the growth holds, whatever the basis.
    _case("restated_basis_that_meets_the_printed_prior_passes",
          "松柏人寿2024年新业务价值为198.74亿元，同比增长31.3%（经重述）。" + _FIRST_REPORTED, "pass",
          ("198.74亿元", "31.3%", "151.36亿元")),
]


def _severities(case: RuleCase, tmp_path) -> set[str | None]:
    return {check.severity for check in run_case(case, tmp_path).checks
            if check.rule == RULE and check.outcome == "violation"}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_restated_basis(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)


@pytest.mark.parametrize("case", CASES[:3], ids=[case.name for case in CASES[:3]])
def test_a_restated_basis_is_only_a_warning(case: RuleCase, tmp_path):
    assert _severities(case, tmp_path) == {"warning"}


def test_without_a_restated_basis_it_is_an_error(tmp_path):
    assert _severities(CASES[3], tmp_path) == {"error"}
