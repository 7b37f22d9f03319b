"""A period's profit by the day (日赚, 日均净赚, 相当于每天赚取, 日亏) is the period's figure over its
days: the calendar's or thirty a month, whichever the newsroom used."""

from __future__ import annotations

import pytest

from validator.pipeline import run


def _post(folder, title: str, *paragraphs: str, published: str = "2024-10-30"):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: {published}\n---\n{body}', encoding="utf-8")
    return run([str(path)])


def _per_day(report) -> list:
    return [check for check in report.checks if check.rule == "approximate-wording" and " a day means " in check.message]


_BANK = "临江银行发布三季报。2024年前三季度，该行实现归母净利润209.37亿元，同比增长4.6%。"


@pytest.mark.parametrize("title", [
    "临江银行前三季度净赚209亿元 日赚7641万元",   # 209.37亿元 / 274 days
    "临江银行前三季度净赚209亿元 日赚7754万元",   # 209.37亿元 / 270 days (thirty a month)
    "临江银行前三季度日赚超7600万元",
])
def test_title_per_day_within_the_days_passes(tmp_path, title):
    checks = _per_day(_post(tmp_path, title, _BANK))
    assert checks and all(check.outcome == "pass" for check in checks)


def test_title_per_day_altered_is_reported(tmp_path):
    checks = _per_day(_post(tmp_path, "临江银行前三季度净赚209亿元 日赚8669万元", _BANK))
    assert any(check.outcome == "violation" and "209.37亿元" in check.message for check in checks)


def test_body_per_day_of_each_bank_meets_its_own_profit(tmp_path):
    report = _post(tmp_path, "上半年两家银行业绩出炉",
                   "上半年，甲山银行实现归母净利润1502.6亿元，平均每天赚取8.26亿元；乙水银行实现归母净利润987.4亿元，日均净赚5.43亿元。")
    checks = _per_day(report)
    assert len(checks) == 2 and all(check.outcome == "pass" for check in checks)


def test_body_per_day_altered_is_reported(tmp_path):
    report = _post(tmp_path, "上半年两家银行业绩出炉",
                   "上半年，甲山银行实现归母净利润1502.6亿元，平均每天赚取8.26亿元；乙水银行实现归母净利润987.4亿元，日均净赚6.43亿元。")
    assert [check.outcome for check in _per_day(report)] == ["pass", "violation"]


def test_a_loss_by_the_day(tmp_path):
    report = _post(tmp_path, "北岸新材2023年日亏超90万元",
                   "北岸新材发布年报，2023年公司营业收入12.8亿元；归母净利润-3.35亿元，相当于日亏91.8万元。", published="2024-04-20")
    checks = _per_day(report)
    assert checks and all(check.outcome == "pass" for check in checks)
    altered = _per_day(_post(tmp_path, "北岸新材2023年日亏超90万元",
                             "北岸新材发布年报，2023年公司营业收入12.8亿元；归母净利润-3.35亿元，相当于日亏81.8万元。", published="2024-04-20"))
    assert any(check.outcome == "violation" for check in altered)


@pytest.mark.parametrize("sentence", [
    "上半年，该行日均存款余额1.25万亿元，较上年末增长3.1%；实现归母净利润209.37亿元。",
    "前三季度，全市场日均成交额8765亿元，证券公司实现净利润1102.3亿元。",
])
def test_daily_balances_and_turnover_are_no_profit_by_the_day(tmp_path, sentence):
    assert not _per_day(_post(tmp_path, "临江银行业绩稳健", sentence))


def test_per_day_of_one_bank_is_not_another_bank_s_profit(tmp_path):
    report = _post(tmp_path, "六大行上半年业绩出炉",
                   "上半年，甲山银行实现归母净利润1502.6亿元，乙水银行日赚约5.4亿元。",
                   "乙水银行上半年实现归母净利润987.4亿元，同比下降1.1%。", published="2024-08-31")
    checks = _per_day(report)
    assert checks and all(check.outcome == "pass" and "987.4亿元" in check.message for check in checks)


@pytest.mark.parametrize("daily, outcome", [("1.3億", "pass"), ("1.6億", "violation")])
def test_a_title_per_day_without_its_unit_in_traditional_characters(tmp_path, daily, outcome):
    report = _post(tmp_path, f"滙豐達銀行上半年純利236億港元 日賺{daily}",
                   "滙豐達銀行公布上半年業績，股東應佔溢利236.42億港元，按年上升7.4%。", published="2024-08-01")
    assert [check.outcome for check in _per_day(report)] == [outcome]
