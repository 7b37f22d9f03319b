"""parts-sum: a 其中 sentence breaks down the last amount of the sentence before, and a bound
printed after that amount (连续三个月超2万辆) is not the whole; a 其中 opening a paragraph of its own
is not read as a breakdown of the paragraph before (tests/test_breakdowns_across_sentences).
Sentences written here, with invented carmakers and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds

RULE = "parts-sum"
_PUBLISHED = "2024-12-01 17:00:00 +0800"


def _case(name: str, paragraphs: list[str], expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": "\n".join(paragraphs), "title": "岚山汽车11月交付数据", "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures, line=None, xfail=None)


_TOTAL = "11月，岚山汽车共交付新车{total}辆，同比增长36.2%，连续四个月交付超2万辆。"

CASES = [
    _case("slices_in_the_next_sentence_pass",
          [_TOTAL.format(total="26418") + "其中，岚山L6交付15207辆，岚山L9交付11211辆。"], "pass",
          ("15207辆", "11211辆", "26418辆")),
    _case("slices_above_their_whole_fail",
          [_TOTAL.format(total="23418") + "其中，岚山L6交付15207辆，岚山L9交付11211辆。"], "violation",
          ("15207辆", "11211辆", "23418辆")),
    _case("slices_in_the_next_paragraph_are_not_summed",
          [_TOTAL.format(total="23418"), "其中，岚山L6交付15207辆，岚山L9交付11211辆。"], "silent"),
    # The slices name another measure than the paragraph before: no whole to reach back to.
    _case("slices_of_another_measure_are_not_summed",
          [_TOTAL.format(total="23418"), "其中，充电站新增1207座，换电站新增211座。"], "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_parts_opening_a_paragraph(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
