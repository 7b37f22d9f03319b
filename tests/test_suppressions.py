"""Suppressions: `<!-- factcheck: ignore RULE -->` silences a rule for the next paragraph,
`factcheck_ignore:` in the front matter for the whole article; silenced violations are
counted apart and kept in SARIF as suppressed, never dropped silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_gate import (FRONT, GAP_IN_PERCENT, RIGHT_SHARE, TOTAL, WRONG_SHARE, article, invoke, report_of,
                             violations, write)
from validator.documents import read_document

IGNORE_SHARE = "<!-- factcheck: ignore share-of-total -->\n"
# 150 of 520 is 28.85%: 31.6% is a second share-of-total error, in another paragraph.
SECOND_WRONG_SHARE = "线下业务收入150亿元，占总营业收入的31.6%。\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif_results(*args: str) -> list[dict]:
    return json.loads(invoke("run", *args, "--format", "sarif").stdout)["runs"][0]["results"]


def suppressed_rules(results: list[dict]) -> list[tuple[str, str | None]]:
    return sorted((result["ruleId"], result["suppressions"][0]["kind"] if "suppressions" in result else None)
                  for result in results)


# --- the comment --------------------------------------------------------------------------


def test_a_comment_silences_the_rule_in_the_next_paragraph(workdir):
    write(workdir, "a.md", article(TOTAL, IGNORE_SHARE + WRONG_SHARE, GAP_IN_PERCENT))
    data = report_of("a.md")
    assert data["summary"]["errors"] == 0 and data["summary"]["warnings"] == 1
    assert invoke("run", "a.md").exit_code == 0


def test_a_silenced_violation_stays_in_sarif_marked_in_source(workdir):
    write(workdir, "a.md", article(TOTAL, IGNORE_SHARE + WRONG_SHARE, GAP_IN_PERCENT))
    assert suppressed_rules(sarif_results("a.md")) == [("percent-vs-points", None), ("share-of-total", "inSource")]


def test_a_silenced_violation_is_counted_not_hidden(workdir):
    write(workdir, "a.md", article(TOTAL, IGNORE_SHARE + WRONG_SHARE))
    data = report_of("a.md")
    # Still among the checks, as a violation: a reader can see what was silenced.
    assert violations(data) == [("share-of-total", "error")]
    assert data["summary"]["errors"] == 0
    if "suppressed" in data["summary"]:
        assert data["summary"]["suppressed"] == 1


def test_a_comment_leaves_other_paragraphs_alone(workdir):
    write(workdir, "a.md", article(TOTAL, IGNORE_SHARE + WRONG_SHARE, SECOND_WRONG_SHARE))
    assert report_of("a.md")["summary"]["errors"] == 1
    assert invoke("run", "a.md").exit_code == 1


def test_a_comment_leaves_other_rules_alone(workdir):
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE, "<!-- factcheck: ignore percent-vs-points -->\n" + GAP_IN_PERCENT))
    data = report_of("a.md")
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 0


def test_a_comment_may_name_several_rules(workdir):
    both = "<!--factcheck:ignore share-of-total, percent-vs-points-->\n"
    write(workdir, "a.md", article(TOTAL, both + WRONG_SHARE + GAP_IN_PERCENT))
    data = report_of("a.md")
    assert data["summary"]["errors"] == data["summary"]["warnings"] == 0


def test_a_comment_in_an_html_body_silences_the_next_element(workdir):
    body = (f"<p>{TOTAL.strip()}</p>\n<!-- factcheck: ignore share-of-total -->\n<p>{WRONG_SHARE.strip()}</p>\n"
            f"<p>{SECOND_WRONG_SHARE.strip()}</p>\n")
    write(workdir, "a.md", FRONT + body)
    assert report_of("a.md")["summary"]["errors"] == 1


def test_a_comment_in_a_text_file_keeps_each_line_a_paragraph(workdir):
    plain = FRONT + TOTAL + WRONG_SHARE + SECOND_WRONG_SHARE
    with_comment = FRONT + TOTAL + IGNORE_SHARE + WRONG_SHARE + SECOND_WRONG_SHARE
    write(workdir, "plain.txt", plain)
    write(workdir, "comment.txt", with_comment)
    before, after = read_document("plain.txt"), read_document("comment.txt")
    assert [before.body.text[b.start:b.end] for b in before.blocks] == [after.body.text[b.start:b.end] for b in after.blocks]
    assert report_of("comment.txt")["summary"]["errors"] == 1


def test_a_comment_covers_a_markdown_paragraph_wrapped_over_lines(workdir):
    wrapped = "华越银行各项业务表现稳健，\n" + WRONG_SHARE
    write(workdir, "a.md", article(TOTAL, IGNORE_SHARE + wrapped))
    (directive,) = read_document("a.md").directives
    assert directive.rules == ("share-of-total",)
    assert (directive.scope.line, directive.scope.end_line) == (8, 9)
    data = report_of("a.md")
    assert violations(data) == [("share-of-total", "error")] and data["summary"]["errors"] == 0


# --- the front matter ---------------------------------------------------------------------


def test_front_matter_silences_the_rule_in_the_whole_article(workdir):
    front = "---\ntitle: 华越银行2021年业绩稳健\nfactcheck_ignore: [share-of-total]\n---\n"
    write(workdir, "a.md", article(TOTAL, WRONG_SHARE, SECOND_WRONG_SHARE, GAP_IN_PERCENT, front=front))
    data = report_of("a.md")
    assert data["summary"]["errors"] == 0 and data["summary"]["warnings"] == 1
    assert suppressed_rules(sarif_results("a.md")) == [
        ("percent-vs-points", None), ("share-of-total", "inSource"), ("share-of-total", "inSource")]


def test_front_matter_may_name_one_rule_as_a_string(workdir):
    front = "---\ntitle: 华越银行2021年业绩稳健\nfactcheck_ignore: percent-vs-points\n---\n"
    write(workdir, "a.md", article(TOTAL, RIGHT_SHARE, GAP_IN_PERCENT, front=front))
    assert report_of("a.md")["summary"]["warnings"] == 0
    assert invoke("run", "a.md", "--fail-on", "warning").exit_code == 0


def test_front_matter_of_one_article_leaves_another_alone(workdir):
    front = "---\ntitle: 华越银行2021年业绩稳健\nfactcheck_ignore: [share-of-total]\n---\n"
    write(workdir, "silenced.md", article(TOTAL, WRONG_SHARE, front=front))
    write(workdir, "other.md", article(TOTAL, WRONG_SHARE).replace("华越", "恒通"))
    assert report_of("silenced.md", "other.md")["summary"]["errors"] == 1


# --- mistakes -----------------------------------------------------------------------------


def test_an_unknown_rule_in_a_comment_is_named_with_its_line_and_exit_2(workdir):
    write(workdir, "a.md", article(TOTAL, "<!-- factcheck: ignore share-of-totals -->\n" + WRONG_SHARE))
    result = invoke("run", "a.md")
    assert result.exit_code == 2
    assert "a.md:7: the factcheck: ignore comment names an unknown rule 'share-of-totals'" in result.stderr


def test_an_unknown_rule_in_the_front_matter_is_named_and_exit_2(workdir):
    front = "---\ntitle: 华越银行2021年业绩稳健\nfactcheck_ignore: [no-such-rule]\n---\n"
    write(workdir, "a.md", article(TOTAL, RIGHT_SHARE, front=front))
    result = invoke("run", "a.md")
    assert result.exit_code == 2
    assert "a.md:3: the factcheck_ignore names an unknown rule 'no-such-rule'" in result.stderr


def test_other_comments_are_not_directives(workdir):
    write(workdir, "a.md", article(TOTAL, "<!-- factcheck ignores nothing here -->\n" + WRONG_SHARE))
    assert read_document("a.md").directives == ()
    assert invoke("run", "a.md").exit_code == 1


# --- the reader never trips on directives -------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

LINES = st.sampled_from([
    TOTAL.strip(), WRONG_SHARE.strip(), GAP_IN_PERCENT.strip(), "", "   ",
    "<!-- factcheck: ignore share-of-total -->", "<!--factcheck:ignore parts-sum,headline-->",
    "<!-- factcheck: ignore -->", "<p>华越银行净利润为38亿元。</p>", "<!-- 普通注释 -->",
    "文字<!-- factcheck: ignore growth-prior -->文字", "<!-- factcheck: ignore share-of-total",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(LINES, max_size=10), suffix=st.sampled_from([".md", ".txt", ".html"]))
def test_directives_anywhere_never_break_the_reading(tmp_path, lines, suffix):
    path = tmp_path / f"article{suffix}"
    path.write_text(FRONT + "\n".join(lines) + "\n", encoding="utf-8")
    document = read_document(str(path))
    assert document.error is None
    assert "factcheck:" not in document.body.text.replace(" ", "")
    last_line = len(document.line_starts)
    for directive in document.directives:
        assert 1 <= directive.line <= last_line
        if directive.scope is not None:
            assert 1 <= directive.scope.line <= directive.scope.end_line <= last_line
            assert directive.scope.line >= directive.line


def test_a_comment_in_standard_input_silences_too(workdir):
    from typer.testing import CliRunner

    from validator.cli import app

    text = article(TOTAL, IGNORE_SHARE + WRONG_SHARE)
    assert CliRunner().invoke(app, ["run", "-"], input=text).exit_code == 0
    assert CliRunner().invoke(app, ["run", "-"], input=text.replace(IGNORE_SHARE, "")).exit_code == 1
