"""Currency conversions (validator/conversions.py, rules/currency_conversion.py), each
construction with phrasings written here: made-up companies and numbers in the shapes results
coverage prints (brackets after the amount, 约合/折合 after it, a rate printed elsewhere,
traditional characters, 百万 units).

Each phrasing must be read as a conversion with its amount and converted figure, pass
currency-conversion as printed, and fail it at the altered figure; the sentences after them
must give no conversion at all.
"""

from __future__ import annotations

import pytest

from tests.article_files import write_article
from validator.pipeline import read_claims, run

# (text, {role: printed figure}, altered text, altered figure as printed)
PHRASINGS = [
    # In brackets, with 合 and the renminbi named before the amount.
    ("2023年第四季度，甲科技实现总收入人民币72.5亿元(合10.2亿美元)，同比增长12.4%。",
     {"amount": "72.5亿元", "converted": "10.2亿美元"},
     "2023年第四季度，甲科技实现总收入人民币72.5亿元(合10.2万美元)，同比增长12.4%。", "10.2万美元"),
    # Traditional characters, 百萬 units, Hong Kong dollars: a 億 for a 百萬 is off by 100.
    ("乙集團上半年總收入達到1,856.4百萬港元（237.5百萬美元），按年增長6.1%。",
     {"amount": "1,856.4百萬港元", "converted": "237.5百萬美元"},
     "乙集團上半年總收入達到1,856.4億港元（237.5百萬美元），按年增長6.1%。", "1,856.4億港元"),
    # After 约合, the second currency named before its figure.
    ("丙公司去年净利润为3.6亿美元，约合人民币25.9亿元。",
     {"amount": "3.6亿美元", "converted": "25.9亿元"},
     "丙公司去年净利润为3.6亿美元，约合人民币259亿元。", "259亿元"),
    # 约 alone inside the bracket.
    ("丁银行本季度拨备计提18亿元（约2.5亿美元）。",
     {"amount": "18亿元", "converted": "2.5亿美元"},
     "丁银行本季度拨备计提18亿元（约25亿美元）。", "25亿美元"),
    # Thousands separators and 万, the currency word after 元 (港币 after 億元).
    ("庚证券本季度总收入达到31,250万港元(4,000万美元)。",
     {"amount": "31,250万港元", "converted": "4,000万美元"},
     "庚证券本季度总收入达到31,250亿元港币(4,000万美元)。", "4,000万美元"),
]

# A rate the article prints: (text, altered text, altered figure, severity of the violation).
WITH_RATE = (
    "戊汽车2023年第三季度汽车销售收入为人民币98.4亿元(13.5亿美元)。\n\n"
    "本文中人民币兑美元的换算均按人民币7.2960元兑1.00美元的汇率计算。"
)
RATE_CASES = [
    # another rate the pair has had fits: maybe another day's rate, a warning
    (WITH_RATE.replace("98.4亿元", "89.4亿元"), "89.4亿元", "warning"),
    # no rate fits: a wrong magnitude, an error
    (WITH_RATE.replace("98.4亿元", "984亿元"), "984亿元", "error"),
    # the rate itself altered: the pair no longer agrees with it
    (WITH_RATE.replace("7.2960元", "6.2960元"), "6.2960元", "warning"),
]

NOT_CONVERSIONS = [
    # one currency: a dividend per share and per ADS
    "庚公司每股派息0.25美元（每股ADS 1.25美元）。",
    # the bracket says more than a conversion: a part of the amount
    "壬公司收入100亿元（其中海外2亿美元）。",
    # a share in brackets
    "癸公司营收50亿美元（占比30%）。",
    # another measure in brackets
    "甲公司营收120亿元（净利润3亿美元）。",
    # a printed rate is not a conversion of the amount before it
    "乙公司按1美元兑7.10元人民币计算汇兑损益。",
    # 约 after a comma goes on to another measure
    "丙公司海外收入1.2亿美元，约占总收入的15%，国内收入约52亿元。",
    # the same year's amount after 合计 is not a conversion
    "丁公司国内收入10亿元，合计境外收入2亿美元后达到24亿元。",
]


def _conversions(path) -> list[dict[str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [{filler.role: claims[filler.claim].text for filler in relation.fillers if filler.role != "rate"}
            for relation in extraction.relations if relation.kind == "conversion"]


def _conversion_checks(path):
    return [check for check in run([str(path)]).checks if check.rule == "currency-conversion"]


@pytest.mark.parametrize("text, roles, altered, altered_figure", PHRASINGS, ids=[str(i) for i in range(len(PHRASINGS))])
def test_amount_is_read_with_its_conversion(tmp_path, text, roles, altered, altered_figure):
    assert roles in _conversions(write_article(tmp_path, text))


@pytest.mark.parametrize("text, roles, altered, altered_figure", PHRASINGS, ids=[str(i) for i in range(len(PHRASINGS))])
def test_conversion_passes_as_printed_and_fails_at_the_altered_figure(tmp_path, text, roles, altered, altered_figure):
    checks = _conversion_checks(write_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)
    violations = [check for check in _conversion_checks(write_article(tmp_path, altered, "altered"))
                  if check.outcome == "violation"]
    assert violations and all(check.severity == "error" for check in violations)
    assert any(location.text == altered_figure for check in violations for location in check.locations)


def test_printed_rate_is_read_into_the_conversion(tmp_path):
    extraction = read_claims([str(write_article(tmp_path, WITH_RATE))])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    [relation] = [relation for relation in extraction.relations if relation.kind == "conversion"]
    assert [claims[claim].text for claim in relation.claims_in("rate")] == ["7.2960元", "1.00美元"]
    checks = _conversion_checks(write_article(tmp_path, WITH_RATE))
    assert checks and all(check.outcome == "pass" for check in checks)
    assert "printed rate" in checks[0].message


@pytest.mark.parametrize("altered, altered_figure, severity", RATE_CASES, ids=[str(i) for i in range(len(RATE_CASES))])
def test_conversion_off_the_printed_rate_is_reported_at_its_figures(tmp_path, altered, altered_figure, severity):
    violations = [check for check in _conversion_checks(write_article(tmp_path, altered))
                  if check.outcome == "violation"]
    assert len(violations) == 1 and violations[0].severity == severity
    assert any(location.text == altered_figure for location in violations[0].locations)


def test_two_different_printed_rates_are_neither_used(tmp_path):
    text = WITH_RATE + "\n\n上年同期的换算按人民币6.9000元兑1.00美元计算。"
    extraction = read_claims([str(write_article(tmp_path, text))])[0]
    [relation] = [relation for relation in extraction.relations if relation.kind == "conversion"]
    assert relation.claims_in("rate") == []


def test_bare_yuan_may_be_hong_kong_or_taiwan_dollars(tmp_path):
    """元 alone in a Taiwan paper is the New Taiwan dollar: 31元 to the US dollar is no error."""
    checks = _conversion_checks(write_article(tmp_path, "甲金控今年前三季税后纯益310亿元（约10亿美元）。"))
    assert checks and all(check.outcome == "pass" for check in checks)


@pytest.mark.parametrize("text", NOT_CONVERSIONS, ids=[str(i) for i in range(len(NOT_CONVERSIONS))])
def test_amounts_that_restate_nothing_give_no_conversion(tmp_path, text):
    assert _conversions(write_article(tmp_path, text)) == []
