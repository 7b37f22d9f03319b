"""The documents stage: files read into text whose every character maps back to the file."""

from __future__ import annotations

import html
import io
import re
import string
import types
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.documents import Document, SourceText, iter_paths, read_document, read_documents
from validator.records import Span

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
FIXTURES = ROOT / "fixtures" / "documents"
BEIJING = timezone(timedelta(hours=8))
FIGURE = re.compile(r"\d+(?:\.\d+)?(?:亿元|万元|亿|万|元|%|个百分点)")

FRONT = "---\nlayout: post\ntitle: 测试文章\ndate: 2022-03-18 00:03:22 +0800\n---\n"


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def decoded(path: str | Path, encoding: str = "utf-8-sig") -> str:
    return Path(path).read_bytes().decode(encoding)


def file_lines(content: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", content)


def text_at(content: str, span: Span) -> str:
    """The file text under a span, read the way an editor counts lines and columns."""
    lines = file_lines(content)
    if span.line == span.end_line:
        return lines[span.line - 1][span.column - 1:span.end_column - 1]
    starts = [0] + [match.end() for match in re.finditer(r"\r\n|\r|\n", content)]
    return content[starts[span.line - 1] + span.column - 1:starts[span.end_line - 1] + span.end_column - 1]


def located(document: Document, content: str, needle: str, text: SourceText | None = None) -> str:
    text = text or document.body
    start = text.text.index(needle)
    return text_at(content, document.locate(text, start, start + len(needle)))


def assert_within_file(text: SourceText, content: str) -> None:
    assert len(text.starts) == len(text.ends) == len(text.text)
    for start, end in zip(text.starts, text.ends):
        assert 0 <= start <= end <= len(content)
    assert list(text.starts) == sorted(text.starts)


def assert_characters_come_from_their_source(text: SourceText, content: str) -> None:
    """Each character is its source text normalised; an entity counts as what it stands for."""
    for char, start, end in zip(text.text, text.starts, text.ends):
        if char.isspace():  # separators and collapsed runs: any place in the file will do
            continue
        source = content[start:end]
        if source.startswith("&#"):
            # html.unescape drops a reference to a control character (&#1); lxml keeps it.
            digits = source[2:].rstrip(";")
            source = html.unescape(source) or chr(int(digits[1:], 16) if digits[0] in "xX" else int(digits))
        elif source.startswith("&"):
            source = html.unescape(source)
        assert char in unicodedata.normalize("NFKC", source), (char, source)


def test_a_reference_to_a_control_character_maps_to_the_reference(tmp_path):
    content = FRONT + "<p>营收&#1增长</p>\n"
    document = read_document(write(tmp_path, "control-reference.txt", content))
    at = document.body.text.index("\x01")
    assert content[document.body.starts[at]:document.body.ends[at]] == "&#1"


def block_texts(document: Document) -> list[str]:
    return [document.body.text[block.start:block.end] for block in document.blocks]


# --- the seeds ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name[:3])
def test_every_seed_reads_without_error(path):
    document = read_document(str(path))
    assert document.error is None
    assert document.path == str(path)
    assert len(document.body.text) > 1000


@pytest.mark.parametrize(
    ("prefix", "title_start", "published"),
    [
        ("000", "信也科技2021全年财报", datetime(2022, 3, 18, 0, 3, 22, tzinfo=BEIJING)),
        ("001", "信也科技2022Q1财报", datetime(2022, 6, 1, 12, 0, 32, tzinfo=BEIJING)),
        ("002", "金融壹账通(OCFT.US)", datetime(2022, 2, 25, 15, 8, 15, tzinfo=BEIJING)),
        ("003", "网商银行2021年报亮相!", datetime(2022, 4, 30, 0, 6, 11, tzinfo=BEIJING)),
        ("004", "累计支持超过12万户中小微企业", datetime(2022, 4, 2, 14, 57, 53, tzinfo=BEIJING)),
    ],
)
def test_seed_title_and_published_datetime(prefix, title_start, published):
    document = read_document(str(next(path for path in SEEDS if path.name.startswith(prefix))))
    assert document.title.startswith(title_start)
    assert document.title == document.title_text.text
    assert document.published == published
    assert document.published.utcoffset() == timedelta(hours=8)


def test_seed_categories_and_tags_are_tuples_of_text():
    document = read_document(str(SEEDS[0]))
    assert document.categories == ("beijingshangbao",)
    assert document.tags == ("北京商报新闻",)


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name[:3])
def test_seed_figures_locate_to_their_text_in_the_file(path):
    document = read_document(str(path))
    content = decoded(path)
    body = document.body
    figures = [(match.start(), match.end()) for match in FIGURE.finditer(body.text)]
    figures += [(match.start(), match.end()) for match in re.finditer("亿元", body.text)]
    assert len(figures) > 10
    for start, end in figures:
        assert text_at(content, document.locate(body, start, end)) == body.text[start:end]


