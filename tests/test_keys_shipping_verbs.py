"""A verb of shipping cars with its object after it (共交付新车30508辆, 销售汽车) is keyed by the
verb alone, so a title's 交付 meets it; a narrower object (交付新能源汽车) is a measure of its own.
Sentences written here, with invented carmakers and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case
from validator.metrics import metric_key

_PUBLISHED = "2024-12-01 16:00:00 +0800"
_BODY = "12月1日，澜庭汽车公布11月交付数据。11月，澜庭汽车共交付新车{delivered}辆，同比增长{rate}%。"


@pytest.mark.parametrize("phrase, key", [("共交付新车", "交付"), ("销售汽车", "销售"), ("交付整车", "交付"),
                                         ("交付新能源汽车", "新能源汽车交付"), ("销售乘用车", "乘用车销售")])
def test_a_shipping_verb_and_its_object(phrase, key):
    assert metric_key(phrase) == key


def _case(name: str, title: str, body: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case("headline", name, body, expect, figures, title=title, published=_PUBLISHED)


CASES = [
    _case("title_delivery_backed_by_new_cars_delivered", "澜庭汽车11月交付24186辆",
          _BODY.format(delivered="24186", rate="41.2"), "pass", ("24186辆", "24186辆")),
    _case("altered_title_delivery_fails", "澜庭汽车11月交付31442辆",
          _BODY.format(delivered="24186", rate="41.2"), "violation", ("31442辆", "24186辆")),
    # The title's 交付 is all cars; the body's 新能源汽车 is a narrower measure: not its refutation.
    _case("narrower_object_does_not_refute", "澜庭汽车11月交付31442辆",
          "11月，澜庭汽车交付新能源汽车24186辆，同比增长41.2%。", "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_title_against_shipped_cars(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)

