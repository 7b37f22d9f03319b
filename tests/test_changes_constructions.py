"""One-sentence changes in shapes real coverage prints and the older constructions missed.

- a level, an aside about it (a share of the industry), then the change as an amount and a
  rate: 合计营收2380亿元，约占全行业的三成，较上年同期增加215亿元，同比增长9.9%;
- a rate, then the baseline named in brackets after 仅为: 环比下降58%，仅为8月销量（5120辆）的四成多.

Every text is written here, with made-up companies and numbers; each must be read with each
figure in its role, pass as printed and fail when one figure is altered; the texts after them
must state no such relation.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

RULE_OF_KIND = {"from_to": "change-delta"}

# (text, kind, construction, {role: printed figure}, altered text)
STATED = [
    ("2023年，18家调味品上市企业合计营收2380亿元，约占全行业的三成，较上年同期增加215亿元，同比增长9.9%。",
     "from_to", "to-then-aside-then-amount-and-rate", {"to": "2380亿元", "delta": "215亿元", "rate": "9.9%"},
     "2023年，18家调味品上市企业合计营收2380亿元，约占全行业的三成，较上年同期增加215亿元，同比增长12.9%。"),
    ("截至6月末，东岳银行存款余额为5120.6亿元，居全省首位，比上年末增加436.2亿元，增幅为9.3%。",
     "from_to", "to-then-aside-then-amount-and-rate", {"to": "5120.6亿元", "delta": "436.2亿元", "rate": "9.3%"},
     "截至6月末，东岳银行存款余额为5120.6亿元，居全省首位，比上年末增加567.1亿元，增幅为9.3%。"),
    ("9月北川汽车共交付新车2150辆，同比下降31%，环比下降58%，仅为8月销量（5120辆）的四成多。",
     "from_to", "rate-then-start-named-in-brackets", {"to": "2150辆", "from": "5120辆", "rate": "58%"},
     "9月北川汽车共交付新车2150辆，同比下降31%，环比下降75%，仅为8月销量（5120辆）的四成多。"),
    ("上月南港码头完成吞吐量86.4万标箱，环比减少22.5%，仅为一季度月均水平（111.5万标箱）的七成多。",
     "from_to", "rate-then-start-named-in-brackets",
     {"to": "86.4万标箱", "from": "111.5万标箱", "rate": "22.5%"},
     "上月南港码头完成吞吐量86.4万标箱，环比减少29.3%，仅为一季度月均水平（111.5万标箱）的七成多。"),
]

NOT_STATED = [
    # 其中 opens a part: the change that follows is the part's, not the level's
    ("2023年合计营收2380亿元，其中白酒业务占六成，较上年同期增加215亿元，同比增长9.9%。",
     "to-then-aside-then-amount-and-rate"),
    # a second figure of the same kind in the aside: which one changed is not said
    ("2023年合计营收2380亿元，净利润410亿元，较上年同期增加215亿元，同比增长9.9%。",
     "to-then-aside-then-amount-and-rate"),
    # money in brackets restates the figure before it in another currency: no baseline
    ("第三季度营收为人民币92.3亿元，环比下降12.0%，约为（13.1亿美元）。", "rate-then-start-named-in-brackets"),
    # the bracket after 仅为 names no figure
    ("9月共交付新车2150辆，环比下降58%，仅为8月（旺季）的四成多。", "rate-then-start-named-in-brackets"),
]


def _relations(path):
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim.text for claim in extraction.claims}
    return [(relation, {filler.role: claims[filler.claim] for filler in relation.fillers})
            for relation in extraction.relations]


def _outcomes(path, rule: str) -> list[str]:
    return [check.outcome for check in run([str(path)]).checks if check.rule == rule]


@pytest.mark.parametrize("text, kind, construction, wanted, altered", STATED, ids=[str(i) for i in range(len(STATED))])
def test_the_change_is_read_with_each_figure_in_its_role(tmp_path, text, kind, construction, wanted, altered):
    found = [roles for relation, roles in _relations(write_article(tmp_path, text))
             if relation.kind == kind and relation.construction == construction]
    assert wanted in found, found


@pytest.mark.parametrize("text, kind, construction, wanted, altered", STATED, ids=[str(i) for i in range(len(STATED))])
def test_the_change_passes_as_printed_and_fails_when_altered(tmp_path, text, kind, construction, wanted, altered):
    rule = RULE_OF_KIND[kind]
    outcomes = _outcomes(write_article(tmp_path, text), rule)
    assert "pass" in outcomes and "violation" not in outcomes, outcomes
    assert "violation" in _outcomes(write_article(tmp_path, altered, "altered"), rule)


@pytest.mark.parametrize("text, construction", NOT_STATED, ids=[str(i) for i in range(len(NOT_STATED))])
def test_shapes_that_state_no_such_change_relate_nothing(tmp_path, text, construction):
    assert [roles for relation, roles in _relations(write_article(tmp_path, text))
            if relation.construction == construction] == []