def test_seed_named_figures_locate_in_the_file():
    document = read_document(str(SEEDS[0]))
    content = decoded(SEEDS[0])
    for figure in ("1374亿元", "22.1%", "390亿元", "24.48亿元", "1.319亿元", "6114元"):
        assert located(document, content, figure) == figure


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name[:3])
def test_seed_body_characters_map_to_their_source_characters(path):
    document = read_document(str(path))
    content = decoded(path)
    assert_within_file(document.body, content)
    assert_characters_come_from_their_source(document.body, content)


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name[:3])
def test_seed_title_characters_map_into_the_title_line(path):
    document = read_document(str(path))
    content = decoded(path)
    title = document.title_text
    span = document.locate(title, 0, len(title.text))
    assert span.line == span.end_line == 3
    assert file_lines(content)[2].startswith('title: "')
    printed = text_at(content, span)
    assert unicodedata.normalize("NFKC", printed) == title.text


def test_seed_paragraphs_are_stripped_non_empty_and_separated_by_one_line_break():
    document = read_document(str(SEEDS[3]))
    texts = block_texts(document)
    assert document.body.text == "\n".join(texts)
    assert all(text and text == text.strip() for text in texts)
    assert texts[0] == "4月29日,蚂蚁集团发起成立的网商银行发布2021年年报。"  # &nbsp; before it dropped


def test_seed_bold_paragraphs_are_headings():
    document = read_document(str(SEEDS[3]))
    headings = [text for text, block in zip(block_texts(document), document.blocks) if block.kind == "heading"]
    assert headings == ["「金融补充者」:首贷户占比8成", "「开放银行」:拓展多类合作伙伴", "「科技探索者」:投入增长59%"]


def test_seed_hidden_paragraph_and_stock_image_give_no_text():
    document = read_document(str(SEEDS[0]))
    assert document.body.text.startswith("北京时间3月15日")
    assert "K图" not in document.body.text


def test_feed_boilerplate_after_the_article_is_dropped():
    document = read_document(str(SEEDS[0]))
    assert block_texts(document)[-1] == "(文章来源:北京商报)"
    assert "http" not in document.body.text
    assert "返回" not in document.body.text


# --- encodings ----------------------------------------------------------------------------


def test_utf8_bom_is_stripped_and_offsets_exclude_it(tmp_path):
    source = FRONT + "<p>营收139亿元。</p>\n"
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + source.encode("utf-8"))
    document = read_document(path)
    assert document.error is None
    start = document.body.text.index("139")
    assert source[document.body.starts[start]:document.body.starts[start] + 3] == "139"
    assert located(document, source, "139亿元") == "139亿元"


def test_utf8_bom_with_crlf_fixture_locates_correctly():
    path = FIXTURES / "article_utf8_bom_crlf.txt"
    document = read_document(str(path))
    content = decoded(path)
    assert document.error is None and document.title == "网商银行2021年报:营业收入139亿元"
    for figure in ("139亿元", "20.9亿元", "1.53%"):
        assert located(document, content, figure) == figure
    span = document.locate(document.body, *_range(document.body.text, "20.9亿元"))
    assert span.line == 10


