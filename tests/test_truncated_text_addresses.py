"""A passage saved with its address on the first line (source: https://…) starts with that line;
an address whose slug is Chinese (…/东岭银行上半年盈利按年升2成-0946.html) is not a sentence cut
at its start."""

from __future__ import annotations

from validator.pipeline import run


def test_an_address_with_a_chinese_slug_is_not_the_first_sentence(tmp_path):
    path = tmp_path / "passage.txt"
    path.write_text("source: https://hk.news.example.com/东岭银行上半年盈利按年升2成创上市新高-094609887.html\n\n"
                    "东岭银行公布上半年业绩，股东应占溢利按年上升20.3%至152.6亿港元。\n", encoding="utf-8")
    report = run([str(path)])
    cut = [check for check in report.checks if check.rule == "truncated-text" and check.outcome == "violation"]
    assert not cut, [check.message for check in cut]


def test_a_sentence_cut_at_its_start_after_the_address_is_still_caught(tmp_path):
    path = tmp_path / "passage.txt"
    path.write_text("source: https://hk.news.example.com/东岭银行上半年盈利按年升2成创上市新高-094609887.html\n\n"
                    "）按年上升20.3%，创上市以来新高，董事会宣派中期股息每股0.447港元。\n", encoding="utf-8")
    report = run([str(path)])
    assert [check for check in report.checks if check.rule == "truncated-text" and check.outcome == "violation"]


def test_a_feeds_closing_original_title_is_not_the_last_sentence(tmp_path):
    path = tmp_path / "post.md"
    path.write_text('---\ntitle: "东岭银行上半年净利润增长8.2%"\ndate: 2023-08-30 10:00:00 +0800\n---\n'
                    "<p>东岭银行上半年实现净利润86.5亿元，同比增长8.2%。</p>\n"
                    "<p>原标题：东岭银行上半年净利润增长8.2% 资产质量稳中向好</p>\n", encoding="utf-8")
    report = run([str(path)])
    assert not [check for check in report.checks if check.rule == "truncated-text" and check.outcome == "violation"]
