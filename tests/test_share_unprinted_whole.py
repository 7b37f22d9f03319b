"""Bare shares listed of one whole the article never prints (validator/share_lists.py,
``_shares_in_proportion``; rules/share_of_total.py):

    分产品看，厨电板块上半年实现收入842亿元，占比超过60%；照明板块实现营收318亿元，增长9.6%，占比22.7%；
    其他业务也有236亿元收入，增长4%，占比16.8%。

Each share makes its part a share of one whole, so the whole is part ÷ share for each of them
and the precise shares must agree on it: they pass as printed and fail when one is altered.
Sentences written here, with made-up segments and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

LISTED = [
    ("2024年上半年，东川电器营收1401.2亿元。分产品看，厨电板块上半年实现收入842亿元，占比超过60%；"
     "照明板块实现营收318亿元，增长9.6%，占比22.7%；其他业务也有236亿元收入，增长4%，占比16.8%。",
     [("318亿元", "22.7%"), ("236亿元", "16.8%")], "16.8%", "21.8%"),
    ("2024年，南岭物流收入结构中，快运业务收入为56.4亿元，占比61.2%，仓储业务收入为35.8亿元，占比38.8%。",
     [("56.4亿元", "61.2%"), ("35.8亿元", "38.8%")], "38.8%", "50.4%"),
]

NOT_LISTED = [
    # a revenue and a gross profit: shares of two wholes
    "2024年，西岭游戏的手游业务收入为80.5亿元，占比60.2%，毛利为52.3亿元，占比71.4%。",
    # 其中 opens a slice of the part before it: its share may be of that part
    "2024年，北川银行个人贷款为3200亿元，占比45.1%，其中住房贷款为2100亿元，占比65.6%。",
    # a part's name with 中 opens a slice of it: the share after it may be of that part
    "2024年，东岭科技智能硬件收入为42.6亿元，占比58.2%，智能硬件中，耳机收入为21.3亿元，占比50.0%。",
    # one share only
    "2024年，中岭乳业液态奶收入为120.4亿元，占比70.3%。",
]


def _listed(path) -> list[list[tuple[str, str]]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    found = []
    for relation in extraction.relations:
        if relation.construction == "shares-of-one-unprinted-whole":
            parts, shares = relation.claims_in("part"), relation.claims_in("share")
            found.append([(claims[part].text, claims[share].text) for part, share in zip(parts, shares)])
    return found


@pytest.mark.parametrize("text, pairs, share, altered", LISTED, ids=["其他业务", "两项"])
def test_shares_of_one_unprinted_whole_agree_on_it(tmp_path, text, pairs, share, altered):
    assert _listed(write_article(tmp_path, text)) == [pairs]
    checks = [check for check in run([str(write_article(tmp_path, text, "right"))]).checks
              if check.rule == "share-of-total"]
    assert checks and all(check.outcome == "pass" for check in checks)
    wrong = write_article(tmp_path, text.replace(share, altered, 1), "wrong")
    assert any(check.rule == "share-of-total" and check.outcome == "violation" and check.severity == "error"
               and any(location.text == altered for location in check.locations)
               for check in run([str(wrong)]).checks)


@pytest.mark.parametrize("text", NOT_LISTED, ids=["两种指标", "其中", "业务中", "一个占比"])
def test_no_unprinted_whole_for_shares_of_other_wholes(tmp_path, text):
    assert _listed(write_article(tmp_path, text)) == []
