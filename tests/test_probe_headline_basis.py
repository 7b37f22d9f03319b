"""A title's change against the quarter before (环比增长超三成) is backed or refuted only by the
body's change against that basis, never by the year-on-year rate printed beside it."""

from __future__ import annotations

from validator.pipeline import run


def _post(folder, title: str, body: str):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: 2024-04-20\n---\n<p>{body}</p>\n', encoding="utf-8")
    return run([str(path)])


def _checks(report, rule: str) -> list:
    return [check for check in report.checks if check.rule == rule]


_TITLE = "西岭乳业四季度单季净利润环比增长超三成"


def _body(quarter_on_quarter: str, year_on_year: str) -> str:
    return (f"西岭乳业发布2023年年报。2023年第四季度，公司实现归母净利润2.84亿元，"
            f"环比增长{quarter_on_quarter}，同比增长{year_on_year}。")


def test_quarter_on_quarter_title_backed_by_its_basis(tmp_path):
    report = _post(tmp_path, _TITLE, _body("36.2%", "11.4%"))
    headline = _checks(report, "headline")
    assert headline and all(check.outcome == "pass" for check in headline)
    assert "36.2%" in headline[0].message


def test_year_on_year_rate_does_not_back_a_quarter_on_quarter_title(tmp_path):
    report = _post(tmp_path, _TITLE, _body("16.2%", "31.4%"))
    headline = _checks(report, "headline")
    assert any(check.outcome == "violation" and "16.2%" in check.message for check in headline)
    assert not any("31.4%" in check.message for check in report.checks if check.outcome == "pass"
                   and check.rule in ("headline", "approximate-wording"))


def test_title_without_basis_meets_either(tmp_path):
    report = _post(tmp_path, "西岭乳业四季度单季净利润增长超三成", _body("16.2%", "31.4%"))
    assert not [check for check in _checks(report, "headline") if check.outcome == "violation"]


def _broker(brokerage: str, share: str) -> str:
    return (f"南川证券发布2023年年报，公司实现营业收入58.4亿元，同比下降7.6%。分业务看，经纪业务实现收入"
            f"{brokerage}，占营业收入的比重为{share}。")


def test_a_title_share_meets_the_body_s_measure_with_its_verb(tmp_path):
    # 经纪业务收入 in the title, 经纪业务实现收入 in the body: one measure.
    report = _post(tmp_path, "南川证券经纪业务收入占比超三成", _broker("18.62亿元", "31.88%"))
    headline = _checks(report, "headline")
    assert headline and all(check.outcome == "pass" for check in headline)


def test_a_title_share_the_body_s_does_not_reach_is_a_warning(tmp_path):
    report = _post(tmp_path, "南川证券经纪业务收入占比超三成", _broker("15.62亿元", "26.75%"))
    violated = [check for check in _checks(report, "headline") if check.outcome == "violation"]
    assert violated and violated[0].severity == "warning" and "26.75%" in violated[0].message
