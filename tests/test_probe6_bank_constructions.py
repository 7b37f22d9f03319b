"""Constructions of bank, insurer and fintech results the probes met (session 18, p6): a yearly
change's prior named by its date (按年增加18%，2023年为74.11亿美元; 同比下降0.21个百分点，2024年第三季度为
1.56%), a rate then its prior with the amount (年减12.8%，较去年同期的877.5亿元减少112.3亿元), a rate to the
level then the prior in brackets (按年增长26%至48.65亿美元（2023年：38.61亿美元）), a bracketed prior
without 为 or a colon, 去年底为 as a prior, and the verbs of a margin (下行, 上行, 走阔). Sentences written
here, with invented companies and figures: each passes as printed, fails with its stated figure
altered, and a prior of another date is not paired."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

_PUBLISHED = "2025-03-20 18:00:00 +0800"


def _case(rule: str, name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(rule, name, text, expect, figures, title="嘉陵保险2024年业绩", published=_PUBLISHED)


GP, CD, PC = "growth-prior", "change-delta", "point-change"
CASES = [
    # 62.18 / 52.70 = +17.99%
    _case(GP, "yearly_rate_then_prior_by_its_year", "嘉陵保险2024年年化新保费为62.18亿美元，按年增加18%，2023年为52.70亿美元。",
          "pass", ("62.18亿美元", "18%", "52.70亿美元")),
    _case(GP, "yearly_rate_then_prior_by_its_year_altered",
          "嘉陵保险2024年年化新保费为62.18亿美元，按年增加23%，2023年为52.70亿美元。", "violation", ("23%",)),
    _case(GP, "yearly_rate_then_a_year_that_is_not_the_one_before",
          "嘉陵保险2024年年化新保费为62.18亿美元，按年增加23%，2022年为52.70亿美元。", "silent"),
    # 2.46 - 2.71 = -0.25 points
    _case(PC, "points_then_prior_by_its_quarter",
          "嘉陵数科2025年第三季度M3+逾期率为2.46%，同比下降0.25个百分点，2024年第三季度为2.71%。", "pass",
          ("2.46%", "0.25个百分点", "2.71%")),
    _case(PC, "points_then_prior_by_its_quarter_altered",
          "嘉陵数科2025年第三季度M3+逾期率为2.46%，同比下降0.33个百分点，2024年第三季度为2.71%。", "violation",
          ("0.33个百分点",)),
    # 642.5 / 731.8 = -12.20%; 731.8 - 642.5 = 89.3
    _case(GP, "rate_then_prior_with_the_amount",
          "嘉陵人壽初年度保費收入為642.5億元，年減12.2%，較去年同期的731.8億元減少89.3億元。", "pass",
          ("642.5億元", "731.8億元", "12.2%")),
    _case(GP, "rate_then_prior_with_the_amount_altered_rate",
          "嘉陵人壽初年度保費收入為642.5億元，年減15.9%，較去年同期的731.8億元減少89.3億元。", "violation", ("15.9%",)),
    _case(CD, "rate_then_prior_with_the_amount_altered_amount",
          "嘉陵人壽初年度保費收入為642.5億元，年減12.2%，較去年同期的731.8億元減少116.1億元。", "violation",
          ("116.1億元",)),
    # 36.74 / 29.16 = +25.99%
    _case(GP, "rate_to_level_then_prior_in_brackets",
          "嘉陵保險新業務價值按年增長26%至36.74億美元（2023年：29.16億美元）。", "pass",
          ("26%", "36.74億美元", "29.16億美元")),
    _case(GP, "rate_to_level_then_prior_in_brackets_altered",
          "嘉陵保險新業務價值按年增長34%至36.74億美元（2023年：29.16億美元）。", "violation", ("34%",)),
    # 33.6 - 31.9 = 1.7 points, the prior bracketed with no 为 or colon
    _case(PC, "points_then_bare_prior_in_brackets",
          "嘉陵銀行成本對收入比率為33.6%，按年上升1.7個百分點（去年同期31.9%）。", "pass",
          ("33.6%", "1.7個百分點", "31.9%")),
    _case(PC, "points_then_bare_prior_in_brackets_altered",
          "嘉陵銀行成本對收入比率為33.6%，按年上升2.2個百分點（去年同期31.9%）。", "violation", ("2.2個百分點",)),
    # 去年底為: 14.8 - 14.2 = 0.6 points
    _case(PC, "points_then_prior_at_last_year_end",
          "嘉陵銀行普通股權一級資本比率為14.8%，較去年底上升0.6個百分點，去年底為14.2%。", "pass",
          ("14.8%", "0.6個百分點", "14.2%")),
    _case(PC, "points_then_prior_at_last_year_end_altered",
          "嘉陵銀行普通股權一級資本比率為14.8%，較去年底上升0.8個百分點，去年底為14.2%。", "violation",
          ("0.8個百分點",)),
    # 下行: 1.58 - 1.71 = -0.13 points
    _case(PC, "margin_moving_down",
          "嘉陵银行2024年净息差为1.58%，同比下行13个基点，上年同期为1.71%。", "pass",
          ("1.58%", "13个基点", "1.71%")),
    _case(PC, "margin_moving_down_altered",
          "嘉陵银行2024年净息差为1.58%，同比下行17个基点，上年同期为1.71%。", "violation", ("17个基点",)),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bank_constructions(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
