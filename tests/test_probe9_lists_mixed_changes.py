"""A 分别 list of changes that rise and fall prints each change's own verb: 利息净收入及非利息净收入
分别为A及B，按年分别增长5.2%及下跌3.4%. Each change is its own item's (the first of the first,
the second of the second), signed by its verb, never the first change of the last item."""

from __future__ import annotations

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run

from .article_files import write_article

SENTENCE = ("{year}上半年，利息净收入及非利息净收入分别为{a}百万元及{b}百万元，按年分别增长{x}及下跌{y}。"
            "上年同期，利息净收入及非利息净收入分别为{pa}百万元及{pb}百万元。")
TRADITIONAL = ("{year}上半年，利息淨收入及非利息淨收入分別為港幣{a}百萬元及港幣{b}百萬元，按年分別增長{x}及下跌{y}。"
               "上年同期，利息淨收入及非利息淨收入分別為港幣{pa}百萬元及港幣{pb}百萬元。")
FIGURES = dict(year="2024年", a="21,630", b="3,208", x="6.3%", y="4.1%", pa="20,348", pb="3,345")


def _growths(path):
    extraction = extract(read_document(str(path)))
    by_id = {claim.id: claim for claim in extraction.claims}
    return {claim.text: by_id[claim.of_claim].text for claim in extraction.claims
            if claim.kind == "growth" and claim.of_claim}


@pytest.mark.parametrize("template", [SENTENCE, TRADITIONAL])
def test_each_change_is_its_own_items(tmp_path, template):
    growths = _growths(write_article(tmp_path, template.format(**FIGURES)))
    assert (growths["6.3%"], growths["4.1%"]) == ("21,630百万元" if template is SENTENCE else "21,630百萬元",
                                                  "3,208百万元" if template is SENTENCE else "3,208百萬元")


@pytest.mark.parametrize("template", [SENTENCE, TRADITIONAL])
def test_the_list_passes_as_printed(tmp_path, template):
    checks = [check for check in run([str(write_article(tmp_path, template.format(**FIGURES)))]).checks
              if check.rule == "growth-prior"]
    assert len(checks) == 2 and all(check.outcome == "pass" for check in checks)


def test_an_altered_fall_is_violated(tmp_path):
    path = write_article(tmp_path, SENTENCE.format(**{**FIGURES, "y": "5.3%"}))
    assert [check.outcome for check in run([str(path)]).checks if check.rule == "growth-prior"].count("violation") == 1


def test_a_change_after_a_comma_and_new_words_is_not_listed(tmp_path):
    text = "2024年上半年，利息净收入及非利息净收入分别为21,630百万元及3,208百万元，按年分别增长6.3%，成本收入比下降1.2个百分点。"
    growths = _growths(write_article(tmp_path, text))
    assert "1.2个百分点" not in growths or growths["1.2个百分点"] != "3,208百万元"
