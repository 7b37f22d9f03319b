"""Monthly releases: an EV maker's deliveries, an insurer's premiums, a car association's retail
sales. Each prints a month, the year to date and, for a running total, the total since the first
sale; the figures must add up and the running total must step by the month it grew by.

    2023年1-9月累计交付新车158,210辆 … 10月交付新车21,530辆 … 1-10月累计交付179,740辆
    截至9月30日历史累计交付量 … 10月交付 … 截至10月31日历史累计交付量
    2023年1月1日至2023年10月31日期间累计原保险保费收入 … 前9月 … 10月单月
    10月乘用车零售 …；今年以来累计零售 …

Passages written here, with made-up companies and numbers (validator/periods.py,
validator/period_links.py, rules/period_sum.py, rules/cumulative_order.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from validator.periods import PeriodResolver
from validator.pipeline import read_claims, run


def _article(tmp_path, body: str, name: str = "case", title: str = "月度经营数据快报", published: str = "2023-11-10"):
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in body.strip().split("\n"))
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: \"{title}\"\ndate: {published} 09:00:00 +0800\n---\n{paragraphs}\n",
                    encoding="utf-8")
    return path


def _checks(path, rule: str):
    return [check for check in run([str(path)]).checks if check.rule == rule]


def _errors(path, rule: str):
    return [check for check in _checks(path, rule) if check.outcome == "violation" and check.severity == "error"]


def _violations(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation"]


def _period_of(path, text: str) -> str | None:
    claims = read_claims([str(path)])[0].claims
    return next(claim.period for claim in claims if claim.text == text and claim.source == "body")


# --- periods: a stretch printed as two days, the year to date said as 今年以来 -----------------

RESOLVER = PeriodResolver("2023", date(2023, 11, 10))


@pytest.mark.parametrize("words, period", [
    ("2023年1月1日至2023年10月31日期间", "2023M1-M10"),
    ("2023年1月1日至10月31日", "2023M1-M10"),
    ("2023年7月1日至9月30日", "2023Q3"),
    ("2023年1月1日-2023年6月30日", "2023H1"),
    ("2024年1月1日至2月29日", "2024M1-M2"),
])
def test_whole_months_between_two_days_are_that_stretch(words, period):
    markers = RESOLVER.markers(words + "，保费收入100亿元")
    assert [marker.period for marker in markers] == [period]


@pytest.mark.parametrize("words", [
    "2023年1月5日至2023年10月31日",   # not from a month's first day
    "2023年1月1日至10月30日",        # not to a month's last day
    "2022年12月1日至2023年1月31日",  # across two years
    "10月1-22日",                    # days of a month (a weekly retail release)
    "2023年10月1日至22日",
])
def test_other_stretches_between_two_days_name_no_period(words):
    markers = RESOLVER.markers(words + "，保费收入100亿元")
    assert [marker.period for marker in markers] == [""]


def test_premium_between_two_days_is_the_year_to_date(tmp_path):
    path = _article(tmp_path, "安远保险集团公告，2023年1月1日至2023年10月31日期间，安远人寿累计原保险保费收入为人民币3,210.40亿元。")
    assert _period_of(path, "3,210.40亿元") == "2023M1-M10"


def test_since_the_years_start_after_a_month_is_the_year_to_that_month(tmp_path):
    path = _article(tmp_path, "10月全国乘用车市场零售201.5万辆，同比增长7.2%；今年以来累计零售1,702.4万辆，同比增长5.1%。")
    assert _period_of(path, "201.5万辆") == "2023M10"
    assert _period_of(path, "1,702.4万辆") == "2023M1-M10"


def test_since_the_years_start_without_a_month_names_no_stretch(tmp_path):
    path = _article(tmp_path, "截至2023年9月末，安平银行贷款余额1,520亿元，今年以来增加126亿元。")
    assert _period_of(path, "126亿元") == "2023-09-30"


def test_retail_month_above_its_year_to_date_is_violated(tmp_path):
    text = "10月全国乘用车市场零售201.5万辆，同比增长7.2%；今年以来累计零售1,702.4万辆，同比增长5.1%。"
    assert not _violations(_article(tmp_path, text, "right"))
    wrong = _article(tmp_path, text.replace("1,702.4万辆", "170.4万辆"), "wrong")
    assert _errors(wrong, "period-sum")


# --- the year to date before, the month, the year to date after --------------------------------

DELIVERIES = """启航汽车11月1日公布，2023年10月交付新车21,530辆，同比增长35.2%。
2023年1-9月，启航汽车累计交付新车158,210辆。1-10月，启航汽车累计交付179,740辆，同比增长41.8%。
截至2023年10月31日，启航汽车历史累计交付量为402,615辆。"""


def test_deliveries_to_september_and_in_october_make_the_year_to_october(tmp_path):
    path = _article(tmp_path, DELIVERIES)
    sums = [check for check in _checks(path, "period-sum") if "2023Q1-Q3 + 2023M10" in check.message]
    assert sums and all(check.outcome == "pass" for check in sums)
    assert not _violations(path)


def test_year_to_october_that_the_months_do_not_make_is_violated(tmp_path):
    path = _article(tmp_path, DELIVERIES.replace("179,740辆", "189,740辆"))
    assert any("2023Q1-Q3 + 2023M10" in check.message for check in _errors(path, "period-sum"))


def test_year_to_date_above_the_running_total_since_the_first_sale_is_violated(tmp_path):
    path = _article(tmp_path, DELIVERIES.replace("402,615辆", "172,615辆"))
    assert any("running total" in check.message and "179,740辆" in check.message
               for check in _errors(path, "period-sum"))


def test_this_years_stretches_never_sum_to_the_total_since_the_first_sale(tmp_path):
    # One paragraph: 1-9月 and 10月 end to end, and a total since the first sale after them.
    path = _article(tmp_path, "云驰汽车1-9月累计交付新车98,450辆，10月交付新车12,306辆，"
                              "截至2023年10月31日历史累计交付量为265,300辆。")
    assert not _violations(path)


def test_an_overseas_month_is_not_summed_into_all_deliveries(tmp_path):
    path = _article(tmp_path, """极行汽车2023年10月海外交付新车3,120辆。
