"""A look back to the month a change is measured from (环比增长8.7%，9月零售量为197.4万辆) does not move
the stretch in force: 今年以来 in the next sentence runs to October, the month reported, not to
September; a year-ago look back (2023年11月为…) likewise. Sentences written here, with invented
figures."""

from __future__ import annotations

from tests.test_extract import article, the

PUBLISHED = "2024-11-11 16:00:00 +0800"
TITLE = "乘用车市场10月零售数据"


def test_this_year_after_a_months_look_back_runs_to_the_month_reported(tmp_path):
    extraction = article(tmp_path, "10月全国乘用车市场零售186.3万辆，同比增长6.1%，环比增长9.2%，9月零售量为170.6万辆。"
                         "今年以来累计零售1626.5万辆，同比增长4.4%。", title=TITLE, published=PUBLISHED)
    assert the(extraction, "170.6万辆").period == "2024M9"
    assert the(extraction, "1626.5万辆").period == "2024M1-M10"


def test_a_year_ago_look_back_leaves_the_month_in_force(tmp_path):
    extraction = article(tmp_path, "2024年10月，岚山汽车交付新车24186辆，同比增长41.2%，2023年10月为17129辆。"
                         "今年以来累计交付196520辆。", title="岚山汽车10月交付数据", published=PUBLISHED)
    assert the(extraction, "196520辆").period == "2024M1-M10"


def test_a_later_month_still_moves_the_stretch(tmp_path):
    extraction = article(tmp_path, "9月全国乘用车市场零售170.6万辆，10月零售186.3万辆。今年以来累计零售1626.5万辆。",
                         title=TITLE, published=PUBLISHED)
    assert the(extraction, "1626.5万辆").period == "2024M1-M10"
