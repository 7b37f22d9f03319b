"""Round-ups that name several companies and quote an analyst: who each figure is about, and
when.

- A re-post whose encoding was lost prints ？ where a list had 、 (88.21亿元？35.60亿元): the list
  still gives out one value per company.
- 某证券认为，某寿险2023上半年… speaks of the company after the comma; the broker only says so.
  A year run straight into its half (2023上半年) is a period like 2023年上半年.
- 若将2021年上半年业绩与2019年比较 and 超出2021年上半年疫情前的水平 look back: neither names the
  stretch the article reports on.
"""

from __future__ import annotations

import pytest

from tests.rule_cases import assert_case_holds, one_article_case
from tests.test_extract import article, the
from validator.entities import named_organisation
from validator.periods import report_period

LIST = ("上半年，北川人寿、东陵寿险、南屏人寿、西岭保险的新业务价值分别为156.42亿元、132.08亿元？"
        "88.21亿元？35.60亿元，同比分别下降12.4%、10.6%、5.1%、17.3%。")


def test_question_marks_between_values_still_give_each_company_its_value(tmp_path):
    extraction = article(tmp_path, LIST, title="寿险新业务价值普遍承压", published="2023-09-12 10:00:00 +0800")
    assert [the(extraction, text).entity for text in ("156.42亿元", "132.08亿元", "88.21亿元", "35.60亿元")] == [
        "北川人寿", "东陵寿险", "南屏人寿", "西岭保险"]
    assert {the(extraction, text).metric_key for text in ("132.08亿元", "88.21亿元")} == {"新业务价值"}
    growth = the(extraction, "5.1%")
    assert growth.entity == "南屏人寿" and growth.of_claim == the(extraction, "88.21亿元").id


def test_a_list_whose_values_outnumber_its_names_gives_out_nothing(tmp_path):
    extraction = article(tmp_path, "北川人寿、东陵寿险的新业务价值分别为156.42亿元、132.08亿元？88.21亿元。",
                         title="寿险新业务价值普遍承压", published="2023-09-12 10:00:00 +0800")
    assert the(extraction, "88.21亿元").entity != "西岭保险"
    assert the(extraction, "88.21亿元").period is None  # three values for two names: not given out


@pytest.mark.parametrize("before, subject", [
    ("华信证券认为，东陵寿险2023上半年新业务价值同比下降9.6%至", "东陵寿险"),
    ("中诚证券指出，南屏人寿2022第三季度保费收入增长4.1%至", "南屏人寿"),
    ("华信证券认为，东陵寿险2023年上半年新业务价值同比下降9.6%至", "东陵寿险"),
])
def test_an_analysts_view_is_about_the_company_after_it(before, subject):
    assert named_organisation(before, None) == subject


def test_a_year_before_its_half_dates_the_figure(tmp_path):
    extraction = article(tmp_path, "华信证券认为，东陵寿险2023上半年新业务价值同比下降9.6%至132.1亿元。",
                         title="寿险新业务价值普遍承压", published="2023-09-12 10:00:00 +0800")
    figure = the(extraction, "132.1亿元")
    assert (figure.entity, figure.period, figure.metric_key) == ("东陵寿险", "2023H1", "新业务价值")


@pytest.mark.parametrize("sentence", [
    "若将西岭保险2021年上半年度财务业绩与2019年上半年比较，会看到其新业务价值翻了一番。",
    "很高兴所有报告分部的新业务价值均超出2019年上半年疫情前的水平。",
    "如果把公司2020年的业绩同2018年相比，利润增长了三成。",
])
def test_a_look_back_does_not_name_the_report_period(sentence):
    sentences = ["截至2023年9月8日，保险股跑输大盘。", sentence, "2023年上半年，公司保费增长3.7%。"]
    assert report_period(None, sentences, None) == "2023"


def test_a_report_sentence_without_a_look_back_still_names_it():
    sentences = ["西岭保险2023年上半年业绩显示，新业务价值增长22%。"]
    assert report_period(None, sentences, None) == "2023H1"


PUBLISHED = "2023-09-12 10:00:00 +0800"
TITLE = "寿险新业务价值普遍承压"
RESTATED = "华信证券认为，东陵寿险2023上半年新业务价值同比下降10.6%至{value}，主因是长期保障新单下降。"


def test_a_restatement_that_rounds_the_listed_value_agrees(tmp_path):
    case = one_article_case("conflicting-figure", "restated-rounded", LIST + "\n" + RESTATED.format(value="132.1亿元"),
                            "pass", ("132.08亿元", "132.1亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_a_restatement_of_another_value_is_caught(tmp_path):
    case = one_article_case("conflicting-figure", "restated-altered", LIST + "\n" + RESTATED.format(value="171.7亿元"),
                            "violation", ("132.08亿元", "171.7亿元"), title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)


def test_another_companys_restated_value_is_not_compared(tmp_path):
    other = "华信证券认为，北辰人寿2023上半年新业务价值同比下降10.6%至171.7亿元。"
    case = one_article_case("conflicting-figure", "other-company", LIST + "\n" + other, "silent",
                            title=TITLE, published=PUBLISHED)
    assert_case_holds(case, tmp_path)
