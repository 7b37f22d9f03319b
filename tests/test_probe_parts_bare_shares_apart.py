"""Bare shares (占比x%) that name no total are slices of one whole only when one sentence lists
them (rules/parts_sum.py, ``_shares_of_one_total``): a subsidiary's share of profit and, a
paragraph later, the overseas share of revenue are not summed as shares of one total. Sentences
written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import run

from .article_files import write_article

APART = ("<p>西河化工2023年实现营业收入520.00亿元，净利润60.00亿元。</p>\n"
         "<p>其中，子公司西河石化贡献净利润27.00亿元，占比45.0%。</p>\n"
         "<p>2023年公司海外收入为208.00亿元，占比40.0%。</p>")
TOGETHER = ("<p>西河化工2023年实现营业收入520.00亿元。分地区看，海外收入为208.00亿元，占比40.0%；"
            "国内收入为312.00亿元，占比60.0%。</p>")


def _sums_of_shares(path):
    return [check for check in run([str(path)]).checks
            if check.rule == "parts-sum" and check.message.startswith("shares of")]


def test_bare_shares_of_separate_sentences_are_not_summed(tmp_path):
    sums = _sums_of_shares(write_article(tmp_path, APART))
    assert not any({"45.0%", "40.0%"} <= {location.text for location in check.locations} for check in sums)


def test_bare_shares_listed_in_one_sentence_still_close_at_hundred(tmp_path):
    sums = _sums_of_shares(write_article(tmp_path, TOGETHER))
    assert any({location.text for location in check.locations} == {"40.0%", "60.0%"} and check.outcome == "pass"
               for check in sums)