def _range(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_crlf_line_ends_locate_correctly(tmp_path):
    source = FRONT.replace("\n", "\r\n") + "<p>第一段。</p>\r\n<p>营收\r\n139亿元。</p>\r\n"
    document = read_document(write(tmp_path, "crlf.txt", source))
    assert document.body.text == "第一段。\n营收 139亿元。"
    span = document.locate(document.body, *_range(document.body.text, "139亿元"))
    assert span == Span(line=8, column=1, end_line=8, end_column=6)
    assert text_at(source, span) == "139亿元"


def test_lone_cr_line_ends_locate_correctly(tmp_path):
    source = FRONT.replace("\n", "\r") + "<p>第一段。</p>\r<p>营收139亿元。</p>\r"
    document = read_document(write(tmp_path, "cr.txt", source))
    assert document.error is None and document.title == "测试文章"
    assert document.line_starts[:3] == (0, 4, 17)
    span = document.locate(document.body, *_range(document.body.text, "139亿元"))
    assert (span.line, span.column) == (7, 6)
    assert text_at(source, span) == "139亿元"


def test_utf16_with_bom_is_decoded(tmp_path):
    source = FRONT + "<p>营收139亿元。</p>\n"
    document = read_document(write(tmp_path, "utf16.txt", source.encode("utf-16")))
    assert document.error is None
    assert document.body.text == "营收139亿元。"
    assert located(document, source, "139亿元") == "139亿元"


def test_gbk_article_is_detected():
    path = FIXTURES / "article_gbk.txt"
    document = read_document(str(path))
    content = decoded(path, "gbk")
    assert document.error is None
    assert document.title == "网商银行2021年报:营业收入139亿元"
    assert "净利润20.9亿元" in document.body.text
    assert located(document, content, "20.9亿元") == "20.9亿元"


def test_long_gb18030_seed_is_detected(tmp_path):
    source = decoded(SEEDS[2])
    document = read_document(write(tmp_path, "long.txt", source.encode("gb18030")))
    assert document.error is None
    assert document.body.text == read_document(str(SEEDS[2])).body.text


@pytest.mark.parametrize("text", ["营收139亿元", "净利润20.9亿元", "同比增长25%", "累计", "科技", "不良率1.53%"])
def test_short_gbk_text_is_detected(tmp_path, text):
    document = read_document(write(tmp_path, "short.txt", text.encode("gbk")))
    assert document.error is None
    assert document.body.text == text


def test_big5_article_is_detected():
    path = FIXTURES / "article_big5.txt"
    document = read_document(str(path))
    content = decoded(path, "big5")
    assert document.error is None
    assert document.title == "網商銀行2021年報:營業收入139億元"
    assert "淨利潤20.9億元" in document.body.text
    assert located(document, content, "139億元") == "139億元"


@pytest.mark.parametrize(
    "text",
    ["網商銀行發布2021年年報，營業收入139億元，淨利潤20.9億元。", "營收139億元", "淨利潤增長", "數據顯示"],
)
def test_short_big5_text_is_detected(tmp_path, text):
    document = read_document(write(tmp_path, "short.txt", text.encode("big5")))
    assert document.error is None
    assert document.body.text == unicodedata.normalize("NFKC", text)


def test_gb18030_four_byte_characters_are_decoded(tmp_path):
    text = "营收139亿元，㐀字与𠀀字同见于年报。"
    document = read_document(write(tmp_path, "gb18030.txt", text.encode("gb18030")))
    assert document.body.text == unicodedata.normalize("NFKC", text)


def test_damaged_utf8_gives_an_error_naming_the_line(tmp_path):
    data = ("第一行营业收入139亿元，同比增长25%。\n" * 3).encode("utf-8") + b"\xff\n"
    document = read_document(write(tmp_path, "damaged.txt", data))
    assert document.error == "file is not valid UTF-8 (a byte on line 4 cannot be decoded)"


def test_western_legacy_text_is_still_read(tmp_path):
    document = read_document(write(tmp_path, "latin.txt", "Société Générale: résultats 2021".encode("cp1252")))
    assert document.error is None
    assert "2021" in document.body.text


# --- text normalisation and mapping -------------------------------------------------------


def test_full_width_digits_normalise_and_locate_to_the_full_width_characters(tmp_path):
    source = FRONT + "<p>全年促成借款金额１３７４亿元，同增１１１.１％。</p>\n"
    document = read_document(write(tmp_path, "fullwidth.txt", source))
    assert "1374亿元" in document.body.text
    assert located(document, source, "1374亿元") == "１３７４亿元"
    assert located(document, source, "111.1%") == "１１１.１％"


def test_nfkc_expansion_shares_one_source_span(tmp_path):
    source = FRONT + "<p>面积1200㎡。</p>\n"
    document = read_document(write(tmp_path, "square.txt", source))
    body = document.body
    start = body.text.index("m2")
    assert body.text == "面积1200m2。"
    assert body.starts[start] == body.starts[start + 1] == source.index("㎡")
    assert body.ends[start] == body.ends[start + 1] == source.index("㎡") + 1


def test_chinese_quotes_and_enumeration_comma_are_kept(tmp_path):
    document = read_document(write(tmp_path, "quotes.txt", FRONT + "<p>“十四五”规划、小微企业。</p>"))
    assert document.body.text == "“十四五”规划、小微企业。"


def test_entity_maps_to_whole_entity(tmp_path):
    source = FRONT + "<p>研发&amp;运营&#x4e2d;心&#20013;A&lt;B</p>\n"
    document = read_document(write(tmp_path, "entity.txt", source))
    body = document.body
    assert body.text == "研发&运营中心中A<B"
    for char, entity in (("&", "&amp;"), ("<", "&lt;")):
        index = body.text.index(char)
        assert source[body.starts[index]:body.ends[index]] == entity
    index = body.text.index("中")
    assert source[body.starts[index]:body.ends[index]] == "&#x4e2d;"
    assert source[body.starts[index + 2]:body.ends[index + 2]] == "&#20013;"


def test_unknown_entity_and_entity_without_semicolon_are_read_as_html_does(tmp_path):
    source = FRONT + "<p>A&foo;B&ampC</p>\n"
    document = read_document(write(tmp_path, "entity.txt", source))
    body = document.body
    assert body.text == "A&foo;B&C"
    index = body.text.index("&C")
    assert source[body.starts[index]:body.ends[index]] == "&amp"
    assert source[body.starts[index + 1]:body.ends[index + 1]] == "C"


def test_nbsp_fragments_at_paragraph_edges_are_dropped(tmp_path):
    source = FRONT + "&nbsp;<p>&nbsp;&nbsp;营收139亿元&nbsp;</p>\n &nbsp;\n<p>净利润&nbsp;&nbsp;20.9亿元</p>"
    document = read_document(write(tmp_path, "nbsp.txt", source))
    assert block_texts(document) == ["营收139亿元", "净利润 20.9亿元"]
    index = document.body.text.index(" ")
    assert source[document.body.starts[index]:document.body.ends[index]] == "&nbsp;"


def test_whitespace_runs_collapse_to_one_space(tmp_path):
    source = FRONT + "<p>营收 \t\n  139亿元，  同比增长</p>\n"
    document = read_document(write(tmp_path, "spaces.txt", source))
    assert document.body.text == "营收 139亿元, 同比增长"


def test_script_style_and_comments_are_dropped(tmp_path):
    source = FRONT + (
        "<style>p { content: '1亿元'; }</style><script>var a = '<p>2亿元</p>';</script>"
        "<!-- 3亿元 --><p>营收<!-- 4亿元 -->139亿元</p><noscript>5亿元</noscript>"
        "<template><p>6亿元</p></template><p>净利润20.9亿元</p>"
    )
    document = read_document(write(tmp_path, "script.txt", source))
    assert block_texts(document) == ["营收139亿元", "净利润20.9亿元"]
    assert located(document, source, "20.9亿元") == "20.9亿元"


def test_br_breaks_a_paragraph(tmp_path):
    source = FRONT + "<p>营收139亿元<br>净利润20.9亿元<br/></p>"
    document = read_document(write(tmp_path, "br.txt", source))
    assert block_texts(document) == ["营收139亿元", "净利润20.9亿元"]


def test_heading_elements_and_bold_paragraphs_are_headings(tmp_path):
    source = FRONT + (
        "<h2>经营 <em>稳健</em></h2><p><strong>科技引领新发展</strong></p>"
        "<p><b>营收</b>139亿元</p><p>净利润20.9亿元</p>"
    )
    document = read_document(write(tmp_path, "headings.txt", source))
    assert [block.kind for block in document.blocks] == ["heading", "heading", "paragraph", "paragraph"]
    assert block_texts(document)[:2] == ["经营 稳健", "科技引领新发展"]


def test_table_cells_do_not_run_together(tmp_path):
    source = FRONT + "<table><tr><td>2021</td><td>139</td></tr><tr><td>2020</td><td>120</td></tr></table>"
    document = read_document(write(tmp_path, "table.txt", source))
    assert block_texts(document) == ["2021 139", "2020 120"]


def test_malformed_html_is_read_and_stays_in_the_file(tmp_path):
    source = FRONT + "<p>营收<b>139亿元</p>同比<i>增长</b>25%<div class='x>1'>净利润 < 20.9亿元 <![CDATA[x]]></>1.53%<p"
    document = read_document(write(tmp_path, "broken.txt", source))
    assert document.error is None
    assert_within_file(document.body, source)
    for figure in ("139亿元", "25%", "20.9亿元", "1.53%"):
        assert located(document, source, figure) == figure


# --- plain text, Markdown and HTML pages ---------------------------------------------------


def test_plain_text_paragraphs_split_at_line_breaks(tmp_path):
    source = "网商银行发布年报。\n营收139亿元，\n\n  净利润20.9亿元。  \n"
    document = read_document(write(tmp_path, "plain.txt", source))
    assert document.title is None and document.published is None
    assert block_texts(document) == ["网商银行发布年报。", "营收139亿元,", "净利润20.9亿元。"]
    assert located(document, source, "20.9亿元") == "20.9亿元"


def test_markdown_blank_line_separates_paragraphs_beside_html(tmp_path):
    source = FRONT + "营收139亿元。\n\n净利润<b>20.9亿元</b>。\n"
    document = read_document(write(tmp_path, "post.md", source))
    assert block_texts(document) == ["营收139亿元。", "净利润20.9亿元。"]


def test_html_title_comes_from_the_title_element():
    path = FIXTURES / "article_fullwidth.html"
    document = read_document(str(path))
    content = decoded(path)
    assert document.title == "新网银行2021年净利润9.18亿元"
    span = document.locate(document.title_text, *_range(document.title, "9.18亿元"))
    assert span.line == 5 and text_at(content, span) == "９.１８亿元"
    assert "999亿元" not in document.body.text and "888亿元" not in document.body.text
    assert located(document, content, "571.16亿元") == "５７１.１６亿元"


def test_html_title_falls_back_to_the_first_h1(tmp_path):
    source = "<html><body><h1>新网银行&amp;网商银行</h1><h1>其他</h1><p>正文</p></body></html>"
    document = read_document(write(tmp_path, "page.html", source))
    assert document.title == "新网银行&网商银行"
    start = document.title.index("&")
    assert source[document.title_text.starts[start]:document.title_text.ends[start]] == "&amp;"


def test_document_without_front_matter_or_title_has_no_title(tmp_path):
    document = read_document(write(tmp_path, "note.md", "<p>营收139亿元</p>"))
    assert document.error is None and document.title is None and document.title_text is None


# --- front matter -------------------------------------------------------------------------


def test_front_matter_with_empty_body_gives_empty_text(tmp_path):
    document = read_document(write(tmp_path, "empty-body.txt", FRONT))
    assert document.error is None
    assert document.body.text == "" and document.blocks == ()
    assert document.title == "测试文章"


def test_bad_yaml_gives_a_readable_error_naming_the_line(tmp_path):
    source = "---\nlayout: post\ntitle: 营收: 139亿元\ndate: 2022-03-18\n---\n<p>正文</p>\n"
    document = read_document(write(tmp_path, "bad.txt", source))
    assert document.error == "front matter is not valid YAML at line 3 (mapping values are not allowed here)"


def test_a_character_yaml_refuses_gives_one_line_naming_the_line(tmp_path):
    # A lone control character is too rare to make the file "not text", but YAML refuses it;
    # PyYAML's own message spans two lines and names no line of the file.
    body = "<p>" + "营收增长百分之十。" * 20 + "</p>\n"
    source = "---\nlayout: post\ntitle: 季报\x1f点评\n---\n" + body
    document = read_document(write(tmp_path, "control.txt", source))
    assert document.error == ("front matter is not valid YAML at line 3 "
                              "(unacceptable character #x001f: special characters are not allowed)")


def test_front_matter_only_with_bad_yaml_is_an_error(tmp_path):
    document = read_document(write(tmp_path, "bad.txt", "---\ntitle: [营收\n---\n"))
    assert document.error.startswith("front matter is not valid YAML at line")


def test_unclosed_front_matter_is_an_error(tmp_path):
    document = read_document(write(tmp_path, "open.txt", "---\ntitle: 测试\n<p>正文</p>\n"))
    assert document.error == "front matter opened by '---' on line 1 is never closed by another '---' line"


def test_impossible_date_is_an_error(tmp_path):
    document = read_document(write(tmp_path, "date.txt", "---\ndate: 2022-13-45\n---\n正文\n"))
    assert document.error == "front matter has a value that cannot be read (month must be in 1..12)"


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("2022-03-18 00:03:22 +0800", datetime(2022, 3, 18, 0, 3, 22, tzinfo=BEIJING)),
        ("2022-03-18 00:03:22 -0500", datetime(2022, 3, 18, 0, 3, 22, tzinfo=timezone(timedelta(hours=-5)))),
        ("2022-03-18T00:03:22Z", datetime(2022, 3, 18, 0, 3, 22, tzinfo=timezone.utc)),
        ("2022-03-18 00:03:22", datetime(2022, 3, 18, 0, 3, 22, tzinfo=BEIJING)),
        ("2022-03-18", datetime(2022, 3, 18, tzinfo=BEIJING)),
        ('"2022/3/18 9:05"', datetime(2022, 3, 18, 9, 5, tzinfo=BEIJING)),
        ("2022年3月18日", datetime(2022, 3, 18, tzinfo=BEIJING)),
    ],
)
def test_date_is_timezone_aware_and_beijing_time_by_default(tmp_path, value, published):
    document = read_document(write(tmp_path, "date.txt", f"---\ndate: {value}\n---\n正文\n"))
    assert document.published == published
    assert document.published.tzinfo is not None


