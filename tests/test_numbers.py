"""The number grammar: each printed shape of a figure read into a value, a unit and an interval."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.intervals import Interval
from validator.numbers import (
    Quantity,
    find_quantities,
    parse_chinese_numeral,
    parse_number,
    parse_quantity,
    qualifier_bound,
)

FAST = settings(max_examples=200, deadline=None)


def only(text: str) -> Quantity:
    """The single figure of ``text``."""
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r}: {[q.text for q in found]}"
    return found[0]


def bounds(quantity: Quantity) -> tuple[Fraction | None, Fraction | None]:
    return quantity.interval.lower, quantity.interval.upper


def F(text: str) -> Fraction:
    return Fraction(text)


# --- Arabic numbers ---------------------------------------------------------------------


def test_plain_integer_with_currency_is_an_amount_in_yuan():
    quantity = only("第四季度笔均借款金额为6114元。")
    assert (quantity.text, quantity.value, quantity.unit) == ("6114元", 6114, "元")
    assert quantity.dimension == "money"


def test_plain_amount_is_rounded_to_its_last_digit():
    assert bounds(only("金额为6114元")) == (F("6113.5"), F("6114.5"))


def test_decimal_percentage_is_the_rounding_interval():
    quantity = only("占同期总交易额的22.1%。")
    assert quantity.value == Decimal("22.1") and quantity.unit == "%"
    assert bounds(quantity) == (F("22.05"), F("22.15"))


def test_trailing_zero_in_a_percentage_narrows_the_interval():
    assert bounds(only("占比22.10%")) == (F("22.095"), F("22.105"))


def test_thousands_separators_are_read_as_one_number():
    quantity = only("客户数达1,234,567户")
    assert quantity.text == "1,234,567户" and quantity.value == 1234567


def test_thousands_separators_with_decimals_and_magnitude():
    quantity = only("营收1,234.5万元")
    assert quantity.value == 12345000 and quantity.unit == "元"
    assert bounds(quantity) == (F("12344500"), F("12345500"))


def test_full_width_digits_are_read_as_digits():
    quantity = only("捐赠１２３４元")
    assert quantity.value == 1234 and quantity.unit == "元"


def test_full_width_percentage_reads_after_nfkc():
    quantity = only(unicodedata.normalize("NFKC", "增长１２．５％"))
    assert quantity.value == Decimal("12.5") and quantity.unit == "%"


def test_space_between_number_and_counter_is_allowed():
    quantity = only("优质客户数量达796 家")
    assert quantity.value == 796 and quantity.unit == "家"


# --- Chinese numerals ---------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("三百人", 300),
    ("两千户", 2000),
    ("一千二百名", 1200),
    ("二十三家", 23),
    ("十个", 10),
    ("两篇", 2),
    ("九千九百九十九元", 9999),
])
def test_chinese_numeral_with_counter_is_read(text, value):
    quantity = only(f"共有{text}。")
    assert quantity.text == text and quantity.value == value


def test_chinese_liang_is_two():
    assert only("论文两篇").value == 2


def test_chinese_shiyu_is_more_than_ten():
    quantity = only("自主研发了十余款智能化系统")
    assert quantity.text == "十余款" and quantity.unit == "款"
    assert bounds(quantity) == (10, None)


def test_chinese_ratio_sancheng_is_thirty_percent():
    quantity = only("净利润增长三成")
    assert quantity.value == 30 and quantity.unit == "%"


def test_chinese_ratio_bacheng_is_eighty_percent():
    quantity = only("首贷户占比八成")
    assert quantity.value == 80 and quantity.unit == "%"


def test_chinese_ratio_is_rounded_to_tens_of_percent():
    assert bounds(only("增长三成")) == (25, 35)


def test_arabic_digit_before_cheng_is_a_ratio():
    quantity = only("首贷户占比8成")
    assert quantity.value == 80 and quantity.unit == "%"


def test_yiban_is_fifty_percent():
    quantity = only("占到总服务客户数一半")
    assert quantity.value == 50 and quantity.unit == "%"


def test_jin_yiban_is_at_most_fifty_percent():
    assert bounds(only("占到总服务客户数近一半")) == (None, 50)


def test_liangbei_is_two_times():
    quantity = only("增幅几乎为去年同期的两倍")
    assert quantity.value == 2 and quantity.unit == "倍" and quantity.dimension == "multiple"


def test_chinese_numeral_with_magnitude_is_scaled():
    quantity = only("捐赠四十万元")
    assert quantity.value == 400000 and quantity.unit == "元"


def test_chinese_numeral_with_yi_is_scaled():
    assert only("营收三十五亿元").value == 3_500_000_000


def test_chinese_year_digits_are_not_a_figure():
    assert find_quantities("二〇二一年") == []


def test_chinese_place_words_alone_are_not_a_figure():
    # 上百万 is a manner of speaking, not a count.
    assert find_quantities("医疗行业上百万中小企业") == []


def test_chinese_numeral_with_inner_zero_is_read():
    quantity = only("共有一百零五家")
    assert quantity.value == 105 and quantity.unit == "家"


def test_chinese_numeral_spanning_wan_is_one_figure():
    quantity = only("捐款一万二千元")
    assert quantity.value == 12000 and quantity.unit == "元"


def test_shushi_is_not_an_exact_ten():
    found = find_quantities("与数十家银行开展合作")
    assert all(q.interval != Interval.point(10) for q in found)


# --- magnitudes -------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("4500万", 45_000_000),
    ("12万户", 120_000),
    ("2十万元", 200_000),
    ("5百万美元", 5_000_000),
    ("3千万元", 30_000_000),
    ("1.403亿", 140_300_000),
    ("1.5万亿元", 1_500_000_000_000),
])
def test_magnitude_multiplies_the_number(text, value):
    quantity = only(f"规模为{text}。")
    assert quantity.text == text and quantity.value == value


def test_magnitude_figure_is_rounded_at_the_magnitude():
    # 86亿元 stands for 85.5亿 to 86.5亿.
    assert bounds(only("促成借款金额86亿元")) == (8_550_000_000, 8_650_000_000)


def test_decimal_magnitude_figure_is_rounded_at_its_last_digit():
    assert bounds(only("累计注册用户数达1.403亿")) == (140_250_000, 140_350_000)


def test_magnitude_alone_makes_a_figure_without_unit():
    quantity = only("服务小微超过4500万，")
    assert quantity.unit is None and quantity.value == 45_000_000


def test_qian_after_arabic_digits_is_a_thousand():
    quantity = only("人均捐款5千元")
    assert quantity.value == 5000 and quantity.unit == "元"


def test_count_with_magnitude_is_rounded_not_exact():
    assert bounds(only("服务小微用户50.7万人")) == (506_500, 507_500)


# --- currencies and units ---------------------------------------------------------------


@pytest.mark.parametrize("text, value, unit", [
    ("86亿元", 8_600_000_000, "元"),
    ("50亿人民币", 5_000_000_000, "元"),
    ("10亿元人民币", 1_000_000_000, "元"),
    ("4.5亿美元", 450_000_000, "美元"),
    ("200亿港元", 20_000_000_000, "港元"),
])
def test_currency_gives_the_unit_and_money_dimension(text, value, unit):
    quantity = only(f"金额为{text}，")
    assert (quantity.text, quantity.value, quantity.unit, quantity.dimension) == (text, value, unit, "money")


def test_percent_keeps_the_printed_number():
    quantity = only("同比增长111.1%")
    assert quantity.value == Decimal("111.1") and quantity.dimension == "percent"


def test_per_mille_is_a_tenth_of_a_percent():
    quantity = only("不良率为1.2‰")
    assert (quantity.text, quantity.value, quantity.unit) == ("1.2‰", Decimal("0.12"), "%")


def test_percentage_points_have_unit_pp():
    quantity = only("较年初下降0.14个百分点")
    assert (quantity.text, quantity.value, quantity.unit, quantity.dimension) == (
        "0.14个百分点", Decimal("0.14"), "pp", "pp")


def test_percentage_points_are_rounded_to_the_printed_digit():
    assert bounds(only("下降0.14个百分点")) == (F("0.135"), F("0.145"))


def test_multiple_has_unit_bei():
    quantity = only("是去年的3.5倍")
    assert quantity.value == Decimal("3.5") and quantity.unit == "倍"


@pytest.mark.parametrize("counter", ["人", "户", "家", "项", "件", "个", "名", "篇", "款", "笔", "位", "场"])
def test_counter_makes_a_count(counter):
    quantity = only(f"共计128{counter}，")
    assert quantity.text == f"128{counter}" and quantity.unit == counter
    assert quantity.dimension == "count" and quantity.value == 128


def test_count_without_magnitude_is_exact():
    assert only("全球专利申请数为5652件").interval == Interval.point(5652)


def test_counter_glued_to_a_word_is_not_a_count():
    # 0人工干预: 人 starts 人工, so 0 is no count of people.
    assert all(q.unit != "人" for q in find_quantities("全程0人工干预"))


def test_duration_is_not_a_count():
    assert find_quantities("贷款时长约三个月") == []


# --- qualifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize("qualifier", ["近", "将近", "接近"])
def test_jin_gives_upper_bound_only(qualifier):
    quantity = only(f"累计发放小微贷款{qualifier}300亿元")
    assert quantity.qualifier == qualifier and quantity.bound == "below"
    assert bounds(quantity) == (None, 30_000_000_000)


@pytest.mark.parametrize("qualifier", ["超", "超过", "逾"])
def test_chao_gives_lower_bound_only(qualifier):
    quantity = only(f"服务小微{qualifier}4500万户")
    assert quantity.qualifier == qualifier and quantity.bound == "above"
    assert bounds(quantity) == (45_000_000, None)


def test_yishang_after_the_figure_gives_lower_bound_only():
    quantity = only("1000万元以上")
    assert quantity.text == "1000万元" and quantity.qualifier == "以上"
    assert bounds(quantity) == (10_000_000, None)


@pytest.mark.parametrize("text, lower", [("300多人", 300), ("60余家", 60), ("200万余元", 2_000_000)])
def test_duo_and_yu_give_lower_bound_only(text, lower):
    quantity = only(f"共{text}。")
    assert quantity.text == text
    assert bounds(quantity) == (lower, None)


@pytest.mark.parametrize("text", ["约5亿元", "大约5亿元", "5亿元左右"])
def test_yue_gives_an_interval_around_the_printed_value(text):
    quantity = only(text)
    assert quantity.bound == "around"
    lower, upper = bounds(quantity)
    assert lower is not None and upper is not None
    assert lower < 500_000_000 < upper
    # at least as wide as the rounding interval of 5亿 (4.5亿–5.5亿)
    assert lower <= 450_000_000 and upper >= 550_000_000


def test_yue_on_a_precise_figure_is_wider_than_its_rounding():
    lower, upper = bounds(only("约2.5%"))
    assert lower < F("2.45") and upper > F("2.55")


@pytest.mark.parametrize("text", ["不足5%", "不到5%", "5%以下", "不高于5%"])
def test_buzu_gives_upper_bound_only(text):
    quantity = only(text)
    assert quantity.bound == "atmost"
    assert bounds(quantity) == (None, 5)


@pytest.mark.parametrize("qualifier", ["达", "高达", "达到"])
def test_da_keeps_the_figure_as_printed(qualifier):
    quantity = only(f"投入{qualifier}4.349亿元")
    assert quantity.text == "4.349亿元" and quantity.bound == "exact"
    assert bounds(quantity) == (434_850_000, 434_950_000)


def test_qualifier_is_outside_the_figure_text_but_recorded():
    text = "累计服务超过4500万小微"
    quantity = only(text)
    assert quantity.text == "4500万"
    assert text[quantity.qualifier_start:quantity.start] == "超过"


@pytest.mark.parametrize("qualifier, bound", [
    (None, "exact"), ("达", "exact"), ("高达", "exact"),
    ("近", "below"), ("将近", "below"), ("接近", "below"),
    ("超", "above"), ("超过", "above"), ("逾", "above"), ("以上", "above"), ("多", "above"), ("余", "above"),
    ("约", "around"), ("左右", "around"), ("大约", "around"),
    ("不足", "atmost"), ("不到", "atmost"), ("以下", "atmost"), ("不高于", "atmost"),
])
def test_qualifier_bound_names_the_bound_of_each_qualifier(qualifier, bound):
    assert qualifier_bound(qualifier) == bound


# --- not figures --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "举办第6届信也科技杯图像算法大赛",
    "连续4年进入百强榜单",
    "人工智能国际顶级学术会议AAAI 2022落下帷幕",
    "5G消息系统",
    "无接触贷款“310”模式",
    "“十四五”规划",
    "截至2021年12月31日",
    "北京时间3月15日",
    "2021年是开局之年",
    "自2016年成立以来",
    "1+N模式",
])
def test_labels_ordinals_and_dates_are_not_figures(text):
    assert find_quantities(text) == []


def test_a_label_does_not_hide_the_figure_after_it():
    found = find_quantities("第6届大赛奖金86亿元")
    assert [q.text for q in found] == ["86亿元"]


# --- parse_number and parse_quantity ------------------------------------------------------


def test_parse_number_keeps_the_printed_exponent():
    assert parse_number("22.10").as_tuple().exponent == -2


def test_parse_number_drops_thousands_separators():
    assert parse_number("1,234.50") == Decimal("1234.50")


def test_parse_chinese_numeral_gives_value_and_last_place():
    assert parse_chinese_numeral("一千二百") == (1200, 100)


def test_parse_chinese_numeral_reads_a_trailing_digit_as_the_next_place():
    assert parse_chinese_numeral("一千二")[0] == 1200


def test_parse_chinese_numeral_rejects_place_less_digit_strings():
    assert parse_chinese_numeral("二〇二一") is None


def test_parse_quantity_reads_a_whole_figure():
    quantity = parse_quantity("86亿元")
    assert quantity is not None and quantity.value == 8_600_000_000


def test_parse_quantity_reads_a_qualified_figure():
    quantity = parse_quantity("近300亿")
    assert quantity is not None and quantity.qualifier == "近"


def test_parse_quantity_refuses_a_figure_inside_other_words():
    assert parse_quantity("增长86亿元") is None
    assert parse_quantity("86亿元增长") is None


def test_find_quantities_returns_figures_left_to_right_with_offsets():
    text = "全年总营收94.7亿元，同增25.2%"
    found = find_quantities(text)
    assert [q.text for q in found] == ["94.7亿元", "25.2%"]
    for quantity in found:
        assert text[quantity.start:quantity.end] == quantity.text


# --- properties ---------------------------------------------------------------------------

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

amounts = st.decimals(min_value=0, max_value=Decimal("999999.999"), places=3,
                      allow_nan=False, allow_infinity=False)


def trimmed(value: Decimal) -> Decimal:
    """The same number printed with fewer decimals when they are zeros (12.500 → 12.5)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


