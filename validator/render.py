"""Renderers: pure functions from records to rich renderables or JSON text."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic_core import PydanticSerializationError
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from . import __version__
from .entities import UNNAMED_PREFIX
from .script import simplified
from .records import (Check, ClaimsDocument, ClaimsReport, DocumentSummary, Extraction, Location, Record, Report,
                      Summary, Tool, decimal_text)

def _json(record: Record) -> str:
    """The record as indented JSON, non-ASCII characters as themselves.

    pydantic's serialiser writes the same text as ``json.dumps(..., ensure_ascii=False,
    indent=2)`` several times faster; a string it cannot encode (a file name carrying a lone
    surrogate) falls back to the standard library, which passes it through as before.
    """
    try:
        return record.model_dump_json(indent=2, by_alias=True)
    except PydanticSerializationError:
        return json.dumps(record.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2)


def claims_json(extractions: Sequence[Extraction]) -> str:
    return _json(ClaimsReport(tool=Tool(version=__version__),
                              documents=tuple(_claims_document(e) for e in extractions)))


def _claims_document(extraction: Extraction) -> ClaimsDocument:
    return ClaimsDocument(path=extraction.path, title=extraction.title, published=extraction.published,
                          entity=extraction.entity, report_period=extraction.report_period,
                          error=extraction.error, claims=extraction.claims, relations=extraction.relations)


def report_json(report: Report) -> str:
    return _json(report)


def write_report_json(write: Callable[[str], object], head: Report, checks: Iterable[Check]) -> None:
    """``report_json`` of ``head`` with ``checks`` in place of its own, written a check at a
    time: the report of an archive is gigabytes of text, never held whole."""
    _write_streamed(write, head.model_copy(update={"checks": ()}), "checks", checks)


def write_claims_json(write: Callable[[str], object], extractions: Iterable[Extraction]) -> None:
    """``claims_json`` of ``extractions``, written a document at a time."""
    head = ClaimsReport(tool=Tool(version=__version__), documents=())
    _write_streamed(write, head, "documents", (_claims_document(e) for e in extractions))


def _write_streamed(write: Callable[[str], object], head: Record, field: str, items: Iterable[Record]) -> None:
    """The text ``_json`` gives ``head`` with ``items`` as its top-level list ``field`` (empty
    in ``head``), byte for byte, one item at a time."""
    empty = f'\n  "{field}": []'  # top-level keys alone stand at two spaces
    before, after = _json(head).split(empty)
    write(before + f'\n  "{field}": [')
    separator = "\n"
    for item in items:
        write(separator + textwrap.indent(_json(item), "    "))
        separator = ",\n"
    write(("\n  ]" if separator == ",\n" else "]") + after)


def _interval_text(lower, upper) -> str:
    low, high = decimal_text(lower), decimal_text(upper)
    if low == high:
        return low or ""
    return f"[{low if low is not None else '−∞'}, {high if high is not None else '∞'}]"


def claims_tables(extractions: Sequence[Extraction]) -> RenderableType:
    parts: list[RenderableType] = []
    for extraction in extractions:
        if extraction.error:
            parts.append(Text(f"{extraction.path}: {extraction.error}", style="bold red"))
            continue
        table = Table(title=f"{extraction.path} — {extraction.title or ''}", title_justify="left",
                      caption=f"entity {extraction.entity or '?'} · reports on {extraction.report_period or '?'}"
                              f" · {len(extraction.claims)} claims", caption_justify="left")
        for column in ("where", "kind", "figure", "value", "interval", "metric", "period", "entity"):
            table.add_column(column, overflow="fold")
        for claim in extraction.claims:
            printed = simplified(claim.text)  # the qualifier is read in simplified characters
            figure = (claim.qualifier or "") + claim.text if claim.qualifier and claim.qualifier not in printed else claim.text
            table.add_row(
                f"{claim.span.line}:{claim.span.column}" + (" (title)" if claim.source == "title" else ""),
                claim.kind,
                figure,
                f"{decimal_text(claim.value)} {claim.unit or ''}".strip(),
                _interval_text(claim.lower, claim.upper),
                claim.metric_key or "—",
                claim.period or "—",
                claim.entity or "—",
            )
        parts.append(table)
    return Group(*parts)


# --- the editors' report --------------------------------------------------------------------
# The pieces below (which article a finding belongs to, the sentence around its figures, the
# arithmetic and the figure that would agree) are shared by the terminal, markdown and HTML
# reports, so the three say the same thing in the same words.

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
# Severity is always a word as well as a colour: a report read without colour (a pipe, a
# printout, NO_COLOR, colour blindness) must lose nothing.
_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan", "pass": "green"}
_FIGURE_STYLE = "bold underline"
# Around each figure, this many characters of its sentence are kept; a longer stretch between
# figures is elided, so a 300-character sentence does not bury the three figures that matter.
_CONTEXT_CHARS = 40
_SHORT_SENTENCE = 120

_SUMMARY_LABELS = {
    "documents": "documents",
    "claims": "figures read",
    "claims_checked": "figures used by a check",
    "checks": "checks",
    "passed": "checks passed",
    "errors": "errors",
    "warnings": "warnings",
    "info": "info",
    "unreadable": "unreadable documents",
    "suppressed": "suppressed findings",
}


@dataclass(frozen=True)
class Quote:
    """The figures of one check that stand in one sentence, and that sentence cut into
    pieces: (text, is_figure), with long stretches away from the figures elided."""

    path: str
    places: tuple[Location, ...]
    pieces: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Article:
    """One document as the report shows it: its own findings, most severe first; findings
    shown under another article that also name a figure of this one; its passed checks."""

    document: DocumentSummary
    violations: tuple[Check, ...]
    elsewhere: tuple[tuple[Check, str], ...]  # (check, path of the article it is shown under)
    passed: tuple[Check, ...]
    suppressed: tuple[Check, ...] = ()  # silenced by a suppression comment or a baseline

    def count(self, severity: str) -> int:
        return sum(1 for check in self.violations if check.severity == severity)


def articles_of(report: Report) -> list[Article]:
    """Every document of the report with the checks that concern it.

    A check is shown under the article of its first figure (the one its message names
    first); a finding across reports is pointed to from the other articles it names.
    """
    documents = {document.path: document for document in report.documents}
    order = list(documents)
    own: dict[str, list[Check]] = {path: [] for path in order}
    elsewhere: dict[str, list[tuple[Check, str]]] = {path: [] for path in order}
    passed: dict[str, list[Check]] = {path: [] for path in order}
    silenced: dict[str, list[Check]] = {path: [] for path in order}
    for check in report.checks:
        paths = list(dict.fromkeys(location.path for location in check.locations)) or [order[0] if order else ""]
        home = paths[0]
        if home not in documents:  # a location outside the listed documents: show it anyway
            documents[home] = DocumentSummary(path=home, title=None, published=None, entity=None,
                                              claims=0, error=None)
            order.append(home)
            own[home], elsewhere[home], passed[home], silenced[home] = [], [], [], []
        if check.outcome != "violation":
            passed[home].append(check)
            continue
        if suppression_of(check):
            silenced[home].append(check)
            continue
        own[home].append(check)
        for other in paths[1:]:
            if other in elsewhere:
                elsewhere[other].append((check, home))
    return [
        Article(document=documents[path],
                violations=tuple(sorted(own[path], key=_severity_rank)),
                elsewhere=tuple(sorted(elsewhere[path], key=lambda pair: _severity_rank(pair[0]))),
                passed=tuple(passed[path]),
                suppressed=tuple(silenced[path]))
        for path in order
    ]


def suppression_of(check: Check) -> str | None:
    """Why a violation is silenced (a suppression comment, the front matter, a baseline), on
    records that say so; such a violation is counted apart and listed, not shown as a finding."""
    return getattr(check, "suppression", None)


def suppressed_words(article: Article) -> str:
    reasons = ", ".join(sorted({f"{check.rule} ({suppression_of(check)})" for check in article.suppressed}))
    return f"{_count(len(article.suppressed), 'finding')} suppressed, not counted: {reasons}"


def _severity_rank(check: Check) -> int:
    return SEVERITIES.index(check.severity) if check.severity in SEVERITIES else len(SEVERITIES)


def _sentence_key(location: Location) -> tuple[str, str]:
    return (location.path, location.sentence if location.sentence is not None else f"\0{location.text}")


def finding_groups(checks: Sequence[Check]) -> list[tuple[Check, ...]]:
    """Checks of one rule and severity over the very same sentences, together: four figures of
    one sentence each printed in % where points are meant are one sentence to fix, shown once."""
    groups: dict[tuple, list[Check]] = {}
    for check in checks:
        sentences = tuple(sorted({_sentence_key(location) for location in check.locations}))
        groups.setdefault((check.rule, check.severity, check.outcome, sentences), []).append(check)
    return [tuple(group) for group in groups.values()]


def quotes_of(*checks: Check) -> list[Quote]:
    """The checks' figures grouped by the sentence they stand in, in the order named."""
    grouped: dict[tuple[str, str], list[Location]] = {}
    seen: set[tuple[str, int, int]] = set()
    for location in (location for check in checks for location in check.locations):
        if (location.path, location.line, location.column) in seen:
            continue
        seen.add((location.path, location.line, location.column))
        grouped.setdefault(_sentence_key(location), []).append(location)
    quotes = []
    for (path, _), places in grouped.items():
        sentence = places[0].sentence
        if sentence is None:  # a location that is itself a sentence (or found in none)
            pieces: tuple[tuple[str, bool], ...] = ((places[0].text, False),)
        else:
            spans = sorted({location.sentence_span for location in places if location.sentence_span})
            pieces = _cut(sentence, spans)
        quotes.append(Quote(path=path, places=tuple(places), pieces=pieces))
    return quotes