2023年1-9月，极行汽车累计交付新车88,400辆。1-10月，极行汽车累计交付101,250辆。""")
    assert not _violations(path)


PREMIUMS = """安远保险集团公告，2023年1月1日至2023年10月31日期间，安远人寿累计原保险保费收入为人民币3,210.40亿元，同比增长4.6%。
前9月，安远人寿累计原保险保费收入为2,987.15亿元；10月单月原保险保费收入为223.25亿元，同比增长9.1%。"""


def test_premiums_to_september_and_in_october_make_the_stretch_between_two_days(tmp_path):
    path = _article(tmp_path, PREMIUMS)
    sums = [check for check in _checks(path, "period-sum") if "2023Q1-Q3 + 2023M10" in check.message]
    assert sums and all(check.outcome == "pass" for check in sums)
    assert not _violations(path)


def test_october_premium_that_does_not_make_the_stretch_is_violated(tmp_path):
    path = _article(tmp_path, PREMIUMS.replace("223.25亿元", "233.25亿元"))
    assert any("2023Q1-Q3 + 2023M10" in check.message for check in _errors(path, "period-sum"))


def test_two_subsidiaries_between_two_days_are_not_summed_with_one_month(tmp_path):
    path = _article(tmp_path, """安远保险集团公告，2023年1月1日至2023年10月31日期间，安远人寿累计原保险保费收入为人民币3,210.40亿元；安远财险累计原保险保费收入为人民币2,405.18亿元。
