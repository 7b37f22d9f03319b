"""The editors' report as GitHub-flavoured markdown, for a pull-request comment or a job summary.

The same pieces as the terminal report (``render.articles_of``, ``quotes_of``, ``remedy_of``,
``summary_rows``). Article text is escaped: markdown punctuation is backslashed and ``<``,
``>`` and ``&`` become entities, so a title can neither format the comment nor inject HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from .records import Check, Report
from .render import (SEVERITIES, Article, Quote, articles_of, counts_text, elsewhere_by_home, finding_groups,
                     findings_words,
                     place_text, document_facts, quotes_of, remedy_of, summary_rows, suppressed_words,
                     title_of, unchecked_words)

_SEVERITY_MARK = {"error": "🛑", "warning": "⚠️", "info": "ℹ️", "pass": "✅"}
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]|~])")


def text(value: str) -> str:
    """Article or message text, shown as itself whatever markdown or HTML it holds."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", escape(value, quote=False)).replace("\n", " ")


def code(value: str) -> str:
    """A path or a location in a code span, fenced with more backticks than it holds."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", value)), default=0) + 1)
    padding = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{padding}{value}{padding}{fence}"


def report_markdown(report: Report) -> str:
    summary = report.summary
    lines = [f"## factcheck: {summary.errors} error{'s' * (summary.errors != 1)}, "
             f"{summary.warnings} warning{'s' * (summary.warnings != 1)}, {summary.info} info "
             f"in {summary.documents} document{'s' * (summary.documents != 1)}", ""]
    titles = {document.path: title_of(document) for document in report.documents}
    articles = articles_of(report)
    clean = [article for article in articles
             if not article.violations and not article.elsewhere and not article.suppressed
             and not article.document.error]
    for article in articles:
        if article not in clean:
            lines.extend(_article(article, titles))
    if clean:
        lines.append(f"{_SEVERITY_MARK['pass']} **No violations** in {len(clean)} "
                     f"article{'s' * (len(clean) != 1)}: "
                     + ", ".join(f"{text(title_of(article.document))} ({code(article.document.path)})"
                                 for article in clean))
        lines.append("")
    lines.extend(["### Summary", "", "| | count |", "|---|---:|"])
    lines.extend(f"| {label} | {value} |" for _, label, value in summary_rows(summary))
    lines.extend(["", f"_{unchecked_words(summary)}_", ""])
    return "\n".join(lines)


def _article(article: Article, titles: dict[str, str]) -> list[str]:
    document = article.document
    worst = next((severity for severity in SEVERITIES if article.count(severity)), "pass")
    if document.error:
        worst = "error"
    facts = [text(fact) for fact in document_facts(document)]
    lines = [f"### {_SEVERITY_MARK[worst]} {text(title_of(document))} — {counts_text(article)}", "",
             " · ".join([code(document.path), *facts]), ""]
    if document.error:
        lines.extend([f"**COULD NOT READ**: {text(document.error)}. This article was not checked.", ""])
    for severity in SEVERITIES:
        found = [check for check in article.violations if check.severity == severity]
        for group in finding_groups(found):
            lines.extend(_finding(group, titles, document.path))
    if article.suppressed:
        lines.extend([f"_{text(suppressed_words(article))}_", ""])
    for home, checks in elsewhere_by_home(article):
        lines.extend([f"Also concerning this article: {findings_words(checks)}, shown under "
                      f"_{text(titles.get(home, home))}_ ({code(home)}).", ""])
    return lines


def _finding(group: Sequence[Check], titles: dict[str, str], home: str) -> list[str]:
    first = group[0]
    severity = first.severity or "info"
    count = f" ({len(group)} findings in the same sentences)" if len(group) > 1 else ""
    lines = [f"{_SEVERITY_MARK[severity]} **{severity.upper()}** {code(first.rule)}{count}", ""]
    for quote in quotes_of(*group):
        where = ", ".join(code(place_text(place)) for place in quote.places)
        other = f" (another article: _{text(titles.get(quote.path, quote.path))}_)" if quote.path != home else ""
        lines.append(f"- {where}{other}: {_quote(quote)}")
    for check in group:
        lines.append(f"- why: {text(check.message)}")
        remedy = remedy_of(check)
        if remedy:
            lines.append(f"  would agree: {text(remedy)}")
    lines.append("")
    return lines


def _quote(quote: Quote) -> str:
    return "“" + "".join(f"**{text(piece)}**" if is_figure else text(piece) for piece, is_figure in quote.pieces) + "”"
