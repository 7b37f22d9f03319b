"""Shapes other readers left to this one: 10‰ is 1% (per mille beside percentages), 较去年底 and
去年底为 name the year-end balance like 较年初 and 上年末为, and a message quotes a translated
release's US$ million in its own magnitude."""

from __future__ import annotations

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the

TITLE = "东岭银行2023年三季报"
PUBLISHED = "2023-10-30 10:00:00 +0800"


def _case(rule: str, name: str, text: str, expect: str, figures: tuple[str, ...]):
    return one_article_case(rule, name, text, expect, figures, title=TITLE, published=PUBLISHED)


def _folder(tmp_path, name: str):
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_a_share_in_per_mille(tmp_path):
    text = "投资收益为0.52亿元，占营业收入52.0亿元的10‰。"
    assert_case_holds(_case("share-of-total", "per-mille", text, "pass", ("0.52亿元", "52.0亿元", "10‰")), tmp_path)


def test_a_share_in_per_mille_that_does_not_fit(tmp_path):
    text = "投资收益为0.74亿元，占营业收入52.0亿元的10‰。"
    assert_case_holds(_case("share-of-total", "per-mille-altered", text, "violation", ("0.74亿元", "52.0亿元", "10‰")),
                      tmp_path)


def test_the_year_end_named_with_di(tmp_path):
    text = "截至9月末，东岭银行客户贷款余额为1.25万亿元，较去年底增长6.2%，去年底为{prior}。"
    (tmp_path / "read").mkdir()
    extraction = article(tmp_path / "read", text.format(prior="1.18万亿元"), title=TITLE, published=PUBLISHED)
    assert the(extraction, "6.2%").basis == "较年初"
    assert the(extraction, "1.18万亿元").period == "2022-12-31"
    assert_case_holds(_case("growth-prior", "year-end-di", text.format(prior="1.18万亿元"), "pass",
                            ("1.25万亿元", "6.2%", "1.18万亿元")), _folder(tmp_path, "pass"))
    assert_case_holds(_case("growth-prior", "year-end-di-altered", text.format(prior="1.38万亿元"), "violation",
                            ("1.25万亿元", "6.2%", "1.38万亿元")), _folder(tmp_path, "violation"))


def test_a_count_printed_in_units_is_shown_in_whole_units(tmp_path):
    from validator.pipeline import run
    path = tmp_path / "post.md"
    path.write_text('---\ntitle: "北辰汽车11月交付"\ndate: 2023-12-01 10:00:00 +0800\n---\n'
                    "<p>北辰汽车11月共交付新车25,631辆，同比增长45.2%，上年同期为17,652辆。</p>\n", encoding="utf-8")
    messages = [check.message for check in run([str(path)]).checks if check.rule == "growth-prior"]
    assert messages and "implies 17646辆 to 17658辆" in messages[0]
