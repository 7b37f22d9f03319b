"""Extraction takes each figure's period from where the text sets it: the year an undated article
was written (periods.year_of_writing), a table header's dated columns for the rows under it
(tables.column_periods), a from→to whose "to" prints a relative year and quarter. Sentences
written here, other names and numbers."""

from __future__ import annotations

from pathlib import Path

from validator.pipeline import read_claims, run


def _write(tmp_path: Path, text: str, front: str = "title: 示例公司经营数据\ndate: 2024-04-20 10:00:00 +0800\n",
           name: str = "case") -> str:
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\n{front}---\n{text}\n", encoding="utf-8")
    return str(path)


def _periods(path: str) -> dict[str, str | None]:
    return {claim.text: claim.period for claim in read_claims([path])[0].claims}


def test_rows_under_a_second_header_take_its_columns_periods(tmp_path):
    text = "\n".join([
        "主要经营数据",
        "| 2024年第三季度 | 2024年Q2 | 2024年第一季度 | 2023年第四季度 |",
        "| 交付 | 65,310 | 52,740 | 31,062 | 48,215 |",
        "| 2023年第三季度 | 2023年第二季度 | 2023年第一季度 | 2022年第四季度 |",
        "| 交付 | 44,137 | 40,208 | 28,991 | 39,875 |",
    ])
    periods = _periods(_write(tmp_path, text))
    assert periods["65,310"] == "2024Q3" and periods["52,740"] == "2024Q2"
    assert periods["44,137"] == "2023Q3" and periods["39,875"] == "2022Q4"


def test_a_prose_line_ends_the_table(tmp_path):
    text = "\n".join([
        "| 2024年第三季度 | 2024年第二季度 |",
        "| 交付 | 65,310 | 52,740 |",
        "公司第三季度毛利率为12.5%。",
    ])
    periods = _periods(_write(tmp_path, text))
    assert periods["12.5%"] == "2024Q3"


def test_undated_coverage_of_a_year_over_counts_last_year_from_the_year_after(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("source: https://example.com/x.html\n\n某电器于近日披露了 2023 年业绩，公司实现营业总收入 1650.2 亿元。"
                    "不过，今年第一季度，公司一季度实现营业总收入 380.6 亿元。\n", encoding="utf-8")
    periods = _periods(str(path))
    assert periods["380.6 亿元"] == "2024Q1"


def test_a_move_whose_to_prints_this_year_s_quarter_is_linked_and_meets_the_title(tmp_path):
    text = "某游戏公司于5月4日公开2023年第一季财报，旗下游戏每月活跃玩家数从去年第四季 3100 萬降至今年第一季的 2800 萬。"
    front = "title: '某游戏每月活跃玩家数在 3 個月內少 300 萬'\ndate: 2023-05-06 10:00:00 +0800\n"
    checks = run([_write(tmp_path, text, front)]).checks
    assert any(check.rule == "headline" and check.outcome == "pass" and "2800 萬" in [loc.text for loc in check.locations]
               for check in checks)
    altered = run([_write(tmp_path, text, front.replace("300 萬", "400 萬"), "altered")]).checks
    assert any(check.rule == "headline" and check.outcome == "violation" for check in altered)
