"""A trade body's monthly release (中汽协, 乘联会 and the like): the body that publishes is no
company of its figures, and a kind of car the release counts (新能源汽车, 燃料电池汽车) keeps its
figures apart from the total's without being the article's subject.

    中国汽车工业协会…发布数据，10月，汽车产销分别完成…；1-10月，汽车产销分别完成…
    新能源汽车方面，10月产销分别完成…；1-10月，新能源汽车产销分别完成…
    10月汽车出口…；1-10月，汽车出口…

Passages written here, with made-up numbers (validator/entities.py, validator/period_links.py).
"""

from __future__ import annotations

import pytest

from validator.entities import named_organisation, subject_entity
from validator.pipeline import read_claims, run


def _article(tmp_path, body: str, name: str = "case", title: str = "车市月度数据发布"):
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in body.strip().split("\n"))
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: \"{title}\"\ndate: 2024-06-12 15:00:00 +0800\n---\n{paragraphs}\n",
                    encoding="utf-8")
    return path


def _checks(path, rule: str):
    return [check for check in run([str(path)]).checks if check.rule == rule]


def _errors(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation" and check.severity == "error"]


def _entity_of(path, text: str) -> str | None:
    claims = read_claims([str(path)])[0].claims
    return next(claim.entity for claim in claims if claim.text == text and claim.source == "body")


RELEASE = """中国汽车工业协会6月11日发布数据，5月，汽车产销分别完成237.2万辆和241.7万辆，同比分别增长2.5%和1.5%。
1-5月，汽车产销分别完成1163.6万辆和1175.6万辆，同比分别增长8.3%和8.2%。
新能源汽车方面，5月产销分别完成92.2万辆和95.5万辆。1-5月，新能源汽车产销分别完成392.6万辆和389.5万辆。
5月汽车出口49.7万辆；1-5月，汽车出口229.2万辆，同比增长28.9%。"""


@pytest.mark.parametrize("before, name", [
    ("中国汽车工业协会6月11日发布数据，5月，汽车产销分别完成", None),
    ("中国汽车流通协会发布数据显示，5月，乘用车零售", None),
    ("东岳汽车6月1日发布数据，5月交付", "东岳汽车"),
])
def test_a_trade_bodys_name_is_no_company(before, name):
    assert named_organisation(before, None) == name


def test_a_kind_of_car_is_not_the_articles_subject():
    assert not subject_entity("中汽协：5月汽车销量241.7万辆", RELEASE).startswith("新能源汽车")


def test_the_months_of_the_total_are_of_one_subject(tmp_path):
    path = _article(tmp_path, RELEASE)
    assert _entity_of(path, "237.2万辆") == _entity_of(path, "1163.6万辆")
    assert _entity_of(path, "92.2万辆") == _entity_of(path, "392.6万辆") != _entity_of(path, "1163.6万辆")


def test_each_month_is_within_its_own_year_to_date(tmp_path):
    path = _article(tmp_path, RELEASE)
    passed = [{reference.split("#")[-1] for reference in check.claims}
              for check in _checks(path, "period-sum") if check.outcome == "pass"]
    claims = {claim.text: claim.id for claim in read_claims([str(path)])[0].claims if claim.source == "body"}
    for month, year_to_date in [("237.2万辆", "1163.6万辆"), ("241.7万辆", "1175.6万辆"),
                                ("92.2万辆", "392.6万辆"), ("49.7万辆", "229.2万辆")]:
        assert any(claims[month] in pair and claims[year_to_date] in pair for pair in passed), month
    assert not _errors(path)


@pytest.mark.parametrize("month, altered", [("237.2万辆", "1237.2万辆"), ("49.7万辆", "249.7万辆")])
def test_a_month_above_its_year_to_date_is_violated(tmp_path, month, altered):
    path = _article(tmp_path, RELEASE.replace(month, altered, 1))
    assert any(altered in {location.text for location in check.locations} for check in _errors(path))


def test_a_kind_of_cars_year_to_date_is_no_whole_of_the_totals_month(tmp_path):
    text = """中国汽车工业协会6月11日发布数据，5月，汽车销量241.7万辆；1-5月，汽车销量1175.6万辆。
燃料电池汽车方面，1-5月销量0.15万辆。"""
    assert not _errors(_article(tmp_path, text))