def plain(value: Decimal) -> str:
    return format(value, "f")


def with_separators(value: Decimal) -> str:
    return format(value, ",f")


def full_width(value: Decimal) -> str:
    return format(value, "f").translate(FULL_WIDTH)


STYLES = {"plain": plain, "separators": with_separators, "full_width": full_width}
UNITS = {"元": 1, "美元": 1, "港元": 1, "人民币": 1, "%": 1, "‰": Fraction(1, 10), "个百分点": 1, "倍": 1,
         "人": 1, "户": 1, "家": 1, "项": 1, "件": 1, "名": 1, "篇": 1, "笔": 1, "场": 1}


def assert_found(text: str, expected: Fraction) -> None:
    found = find_quantities(text)
    assert found, f"nothing found in {text!r}"
    assert any(q.interval.contains(expected) for q in found), (
        text, [(q.text, q.interval) for q in found])


@FAST
@given(amounts, st.sampled_from(sorted(STYLES)), st.sampled_from(sorted(UNITS)), st.booleans())
def test_any_printed_amount_with_a_unit_is_found_and_its_interval_contains_it(value, style, unit, trim):
    value = trimmed(value) if trim else value
    text = f"数据显示，该项指标为{STYLES[style](value)}{unit}。"
    assert_found(text, Fraction(value) * UNITS[unit])  # 1.2‰ is read as 0.12%