前9月，安远人寿累计原保险保费收入为2,987.15亿元；10月单月原保险保费收入为223.25亿元。""")
    assert not _violations(path)


# --- a running total at one month's end, the next month, and the total at its end -------------

STEP = """2023年9月，远途汽车交付新车29,360辆。截至2023年9月30日，远途汽车历史累计交付量为580,775辆。
远途汽车今日公布，2023年10月共交付新车32,105辆，同比增长58.2%。截至2023年10月31日，远途汽车历史累计交付量为612,880辆。"""


def test_running_total_steps_by_the_month_it_grew_by(tmp_path):
    path = _article(tmp_path, STEP)
    steps = [check for check in _checks(path, "cumulative-order") if "+ 32,105辆 in 2023M10" in check.message]
    assert steps and all(check.outcome == "pass" for check in steps)
    assert not _violations(path)


def test_running_total_that_the_month_does_not_explain_is_violated(tmp_path):
    path = _article(tmp_path, STEP.replace("580,775辆", "590,775辆"))
    errors = _errors(path, "cumulative-order")
    assert [check.expected for check in errors] == ["622880辆"]
    assert "590,775辆 at 2023-09-30 + 32,105辆 in 2023M10" in errors[0].message


def test_running_total_steps_within_the_months_rounding(tmp_path):
    path = _article(tmp_path, STEP.replace("共交付新车32,105辆", "共交付新车3.21万辆"))
    assert not _violations(path)


def test_running_totals_two_months_apart_are_not_stepped_by_one_month(tmp_path):
    path = _article(tmp_path, STEP.replace("2023年9月30日", "2023年8月31日").replace("2023年9月，", "2023年8月，"))
    assert not [check for check in _checks(path, "cumulative-order") if " in 2023M" in check.message]


def test_running_totals_across_two_releases_step_by_the_month(tmp_path):
    september = _article(tmp_path, "截至2023年9月30日，远途汽车历史累计交付量为580,775辆。", "september",
                         "远途汽车9月交付快报")
    october = _article(tmp_path, "远途汽车今日公布，2023年10月共交付新车32,105辆。截至2023年10月31日，"
                                 "远途汽车历史累计交付量为622,880辆。", "october", "远途汽车10月交付快报")
    checks = [check for check in run([str(september), str(october)]).checks
              if check.rule == "cumulative-order" and " in 2023M10" in check.message]
    assert [check.outcome for check in checks] == ["violation"]


# --- statistics revised between releases; a total since the first sale after a year to date ----

RETAIL_SALES = """10月份，社会消费品零售总额41,280亿元，同比增长5.2%。
1—10月份，社会消费品零售总额372,915亿元，同比增长6.1%。
1—9月份，社会消费品零售总额331,208亿元，同比增长6.2%。"""


def test_national_statistics_that_do_not_add_up_are_a_warning(tmp_path):
    # 331,208 + 41,280 = 372,488: a statistics office revises its months between releases.
    checks = [check for check in _checks(_article(tmp_path, RETAIL_SALES, title="10月份社会消费品零售总额增长5.2%"),
                                         "period-sum")
              if "2023Q1-Q3 + 2023M10" in check.message and check.outcome == "violation"]
    assert [check.severity for check in checks] == ["warning"]
    assert "revised between releases" in checks[0].message


def test_national_statistics_that_add_up_pass(tmp_path):
    text = RETAIL_SALES.replace("372,915亿元", "372,488亿元")
    path = _article(tmp_path, text, title="10月份社会消费品零售总额增长5.2%")
    assert not _violations(path)


def test_a_company_month_that_does_not_make_its_year_to_date_stays_an_error(tmp_path):
    path = _article(tmp_path, DELIVERIES.replace("179,740辆", "189,740辆"))
    assert [check.severity for check in _checks(path, "period-sum") if check.outcome == "violation"
            and "2023Q1-Q3 + 2023M10" in check.message] == ["error"]


def test_a_sum_stated_and_matched_is_reported_once(tmp_path):
    path = _article(tmp_path, PREMIUMS.replace("223.25亿元", "233.25亿元"))
    assert len([check for check in _errors(path, "period-sum") if "2023Q1-Q3 + 2023M10" in check.message]) == 1


SINCE_THE_FIRST_SALE = """12月1日，星途汽车公布11月交付数据。11月，星途汽车交付新车15,022辆，同比增长49.1%；1-11月，星途汽车累计交付新车142,317辆，同比增长31.2%。
截至2023年11月30日，星途汽车今年累计交付量已超过14万辆，历史累计交付量达到423,609辆。
10月，星途汽车交付新车14,199辆。1-10月累计交付127,295辆。"""


def test_a_total_since_the_first_sale_after_a_year_to_date_is_at_its_end(tmp_path):
    path = _article(tmp_path, SINCE_THE_FIRST_SALE, title="星途汽车11月交付新车15,022辆",
                    published="2023-12-01")
    assert _period_of(path, "14万辆") == "2023M1-M11"
    assert _period_of(path, "423,609辆") == "2023-11-30"
    assert not _violations(path)


def test_a_year_to_date_and_its_bound_are_one_whole_for_the_months(tmp_path):
    path = _article(tmp_path, SINCE_THE_FIRST_SALE, title="星途汽车11月交付新车15,022辆",
                    published="2023-12-01")
    sums = [check for check in _checks(path, "period-sum") if "2023M1-M10 + 2023M11" in check.message]
    assert [check.outcome for check in sums] == ["pass"]
    wrong = _article(tmp_path, SINCE_THE_FIRST_SALE.replace("127,295辆", "137,295辆"), "wrong",
                     "星途汽车11月交付新车15,022辆", "2023-12-01")
    assert any("2023M1-M10 + 2023M11" in check.message for check in _errors(wrong, "period-sum"))


# --- Taiwan's monthly revenue and profit releases: 今（10）日公布…，累計前10月… ----------------

MONTHLY_REVENUE = """聯準電子今（10）日公布10月合併營收為新台幣1,025.36億元，較9月增加4.2%，較去年同期增加18.6%。
累計今年前10月營收為新台幣9,112.48億元，較去年同期增加6.3%。
9月合併營收為984.02億元，累計前9月營收為8,087.12億元。"""

MONTHLY_PROFIT = """富泰金控今日公布自結10月稅後純益52.3億元，累計前10月稅後純益達468.9億元，每股稅後盈餘3.62元。
富泰金控9月稅後純益38.1億元，累計前9月稅後純益416.6億元。"""


@pytest.mark.parametrize("text, title", [
    (MONTHLY_REVENUE, "聯準電子10月營收創同期新高 年增18.6%"),
    (MONTHLY_PROFIT, "富泰金控10月稅後純益52.3億元"),
], ids=["營收", "稅後純益"])
def test_released_today_months_make_the_year_to_date(tmp_path, text, title):
    path = _article(tmp_path, text, title=title)
    sums = [check for check in _checks(path, "period-sum") if "2023Q1-Q3 + 2023M10" in check.message]
    assert sums and all(check.outcome == "pass" for check in sums)
    assert not _violations(path)


@pytest.mark.parametrize("text, title, printed, altered", [
    (MONTHLY_REVENUE, "聯準電子10月營收創同期新高 年增18.6%", "8,087.12億元", "8,187.12億元"),
    (MONTHLY_PROFIT, "富泰金控10月稅後純益52.3億元", "416.6億元", "426.6億元"),
], ids=["營收", "稅後純益"])
def test_released_today_months_that_miss_the_year_to_date_are_violated(tmp_path, text, title, printed, altered):
    path = _article(tmp_path, text.replace(printed, altered), title=title)
    assert any("2023Q1-Q3 + 2023M10" in check.message for check in _errors(path, "period-sum"))


def test_the_day_of_release_is_no_part_of_the_measure():
    from validator.periods import without_period_words
    assert without_period_words("今（10）日公布10月合并营收") == "公布合并营收"
    assert without_period_words("今日公布自结10月税后纯益") == "公布自结税后纯益"


# --- a running total at the close of last year, the year to date, and the total now ------------

SINCE_LAST_YEAR = """远途汽车今日公布，2023年10月共交付新车32,105辆，同比增长58.2%。2023年1-10月，远途汽车累计交付新车251,640辆，同比增长71.5%。
截至2023年10月31日，远途汽车历史累计交付量为612,880辆；截至2022年12月31日，远途汽车历史累计交付量为361,240辆。"""


def test_running_total_steps_from_the_years_close_by_the_year_to_date(tmp_path):
    path = _article(tmp_path, SINCE_LAST_YEAR, title="远途汽车10月交付新车32,105辆")
    steps = [check for check in _checks(path, "cumulative-order") if "+ 251,640辆 in 2023M1-M10" in check.message]
    assert [check.outcome for check in steps] == ["pass"]
    assert not _violations(path)


def test_running_total_that_the_year_to_date_does_not_explain_is_violated(tmp_path):
    path = _article(tmp_path, SINCE_LAST_YEAR.replace("361,240辆", "371,240辆"), title="远途汽车10月交付新车32,105辆")
    assert [check.expected for check in _errors(path, "cumulative-order")] == ["622880辆"]


def test_a_running_total_at_a_months_end_is_no_flow_that_steps_another(tmp_path):
    # 10月累计交付 may count from the first sale: it is no month's flow.
    path = _article(tmp_path, """截至2023年9月30日，远途汽车历史累计交付量为580,775辆。