def test_unreadable_date_text_leaves_published_empty(tmp_path):
    document = read_document(write(tmp_path, "date.txt", "---\ndate: 上周五\n---\n正文\n"))
    assert document.error is None and document.published is None


@pytest.mark.parametrize(
    ("line", "title", "printed"),
    [
        ('title: "营收\\"139亿元\\"\\t增长"', '营收"139亿元" 增长', '营收\\"139亿元\\"\\t增长'),
        ("title: '营收''139亿元'''", "营收'139亿元'", "营收''139亿元''"),
        ("title: 营收139亿元 # 备注", "营收139亿元", "营收139亿元"),
        ('title: "\\u8425\\u6536139亿元"', "营收139亿元", "\\u8425\\u6536139亿元"),
    ],
)
def test_quoted_and_plain_titles_map_exactly_into_the_title_line(tmp_path, line, title, printed):
    source = f"---\n{line}\n---\n正文\n"
    document = read_document(write(tmp_path, "title.txt", source))
    assert document.title == title
    span = document.locate(document.title_text, 0, len(title))
    assert span.line == 2 and text_at(source, span) == printed
    start = title.index("139")
    assert text_at(source, document.locate(document.title_text, start, start + 5)) == "139亿元"


@pytest.mark.parametrize(("value", "title"), [("2021", "2021"), ("1.50", "1.50"), ("2022-03-18", "2022-03-18")])
def test_non_text_title_is_kept_as_printed(tmp_path, value, title):
    document = read_document(write(tmp_path, "title.txt", f"---\ntitle: {value}\n---\n正文\n"))
    assert document.title == title


