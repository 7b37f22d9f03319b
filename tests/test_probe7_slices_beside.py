"""A slice printed with its own share of a named total is never the whole of the next slice's
bare share (validator/share_lists.py), and a 其中 slice whose share names the same total as its
whole's share is of that total, not of the whole (validator/share_totals.py).

- 其中，公司贷款…，占贷款总额的60.00%；个人贷款…，占比31.40%: 31.40% is of the loans, never of
  the corporate loans printed beside it;
- 前五名客户合计销售金额…，占年度销售总额比例为30.00%；其中第一大客户销售额…，占年度销售总额比例为
  10.50%: both shares are of the year's sales, never the second of the first.

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

LOANS = ("<p>截至2023年末，明湖银行发放贷款和垫款总额9000.00亿元，较上年末增长6.2%。其中，公司贷款5400.00亿元，"
         "占贷款总额的60.00%；个人贷款2826.00亿元，占比31.40%；票据贴现774.00亿元，占比8.60%。</p>")
LOANS_ONE_SENTENCE = ("<p>截至2023年末，明湖银行贷款总额9000.00亿元，较上年末增长6.2%，其中，公司贷款5400.00亿元，"
                      "占贷款总额的60.00%；个人贷款2826.00亿元，占比31.40%；票据贴现774.00亿元，占比8.60%。</p>")
CUSTOMERS = ("<p>2023年，远山电子前五名客户合计销售金额8.40亿元，占年度销售总额比例为30.00%；其中第一大客户销售额"
             "2.94亿元，占年度销售总额比例为10.50%。</p>")
# 其中 opens a slice of the figure before it: its bare share is of that figure.
SLICE_OF_A_SLICE = ("<p>2023年，青禾集团营业收入250.00亿元。其中，青禾食品营业收入100.00亿元，占集团营业收入的40.00%，"
                    "其中饮料业务收入60.00亿元，占比60.00%。</p>")


def _violations(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation"]


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {tuple(claims[filler.claim].text for filler in relation.fillers) for relation in extraction.relations
            if relation.kind == "share"}


@pytest.mark.parametrize("text", [LOANS, LOANS_ONE_SENTENCE, CUSTOMERS, SLICE_OF_A_SLICE],
                         ids=["loans", "loans-one-sentence", "customers", "slice-of-a-slice"])
def test_consistent_slices_raise_nothing(tmp_path, text):
    assert _violations(write_article(tmp_path, text)) == []


def test_a_bare_share_is_never_of_the_slice_beside_it(tmp_path):
    shares = _shares(write_article(tmp_path, LOANS))
    assert not any(triple[1] == "5400.00亿元" for triple in shares)


def test_a_bare_share_is_of_the_whole_in_its_sentence(tmp_path):
    shares = _shares(write_article(tmp_path, LOANS_ONE_SENTENCE))
    assert ("2826.00亿元", "9000.00亿元", "31.40%") in shares
    assert ("774.00亿元", "9000.00亿元", "8.60%") in shares


def test_an_altered_bare_share_is_caught(tmp_path):
    violations = _violations(write_article(tmp_path, LOANS_ONE_SENTENCE.replace("占比31.40%", "占比40.82%")))
    assert [check.rule for check in violations if check.severity == "error"] == ["share-of-total"]


def test_a_slice_naming_the_same_total_is_not_of_its_whole(tmp_path):
    shares = _shares(write_article(tmp_path, CUSTOMERS))
    assert not any(triple[:2] == ("2.94亿元", "8.40亿元") for triple in shares)


def test_the_slice_after_qizhong_is_of_the_figure_before_it(tmp_path):
    assert ("60.00亿元", "100.00亿元", "60.00%") in _shares(write_article(tmp_path, SLICE_OF_A_SLICE))


# The company named with its stock code: its revenue is still the company's own, the year's sales.
CUSTOMERS_WITH_REVENUE = ("<p>远山电子（300999）2023年实现营业收入24.00亿元，同比增长5.0%。</p>\n"
                          "<p>年报显示，公司前五名客户合计销售金额8.40亿元，占年度销售总额比例为35.00%；其中第一大客户"
                          "销售额2.94亿元，占年度销售总额比例为12.25%。</p>")


def test_shares_of_the_year_s_sales_are_of_the_revenue_after_a_stock_code(tmp_path):
    path = write_article(tmp_path, CUSTOMERS_WITH_REVENUE)
    shares = _shares(path)
    assert ("8.40亿元", "24.00亿元", "35.00%") in shares
    assert ("2.94亿元", "24.00亿元", "12.25%") in shares
    assert _violations(path) == []


def test_an_altered_share_of_the_year_s_sales_is_reported(tmp_path):
    violations = _violations(write_article(tmp_path, CUSTOMERS_WITH_REVENUE.replace("12.25%", "15.93%")))
    assert any(check.rule == "share-of-total" for check in violations)


# A bank's book: 各项贷款 is the whole, 公司贷款 a slice beside 零售贷款 (not the company named again).
BANK_BOOK = ("<p>截至2023年末，南屏农商银行各项贷款余额2000.00亿元，较上年末增长9.0%，其中零售贷款余额840.00亿元，"
             "占各项贷款的比例为42.00%，较上年末提升1.5个百分点；公司贷款余额1000.00亿元，占比50.00%。</p>")


def test_a_corporate_book_is_a_slice_of_the_whole_book(tmp_path):
    path = write_article(tmp_path, BANK_BOOK)
    assert ("1000.00亿元", "2000.00亿元", "50.00%") in _shares(path)
    assert _violations(path) == []
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    assert any([claims[f.claim].text for f in relation.fillers] == ["840.00亿元", "1000.00亿元", "2000.00亿元"]
               for relation in extraction.relations if relation.kind == "parts_sum")


def test_an_altered_share_of_the_whole_book_is_an_error(tmp_path):
    violations = _violations(write_article(tmp_path, BANK_BOOK.replace("占比50.00%", "占比65.00%")))
    assert any(check.rule == "share-of-total" and check.severity == "error" for check in violations)


# A 其中 slice's share of a whole the article never prints (a market): never of the whole broken down.
MARKET = ("<p>2023年，东峰医械实现营业收入100.50亿元，同比增长10.4%；其中海外收入30.20亿元，占全球同类产品市场规模的"
          "2.1%。</p>")


def test_a_slice_s_share_of_an_unprinted_market_is_not_of_the_revenue(tmp_path):
    path = write_article(tmp_path, MARKET)
    assert not any(triple[:2] == ("30.20亿元", "100.50亿元") for triple in _shares(path))
    assert [check for check in _violations(path) if check.severity == "error"] == []


# A bare share after a 其中 slice is still of the whole broken down.
BARE_AFTER_QIZHONG = "<p>2023年，东峰医械实现营业收入100.50亿元，同比增长10.4%；其中海外收入30.20亿元，占比30.0%。</p>"


def test_a_bare_share_of_a_qizhong_slice_is_of_the_whole_broken_down(tmp_path):
    path = write_article(tmp_path, BARE_AFTER_QIZHONG)
    assert ("30.20亿元", "100.50亿元", "30.0%") in _shares(path)
    assert _violations(path) == []
