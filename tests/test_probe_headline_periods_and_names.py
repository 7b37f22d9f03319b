"""A title's measure abridged from the body's (全国快递业务量 of 全国快递服务企业业务量), and a title
of a quarter whose rate the body prints for the year to date as well as for the quarter."""

from __future__ import annotations

from validator.pipeline import run


def _post(folder, title: str, *paragraphs: str, published: str = "2024-10-28"):
    folder.mkdir(exist_ok=True)
    path = folder / "post.md"
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: {published}\n---\n{body}', encoding="utf-8")
    return run([str(path)])


def _headline(report) -> list:
    return [check for check in report.checks if check.rule == "headline"]


def _parcels(volume: str) -> str:
    return (f"国家邮政局发布数据，2023年全国快递服务企业业务量累计完成{volume}，同比增长16.8%；"
            "业务收入累计完成9876亿元，同比增长11.2%。")


def test_abridged_measure_backed_passes(tmp_path):
    checks = _headline(_post(tmp_path, "2023年全国快递业务量突破1100亿件", _parcels("1132.4亿件"), published="2024-01-20"))
    assert checks and all(check.outcome == "pass" for check in checks)


def test_abridged_measure_under_the_bound_is_a_warning(tmp_path):
    checks = _headline(_post(tmp_path, "2023年全国快递业务量突破1100亿件", _parcels("1082.4亿件"), published="2024-01-20"))
    violated = [check for check in checks if check.outcome == "violation"]
    assert violated and violated[0].severity == "warning" and "1082.4亿件" in violated[0].message


def _quarters(year_to_date: str, quarter: str) -> str:
    return (f"东岳电子披露三季报，前三季度公司实现营业收入36.5亿元，同比增长8.1%；归母净利润3.92亿元，同比增长{year_to_date}。"
            f"其中，第三季度实现归母净利润1.48亿元，同比增长{quarter}。")


def test_quarter_title_backed_by_the_quarter_passes(tmp_path):
    checks = _headline(_post(tmp_path, "东岳电子三季度净利润同比增长31%", _quarters("18.2%", "31.4%")))
    assert checks and all(check.outcome == "pass" for check in checks)


def test_quarter_title_of_the_year_to_date_rate_is_a_warning(tmp_path):
    checks = _headline(_post(tmp_path, "东岳电子三季度净利润同比增长31%", _quarters("31.4%", "18.2%")))
    violated = [check for check in checks if check.outcome == "violation"]
    assert violated and violated[0].severity == "warning" and "18.2%" in violated[0].message


def test_a_short_key_is_not_abridged_from_another_measure(tmp_path):
    # 贷款余额 is not 贷款减值准备余额 with words left out.
    report = _post(tmp_path, "南汀银行贷款余额突破5000亿元",
                   "截至9月末，南汀银行贷款减值准备余额182.6亿元，较上年末增长4.2%。")
    assert not [check for check in _headline(report) if check.outcome == "violation"]
