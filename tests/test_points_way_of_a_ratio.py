"""A point change said as better or worse (不良贷款率较上年末改善0.07个百分点, 成本收入比同比优化1.2个百分点,
资产质量恶化) gives no direction: better is down for a cost or a bad-loan ratio and up for a margin,
so nothing is checked that would need the sign. Sentences written here, with invented banks."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case
from tests.test_extract import article, the

PUBLISHED = "2024-03-28 20:00:00 +0800"
TITLE = "临川银行2023年报"


@pytest.mark.parametrize("word", ["改善", "优化", "恶化", "有所改善"])
def test_better_or_worse_gives_no_direction(tmp_path, word):
    extraction = article(tmp_path, f"截至2023年末，临川银行不良贷款率为1.21%，较上年末{word}0.07个百分点。",
                         title=TITLE, published=PUBLISHED)
    points = the(extraction, "0.07个百分点")
    assert (points.kind, points.direction, points.basis) == ("points", None, "较年初")


@pytest.mark.parametrize("prior", ["1.28", "1.14"])
def test_no_verdict_rests_on_a_way_the_words_do_not_give(tmp_path, prior):
    text = f"截至2023年末，临川银行不良贷款率为1.21%，较上年末改善0.07个百分点，上年末为{prior}%。"
    case = one_article_case("point-change", f"prior_{prior}", text, "silent", title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)
