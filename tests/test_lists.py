"""分别 lists: each value gets its own period, company or metric."""

from __future__ import annotations

from tests.test_extract import article, the


def test_quarter_range_gives_each_value_its_quarter(tmp_path):
    extraction = article(tmp_path, "2021年一至四季度，星河科技营收分别为24.15亿元、26.38亿元、27.95亿元和30.12亿元。",
                         title="星河科技2021年财报")
    assert [the(extraction, text).period for text in ("24.15亿元", "26.38亿元", "27.95亿元", "30.12亿元")] == [
        "2021Q1", "2021Q2", "2021Q3", "2021Q4"]
    assert {the(extraction, text).metric_key for text in ("24.15亿元", "30.12亿元")} == {"营收"}


def test_listed_quarters_give_each_value_its_quarter(tmp_path):
    extraction = article(tmp_path, "按季度拆分，华岳银行一季度、二季度分别实现营业收入352.84亿元、348.42亿元。",
                         title="华岳银行2022年半年报")
    assert the(extraction, "352.84亿元").period == "2022Q1"
    assert the(extraction, "348.42亿元").period == "2022Q2"
    assert the(extraction, "348.42亿元").metric_key == "营收"


def test_listed_companies_each_get_their_value_and_growth(tmp_path):
    extraction = article(tmp_path, "东海银行、北辰银行归母净利润分别为356.2亿元和298.7亿元，同比分别增长18.52%和15.06%。",
                         title="上市银行2021年业绩盘点")
    assert the(extraction, "298.7亿元").entity == "北辰银行"
    growth = the(extraction, "15.06%")
    assert growth.kind == "growth" and growth.entity == "北辰银行"
    assert growth.of_claim == the(extraction, "298.7亿元").id


def test_a_list_that_cannot_be_given_out_names_no_period(tmp_path):
    extraction = article(tmp_path, "公司营收分别为24.15亿元、26.38亿元。", title="星河科技2021年财报")
    assert the(extraction, "24.15亿元").period is None and the(extraction, "26.38亿元").period is None


def test_last_years_aside_ends_at_the_semicolon(tmp_path):
    extraction = article(tmp_path, "2021年，华岳银行实现营业收入1286.45亿元，上年同期为1162.30亿元；实现归母净利润402.18亿元。",
                         title="华岳银行2021年年报")
    assert the(extraction, "1162.30亿元").period == "2020"
    assert the(extraction, "402.18亿元").period == "2021"


def test_change_against_the_half_year_end_is_not_against_the_year_start(tmp_path):
    extraction = article(tmp_path, "截至2021年9月末，华岳银行不良贷款率为1.35%，较上半年末下降0.02个百分点。",
                         title="华岳银行2021年三季报")
    points = the(extraction, "0.02个百分点")
    assert points.basis != "较年初" and points.period == "2021-09-30"


def test_share_of_a_balance_finds_its_total(tmp_path):
    extraction = article(tmp_path, "截至2021年末，各项贷款余额654.3亿元，其中普惠小微贷款余额281.6亿元，占各项贷款的43.0%。",
                         title="众邦银行2021年年报")
    assert the(extraction, "43.0%").total_claim == the(extraction, "654.3亿元").id