@FAST
@given(amounts, st.sampled_from(sorted(STYLES)), st.sampled_from(["万", "亿"]),
       st.sampled_from(["", "元", "人", "户", "美元"]))
def test_any_amount_written_with_a_magnitude_is_found_in_base_units(value, style, magnitude, unit):
    scale = Decimal(10) ** (4 if magnitude == "万" else 8)
    printed = (value / scale).normalize() if value else Decimal(0)
    text = f"累计服务客户{STYLES[style](printed)}{magnitude}{unit}，"
    assert_found(text, Fraction(value))


@FAST
@given(amounts, st.sampled_from(["近", "超过", "约", "不足", "达"]))
def test_any_qualified_amount_keeps_the_printed_value_inside_its_interval(value, qualifier):
    text = f"金额{qualifier}{plain(value)}元，"
    assert_found(text, Fraction(value))


@FAST
@given(st.text())
def test_find_quantities_never_raises_and_offsets_match_the_text(text):
    for quantity in find_quantities(text):
        assert 0 <= quantity.qualifier_start <= quantity.start < quantity.end <= len(text)
        assert quantity.text == text[quantity.start:quantity.end]


@FAST
@given(st.text(alphabet=st.sampled_from(list("0123456789０１２３,.%万亿元人家约近超过以上左右余多第年月日成倍一二两三十百千零个百分点 ，。"))))
def test_find_quantities_never_raises_on_number_like_text(text):
    for quantity in find_quantities(text):
        assert quantity.text == text[quantity.start:quantity.end]
        assert quantity.interval.lower is None or quantity.interval.upper is None or (
            quantity.interval.lower <= quantity.interval.upper)


