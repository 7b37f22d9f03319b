"""A guided range and the rates the same guidance gives it against a reported baseline
(validator/rate_gaps.py, ``guided_ranges``; rules/growth_prior.py):

    星途汽车预计，2024年第二季度，其汽车交付量将在2.1万辆至2.2万辆之间，环比增长约12.3%至17.6%。

after the first quarter's 18700辆. Each end of the range goes with the same end of the rates,
against the one figure of the range's measure printed for the period the basis measures from.
The range is a forecast, but its rates are the forecaster's own arithmetic: they pass as
printed and fail when one is altered. Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

GUIDED = [
    ("2024年第一季度，星途汽车的汽车交付量为18700辆，营收为52.40亿元。星途汽车预计，2024年第二季度，其汽车交付量"
     "将在2.1万辆至2.2万辆之间，环比增长约12.3%至17.6%；总营收介于58.93亿元和61.78亿元之间，环比增长约12.5%至17.9%。",
     [("2.1万辆", "18700辆", "12.3%"), ("2.2万辆", "18700辆", "17.6%"),
      ("58.93亿元", "52.40亿元", "12.5%"), ("61.78亿元", "52.40亿元", "17.9%")], "17.9%", "23.3%"),
    # the unit printed once, at the range's second end; no 约
    ("2024年第一季度，星途汽车的汽车交付量为18700辆。星途汽车预计，2024年第二季度，其汽车交付量将在2.1万至2.2万辆之间，"
     "环比增长12.3%至17.6%。", [("2.1万", "18700辆", "12.3%"), ("2.2万辆", "18700辆", "17.6%")], "12.3%", "16.0%"),
    # the year before printed for 同比, none for the quarter before: only 同比 is read
    ("2023年第三季度，云帆汽车的交付量为9800辆。云帆汽车预计，2024年第三季度交付量在1.5万辆至1.6万辆之间，"
     "同比增长约53.1%至63.3%，环比增长约5.0%至12.0%。",
     [("1.5万辆", "9800辆", "53.1%"), ("1.6万辆", "9800辆", "63.3%")], "63.3%", "82.3%"),
]

NOT_GUIDED = [
    # only a segment's figure (汽车业务营收) is printed for the quarter before
    "2024年第一季度，星途汽车的汽车业务营收为48.10亿元。星途汽车预计，2024年第二季度，其总营收介于58.93亿元和"
    "61.78亿元之间，环比增长约12.5%至17.9%。",
    # two different figures of the measure for the quarter before: which one is meant is not said
    "2024年第一季度，星途汽车交付量为18700辆。据另一口径，2024年第一季度星途汽车交付量为19100辆。星途汽车预计，"
    "2024年第二季度，其交付量将在2.1万辆至2.2万辆之间，环比增长约12.3%至17.6%。",
    # no range: one guided figure and one rate
    "2024年第一季度，星途汽车的汽车交付量为18700辆。星途汽车预计，2024年第二季度其汽车交付量约2.1万辆，环比增长约12.3%。",
]


def _guided(path) -> list[tuple[str, str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [tuple(claims[relation.claim_in(role)].text for role in ("current", "prior", "rate"))
            for relation in extraction.relations if relation.construction == "guided-range-against-a-printed-baseline"]


@pytest.mark.parametrize("text, relations, rate, altered", GUIDED, ids=["环比两项", "单位在后", "同比"])
def test_guided_range_and_its_rates_are_read_and_checked(tmp_path, text, relations, rate, altered):
    assert sorted(_guided(write_article(tmp_path, text))) == sorted(relations)
    checks = [check for check in run([str(write_article(tmp_path, text, "right"))]).checks
              if check.rule == "growth-prior"]
    assert len(checks) >= len(relations) and all(check.outcome == "pass" for check in checks)
    wrong = write_article(tmp_path, text.replace(rate, altered, 1), "wrong")
    assert any(check.rule == "growth-prior" and check.outcome == "violation"
               and any(location.text == altered for location in check.locations)
               for check in run([str(wrong)]).checks)


@pytest.mark.parametrize("text", NOT_GUIDED, ids=["分部", "两个基数", "无区间"])
def test_no_guided_relation_without_one_printed_baseline(tmp_path, text):
    assert _guided(write_article(tmp_path, text)) == []
