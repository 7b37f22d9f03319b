"""Per-share headlines: a title's EPS and the body's 每股纯益/每股收益, a title's 拟10派8元 and the
body's 每10股派发现金红利, a title's 分红总额 and the body's 合计派发现金红利."""

from __future__ import annotations

import pytest

from validator.pipeline import run


def _post(folder, title: str, body: str, published: str = "2024-04-15"):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: {published}\n---\n<p>{body}</p>\n', encoding="utf-8")
    return run([str(path)])


def _headline(report) -> list:
    return [check for check in report.checks if check.rule == "headline"]


def _violated(report) -> list:
    return [check for check in _headline(report) if check.outcome == "violation"]


def _chips(eps: str) -> str:
    return (f"瑞晶電公布第三季財報，第三季稅後純益38.6億元，年增14.2%，每股純益2.12元。"
            f"累計前三季稅後純益109.8億元，年增11.5%，每股純益{eps}。")


def _payout(per_ten: str, total: str) -> str:
    return (f"北峪化工发布2023年年报，归母净利润21.4亿元，同比增长9.3%。公司拟向全体股东每10股派发现金红利{per_ten}"
            f"（含税），合计拟派发现金红利{total}。")


def test_title_eps_backed_by_the_body_s_name_for_it(tmp_path):
    assert not _violated(_post(tmp_path, "瑞晶電前三季EPS 6.03元", _chips("6.03元"), published="2024-11-10"))


def test_title_eps_the_body_does_not_give_is_a_warning(tmp_path):
    violated = _violated(_post(tmp_path, "瑞晶電前三季EPS 6.03元", _chips("5.03元"), published="2024-11-10"))
    assert violated and violated[0].severity == "warning" and "5.03元" in violated[0].message


@pytest.mark.parametrize("title", ["北峪化工拟10派6元", "北峪化工2023年拟每10股派6元 分红总额超3亿元"])
def test_title_dividend_backed_passes(tmp_path, title):
    report = _post(tmp_path, title, _payout("6元", "3.31亿元"))
    assert _headline(report) and not _violated(report)


def test_title_dividend_per_ten_the_body_does_not_give_is_a_warning(tmp_path):
    violated = _violated(_post(tmp_path, "北峪化工拟10派6元", _payout("4元", "2.21亿元")))
    assert violated and violated[0].severity == "warning" and "4元" in violated[0].message


def test_title_dividend_total_the_body_does_not_reach_is_a_warning(tmp_path):
    violated = _violated(_post(tmp_path, "北峪化工分红总额超3亿元", _payout("6元", "2.31亿元")))
    assert violated and "2.31亿元" in violated[0].message


def test_per_ten_is_not_held_against_per_share(tmp_path):
    report = _post(tmp_path, "北峪化工拟10派6元",
                   "北峪化工发布2023年年报，归母净利润21.4亿元。公司拟向全体股东每股派发现金红利0.6元（含税）。")
    assert not _violated(report)
