"""A title that opens with its figure and a ！ or ： (2136亿元！翔龙豪气夺得研发投入第一) says what the
figure measures and whose it is in the words after the mark; a body clause 翔龙以2136亿元位居榜首
makes the name before 以 the figure's subject and the ranking's name its measure. Sentences
written here, with invented companies and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds
from tests.test_extract import article, the
from validator.entities import ranking_subject, title_company

_PUBLISHED = "2023-10-12 10:00:00 +0800"

_BODY = (
    "10月11日，中华全国商会联合会在杭州发布“2023民营企业研发投入500家”榜单，翔龙以{body}亿元位居榜首，"
    "北辰、远航、青禾紧随其后，3家研发投入合计达1890亿元，不及翔龙一家。500家企业研发费用总额6218亿元。\n"
    "翔龙说到做到。近10年累计投入的研发费用超过6100亿元。"
)


def _case(name: str, title: str, body: str, expect: str, figures: tuple[str, ...]) -> RuleCase:
    document = {"text": _BODY.format(body=body), "title": title, "published": _PUBLISHED}
    return RuleCase(rule="headline", name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


CASES = [
    _case("title_figure_met_by_the_ranked_figure", "2136亿元！翔龙豪气夺得研发投入第一", "2136", "pass",
          ("2136亿元", "2136亿元")),
    _case("title_figure_altered_fails_at_the_title", "2777亿元！翔龙豪气夺得研发投入第一", "2136", "violation",
          ("2777亿元", "2136亿元")),
    _case("ranked_figure_altered_fails", "2136亿元：翔龙豪气夺得研发投入第一", "2777", "violation",
          ("2136亿元", "2777亿元")),
    # Must not: the 3家 total of the runners-up is not the title company's, and does not back it.
    _case("runners_up_total_does_not_back_the_title", "1890亿元！翔龙豪气夺得研发投入第一", "2136", "violation",
          ("1890亿元", "2136亿元")),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_title_opening_with_its_figure(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)


def test_title_figure_takes_the_measure_and_company_after_its_mark(tmp_path):
    extraction = article(tmp_path, *_BODY.format(body="2136").split("\n"), title="2136亿元！翔龙豪气夺得研发投入第一",
                         published=_PUBLISHED)
    title = the(extraction, "2136亿元", source="title")
    assert (title.entity, title.metric_key) == ("翔龙", "研发投入")
    ranked = the(extraction, "2136亿元")
    assert (ranked.entity, ranked.metric_key) == ("翔龙", "研发投入")
    assert the(extraction, "1890亿元").entity != "翔龙"


def test_title_naming_two_measures_after_its_figure_gives_none(tmp_path):
    extraction = article(tmp_path, "翔龙全年营收812亿元，净利润61亿元。翔龙表示将继续投入。",
                         title="812亿元！翔龙营收净利润双创新高", published=_PUBLISHED)
    assert the(extraction, "812亿元", source="title").metric_key == ""


def test_title_naming_no_company_after_its_figure_takes_no_measure(tmp_path):
    # Must not: whose figure it is the title does not say, so a body total of the measure
    # (全行业研发投入) cannot refute it.
    extraction = article(tmp_path, "全行业研发投入2600亿元，同比增长12%。榜首企业以812亿元位居第一。",
                         title="812亿元！研发投入第一的是谁", published=_PUBLISHED)
    assert the(extraction, "812亿元", source="title").metric_key == ""


def test_a_figure_inside_a_title_is_read_as_before(tmp_path):
    extraction = article(tmp_path, "翔龙全年营收812亿元。翔龙表示将继续投入。",
                         title="翔龙全年营收812亿元！同比增长12%", published=_PUBLISHED)
    assert the(extraction, "812亿元", source="title").metric_key == "营收"


@pytest.mark.parametrize("before, after, subject", [
    ("榜单发布，翔龙以", "位居榜首，北辰紧随其后", "翔龙"),
    ("在该排行中，其中远航以", "排名第二", "远航"),
    # Must not: 以 before a price or a deal's figure ranks nothing; a pronoun is no name.
    ("经过多轮竞价，最终以", "成交", None),
    ("该资产包此前以", "挂牌转让", None),
    ("榜单发布，该公司以", "位居榜首", None),
])
def test_the_name_before_yi_is_the_subject_of_a_ranking_figure(before, after, subject):
    assert ranking_subject(before, after) == subject


@pytest.mark.parametrize("rest, body, company", [
    ("翔龙豪气夺得研发投入第一", "翔龙以2136亿元位居榜首。翔龙表示…", "翔龙"),
    # Must not: a name the body never prints again, or words that are no name.
    ("翔龙豪气夺得研发投入第一", "某企业以2136亿元位居榜首。", None),
    ("今年研发投入再创新高", "今年研发投入再创新高。今年…", None),
])
def test_title_company_is_a_name_the_body_repeats(rest, body, company):
    assert title_company(rest, body) == company
