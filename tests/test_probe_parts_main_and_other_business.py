"""营业收入 is the main business's revenue and the rest's (validator/breakdowns.py,
``_main_and_other_business``; rules/parts_sum.py):

    2023年公司实现营业收入7.48亿元……主营业务收入为73,650.40万元，其他业务收入为1,149.60万元。

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article

ARTICLE = ("<p>招股书显示，2021年至2023年，公司营业收入分别为3.05亿元、5.16亿元和7.48亿元。</p>\n"
           "<p>2023年，公司主营业务收入为73,650.40万元，其他业务收入为1,149.60万元。</p>")
BOTH_REVENUES = ("<p>2023年公司实现营业总收入7.61亿元，营业收入7.48亿元。</p>\n"
                 "<p>2023年，公司主营业务收入为73,650.40万元，其他业务收入为1,149.60万元。</p>")
TRADITIONAL = ("<p>2023年公司實現營業收入7.48億元。</p>\n"
               "<p>2023年，公司主營業務收入為73,650.40萬元，其他業務收入為1,149.60萬元。</p>")


def _checks(path):
    return [check for check in run([str(path)]).checks if check.rule == "parts-sum"]


@pytest.mark.parametrize("text", [ARTICLE, BOTH_REVENUES, TRADITIONAL], ids=["分别", "两种营收", "繁體"])
def test_main_and_other_business_make_the_revenue(tmp_path, text):
    checks = _checks(write_article(tmp_path, text))
    assert any(check.outcome == "pass" and len(check.locations) == 3 for check in checks)
    assert all(check.outcome == "pass" for check in checks)


@pytest.mark.parametrize("text", [ARTICLE, BOTH_REVENUES], ids=["分别", "两种营收"])
def test_altered_main_business_is_an_error(tmp_path, text):
    checks = _checks(write_article(tmp_path, text.replace("73,650.40万元", "95,745.52万元")))
    assert any(check.outcome == "violation" and check.severity == "error" for check in checks)


def test_main_business_alone_is_no_partition(tmp_path):
    text = "<p>2023年公司实现营业收入7.48亿元。</p>\n<p>2023年，公司主营业务收入为73,650.40万元。</p>"
    assert not [check for check in _checks(write_article(tmp_path, text)) if len(check.locations) >= 3]
