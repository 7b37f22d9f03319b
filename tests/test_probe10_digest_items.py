"""A morning digest (早餐, 晚报) prints one company's news per numbered line: 1、海岚电器：10月…
The line's figures are that company's, so one company's month is never held against another's
year to date printed on the next line (validator/entities.py).

Passages written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.entities import named_organisation
from validator.pipeline import read_claims, run

DIGEST = """<strong>【公司新闻】</strong>
1、海岚电器：10月空调出货量126.3万台，同比增长9.1%。
2、北湖家电：前10月累计空调出货量达到96.5万台，同比增长4.2%。
3、青山煤业：10月商品煤产量为412.6万吨；前10月累计产量4356.8万吨。
4、东川能源：前10月累计商品煤产量为352.1万吨。
责任编辑：李然"""


def _article(tmp_path, body: str, name: str = "digest"):
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in body.strip().split("\n"))
    path = tmp_path / f"{name}.md"
    path.write_text("\n---\ntitle: '早餐 | 11月12日 星期三'\nauthor: 财讯社\n"
                    f"date: Wed, 12 Nov 2025 00:10:00 GMT\n---\n\n<div>\n{paragraphs}\n</div>\n", encoding="utf-8")
    return path


def _errors(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation" and check.severity == "error"]


@pytest.mark.parametrize("before, name", [
    ("1、海岚电器:10月空调出货量", "海岚电器"),
    ("12、北湖家电：前10月累计空调出货量达到", "北湖家电"),
    ("（3）青山煤业：10月商品煤产量为", "青山煤业"),
    ("▶海岚电器：10月空调出货量", "海岚电器"),
    ("◆东川能源：前10月累计商品煤产量为", "东川能源"),
    ("1、国家统计局：10月份，社会消费品零售总额", None),
    ("一、全国一般公共预算收入", None),
    ("海岚电器表示，10月空调出货量", None),
])
def test_a_numbered_digest_item_names_its_company(before, name):
    assert named_organisation(before, None) == name


def test_each_line_is_its_own_companys(tmp_path):
    claims = {claim.text: claim.entity for claim in read_claims([str(_article(tmp_path, DIGEST))])[0].claims}
    assert claims["126.3万台"] == "海岚电器" and claims["96.5万台"] == "北湖家电"
    assert claims["412.6万吨"] == claims["4356.8万吨"] == "青山煤业" != claims["352.1万吨"]


def test_one_companys_month_is_not_held_against_anothers_year_to_date(tmp_path):
    assert not _errors(_article(tmp_path, DIGEST))


def test_a_month_above_its_own_companys_year_to_date_is_violated(tmp_path):
    path = _article(tmp_path, DIGEST.replace("4356.8万吨", "356.8万吨"))
    assert any("356.8万吨" in {location.text for location in check.locations} for check in _errors(path))


# --- lines with no number: a company's ending, or a line that names none -------------------------

PLAIN = """海岚电器：10月空调出货量126.3万台，同比增长9.1%。
北湖家电：前10月累计空调出货量达到96.5万台，同比增长4.2%。
青山煤业公告，10月商品煤产量为412.6万吨。
东川能源公告，前10月累计商品煤产量为352.1万吨。"""


@pytest.mark.parametrize("before, name", [
    ("海岚电器：10月空调出货量", "海岚电器"),
    ("北湖家电:前10月累计空调出货量达到", "北湖家电"),
    ("数据显示：10月空调出货量", None),
    ("具体来看：10月空调出货量", None),
])
def test_a_plain_line_opens_with_a_company_only_by_its_ending(before, name):
    assert named_organisation(before, None) == name


def test_a_named_companys_year_to_date_is_no_whole_of_a_line_naming_none(tmp_path):
    assert not _errors(_article(tmp_path, PLAIN, "plain"))


# --- an item about a city or a product names no company -----------------------------------------

@pytest.mark.parametrize("before", ["1、北京：10月新房成交", "①住宅：销售额", "2、空调：10月出货量", "1、新能源汽车：10月销量"])
def test_an_item_about_a_city_or_a_product_names_no_company(before):
    assert named_organisation(before, None) is None


def test_items_of_a_digest_are_never_one_subjects_month_and_year_to_date(tmp_path):
    text = """1、星澜：10月交付新车41260辆，同比增长12.0%。
2、岳峰：今年前10月累计交付新车38125辆。"""
    assert not _errors(_article(tmp_path, text, "unnamed"))


def test_items_of_a_digest_never_add_up_to_one_subjects_year_to_date(tmp_path):
    text = """1、星澜：1-9月累计交付新车152300辆。
2、岳峰：10月交付新车21480辆。
3、青禾：今年1-10月累计交付新车98125辆。"""
    assert not _errors(_article(tmp_path, text, "sums"))


def test_one_items_own_month_and_year_to_date_are_still_checked(tmp_path):
    text = "1、星澜：10月交付新车41260辆；1-10月累计交付新车38125辆。\n2、岳峰：10月交付新车21480辆。"
    assert any("38125辆" in {location.text for location in check.locations}
               for check in _errors(_article(tmp_path, text, "own")))
