"""Claims: each figure of an article read into a typed claim with its metric, period, entity
and links. Every pattern is tried on a seed's own sentence and on sentences of the same shape
about other companies, metrics and numbers."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from validator.documents import read_document
from validator.extract import extract
from validator.records import Claim, Extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
COMPANIES = ("招商证券", "蔚来汽车", "信也科技", "金融壹账通", "网商银行", "新网银行", "某银行")
PUBLISHED = "2022-03-30 10:00:00 +0800"


def article(tmp_path: Path, *paragraphs: str, title: str | None = None, published: str = PUBLISHED,
            name: str = "post.txt") -> Extraction:
    """A Jekyll post written to ``tmp_path`` and read: line 3 is the title, the body starts
    on line 6 with one line per paragraph. The default title names the first company the
    body mentions, as a 2021 annual-report headline would."""
    if title is None:
        company = next((name for name in COMPANIES if name in "".join(paragraphs)), "某银行")
        title = f"{company}2021年年报：业绩稳步增长"
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    path = tmp_path / name
    path.write_text(f'---\nlayout: post\ntitle: "{title}"\ndate: {published}\n---\n{body}\n',
                    encoding="utf-8")
    extraction = extract(read_document(str(path)))
    assert extraction.error is None
    return extraction


def claims_of(extraction: Extraction, text: str, kind: str | None = None) -> list[Claim]:
    return [claim for claim in extraction.claims
            if claim.text == text and (kind is None or claim.kind == kind)]


def the(extraction: Extraction, text: str, kind: str | None = None, source: str = "body") -> Claim:
    """The one claim printed as ``text`` (in the body unless told)."""
    found = [claim for claim in claims_of(extraction, text, kind) if claim.source == source]
    assert len(found) == 1, f"{text!r}: {[(c.text, c.kind, c.source) for c in extraction.claims]}"
    return found[0]


def by_id(extraction: Extraction, claim_id: str | None) -> Claim | None:
    return next((claim for claim in extraction.claims if claim.id == claim_id), None)


def texts(extraction: Extraction) -> list[str]:
    return [claim.text for claim in extraction.claims if claim.source == "body"]


# --- figure -----------------------------------------------------------------------------

SEED_LEVELS = ("2021年是开局之年。信也科技坚持以科技创新引领发展获得稳步前行，多项核心数据指标持续获得提升："
               "全年促成借款金额1374亿元，同增111.1%，全年总营收94.7亿元，同增25.2%；"
               "第四季度促成借款金额390亿元，同增81.4%，第四季度营收24.48亿元，同增32.1%。")
SEED_TITLE = "信也科技2021全年财报：科技引领再获高质量发展 助力小微迎先机"


def test_seed_level_is_a_figure_in_base_units(tmp_path):
    extraction = article(tmp_path, SEED_LEVELS, title=SEED_TITLE)
    claim = the(extraction, "1374亿元")
    assert (claim.kind, claim.value, claim.unit, claim.dimension) == (
        "figure", Decimal("137400000000"), "元", "money")
    assert (claim.lower, claim.upper) == (Decimal("137350000000"), Decimal("137450000000"))
    assert "促成借款金额" in claim.metric


@pytest.mark.parametrize("sentence, text, value, unit, noun", [
    ("招商证券2021年实现营业收入294.29亿元。", "294.29亿元", "29429000000", "元", "营业收入"),
    ("2021年，蔚来汽车交易额为500亿元。", "500亿元", "50000000000", "元", "交易额"),
    ("截至2021年末，某银行客户数达1,234万户。", "1,234万户", "12340000", "户", "客户数"),
    ("2021年，某银行净利润为4.5亿美元。", "4.5亿美元", "450000000", "美元", "净利润"),
    ("2021年，某银行共登记软件著作权189项。", "189项", "189", "项", "软件著作权"),
    ("2021年，某银行服务小微客户50.7万人。", "50.7万人", "507000", "人", "小微客户"),
])
def test_level_is_a_figure_with_value_unit_and_metric(tmp_path, sentence, text, value, unit, noun):
    claim = the(article(tmp_path, sentence), text)
    assert (claim.kind, claim.value, claim.unit) == ("figure", Decimal(value), unit)
    assert noun in claim.metric


def test_synonymous_metrics_share_a_key(tmp_path):
    extraction = article(tmp_path, "2021年，某银行营业收入为100亿元。", "全年总营收为100亿元。")
    first, second = claims_of(extraction, "100亿元")
    assert first.metric_key and first.metric_key == second.metric_key


def test_different_metrics_have_different_keys(tmp_path):
    extraction = article(tmp_path, "2021年，招商证券营业收入为294亿元，净利润为116亿元。")
    assert the(extraction, "294亿元").metric_key != the(extraction, "116亿元").metric_key


def test_qualified_figure_carries_its_qualifier_and_bound(tmp_path):
    extraction = article(tmp_path, "截至2021年末，新网银行累计发放小微贷款近300亿元，累计支持了超过12万户中小微企业。",
                         title="新网银行2021年年报")
    near = the(extraction, "300亿元")
    assert (near.qualifier, near.lower, near.upper) == ("近", None, Decimal("30000000000"))
    over = the(extraction, "12万户")
    assert (over.qualifier, over.lower, over.upper) == ("超过", Decimal("120000"), None)


def test_full_width_figures_are_read_after_normalisation(tmp_path):
    extraction = article(tmp_path, "2021年，某银行营收为４１．３亿元，同比增长２５％。")
    assert the(extraction, "41.3亿元").value == Decimal("4130000000")
    assert the(extraction, "25%").value == 25


def test_negative_figure_is_read_with_its_sign(tmp_path):
    claim = the(article(tmp_path, "2021年，某银行净利润为-5亿元。"), "-5亿元")
    assert claim.value == Decimal("-500000000")


# --- growth -----------------------------------------------------------------------------


def test_seed_tongzeng_is_a_growth_rate_of_the_figure_before(tmp_path):
    extraction = article(tmp_path, SEED_LEVELS, title=SEED_TITLE)
    growth = the(extraction, "111.1%")
    assert (growth.kind, growth.value, growth.unit, growth.direction) == (
        "growth", Decimal("111.1"), "%", "up")
    assert growth.basis == "同比"
    assert growth.of_claim == the(extraction, "1374亿元").id
    assert the(extraction, "25.2%").of_claim == the(extraction, "94.7亿元").id


@pytest.mark.parametrize("sentence, level, rate", [
    ("2021年，招商证券实现营业收入294.29亿元，同比增长22.26%。", "294.29亿元", "22.26"),
    ("2021年，蔚来汽车营业收入为361.4亿元，同增122.3%。", "361.4亿元", "122.3"),
    ("2021年，某银行净利润为50亿元，同比上升8.5%。", "50亿元", "8.5"),
    ("2021年，某银行客户数为1500万户，同比增加12%。", "1500万户", "12"),
    ("2021年，某银行交易额为3000亿元，同比增3.5%。", "3000亿元", "3.5"),
])
def test_growth_rate_up_is_positive_and_linked(tmp_path, sentence, level, rate):
    extraction = article(tmp_path, sentence)
    growth = the(extraction, f"{rate}%")
    assert (growth.kind, growth.value, growth.unit, growth.direction) == ("growth", Decimal(rate), "%", "up")
    assert growth.of_claim == the(extraction, level).id


@pytest.mark.parametrize("sentence, level, rate", [
    ("第四季度，蔚来汽车净亏损为22.6亿元，同比下降12.5%。", "22.6亿元", "12.5"),
    ("2021年，某银行手续费收入为10亿元，同比减少5%。", "10亿元", "5"),
    ("2021年，某银行营业支出为8亿元，同比下降了3.2%。", "8亿元", "3.2"),
    ("2021年，某银行净亏损为2.1亿元，同比收窄40%。", "2.1亿元", "40"),
])
def test_growth_rate_down_is_negative(tmp_path, sentence, level, rate):
    extraction = article(tmp_path, sentence)
    growth = the(extraction, f"{rate}%")
    assert growth.kind == "growth" and growth.direction == "down"
    assert growth.value == -Decimal(rate)
    assert growth.lower < growth.value < growth.upper < 0
    assert growth.of_claim == the(extraction, level).id


def test_falling_rate_interval_is_the_negated_rounding_interval(tmp_path):
    growth = the(article(tmp_path, "第四季度，蔚来汽车净亏损为22.6亿元，同比下降12.5%。"), "12.5%")
    assert (growth.lower, growth.upper) == (Decimal("-12.55"), Decimal("-12.45"))


@pytest.mark.parametrize("basis_words, basis", [
    ("同比增长", "同比"),
    ("环比增长", "环比"),
    ("较年初增长", "较年初"),
])
def test_growth_basis_is_recorded(tmp_path, basis_words, basis):
    extraction = article(tmp_path, f"截至2021年末，某银行贷款余额为200亿元，{basis_words}8.5%。")
    assert the(extraction, "8.5%").basis == basis


def test_huanbi_decline_is_negative_against_the_previous_quarter(tmp_path):
    extraction = article(tmp_path, "蔚来汽车2022年一季度营收99.1亿元，同增24.2%，环比下降28.5%。",
                         title="蔚来汽车2022年一季度财报")
    growth = the(extraction, "28.5%")
    assert (growth.basis, growth.direction, growth.value) == ("环比", "down", Decimal("-28.5"))
    assert growth.of_claim == the(extraction, "99.1亿元").id


def test_seed_absolute_growth_in_a_count(tmp_path):
    extraction = article(tmp_path, "金融壹账通2021财报最新出炉：公司全年实现营业收入41.3亿元，同比增长25%，"
                                   "优质客户数量达796 家，同比增长202家。",
                         title="金融壹账通(OCFT.US)：2021年营收同比增25%")
    growth = the(extraction, "202家")
    assert (growth.kind, growth.value, growth.unit, growth.direction) == ("growth", Decimal("202"), "家", "up")
    assert growth.of_claim == the(extraction, "796 家").id


@pytest.mark.parametrize("sentence, level, change, value", [
    ("2021年，某银行实现净利润50亿元，同比减少5亿元。", "50亿元", "5亿元", "-500000000"),
    ("2021年，招商证券交易额为3000亿元，同比增长1000亿元。", "3000亿元", "1000亿元", "100000000000"),
    ("截至2021年末，某银行客户数为1500万户，较年初增加300万户。", "1500万户", "300万户", "3000000"),
    ("截至2021年末，某银行贷款余额为200亿元，较年初下降20亿元。", "200亿元", "20亿元", "-2000000000"),
])
def test_absolute_growth_has_the_figures_unit_and_signed_value(tmp_path, sentence, level, change, value):
    extraction = article(tmp_path, sentence)
    growth = the(extraction, change)
    assert growth.kind == "growth" and growth.value == Decimal(value)
    assert growth.unit == the(extraction, level).unit
    assert growth.direction == ("down" if value.startswith("-") else "up")
    assert growth.of_claim == the(extraction, level).id


def test_growth_and_metric_keys_agree(tmp_path):
    extraction = article(tmp_path, "2021年，蔚来汽车营业收入为361.4亿元，同比增长122.3%。")
    assert the(extraction, "122.3%").metric_key == the(extraction, "361.4亿元").metric_key


def test_growth_before_the_level_links_to_it(tmp_path):
    extraction = article(tmp_path, "2021年，某银行营收同比增长25%至41.3亿元。")
    assert the(extraction, "25%").of_claim == the(extraction, "41.3亿元").id


def test_growth_then_da_level_links_to_it(tmp_path):
    extraction = article(tmp_path, "2021年，某银行营收同比增长25%，达41.3亿元。")
    level = the(extraction, "41.3亿元")
    assert level.metric_key == the(extraction, "25%").metric_key
    assert the(extraction, "25%").of_claim == level.id


def test_growth_in_multiples(tmp_path):
    growth = the(article(tmp_path, "2021年，某银行净利润同比增长1.2倍。"), "1.2倍")
    assert (growth.kind, growth.unit, growth.direction) == ("growth", "倍", "up")


# --- share ------------------------------------------------------------------------------

SEED_SHARE = ("财报显示，2021年第四季度，信也科技单季服务小微用户50.7万人，同增161.3%；"
              "单季为小微企业主与金融机构之间促成借款金额86亿元，占同期总交易额的22.1%。")


def test_seed_share_links_part_in_sentence_and_total_earlier(tmp_path):
    extraction = article(tmp_path, SEED_LEVELS, SEED_SHARE, title=SEED_TITLE)
    share = the(extraction, "22.1%")
    assert (share.kind, share.value, share.unit) == ("share", Decimal("22.1"), "%")
    assert share.of_claim == the(extraction, "86亿元").id
    assert share.total_claim == the(extraction, "390亿元").id
    assert share.period == "2021Q4"


def test_seed_share_of_the_year_links_to_the_year_total(tmp_path):
    extraction = article(tmp_path, SEED_LEVELS,
                         "全年服务小微用户82.6万人，促成借款金额270亿元，占全年促成交易总额的19.7%。",
                         title=SEED_TITLE)
    share = the(extraction, "19.7%")
    assert share.kind == "share" and share.period == "2021"
    assert share.of_claim == the(extraction, "270亿元").id
    assert share.total_claim == the(extraction, "1374亿元").id


def test_seed_zhanbi_da_links_part_and_total(tmp_path):
    extraction = article(tmp_path, "金融壹账通2021年全年实现营业收入41.3亿元，同比增长25%。",
                         "财报数据显示，2021年公司研发费用为13.5亿，在营收中占比达33%。",
                         title="金融壹账通(OCFT.US)：2021年营收同比增25%")
    share = the(extraction, "33%")
    assert share.kind == "share" and share.value == 33
    assert share.of_claim == the(extraction, "13.5亿").id
    assert share.total_claim == the(extraction, "41.3亿元").id


def test_share_with_total_in_the_same_sentence(tmp_path):
    extraction = article(tmp_path, "2021年，招商证券营业收入294亿元，其中财富管理业务收入80.5亿元，占营业收入的27.4%。",
                         title="招商证券2021年年报")
    share = the(extraction, "27.4%")
    assert share.kind == "share"
    assert share.of_claim == the(extraction, "80.5亿元").id
    assert share.total_claim == the(extraction, "294亿元").id


@pytest.mark.parametrize("share_sentence, part, rate", [
    ("其中，财富管理业务收入为80.5亿元，占营业收入的27.4%。", "80.5亿元", "27.4%"),
    ("经纪业务收入为60亿元，在营收中占比达20.4%。", "60亿元", "20.4%"),
    ("资产管理业务收入为12亿元，占总营收的比重为4.1%。", "12亿元", "4.1%"),
])
def test_share_links_total_from_an_earlier_sentence(tmp_path, share_sentence, part, rate):
    extraction = article(tmp_path, "2021年，招商证券营业收入为294亿元，同比增长12%。", share_sentence,
                         title="招商证券2021年年报")
    share = the(extraction, rate)
    assert share.kind == "share"
    assert share.of_claim == the(extraction, part).id
    total = by_id(extraction, share.total_claim)
    assert total is not None and total.value == Decimal("29400000000")


def test_share_without_a_stated_total_has_no_total_claim(tmp_path):
    extraction = article(tmp_path, "2021年，某银行小微贷款占总资产的12%。")
    share = the(extraction, "12%")
    assert share.kind == "share" and share.total_claim is None


def test_share_of_a_different_total_is_not_linked_to_an_unrelated_figure(tmp_path):
    extraction = article(tmp_path, "2021年，蔚来汽车营业收入为361.4亿元。",
                         "蔚来汽车研发投入为45.9亿元，占总资产的4.1%。", title="蔚来汽车2021年财报")
    share = the(extraction, "4.1%")
    assert share.kind == "share" and share.total_claim is None


def test_share_in_chinese_ratio_words(tmp_path):
    extraction = article(tmp_path, "2021年，网商银行科技人员占比超六成。", title="网商银行2021年年报")
    share = the(extraction, "超六成")
    assert (share.kind, share.value, share.unit, share.lower, share.upper) == (
        "share", Decimal(60), "%", Decimal(60), None)


# --- points -----------------------------------------------------------------------------


def test_seed_points_down_are_unsigned_with_direction(tmp_path):
    extraction = article(tmp_path, "截至2021年末，新网银行不良贷款率为1.05%，较2021年初下降0.14个百分点，拨备覆盖率345.14%。",
                         title="新网银行2021年年报")
    points = the(extraction, "0.14个百分点")
    assert (points.kind, points.value, points.unit, points.direction) == (
        "points", Decimal("0.14"), "pp", "down")
    assert points.of_claim == the(extraction, "1.05%").id


def test_seed_points_with_yue_qualifier(tmp_path):
    points = the(article(tmp_path, "2021年净亏损率也同比下降了约10个百分点。"), "10个百分点")
    assert (points.kind, points.value, points.direction, points.qualifier) == (
        "points", Decimal("10"), "down", "约")
    assert points.lower < 10 < points.upper


@pytest.mark.parametrize("sentence, level, points_text, direction", [
    ("2021年，蔚来汽车毛利率为18.9%，同比上升6.1个百分点。", "18.9%", "6.1个百分点", "up"),
    ("四季度，蔚来汽车车辆毛利率为20.9%，环比下降0.5个百分点。", "20.9%", "0.5个百分点", "down"),
    ("截至2021年末，招商证券不良率为1.2%，较年初上升0.3个百分点。", "1.2%", "0.3个百分点", "up"),
    ("截至2021年末，某银行资本充足率为13.5%，较年初提高1.2个百分点。", "13.5%", "1.2个百分点", "up"),
])
def test_points_keep_the_printed_value_and_say_their_direction(tmp_path, sentence, level, points_text, direction):
    extraction = article(tmp_path, sentence)
    points = the(extraction, points_text)
    assert points.kind == "points" and points.unit == "pp" and points.value > 0
    assert points.direction == direction
    assert points.of_claim == the(extraction, level).id


def test_basis_points_are_points_in_pp(tmp_path):
    points = the(article(tmp_path, "2021年，某银行净息差为2.1%，同比收窄12个基点。"), "12个基点")
    assert (points.kind, points.value, points.unit, points.direction) == (
        "points", Decimal("0.12"), "pp", "down")


def test_points_then_zhi_level_shares_the_metric(tmp_path):
    extraction = article(tmp_path, "截至2021年末，某银行不良贷款率较年初下降0.1个百分点至1.2%。")
    level, points = the(extraction, "1.2%"), the(extraction, "0.1个百分点")
    assert level.metric_key and level.metric_key == points.metric_key
    assert points.of_claim == level.id


# --- from → to --------------------------------------------------------------------------


def test_seed_from_to_counts_are_linked(tmp_path):
    extraction = article(tmp_path, "去年金融壹账通在客户拓展方面取得了满意的成果，我们的优质客户数量从594 家增长到 796 家，"
                                   "优质plus客户亦从168家增长到 212家。",
                         title="金融壹账通(OCFT.US)：2021年营收同比增25%")
    assert the(extraction, "796 家").from_claim == the(extraction, "594 家").id
    assert the(extraction, "212家").from_claim == the(extraction, "168家").id
    assert the(extraction, "594 家").from_claim is None


def test_seed_from_to_rates_are_linked(tmp_path):
    extraction = article(tmp_path, "报告期内，金融壹账通营收41.3亿元、同比增长25%，净亏损率由去年同期的41%收窄至31%。",
                         title="金融壹账通(OCFT.US)：2021年营收同比增25%")
    to, start = the(extraction, "31%"), the(extraction, "41%")
    assert to.from_claim == start.id
    assert to.kind == start.kind == "figure"
    assert start.period == "2020" and to.period == "2021"


@pytest.mark.parametrize("sentence, start, end", [
    ("2021年，蔚来汽车门店数量从300家增长到500家。", "300家", "500家"),
    ("2021年，蔚来汽车毛利率由12%提升至18.9%。", "12%", "18.9%"),
    ("2021年，招商证券净利润从100亿元增加至116亿元。", "100亿元", "116亿元"),
    ("2021年，某银行不良率由1.5%下降至1.2%。", "1.5%", "1.2%"),
])
def test_from_to_links_the_to_figure_to_the_from_figure(tmp_path, sentence, start, end):
    extraction = article(tmp_path, sentence)
    to, origin = the(extraction, end), the(extraction, start)
    assert to.from_claim == origin.id
    assert to.metric_key == origin.metric_key != ""


def test_from_to_with_printed_years_gives_each_its_period(tmp_path):
    extraction = article(tmp_path, "某银行客户数由2020年的594家增长至2021年的796家。")
    assert the(extraction, "594家").period == "2020"
    assert the(extraction, "796家").period == "2021"
    assert the(extraction, "796家").from_claim == the(extraction, "594家").id


# --- breakdowns -------------------------------------------------------------------------


def test_seed_fenbiewei_parts_are_linked_to_the_whole(tmp_path):
    extraction = article(tmp_path, "截至2021年12月31日，金融壹账通在全球专利申请数为5652件，同比增长816件；"
                                   "其中境外专利申请数和境内专利申请数分别为1525件和4127件。",
                         title="金融壹账通(OCFT.US)：2021年营收同比增25%")
    whole = the(extraction, "5652件")
    for part in ("1525件", "4127件"):
        assert the(extraction, part).parts_of == whole.id
        assert the(extraction, part).kind == "figure"
    assert "境外" in the(extraction, "1525件").metric
    assert "境内" in the(extraction, "4127件").metric


@pytest.mark.parametrize("sentence, whole, parts", [
    ("2021年，招商证券员工总数为1.2万人，其中男性员工和女性员工分别为5000人和7000人。",
     "1.2万人", ("5000人", "7000人")),
    ("2021年，蔚来汽车交付量为9.1万辆，其中ES8和ES6分别为2.5万辆和4.1万辆。",
     "9.1万辆", ("2.5万辆", "4.1万辆")),
    ("2021年，某银行营业收入为100亿元，其中利息收入和非利息收入分别为70亿元和30亿元。",
     "100亿元", ("70亿元", "30亿元")),
])
def test_fenbiewei_breakdown_links_each_part_to_the_whole(tmp_path, sentence, whole, parts):
    extraction = article(tmp_path, sentence)
    for part in parts:
        assert the(extraction, part).parts_of == the(extraction, whole).id


def test_figures_without_a_breakdown_are_not_parts(tmp_path):
    extraction = article(tmp_path, "2021年，某银行营业收入为100亿元，净利润为20亿元。")
    assert the(extraction, "20亿元").parts_of is None


# --- periods ----------------------------------------------------------------------------


@pytest.mark.parametrize("words, period", [
    ("2021年，", "2021"),
    ("2021年全年，", "2021"),
    ("2021年第四季度，", "2021Q4"),
    ("2021年第二季度，", "2021Q2"),
    ("四季度，", "2021Q4"),
    ("上半年，", "2021H1"),
    ("2021年上半年，", "2021H1"),
    ("前三季度，", "2021Q1-Q3"),
    ("2021年前三季度，", "2021Q1-Q3"),
    ("截至2021年12月31日，", "2021-12-31"),
    ("截至2021年6月30日，", "2021-06-30"),
    ("截至四季度末，", "2021-12-31"),
    ("截至2021年末，", "2021-12-31"),
    ("年末，", "2021-12-31"),
    ("2021年12月末，", "2021-12-31"),
    ("去年，", "2021"),
    ("今年，", "2022"),
])
def test_period_words_set_the_period(tmp_path, words, period):
    extraction = article(tmp_path, f"{words}招商证券客户资产为1200亿元。", title="招商证券2021年年报")
    assert the(extraction, "1200亿元").period == period


def test_figure_without_period_words_inherits_the_report_period(tmp_path):
    extraction = article(tmp_path, "招商证券营业收入为294亿元。", title="招商证券2021年年报")
    assert extraction.report_period == "2021"
    assert the(extraction, "294亿元").period == "2021"


def test_quarterly_report_period_is_inherited(tmp_path):
    extraction = article(tmp_path, "蔚来汽车营收99.1亿元，同比增长24.2%。",
                         title="蔚来汽车2022Q1财报：交付量创新高", published="2022-06-01 12:00:00 +0800")
    assert extraction.report_period == "2022Q1"
    assert the(extraction, "99.1亿元").period == "2022Q1"
    assert the(extraction, "24.2%").period == "2022Q1"


def test_relative_quarter_resolves_against_the_report_year(tmp_path):
    extraction = article(tmp_path, "一季度，蔚来汽车交付2.58万辆。", "去年，蔚来汽车交付9.1万辆。",
                         title="蔚来汽车2022Q1财报：交付量创新高", published="2022-06-01 12:00:00 +0800")
    assert the(extraction, "2.58万辆").period == "2022Q1"
    assert the(extraction, "9.1万辆").period == "2021"


def test_qunian_resolves_against_the_publication_date(tmp_path):
    extraction = article(tmp_path, "去年，新网银行营业收入26.41亿元。",
                         title="新网银行去年净利润增长近三成", published="2022-04-02 14:57:53 +0800")
    assert the(extraction, "26.41亿元").period == "2021"


def test_period_word_in_front_governs_every_figure_after_it(tmp_path):
    extraction = article(tmp_path, SEED_LEVELS, title=SEED_TITLE)
    assert [the(extraction, text).period for text in ("1374亿元", "94.7亿元", "390亿元", "24.48亿元")] == [
        "2021", "2021", "2021Q4", "2021Q4"]


def test_paragraph_period_carries_to_the_next_sentence(tmp_path):
    extraction = article(tmp_path, "2021年第四季度，某银行营收为30亿元。单季净利润为5亿元。")
    assert the(extraction, "5亿元").period == "2021Q4"


def test_jinnian_yijidu_resolves_against_the_publication_year(tmp_path):
    extraction = article(tmp_path, "今年一季度，招商证券净利润为25亿元。", title="招商证券2021年年报")
    assert the(extraction, "25亿元").period == "2022Q1"


# --- entity -----------------------------------------------------------------------------


@pytest.mark.parametrize("title, sentence, entity", [
    ("招商证券2021年年报：营收稳步增长", "2021年，招商证券营业收入为294亿元，招商证券净利润为116亿元。", "招商证券"),
    ("蔚来汽车2021年财报：交付量创新高", "2021年，蔚来汽车营业收入为361.4亿元，蔚来汽车交付9.1万辆。", "蔚来汽车"),
    ("信也科技2021全年财报：科技引领再获高质量发展", "国内领先的金融科技集团信也科技(NYSE:FINV)发布了财务报告。信也科技全年营收94.7亿元。", "信也科技"),
])
def test_entity_is_the_articles_company(tmp_path, title, sentence, entity):
    extraction = article(tmp_path, sentence, title=title)
    assert extraction.entity == entity
    assert extraction.claims and all(claim.entity == entity for claim in extraction.claims)


@pytest.mark.parametrize("sentence, text", [
    ("2021年，我国市场主体突破1.5亿户，个体工商户数量突破1亿。", "1.5亿户"),
    ("2021年，全国社会消费品零售总额为44.1万亿元。", "44.1万亿元"),
])
def test_economy_figure_is_not_the_companys(tmp_path, sentence, text):
    extraction = article(tmp_path, "2021年，网商银行营业收入139亿元，网商银行净利润20.9亿元。", sentence,
                         title="网商银行2021年报亮相")
    assert extraction.entity == "网商银行"
    assert the(extraction, "139亿元").entity == "网商银行"
    assert the(extraction, text).entity != "网商银行"


def test_entity_is_the_full_name_when_another_bank_shares_its_suffix(tmp_path):
    extraction = article(tmp_path, "2021年，招商银行营业收入为3312亿元，招商银行净利润为1199亿元。",
                         "同期，工商银行净利润为3483亿元。", title="招商银行2021年年报：净利润稳步增长")
    assert extraction.entity == "招商银行"
    assert the(extraction, "3312亿元").entity == "招商银行"
    assert the(extraction, "3483亿元").entity != "招商银行"


@pytest.mark.parametrize("sentence, text", [
    pytest.param("其中，投资银行业务收入为12亿元。", "12亿元"),
    pytest.param("手机银行月活跃用户数达6000万户。", "6000万户"),
    pytest.param("其中，财富管理业务收入为80.5亿元。", "80.5亿元"),
])
def test_business_line_named_like_a_bank_stays_the_companys(tmp_path, sentence, text):
    extraction = article(tmp_path, "2021年，招商证券营业收入为294亿元，招商证券净利润为116亿元。", sentence,
                         title="招商证券2021年年报")
    assert the(extraction, text).entity == "招商证券"


# --- title claims -----------------------------------------------------------------------


def test_title_figures_are_claims_tagged_title(tmp_path):
    extraction = article(tmp_path, "截至2021年末，新网银行累计支持了超过12万户中小微企业。",
                         "2021年新网银行净利润9.18亿元，同比增长29.97%。",
                         title="累计支持超过12万户中小微企业 新网银行去年净利润增长近三成",
                         published="2022-04-02 14:57:53 +0800")
    figure = the(extraction, "12万户", source="title")
    assert (figure.kind, figure.lower, figure.upper) == ("figure", Decimal("120000"), None)
    growth = the(extraction, "近三成", source="title")
    assert (growth.kind, growth.value, growth.unit, growth.qualifier, growth.upper) == (
        "growth", Decimal("30"), "%", "近", Decimal("30"))
    assert figure.span.line == growth.span.line == 3


@pytest.mark.parametrize("title, text, kind", [
    ("金融壹账通(OCFT.US)：2021年营收同比增25%", "25%", "growth"),
    ("招商证券2021年年报：营收294亿元", "294亿元", "figure"),
    ("蔚来汽车2022年一季度财报：营收同比增长24%", "24%", "growth"),
])
def test_title_claim_kind(tmp_path, title, text, kind):
    extraction = article(tmp_path, "公司公布了年度财报。", title=title)
    claim = the(extraction, text, source="title")
    assert claim.kind == kind and claim.sentence_index == -1


# --- not claims -------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, figures", [
    ("2021年，信也科技举办第6届信也科技杯图像算法大赛，与1036名选手共探识别方案。", ["1036名"]),
    ("金融壹账通连续4年进入IDC Fintech全球百强榜单，全年营收41.3亿元。", ["41.3亿元"]),
    ("近日，人工智能国际顶级学术会议AAAI 2022落下帷幕，两篇论文均被收录。", ["两篇"]),
    ("2021年，公司推出5G消息系统，服务客户200万户。", ["200万户"]),
    ("通过无接触贷款“310”模式，网商银行全年放款1.2万亿元。", ["1.2万亿元"]),
    ("2022年是“十四五”规划承上启下的关键之年，公司营收为50亿元。", ["50亿元"]),
    ("2022年3月15日，某银行发布了2021年报，净利润为20亿元。", ["20亿元"]),
    ("自2016年成立以来，蔚来汽车累计交付新车16.7万辆。", ["16.7万辆"]),
    ("招商证券第二十二届年会在北京举行，到场嘉宾300人。", ["300人"]),
])
def test_labels_ordinals_and_dates_are_not_claims(tmp_path, sentence, figures):
    assert texts(article(tmp_path, sentence)) == figures


def test_shushi_vague_amount_is_not_an_exact_claim(tmp_path):
    extraction = article(tmp_path, "2021年，某银行与数十家机构开展合作。")
    assert all(claim.lower != claim.upper for claim in extraction.claims)


# --- locations --------------------------------------------------------------------------


def file_text_at(path: Path, claim: Claim) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    span = claim.span
    if span.line == span.end_line:
        return lines[span.line - 1][span.column - 1:span.end_column - 1]
    pieces = [lines[span.line - 1][span.column - 1:]]
    pieces += lines[span.line:span.end_line - 1]
    pieces.append(lines[span.end_line - 1][:span.end_column - 1])
    return "\n".join(pieces)


def normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name[:3])
def test_every_seed_claim_locates_its_printed_text_in_the_file(seed):
    extraction = extract(read_document(str(seed)))
    assert extraction.claims
    for claim in extraction.claims:
        assert 1 <= claim.span.line <= claim.span.end_line
        assert normal(file_text_at(seed, claim)) == claim.text, claim.id


def test_claims_of_a_written_post_locate_on_their_lines(tmp_path):
    extraction = article(tmp_path, "2021年，招商证券营业收入294.29亿元，同比增长22.26%。",
                         "截至2021年末，招商证券客户数达1,234万户。", title="招商证券2021年年报：营收294亿元")
    path = tmp_path / "post.txt"
    assert (the(extraction, "294.29亿元").span.line, the(extraction, "1,234万户").span.line) == (6, 7)
    assert the(extraction, "294亿元", source="title").span.line == 3
    for claim in extraction.claims:
        assert normal(file_text_at(path, claim)) == claim.text


def test_full_width_figure_locates_its_original_characters(tmp_path):
    extraction = article(tmp_path, "2021年，某银行营收为４１．３亿元。")
    claim = the(extraction, "41.3亿元")
    assert file_text_at(tmp_path / "post.txt", claim) == "４１．３亿元"


def test_claim_ids_name_the_file_line_and_column(tmp_path):
    extraction = article(tmp_path, "2021年，招商证券营业收入294.29亿元。")
    claim = the(extraction, "294.29亿元")
    assert claim.id == f"post:{claim.span.line}:{claim.span.column}"
    assert len({claim.id for claim in extraction.claims}) == len(extraction.claims)
