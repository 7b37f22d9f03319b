"""truncated-text on hand-built extractions: the edges the extractor would hand the rule."""

from __future__ import annotations

from rules import truncated_text
from validator.corpus import Corpus
from validator.records import Extraction, Span, TextEdge

WHOLE_CLOSING = "甲银行表示，将继续加大对小微企业的支持力度。"


def _edge(text: str, line: int) -> TextEdge:
    return TextEdge(text=text, span=Span(line=line, column=4, end_line=line, end_column=4 + len(text)))


def _checks(opening: str, closing: str = WHOLE_CLOSING):
    extraction = Extraction(path="a.txt", title=None, published=None, entity=None, report_period=None,
                            opening=_edge(opening, 8), closing=_edge(closing, 12))
    return list(truncated_text.check(Corpus([extraction])))


def test_lowercase_brand_opening_passes():
    assert all(check.outcome == "pass" for check in _checks("vivo发布了2021年可持续发展报告，研发投入持续加大。"))


def test_camel_case_brand_opening_passes():
    assert all(check.outcome == "pass" for check in _checks("iPhone在中国市场的出货量一季度同比增长，份额继续提升。"))


def test_opening_inside_an_english_sentence_is_violated():
    opening, _ = _checks("ed by the board, 甲银行董事会审议通过了2021年度利润分配方案。")
    assert opening.outcome == "violation" and opening.locations[0].line == 8


def test_closing_with_ellipsis_passes():
    _, closing = _checks("2021年，甲银行实现净利润9.18亿元。", "甲银行表示，将继续推进数字化转型……")
    assert closing.outcome == "pass"


def test_closing_with_a_colon_is_violated():
    _, closing = _checks("2021年，甲银行实现净利润9.18亿元。", "甲银行2021年主要经营指标如下：")
    assert closing.outcome == "violation" and closing.severity == "warning"


def test_each_edge_has_its_own_stable_id():
    first, second = _checks("2021年，甲银行实现净利润9.18亿元。"), _checks("2021年，甲银行实现净利润9.18亿元。")
    assert [check.id for check in first] == [check.id for check in second]
    assert first[0].id != first[1].id
