"""approximate-wording: of the figures that restate a wording by value, those of the wording's
very period are reported first (在9月又凭借超1万辆的交付量 is September's 10628辆, not October's
10138辆 printed right after it). Sentences written here, with invented companies and figures."""

from __future__ import annotations

from tests.rule_cases import one_article_case, run_case

RULE = "approximate-wording"

_DELIVERIES = ("11月1日，远航汽车发布10月销量情况。数据显示，10月远航汽车共交付智能电动汽车3667辆，"
               "仅为9月销量(10628辆)的1/3。今年7月，远航汽车销量首次被晨星汽车超越，"
               "在9月又凭借超1万辆的交付量重新夺回冠军宝座。10月，晨星汽车和北斗汽车销量同比均有大幅增长，"
               "分别达到10138辆和7649辆。")


def test_restatement_of_the_wording_s_period_is_reported(tmp_path):
    case = one_article_case(RULE, "restatement_of_the_wording_s_period", _DELIVERIES, "pass", ("1万辆", "10628辆"),
                            title="远航汽车10月交付3667辆", published="2021-11-04 09:00:00 +0800")
    report = run_case(case, tmp_path)
    restated = [check for check in report.checks if check.rule == RULE
                and any(location.text == "1万辆" for location in check.locations)]
    described = "\n".join(f"  {c.outcome} {c.message}" for c in restated)
    assert any(check.outcome == "pass" and any(location.text == "10628辆" for location in check.locations)
               for check in restated), described
    assert not any(location.text == "10138辆" for check in restated for location in check.locations), described
