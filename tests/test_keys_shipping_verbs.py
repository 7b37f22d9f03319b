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


@pytest.mark.parametrize("phrase, key", [("交付量", "交付"), ("1-11月累计交付量", "交付"), ("出货量", "出货"),
                                         ("销量", "销量"), ("产量", "产量"), ("保有量", "保有量")])
def test_a_volume_is_keyed_by_its_measure(phrase, key):
    assert metric_key(phrase) == key


def test_a_yearly_rate_meets_last_years_month_named_as_a_volume(tmp_path):
    text = ("2024年11月，澜庭汽车交付新车24186辆，同比增长41.2%。\n"
            "2023年11月，公司交付量为{prior}辆。")
    for prior, expect in (("17129", "pass"), ("22267", "violation")):
        case = one_article_case("growth-prior", f"prior_{prior}", text.format(prior=prior), expect,
                                ("24186辆", "41.2%", f"{prior}辆"), title="澜庭汽车11月交付数据", published=_PUBLISHED)
        (tmp_path / prior).mkdir()
        assert_case_holds(case, tmp_path / prior)
