"""An article cannot report as past what happens after it was published.

A date the text gives as already reached (截至2022年3月31日) or as the day something was
released (3月15日发布) must not be later than the article's own publication date: a date
after it is a typo in the year or month, or a figure copied from a later report. A date is
compared by the first day it can mean (截至2022年3月 is any day of March), so it is only
wrong when even that day comes after the day of publication. Dates the text looks forward to
(计划, 预计, 将) are not read as past and are not checked.

错误 (wrong), in an article published on 2022-03-18::

    截至2022年12月31日，信也科技累计注册用户数达1.403亿。

    2022-12-31 is nine months after the article appeared.

正确 (right)::

    截至2021年12月31日，信也科技累计注册用户数达1.403亿。
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from validator.corpus import Corpus
from validator.records import Check, DateMention, Location, Span

from ._checks import check_id

ID = "date-order"
SEVERITY = "warning"
SUMMARY = "dates in the text (发布, 截至) are not after the publication date"


def check(corpus: Corpus) -> Iterator[Check]:
    for extraction in corpus.extractions:
        if extraction.published is None:
            continue
        # The day as the article's own time zone counts it: 00:03 on the 18th is the 18th.
        published = datetime.fromisoformat(extraction.published).date()
        for mention in extraction.dates:
            yield _compare(extraction.path, mention, published)


def _compare(path: str, mention: DateMention, published: date) -> Check:
    earliest = date.fromisoformat(mention.earliest)
    passed = earliest <= published
    printed = f"{mention.text} ({mention.context})" if mention.context else mention.text
    if passed:
        message = f"{printed} is not after the publication date {published.isoformat()}"
    else:
        message = (f"{printed} is after the publication date {published.isoformat()} even at its "
                   f"earliest ({earliest.isoformat()}): a date still to come cannot be reported as past")
    return Check(
        id=check_id(ID, [], salt=_where(path, mention.span)),
        rule=ID,
        outcome="pass" if passed else "violation",
        severity=None if passed else SEVERITY,
        message=message,
        expected=f"on or before {published.isoformat()}",
        actual=mention.text,
        locations=(Location(path=path, text=mention.text, value=None, unit=None, **mention.span.model_dump()),),
    )


def _where(path: str, span: Span) -> str:
    """A date is no claim: its check is named by where it stands, stable across runs."""
    return f"{path}#{span.line}:{span.column}-{span.end_line}:{span.end_column}"