def test_multi_line_title_maps_to_the_start_of_its_value(tmp_path):
    source = "---\ntitle: >\n  营收139亿元\n  同比增长\n---\n正文\n"
    document = read_document(write(tmp_path, "title.txt", source))
    assert document.title == "营收139亿元 同比增长"
    assert set(document.title_text.starts) == {source.index(">")}


@pytest.mark.parametrize(
    ("front", "categories", "tags"),
    [
        ("categories: 财经\ntags: [银行, 2021]", ("财经",), ("银行", "2021")),
        ("categories:\n  - 财经\n  - 银行\ntags: 年报", ("财经", "银行"), ("年报",)),
        ("category: 财经", ("财经",), ()),
    ],
)
def test_categories_and_tags_become_tuples_of_text(tmp_path, front, categories, tags):
    document = read_document(write(tmp_path, "meta.txt", f"---\n{front}\n---\n正文\n"))
    assert (document.categories, document.tags) == (categories, tags)


# --- files that cannot be read ------------------------------------------------------------


def test_missing_file_gives_an_error(tmp_path):
    path = str(tmp_path / "nowhere.txt")
    assert read_document(path) == Document(path=path, error="no such file or directory")


def test_binary_file_with_nul_bytes_gives_an_error(tmp_path):
    document = read_document(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert document.error == "file is not text (it contains NUL bytes)"


def test_empty_file_gives_an_error(tmp_path):
    assert read_document(write(tmp_path, "empty.txt", b"")).error == "file is empty"


def test_blank_file_gives_an_error(tmp_path):
    assert read_document(write(tmp_path, "blank.txt", b"\xef\xbb\xbf \n\n")).error.startswith("file is empty")


def test_directory_given_as_a_document_gives_an_error(tmp_path):
    assert read_document(str(tmp_path)).error == "is a directory, not a file"


def test_stdin_is_read_for_a_dash(monkeypatch):
    source = FRONT + "<p>营收139亿元</p>\n"
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(source.encode("gb18030"))))
    document = read_document("-")
    assert document.path == "-" and document.error is None
    assert document.body.text == "营收139亿元"