def _cut(sentence: str, spans: list[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    position = 0
    long = len(sentence) > _SHORT_SENTENCE
    for start, end in spans:
        if start < position:  # overlapping figures: the first one wins
            continue
        pieces.append((_elided(sentence[position:start], first=position == 0, last=False, long=long), False))
        pieces.append((sentence[start:end], True))
        position = end
    pieces.append((_elided(sentence[position:], first=position == 0, last=True, long=long), False))
    return tuple((text, figure) for text, figure in pieces if text)


def _elided(stretch: str, *, first: bool, last: bool, long: bool) -> str:
    """A stretch of a long sentence between figures, kept only near them."""
    if not long:
        return stretch
    if first and last:
        return stretch if len(stretch) <= _SHORT_SENTENCE else stretch[:_SHORT_SENTENCE] + "…"
    if first:
        return stretch if len(stretch) <= _CONTEXT_CHARS else "…" + stretch[-_CONTEXT_CHARS:]
    if last:
        return stretch if len(stretch) <= _CONTEXT_CHARS else stretch[:_CONTEXT_CHARS] + "…"
    if len(stretch) <= 2 * _CONTEXT_CHARS:
        return stretch
    return stretch[:_CONTEXT_CHARS] + "…" + stretch[-_CONTEXT_CHARS:]


def place_text(location: Location) -> str:
    return f"{location.path}:{location.line}:{location.column}"


def remedy_of(check: Check) -> str | None:
    """What would make the text consistent (a figure or a range, where the arithmetic gives
    one), with what is printed instead when the message does not already say it."""
    if check.outcome != "violation" or not check.expected:
        return None
    if check.actual and check.actual not in check.message:
        return f"{check.expected}; the text prints {check.actual}"
    return check.expected


def summary_rows(summary: Summary) -> list[tuple[str, str, str]]:
    """(field, label, value) for every count the summary carries, known fields first."""
    data = summary.model_dump()
    rows = []
    for name in [*_SUMMARY_LABELS, *(name for name in data if name not in _SUMMARY_LABELS)]:
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            continue
        rows.append((name, _SUMMARY_LABELS.get(name, name.replace("_", " ")), str(value)))
    return rows


def title_of(document: DocumentSummary) -> str:
    return document.title or Path(document.path).name


def counts_text(article: Article) -> str:
    if article.document.error:
        return "could not be read"
    counted = [_count(article.count(severity), severity) for severity in SEVERITIES if article.count(severity)]
    text = ", ".join(counted) if counted else "no violations"
    if article.elsewhere:
        text += f" · {len(article.elsewhere)} more shown under another article"
    return text


def elsewhere_by_home(article: Article) -> list[tuple[str, list[Check]]]:
    """The cross-article findings that name this article, by the article they are shown under."""
    grouped: dict[str, list[Check]] = {}
    for check, home in article.elsewhere:
        grouped.setdefault(home, []).append(check)
    return list(grouped.items())


def findings_words(checks: Sequence[Check]) -> str:
    """"3 warnings (repeated-figure), 1 error (growth-prior)": severity and rule, most severe first."""
    words = []
    for severity in SEVERITIES:
        of_severity = [check for check in checks if check.severity == severity]
        if of_severity:
            rules = ", ".join(dict.fromkeys(check.rule for check in of_severity))
            words.append(f"{_count(len(of_severity), severity)} ({rules})")
    return ", ".join(words)


def published_day(document: DocumentSummary) -> str | None:
    return document.published[:10] if document.published else None


def document_facts(document: DocumentSummary) -> list[str]:
    """Publication day, entity and figures read, as far as they are known."""
    entity = document.entity
    if entity and entity.startswith(UNNAMED_PREFIX):  # the extractor's placeholder, not a name
        entity = "not named"
    if document.archived:  # an article of the archive a finding names: its figures were read before
        return [fact for fact in ("from the archive (already published)",
                                  published_day(document) and f"published {published_day(document)}",
                                  entity and f"entity {entity}") if fact]
    return [fact for fact in (published_day(document) and f"published {published_day(document)}",
                              entity and f"entity {entity}",
                              None if document.error else f"{_count(document.claims, 'figure')} read") if fact]


# --- rich ------------------------------------------------------------------------------------

# Chinese text has no spaces, so a terminal wrap may fall between any two characters, but never
# inside a figure (24.7%, 1.263亿, NYSE:FINV) nor before closing punctuation (the kinsoku rule:
# a line does not start with ，。；” or %).
_NO_BREAK_BEFORE = frozenset("，。、；：？！”’）》」』】,.;:?!)%‰…·")
_NO_BREAK_AFTER = frozenset("“‘（《「『【(")


def _unbreakable(left: str, right: str) -> bool:
    if right in _NO_BREAK_BEFORE or left in _NO_BREAK_AFTER:
        return True
    if left.isascii() and left.isdigit():  # 50.7|万家: a figure keeps its magnitude and unit
        return True
    return (left.isascii() and right.isascii() and (left.isalnum() or left in ".%-+/:")
            and (right.isalnum() or right in ".%-+/:"))


class _ChineseWrapped:
    """A text wrapped at character boundaries a Chinese reader accepts, to the width given."""

    def __init__(self, text: Text):
        self.text = text

    def __rich_measure__(self, console, options):
        return Measurement(1, cell_len(self.text.plain))

    def __rich_console__(self, console, options):
        width = max(options.max_width, 8)
        plain = self.text.plain
        breaks: list[int] = []
        line_start, used, last_break = 0, 0, None
        for index, character in enumerate(plain):
            if index > line_start and not _unbreakable(plain[index - 1], character):
                last_break = index
            used += cell_len(character)
            if used > width and index > line_start:
                cut = last_break if last_break and last_break > line_start else index
                breaks.append(cut)
                line_start, last_break = cut, None
                used = cell_len(plain[cut:index + 1])
        for line in self.text.divide(breaks):
            line.no_wrap, line.overflow = True, "fold"
            yield line

def _text(*parts: str | tuple[str, str], style: str = "") -> Text:
    # Wrapped whatever the console's soft_wrap: a panel must keep long sentences inside it.
    text = Text(no_wrap=False, overflow="fold", style=style)
    for part in parts:
        if isinstance(part, tuple):
            text.append(*part)
        else:
            text.append(part)
    return text


def _quote_text(quote: Quote, actuals: set[str | None], severity_style: str) -> Text:
    text = _text("“")
    for piece, is_figure in quote.pieces:
        if is_figure:
            text.append(piece, style=f"{_FIGURE_STYLE} {severity_style}" if piece in actuals else _FIGURE_STYLE)
        else:
            text.append(piece)
    text.append("”")
    return text


def _finding(group: Sequence[Check], titles: dict[str, str], home: str) -> RenderableType:
    first = group[0]
    severity = first.severity if first.outcome == "violation" else "pass"
    style = _SEVERITY_STYLE.get(severity, "")
    header = _text((f"{severity.upper():<8}", style), (first.rule, "bold"))
    if len(group) > 1:
        header.append(f"  {len(group)} findings in the same sentences", style="dim")
    # Locations get the panel's whole width, so that a long path is not cut in two; the
    # sentence below them hangs further in, and the words line up in a grid.
    parts: list[RenderableType] = [_text(), header]
    for quote in quotes_of(*group):
        if quote.path != home:
            parts.append(Padding(_text("in ", (titles.get(quote.path, quote.path), "italic"), " (another article)"),
                                 (0, 0, 0, 2)))
        for place in quote.places:
            parts.append(Padding(_text(place_text(place), (f" {place.text}" if place.sentence is not None else "")),
                                 (0, 0, 0, 2)))
        parts.append(Padding(_ChineseWrapped(_quote_text(quote, {check.actual for check in group}, style)),
                             (0, 0, 0, 6)))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for check in group:
        grid.add_row("why", _text(check.message))
        remedy = remedy_of(check)
        if remedy:
            grid.add_row("would agree", _text(remedy))
    parts.append(Padding(grid, (0, 0, 0, 2)))
    return Group(*parts)


def _passed_list(checks: Sequence[Check], home: str) -> Table:
    """Passed checks, one a row with a hanging indent; places in another article name its file."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for check in checks:
        text = _text((check.rule, "bold"), " ", check.message)
        places = ", ".join(("" if location.path == home else f"{Path(location.path).name}:")
                           + f"{location.line}:{location.column}" for location in check.locations)
        if places:
            text.append(f"  ({places})", style="dim")
        grid.add_row(Text("PASS", style=_SEVERITY_STYLE["pass"]), text)
    return grid


def _article_panel(article: Article, titles: dict[str, str], show_passed: bool) -> Panel:
    document = article.document
    parts: list[RenderableType] = [_ChineseWrapped(_text((title_of(document), "bold")))]
    facts = document_facts(document)
    meta = _text(" · ".join(facts), style="dim") if facts else _text()
    if facts:
        meta.append("\n")
    meta.append(document.path, style="dim")
    parts.append(meta)
    if document.error:
        parts.append(_text(("COULD NOT READ  ", _SEVERITY_STYLE["error"]), document.error))
        parts.append(_text("This article was not checked.", style="dim"))
        border = "red"
    else:
        for severity in SEVERITIES:
            found = [check for check in article.violations if check.severity == severity]
            if not found:
                continue
            parts.append(Rule(_text((_count(len(found), severity).upper(), _SEVERITY_STYLE[severity])),
                              align="left", style=_SEVERITY_STYLE[severity].replace("bold ", "")))
            parts.extend(_finding(group, titles, document.path) for group in finding_groups(found))
        for home, checks in elsewhere_by_home(article):
            worst = min(checks, key=_severity_rank).severity or ""
            pointer = Table.grid(padding=(0, 1))
            pointer.add_column(no_wrap=True)
            pointer.add_column(overflow="fold")
            pointer.add_row(Text(worst.upper(), style=_SEVERITY_STYLE.get(worst, "")),
                            _text(f"also concerning this article: {findings_words(checks)}, shown under ",
                                  (titles.get(home, home), "italic"), "\n", (home, "dim")))
            parts.extend([_text(), pointer])
        if not article.violations and not article.elsewhere:
            parts.append(_text(("OK  ", _SEVERITY_STYLE["pass"]),
                               f"no violations; {_count(len(article.passed), 'check')} passed"))
        if article.suppressed:
            parts.append(_text(suppressed_words(article), style="dim"))
        if show_passed and article.passed:
            parts.append(_text())
            parts.append(Rule(_text((f"{len(article.passed)} PASSED", _SEVERITY_STYLE["pass"])),
                              align="left", style="green"))
            parts.append(_passed_list(article.passed, document.path))
        worst = next((severity for severity in SEVERITIES if article.count(severity)
                      or any(check.severity == severity for check, _ in article.elsewhere)), None)
        border = {"error": "red", "warning": "yellow", "info": "cyan"}.get(worst or "", "green")
    return Panel(Group(*parts), title=_text(counts_text(article)), title_align="left",
                 border_style=border, padding=(0, 1))


def summary_table(summary: Summary) -> Table:
    table = Table(title="Summary", title_justify="left", show_header=False, box=None,
                  title_style="bold", padding=(0, 2))
    table.add_column("what")
    table.add_column("count", justify="right")
    alarming = {"errors": _SEVERITY_STYLE["error"], "warnings": _SEVERITY_STYLE["warning"],
                "info": _SEVERITY_STYLE["info"], "unreadable": _SEVERITY_STYLE["error"]}
    for name, label, value in summary_rows(summary):
        style = alarming.get(name, "") if value not in ("0", "") else ""
        table.add_row(label, Text(value, style=style))
    return table


def report_renderable(report: Report, show_passed: bool = False, *, quiet: bool = False) -> RenderableType:
    """The editors' report: a panel per article with its findings, then the summary.

    ``show_passed`` lists the checks that passed too (what was verified); ``quiet`` prints
    the summary only.
    """
    parts: list[RenderableType] = []
    if not quiet:
        titles = {document.path: title_of(document) for document in report.documents}
        parts.extend(_article_panel(article, titles, show_passed) for article in articles_of(report))
    parts.append(_text())
    parts.append(summary_table(report.summary))
    parts.append(summary_text(report))
    return Group(*parts)


def check_text(check: Check) -> Text:
    """One check on one line and its locations below: for a quick listing."""
    label = check.severity if check.outcome == "violation" else "pass"
    text = _text((f"{label:<7} ", _SEVERITY_STYLE.get(label or "", "")), (f"{check.rule} ", "bold"), check.message)
    for location in check.locations:
        text.append(f"\n        {place_text(location)}  ", style="dim")
        text.append(location.text, style="bold")
    remedy = remedy_of(check)
    if remedy:
        text.append(f"\n        {remedy}", style="dim")
    return text


def summary_text(report: Report) -> Text:
    """How much was checked, so that silence about a figure never reads as "verified"."""
    summary = report.summary
    text = _text()
    text.append("factcheck: ", style="bold")
    text.append(_count(summary.errors, "error"), style=_SEVERITY_STYLE["error"] if summary.errors else "green")
    text.append(f", {_count(summary.warnings, 'warning')}, {summary.info} info in "
                f"{_count(summary.documents, 'document')}. ")
    text.append(unchecked_words(summary), style="dim")
    return text


def unchecked_words(summary: Summary) -> str:
    unchecked = summary.claims - summary.claims_checked
    return (f"{_count(unchecked, 'figure')} not checked by any rule: "
            f"silence about {'it' if unchecked == 1 else 'them'} is not a verdict.")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 or noun == "info" else "s")
