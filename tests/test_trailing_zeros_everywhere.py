"""A whole number's trailing zeros may be rounding (1,230万 for 12.3 million in a translated
release): a growth set against a prior printed elsewhere, and one figure printed twice, are
errors only when no reading of the printed digits fits, and the message says which was used."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case

TITLE = "星桥集团2023年第三季度业绩"
PUBLISHED = "2023-11-20 10:00:00 +0800"


def _case(rule: str, text: str, expect: str, figures: tuple[str, ...]):
    return one_article_case(rule, f"{rule}-{expect}", text, expect, figures, title=TITLE, published=PUBLISHED)


def test_a_growth_against_a_rounded_prior_passes_and_says_so(tmp_path):
    text = "· 活跃用户数为1,230万，同比增长18.5%，上年同期为1,040万。"
    case = _case("growth-prior", text, "pass", ("1,230万", "18.5%", "1,040万"))
    assert_case_holds(case, tmp_path)


def test_a_growth_no_reading_fits_is_still_caught(tmp_path):
    text = "· 活跃用户数为1,230万，同比增长18.5%，上年同期为1,080万。"
    case = _case("growth-prior", text, "violation", ("1,230万", "18.5%", "1,080万"))
    assert_case_holds(case, tmp_path)


def test_a_figure_printed_again_with_more_digits_agrees(tmp_path):
    text = ("2023年第三季度，星桥集团活跃用户数为1,230万，同比增长18.5%。\n"
            "管理层表示，2023年第三季度，星桥集团活跃用户数为1,234万，同比增长18.5%。")
    case = _case("conflicting-figure", text, "pass", ("1,230万", "1,234万"))
    assert_case_holds(case, tmp_path)


def test_a_figure_printed_again_beyond_any_rounding_is_caught(tmp_path):
    text = ("2023年第三季度，星桥集团活跃用户数为1,230万，同比增长18.5%。\n"
            "管理层表示，2023年第三季度，星桥集团活跃用户数为1,264万，同比增长18.5%。")
    case = _case("conflicting-figure", text, "violation", ("1,230万", "1,264万"))
    assert_case_holds(case, tmp_path)


def test_a_rate_of_one_revenue_is_not_held_against_the_others_prior(tmp_path):
    text = ("西岭集团2023年实现营业总收入215.7亿元，同比增长12.3%。\n"
            "公司营业收入213.2亿元，上年同期为195.6亿元。")
    case = one_article_case("growth-prior", "two-revenues", text, "silent", title="西岭集团2023年年报",
                            published="2024-03-30 10:00:00 +0800")
    assert_case_holds(case, tmp_path)