# --- finding files ------------------------------------------------------------------------


def test_directory_expands_recursively_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.html", "sub/a.htm", "c.markdown", "a/z.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("正文", encoding="utf-8")
    found = [Path(path).relative_to(tmp_path).as_posix() for path in iter_paths([str(tmp_path)])]
    assert found == ["a/z.txt", "a.md", "b.txt", "c.markdown", "sub/a.htm", "sub/c.html"]


def test_hidden_files_and_other_suffixes_are_skipped_in_directories(tmp_path):
    for name in (".draft.txt", ".git/post.txt", "notes.docx", "image.png", "post.TXT", "post.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("正文", encoding="utf-8")
    found = [Path(path).name for path in iter_paths([str(tmp_path)])]
    assert found == ["post.TXT", "post.txt"]


def test_paths_come_in_argument_order_without_duplicates(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "z.docx").write_text("正文", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    arguments = [str(tmp_path / "z.docx"), str(tmp_path / "dir"), missing, "-", str(tmp_path / "dir" / "a.txt"), "-"]
    assert list(iter_paths(arguments)) == [str(tmp_path / "z.docx"), str(tmp_path / "dir" / "a.txt"), missing, "-"]


def test_read_documents_reads_every_path_in_order(tmp_path):
    documents = read_documents([str(SEEDS[1]), str(tmp_path / "missing.txt"), str(SEEDS[0])])
    assert [document.path for document in documents] == [str(SEEDS[1]), str(tmp_path / "missing.txt"), str(SEEDS[0])]
    assert [document.error for document in documents] == [None, "no such file or directory", None]


# --- locate -------------------------------------------------------------------------------


def test_locate_spans_several_lines(tmp_path):
    source = FRONT + "<p>营收\n139亿元</p>\n"
    document = read_document(write(tmp_path, "lines.txt", source))
    assert document.body.text == "营收 139亿元"
    span = document.locate(document.body, 0, len(document.body.text))
    assert span == Span(line=6, column=4, end_line=7, end_column=6)
    assert text_at(source, span) == "营收\n139亿元"


def test_locate_counts_columns_in_code_points(tmp_path):
    source = FRONT + "<p>𠀀字营收139亿元</p>\n"
    document = read_document(write(tmp_path, "astral.txt", source))
    span = document.locate(document.body, *_range(document.body.text, "139"))
    assert (span.line, span.column, span.end_column) == (6, 8, 11)


def test_locate_rejects_an_empty_range():
    document = read_document(str(SEEDS[0]))
    with pytest.raises(ValueError):
        document.locate(document.body, 5, 5)


# --- property -----------------------------------------------------------------------------

CHARACTERS = list("网商银行营收亿元万增长同比，。、“”：；（）！？１２３％㎡\u3000\xa0") + list(
    string.ascii_letters + string.digits + string.punctuation + " \n\r"
)
MARKUP = ["&amp;", "&nbsp;", "&#x4e2d;", "&#20013", "&lt", "<p>", "</p>", "<b>", "</b>", "<br>", "<!--", "-->",
          "<script>", "</script>", "<h2>", "<td>", "<![CDATA[", "]]>", "</>", "<a href='>'>"]


def assert_reads_inside_the_file(tmp_path: Path, fragment: str) -> None:
    source = FRONT + f"<p>{fragment}</p>\n"
    path = write(tmp_path, "fragment.txt", source)
    document = read_document(path)
    assert document.error is None
    content = decoded(path)
    assert_within_file(document.body, content)
    assert_characters_come_from_their_source(document.body, content)
    for block in document.blocks:
        document.locate(document.body, block.start, block.end)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fragment=st.text(alphabet=CHARACTERS, max_size=120))
def test_any_text_fragment_reads_without_raising_and_maps_inside_the_file(tmp_path, fragment):
    assert_reads_inside_the_file(tmp_path, fragment)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fragment=st.lists(st.sampled_from(CHARACTERS + MARKUP), max_size=60).map("".join))
