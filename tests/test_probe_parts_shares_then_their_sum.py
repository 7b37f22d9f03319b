"""Shares listed one clause each and then summed (validator/breakdowns.py, ``_shares_then_their_sum``;
rules/parts_sum.py):

    以制程别来看，3奈米制程占晶圆销售金额的20%，5奈米制程占32%，7奈米制程占17%，合计先进制程占比达69%。

The 合计 share is the sum of the shares before it, not one more slice of the whole: the shares of
the whole are not summed with it past 100%, and it must be their sum. Sentences written here,
with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article

SIMPLIFIED = ("<p>南岭半导体第三季营收为480.20亿元。以制程别来看，12纳米制程占晶圆销售金额的24%，16纳米制程占31%，"
              "28纳米制程占18%，合计成熟制程占比达73%。</p>")
TRADITIONAL = ("<p>南嶺半導體第三季營收為480.20億元。以製程別來看，12奈米製程占晶圓銷售金額的24%，16奈米製程占31%，"
               "28奈米製程占18%，合計成熟製程占比達73%。</p>")


def _violations(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation"]


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL], ids=["简体", "繁體"])
def test_shares_and_their_sum_pass(tmp_path, text):
    checks = run([str(write_article(tmp_path, text))]).checks
    assert not [check for check in checks if check.outcome == "violation"]
    assert any(check.rule == "parts-sum" and check.outcome == "pass"
               and {location.text for location in check.locations} == {"24%", "31%", "18%", "73%"} for check in checks)


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL], ids=["简体", "繁體"])
def test_altered_sum_of_shares_is_an_error(tmp_path, text):
    found = _violations(write_article(tmp_path, text.replace("73%", "95%")))
    assert any(check.rule == "parts-sum" and check.severity == "error"
               and any(location.text == "95%" for location in check.locations) for check in found)


def test_the_sum_is_no_slice_beside_the_shares_it_sums(tmp_path):
    found = _violations(write_article(tmp_path, SIMPLIFIED))
    assert not any("73%" in check.message and ">" in check.message for check in found)


def test_a_share_after_a_sum_word_that_is_no_list_is_left_alone(tmp_path):
    text = "<p>南岭半导体第三季营收为480.20亿元，同比增长12%，合计海外客户占比达73%。</p>"
    assert not _violations(write_article(tmp_path, text))