# Chinese numerals written from integers, the way articles print them.
DIGITS = "零一二三四五六七八九"


def chinese(number: int) -> str:
    """1..9999 in standard Chinese numerals: 十五, 一百一十, 一千零五, 九千九百九十九."""
    assert 1 <= number <= 9999
    places = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, pending_zero, started = "", False, False
    for step, word in places:
        digit = number // step % 10
        if digit == 0:
            pending_zero = started
            continue
        if pending_zero:
            out += "零"
        if not (step == 10 and digit == 1 and not started):  # 十五, not 一十五
            out += DIGITS[digit]
        out += word
        started, pending_zero = True, False
    return out


def test_chinese_converter_writes_the_usual_forms():
    assert [chinese(n) for n in (10, 15, 110, 1005, 1200, 9999)] == [
        "十", "十五", "一百一十", "一千零五", "一千二百", "九千九百九十九"]


without_inner_zero = st.integers(min_value=1, max_value=9999).filter(lambda n: "零" not in chinese(n))


@FAST
@given(without_inner_zero)
def test_chinese_numerals_parse_back_to_their_integer(number):
    assert parse_number(chinese(number)) == number
    assert parse_chinese_numeral(chinese(number))[0] == number


@FAST
@given(without_inner_zero.filter(lambda n: n > 1), st.sampled_from(["人", "家", "项", "件", "名", "篇"]))
def test_chinese_numerals_with_a_counter_are_found_as_exact_counts(number, counter):
    quantity = only(f"共有{chinese(number)}{counter}。")
    assert quantity.value == number and quantity.unit == counter


@FAST
@given(without_inner_zero.filter(lambda n: chinese(n).startswith(("二百", "二千"))))
def test_liang_before_a_place_word_reads_like_er(number):
    assert parse_number("两" + chinese(number)[1:]) == number


def test_chinese_numerals_with_inner_zero_parse_back():
    numbers = [n for n in range(1, 10000) if "零" in chinese(n)]
    assert all(parse_number(chinese(n)) == n for n in numbers)
