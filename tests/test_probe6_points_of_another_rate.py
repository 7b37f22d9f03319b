"""point-change: a point change is checked against the opening rate only when no rate of another
measure stands between it and the rate it is linked to (不良贷款率为1.18%，较上年末下降0.04个百分点；关注类
贷款占比为1.86%，较上年末上升0.12个百分点: the second change moves 1.86%, a share, not 1.18%).
Sentences written here, with invented banks and figures."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds, one_article_case

RULE = "point-change"
_PUBLISHED = "2025-03-27 20:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    return one_article_case(RULE, name, text, expect, figures, title="云岭银行2024年年报", published=_PUBLISHED)


_OPENING = "截至2023年末，云岭银行不良贷款率为1.37%，关注类贷款占比为2.05%。"
CASES = [
    # 1.31 + 0.06 = 1.37: the first change checks; the second is the share's, not the rate's.
    _case("a_change_after_a_share_of_another_measure_is_not_the_rate_s",
          "截至2024年末，云岭银行不良贷款率为1.31%，较上年末下降0.06个百分点；关注类贷款占比为2.17%，"
          "较上年末上升0.12个百分点。" + _OPENING, "pass", ("1.31%", "0.06个百分点", "1.37%")),
    _case("the_rate_s_own_change_altered_still_fails",
          "截至2024年末，云岭银行不良贷款率为1.31%，较上年末下降0.08个百分点；关注类贷款占比为2.17%，"
          "较上年末上升0.12个百分点。" + _OPENING, "violation", ("0.08个百分点",)),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_points_of_another_rate(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
