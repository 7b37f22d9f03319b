"""Markup a post carries that is not the article's words: Markdown emphasis (**225.00亿元**,
*注：…*), a footnote's mark (经调整净利润<sup>1</sup>为), and a line break inside a sentence
(同比增长10.0%，<br>上年同期为…), which does not end it. An exponent (m<sup>2</sup>) and a break
after a full stop are kept as printed."""

from __future__ import annotations

from validator.documents import read_document
from validator.pipeline import run


def _post(tmp_path, body, suffix=".md"):
    path = tmp_path / f"post{suffix}"
    path.write_text(f"---\ntitle: 示例公司业绩\ndate: 2025-03-30 20:15:00\n---\n{body}\n", encoding="utf-8")
    return path


def test_markdown_emphasis_is_not_text(tmp_path):
    body = "南港冷链2024年实现营业收入**312.00亿元**，同比增长4.0%，上年为300.00亿元。\n\n*注：以上数据经审计。*"
    text = read_document(str(_post(tmp_path, body))).body.text
    assert "*" not in text and "营业收入312.00亿元" in text and "注:以上数据经审计。" in text


def test_a_footnote_mark_is_not_text(tmp_path):
    body = "<p>经调整净利润<sup>1</sup>为6.60亿元，研发投入为3.30亿元<sup>[2]</sup>。</p>"
    text = read_document(str(_post(tmp_path, body))).body.text
    assert "经调整净利润为6.60亿元" in text and "3.30亿元。" in text


def test_an_exponent_is_kept(tmp_path):
    body = "<p>新建仓库面积为12,000m<sup>2</sup>。</p>"
    assert "m2" in read_document(str(_post(tmp_path, body))).body.text


def test_a_break_after_a_comma_continues_the_sentence(tmp_path):
    body = "<p>西岭药业营业收入为66.00亿元，同比增长10.0%，<br>上年同期为60.00亿元。</p>"
    path = _post(tmp_path, body)
    checks = [check for check in run([str(path)]).checks if check.rule == "growth-prior"]
    assert [check.outcome for check in checks] == ["pass"]


def test_a_break_after_a_comma_altered_is_violated(tmp_path):
    body = "<p>西岭药业营业收入为66.00亿元，同比增长13.0%，<br>上年同期为60.00亿元。</p>"
    checks = [check for check in run([str(_post(tmp_path, body))]).checks if check.rule == "growth-prior"]
    assert [check.outcome for check in checks] == ["violation"]


def test_a_break_after_a_full_stop_ends_the_paragraph(tmp_path):
    body = "<p>西岭药业发布年报。<br>公司营业收入为66.00亿元。</p>"
    assert len(read_document(str(_post(tmp_path, body))).blocks) == 2
