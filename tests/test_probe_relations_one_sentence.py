"""Relations results coverage states in one sentence: a figure, its change and its baseline.

Shapes written here with made-up companies and numbers: the prior printed after the change
(，上年同期为Z), the change amount and rate after a baseline (较上年同期的Z增加D，增长R%), the
change printed before the level it leads to (较上年末的Z%提升Q个百分点至X%). Each must be read in
its roles, pass as printed and fail when its stated figure is altered; a baseline is never read
as the level a change leads to.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article
from .test_constructions import RULE_OF_KIND, _relations, _rule_outcomes

# (sentence, kind, construction, {role: printed figure}, altered sentence)
PHRASINGS = [
    # the baseline, the change amount and the rate, after the level
    ("星河电器营业收入93.6亿元，较上年同期的81.2亿元增加12.4亿元，增长15.3%。", "from_to", "to-against-from-then-amount",
     {"to": "93.6亿元", "from": "81.2亿元", "delta": "12.4亿元", "rate": "15.3%"},
     "星河电器营业收入93.6亿元，较上年同期的81.2亿元增加12.4亿元，增长19.9%。"),
    ("澄江銀行各項貸款餘額2,846.5億元，較上年末的2,603.1億元增加243.4億元，增長9.4%。", "from_to",
     "to-against-from-then-amount",
     {"to": "2,846.5億元", "from": "2,603.1億元", "delta": "243.4億元", "rate": "9.4%"},
     "澄江銀行各項貸款餘額2,846.5億元，較上年末的2,603.1億元增加243.4億元，增長12.2%。"),
    # the prior stated after the level, then the change amount (and its rate)
    ("营业收入57.3亿元，上年同期为49.6亿元，增加7.7亿元。", "from_to", "prior-stated-then-amount",
     {"to": "57.3亿元", "from": "49.6亿元", "delta": "7.7亿元"}, "营业收入57.3亿元，上年同期为49.6亿元，增加10.0亿元。"),
    ("营业收入57.3亿元，上年同期为49.6亿元，同比增加7.7亿元，增长15.5%。", "from_to", "prior-stated-then-amount",
     {"to": "57.3亿元", "from": "49.6亿元", "delta": "7.7亿元", "rate": "15.5%"},
     "营业收入57.3亿元，上年同期为49.6亿元，同比增加7.7亿元，增长20.2%。"),
    # the change amount before the level it leads to
    ("归母净利润较上年同期的5.36亿元增加1.18亿元至6.54亿元。", "from_to", "against-from-by-amount-to",
     {"from": "5.36亿元", "delta": "1.18亿元", "to": "6.54亿元"}, "归母净利润较上年同期的5.36亿元增加1.53亿元至6.54亿元。"),
    ("存款总额由年初的1,204亿元增加96亿元至1,300亿元。", "from_to", "against-from-by-amount-to",
     {"from": "1,204亿元", "delta": "96亿元", "to": "1,300亿元"}, "存款总额由年初的1,204亿元增加125亿元至1,300亿元。"),
    # the change amount, then the prior stated after it
    ("营业收入为43.8亿元，同比增加5.6亿元，上年同期为38.2亿元。", "from_to", "amount-then-prior-stated",
     {"to": "43.8亿元", "delta": "5.6亿元", "from": "38.2亿元"}, "营业收入为43.8亿元，同比增加7.3亿元，上年同期为38.2亿元。"),
    # the level reached after a comma (达到 read into the figure)
    ("营业收入同比增长14.7%，达到43.8亿元，上年同期为38.2亿元。", "growth_prior", "rate-to-current-then-prior",
     {"rate": "14.7%", "current": "43.8亿元", "prior": "38.2亿元"},
     "营业收入同比增长19.1%，达到43.8亿元，上年同期为38.2亿元。"),
    ("营业收入同比增长14.7%达到43.8亿元，上年同期为38.2亿元。", "growth_prior", "rate-to-current-then-prior",
     {"rate": "14.7%", "current": "43.8亿元", "prior": "38.2亿元"}, "营业收入同比增长19.1%达到43.8亿元，上年同期为38.2亿元。"),
    ("营业收入较上年同期的38.2亿元增长14.7%，达到43.8亿元。", "growth_prior", "against-prior-by-rate-to-current",
     {"prior": "38.2亿元", "rate": "14.7%", "current": "43.8亿元"}, "营业收入较上年同期的38.2亿元增长19.1%，达到43.8亿元。"),
    # the rate, then the prior stated after it
    ("归母净利润2.87亿元，同比下降21.4%，上年同期为3.65亿元。", "growth_prior", "rate-then-prior-stated",
     {"current": "2.87亿元", "prior": "3.65亿元", "rate": "21.4%"}, "归母净利润2.87亿元，同比下降27.8%，上年同期为3.65亿元。"),
    ("營業收入164.2億元，按年增長8.9%，去年同期為150.8億元。", "growth_prior", "rate-then-prior-stated",
     {"current": "164.2億元", "prior": "150.8億元", "rate": "8.9%"}, "營業收入164.2億元，按年增長11.6%，去年同期為150.8億元。"),
    ("存款余额3,418.52亿元，较年初增长6.37%，上年末为3,213.84亿元。", "growth_prior", "rate-then-prior-stated",
     {"current": "3,418.52亿元", "prior": "3,213.84亿元", "rate": "6.37%"},
     "存款余额3,418.52亿元，较年初增长8.28%，上年末为3,213.84亿元。"),
    ("净利润4.86亿元，环比下降9.2%，上季度为5.35亿元。", "growth_prior", "rate-then-prior-stated",
     {"current": "4.86亿元", "prior": "5.35亿元", "rate": "9.2%"}, "净利润4.86亿元，环比下降12.0%，上季度为5.35亿元。"),
    ("营收为72.4亿元，而去年同期为63.9亿元，同比增长13.3%。", "growth_prior", "prior-stated-then-rate",
     {"current": "72.4亿元", "prior": "63.9亿元", "rate": "13.3%"}, "营收为72.4亿元，而去年同期为63.9亿元，同比增长17.3%。"),
    # a rate, its point change, then the prior rate stated
    ("综合毛利率为27.4%，同比提升2.1个百分点，上年同期为25.3%。", "pp_change", "rate-points-then-prior-stated",
     {"to": "27.4%", "points": "2.1个百分点", "from": "25.3%"}, "综合毛利率为27.4%，同比提升2.7个百分点，上年同期为25.3%。"),
    ("不良贷款率1.41%，较年初下降0.07个百分点，上年末为1.48%。", "pp_change", "rate-points-then-prior-stated",
     {"to": "1.41%", "points": "0.07个百分点", "from": "1.48%"}, "不良贷款率1.41%，较年初下降0.09个百分点，上年末为1.48%。"),
    # the point change before the rate it leads to
    ("资本充足率较年初提升0.42个百分点至13.86%，上年末为13.44%。", "pp_change", "points-to-then-prior-stated",
     {"points": "0.42个百分点", "to": "13.86%", "from": "13.44%"}, "资本充足率较年初提升0.55个百分点至13.86%，上年末为13.44%。"),
    ("拨备覆盖率较上年末的236.5%下降8.3个百分点至228.2%。", "pp_change", "against-from-by-points-to",
     {"from": "236.5%", "points": "8.3个百分点", "to": "228.2%"}, "拨备覆盖率较上年末的236.5%下降10.8个百分点至228.2%。"),
    ("净息差从上年的2.08%收窄16个基点至1.92%。", "pp_change", "against-from-by-points-to",
     {"from": "2.08%", "points": "16个基点", "to": "1.92%"}, "净息差从上年的2.08%收窄21个基点至1.92%。"),
    # two changes of one level from two dates
    ("存款余额为6,128.4亿元，比年初增加452.6亿元，增长7.97%，比上年同期增加718.9亿元，增长13.29%。", "from_to",
     "level-then-second-change", {"to": "6,128.4亿元", "delta": "718.9亿元", "rate": "13.29%"},
     "存款余额为6,128.4亿元，比年初增加452.6亿元，增长7.97%，比上年同期增加718.9亿元，增长17.28%。"),
    # a comma between the baseline and its change
    ("锦川药业营业收入38.7亿元，较上年同期的33.5亿元，增长15.5%。", "growth_prior", "current-against-prior",
     {"current": "38.7亿元", "prior": "33.5亿元", "rate": "15.5%"}, "锦川药业营业收入38.7亿元，较上年同期的33.5亿元，增长20.2%。"),
    # a yearly and a sequential rate, then both priors given out by 分别
    ("9月，公司共交付新车28,640辆，同比增长32.6%，环比增长6.4%；上年同期和上月分别交付21,598辆和26,917辆。", "growth_prior",
     "yearly-rate-then-priors-respectively", {"current": "28,640辆", "prior": "21,598辆", "rate": "32.6%"},
     "9月，公司共交付新车28,640辆，同比增长42.4%，环比增长6.4%；上年同期和上月分别交付21,598辆和26,917辆。"),
    ("9月，公司共交付新车28,640辆，同比增长32.6%，环比增长6.4%；上年同期和上月分别交付21,598辆和26,917辆。", "growth_prior",
     "sequential-rate-then-priors-respectively", {"current": "28,640辆", "prior": "26,917辆", "rate": "6.4%"},
     "9月，公司共交付新车28,640辆，同比增长32.6%，环比增长8.3%；上年同期和上月分别交付21,598辆和26,917辆。"),
    ("第二季度營收為64.3億元，按年增長11.8%，按季增長4.2%；去年同期及上季分別為57.5億元及61.7億元。", "growth_prior",
     "yearly-rate-then-priors-respectively", {"current": "64.3億元", "prior": "57.5億元", "rate": "11.8%"},
     "第二季度營收為64.3億元，按年增長15.3%，按季增長4.2%；去年同期及上季分別為57.5億元及61.7億元。"),
    # values, their rates and their priors, each list given out by 分别
    ("2023年，公司营业收入和净利润分别为64.8亿元和9.3亿元，同比分别增长11.7%和21.4%，上年同期分别为58.0亿元和7.66亿元。",
     "growth_prior", "rates-listed-for-listed-figures", {"current": "9.3亿元", "prior": "7.66亿元", "rate": "21.4%"},
     "2023年，公司营业收入和净利润分别为64.8亿元和9.3亿元，同比分别增长11.7%和27.8%，上年同期分别为58.0亿元和7.66亿元。"),
    ("截至6月末，存款和贷款余额分别为3,846.2亿元和2,915.7亿元，较年初分别增长6.84%和9.37%，上年末分别为3,600.0亿元和2,665.9亿元。",
     "growth_prior", "rates-listed-for-listed-figures",
     {"current": "3,846.2亿元", "prior": "3,600.0亿元", "rate": "6.84%"},
     "截至6月末，存款和贷款余额分别为3,846.2亿元和2,915.7亿元，较年初分别增长8.89%和9.37%，上年末分别为3,600.0亿元和2,665.9亿元。"),
    # a yearly and a sequential rate, then the prior of either
    ("第三季度营业收入41.7亿元，同比增长13.6%，环比增长4.2%，上年同期为36.7亿元。", "growth_prior",
     "yearly-rate-sequential-rate-then-prior", {"current": "41.7亿元", "prior": "36.7亿元", "rate": "13.6%"},
     "第三季度营业收入41.7亿元，同比增长17.7%，环比增长4.2%，上年同期为36.7亿元。"),
    ("第三季度营业收入41.7亿元，同比增长13.6%，环比增长4.2%，上年同期为36.7亿元，上季度为40.02亿元。", "growth_prior",
     "yearly-rate-sequential-rate-then-its-prior", {"current": "41.7亿元", "prior": "40.02亿元", "rate": "4.2%"},
     "第三季度营业收入41.7亿元，同比增长13.6%，环比增长5.5%，上年同期为36.7亿元，上季度为40.02亿元。"),
    # a baseline between 与 and 相比 (translated releases)
    ("2024年第一季度净收入为人民币18.64亿元，与2023年同期的人民币15.92亿元相比增长17.1%。", "growth_prior",
     "current-compared-with-prior", {"current": "18.64亿元", "prior": "15.92亿元", "rate": "17.1%"},
     "2024年第一季度净收入为人民币18.64亿元，与2023年同期的人民币15.92亿元相比增长22.2%。"),
    ("月活跃用户为2,418万，与上季度的2,305万相比增长4.9%，与2023年同期的2,076万相比增长16.5%。", "growth_prior",
     "further-comparison-with-prior", {"current": "2,418万", "prior": "2,076万", "rate": "16.5%"},
     "月活跃用户为2,418万，与上季度的2,305万相比增长4.9%，与2023年同期的2,076万相比增长21.5%。"),
    ("毛利率为31.8%，与上年同期的29.4%相比提升2.4个百分点。", "pp_change", "rate-compared-with-prior-rate",
     {"to": "31.8%", "from": "29.4%", "points": "2.4个百分点"}, "毛利率为31.8%，与上年同期的29.4%相比提升3.1个百分点。"),
    ("贷款余额4,386.5亿元，与上年末的3,952.1亿元相比增加434.4亿元，增长10.99%。", "from_to",
     "to-compared-with-from-then-amount",
     {"to": "4,386.5亿元", "from": "3,952.1亿元", "delta": "434.4亿元", "rate": "10.99%"},
     "贷款余额4,386.5亿元，与上年末的3,952.1亿元相比增加434.4亿元，增长14.29%。"),
    # a growth rate against last year's: the points between two rates of growth
    ("营业收入同比增长13.6%，增速较上年同期的9.8%提高3.8个百分点。", "pp_change", "rate-against-prior-rate",
     {"to": "13.6%", "from": "9.8%", "points": "3.8个百分点"}, "营业收入同比增长13.6%，增速较上年同期的9.8%提高4.9个百分点。"),
    # a rate compared with two dates in one sentence
    ("不良贷款率为1.46%，较上年末的1.51%下降0.05个百分点，较一季度末的1.49%下降0.03个百分点。", "pp_change",
     "further-rate-comparison", {"to": "1.46%", "from": "1.49%", "points": "0.03个百分点"},
     "不良贷款率为1.46%，较上年末的1.51%下降0.05个百分点，较一季度末的1.49%下降0.06个百分点。"),
    ("不良贷款率为1.46%，较上年末下降0.05个百分点，较一季度末的1.49%下降0.03个百分点。", "pp_change",
     "rate-points-then-against-prior-rate", {"to": "1.46%", "from": "1.49%", "points": "0.03个百分点"},
     "不良贷款率为1.46%，较上年末下降0.05个百分点，较一季度末的1.49%下降0.06个百分点。"),
]

# Sentences whose words stand close but state no such relation (kind or construction named).
NOT_RELATIONS = [
    # the figure after 较上年同期的 / 上年同期为 is the baseline, never the level a change leads to
    ("营业收入93.6亿元，较上年同期的81.2亿元增加12.4亿元，增长15.3%。", "to-then-amount-and-rate"),
    ("营业收入57.3亿元，上年同期为49.6亿元，同比增加7.7亿元，增长15.5%。", "to-then-amount-and-rate"),
    # a sequential change is not measured from last year's figure
    ("归母净利润2.87亿元，环比下降21.4%，上年同期为3.65亿元。", "growth_prior"),
    # the figure after 从 is the start, and the one after 增长为 the level: neither is a change
    ("营业收入从58.3亿元增长为66.1亿元，增幅13.4%。", "to-then-amount-and-rate"),
    # priors of the same period a year before are not the baselines of changes from the year end
    ("截至6月末，存款和贷款余额分别为3,846.2亿元和2,915.7亿元，较年初分别增长6.84%和9.37%，上年同期分别为3,400.0亿元和"
     "2,465.9亿元。", "growth_prior"),
    # a sequential rate first: the yearly prior after it is not the first rate's
    ("第三季度营业收入41.7亿元，环比增长4.2%，同比增长13.6%，上季度为40.02亿元。", "yearly-rate-sequential-rate-then-prior"),
    # 与 … 相比 after another measure's name compares that measure
    ("营业收入为52.4亿元，净利润与上年同期的6.88亿元相比增长25.0%。", "growth_prior"),
    # after the rate's comma, another measure's figure is not the level it reached
    ("营业收入同比增长14.7%，净利润5.12亿元，上年同期为4.46亿元。", "growth_prior"),
    ("营业收入较上年同期的38.2亿元增长14.7%，净利润5.12亿元。", "growth_prior"),
    # a change from the year end and a prior of the same period a year before (or the reverse):
    # the prior is of another comparison
    ("不良贷款率较年初下降0.04个百分点至1.27%，上年同期为1.39%。", "pp_change"),
    ("不良贷款率1.27%，较年初下降0.04个百分点，上年同期为1.39%。", "pp_change"),
    ("贷款余额2,615.40亿元，较年初增长7.21%，上年同期为2,318.75亿元。", "growth_prior"),
    ("营收86.3亿元，上年同期为71.9亿元，环比增长20.0%。", "growth_prior"),
    # last year's whole is not the prior of a half
    ("上半年净利润2.96亿元，同比下降14.2%，上年为7.85亿元。", "growth_prior"),
    ("上半年营业收入61.3亿元，上年为118.4亿元，同比增长9.6%。", "growth_prior"),
    # a prior two years back, its year printed, when the figure's own year is not
    ("上半年营收52.4亿元，同比增长12.4%，2022年同期为40.1亿元。", "growth_prior"),
    # the prior names another measure
    ("营业收入72.4亿元，同比增长13.3%，上年同期净利润为6.39亿元。", "growth_prior"),
    ("综合毛利率为27.4%，同比提升2.1个百分点，上年同期净利率为25.3%。", "pp_change"),
    # a further comparison that names another rate is not of the first rate
    ("不良贷款率为1.46%，较上年末下降0.05个百分点，较一季度末的拨备覆盖率241.6%下降3.2个百分点。", "pp_change"),
    ("营业收入38.7亿元，较上年同期的33.5亿元，净利润增长15.5%。", "growth_prior"),
    # priors given out for two other figures than the rates' own
    ("交付新车28,640辆，同比增长32.6%，环比增长6.4%；出口和内销分别为3,620辆和25,020辆。", "growth_prior"),
]


@pytest.mark.parametrize("sentence, kind, construction, roles, altered", PHRASINGS,
                         ids=[f"{p[2]}-{i}" for i, p in enumerate(PHRASINGS)])
def test_one_sentence_relation_reads_each_figure_in_its_role(tmp_path, sentence, kind, construction, roles, altered):
    found = [(relation, by_role) for relation, by_role, _ in _relations(write_article(tmp_path, sentence))
             if relation.kind == kind]
    assert any(relation.construction == construction and by_role == roles for relation, by_role in found), found


@pytest.mark.parametrize("sentence, kind, construction, roles, altered", PHRASINGS,
                         ids=[f"{p[2]}-{i}" for i, p in enumerate(PHRASINGS)])
def test_one_sentence_relation_passes_as_printed_and_fails_when_altered(tmp_path, sentence, kind, construction,
                                                                        roles, altered):
    rule = RULE_OF_KIND[kind]
    outcomes = _rule_outcomes(write_article(tmp_path, sentence), rule)
    assert outcomes and "violation" not in outcomes
    assert "violation" in _rule_outcomes(write_article(tmp_path, altered, "altered"), rule)


@pytest.mark.parametrize("sentence, kind", NOT_RELATIONS, ids=[f"{p[1]}-{i}" for i, p in enumerate(NOT_RELATIONS)])
def test_close_words_state_no_such_relation(tmp_path, sentence, kind):
    found = [filled for relation, _, filled in _relations(write_article(tmp_path, sentence))
             if kind in (relation.kind, relation.construction)]
    assert found == []


# A change amount and its rate printed after a baseline (较上年同期的Y增加D，增长R%; 上年同期为Y，同比增加D，
# 增长R%): the extractor ties both changes to the baseline Y (of_claim), and growth-prior's
# amount-against-rate then holds them against it — a false error the stated relation does not make.
CHANGES_PAIRED_BY_THEIR_SENTENCE = [
    "星河电器营业收入93.6亿元，较上年同期的81.2亿元增加12.4亿元，增长15.3%。",
    "澄江銀行各項貸款餘額2,846.5億元，較上年末的2,603.1億元增加243.4億元，增長9.4%。",
    "营业收入57.3亿元，上年同期为49.6亿元，同比增加7.7亿元，增长15.5%。",
    # two changes from two dates: the first rate is paired with the second amount by link
    "存款余额为6,128.4亿元，比年初增加452.6亿元，增长7.97%，比上年同期增加718.9亿元，增长13.29%。",
]


@pytest.mark.parametrize("sentence", [sentence for sentence, *_ in PHRASINGS
                                      if sentence not in CHANGES_PAIRED_BY_THEIR_SENTENCE])
def test_consistent_sentence_raises_nothing(tmp_path, sentence):
    checks = run([str(write_article(tmp_path, sentence))]).checks
    assert [check.message for check in checks if check.outcome == "violation"] == []


@pytest.mark.parametrize("sentence", CHANGES_PAIRED_BY_THEIR_SENTENCE)
def test_changes_their_sentence_pairs_are_not_paired_again_by_link(tmp_path, sentence):
    checks = run([str(write_article(tmp_path, sentence))]).checks
    assert [check.message for check in checks if check.outcome == "violation"] == []


@pytest.mark.parametrize("sentence, rule", [
    # 减亏 of signed figures: the loss shrinks as the signed profit rises
    ("归母净利润为-1.6亿元，上年同期为-3.4亿元，同比减亏1.8亿元。", "change-delta"),
    ("归母净利润为-5.2亿元，上年同期为-3.4亿元，亏损同比扩大1.8亿元。", "change-delta"),
    # the extractor reads 下降为1.98% as a fall of its own: no relation may then compare it as a level
    ("净息差由2.21%下降为2.05%，下降16个基点。", "point-change"),
    ("营业收入从58.3亿元增长为66.1亿元，增幅13.4%。", "change-delta"),
    # a fall's rate is printed unsigned: its widening is not measured from its minus
    ("营业收入同比下降6.4%，降幅较上年同期的4.1%扩大2.3个百分点。", "point-change"),
])
def test_a_level_after_a_verb_and_wei_is_never_checked_as_a_change(tmp_path, sentence, rule):
    assert "violation" not in _rule_outcomes(write_article(tmp_path, sentence), rule)


def test_growth_to_a_level_after_wei_raises_nothing(tmp_path):
    checks = run([str(write_article(tmp_path, "营业收入从58.3亿元增长为66.1亿元，增幅13.4%。"))]).checks
    assert [check.message for check in checks if check.outcome == "violation"] == []


def test_a_from_to_with_amount_and_rate_names_the_one_that_does_not_fit(tmp_path):
    path = write_article(tmp_path, "营业收入93.6亿元，较上年同期的81.2亿元增加12.4亿元，增长17.1%。")
    messages = [check.message for check in run([str(path)]).checks
                if check.rule == "change-delta" and check.outcome == "violation"]
    assert messages and messages[0].endswith("17.1% is the one that does not fit")


def test_a_level_reached_after_wei_is_a_level_not_a_change(tmp_path):
    from tests.test_extract import article, the
    extraction = article(tmp_path, "营业收入从58.3亿元增长为66.1亿元，增幅13.4%。", title="东岭科技2023年年报")
    reached = the(extraction, "66.1亿元")
    assert reached.kind == "figure" and reached.from_claim == the(extraction, "58.3亿元").id
