"""False errors written articles found after their readers were done: 同比负增长 is a fall though
增长 ends it, and a slice with its own share of a total is never that total."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case

PUBLISHED = "2024-03-30 10:00:00 +0800"


def _case(rule: str, name: str, title: str, text: str, expect: str, figures: tuple[str, ...] = ()):
    return one_article_case(rule, name, text, expect, figures, title=title, published=PUBLISHED)


def test_a_negative_growth_is_a_fall(tmp_path):
    text = "公司手续费收入6.5亿元，同比负增长4.2%，上年同期为6.78亿元。"
    assert_case_holds(_case("growth-prior", "negative-growth", "东岭证券2023年年报", text, "pass",
                            ("6.5亿元", "4.2%", "6.78亿元")), tmp_path)


def test_a_negative_growth_its_prior_does_not_give_is_caught(tmp_path):
    text = "公司手续费收入6.5亿元，同比负增长4.2%，上年同期为6.98亿元。"
    assert_case_holds(_case("growth-prior", "negative-growth-altered", "东岭证券2023年年报", text, "violation",
                            ("6.5亿元", "4.2%", "6.98亿元")), tmp_path)


SHARES = ("公司2023年发电量1,025.6亿千瓦时，同比增长3.1%。其中，水电发电量为612.3亿千瓦时，占总发电量的59.7%；"
          "火电发电量为413.3亿千瓦时，占总发电量的{share}。")


def test_each_slices_share_is_of_the_total_not_of_the_slice_before(tmp_path):
    assert_case_holds(_case("share-of-total", "sibling-slices", "东岭电力2023年年报", SHARES.format(share="40.3%"),
                            "pass", ("413.3亿千瓦时", "1,025.6亿千瓦时", "40.3%")), tmp_path)


def test_a_slices_share_that_does_not_fit_the_total_is_caught(tmp_path):
    assert_case_holds(_case("share-of-total", "sibling-slices-altered", "东岭电力2023年年报",
                            SHARES.format(share="45.3%"), "violation", ("413.3亿千瓦时", "1,025.6亿千瓦时", "45.3%")),
                      tmp_path)


def test_a_per_share_amount_is_no_restatement_of_a_total(tmp_path):
    text = "本行拟每10股派发现金股利12.5元（含税），合计派发现金股利约248.6亿元，占归属于本行股东净利润的30.0%。"
    assert_case_holds(_case("approximate-wording", "per-share-beside-total", "北川银行2023年年报", text, "silent"),
                      tmp_path)
