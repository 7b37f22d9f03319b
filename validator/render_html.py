"""The editors' report as a standalone HTML page: one file to mail, archive or open in a browser.

The page says what the terminal report says, from the same pieces (``render.articles_of``,
``quotes_of``, ``remedy_of``, ``summary_rows``), laid out as HTML rather than recorded from
the terminal: box drawing and a monospace grid do not survive a browser's CJK fonts.
Every piece of article text is escaped, and the page carries no script at all; its
Content-Security-Policy forbids scripts too, so that even a missed escape could not run one.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from .records import Check, Report
from .render import (SEVERITIES, Article, Quote, articles_of, counts_text, elsewhere_by_home, finding_groups,
                     findings_words,
                     place_text, document_facts, quotes_of, remedy_of, summary_rows, suppressed_words,
                     title_of, unchecked_words)

_STYLE = """
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif;
       margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; line-height: 1.55; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
.verdict { margin-top: 0; color: #444; }
section.article { color: #1d1d1f; border: 2px solid #2e7d32; border-radius: 8px; padding: .6rem 1rem; margin: 1.2rem 0; }
section.article.error { border-color: #c62828; }
section.article.warning { border-color: #b26a00; }
section.article.info { border-color: #00838f; }
section.article > header h2 { font-size: 1.15rem; margin: .2rem 0; }
.counts { float: right; font-weight: 600; margin: .3rem 0 0 1rem; }
.meta { color: #555; margin: 0 0 .4rem; font-size: .92rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .88em; word-break: break-all; }
h3.severity { font-size: 1rem; border-bottom: 1px solid currentColor; margin: 1rem 0 .4rem; }
.badge { display: inline-block; font-weight: 700; font-size: .8rem; letter-spacing: .04em;
         padding: 0 .45em; border-radius: 4px; color: #fff; margin-right: .4em; }
.error { color: #c62828; } .warning { color: #b26a00; } .info { color: #00838f; } .pass { color: #2e7d32; }
.badge.error { background: #c62828; color: #fff; } .badge.warning { background: #b26a00; color: #fff; }
.badge.info { background: #00838f; color: #fff; } .badge.pass { background: #2e7d32; color: #fff; }
article.finding { margin: .6rem 0 1rem; color: #1d1d1f; }
article.finding dl { display: grid; grid-template-columns: 7.5rem 1fr; gap: .15rem .8rem; margin: .3rem 0 0 1rem; }
article.finding dt { color: #666; }
article.finding dd { margin: 0; overflow-wrap: anywhere; }
blockquote { margin: 0; }
mark { background: #fff1a8; font-weight: 700; padding: 0 .1em; }
mark.printed { background: #ffd0d0; text-decoration: underline; }
table.summary { border-collapse: collapse; margin-top: .4rem; }
table.summary td { padding: .15rem 1.2rem .15rem 0; border-bottom: 1px solid #e3e3e3; }
table.summary td.count { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: .6rem 0; } details li { margin: .2rem 0; }
.note { color: #666; font-size: .9rem; }
"""

# No script, no external resource: the page is read offline and may hold hostile text.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def report_html(report: Report) -> str:
    """A standalone page of the editors' report: a section per article, then the summary."""
    summary = report.summary
    verdict = (f"{summary.errors} error{'s' * (summary.errors != 1)}, "
               f"{summary.warnings} warning{'s' * (summary.warnings != 1)}, {summary.info} info "
               f"in {summary.documents} document{'s' * (summary.documents != 1)}")
    titles = {document.path: title_of(document) for document in report.documents}
    body = [f'<header><h1>factcheck report</h1><p class="verdict">{escape(verdict)}</p></header>']
    body.extend(_article(article, titles) for article in articles_of(report))
    body.append(_summary(report))
    return ("<!DOCTYPE html>\n"
            '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>factcheck report — {escape(verdict)}</title>\n"
            f"<style>{_STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(body)
            + "\n</body>\n</html>\n")


def _article(article: Article, titles: dict[str, str]) -> str:
    document = article.document
    worst = next((severity for severity in SEVERITIES if article.count(severity)
                  or any(check.severity == severity for check, _ in article.elsewhere)), "pass")
    if document.error:
        worst = "error"
    facts = document_facts(document)
    parts = [f'<section class="article {worst}">',
             "<header>",
             f'<p class="counts {worst}">{escape(counts_text(article))}</p>',
             f"<h2>{escape(title_of(document))}</h2>",
             f'<p class="meta">{escape(" · ".join(facts))}<br><code>{escape(document.path)}</code></p>',
             "</header>"]
    if document.error:
        parts.append(f'<p><span class="badge error">COULD NOT READ</span>{escape(document.error)}</p>'
                     '<p class="note">This article was not checked.</p>')
    for severity in SEVERITIES:
        found = [check for check in article.violations if check.severity == severity]
        if found:
            noun = severity if len(found) == 1 or severity == "info" else severity + "s"
            parts.append(f'<h3 class="severity {severity}">{len(found)} {noun}</h3>')
            parts.extend(_finding(group, titles, document.path) for group in finding_groups(found))
    for home, checks in elsewhere_by_home(article):
        worst_there = next(severity for severity in SEVERITIES if any(c.severity == severity for c in checks))
        parts.append(f'<p><span class="badge {worst_there}">{worst_there.upper()}</span>'
                     f"also concerning this article: {escape(findings_words(checks))}, shown under "
                     f"<em>{escape(titles.get(home, home))}</em> (<code>{escape(home)}</code>)</p>")
    if not article.violations and not article.elsewhere and not document.error:
        parts.append(f'<p><span class="badge pass">OK</span>no violations; {len(article.passed)} checks passed</p>')
    if article.suppressed:
        parts.append(f'<p class="note">{escape(suppressed_words(article))}</p>')
    if article.passed:
        items = "".join(_passed(check, document.path) for check in article.passed)
        parts.append(f'<details><summary class="pass">{len(article.passed)} checks passed '
                     f"(what was verified)</summary><ul>{items}</ul></details>")
    parts.append("</section>")
    return "\n".join(parts)


def _finding(group: Sequence[Check], titles: dict[str, str], home: str) -> str:
    first = group[0]
    severity = first.severity or "info"
    rows = []
    for quote in quotes_of(*group):
        if quote.path != home:
            rows.append(f"<dt>article</dt><dd><em>{escape(titles.get(quote.path, quote.path))}</em> "
                        "(another article)</dd>")
        for place in quote.places:
            figure = f" {escape(place.text)}" if place.sentence is not None else ""
            rows.append(f"<dt>where</dt><dd><code>{escape(place_text(place))}</code>{figure}</dd>")
        rows.append(f"<dt>sentence</dt><dd><blockquote>{_quote(quote, {c.actual for c in group})}</blockquote></dd>")
    for check in group:
        rows.append(f"<dt>why</dt><dd>{escape(check.message)}</dd>")
        remedy = remedy_of(check)
        if remedy:
            rows.append(f"<dt>would agree</dt><dd>{escape(remedy)}</dd>")
    count = f' <span class="note">{len(group)} findings in the same sentences</span>' if len(group) > 1 else ""
    return (f'<article class="finding {severity}"><div><span class="badge {severity}">{severity.upper()}</span>'
            f"<strong>{escape(first.rule)}</strong>{count}</div><dl>{''.join(rows)}</dl></article>")


def _quote(quote: Quote, actuals: set[str | None]) -> str:
    pieces = []
    for text, is_figure in quote.pieces:
        if is_figure:
            printed = ' class="printed"' if text in actuals else ""
            pieces.append(f"<mark{printed}>{escape(text)}</mark>")
        else:
            pieces.append(escape(text))
    return "“" + "".join(pieces) + "”"


def _passed(check: Check, home: str) -> str:
    places = ", ".join(escape(place_text(location) if location.path != home else f"{location.line}:{location.column}")
                       for location in check.locations)
    return (f'<li><span class="badge pass">PASS</span><strong>{escape(check.rule)}</strong> '
            f'{escape(check.message)} <span class="note">({places})</span></li>')


def _summary(report: Report) -> str:
    rows = "".join(f'<tr class="{escape(name)}"><td>{escape(label)}</td><td class="count">{escape(value)}</td></tr>'
                   for name, label, value in summary_rows(report.summary))
    return (f'<section class="summary"><h2>Summary</h2><table class="summary">{rows}</table>'
            f'<p class="note">{escape(unchecked_words(report.summary))}</p></section>')
