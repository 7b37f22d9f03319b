"""date-order on hand-built extractions: dates are no claims, so their checks are built here."""

from __future__ import annotations

from rules import date_order
from validator.corpus import Corpus
from validator.records import DateMention, Extraction, Span


def _mention(text: str, earliest: str, line: int) -> DateMention:
    return DateMention(text=text, span=Span(line=line, column=3, end_line=line, end_column=3 + len(text)),
                       earliest=earliest, context="截至")


def _checks(published: str | None, *mentions: DateMention):
    extraction = Extraction(path="a.txt", title=None, published=published, entity=None,
                            report_period=None, dates=mentions)
    return list(date_order.check(Corpus([extraction])))


def test_document_without_publication_date_is_silent():
    assert _checks(None, _mention("2022年12月31日", "2022-12-31", 8)) == []


def test_publication_day_counts_in_the_articles_time_zone():
    # 00:30 in Beijing is still the previous day in UTC: the article's own day decides.
    (check,) = _checks("2022-03-31T00:30:00+08:00", _mention("2022年3月31日", "2022-03-31", 8))
    assert check.outcome == "pass"


def test_date_after_publication_is_violated_with_its_location():
    (check,) = _checks("2022-03-18T10:00:00+08:00", _mention("2022年12月31日", "2022-12-31", 9))
    assert check.outcome == "violation" and check.severity == "warning"
    assert check.locations[0].line == 9 and check.locations[0].text == "2022年12月31日"


def test_two_mentions_of_one_date_get_distinct_stable_ids():
    mentions = (_mention("2021年12月31日", "2021-12-31", 8), _mention("2021年12月31日", "2021-12-31", 11))
    first, second = _checks("2022-03-18T10:00:00+08:00", *mentions), _checks("2022-03-18T10:00:00+08:00", *mentions)
    assert [check.id for check in first] == [check.id for check in second]
    assert first[0].id != first[1].id
