"""Headlines and approximate wording in whole feed articles (sentences written here, with
invented companies and figures): a title's 亏损 for the body's one 净亏损, a title's doubling
word against the body's quarter and its year-ago quarter, a title's 减亏 against the body's two
losses, a title's 净利润 rounding the body's 扣非 rate beside its 归母 one, a title's 营收 over a
release's bare 收入, a bare figure beside a count of firms, a monthly release's year-to-date
growth and month's volume, a title's second clause that leaves its measure out (for the same
company or another one the body reports), a doubling or a multiple after the year-ago amount it
is said of, and a bound in apposition to the figure it rounds off. Each printed version passes, each altered twin is a violation at the
altered figure, and the shapes that may mean another figure stay without an error."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.rule_cases import RuleCase, matching_checks, one_article_case, run_case

_PUBLISHED = "2025-04-28 19:30:00 +0800"


@dataclass(frozen=True)
class Probe:
    case: RuleCase
    severity: str | None  # the violation's severity; None for a pass or a silent case


def _probe(rule: str, name: str, title: str, text: str, expect: str, figures: tuple[str, ...] = (),
           severity: str | None = None) -> Probe:
    return Probe(one_article_case(rule, name, text, expect, figures, title=title, published=_PUBLISHED), severity)


_LOSS_BODY = "远帆生物公布2024年业绩。2024年公司实现收入41.3亿元，净亏损8.6亿元，上年同期净亏损11.2亿元。"
_LOSS_TWO_MEASURES = ("远帆生物公布2024年业绩。2024年公司净亏损8.6亿元，经调整净亏损5.9亿元，"
                      "上年同期净亏损11.2亿元。")

_DOUBLING_BODY = "青川电气4月28日发布一季报。一季度公司实现营业收入18.4亿元，归母净利润{now}亿元，上年同期为1.49亿元。"
_DOUBLING_WITH_QUARTER_BEFORE = (
    "青川电气4月28日发布一季报。一季度公司归母净利润3.06亿元，上年同期为2.10亿元。"
    "2024年第四季度，公司归母净利润为2.95亿元。"
)

_TWO_BANKS = ("截至4月25日，多家股份行披露2024年年报。江海银行2024年实现归母净利润156.2亿元，同比增长7.1%；"
              "北原银行实现归母净利润98.7亿元，同比增长3.4%；南岭银行实现归母净利润61.5亿元，同比增长1.2%。")

_LOSS_NARROWED = "海鸥航空发布半年报。上半年公司实现营业收入386.2亿元，归母净亏损14.3亿元，上年同期归母净亏损23.8亿元。"
_LOSS_INTO_PROFIT = "海鸥航空发布半年报。上半年公司实现归母净利润2.1亿元，上年同期归母净亏损7.4亿元。"

_TWO_PROFITS = ("青松制药发布2024年年报。2024年，公司实现营业收入52.4亿元；归母净利润7.36亿元，同比增长17.4%；"
                "扣非净利润6.02亿元，同比增长8.6%。")

_DOUBLED_FROM = "瑞海医疗发布2024年年报。2024年公司研发投入{now}亿元，较上年同期的1.63亿元翻了一番。"
_NEARLY_ONE_FOLD = "瑞海医疗发布2024年年报。2024年公司海外收入{now}亿元，较上年的11.2亿元增长近一倍。"
_MULTIPLE_OF_A_BASE = "瑞海医疗发布2024年年报。2024年公司归母净利润7.84亿元，是上年同期（4.12亿元）的{ratio}倍。"
_MULTIPLE_ALONE = "瑞海医疗发布2024年年报。2024年公司归母净利润7.84亿元，公司市净率为2.6倍。"

_PLAIN_REVENUE = "锦华物业公布2024年全年业绩。2024年公司实现{measure}{amount}亿元，同比增长6.2%。"

_MONTHLY_SALES = ("远山汽车6月2日公布产销快报。5月公司汽车销量为43712辆，同比增长7.4%；"
                  "1-5月累计销量21.6万辆，同比增长14.3%。")
_TWO_VOLUMES = ("远山汽车6月2日公布产销快报。5月公司汽车销量为43712辆，其中乘用车销量为39105辆。")

_ROUND_UP_TOTAL = ("截至4月1日，36家A股上市券商均已披露2024年年报。\n"
                   "其中，33家券商实现盈利，占比91.7%。\n"
                   "截至2024年末，36家上市券商总资产合计{total}万亿元，较上年末增长5.2%。\n"
                   "（原标题：超九成上市券商去年实现盈利 总资产近{bound}万亿）")

_QUARTER_ON_QUARTER = "云帆科技公布第二季度业绩。第二季收入为人民币64.2亿元，按年增长21.3%，按季增长8.1%。"
_PROFIT_ON_QUARTER = ("云帆科技公布第二季度业绩。第二季收入为人民币64.2亿元，按年增长21.3%。"
                      "经调整净利润为人民币9.6亿元，按季增长8.1%。")

_STAFF = "明禾科技发布2024年年报。截至报告期末，公司员工总数为28450人，{bound}。"
_REVENUE_THEN_PART = "明禾科技发布2024年年报。2024年，公司实现营业收入236.4亿元，近150亿元来自海外市场。"
_REVENUE_CROSSING = "明禾科技发布2024年年报。2024年，公司实现营业收入236.4亿元，首次突破{bound}亿元大关。"

PROBES = [
    # 亏损收窄至X: a title's loss is the body's one loss of the year.
    _probe("headline", "title_loss_is_the_bodys_net_loss", "远帆生物去年亏损收窄至8.6亿元", _LOSS_BODY,
           "pass", ("8.6亿元",)),
    _probe("headline", "title_loss_altered_is_an_error", "远帆生物去年亏损收窄至9.6亿元", _LOSS_BODY,
           "violation", ("9.6亿元", "8.6亿元"), "error"),
    _probe("headline", "title_loss_beside_two_loss_measures_is_no_error", "远帆生物去年亏损收窄至9.6亿元",
           _LOSS_TWO_MEASURES, "silent"),
    # 一季度净利润翻倍: the quarter against the year-ago quarter the body prints.
    _probe("headline", "title_doubling_of_a_quarter_passes", "青川电气一季度净利润翻倍",
           _DOUBLING_BODY.format(now="3.06"), "pass", ("翻倍", "3.06亿元", "1.49亿元")),
    _probe("headline", "title_doubling_of_a_quarter_short_of_it_is_a_warning", "青川电气一季度净利润翻倍",
           _DOUBLING_BODY.format(now="2.17"), "violation", ("翻倍", "2.17亿元", "1.49亿元"), "warning"),
    _probe("headline", "title_doubling_with_the_quarter_before_printed_is_open", "青川电气一季度净利润翻倍",
           _DOUBLING_WITH_QUARTER_BEFORE, "silent"),
    # A round-up title: the second clause's company, the first clause's measure.
    _probe("headline", "second_company_of_a_title_passes", "股份行年报：江海银行净利增7.1% 北原银行增3.4%",
           _TWO_BANKS, "pass", ("3.4%",)),
    _probe("headline", "second_company_given_the_first_ones_rate_is_an_error",
           "股份行年报：江海银行净利增7.1% 北原银行增7.1%", _TWO_BANKS, "violation", ("7.1%", "3.4%"), "error"),
    # 减亏X亿元: the amount a loss narrowed by, from the body's two losses.
    _probe("headline", "title_loss_narrowed_by_an_amount_passes", "海鸥航空上半年减亏9.5亿元", _LOSS_NARROWED,
           "pass", ("9.5亿元", "14.3亿元", "23.8亿元")),
    _probe("headline", "title_loss_narrowed_by_another_amount_is_a_warning", "海鸥航空上半年减亏12.4亿元",
           _LOSS_NARROWED, "violation", ("12.4亿元", "14.3亿元", "23.8亿元"), "warning"),
    _probe("headline", "title_loss_narrowed_into_a_profit_is_no_error", "海鸥航空上半年减亏9.5亿元",
           _LOSS_INTO_PROFIT, "silent"),
    # A title's 净利润 over the body's 归母 and 扣非 of two rates: backed by either.
    _probe("headline", "title_profit_rounding_one_of_two_measures_passes", "青松制药净利润增长9%", _TWO_PROFITS,
           "pass", ("9%", "8.6%")),
    # A title's 营收 and a release's bare 收入: a doubt, never an error.
    _probe("headline", "title_revenue_over_a_plain_income_short_of_it_is_a_warning", "锦华物业去年营收破百亿",
           _PLAIN_REVENUE.format(measure="收入", amount="99.4"), "violation", ("百亿", "99.4亿元"), "warning"),
    _probe("headline", "title_revenue_over_a_plain_income_above_it_is_no_violation", "锦华物业去年营收破百亿",
           _PLAIN_REVENUE.format(measure="收入", amount="103.2"), "silent"),
    _probe("headline", "title_revenue_over_an_interest_income_is_no_violation", "锦华物业去年营收破百亿",
           _PLAIN_REVENUE.format(measure="利息收入", amount="99.4"), "silent"),
    # A monthly release: the year to date's growth with or without 累计, the month's volume.
    _probe("headline", "title_year_to_date_growth_passes", "远山汽车前5月累计销量增长14%", _MONTHLY_SALES,
           "pass", ("14%", "14.3%")),
    _probe("headline", "title_year_to_date_growth_altered_is_an_error", "远山汽车前5月累计销量增长19%", _MONTHLY_SALES,
           "violation", ("19%", "14.3%"), "error"),
    _probe("headline", "title_month_volume_passes", "远山汽车5月销量4.37万辆", _MONTHLY_SALES,
           "pass", ("4.37万辆", "43712辆")),
    _probe("headline", "title_month_volume_altered_is_a_warning", "远山汽车5月销量5.37万辆", _MONTHLY_SALES,
           "violation", ("5.37万辆", "43712辆"), "warning"),
    _probe("headline", "title_month_volume_over_two_volumes_is_no_violation", "远山汽车5月销量5.37万辆",
           _TWO_VOLUMES, "silent"),
    # A title's second clause that names no measure says the first one's again.
    _probe("headline", "elided_measure_of_a_title_passes", "云帆科技第二季收入按年增21% 按季增8%",
           _QUARTER_ON_QUARTER, "pass", ("8%", "8.1%")),
    _probe("headline", "elided_measure_of_a_title_altered_is_an_error", "云帆科技第二季收入按年增21% 按季增10%",
           _QUARTER_ON_QUARTER, "violation", ("10%", "8.1%"), "error"),
    _probe("headline", "elided_measure_the_body_gives_only_another_measure_of_is_silent",
           "云帆科技第二季收入按年增21% 按季增10%", _PROFIT_ON_QUARTER, "silent"),
    # A bare figure (近12万亿, no unit) is never refuted by the count of firms before the total.
    _probe("headline", "bare_bound_beside_a_count_of_firms_passes", "超九成上市券商去年实现盈利 总资产近12万亿",
           _ROUND_UP_TOTAL.format(total="11.63", bound="12"), "pass", ("12万亿", "11.63万亿元")),
    _probe("headline", "bare_bound_altered_is_an_error_against_the_total", "超九成上市券商去年实现盈利 总资产近16万亿",
           _ROUND_UP_TOTAL.format(total="11.63", bound="16"), "violation", ("16万亿", "11.63万亿元"), "error"),
    # A doubling or a multiple after the year-ago amount the sentence compares with.
    _probe("approximate-wording", "doubling_after_its_prior_passes", "瑞海医疗发布年报",
           _DOUBLED_FROM.format(now="3.29"), "pass", ("翻了一番", "3.29亿元", "1.63亿元")),
    _probe("approximate-wording", "doubling_after_its_prior_short_of_it_is_a_warning", "瑞海医疗发布年报",
           _DOUBLED_FROM.format(now="2.29"), "violation", ("翻了一番", "2.29亿元", "1.63亿元"), "warning"),
    _probe("approximate-wording", "nearly_one_fold_after_its_prior_passes", "瑞海医疗发布年报",
           _NEARLY_ONE_FOLD.format(now="21.6"), "pass", ("一倍", "21.6亿元", "11.2亿元")),
    _probe("approximate-wording", "nearly_one_fold_short_of_it_is_a_warning", "瑞海医疗发布年报",
           _NEARLY_ONE_FOLD.format(now="15.6"), "violation", ("一倍", "15.6亿元", "11.2亿元"), "warning"),
    _probe("approximate-wording", "multiple_of_a_bracketed_base_passes", "瑞海医疗发布年报",
           _MULTIPLE_OF_A_BASE.format(ratio="1.9"), "pass", ("1.9倍", "7.84亿元", "4.12亿元")),
    _probe("approximate-wording", "multiple_of_a_bracketed_base_altered_is_a_warning", "瑞海医疗发布年报",
           _MULTIPLE_OF_A_BASE.format(ratio="2.5"), "violation", ("2.5倍", "7.84亿元", "4.12亿元"), "warning"),
    _probe("approximate-wording", "multiple_of_no_base_is_no_ratio", "瑞海医疗发布年报", _MULTIPLE_ALONE, "silent"),
    # A bound in apposition to the figure before it.
    _probe("approximate-wording", "bound_after_its_figure_passes", "明禾科技发布年报", _STAFF.format(bound="近3万人"),
           "pass", ("3万人", "28450人")),
    _probe("approximate-wording", "bound_after_its_figure_altered_is_a_warning", "明禾科技发布年报",
           _STAFF.format(bound="近4万人"), "violation", ("4万人", "28450人"), "warning"),
    _probe("approximate-wording", "crossing_after_its_figure_passes", "明禾科技发布年报",
           _REVENUE_CROSSING.format(bound="200"), "pass", ("200亿元", "236.4亿元")),
    _probe("approximate-wording", "crossing_after_its_figure_altered_is_a_warning", "明禾科技发布年报",
           _REVENUE_CROSSING.format(bound="260"), "violation", ("260亿元", "236.4亿元"), "warning"),
    _probe("approximate-wording", "bound_naming_a_part_after_the_whole_is_not_its_restatement", "明禾科技发布年报",
           _REVENUE_THEN_PART, "silent"),
]


@pytest.mark.parametrize("probe", PROBES, ids=[probe.case.name for probe in PROBES])
def test_probe8_headlines_and_bounds(probe: Probe, tmp_path):
    case = probe.case
    report = run_case(case, tmp_path)
    of_rule = [check for check in report.checks if check.rule == case.rule]
    described = "\n".join(f"  {c.outcome} {c.severity} {c.message} @ {[l.text for l in c.locations]}" for c in of_rule)
    violations = [check for check in of_rule if check.outcome == "violation"]
    if case.expect == "silent":
        assert not [check for check in violations if check.severity == "error"], described
        return
    found = matching_checks(report, case)
    assert found, f"no {case.expect} covering {case.figures}:\n{described}"
    if case.expect == "pass":
        assert not violations, described
    else:
        assert all(check.severity == probe.severity for check in found), described
