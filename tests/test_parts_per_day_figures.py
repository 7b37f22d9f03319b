"""A period's figure by the day (平均每天赚取10.00亿元, 日均净赚9.11亿元) is no slice of a breakdown."""

from __future__ import annotations

from tests.test_extract import article, the


def test_per_day_figures_are_not_parts(tmp_path):
    extraction = article(
        tmp_path, "2023年，六家国有大行合计实现净利润1.4万亿元，其中，北辰银行净利润3651.16亿元，平均每天赚取10.00亿元；"
                  "东岭银行净利润3326.53亿元，日均净赚9.11亿元。", title="六大行日赚近40亿",
        published="2024-03-30 10:00:00 +0800")
    per_day = {the(extraction, "10.00亿元").id, the(extraction, "9.11亿元").id}
    breakdowns = [relation for relation in extraction.relations if relation.kind == "parts_sum"]
    assert breakdowns
    assert all(not per_day & {filler.claim for filler in relation.fillers} for relation in breakdowns)
