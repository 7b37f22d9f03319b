"""An article's body must start and end with a whole sentence.

Feeds and scrapers cut articles: the body then opens in the middle of a sentence (with a
comma, a closing bracket, or the figure a lost clause was about) or stops before its final
punctuation. Figures next to the cut have lost their subject and period, so an editor should
see the whole article before any of it is checked or published. Dates and years are ordinary
openings (2021年，…; 3月15日，…); a figure opens a cut only when a comma or full stop follows
it at once (18亿元，同比增长近三成。), since a lead may well start with a figure that has its
own subject after it (12万户小微企业获得贷款支持。).

错误 (wrong)::

    18亿元，同比增长近三成。
    ……新网银行已累计提交超400项技术专利申请，获批超100项，并积极推进

    The first sentence lost its subject (which 18亿元?); the last one stops mid-clause.

正确 (right)::

    2021年，新网银行实现净利润9.18亿元，同比增长近三成。
    ……新网银行已累计提交超400项技术专利申请，获批超100项，并积极推进发明专利与银行业务相融合。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator.corpus import Corpus
from validator.records import Check, Claim, Extraction, Location, TextEdge

from ._checks import check_id

ID = "truncated-text"
SEVERITY = "warning"
SUMMARY = "the body does not start or end mid-sentence (an article cut by its feed)"

# Characters that only ever continue a sentence (the text is NFKC: ，is "," and ）is ")").
_CONTINUATIONS = "，。、；：,.;:）)」』”’…！？!?"
# Punctuation after which a figure was the end of a clause whose subject was cut away.
_CLAUSE_AFTER_FIGURE = "，,、；;。"
# Characters that end a sentence: full stops, and the quotes or brackets that close after one.
_TERMINALS = "。！？!?….”」』）)\"'’】]"
# A cut English word ("ed by the board,"), told apart from lowercase brands (vivo X90, iPhone).
_CUT_LATIN = re.compile(r"[a-z]+(?:[,.;:]| [a-z])")


def check(corpus: Corpus) -> Iterator[Check]:
    for extraction in corpus.extractions:
        if extraction.opening is not None:
            yield _opening(extraction, extraction.opening)
        if extraction.closing is not None:
            yield _closing(extraction.path, extraction.closing)


def _opening(extraction: Extraction, opening: TextEdge) -> Check:
    figure = _leading_figure(extraction, opening)
    if figure is not None:
        cut = f"starts with the figure {figure.text} whose subject is missing"
    elif opening.text[:1] in _CONTINUATIONS:
        cut = f"starts with “{opening.text[:1]}”, which only continues a sentence"
    elif _CUT_LATIN.match(opening.text):
        cut = "starts inside an English sentence"
    else:
        cut = None
    if cut is None:
        return _edge_check(extraction.path, "opening", opening, passed=True,
                           message="the body starts with a whole sentence")
    return _edge_check(extraction.path, "opening", opening, passed=False,
                       message=f"the body starts mid-sentence: “{opening.text}” {cut}; "
                               "the article may have been cut at its start")


def _leading_figure(extraction: Extraction, opening: TextEdge) -> Claim | None:
    """The figure the body opens with, when a clause break follows it directly."""
    body = [claim for claim in extraction.claims if claim.source == "body"]
    if not body:
        return None
    first = min(body, key=lambda claim: (claim.sentence_index, claim.offset))
    if (first.span.line, first.span.column) != (opening.span.line, opening.span.column):
        return None
    if not opening.text.startswith(first.text):
        return None
    following = opening.text[len(first.text):len(first.text) + 1]
    return first if following and following in _CLAUSE_AFTER_FIGURE else None


def _closing(path: str, closing: TextEdge) -> Check:
    last = closing.text[-1:]
    if last and last in _TERMINALS:
        return _edge_check(path, "closing", closing, passed=True,
                           message="the body ends with a whole sentence")
    return _edge_check(path, "closing", closing, passed=False,
                       message=f"the body ends mid-sentence: “{closing.text}” stops at “{last}” "
                               "without a full stop; the article may have been cut at its end")


def _edge_check(path: str, edge: str, text: TextEdge, *, passed: bool, message: str) -> Check:
    span = text.span
    where = f"{path}#{edge}@{span.line}:{span.column}-{span.end_line}:{span.end_column}"
    return Check(
        id=check_id(ID, [], salt=where),
        rule=ID,
        outcome="pass" if passed else "violation",
        severity=None if passed else SEVERITY,
        message=message,
        expected="a whole sentence",
        actual=text.text,
        locations=(Location(path=path, text=text.text, value=None, unit=None, **span.model_dump()),),
    )
