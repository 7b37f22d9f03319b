"""Relations stated through lists: rates listed for figures listed beside them or elsewhere.

Every text is written here with made-up companies and numbers, in the shapes real coverage
prints. Each must be read with each figure in its role, pass as printed, and fail when one
stated rate is altered; the texts after them must state no relation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

RULE_OF_KIND = {"growth_prior": "growth-prior", "from_to": "change-delta", "pp_change": "point-change"}

# (text, kind, construction, [{role: printed figure}, …], altered text)
LISTED = [
    # years listed before the values, rates listed after them: the second year's baseline is the first
    ("2021年、2022年，星河科技营业收入分别为48.6亿元、52.3亿元，同比增长12.4%、7.6%。", "growth_prior",
     "rates-listed-for-listed-figures", [{"current": "52.3亿元", "prior": "48.6亿元", "rate": "7.6%"}],
     "2021年、2022年，星河科技营业收入分别为48.6亿元、52.3亿元，同比增长12.4%、9.9%。"),
    # a forecast table flattened into a bullet: 2021-2023E, 增长率分别为
    ("- 2021-2023E 营业收入分别为 120.50 亿元、138.20 亿元、151.90 亿元,增长率分别为 5.12%、14.69%、9.91%。",
     "growth_prior", "rates-listed-for-listed-figures",
     [{"current": "138.20 亿元", "prior": "120.50 亿元", "rate": "14.69%"},
      {"current": "151.90 亿元", "prior": "138.20 亿元", "rate": "9.91%"}],
     "- 2021-2023E 营业收入分别为 120.50 亿元、138.20 亿元、151.90 亿元,增长率分别为 5.12%、19.10%、9.91%。"),
    # the rates name their own years, one fewer than the values; a signed rate keeps its sign
    ("2018-2021年，蓝鲸出行收入分别为3.20亿元，3.85亿元，3.61亿元，4.40亿元；其中，2019年、2020年、2021年分别"
     "同比增长20.31%，-6.23%，21.88%。", "growth_prior", "rates-listed-for-listed-figures",
     [{"current": "3.85亿元", "prior": "3.20亿元", "rate": "20.31%"},
      {"current": "3.61亿元", "prior": "3.85亿元", "rate": "-6.23%"},
      {"current": "4.40亿元", "prior": "3.61亿元", "rate": "21.88%"}],
     "2018-2021年，蓝鲸出行收入分别为3.20亿元，3.85亿元，3.61亿元，4.40亿元；其中，2019年、2020年、2021年分别"
     "同比增长20.31%，-8.10%，21.88%。"),
    # the year before printed as a list of the same measures in the same order
    ("2020年，公司实现的营业收入、归母净利润分别为210.40亿元、35.60亿元。2021年，营收净利分别为245.80亿元、"
     "41.20亿元，同比增长16.8%、15.7%。", "growth_prior", "rates-listed-for-listed-figures",
     [{"current": "245.80亿元", "prior": "210.40亿元", "rate": "16.8%"},
      {"current": "41.20亿元", "prior": "35.60亿元", "rate": "15.7%"}],
     "2020年，公司实现的营业收入、归母净利润分别为210.40亿元、35.60亿元。2021年，营收净利分别为245.80亿元、"
     "41.20亿元，同比增长16.8%、20.4%。"),
    # a list of years whose first baseline stands in the year before's list of measures (营收净利)
    ("2020年，公司实现的营业收入、归母净利润分别为210.40亿元、35.60亿元。2021年，营收净利分别为245.80亿元、"
     "41.20亿元，同比增长16.8%、15.7%。2022年、2023年，公司实现的营业收入分别为230.10亿元、190.40亿元，"
     "同比下降6.39%、17.25%；归母净利润分别为30.90亿元、12.10亿元，同比下降25.0%、60.8%。", "growth_prior",
     "rates-listed-for-listed-figures",
     [{"current": "230.10亿元", "prior": "245.80亿元", "rate": "6.39%"},
      {"current": "190.40亿元", "prior": "230.10亿元", "rate": "17.25%"},
      {"current": "30.90亿元", "prior": "41.20亿元", "rate": "25.0%"},
      {"current": "12.10亿元", "prior": "30.90亿元", "rate": "60.8%"}],
     "2020年，公司实现的营业收入、归母净利润分别为210.40亿元、35.60亿元。2021年，营收净利分别为245.80亿元、"
     "41.20亿元，同比增长16.8%、15.7%。2022年、2023年，公司实现的营业收入分别为230.10亿元、190.40亿元，"
     "同比下降8.31%、17.25%；归母净利润分别为30.90亿元、12.10亿元，同比下降25.0%、60.8%。"),
    # a list of companies: each one's baseline is its own figure of the year before
    ("2022年，东海银行、北辰银行营业收入分别为43.2亿元、47.9亿元。2023年，东海银行、北辰银行营业收入分别为48.6亿元、"
     "52.3亿元，同比增长12.5%、9.2%。", "growth_prior", "rates-listed-for-listed-figures",
     [{"current": "48.6亿元", "prior": "43.2亿元", "rate": "12.5%"},
      {"current": "52.3亿元", "prior": "47.9亿元", "rate": "9.2%"}],
     "2022年，东海银行、北辰银行营业收入分别为43.2亿元、47.9亿元。2023年，东海银行、北辰银行营业收入分别为48.6亿元、"
     "52.3亿元，同比增长12.5%、12.0%。"),
    # one figure per clause, the rates given out by 分别, the year-end baselines printed later
    ("截至2022年6月30日，68家信托公司总资产为8.40万亿元，净资产为1.92万亿元，相较于上年末分别增加5.00%和3.78%。"
     "截至2021年末，信托业总资产为8.00万亿元，净资产为1.85万亿元。", "growth_prior",
     "rates-listed-for-listed-figures",
     [{"current": "8.40万亿元", "prior": "8.00万亿元", "rate": "5.00%"},
      {"current": "1.92万亿元", "prior": "1.85万亿元", "rate": "3.78%"}],
     "截至2022年6月30日，68家信托公司总资产为8.40万亿元，净资产为1.92万亿元，相较于上年末分别增加6.50%和3.78%。"
     "截至2021年末，信托业总资产为8.00万亿元，净资产为1.85万亿元。"),
]

# Changes listed by 分别 for figures printed before them; comparisons whose figure an anaphor names.
LISTED += [
    ("截至6月末，长江指数为88.40点，环比上升2.10点；黄河指数为91.20点，环比上升1.60点；与上年同期相比，"
     "长江指数、黄河指数分别下降1.30点和0.90点，降幅为1.45%和0.98%。", "from_to", "changes-listed-for-named-figures",
     [{"to": "88.40点", "delta": "1.30点", "rate": "1.45%"}, {"to": "91.20点", "delta": "0.90点", "rate": "0.98%"}],
     "截至6月末，长江指数为88.40点，环比上升2.10点；黄河指数为91.20点，环比上升1.60点；与上年同期相比，"
     "长江指数、黄河指数分别下降1.30点和0.90点，降幅为1.45%和1.27%。"),
    ("截至2023年末，68家信托公司总资产为5.50万亿元，净资产为1.15万亿元。截至2022年末，信托公司总资产为5.20万亿元，"
     "净资产为1.10万亿元，2023年分别增加0.30万亿元、0.05万亿元。", "from_to", "changes-listed-for-figures-before",
     [{"from": "5.20万亿元", "to": "5.50万亿元", "delta": "0.30万亿元"},
      {"from": "1.10万亿元", "to": "1.15万亿元", "delta": "0.05万亿元"}],
     "截至2023年末，68家信托公司总资产为5.50万亿元，净资产为1.15万亿元。截至2022年末，信托公司总资产为5.20万亿元，"
     "净资产为1.10万亿元，2023年分别增加0.39万亿元、0.05万亿元。"),
    # the year before printed for 行业, the vague word over the companies the article counts
    ("截至2023年12月31日，52家期货公司总资产为1.62万亿元，净资本为0.18万亿元。截至2022年末，行业总资产为1.45万亿元，"
     "净资本为0.16万亿元，2023年分别增加0.17万亿元、0.02万亿元。", "from_to", "changes-listed-for-figures-before",
     [{"from": "1.45万亿元", "to": "1.62万亿元", "delta": "0.17万亿元"},
      {"from": "0.16万亿元", "to": "0.18万亿元", "delta": "0.02万亿元"}],
     "截至2023年12月31日，52家期货公司总资产为1.62万亿元，净资本为0.18万亿元。截至2022年末，行业总资产为1.45万亿元，"
     "净资本为0.16万亿元，2023年分别增加0.23万亿元、0.02万亿元。"),
    ("截至2023年底，东江农商行以4210.50亿元的资产规模位列第一，该行较上年末的3862.10亿元增加348亿元。", "from_to",
     "anaphor-against-from-then-amount", [{"from": "3862.10亿元", "to": "4210.50亿元", "delta": "348亿元"}],
     "截至2023年底，东江农商行以4210.50亿元的资产规模位列第一，该行较上年末的3862.10亿元增加452亿元。"),
    ("9月8日，宁远股份报收36.40元。这较近期低点的33.10元，反弹10.0%，但较去年高位的60.20元，降幅达39.5%。",
     "growth_prior", "anaphor-against-prior", [{"current": "36.40元", "prior": "33.10元", "rate": "10.0%"}],
     "9月8日，宁远股份报收36.40元。这较近期低点的33.10元，反弹13.0%，但较去年高位的60.20元，降幅达39.5%。"),
    ("9月8日，宁远股份报收36.40元。这较近期低点的33.10元，反弹10.0%，但较去年高位的60.20元，降幅达39.5%。",
     "growth_prior", "then-against-prior", [{"current": "36.40元", "prior": "60.20元", "rate": "39.5%"}],
     "9月8日，宁远股份报收36.40元。这较近期低点的33.10元，反弹10.0%，但较去年高位的60.20元，降幅达51.4%。"),
]

# A yearly growth of a figure that a list of years prints again: the list's year before is the baseline.
LISTED += [
    ("2022年，青木物流的营收为8.12亿元，同比增加18.37%；净亏损为3.05亿元，亏损额度同比收窄21.4%。"
     "招股书显示，2019-2022年，青木物流收入分别为5.02亿元，6.11亿元，6.86亿元，8.12亿元。"
     "2019-2022年分别亏损2.44亿元，3.61亿元，3.88亿元，3.05亿元。", "growth_prior", "growth-against-a-listed-series",
     [{"current": "8.12亿元", "prior": "6.86亿元", "rate": "18.37%"},
      {"current": "3.05亿元", "prior": "3.88亿元", "rate": "21.4%"}],
     "2022年，青木物流的营收为8.12亿元，同比增加23.88%；净亏损为3.05亿元，亏损额度同比收窄21.4%。"
     "招股书显示，2019-2022年，青木物流收入分别为5.02亿元，6.11亿元，6.86亿元，8.12亿元。"
     "2019-2022年分别亏损2.44亿元，3.61亿元，3.88亿元，3.05亿元。"),
    ("2023 年，白杨科技营业收入达 41.7 亿元，同比增长 9.2%。2020 年至 2023 年，白杨科技营业收入分别为 30.5 亿元、"
     "34.8 亿元、38.2 亿元、41.7 亿元。", "growth_prior", "growth-against-a-listed-series",
     [{"current": "41.7 亿元", "prior": "38.2 亿元", "rate": "9.2%"}],
     "2023 年，白杨科技营业收入达 41.7 亿元，同比增长 12.0%。2020 年至 2023 年，白杨科技营业收入分别为 30.5 亿元、"
     "34.8 亿元、38.2 亿元、41.7 亿元。"),
]

# The first and last rates of a range of years: the last is the range's last year over the year before.
LISTED += [
    ("据招股书显示，2019-2022年青山快运应付账款分别为1.64亿元，2.05亿元，2.87亿元，0.93亿元，2019-2021年，三年间"
     "其应付账款年增长率从25.0%增长至40.0%。", "growth_prior", "last-rate-of-a-range-of-years",
     [{"current": "2.87亿元", "prior": "2.05亿元", "rate": "40.0%"}],
     "据招股书显示，2019-2022年青山快运应付账款分别为1.64亿元，2.05亿元，2.87亿元，0.93亿元，2019-2021年，三年间"
     "其应付账款年增长率从25.0%增长至52.0%。"),
]

# Texts whose lists stand close together but pair nothing.
NOT_LISTED = [
    # the list does not print the growth's figure at its year: another series
    ("2022年，青木物流的营收为8.12亿元，同比增加18.37%。2019-2022年，青木物流毛利分别为1.02亿元，1.11亿元，"
     "1.36亿元，1.52亿元。", "growth-against-a-listed-series"),
    # the growth names a measure of its own, not the figure before it
    ("2022年，青木物流净利润为3.05亿元，营收同比增长21.4%。2019-2022年，青木物流净利润分别为2.44亿元，3.61亿元，"
     "3.88亿元，3.05亿元。", "growth-against-a-listed-series"),
    # a growth 环比 is not measured from the year before
    ("2022年，青木物流的营收为8.12亿元，环比增加18.37%。2019-2022年，青木物流收入分别为5.02亿元，6.11亿元，"
     "6.86亿元，8.12亿元。", "growth-against-a-listed-series"),
    # two year lists print the figure again with different baselines: which one is meant is not said
    ("2022年，青木物流的营收为8.12亿元，同比增加18.37%。2019-2022年，青木物流收入分别为5.02亿元，6.11亿元，"
     "6.86亿元，8.12亿元。2020-2022年，物流服务收入分别为5.90亿元，6.40亿元，8.12亿元。",
     "growth-against-a-listed-series"),
    # 环比 over years names no baseline in a list of years
    ("2021年、2022年，星河科技营业收入分别为48.6亿元、52.3亿元，环比增长12.4%、7.6%。", "growth_prior"),
    # three values, two rates: which rate goes with which value is not said
    ("2020年至2022年营业收入分别为40.1亿元、45.2亿元、50.3亿元，同比增长12.7%、11.3%。", "growth_prior"),
    # two companies, no year before printed: no baseline
    ("2022年，东海银行、北辰银行营业收入分别为48.6亿元、52.3亿元，同比增长12.4%、7.6%。", "growth_prior"),
    # the year before printed for other measures (资产, not 营收): no parallel list
    ("2020年，公司总资产、净资产分别为810.20亿元、135.60亿元。2021年，营收净利分别为245.80亿元、41.20亿元，"
     "同比增长16.8%、15.7%。", "growth_prior"),
    # 净资本 is not 净资产 and 资产 alone names no measure: baselines of other measures are none
    ("截至2022年6月30日，68家信托公司总资产为8.40万亿元，净资本为1.92万亿元，相较于上年末分别增加5.00%和3.78%。"
     "截至2021年末，信托业净资产为1.85万亿元，固定资产为8.00万亿元。", "rates-listed-for-listed-figures"),
    # rates listed after amounts that are levels of their own (毛利率), not changes
    ("2023年，公司营业收入、净利润分别为52.4亿元、6.1亿元，毛利率、净利率分别为31.2%、11.6%。"
     "2022年，公司营业收入、净利润分别为40.0亿元、5.5亿元。", "growth_prior"),
    # the rates name a measure of their own (份额), not the listed figures' growth
    ("2023年，东海银行、北辰银行营业收入分别为48.6亿元、52.3亿元，市场份额分别提升12.4%、7.6%。"
     "2022年，东海银行、北辰银行营业收入分别为43.2亿元、48.6亿元。", "growth_prior"),
    # a level and its change alone state nothing to check
    ("截至6月末，长江指数为88.40点，黄河指数为91.20点；长江指数、黄河指数分别下降1.30点和0.90点。", "from_to"),
    # the figures are of the year the changes name, not of the year before
    ("截至2023年末，信托公司总资产为5.50万亿元，净资产为1.15万亿元，2023年分别增加0.30万亿元、0.05万亿元。",
     "changes-listed-for-figures-before"),
    # the rates name a measure no series of years prints
    ("2019-2022年青山快运应付账款分别为1.64亿元，2.05亿元，2.87亿元，0.93亿元，2019-2021年，三年间其存货年增长率"
     "从25.0%增长至40.0%。", "last-rate-of-a-range-of-years"),
    # 年均增长率 is an average over years, not the last year's growth
    ("2019-2022年青山快运应付账款分别为1.64亿元，2.05亿元，2.87亿元，0.93亿元，2019-2021年，其应付账款年均增长率"
     "从25.0%增长至40.0%。", "last-rate-of-a-range-of-years"),
    # no range of years for the rates
    ("2019-2022年青山快运应付账款分别为1.64亿元，2.05亿元，2.87亿元，0.93亿元，其应付账款年增长率从25.0%增长至40.0%。",
     "last-rate-of-a-range-of-years"),
    # two amounts before the anaphor: which one it stands for is not said
    ("营收为52.1亿元，净利润为6.3亿元，这较上年同期的47.0亿元增长10.9%。", "anaphor-against-prior"),
    # no baseline figure after the comparison word
    ("东江农商行资产规模为4210.50亿元，该行较上年末增加348亿元。", "anaphor-against-from-then-amount"),
]


def _relations(path: Path):
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [(relation, {filler.role: claims[filler.claim].text for filler in relation.fillers})
            for relation in extraction.relations]


def _outcomes(path: Path, rule: str) -> list[str]:
    return [check.outcome for check in run([str(path)]).checks if check.rule == rule]


@pytest.mark.parametrize("text, kind, construction, wanted, altered", LISTED, ids=[str(i) for i in range(len(LISTED))])
def test_listed_rates_pair_with_their_figures_and_baselines(tmp_path, text, kind, construction, wanted, altered):
    found = [by_role for relation, by_role in _relations(write_article(tmp_path, text))
             if relation.kind == kind and relation.construction == construction]
    for roles in wanted:
        assert roles in found, found


@pytest.mark.parametrize("text, kind, construction, wanted, altered", LISTED, ids=[str(i) for i in range(len(LISTED))])
def test_listed_rates_pass_as_printed_and_fail_when_one_is_altered(tmp_path, text, kind, construction, wanted,
                                                                   altered):
    rule = RULE_OF_KIND[kind]
    outcomes = _outcomes(write_article(tmp_path, text), rule)
    assert "pass" in outcomes and "violation" not in outcomes, outcomes
    assert "violation" in _outcomes(write_article(tmp_path, altered, "altered"), rule)


@pytest.mark.parametrize("text, kind", NOT_LISTED, ids=[str(i) for i in range(len(NOT_LISTED))])
def test_lists_that_pair_nothing_state_no_relation(tmp_path, text, kind):
    # ``kind`` names a relation kind, or one construction that must not read the text
    ours = {"rates-listed-for-listed-figures", "changes-listed-for-named-figures", "changes-listed-for-figures-before",
            "growth-against-a-listed-series", "last-rate-of-a-range-of-years",
            "anaphor-against-prior", "anaphor-against-from-then-amount", "then-against-prior"}
    found = [by_role for relation, by_role in _relations(write_article(tmp_path, text))
             if relation.construction in ours and kind in (relation.kind, relation.construction)]
    assert found == []


def test_first_rate_of_a_range_is_read_and_only_warned_of(tmp_path):
    # 25.0% is 2020's growth over 2019 (2.05 over 1.64), or 2019's over a year not printed:
    # a first rate that misses the first reading is a warning, never an error.
    text = ("据招股书显示，2019-2022年青山快运应付账款分别为1.64亿元，2.05亿元，2.87亿元，0.93亿元，2019-2021年，三年间"
            "其应付账款年增长率从{}增长至40.0%。")
    found = [by_role for relation, by_role in _relations(write_article(tmp_path, text.format("25.0%")))
             if relation.construction == "first-rate-of-a-range-of-years"]
    assert found == [{"current": "2.05亿元", "prior": "1.64亿元", "rate": "25.0%"}]
    assert "violation" not in _outcomes(write_article(tmp_path, text.format("25.0%"), "right"), "growth-prior")
    altered = [check for check in run([str(write_article(tmp_path, text.format("32.5%"), "altered"))]).checks
               if check.rule == "growth-prior" and check.outcome == "violation"]
    assert altered and all(check.severity == "warning" for check in altered)


def test_first_rate_of_a_range_is_left_alone_when_the_year_before_is_printed(tmp_path):
    # the series prints 2018: 25.0% may be 2019's growth over it, or 2020's over 2019
    text = ("2018-2022年青山快运应付账款分别为1.20亿元，1.64亿元，2.05亿元，2.87亿元，0.93亿元，2019-2021年，三年间"
            "其应付账款年增长率从25.0%增长至40.0%。")
    assert [relation for relation, _ in _relations(write_article(tmp_path, text))
            if relation.construction == "first-rate-of-a-range-of-years"] == []


def test_a_fall_of_more_than_all_of_a_positive_figure_is_violated(tmp_path):
    # 5.3亿 after 48.6亿 is a fall of 89.1%; a fall of 114.7% would leave less than nothing.
    text = "2022年、2023年，星河科技净利润分别为48.6亿元、5.3亿元，同比下降12.4%、{}。"
    assert "violation" not in _outcomes(write_article(tmp_path, text.format("89.1%")), "growth-prior")
    assert "violation" in _outcomes(write_article(tmp_path, text.format("114.7%"), "altered"), "growth-prior")
