"""An article on an industry, not a company: its 全行业 is its subject.

A trade body's release (中国期货业协会公布了2023年期货行业经营数据) names no company; the figures
of one year (期货公司…实现净利润) and of the year before (全行业150家期货公司…) are the same
industry's, and a closing sentence's 也就是说…行业净利润下滑 speaks of the same 净利润. In an
article on a company, 全行业 stays someone else.
"""

from __future__ import annotations

from validator.metrics import metric_key
from validator.pipeline import read_claims, run

from .article_files import write_article

_INDUSTRY_RELEASE = (
    "近日，中国期货业协会公布了2023年期货行业经营数据。期货公司2023年度实现营业收入412.51亿元，"
    "实现净利润98.76亿元。\n"
    "相比之下，2022年期货行业经营情况更好。全行业150家期货公司实现营业收入398.20亿元，"
    "实现净利润103.42亿元。\n"
    "也就是说2023年期货行业净利润小幅下滑{rate}，而这已经是连续两年下滑。"
)


def _checks(tmp_path, text, rule):
    report = run([str(write_article(tmp_path, text))])
    return [check for check in report.checks if check.rule == rule]


def test_a_discourse_opener_leaves_the_key():
    assert metric_key("也就是说行业净利润") == metric_key("行业净利润")
    assert metric_key("换言之净利润") == "净利润"


def test_a_converted_verb_of_reporting_leaves_the_key():
    assert metric_key("實作淨利潤".translate(str.maketrans("實淨潤", "实净润"))) == "净利润"


def test_the_whole_industry_is_the_subject_of_an_industry_article(tmp_path):
    claims = read_claims([str(write_article(tmp_path, _INDUSTRY_RELEASE.format(rate="4.51%")))])[0].claims
    profits = {claim.text: claim for claim in claims if claim.metric_key == "净利润"}
    assert {"98.76亿元", "103.42亿元", "4.51%"} <= set(profits)
    assert len({claim.entity for claim in profits.values()}) == 1


def test_an_industry_growth_against_the_year_before_passes(tmp_path):
    checks = _checks(tmp_path, _INDUSTRY_RELEASE.format(rate="4.51%"), "growth-prior")
    assert checks and all(check.outcome == "pass" for check in checks)


def test_an_industry_growth_its_years_do_not_give_is_caught(tmp_path):
    checks = _checks(tmp_path, _INDUSTRY_RELEASE.format(rate="4.62%"), "growth-prior")
    assert any(check.outcome == "violation" and any("4.62" in location.text for location in check.locations)
               for check in checks)


def test_the_whole_industry_stays_apart_from_a_company_the_article_is_about(tmp_path):
    text = ("华鼎证券2023年实现净利润12.50亿元，同比增长8.2%。华鼎证券表示，全行业140家证券公司"
            "2023年实现净利润1378.33亿元。")
    claims = read_claims([str(write_article(tmp_path, text))])[0].claims
    company = next(claim for claim in claims if claim.text == "12.50亿元")
    industry = next(claim for claim in claims if claim.text == "1378.33亿元")
    assert company.entity != industry.entity


def test_an_association_name_is_no_industry_of_the_article(tmp_path):
    text = "中国期货业协会日前发布报告。某期货公司净利润为2.5亿元。全行业净利润为103.42亿元。"
    claims = read_claims([str(write_article(tmp_path, text))])[0].claims
    company = next(claim for claim in claims if claim.text == "2.5亿元")
    industry = next(claim for claim in claims if claim.text == "103.42亿元")
    assert company.entity != industry.entity