def test_any_markup_fragment_reads_without_raising_and_maps_inside_the_file(tmp_path, fragment):
    assert_reads_inside_the_file(tmp_path, fragment)


# --- feeds as mirrors store them ------------------------------------------------------------


def test_feed_with_blank_lines_before_the_front_matter_keeps_title_and_date():
    path = FIXTURES / "feed_blank_line_before_front_matter.md"
    document = read_document(str(path))
    assert document.error is None
    assert document.title == "瑞丰银行前三季度营收 增长12.4%"  # &nbsp; reads as a space
    assert document.published == datetime(2022, 10, 19, 9, 15, tzinfo=timezone.utc)
    assert document.categories == ("金融", "要闻")
    assert "title:" not in document.body.text and "categories" not in document.body.text


def test_feed_title_entity_maps_to_its_source_text():
    path = FIXTURES / "feed_blank_line_before_front_matter.md"
    content = decoded(path)
    document = read_document(str(path))
    start = document.title.index(" ")
    span = document.locate(document.title_text, start, start + 1)
    assert text_at(content, span) == "&nbsp;"
    assert located(document, content, "12.4%", document.title_text) == "12.4%"


def test_feed_html_reads_numbers_inside_font_and_text_inside_div():
    path = FIXTURES / "feed_blank_line_before_front_matter.md"
    content = decoded(path)
    document = read_document(str(path))
    assert "营业收入38.6亿元,同比增长12.4%。" in document.body.text
    assert "净利润9.2亿元,不良率1.05%。" in document.body.text
    assert "99亿元" not in document.body.text and "5b8b" not in document.body.text
    assert located(document, content, "1.05%") == "1.05%"
    assert_within_file(document.body, content)


