"""Compound annual growth (validator/compound_growth.py, rules/compound_growth.py), each
construction with phrasings written here: made-up companies and numbers in the shapes coverage
prints (从…增至…, a forecast year, a yearly series after a span of years, CAGR, traditional
characters, a yearly fall).

Each phrasing must be read as a compound growth with its from, to and rate, pass compound-growth
as printed, and fail it at the altered rate; the sentences after them must give no compound
growth at all.
"""

from __future__ import annotations

import pytest

from tests.article_files import write_article
from validator.pipeline import read_claims, run

# (text, {role: printed figure}, altered rate as printed)
PHRASINGS = [
    # 从 a dated figure 增至 another.
    ("甲公司营收从2019年的2.4亿元增至2022年的5.9亿元，年复合增长率为35%。",
     {"from": "2.4亿元", "to": "5.9亿元", "rate": "35%"}, "45%"),
    # To a forecast year.
    ("2022年中国储能市场规模达到860亿元，预计2027年将达到2,650亿元，2022-2027年复合增长率为25.2%。",
     {"from": "860亿元", "to": "2,650亿元", "rate": "25.2%"}, "32.7%"),
    # A yearly series after its span of years: its first and last figures, three years apart.
    ("2019年-2022年，乙公司净利润分别为1.5亿元、2.1亿元、2.8亿元和3.6亿元，复合增长率达到了33.9%。",
     {"from": "1.5亿元", "to": "3.6亿元", "rate": "33.9%"}, "43.9%"),
    # CAGR, counts.
    ("丙公司2020年出货量为120万台，2023年出货量为310万台，CAGR达37.2%。",
     {"from": "120万台", "to": "310万台", "rate": "37.2%"}, "48.4%"),
    # Traditional characters.
    ("丁集團2018年營收為50.0億港元，2023年增至92.6億港元，年均複合增長率為13.1%。",
     {"from": "50.0億港元", "to": "92.6億港元", "rate": "13.1%"}, "17.0%"),
    # The measure named again before the rate.
    ("己公司营收从2019年的2.4亿元增至2022年的5.9亿元，三年间营收年复合增长率为35%。",
     {"from": "2.4亿元", "to": "5.9亿元", "rate": "35%"}, "45%"),
    # The later year printed first.
    ("庚公司2022年营收达到5.9亿元，2019年为2.4亿元，年复合增长率为35%。",
     {"from": "2.4亿元", "to": "5.9亿元", "rate": "35%"}, "45%"),
    # A yearly fall.
    ("戊公司煤炭产量由2018年的800万吨降至2021年的620万吨，年均下降8.1%。",
     {"from": "800万吨", "to": "620万吨", "rate": "8.1%"}, "10.5%"),
]

NOT_COMPOUND = [
    # a year-on-year rate beside a CAGR whose from-figure is not printed
    "甲公司2022年营收5.9亿元，同比增长40.5%，2019年至2022年营收年复合增长率为35%。",
    # two measures of one year
    "丙公司2022年营收10亿元，净利润2亿元，2019-2022年营收复合增长率为30%。",
    # an average over a two-year growth, not over two printed figures
    "全国房地产开发投资12000亿元，比2019年1—10月份增长14.0%，两年平均增长6.8%。",
    # the rate's span is another than the figures'
    "2016年营收3亿元，2018年营收5亿元，2019-2022年复合增长率为20%。",
    # a series whose length is not the span's
    "2019年-2022年，己公司净利润分别为1.5亿元和3.6亿元，复合增长率达到了33.9%。",
    # the figure before the rate is another measure, its year carried over from the clause before
    "甲公司2019年营收2.4亿元，净利润0.5亿元，2022年营收5.9亿元，年复合增长率为35%。",
    # the rate is of another measure than the two figures
    "甲公司营收从2019年的2.4亿元增至2022年的5.9亿元，同期净利润年复合增长率为52%。",
    # a plain growth between two years
    "庚公司营收从2019年的2.4亿元增至2022年的5.9亿元，增长145.8%。",
]


def _compound(path) -> list[dict[str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [{filler.role: claims[filler.claim].text for filler in relation.fillers if filler.role != "part"}
            for relation in extraction.relations if relation.kind == "compound_growth"]


def _compound_checks(path):
    return [check for check in run([str(path)]).checks if check.rule == "compound-growth"]


@pytest.mark.parametrize("text, roles, altered_rate", PHRASINGS, ids=[str(i) for i in range(len(PHRASINGS))])
def test_compound_rate_is_read_with_its_two_figures(tmp_path, text, roles, altered_rate):
    assert roles in _compound(write_article(tmp_path, text))


@pytest.mark.parametrize("text, roles, altered_rate", PHRASINGS, ids=[str(i) for i in range(len(PHRASINGS))])
def test_compound_rate_passes_as_printed_and_fails_when_altered(tmp_path, text, roles, altered_rate):
    checks = _compound_checks(write_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)
    altered = text.replace(roles["rate"], altered_rate)
    violations = [check for check in _compound_checks(write_article(tmp_path, altered, "altered"))
                  if check.outcome == "violation"]
    assert violations and any(location.text == altered_rate for check in violations for location in check.locations)


def test_a_span_the_rate_names_is_tried_too(tmp_path):
    """2021-2026年复合增长率 beside a 2025 forecast: over four years or over five, one must fit."""
    text = "2021年甲市场规模达1000亿元，预计2025年达到1500亿元，2021-2026年复合增长率将达8.4%。"
    checks = _compound_checks(write_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)
    assert "over 5 years" in checks[0].message


def test_wrong_magnitude_of_a_forecast_fails_under_every_span(tmp_path):
    text = "2021年甲市场规模达1.00万亿元，预计2025年达到1.50亿元，2021-2026年复合增长率将达10.7%。"
    [violation] = [check for check in _compound_checks(write_article(tmp_path, text)) if check.outcome == "violation"]
    assert violation.severity == "error" and {"1.50亿元", "10.7%"} <= {loc.text for loc in violation.locations}


def test_root_bounds_hold_the_root_exactly():
    from fractions import Fraction

    from rules.compound_growth import _root_bounds

    low, high = _root_bounds(Fraction(2), 3)
    assert low ** 3 <= 2 <= high ** 3 and high - low < Fraction(1, 10**8)


@pytest.mark.parametrize("text", NOT_COMPOUND, ids=[str(i) for i in range(len(NOT_COMPOUND))])
def test_rates_that_join_no_two_figures_give_no_compound_growth(tmp_path, text):
    assert _compound(write_article(tmp_path, text)) == []
