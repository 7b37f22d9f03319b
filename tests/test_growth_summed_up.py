"""A growth rate that sums up two figures printed before it (validator/rate_gaps.py,
``summed_up_rates``):

    2023年，98家期货公司实现净利润98.46亿元。…2022年，全行业94家期货公司实现净利润105.23亿元。
    也就是说，2023年期货行业净利润下滑6.43%。

The rate is a growth_prior relation of the one figure of its measure printed for its period and
the one printed for the year before, checked by growth-prior: it passes as printed and fails
when the rate is altered. Sentences written here, with made-up trades, counts and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

STATED = [
    # the prior printed for the whole trade (全行业), the rate in a sentence of its own
    ("近日，期货业协会公布了2023年经营数据。2023年，98家期货公司实现营业收入412.05亿元，实现净利润98.46亿元。\n"
     "2022年，全行业94家期货公司实现营业收入398.37亿元，实现净利润105.23亿元。\n"
     "也就是说，2023年期货行业净利润小幅下滑6.43%，而营业收入有所增长。",
     ("98.46亿元", "105.23亿元", "6.43%"), "6.43%", "8.36%"),
    # traditional characters, a rise, 換言之
    ("2023年，甲市旅遊業實現營業收入865.2億元。2022年，甲市旅遊業實現營業收入702.4億元。"
     "換言之，2023年甲市旅遊業營業收入增長23.2%。",
     ("865.2億元", "702.4億元", "23.2%"), "23.2%", "30.2%"),
]

NOT_STATED = [
    # no word of a conclusion: the rate may be of some other figure
    "2023年，乙市港口实现营业收入86.2亿元。2022年，乙市港口实现营业收入80.4亿元。2023年乙市港口营业收入增长7.9%。",
    # two figures of the measure for the prior year: which one the rate starts from is unsaid
    "2023年，丙省快递业实现营业收入520.6亿元。2022年，丙省快递业实现营业收入480.2亿元，其中寄递营业收入410.3亿元。"
    "也就是说，2023年丙省快递业营业收入增长8.4%。",
    # the rate names another measure than the figures print
    "2023年，丁市银行业实现净利润120.5亿元。2022年，丁市银行业实现净利润110.2亿元。也就是说，2023年丁市银行业营业收入增长5.1%。",
    # a ratio named by the measure's word (净利率) changes in points, it does not grow from the figures
    "2023年，己市银行业实现净利润120.5亿元。2022年，己市银行业实现净利润110.2亿元。也就是说，2023年己市银行业净利率下降1.2%。",
    # the figures of two companies
    "东岭重工（600999）2023年实现净利润12.6亿元。同行业的西川机械（600888）2022年实现净利润11.8亿元。"
    "也就是说，2023年东岭重工净利润增长6.8%。",
    # no figure for the year before
    "2023年，戊市影院实现票房收入30.5亿元。也就是说，2023年戊市影院票房收入增长45.2%。",
]


def _summed_up(path) -> list[tuple[str, str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [tuple(claims[relation.claim_in(role)].text for role in ("current", "prior", "rate"))
            for relation in extraction.relations if relation.construction == "rate-summing-up-figures-printed-before"]


@pytest.mark.parametrize("text, relation, rate, altered", STATED, ids=["全行业", "繁体"])
def test_rate_summing_up_earlier_figures_is_read_and_checked(tmp_path, text, relation, rate, altered):
    assert _summed_up(write_article(tmp_path, text)) == [relation]
    checks = [check for check in run([str(write_article(tmp_path, text, "right"))]).checks
              if check.rule == "growth-prior"]
    assert checks and all(check.outcome == "pass" for check in checks)
    wrong = write_article(tmp_path, text.replace(rate, altered, 1), "wrong")
    assert any(check.rule == "growth-prior" and check.outcome == "violation" and check.severity == "error"
               and any(location.text == altered for location in check.locations)
               for check in run([str(wrong)]).checks)


@pytest.mark.parametrize("text", NOT_STATED, ids=["无总结词", "上年两个数", "另一指标", "净利率", "两家公司", "无上年数"])
def test_no_summed_up_rate_without_one_figure_of_each_period(tmp_path, text):
    assert _summed_up(write_article(tmp_path, text)) == []
