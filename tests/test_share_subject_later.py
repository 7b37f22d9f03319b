"""A share of a subject in the whole printed before 其中, whose own amount comes sentences later
(validator/share_lists.py, construction share-of-a-subject-printed-later):

    今年上半年，全国影视市场票房收入812.40亿元，其中动画电影占比23.15%。……动画电影今年上半年票房收入达到188.07亿元。

Sentences written here, with made-up markets, companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

STATED = [
    ("今年上半年，全国影视市场票房收入812.40亿元，其中动画电影占比23.15%。动画电影题材丰富。"
     "据统计，动画电影今年上半年票房收入达到188.07亿元，同比增长12.5%。",
     {"part": "188.07亿元", "total": "812.40亿元", "share": "23.15%"}, "188.07亿元", "244.49亿元"),
    ("2023年，我國電商平台交易額為5120.6億元，其中跨境電商佔比18.3%。跨境電商方面，2023年交易額為937.1億元。",
     {"part": "937.1億元", "total": "5120.6億元", "share": "18.3%"}, "18.3%", "23.8%"),
    ("2024年前三季度，甲市二手房成交额 3 461.8 亿元，其中住宅的占比为 31.6%。"
     "前三季度，住宅实现成交额1093.9亿元。",
     {"part": "1093.9亿元", "total": "3 461.8 亿元", "share": "31.6%"}, "1093.9亿元", "1422.1亿元"),
]

NOT_STATED = [
    # the subject's amount is of another stretch: no part of the whole
    "今年上半年，全国影视市场票房收入812.40亿元，其中动画电影占比23.15%。2023年，动画电影票房收入达到301.2亿元。",
    # the amount named after the share in its own sentence is not the subject's
    "今年上半年，全国影视市场票房收入812.40亿元，其中动画电影占比23.15%，进口片收入188.07亿元。",
    # the amount is a slice of the subject's
    "今年上半年，全国影视市场票房收入812.40亿元，其中动画电影占比23.15%。动画电影中，国产动画票房收入达到120.5亿元。",
    # the amount is of another measure
    "今年上半年，全国影视市场票房收入812.40亿元，其中动画电影占比23.15%。动画电影今年上半年观影人次达到3.1亿人次。",
]


def _shares(path) -> list[dict[str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [{filler.role: claims[filler.claim].text for filler in relation.fillers}
            for relation in extraction.relations if relation.kind == "share"]


@pytest.mark.parametrize("text, roles, figure, altered", STATED, ids=["简体", "繁体", "空格分组"])
def test_share_of_a_subject_printed_later_is_read_and_checked(tmp_path, text, roles, figure, altered):
    assert roles in _shares(write_article(tmp_path, text))
    checks = [check for check in run([str(write_article(tmp_path, text, "right"))]).checks
              if check.rule == "share-of-total"]
    assert checks and all(check.outcome == "pass" for check in checks)
    wrong = write_article(tmp_path, text.replace(figure, altered, 1), "wrong")
    assert any(check.rule == "share-of-total" and check.outcome == "violation" for check in run([str(wrong)]).checks)


@pytest.mark.parametrize("text", NOT_STATED, ids=["另一时期", "另一主体", "主体的一部分", "另一指标"])
def test_no_share_without_the_subjects_own_amount(tmp_path, text):
    assert not any(roles.get("total") == "812.40亿元" and roles.get("share") == "23.15%"
                   for roles in _shares(write_article(tmp_path, text)))
