"""Delivery headlines: a title's volume (交付量破万辆) is the body's verb and what it counts
(共交付新车9436辆), and a title's growth in multiples (同比增长近3倍) the body's rate in percent,
read as N × 100% or as N times the year-ago figure."""

from __future__ import annotations

import pytest

from validator.pipeline import run


def _post(folder, title: str, *paragraphs: str):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: 2024-11-01\n---\n{body}', encoding="utf-8")
    return run([str(path)])


def _headline(report) -> list:
    return [check for check in report.checks if check.rule == "headline"]


def _body(delivered: str, rate: str) -> str:
    return f"11月1日，曜石汽车公布10月交付数据。10月，曜石汽车共交付新车{delivered}，同比增长{rate}，环比增长8.3%。"


@pytest.mark.parametrize("title, delivered, rate", [
    ("曜石汽车10月交付量破万辆 同比增长近3倍", "11208辆", "283.6%"),
    ("曜石汽车10月交付量破万辆 同比增长近3倍", "11208辆", "183.6%"),  # 近3倍 as three times the year-ago
    ("曜石汽车10月交付量破万辆 同比增长2.8倍", "11208辆", "283.6%"),
    ("曜石汽车10月销量超1.1万辆", "11208辆", "283.6%"),
])
def test_delivery_title_backed_by_the_body_passes(tmp_path, title, delivered, rate):
    report = _post(tmp_path, title, _body(delivered, rate).replace("交付新车", "销售新车" if "销量" in title else "交付新车"))
    checks = _headline(report)
    assert checks and all(check.outcome == "pass" for check in checks)


def test_volume_under_the_title_bound_is_reported(tmp_path):
    checks = _headline(_post(tmp_path, "曜石汽车10月交付量破万辆", _body("9208辆", "283.6%")))
    assert any(check.outcome == "violation" and "9208辆" in check.message for check in checks)


def test_multiple_fitting_neither_reading_is_a_warning(tmp_path):
    checks = _headline(_post(tmp_path, "曜石汽车10月交付量同比增长近3倍", _body("11208辆", "83.6%")))
    violated = [check for check in checks if check.outcome == "violation"]
    assert violated and all(check.severity == "warning" for check in violated)
    assert "83.6%" in violated[0].message


def test_an_object_that_is_a_measure_is_not_the_volume(tmp_path):
    # 交付订单 counts orders: the title's 交付量 is not it.
    report = _post(tmp_path, "曜石汽车10月交付量破万辆",
                   "10月，曜石汽车新增交付订单9208辆，同比增长12.6%。")
    assert not [check for check in _headline(report) if check.outcome == "violation"]


def test_a_rate_of_another_measure_is_not_the_multiple(tmp_path):
    report = _post(tmp_path, "曜石汽车10月交付量同比增长近3倍",
                   "10月，曜石汽车营业收入42.1亿元，同比增长83.6%。")
    assert not [check for check in _headline(report) if check.outcome == "violation"]


@pytest.mark.parametrize("title, outcome", [("曜石汽车10月产量同比增长12%", "pass"), ("曜石汽车10月产量同比增长22%", "violation")])
def test_a_title_s_output_is_the_body_s_verb_and_what_it_makes(tmp_path, title, outcome):
    # 产量 counts what 生产汽车 makes: 19.84万辆 against 17.71万辆 is a rise of 12.0%.
    report = _post(tmp_path, title, "曜石汽车发布产销快报。10月，公司生产汽车19.84万辆，上年同期为17.71万辆。")
    assert [check.outcome for check in _headline(report)] == [outcome]
