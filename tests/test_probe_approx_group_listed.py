"""A title's bound said of each of a counted group (三家银行前三季度净利润均超百亿) is said of every
figure the body's one 分别 list of as many figures of that measure gives."""

from __future__ import annotations

from validator.pipeline import run


def _post(folder, title: str, body: str):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: 2024-11-02\n---\n<p>{body}</p>\n', encoding="utf-8")
    return run([str(path)])


def _listed(report) -> list:
    return [check for check in report.checks if check.rule == "approximate-wording" and "分别 then gives" in check.message]


def _banks(third: str) -> str:
    return f"前三季度，甲港银行、乙湖银行、丙岭银行分别实现归母净利润243.7亿元、158.2亿元、{third}。"


def test_every_member_above_the_bound_passes(tmp_path):
    checks = _listed(_post(tmp_path, "三家银行前三季度净利润均超百亿", _banks("104.9亿元")))
    assert checks and all(check.outcome == "pass" for check in checks)


def test_a_member_under_the_bound_is_reported(tmp_path):
    checks = _listed(_post(tmp_path, "三家银行前三季度净利润均超百亿", _banks("94.9亿元")))
    assert [check.outcome for check in checks] == ["violation"] and "94.9亿元" in checks[0].message


def test_a_list_of_another_length_is_not_the_group(tmp_path):
    report = _post(tmp_path, "四家银行前三季度净利润均超百亿", _banks("94.9亿元"))
    assert not _listed(report)


def test_a_bound_not_said_of_each_is_not_checked_member_by_member(tmp_path):
    report = _post(tmp_path, "三家银行前三季度净利润合计超500亿", _banks("94.9亿元"))
    assert not _listed(report)
