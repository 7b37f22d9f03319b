"""The gap in points between two printed growth rates (validator/rate_gaps.py):

    高端制造业和数字产业增加值同比分别增长11.4%和8.3%，增速分别比全部工业快5.2和2.1个百分点。
    其中甲省出口1250.4亿元，增长18.6%；进口980.2亿元，下降3%。出口增幅大于进口21.6个百分点。

Each gap is a pp_change from the rate it is measured against to the subject's rate, checked by
point-change: it passes as printed and fails when one figure is altered. Sentences written here,
with made-up regions, industries and numbers.
"""

from __future__ import annotations

import inspect

import pytest

import validator.extract
from validator.pipeline import read_claims, run
from validator.rate_gaps import rate_gaps

from .article_files import write_article


@pytest.fixture(autouse=True)
def _rate_gaps_read(monkeypatch):
    """Until the extractor calls rate_gaps among its readers, these tests call it beside the last."""
    if "rate_gaps" in inspect.getsource(validator.extract):
        return
    last = validator.extract.compound_growths

    def with_gaps(sentences, claims, stated):
        return [*last(sentences, claims, stated), *rate_gaps(sentences, claims, stated)]

    monkeypatch.setattr(validator.extract, "compound_growths", with_gaps)


STATED = [
    ("前三季度，全部工业增加值同比增长6.2%。前三季度，高端制造业和数字产业增加值同比分别增长11.4%和8.3%，"
     "增速分别比全部工业快5.2和2.1个百分点。",
     [("6.2%", "11.4%", "5.2"), ("6.2%", "8.3%", "2.1个百分点")], "5.2", "6.8"),
    ("1-9月，甲省货物贸易进出口总额2230.6亿元，同比增长9.1%；其中出口1250.4亿元，增长18.6%；进口980.2亿元，下降3%。"
     "出口增幅大于进口21.6个百分点。",
     [("3%", "18.6%", "21.6个百分点")], "21.6", "28.1"),
    ("上半年，全市社會消費品零售總額同比增長4.5%。上半年，線上零售額同比增長10.9%，增速比全市社會消費品零售總額高6.4個百分點。",
     [("4.5%", "10.9%", "6.4個百分點")], "10.9%", "14.2%"),
]

NOT_STATED = [
    # no rate of the other is printed
    "前三季度，高端制造业增加值同比增长11.4%，增速比全部工业快5.2个百分点。",
    # the clause compares shares, not growth rates
    "前三季度，高端制造业占比为21.4%，比上年同期提高1.2个百分点。",
    # the rate compared with its own past, not with another subject's
    "上年营收增长9.1%。今年营收同比增长12.3%，增速比上年同期快3.2个百分点。",
]


def _gaps(path) -> list[tuple[str, str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [tuple(claims[relation.claim_in(role)].text for role in ("from", "to", "points"))
            for relation in extraction.relations if relation.construction == "gap-between-growth-rates"]


@pytest.mark.parametrize("text, gaps, figure, altered", STATED, ids=["分别", "大于", "繁体"])
def test_gap_between_two_rates_is_read_and_checked(tmp_path, text, gaps, figure, altered):
    assert sorted(_gaps(write_article(tmp_path, text))) == sorted(gaps)
    checks = [check for check in run([str(write_article(tmp_path, text, "right"))]).checks
              if check.rule == "point-change"]
    assert checks and all(check.outcome == "pass" for check in checks)
    wrong = write_article(tmp_path, text.replace(figure, altered, 1), "wrong")
    assert any(check.rule == "point-change" and check.outcome == "violation" for check in run([str(wrong)]).checks)


@pytest.mark.parametrize("text", NOT_STATED, ids=["无对照", "占比", "与自身往期"])
def test_no_gap_without_both_rates(tmp_path, text):
    assert _gaps(write_article(tmp_path, text)) == []
