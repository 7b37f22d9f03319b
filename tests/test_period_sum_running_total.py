"""A running total to a date and, after 其中, the part of it done this year
(validator/period_links.py, construction this-year-inside-a-running-total):

    截至2023年9月30日，两款车型累计交付量达到48211辆，其中有20916辆是在今年交付的。

The year's part never exceeds the total it is counted in; a profit's running total may hold
years of losses, so there a larger part is only a warning. Sentences written here, with
made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

STATED = [
    ("截至2023年9月30日，两款车型累计交付量达到48211辆，其中有20916辆是在今年交付的。",
     "20916辆", "48211辆", "57853辆"),
    ("截至2023年9月30日，兩款車型的累計交付量達到 48,211 輛，其中 20,916 輛於今年交付。",
     "20,916 輛", "48,211 輛", "57,853 輛"),
    ("截至6月末，甲电站累计发电量达到1520万千瓦时，其中有480万千瓦时是在2024年内发出的。",
     "480万千瓦时", "1520万千瓦时", "1824万千瓦时"),
    ("截至2024年3月末，乙品牌累计销量达到12.6万台，其中今年交付3.2万台。", "3.2万台", "12.6万台", "15.1万台"),
]

NOT_STATED = [
    # no running total: two figures of one date
    "截至2023年9月30日，两款车型交付量达到48211辆，其中有20916辆是SUV。",
    # the part is not this year's
    "截至2023年9月30日，两款车型累计交付量达到48211辆，其中有20916辆是在海外交付的。",
]


def _containments(path) -> list[dict[str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [{filler.role: claims[filler.claim].text for filler in relation.fillers}
            for relation in extraction.relations
            if relation.kind == "period_containment" and relation.construction.endswith("running-total")]


@pytest.mark.parametrize("text, part, whole, altered", STATED, ids=["简体", "繁体分组", "千瓦时", "年份在前"])
def test_this_years_part_of_a_running_total_is_read_and_checked(tmp_path, text, part, whole, altered):
    assert {"part": part, "total": whole} in _containments(write_article(tmp_path, text))
    checks = [check for check in run([str(write_article(tmp_path, text, "right"))]).checks
              if check.rule == "period-sum"]
    assert checks and all(check.outcome == "pass" for check in checks)
    wrong = write_article(tmp_path, text.replace(part, altered, 1), "wrong")
    assert any(check.rule == "period-sum" and check.outcome == "violation" and check.severity == "error"
               for check in run([str(wrong)]).checks)


@pytest.mark.parametrize("text", NOT_STATED, ids=["非累计", "非今年"])
def test_no_containment_without_a_running_total_and_this_year(tmp_path, text):
    assert _containments(write_article(tmp_path, text)) == []


def test_a_profits_running_total_may_hold_losses(tmp_path):
    text = "截至2023年末，甲公司累计实现净利润35.2亿元，其中有42.1亿元是在今年实现的。"
    violations = [check for check in run([str(write_article(tmp_path, text))]).checks
                  if check.rule == "period-sum" and check.outcome == "violation"]
    assert all(check.severity == "warning" for check in violations)
