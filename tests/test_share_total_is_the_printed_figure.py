"""A share's total is the figure the body prints, not a headline's bound of it: with 破千亿 in
the title and 1023.5亿元 in the body, 298.4亿元 占营业收入的29.2% is checked against 1023.5亿元."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case

TITLE = "西岭集团2023年营收破千亿 海外占比近三成"
PUBLISHED = "2024-03-30 10:00:00 +0800"
TEXT = ("西岭集团2023年实现营业收入1023.5亿元，同比增长9.8%。\n"
        "其中，海外业务收入为{part}，占营业收入的29.2%。")


def test_the_share_is_of_the_bodys_figure(tmp_path):
    case = one_article_case("share-of-total", "body-total", TEXT.format(part="298.4亿元"), "pass",
                            ("298.4亿元", "1023.5亿元", "29.2%"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_part_the_share_does_not_give_is_caught(tmp_path):
    # 290.1亿元 is 28.3% of 1023.5亿元, though within 破千亿's bound of at least 1000亿 it could be 29.2%.
    case = one_article_case("share-of-total", "body-total-altered", TEXT.format(part="290.1亿元"), "violation",
                            ("290.1亿元", "1023.5亿元", "29.2%"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_of_two_revenues_the_share_is_of_the_one_it_names(tmp_path):
    from tests.test_extract import article, the
    extraction = article(tmp_path, "西岭集团2023年实现营业总收入1050.2亿元，营业收入1023.5亿元。",
                         "其中，海外业务收入为298.4亿元，占营业收入的29.2%。", title="西岭集团2023年年报",
                         published=PUBLISHED)
    assert the(extraction, "29.2%").total_claim == the(extraction, "1023.5亿元").id


def test_a_market_share_is_a_rate_not_a_share_of_a_whole_named_rate(tmp_path):
    from tests.test_extract import article, the
    extraction = article(tmp_path, "丰禾乳业2023年全球市占率为38.6%，市场占有率较上年提升1.2个百分点。",
                         title="丰禾乳业2023年年报", published=PUBLISHED)
    share = the(extraction, "38.6%")
    assert share.kind == "figure" and "市占率" in share.metric_key
