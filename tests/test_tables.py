"""Tables: a results table flattened into text states, row by row, the growth between two
period cells and the points between two rates. Each layout is read from tables written here
(other labels, other numbers), and each has a broken twin with one altered cell that the
rule checking the row must report."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run
from validator.records import Check, Claim, Extraction, Relation

RULE_OF_KIND = {"growth_prior": "growth-prior", "pp_change": "point-change", "from_to": "change-delta",
                "parts_sum": "parts-sum", "period_containment": "period-sum"}


def read(tmp_path: Path, text: str, name: str = "table.txt") -> Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    extraction = extract(read_document(str(path)))
    assert extraction.error is None
    return extraction


def table_relations(extraction: Extraction) -> list[tuple[str, dict[str, str], str | None]]:
    """Each relation read from a table: its kind, the printed text in each role, its direction."""
    by_id = {claim.id: claim for claim in extraction.claims}
    return [(relation.kind, {filler.role: by_id[filler.claim].text for filler in relation.fillers},
             relation.direction)
            for relation in extraction.relations if relation.construction.startswith("table-")]


def verdicts(tmp_path: Path, text: str, name: str = "table.txt") -> dict[tuple[str, ...], str]:
    """The outcome of the check of each table relation, by the printed texts of its figures."""
    extraction = read(tmp_path, text, name)
    checks = run([str(tmp_path / name)]).checks
    by_id: dict[str, Claim] = {claim.id: claim for claim in extraction.claims}
    found = {}
    for relation in extraction.relations:
        if not relation.construction.startswith("table-"):
            continue
        figures = {f"{claim.document}#{claim.id}" for claim in (by_id[f.claim] for f in relation.fillers)}
        matching = [check for check in checks
                    if check.rule == RULE_OF_KIND[relation.kind] and figures <= set(check.claims)]
        assert matching, f"no check of {relation}"
        key = tuple(by_id[filler.claim].text for filler in relation.fillers)
        found[key] = "violation" if any(check.outcome == "violation" for check in matching) else "pass"
    return found


# --- a row per line, the header naming years --------------------------------------------

RATES_BY_YEAR = """资本指标(%) 2024年 2023年 变化百分点
核心一级资本充足率 12.35% 11.90% 0.45%
拨备覆盖率 180.20% 195.60% -15.40%
"""


def test_rate_rows_state_points_between_the_years(tmp_path):
    assert table_relations(read(tmp_path, RATES_BY_YEAR)) == [
        ("pp_change", {"from": "11.90%", "to": "12.35%", "points": "0.45%"}, None),
        ("pp_change", {"from": "195.60%", "to": "180.20%", "points": "-15.40%"}, "down"),
    ]


def test_rate_rows_pass_and_an_altered_change_is_violated(tmp_path):
    assert set(verdicts(tmp_path, RATES_BY_YEAR).values()) == {"pass"}
    broken = RATES_BY_YEAR.replace("-15.40%", "-14.40%")
    assert verdicts(tmp_path, broken, "broken.txt")[("195.60%", "180.20%", "-14.40%")] == "violation"


def test_a_printed_minus_is_a_fall(tmp_path):
    flipped = RATES_BY_YEAR.replace("0.45%", "-0.45%")
    assert verdicts(tmp_path, flipped)[("11.90%", "12.35%", "-0.45%")] == "violation"


AMOUNTS_LATER_SECOND = """截至6个月/截至
2023年6月30日 2024年6月30日 变动
管理资产(十亿元)1 120.5 134.2 11.4 %
托管资产(十亿元)2 88.0 92.4 5.0 %
"""


def test_the_later_date_is_the_current_column_wherever_it_stands(tmp_path):
    assert table_relations(read(tmp_path, AMOUNTS_LATER_SECOND)) == [
        ("growth_prior", {"current": "134.2", "prior": "120.5", "rate": "11.4 %"}, None),
        ("growth_prior", {"current": "92.4", "prior": "88.0", "rate": "5.0 %"}, None),
    ]
    assert set(verdicts(tmp_path, AMOUNTS_LATER_SECOND).values()) == {"pass"}


def test_an_altered_amount_cell_is_violated(tmp_path):
    broken = AMOUNTS_LATER_SECOND.replace("134.2", "144.2")
    assert verdicts(tmp_path, broken)[("144.2", "120.5", "11.4 %")] == "violation"


CHINESE_DATES_TWO_CHANGES = """财务表现摘要
截至下列日期止三个月
二零二四年
六月三十日
二零二三年
六月三十日 同比变动
二零二四年
三月三十一日 环比变动
(人民币百万元)
收入 1,320 1,100 20% 1,200 10%
经营盈利 462 420 10% 440 5%
"""


def test_a_quarter_on_quarter_column_compares_with_the_current_period(tmp_path):
    assert table_relations(read(tmp_path, CHINESE_DATES_TWO_CHANGES))[:2] == [
        ("growth_prior", {"current": "1,320", "prior": "1,100", "rate": "20%"}, None),
        ("growth_prior", {"current": "1,320", "prior": "1,200", "rate": "10%"}, None),
    ]
    assert set(verdicts(tmp_path, CHINESE_DATES_TWO_CHANGES).values()) == {"pass"}
    broken = CHINESE_DATES_TWO_CHANGES.replace("440 5%", "440 7%")
    assert verdicts(tmp_path, broken, "broken.txt")[("462", "440", "7%")] == "violation"


# --- the label on its line, two column groups on the next --------------------------------

TWO_GROUPS_UNDER_LABELS = """截至/截至的三个月中
十二月三十一日
同比
变动
全年已结束
十二月三十一日
同比
变动
2023 2024
2023 2024
订单量(百万单)1
20.0 23.0 15.0 % 80.0 88.0 10.0 %
活跃商户(千家)2
4.10 4.51 10.0 % 4.10 4.51 10.0 %
"""


def test_two_column_groups_under_a_label_each_state_their_growth(tmp_path):
    assert table_relations(read(tmp_path, TWO_GROUPS_UNDER_LABELS))[:2] == [
        ("growth_prior", {"current": "23.0", "prior": "20.0", "rate": "15.0 %"}, None),
        ("growth_prior", {"current": "88.0", "prior": "80.0", "rate": "10.0 %"}, None),
    ]
    assert set(verdicts(tmp_path, TWO_GROUPS_UNDER_LABELS).values()) == {"pass"}
    broken = TWO_GROUPS_UNDER_LABELS.replace("88.0 10.0", "98.0 10.0")
    assert verdicts(tmp_path, broken, "broken.txt")[("98.0", "80.0", "10.0 %")] == "violation"


# --- one cell per line --------------------------------------------------------------------

CELL_PER_LINE = """经营业绩