@pytest.mark.parametrize(("date", "published"), [
    ("Tue, 17 May 2022 06:44:15 GMT", datetime(2022, 5, 17, 6, 44, 15, tzinfo=timezone.utc)),
    ("Mon, 08 Nov 2021 10:28:00 +0800", datetime(2021, 11, 8, 10, 28, tzinfo=BEIJING)),
    ("2021-05-07 08:03:01", datetime(2021, 5, 7, 8, 3, 1, tzinfo=BEIJING)),
    ("'2021-05-07 08:03:01'", datetime(2021, 5, 7, 8, 3, 1, tzinfo=BEIJING)),
])
def test_feed_dates_are_read_in_their_zone(tmp_path, date, published):
    source = f"\n---\ntitle: 测试\ndate: {date}\n---\n正文。\n"
    document = read_document(write(tmp_path, "post.md", source))
    assert document.error is None and document.published == published


def test_jekyll_file_name_gives_the_date_when_the_front_matter_has_none():
    document = read_document(str(FIXTURES / "2024-01-16-hongyuan-shipments.md"))
    assert document.published == datetime(2024, 1, 16, tzinfo=BEIJING)
    assert document.categories == ("能源", "公司")


def test_front_matter_date_wins_over_the_file_name(tmp_path):
    source = "---\ntitle: 测试\ndate: 2022-03-18 10:00:00 +0800\n---\n正文。\n"
    document = read_document(write(tmp_path, "2020-01-01-post.md", source))
    assert document.published == datetime(2022, 3, 18, 10, tzinfo=BEIJING)


def test_unclosed_front_matter_after_blank_lines_names_its_line(tmp_path):
    document = read_document(write(tmp_path, "open.md", "\n\n---\ntitle: 测试\n<p>正文</p>\n"))
    assert document.error == "front matter opened by '---' on line 3 is never closed by another '---' line"


def test_text_that_only_starts_with_blank_lines_has_no_front_matter(tmp_path):
    document = read_document(write(tmp_path, "plain.txt", "\n\n鸿远能源2023年出货量14.2GW。\n"))
    assert document.error is None and document.title is None
    assert document.body.text == "鸿远能源2023年出货量14.2GW。"


def test_pinyin_readings_printed_after_characters_are_not_text(tmp_path):
    source = "据行业协会(xié)监测,指数環(huán)比上升2.41點(diǎn),累計(jì )生產18.6GWh。\n"
    path = write(tmp_path, "converted.txt", source)
    document = read_document(path)
    assert document.body.text == "据行业协会监测,指数環比上升2.41點,累計生產18.6GWh。"
    assert located(document, source, "2.41點") == "2.41點"
    assert located(document, source, "比上升") == "比上升"


def test_brackets_that_are_not_readings_stay(tmp_path):
    document = read_document(write(tmp_path, "plain.txt", "营收(a)为12亿元(约合1.9亿美元)。\n"))
    assert document.body.text == "营收(a)为12亿元(约合1.9亿美元)。"


def test_what_a_feed_appends_after_the_article_is_not_its_text(tmp_path):
    source = (
        "<p>瑞丰银行前三季度实现营业收入38.6亿元，同比增长12.4%。</p>\n"
        "<p>三大理财工具免费领取！数量有限，先到先得>></p>\n"
        "<div>海量资讯、精准解读，尽在新浪财经APP</div>\n"
        "<p>1.《城商行的三季度》，示例财经</p>\n"
        "<p class=\"article-editor\">责任编辑：王五 SF001</p>\n"
        "<p>封面图片来源：示例图库</p>\n"
    )
    document = read_document(write(tmp_path, "post.html", source))
    assert document.body.text == "瑞丰银行前三季度实现营业收入38.6亿元,同比增长12.4%。"


def test_an_article_that_is_only_one_line_keeps_it(tmp_path):
    document = read_document(write(tmp_path, "post.txt", "责任编辑：王五\n"))
    assert document.body.text == "责任编辑:王五"
