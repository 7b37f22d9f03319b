"""Shapes of printed figures met when probing real coverage: a numeral in words with a decimal
point (三点五亿元, 百分之十二点五), percentages and per-mille spelled as fractions of a place
(百分之三十五, 千分之三), half a tenth (两成半), a fraction with a bound after it (三分之一强),
currencies printed before the digits and glued to them (RMB3.2亿元, ￥2.5亿元) or spelled the
spoken way (1.1亿美金), English magnitudes in translated releases (US$125.6 million) and ranges
set with the Chinese dash (3.2亿元—3.6亿元). Sentences written here, with other names and
numbers: each reads as printed, passes when consistent, fails when one figure is altered, and
labels, dates and times stay what they are."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest

from tests.rule_cases import assert_case_holds, covers_as_printed, one_article_case
from validator.numbers import find_quantities

TITLE = "松岩电子2025年半年报"
PUBLISHED = "2025-08-30 10:00:00 +0800"


def _only(text: str):
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r}: {[quantity.text for quantity in found]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "printed", "value", "unit", "lower", "upper", "bound"), [
    ("营业收入三点五亿元", "三点五亿元", "350000000", "元", "345000000", "355000000", "exact"),
    ("同比增长百分之十二点五", "百分之十二点五", "12.5", "%", "12.45", "12.55", "exact"),
    ("占营业收入的百分之三十五", "百分之三十五", "35", "%", "34.5", "35.5", "exact"),
    ("占比百分之二十", "百分之二十", "20", "%", "19.5", "20.5", "exact"),
    ("占比约百分之四十", "百分之四十", "40", "%", "36", "44", "around"),
    ("持股百分之百", "百分之百", "100", "%", "99.5", "100.5", "exact"),
    ("不良率千分之三", "千分之三", "0.3", "%", "0.25", "0.35", "exact"),
    ("佣金费率为万分之二点五", "万分之二点五", "0.025", "%", "0.0245", "0.0255", "exact"),
    ("海外收入占两成半", "两成半", "25", "%", "22.5", "27.5", "exact"),
    ("占归母净利润的三分之一强", "三分之一强", "33.33", "%", "33.33", None, "above"),
    ("经营现金流净额为RMB3.2亿元", "3.2亿元", "320000000", "元", "315000000", "325000000", "exact"),
    ("经营现金流净额为￥2.5亿元", "2.5亿元", "250000000", "元", "245000000", "255000000", "exact"),
    ("营收为¥12.3亿", "12.3亿", "1230000000", "元", "1225000000", "1235000000", "exact"),
    ("海外收入为1.1亿美金", "1.1亿美金", "110000000", "美元", "105000000", "115000000", "exact"),
    ("贸易顺差为55.6亿澳元", "55.6亿澳元", "5560000000", "澳元", "5555000000", "5565000000", "exact"),
    ("收入为US$125.6 million", "125.6 million", "125600000", "美元", "125550000", "125650000", "exact"),
    ("收入为HK$3.2 billion", "3.2 billion", "3200000000", "港元", "3150000000", "3250000000", "exact"),
    ("总收入为美元30.6亿元", "30.6亿元", "3060000000", "美元", "3055000000", "3065000000", "exact"),
    # a Hong Kong or Taiwan article goes on counting its own dollars in bare 元
    ("收入为港币123.4亿元", "123.4亿元", "12340000000", "元", "12335000000", "12345000000", "exact"),
    ("营收为新台币3.2亿元", "3.2亿元", "320000000", "元", "315000000", "325000000", "exact"),
    ("营收为人民币3.2亿元", "3.2亿元", "320000000", "元", "315000000", "325000000", "exact"),
    ("归母净利润yoy-5.2%", "-5.2%", "-5.2", "%", "-5.25", "-5.15", "exact"),
    ("营收yoy: -3.2%", "-3.2%", "-3.2", "%", "-3.25", "-3.15", "exact"),
    ("放款总余额为44兆2685亿元", "44兆2685亿元", "44268500000000", "元", "44268450000000", "44268550000000", "exact"),
    ("存款总额为1万2685亿元", "1万2685亿元", "1268500000000", "元", "1268450000000", "1268550000000", "exact"),
    ("营收为1亿2千万元", "1亿2千万元", "120000000", "元", "115000000", "125000000", "exact"),
    ("营收为一亿两千万元", "一亿两千万元", "120000000", "元", "115000000", "125000000", "exact"),
    ("营收为7亿6641万元", "7亿6641万元", "766410000", "元", "766405000", "766415000", "exact"),
    ("净利润为负3.2亿元", "负3.2亿元", "-320000000", "元", "-325000000", "-315000000", "exact"),
    ("营收为RMB 12.3bn", "12.3bn", "12300000000", "元", "12250000000", "12350000000", "exact"),
    ("净利润US$356mn", "356mn", "356000000", "美元", "355500000", "356500000", "exact"),
    ("营收为1.2bn美元", "1.2bn美元", "1200000000", "美元", "1150000000", "1250000000", "exact"),
    ("预计净利润为3.2亿元—3.6亿元", "3.2亿元—3.6亿元", "320000000", "元", "315000000", "365000000", "range"),
    ("预计净利润为3.2—3.6亿元", "3.2—3.6亿元", "320000000", "元", "315000000", "365000000", "range"),
    ("同比增长10%—24%", "10%—24%", "10", "%", "9.5", "24.5", "range"),
    ("利差扩大10-15bp", "10-15bp", "0.1", "pp", "0.095", "0.155", "range"),
    ("同比增长１０%〜２４%", "１０%〜２４%", "10", "%", "9.5", "24.5", "range"),
])
def test_a_printed_shape_reads_as_its_value_and_interval(sentence, printed, value, unit, lower, upper, bound):
    quantity = _only(sentence)
    assert quantity.text == printed
    assert sentence[quantity.start:quantity.end] == printed
    assert quantity.value == Decimal(value)
    assert quantity.unit == unit
    assert quantity.bound == bound
    assert quantity.interval.lower == (None if lower is None else F(lower))
    assert quantity.interval.upper == (None if upper is None else F(upper))


@pytest.mark.parametrize("sentence", [
    "下午三点五十分召开业绩说明会",     # a time, not 3.5
    "第三点五项议案获得通过",           # an item's number
    "《2025年1—6月新能源汽车产业报告》",  # months of a report's title
    "2025年1—6月，公司营收稳步增长",      # a span of months
    "百分之5G网络覆盖",                   # a label after 百分之
    "公司净利润12.3亿元——同比增长",      # the long dash of prose is no sign
    "型号ABC12.3bnX已量产",               # a model name, letters on both sides
    "负债总额为3.2亿元",                   # 负债 is liabilities, not a minus
    "测量误差为正负3%",                    # 正负 is a tolerance
    "车型覆盖Q1-Q4全系列",                 # a label's dash after letters stays a dash
])
def test_a_label_time_or_date_is_no_new_figure(sentence):
    for quantity in find_quantities(sentence):
        assert quantity.value >= 0, (sentence, quantity.text)
        assert "点" not in quantity.text and "—" not in quantity.text, (sentence, quantity.text)
        assert not quantity.text.startswith(("5G", "1—6", "6月", "12.3bn")), (sentence, quantity.text)


def test_a_chinese_decimal_is_never_read_from_its_last_digit():
    # Before: 三点五亿元 was read as 五亿元 and made a false error of a consistent growth.
    assert [quantity.text for quantity in find_quantities("归母净利润三点五亿元")] == ["三点五亿元"]


def _case(rule: str, name: str, text: str, expect: str, figures: tuple[str, ...]):
    return one_article_case(rule, name, text, expect, figures, title=TITLE, published=PUBLISHED)


@pytest.mark.parametrize(("name", "text", "expect", "figures"), [
    ("decimal-in-words-consistent",
     "松岩电子上半年实现营业收入三点五亿元，同比增长百分之十二点五，上年同期为三点一亿元。", "pass",
     ("三点五亿元", "百分之十二点五", "三点一亿元")),
    ("decimal-in-words-altered",
     "松岩电子上半年实现营业收入三点五亿元，同比增长百分之十二点五，上年同期为二点九亿元。", "violation",
     ("三点五亿元", "百分之十二点五", "二点九亿元")),
    ("glued-latin-currency-consistent",
     "上半年，松岩电子经营活动现金流净额为RMB3.2亿元，较上年同期的RMB2.5亿元增长28%。", "pass",
     ("3.2亿元", "2.5亿元", "28%")),
    ("glued-latin-currency-altered",
     "上半年，松岩电子经营活动现金流净额为RMB3.2亿元，较上年同期的RMB2.1亿元增长28%。", "violation",
     ("3.2亿元", "2.1亿元", "28%")),
    ("english-magnitude-consistent",
     "上半年，松岩电子实现收入US$125.6 million，较上年同期的US$112.1 million增长12.0%。", "pass",
     ("125.6 million", "112.1 million", "12.0%")),
    ("english-magnitude-altered",
     "上半年，松岩电子实现收入US$125.6 million，较上年同期的US$102.1 million增长12.0%。", "violation",
     ("125.6 million", "102.1 million", "12.0%")),
    ("broker-latin-change-consistent",
     "2025H1公司归母净利润3.4亿元，yoy-5.2%，上年同期为3.59亿元。", "pass", ("3.4亿元", "-5.2%", "3.59亿元")),
    ("broker-latin-change-altered",
     "2025H1公司归母净利润3.4亿元，yoy-5.2%，上年同期为3.19亿元。", "violation", ("3.4亿元", "-5.2%", "3.19亿元")),
    ("spoken-dollar-consistent",
     "上半年，松岩电子海外收入为1.1亿美金，较上年同期的0.8亿美金增长37.5%。", "pass",
     ("1.1亿美金", "0.8亿美金", "37.5%")),
])
def test_growth_of_a_printed_shape(tmp_path, name, text, expect, figures):
    assert_case_holds(_case("growth-prior", name, text, expect, figures), tmp_path)


@pytest.mark.parametrize(("name", "text", "expect", "figures"), [
    # 12.6 ÷ 36.2 is 34.8%: 百分之三十五 is 35% rounded, not exactly 35.
    ("percent-in-words-rounded",
     "上半年，松岩电子实现营业收入36.2亿元，其中海外收入12.6亿元，占营业收入的百分之三十五。", "pass",
     ("12.6亿元", "36.2亿元", "百分之三十五")),
    ("percent-in-words-altered",
     "上半年，松岩电子实现营业收入36.2亿元，其中海外收入12.6亿元，占营业收入的百分之四十。", "violation",
     ("12.6亿元", "36.2亿元", "百分之四十")),
    # 9.1 ÷ 36.0 is 25.3%: 两成半 is a quarter, not the 两成 before it.
    ("half-a-tenth-consistent",
     "上半年，松岩电子实现营业收入36.0亿元，其中海外收入9.1亿元，占营业收入的两成半。", "pass",
     ("9.1亿元", "36.0亿元", "两成半")),
    ("half-a-tenth-altered",
     "上半年，松岩电子实现营业收入36.0亿元，其中海外收入5.0亿元，占营业收入的两成半。", "violation",
     ("5.0亿元", "36.0亿元", "两成半")),
    # 12.0 ÷ 35.0 is 34.3%: 三分之一强 is a little more than a third, not 33.33% exactly.
    ("fraction-with-bound-consistent",
     "2024年，松岩电子实现归母净利润35.0亿元。公司拟派发现金红利12.0亿元，占归母净利润的三分之一强。", "pass",
     ("12.0亿元", "35.0亿元", "三分之一强")),
    ("fraction-with-bound-altered",
     "2024年，松岩电子实现归母净利润35.0亿元。公司拟派发现金红利10.0亿元，占归母净利润的三分之一强。", "violation",
     ("10.0亿元", "35.0亿元", "三分之一强")),
    ("per-mille-in-words-consistent",
     "上半年，松岩电子实现营业收入52.0亿元，其中投资收益为0.52亿元，占营业收入的千分之十。", "pass",
     ("0.52亿元", "52.0亿元", "千分之十")),
])
def test_share_of_a_printed_shape(tmp_path, name, text, expect, figures):
    assert_case_holds(_case("share-of-total", name, text, expect, figures), tmp_path)


@pytest.mark.parametrize(("name", "text", "expect", "figures"), [
    # Taiwan's 年增 and 年减 (a rise and a fall on the year before), read in one sentence; 新台币
    # figures are counted on in bare 元.
    ("taiwan-year-rise-consistent",
     "远岚金控前三季累计税后纯益为新台币286.4亿元，年增12.5%，去年同期为254.6亿元。", "pass",
     ("286.4亿元", "12.5%", "254.6亿元")),
    ("taiwan-year-rise-altered",
     "远岚金控前三季累计税后纯益为新台币286.4亿元，年增12.5%，去年同期为224.6亿元。", "violation",
     ("286.4亿元", "12.5%", "224.6亿元")),
    ("taiwan-year-fall-consistent",
     "远岚金控前三季累计税后纯益为新台币226.4亿元，年减8.0%，去年同期为246.1亿元。", "pass",
     ("226.4亿元", "8.0%", "246.1亿元")),
    ("taiwan-year-fall-altered",
     "远岚金控前三季累计税后纯益为新台币226.4亿元，年减8.0%，去年同期为208.1亿元。", "violation",
     ("226.4亿元", "8.0%", "208.1亿元")),
])
def test_growth_in_taiwan_words(tmp_path, name, text, expect, figures):
    case = one_article_case("growth-prior", name, text, expect, figures, title="远岚金控前三季获利",
                            published="2025-10-15 10:00:00 +0800")
    assert_case_holds(case, tmp_path)


@pytest.mark.parametrize(("name", "text", "expect", "figures"), [
    # 44兆2685亿元 is one figure to the 亿, never 2685亿元 alone.
    ("places-above-a-yi-consistent",
     "截至10月底，本国银行放款总余额为41兆3276亿元，较去年同期增长4.8%，去年同期为39兆4347亿元。", "pass",
     ("41兆3276亿元", "4.8%", "39兆4347亿元")),
    ("places-above-a-yi-altered",
     "截至10月底，本国银行放款总余额为41兆3276亿元，较去年同期增长4.8%，去年同期为37兆4347亿元。", "violation",
     ("41兆3276亿元", "4.8%", "37兆4347亿元")),
])
def test_growth_of_a_figure_printed_to_the_yi(tmp_path, name, text, expect, figures):
    case = one_article_case("growth-prior", name, text, expect, figures, title="本国银行放款续增",
                            published="2025-11-20 10:00:00 +0800")
    assert_case_holds(case, tmp_path, covering=covers_as_printed)


def test_a_word_that_starts_with_a_qualifier_gives_no_bound():
    # 上下游 is up- and downstream, not 上下 (about).
    assert _only("带动12亿元上下游配套投资").bound == "exact"
    assert _only("投资额在12亿元上下").bound == "around"


@pytest.mark.parametrize(("name", "text", "expect", "figures"), [
    # Before: 0256亿港元 ÷ 3874亿港元 made a false error of a consistent loan-to-deposit ratio.
    ("ratio-of-figures-printed-to-the-yi-consistent",
     "截至6月底，客户贷款较去年底增长3.2%至1万0256亿港元；客户存款增长4.1%至1万3874亿港元，贷存比率为73.9%。",
     "pass", ("1万0256亿港元", "1万3874亿港元", "73.9%")),
    ("ratio-of-figures-printed-to-the-yi-altered",
     "截至6月底，客户贷款较去年底增长3.2%至1万0256亿港元；客户存款增长4.1%至1万3874亿港元，贷存比率为78.9%。",
     "violation", ("1万0256亿港元", "1万3874亿港元", "78.9%")),
])
def test_ratio_of_figures_printed_to_the_yi(tmp_path, name, text, expect, figures):
    case = one_article_case("share-of-total", name, text, expect, figures, title="东岚银行中期业绩",
                            published="2025-08-15 10:00:00 +0800")
    assert_case_holds(case, tmp_path, covering=covers_as_printed)  # 1万0256: its digits are not one run


def test_the_whole_years_rise_keeps_its_measure(tmp_path):
    # 全年增8.0%: 年 belongs to 全年, so the measure stays 净利润 (not 净利润全).
    from validator.documents import read_document
    from validator.extract import extract

    path = tmp_path / "post.txt"
    path.write_text('---\ntitle: "松岩电子2024年业绩"\ndate: 2025-03-30 10:00:00 +0800\n---\n'
                    "<p>松岩电子净利润全年增8.0%，至5.4亿元，上年为5.0亿元。</p>\n", encoding="utf-8")
    claims = extract(read_document(str(path))).claims
    assert {claim.metric_key for claim in claims if claim.text in ("8.0%", "5.4亿元")} == {"净利润"}
