"""A stretch's figure and the figures of the stretches inside it, stated across sentences
(validator/period_links.py), checked by period-sum. Every passage here is written for these
tests, with invented companies and figures: each construction passes as printed, its altered
twin fails at the altered figure, and sentences whose figures stand close but are no part of
one another yield no relation."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.pipeline import run
from validator.records import Extraction


def read(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(read_document(str(path)))
    assert extraction.error is None
    return extraction


def stated(extraction: Extraction) -> set[tuple[tuple[str, ...], str]]:
    """Each period_containment relation read across sentences: its parts' texts and its whole's."""
    by_id = {claim.id: claim for claim in extraction.claims}
    return {(tuple(by_id[claim].text for claim in relation.claims_in("part")), by_id[relation.claim_in("total")].text)
            for relation in extraction.relations
            if relation.kind == "period_containment" and not relation.construction.startswith("table-")}


def verdicts(tmp_path: Path, text: str) -> list[tuple[str, str | None, list[str]]]:
    """(outcome, severity, figures) of every period-sum check of the passage."""
    read(tmp_path, text)
    return [(check.outcome, check.severity, [location.text for location in check.locations])
            for check in run([str(tmp_path / "article.txt")]).checks if check.rule == "period-sum"]


def passes(tmp_path: Path, text: str, *figures: str) -> bool:
    return any(outcome == "pass" and all(figure in texts for figure in figures)
               for outcome, _severity, texts in verdicts(tmp_path, text))


def fails_at(tmp_path: Path, text: str, figure: str) -> str | None:
    """The severity of a period-sum violation pointing at ``figure``, or None."""
    for outcome, severity, texts in verdicts(tmp_path, text):
        if outcome == "violation" and figure in texts:
            return severity
    return None


# --- a quarter and the first three quarters, sentences apart --------------------------------

QUARTER_IN_YEAR_TO_DATE = (
    "星河科技前三季度实现营业收入520.4亿元，同比增长8.1%；实现净利润61.3亿元，同比增长3.0%。"
    "第三季度，星河科技实现营业收入188.6亿元，同比增长5.2%；实现净利润20.9亿元，同比增长1.1%。"
)


def test_a_quarter_inside_its_year_to_date(tmp_path):
    relations = stated(read(tmp_path, QUARTER_IN_YEAR_TO_DATE))
    assert (("188.6亿元",), "520.4亿元") in relations
    assert (("20.9亿元",), "61.3亿元") in relations
    assert passes(tmp_path, QUARTER_IN_YEAR_TO_DATE, "188.6亿元", "520.4亿元")


def test_a_quarter_above_its_year_to_date_is_an_error_for_revenue(tmp_path):
    altered = QUARTER_IN_YEAR_TO_DATE.replace("188.6亿元", "588.6亿元")
    assert fails_at(tmp_path, altered, "588.6亿元") == "error"


def test_a_quarter_above_its_year_to_date_is_only_a_warning_for_profit(tmp_path):
    """Another quarter may have lost money: the text does not prove the profit wrong."""
    altered = QUARTER_IN_YEAR_TO_DATE.replace("20.9亿元", "80.9亿元")
    assert fails_at(tmp_path, altered, "80.9亿元") == "warning"


# --- a month and its running total in one sentence (Taiwan coverage) ------------------------

MONTH_AND_RUNNING_TOTAL = "遠東金9月稅後純益18.4億元，月增5%，累計稅後純益152.7億元，年增12%。"


def test_a_month_inside_its_running_total(tmp_path):
    assert (("18.4億元",), "152.7億元") in stated(read(tmp_path, MONTH_AND_RUNNING_TOTAL))
    assert passes(tmp_path, MONTH_AND_RUNNING_TOTAL, "18.4億元", "152.7億元")
    assert fails_at(tmp_path, MONTH_AND_RUNNING_TOTAL.replace("18.4億元", "182.4億元"), "182.4億元") == "warning"


# --- a month's deliveries and the year to date, paragraphs apart ----------------------------

DELIVERIES = (
    "2023年11月2日，启明汽车公布10月交付数据。10月，启明汽车共交付智能电动汽车5120辆，同比增长12%。\n\n"
    "从前10月的总销量看，1-10月，启明汽车累计交付新车48310台，同比增长30%。"
)


def test_a_month_of_deliveries_inside_the_year_to_date(tmp_path):
    assert (("5120辆",), "48310台") in stated(read(tmp_path, DELIVERIES))
    assert passes(tmp_path, DELIVERIES, "5120辆", "48310台")
    assert fails_at(tmp_path, DELIVERIES.replace("5120辆", "58120辆"), "58120辆") == "error"


# --- a passage that never says its year: 上半年 and 单计第二季, Chinese numerals ----------------

HALF_AND_QUARTER = (
    "华信控股中期纯利增至一百二十亿元人民币，营业额增至四百八十亿元人民币。"
    "单计第二季，纯利升至六十五亿元人民币。营业额按年升两成，增加至二百五十亿元人民币。"
)


def test_a_quarter_inside_the_half_without_a_year(tmp_path):
    relations = stated(read(tmp_path, HALF_AND_QUARTER))
    assert (("二百五十亿元人民币",), "四百八十亿元人民币") in relations
    assert (("六十五亿元人民币",), "一百二十亿元人民币") in relations
    altered = HALF_AND_QUARTER.replace("二百五十亿元", "五百五十亿元")
    assert fails_at(tmp_path, altered, "五百五十亿元人民币") == "error"


LAST_QUARTER_OF_THE_HALF = "远帆上半年业绩增长 上季收入升三成\n\n远帆上半年收入842.6億元，按年升25%。上季收入455.1億元，按年升30%。"


def test_last_quarter_of_a_half_without_a_year(tmp_path):
    """上季 in a half-year's coverage without a date is the half's last quarter."""
    assert (("455.1億元",), "842.6億元") in stated(read(tmp_path, LAST_QUARTER_OF_THE_HALF))


# --- lists of segments for two stretches ---------------------------------------------------

SEGMENT_LISTS = (
    "金管會統計，本國銀行前2月稅前獲利以北區分行52.4億元最高，南區分行18.3億元居次。\n\n"
    "而本國銀行2月稅前淨利40.1億元，月減3%。其中，北區分行25.2億元，月減2%，南區分行9.6億元，月增4%。"
)


def test_segments_of_a_month_inside_the_same_segments_of_the_year_to_date(tmp_path):
    relations = stated(read(tmp_path, SEGMENT_LISTS))
    assert (("25.2億元",), "52.4億元") in relations
    assert (("9.6億元",), "18.3億元") in relations
    assert (("25.2億元",), "18.3億元") not in relations
    # 税前获利 may be below zero in January: a larger February is only a warning.
    assert fails_at(tmp_path, SEGMENT_LISTS.replace("25.2億元", "62.9億元"), "62.9億元") == "warning"


# --- stretches adding up to the whole --------------------------------------------------------

QUARTERS_LISTED = ("2023 年海东样本医院药品销售总额为 1840.50 亿元，同比增长 9.2%；分季度来看，"
                   "2023 年 Q1-Q4 销售额分别为 430.12 亿、 455.30 亿、 470.88亿、 484.20 亿元。")


def test_quarters_listed_add_up_to_their_year(tmp_path):
    parts = ("430.12 亿", "455.30 亿", "470.88亿", "484.20 亿元")
    assert (parts, "1840.50 亿元") in stated(read(tmp_path, QUARTERS_LISTED))
    assert passes(tmp_path, QUARTERS_LISTED, *parts, "1840.50 亿元")
    assert fails_at(tmp_path, QUARTERS_LISTED.replace("470.88亿", "570.88亿"), "570.88亿") == "error"


QUARTER_AND_MONTH = (
    "- 2023年第一季度汽车交付量达21,300辆，按年上升80% - 2023年第一季度P9交付量为9,100辆"
    " - 2023年4月总交付量达7,450辆，按年增长40% - 截至2023年4月30日，年内累计总交付量达28,750辆，按年增长70%"
)


def test_a_quarter_and_the_next_month_add_up_to_the_year_to_date(tmp_path):
    assert (("21,300辆", "7,450辆"), "28,750辆") in stated(read(tmp_path, QUARTER_AND_MONTH))
    assert passes(tmp_path, QUARTER_AND_MONTH, "21,300辆", "7,450辆", "28,750辆")
    assert fails_at(tmp_path, QUARTER_AND_MONTH.replace("7,450辆", "8,450辆"), "8,450辆") == "error"


# --- figures close together that are no part of one another ---------------------------------

@pytest.mark.parametrize(("text", "unrelated"), [
    # a balance at the quarter's end is no part of the year's flow
    ("截至三季度末，华信银行总资产达8520亿元。华信银行前三季度实现营业收入310亿元。第三季度，华信银行实现营业收入105亿元。",
     "8520亿元"),
    # two measures
    ("第三季度，华信银行实现营业收入105亿元。前三季度，华信银行实现净利润88亿元。", "88亿元"),
    # two companies
    ("第三季度，甲丰银行实现营业收入120亿元。\n\n前三季度，乙川银行实现营业收入95亿元。", "95亿元"),
    # a baseline of last year
    ("华信银行前三季度营业收入300亿元，较上年同期的280亿元增长7.1%。第三季度，华信银行营业收入110亿元。", "280亿元"),
    # a segment and the total
    ("9月，动力电池装车量30.2GWh，其中三元电池装车量8.1GWh。1-9月，三元电池累计装车量60.5GWh。", "30.2GWh"),
    # a forecast
    ("第三季度，华信银行实现营业收入105亿元。公司预计全年营业收入将达到98亿元。", "98亿元"),
])
def test_no_relation_between_figures_that_are_no_part_of_one_another(tmp_path, text, unrelated):
    relations = stated(read(tmp_path, text))
    assert not any(unrelated in parts or unrelated == whole for parts, whole in relations), relations
    assert not any(outcome == "violation" for outcome, _severity, _texts in verdicts(tmp_path, text))


# --- 其中 opening the sentence after the whole's ---------------------------------------------

OF_WHICH_THE_MONTH = "1-6月，地方政府债券到期偿还本金9320亿元。其中，6月当月到期偿还本金2150亿元。"


def test_of_which_the_month_is_inside_the_whole_before_it(tmp_path):
    assert (("2150亿元",), "9320亿元") in stated(read(tmp_path, OF_WHICH_THE_MONTH))
    assert fails_at(tmp_path, OF_WHICH_THE_MONTH.replace("2150亿元", "12150亿元"), "12150亿元") == "error"


# --- a round-up of several subjects: each keeps its own whole; a profit above it warns -------

ROUND_UP = ("金控9月獲利出爐。甲豐金9月稅後純益31.5億元，累計稅後純益280.4億元。"
            "乙川銀9月稅後純益12.2億元，累計稅後純益96.8億元。")


def test_in_a_round_up_each_subject_keeps_its_own_total(tmp_path):
    relations = stated(read(tmp_path, ROUND_UP))
    assert (("31.5億元",), "280.4億元") in relations
    assert (("12.2億元",), "96.8億元") in relations
    assert (("12.2億元",), "280.4億元") not in relations
    # The rest of the year may have lost money: a warning, never an error.
    assert fails_at(tmp_path, ROUND_UP.replace("12.2億元", "112.2億元"), "112.2億元") == "warning"


def test_in_a_round_up_a_month_within_its_own_total_passes_whatever_others_print(tmp_path):
    text = ROUND_UP.replace("12.2億元", "95.0億元")  # above 甲豐金's month, within 乙川銀's year
    assert fails_at(tmp_path, text, "95.0億元") is None