单位:百万元人民币

项目

20241-6

20231-6

增幅(%)

20221-6

营业收入

52,300

48,100

8.73

45,000

经营活动产生的现金流量净额

1,200

(2,300)

上年同期为负

900

基本每股收益(元)

0.84

0.77

9.09

0.70

盈利能力指标

项目

20241-6

20231-6

增减(%)

20221-6

净息差

2.15%

2.30%

(0.15)

2.41%

成本收入比

28.40%

27.95%

0.45

27.10%
"""


def test_cells_one_per_line_state_growth_and_points(tmp_path):
    assert table_relations(read(tmp_path, CELL_PER_LINE)) == [
        ("growth_prior", {"current": "52,300", "prior": "48,100", "rate": "8.73"}, None),
        ("growth_prior", {"current": "0.84", "prior": "0.77", "rate": "9.09"}, None),
        ("pp_change", {"from": "2.30%", "to": "2.15%", "points": "(0.15)"}, "down"),
        ("pp_change", {"from": "27.95%", "to": "28.40%", "points": "0.45"}, None),
    ]


def test_a_bare_growth_cell_under_a_percent_header_is_a_percentage(tmp_path):
    assert set(verdicts(tmp_path, CELL_PER_LINE).values()) == {"pass"}
    broken = CELL_PER_LINE.replace("\n8.73\n", "\n11.35\n")
    assert verdicts(tmp_path, broken, "broken.txt")[("52,300", "48,100", "11.35")] == "violation"


def test_an_accounting_negative_in_points_is_checked_with_its_sign(tmp_path):
    broken = CELL_PER_LINE.replace("\n(0.15)\n", "\n(0.25)\n")
    assert verdicts(tmp_path, broken)[("2.30%", "2.15%", "(0.25)")] == "violation"


# --- role-named columns, a restated prior (exchange filings) ------------------------------

FILING = """一、主要财务数据
币种:人民币
项目 本报告期末 上年度末 本报告期末比上年度末
增减变动幅度(%)
总资产(百万元) 820,000 780,000 5.1%
上年同期 本报告期比上年同期
项目 本报告期 增减变动幅度(%)
调整后 调整前 调整后
营业收入(百万元) 45,600 41,200 41,350 10.7%
经营活动产生的现金流量净额 9,800 10,300 10,250 -4.9%
加权平均净资产收益率(%) 4.25 3.80 3.82 增加 0.45个百分点
"""


def test_a_restated_prior_is_the_one_the_change_compares_with(tmp_path):
    assert table_relations(read(tmp_path, FILING)) == [
        ("growth_prior", {"current": "820,000", "prior": "780,000", "rate": "5.1%"}, None),
        ("growth_prior", {"current": "45,600", "prior": "41,200", "rate": "10.7%"}, None),
        ("growth_prior", {"current": "9,800", "prior": "10,300", "rate": "-4.9%"}, "down"),
        ("pp_change", {"from": "3.80", "to": "4.25", "points": "0.45个百分点"}, "up"),
    ]
    assert set(verdicts(tmp_path, FILING).values()) == {"pass"}


def test_an_altered_restated_prior_is_violated(tmp_path):
    broken = FILING.replace("45,600 41,200", "45,600 43,200")
    assert verdicts(tmp_path, broken)[("45,600", "43,200", "10.7%")] == "violation"


# --- what is not read ---------------------------------------------------------------------

def test_a_constant_currency_change_is_left_alone(tmp_path):
    text = ("百万美元\n2024年 2023年 按年变动(固定汇率) 按年变动(实质汇率)\n"
            "新业务价值 1,250 1,000 27% 25%\n")
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "1,250", "prior": "1,000", "rate": "25%"}, None)]


def test_a_row_without_a_header_gives_no_order(tmp_path):
    text = "公司公布了上半年业绩。\n营业收入 120 100 20%\n净利润 30 25 20%\n"
    assert table_relations(read(tmp_path, text)) == []


def test_role_named_columns_printed_apart_give_no_order(tmp_path):
    text = "上年同期\n项目 本报告期 增减变动幅度(%)\n营业收入(百万元) 1,200 1,000 20%\n"
    assert table_relations(read(tmp_path, text)) == []


def test_a_percent_change_between_rates_without_points_in_the_header_is_not_read(tmp_path):
    text = "指标 2024年 2023年 变动\n毛利率 25.0% 20.0% 25.0%\n"
    assert table_relations(read(tmp_path, text)) == []


@pytest.mark.parametrize("header", ["2024年业绩亮点 2023年", "截至2024年6月30日止六个月 2023年"])
def test_a_title_holding_a_year_is_not_a_column(tmp_path, header):
    text = f"{header}\n营业收入 120 100 20%\n"
    assert table_relations(read(tmp_path, text)) == []


def test_traditional_cells_one_per_line(tmp_path):
    text = ("百萬美元\n\n截至6月30日止六個月\n\n2024年\n\n2023年\n\n按年變動\n\n(實質匯率)\n\n"
            "新業務價值利潤率\n\n48.0%\n\n52.5%\n\n(4.5)個百分點\n")
    assert table_relations(read(tmp_path, text)) == [
        ("pp_change", {"from": "52.5%", "to": "48.0%", "points": "(4.5)個百分點"}, "down")]
    assert set(verdicts(tmp_path, text).values()) == {"pass"}
    broken = text.replace("(4.5)", "(5.5)")
    assert verdicts(tmp_path, broken, "broken.txt")[("52.5%", "48.0%", "(5.5)個百分點")] == "violation"


# --- segment rows under a total row -------------------------------------------------------

SEGMENTS = """截至9个月/截至
2023年9月30日 2024年9月30日 变动
支付总额(十亿元)1 210.5 240.0 14.0 %
支付额(中国内地)2 200.1 226.3 13.1 %
支付额(海外)3 10.4 13.7 31.7 %
"""


def parts_of(extraction: Extraction) -> list[tuple[list[str], str]]:
    by_id = {claim.id: claim for claim in extraction.claims}
    return [([by_id[claim].text for claim in relation.claims_in("part")], by_id[relation.claim_in("total")].text)
            for relation in extraction.relations if relation.construction == "table-segment-rows-under-a-total"]


def test_two_sides_of_a_partition_under_a_total_row_add_up_to_it(tmp_path):
    assert parts_of(read(tmp_path, SEGMENTS)) == [(["200.1", "10.4"], "210.5"), (["226.3", "13.7"], "240.0")]
    report = run([str(tmp_path / "table.txt")])
    assert not [check for check in report.checks if check.outcome == "violation" and check.severity == "error"]


def test_an_altered_total_cell_is_violated_by_its_segments(tmp_path):
    read(tmp_path, SEGMENTS.replace("240.0 14.0", "250.0 14.0"))
    report = run([str(tmp_path / "table.txt")])
    assert any(check.rule == "parts-sum" and check.outcome == "violation" and "250.0" in check.message
               for check in report.checks)


def test_segments_that_are_not_two_sides_of_one_partition_are_not_summed(tmp_path):
    text = SEGMENTS.replace("(海外)", "(华东)")
    assert parts_of(read(tmp_path, text)) == []


def test_a_plus_sign_before_a_cell_keeps_the_row(tmp_path):
    text = "项目 2024年 2023年 同比\n营业收入 115 100 +15%\n"
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "115", "prior": "100", "rate": "15%"}, None)]


@pytest.mark.parametrize("row", ["净息差(%) 2.15 2.30 -6.5%", "资本充足率 13.10 12.60 4.0%"])
def test_rates_printed_without_a_percent_sign_take_no_growth(tmp_path, row):
    text = f"单位:%\n指标 2024年 2023年 增减(%)\n{row}\n"
    assert table_relations(read(tmp_path, text)) == []


def test_a_bare_change_beside_two_rates_under_a_growth_header_is_not_read_as_points(tmp_path):
    text = "指标 2024年 2023年 增幅(%)\n净息差 2.15% 2.30% (6.52)\n"
    assert table_relations(read(tmp_path, text)) == []


def test_an_html_table_is_read_row_by_row(tmp_path):
    body = ("<p>某银行公布年度业绩。</p><table><tr><th>项目</th><th>2024年</th><th>2023年</th><th>同比增减</th></tr>"
            "<tr><td>营业收入(亿元)</td><td>1,234.5</td><td>1,100.0</td><td>12.23%</td></tr>"
            "<tr><td>不良贷款率</td><td>1.25%</td><td>1.32%</td><td>-0.07个百分点</td></tr></table>")
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: 某银行2024年业绩\ndate: 2025-03-30 10:00:00\n---\n{body}\n", encoding="utf-8")
    extraction = extract(read_document(str(path)))
    assert table_relations(extraction) == [
        ("growth_prior", {"current": "1,234.5", "prior": "1,100.0", "rate": "12.23%"}, None),
        ("pp_change", {"from": "1.32%", "to": "1.25%", "points": "-0.07个百分点"}, "down"),
    ]


def test_share_columns_stand_between_the_periods_a_change_compares(tmp_path):
    text = "项目 2024年 占比 2023年 占比 同比\n零售业务收入 120 60% 100 55% 20%\n"
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "120", "prior": "100", "rate": "20%"}, None)]


def test_a_share_column_after_the_periods_is_not_a_change(tmp_path):
    text = "项目 2024年 2023年 占比 同比\n零售业务收入 120 100 60% 20%\n"
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "120", "prior": "100", "rate": "20%"}, None)]


@pytest.mark.parametrize("header", ["2024 Q2 2024 Q1 环比 2023 Q2 同比", "2024年6月 2024年3月 环比 2023年6月 同比"])
def test_periods_split_by_spaces_and_months_are_columns(tmp_path, header):
    text = f"{header}\n订单量 130 100 30% 104 25%\n"
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "130", "prior": "100", "rate": "30%"}, None),
        ("growth_prior", {"current": "130", "prior": "104", "rate": "25%"}, None)]


MARKDOWN = """| 项目 | 2024年 | 2023年 | 2022年 | 同比 |
|---|---|---|---|---|
| 营业收入 | 1,320 | 1,100 | 980 | 20% |
| 研发投入 | 240 | | 180 | 15% |
| 净利润 | -35 | -50 | 12 | 不适用 |
"""


def test_a_markdown_row_keeps_every_cell_in_its_column(tmp_path):
    assert table_relations(read(tmp_path, MARKDOWN)) == [
        ("growth_prior", {"current": "1,320", "prior": "1,100", "rate": "20%"}, None)]
    assert set(verdicts(tmp_path, MARKDOWN).values()) == {"pass"}
    broken = MARKDOWN.replace("| 20% |", "| 25% |")
    assert verdicts(tmp_path, broken, "broken.txt")[("1,320", "1,100", "25%")] == "violation"


AMOUNT_AND_RATE = """单位:亿元
项目 2024年末 2023年末 增减额 增减率
资产总额 1,250.0 1,100.0 150.0 13.6%
负债总额 980.5 1,020.5 -40.0 -3.9%
"""


def test_an_amount_change_and_a_rate_side_by_side_compare_the_same_periods(tmp_path):
    assert table_relations(read(tmp_path, AMOUNT_AND_RATE)) == [
        ("from_to", {"from": "1,100.0", "to": "1,250.0", "delta": "150.0"}, None),
        ("growth_prior", {"current": "1,250.0", "prior": "1,100.0", "rate": "13.6%"}, None),
        ("from_to", {"from": "1,020.5", "to": "980.5", "delta": "-40.0"}, "down"),
        ("growth_prior", {"current": "980.5", "prior": "1,020.5", "rate": "-3.9%"}, "down"),
    ]
    assert set(verdicts(tmp_path, AMOUNT_AND_RATE).values()) == {"pass"}
    broken = AMOUNT_AND_RATE.replace("-40.0", "-50.0")
    assert verdicts(tmp_path, broken, "broken.txt")[("1,020.5", "980.5", "-50.0")] == "violation"


def test_a_change_column_of_unnamed_kind_beside_amounts_is_not_read(tmp_path):
    text = "项目 2024年末 2023年末 变动\n资产总额 1,250.0 1,100.0 150.0\n"
    assert table_relations(read(tmp_path, text)) == []


# --- stretches of a year ------------------------------------------------------------------

QUARTERS = """2024 财年 2024 Q4 2024 Q3 2024 Q2 2024 Q1
交付 41,200 12,300 10,900 9,800 8,200
未偿余额 66.0 66.0 61.5 58.2 55.0
"""


def test_the_four_quarters_of_a_flow_add_up_to_its_year(tmp_path):
    assert parts_of(read(tmp_path, QUARTERS)) == []  # a total row is not a partition
    extraction = read(tmp_path, QUARTERS)
    by_id = {claim.id: claim for claim in extraction.claims}
    quarters = [([by_id[c].text for c in relation.claims_in("part")], by_id[relation.claim_in("total")].text)
                for relation in extraction.relations if relation.construction == "table-quarters-of-a-year"]
    assert quarters == [(["8,200", "9,800", "10,900", "12,300"], "41,200")]  # a balance's quarters are not parts
    assert set(verdicts(tmp_path, QUARTERS).values()) <= {"pass"}
    read(tmp_path, QUARTERS.replace("41,200", "43,200"), "broken.txt")
    report = run([str(tmp_path / "broken.txt")])
    assert any(check.rule == "parts-sum" and check.outcome == "violation" for check in report.checks)


def inside(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    import validator.extract as extract_module
    from validator import tables

    found: list[tuple[str, str]] = []

    def reading(sentences):
        found.extend((part.text, whole.text) for part, whole in tables.periods_inside_their_year(sentences))
        return tables.stated_in_tables(sentences)

    original = extract_module.stated_in_tables
    extract_module.stated_in_tables = reading
    try:
        read(tmp_path, text)
    finally:
        extract_module.stated_in_tables = original
    return found


def test_a_quarter_column_group_lies_inside_the_nine_months_group(tmp_path):
    text = ("百万美元\n\n截至9月30日止三个月\n\n截至9月30日止九个月\n\n2024年\n\n2023年\n\n按年变动\n\n"
            "2024年\n\n2023年\n\n按年变动\n\n新业务收入\n\n520\n\n400\n\n30%\n\n1,480\n\n1,200\n\n23%\n")
    assert inside(tmp_path, text) == [("520", "1,480"), ("400", "1,200")]


def test_a_quarter_and_its_year_under_group_titles_on_one_line(tmp_path):
    text = ("截至三个月\n同比\n全年已结束\n同比\n2023 2024\n2023 2024\n订单量(百万单)\n"
            "20.0 23.0 15.0 % 80.0 88.0 10.0 %\n贷款余额(十亿元)\n60.0 66.0 10.0 % 60.0 66.0 10.0 %\n")
    assert inside(tmp_path, text) == [("20.0", "80.0"), ("23.0", "88.0")]


ANNUAL_TEMPLATE = """项目 2024年 2023年 本年比上年增减(%)
营业收入(元) 1,234,560,000.00 1,100,000,000.00 12.23
加权平均净资产收益率(%) 12.50 11.80 增加0.70个百分点
净息差(%) 2.15 2.30 -0.15
"""


def test_a_bare_change_under_a_percent_header_beside_amounts_is_their_growth(tmp_path):
    assert table_relations(read(tmp_path, ANNUAL_TEMPLATE)) == [
        ("growth_prior", {"current": "1,234,560,000.00", "prior": "1,100,000,000.00", "rate": "12.23"}, None),
        ("pp_change", {"from": "11.80", "to": "12.50", "points": "0.70个百分点"}, "up"),
    ]
    assert set(verdicts(tmp_path, ANNUAL_TEMPLATE).values()) == {"pass"}
    broken = ANNUAL_TEMPLATE.replace(" 12.23\n", " 15.23\n")
    assert verdicts(tmp_path, broken, "broken.txt")[("1,234,560,000.00", "1,100,000,000.00", "15.23")] == "violation"


def test_an_empty_cell_keeps_its_place_and_the_table_goes_on(tmp_path):
    text = ("截至十二月三十一日止年度\n二零二四年 二零二三年 变动\n(人民币百万元)\n"
            "收入 8,820 7,350 20%\n毛利率 40.0% 40.0% —\n研发开支 不适用 610 不适用\n经营溢利 1,102 980 12%\n")
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "8,820", "prior": "7,350", "rate": "20%"}, None),
        ("growth_prior", {"current": "1,102", "prior": "980", "rate": "12%"}, None),
    ]


def test_a_lone_dash_before_a_figure_is_not_read_as_either_sign_or_empty_cell(tmp_path):
    text = "项目 2024年 2023年 同比\n营业收入 1,200 - 15%\n"
    assert table_relations(read(tmp_path, text)) == []


def test_a_column_named_by_what_it_compares_with_is_a_change(tmp_path):
    text = ("主要指标 2024年6月末 2023年末 较上年末\n总资产(亿元) 12,345.6 11,890.2 3.83%\n"
            "资本充足率 14.02% 13.85% 上升0.17个百分点\n")
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "12,345.6", "prior": "11,890.2", "rate": "3.83%"}, None),
        ("pp_change", {"from": "13.85%", "to": "14.02%", "points": "0.17个百分点"}, "up"),
    ]
    assert set(verdicts(tmp_path, text).values()) == {"pass"}
    broken = text.replace("上升0.17", "上升0.27")
    assert verdicts(tmp_path, broken, "broken.txt")[("13.85%", "14.02%", "0.27个百分点")] == "violation"


def test_header_cells_split_by_a_slash(tmp_path):
    text = "单位:亿元\n项目 2024年第一季度/2023年第一季度/同比\n营业收入 57.5 50.0 15.0%\n"
    assert table_relations(read(tmp_path, text)) == [
        ("growth_prior", {"current": "57.5", "prior": "50.0", "rate": "15.0%"}, None)]
