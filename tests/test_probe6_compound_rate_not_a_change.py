"""change-delta and growth-prior: a rate the text calls a yearly average or compound rate (年均增长,
复合增长率) beside two ends of a span is not the change from one end to the other (过去五年营业收入年均
增长8.6%，从2019年的412.5亿元增至2024年的623.4亿元: 412.5 × 1.086^5 ≈ 623.1, while the whole change is
+51%). Sentences written here, with invented banks and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

_PUBLISHED = "2025-04-02 09:00:00 +0800"


def _case(rule: str, name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(rule, name, text, expect, figures, title="溪山银行五年回顾", published=_PUBLISHED)


CASES = [
    _case("change-delta", "yearly_average_before_the_ends_is_not_their_change",
          "过去五年，溪山银行营业收入年均增长7.4%，从2019年的386.2亿元增至2024年的552.1亿元。", "silent"),
    _case("change-delta", "compound_fall_before_the_ends_is_not_their_change",
          "溪山人寿新业务价值2022-2024年复合增长率为-4.8%，由2022年的254.6亿元降至2024年的230.7亿元。", "silent"),
    _case("growth-prior", "yearly_average_against_a_prior_is_not_its_change",
          "2024年溪山银行营业收入为552.1亿元，较2019年的386.2亿元年均增长7.4%。", "silent"),
    # 复合 in a product's name is no compound rate: 165.8 → 186.4 is +12.42%.
    _case("growth-prior", "a_product_named_compound_keeps_its_rate",
          "溪山化工复合肥销量同比增长12.4%至186.4万吨，上年同期为165.8万吨。", "pass",
          ("186.4万吨", "165.8万吨", "12.4%")),
    # The whole change is still checked: 386.2 → 552.1 is +42.96%.
    _case("change-delta", "the_change_of_the_span_itself_is_checked",
          "溪山银行营业收入从2019年的386.2亿元增至2024年的552.1亿元，增幅43.0%。", "pass",
          ("386.2亿元", "552.1亿元", "43.0%")),
    _case("change-delta", "the_change_of_the_span_altered_fails",
          "溪山银行营业收入从2019年的386.2亿元增至2024年的552.1亿元，增幅55.9%。", "violation", ("55.9%",)),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_compound_rate_is_not_the_change(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
