"""不良贷款率1.25%，较年初下降0.05个百分点，年初为1.30%: the rate the change starts from is named
by its date alone, and a change 较年初 starts from the previous year end whatever stretch the
report covers (a third-quarter report's rate is at the end of September)."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the

TITLE = "东岭银行前三季度净利润增长8.2%"
PUBLISHED = "2023-10-28 10:00:00 +0800"


def test_the_opening_rate_measures_what_the_rate_before_it_does(tmp_path):
    extraction = article(tmp_path, "东岭银行不良贷款率1.25%，较年初下降0.05个百分点，年初为1.30%。",
                         title=TITLE, published=PUBLISHED)
    opening = the(extraction, "1.30%")
    assert opening.metric_key == the(extraction, "1.25%").metric_key
    assert opening.period == "2022-12-31"


def test_an_opening_rate_that_agrees_passes(tmp_path):
    text = "东岭银行不良贷款率1.25%，较年初下降0.05个百分点，年初为1.30%。"
    case = one_article_case("point-change", "opening-rate", text, "pass", ("1.25%", "0.05个百分点", "1.30%"),
                            title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_an_opening_rate_that_does_not_is_caught(tmp_path):
    text = "东岭银行不良贷款率1.25%，较年初下降0.05个百分点，年初为1.69%。"
    case = one_article_case("point-change", "opening-rate-altered", text, "violation",
                            ("1.25%", "0.05个百分点", "1.69%"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)