2023年10月，远途汽车累计交付量为622,880辆。截至2023年10月31日，远途汽车历史累计交付量为612,880辆。""",
                    title="远途汽车10月交付快报")
    assert not [check for check in _checks(path, "cumulative-order") if " in 2023M10" in check.message]


# --- 年初至10月; a statistics office's 利润总额 -------------------------------------------------

@pytest.mark.parametrize("words, periods", [
    ("年初至10月", ["2023M1-M10"]),
    ("今年年初至10月末", ["2023M1-M10"]),
    ("10月交付新车100辆，年初至今", ["2023M10", "2023M1-M10"]),
    ("年初至今", [""]),
])
def test_from_the_years_start_to_a_month_is_the_year_to_it(words, periods):
    assert [marker.period for marker in RESOLVER.markers(words + "，交付量100辆")] == periods


def test_the_opening_balance_is_still_the_close_of_the_year_before():
    assert [marker.period for marker in RESOLVER.markers("年初，贷款余额为100亿元")] == ["2022-12-31"]


INDUSTRIAL_PROFIT = """1—10月份，全国规模以上工业企业实现利润总额61,154.4亿元，同比下降7.8%。
1—9月份，全国规模以上工业企业实现利润总额54,119.9亿元，同比下降9.0%。"""


def test_profit_of_the_first_nine_months_within_the_first_ten(tmp_path):
    path = _article(tmp_path, INDUSTRIAL_PROFIT, title="1—10月份全国规模以上工业企业利润下降7.8%")
    checks = [check for check in _checks(path, "period-sum") if "54,119.9亿元" in check.message]
    assert [check.outcome for check in checks] == ["pass"]


def test_profit_of_the_first_nine_months_above_the_first_ten_is_a_warning(tmp_path):
    # A profit: the tenth month may have lost money, so only an editor can tell.
    path = _article(tmp_path, INDUSTRIAL_PROFIT.replace("54,119.9亿元", "64,119.9亿元"),
                    title="1—10月份全国规模以上工业企业利润下降7.8%")
    assert [check.severity for check in _checks(path, "period-sum") if check.outcome == "violation"] == ["warning"]


# --- differences from last year are no flows; a subject whose name holds 比 -------------------

def test_a_months_increase_over_last_year_may_exceed_the_year_to_dates(tmp_path):
    path = _article(tmp_path, "初步统计，2023年前十个月社会融资规模增量累计为30.52万亿元，比上年同期多4,260亿元。"
                              "10月份社会融资规模增量为1.72万亿元，比上年同期多8,815亿元。",
                    title="前十个月社会融资规模增量累计为30.52万亿元")
    assert not _violations(path)


BIDE = "比德汽车11月1日晚间公告，10月新能源汽车销量为301,833辆，同比增长38.4%。1-10月，比德汽车新能源汽车累计销量为2,380,116辆，同比增长67.9%。"


def test_a_subject_whose_name_holds_a_comparison_word_states_its_month_and_year_to_date(tmp_path):
    path = _article(tmp_path, BIDE, title="比德汽车10月新能源汽车销量301,833辆")
    extraction = read_claims([str(path)])[0]
    texts = {claim.id: claim.text for claim in extraction.claims}
    stated = [{filler.role: texts[filler.claim] for filler in relation.fillers}
              for relation in extraction.relations if relation.kind == "period_containment"]
    assert {"part": "301,833辆", "total": "2,380,116辆"} in stated
    wrong = _article(tmp_path, BIDE.replace("2,380,116辆", "238,011辆"), "wrong", "比德汽车10月新能源汽车销量301,833辆")
    assert _errors(wrong, "period-sum")


def test_days_of_a_month_are_no_year(tmp_path):
    # 10月1-22日 once fell back to the report's year: a week's retail read as the year's.
    path = _article(tmp_path, "10月1-22日，全国乘用车市场零售125.5万辆，同比增长11%；今年以来累计零售1,642.1万辆。\n"
                              "9月全国乘用车市场零售202.4万辆。1-9月累计零售1,516.6万辆。",
                    title="10月1-22日乘用车零售125.5万辆", published="2023-10-25")
    assert _period_of(path, "125.5万辆") is None
    assert not _violations(path)


# --- a quarter's months listed with 分别 --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "云驰汽车公布，2023年第三季度共交付新车55,012辆，同比增长74.9%。其中，7月、8月、9月分别交付新车17,106辆、18,312辆和19,594辆。",
    "云驰汽车公布，2023年7-9月交付量分别为17,106辆、18,312辆和19,594辆，第三季度共交付新车55,012辆，同比增长74.9%。",
], ids=["月份列举", "月份区间"])
def test_a_quarters_months_listed_make_the_quarter(tmp_path, text):
    path = _article(tmp_path, text, title="云驰汽车三季度交付新车55,012辆", published="2023-10-02")
    sums = [check for check in _checks(path, "period-sum") if "17,106辆 + 18,312辆 + 19,594辆" in check.message]
    assert [check.outcome for check in sums] == ["pass"]
    wrong = _article(tmp_path, text.replace("19,594辆", "29,594辆"), "wrong", "云驰汽车三季度交付新车55,012辆", "2023-10-02")
    assert any("17,106辆 + 18,312辆 + 29,594辆" in check.message for check in _errors(wrong, "period-sum"))


def test_a_month_listed_twice_gives_no_stretches(tmp_path):
    path = _article(tmp_path, "云驰汽车2023年第三季度共交付新车55,012辆。7月、7月分别交付新车17,106辆和18,312辆。",
                    title="云驰汽车三季度交付新车55,012辆", published="2023-10-02")
    assert not [check for check in _checks(path, "period-sum") if "+" in check.message]
