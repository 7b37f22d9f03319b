"""A round-up's headline names the group it ranks (新势力11月交付榜, 城商行三季报扫描), not a
company: the group is never the article's subject, so two round-ups of one month, with other
companies' figures, never meet as one subject's (validator/entities.py).

Passages written here, with made-up carmakers and numbers.
"""

from __future__ import annotations

import pytest

from validator.entities import is_named, named_organisation, subject_entity
from validator.pipeline import run

ROUND_UP = """12月1日，多家新势力车企公布11月交付数据。
{a}11月交付新车{a_month}辆，同比增长{a_rate}%；1-11月累计交付{a_ytd}辆。
{b}11月交付{b_month}辆，同比增长{b_rate}%；1-11月累计交付{b_ytd}辆。
{c}当月交付新车{c_month}辆，1-11月累计交付新车{c_ytd}辆。"""

FIRST = dict(a="青枫", a_month="28614", a_rate="95.3", a_ytd="231740",
             b="云麓", b_month="21370", b_rate="40.6", b_ytd="198205",
             c="岚图星", c_month="10415", c_ytd="87650")
SECOND = dict(a="白鹭", a_month="17420", a_rate="12.8", a_ytd="143660",
              b="赤霄", b_month="15035", b_rate="8.4", b_ytd="121980",
              c="远川", c_month="9120", c_ytd="61240")


def _article(tmp_path, name: str, title: str, body: str):
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in body.strip().split("\n"))
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: \"{title}\"\ndate: 2025-12-01 18:05:00 +0800\n---\n{paragraphs}\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("title", [
    "新势力11月交付榜：青枫领跑 云麓紧随其后",
    "造车新势力11月成绩单出炉",
    "城商行三季报扫描：四家净利润增速超10%",
])
def test_a_group_in_the_headline_is_no_subject(title):
    assert not is_named(subject_entity(title, ROUND_UP.format(**FIRST)))


def test_two_round_ups_of_one_month_do_not_meet(tmp_path):
    first = _article(tmp_path, "first", "新势力11月交付榜：青枫领跑", ROUND_UP.format(**FIRST))
    second = _article(tmp_path, "second", "新势力11月交付榜：白鹭居首", ROUND_UP.format(**SECOND))
    errors = [check for check in run([str(first), str(second)]).checks
              if check.outcome == "violation" and check.severity == "error"]
    assert not errors


def test_a_month_above_its_year_to_date_in_a_round_up_is_still_violated(tmp_path):
    body = ROUND_UP.format(**{**FIRST, "b_ytd": "19820"})
    path = _article(tmp_path, "wrong", "新势力11月交付榜：青枫领跑", body)
    errors = [check for check in run([str(path)]).checks
              if check.outcome == "violation" and check.severity == "error" and check.rule == "period-sum"]
    assert any("19820辆" in {location.text for location in check.locations} for check in errors)


# --- a round-up whose headline names the group, then one company --------------------------------

RANKED = """12月1日，各家新势力车企陆续公布11月交付数据。
青枫汽车11月交付新车30214辆，同比增长88.5%，环比增长6.4%；1-11月累计交付228930辆。
云麓智行紧随其后，11月交付25460辆，环比增长9.3%，10月该公司交付23290辆；1-11月，云麓智行累计交付新车201475辆。"""


def test_a_group_headline_is_a_round_up_whichever_company_it_names_first():
    assert not is_named(subject_entity("新势力11月成绩单：青枫汽车交付30214辆", RANKED))


@pytest.mark.parametrize("before, name", [
    ("云麓智行紧随其后，11月交付", "云麓智行"),
    ("远川位列第三，当月交付新车", "远川"),
    ("白鹭排名第二，前三季度营收", "白鹭"),
])
def test_a_name_ranked_at_its_clauses_opening_is_its_subject(before, name):
    assert named_organisation(before, "青枫汽车") == name


def test_one_companys_rate_is_not_held_against_anothers_month(tmp_path):
    path = _article(tmp_path, "ranked", "新势力11月成绩单：青枫汽车交付30214辆", RANKED)
    errors = [check for check in run([str(path)]).checks if check.outcome == "violation" and check.severity == "error"]
    assert not errors


def test_the_ranked_companys_own_previous_month_is_its_baseline(tmp_path):
    path = _article(tmp_path, "ranked", "新势力11月成绩单：青枫汽车交付30214辆", RANKED.replace("环比增长9.3%", "环比增长19.3%"))
    errors = [check for check in run([str(path)]).checks if check.outcome == "violation" and check.severity == "error"]
    assert any("19.3%" in {location.text for location in check.locations} for check in errors)
