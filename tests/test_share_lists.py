"""Shares whose whole stands elsewhere (validator/share_lists.py), each construction with
phrasings written here: made-up companies and numbers in the shapes coverage prints.

Each phrasing must be read as a share with the part and total named, pass share-of-total as
printed, and fail it at the altered share; the sentences after them must give no share at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.pipeline import read_claims, run

# (text, {role: printed figure}, altered text, altered share as printed)
PHRASINGS = [
    # The whole named by its subject: the figure of the part's measure in the sentence about it.
    ("11月全国期货市场成交量为50000手，成交额为8000亿元。甲商品交易所11月成交量为12000手，成交额为2000亿元，"
     "分别占全国市场的24.00%和25.00%。",
     {"part": "2000亿元", "total": "8000亿元", "share": "25.00%"},
     "11月全国期货市场成交量为50000手，成交额为8000亿元。甲商品交易所11月成交量为12000手，成交额为2000亿元，"
     "分别占全国市场的24.00%和32.50%。", "32.50%"),
    ("截至2023年末，銀行業金融機構總資產為300萬億元，總負債為270萬億元。截至2023年末，大型商業銀行總負債為120萬億元，"
     "占銀行業金融機構比例為44.4%。",
     {"part": "120萬億元", "total": "270萬億元", "share": "44.4%"},
     "截至2023年末，銀行業金融機構總資產為300萬億元，總負債為270萬億元。截至2023年末，大型商業銀行總負債為120萬億元，"
     "占銀行業金融機構比例為57.7%。", "57.7%"),
    # A word for "the total": the whole of the part's own measure, printed as a whole.
    ("2023年第二季度，发放贷款总额达到人民币800亿元。在这些贷款中，人民币420亿元来自轻资本模式，占总额的52.5%。",
     {"part": "420亿元", "total": "800亿元", "share": "52.5%"},
     "2023年第二季度，发放贷款总额达到人民币800亿元。在这些贷款中，人民币420亿元来自轻资本模式，占总额的68.3%。",
     "68.3%"),
    ("2023年长期业务的保费收入总额为2,400亿港元。个人业务的有效保费收入达1,860亿港元，占市场总额的77.5%。",
     {"part": "1,860亿港元", "total": "2,400亿港元", "share": "77.5%"},
     "2023年长期业务的保费收入总额为2,400亿港元。个人业务的有效保费收入达1,860亿港元，占市场总额的91.2%。", "91.2%"),
    ("2023年上半年，120家基金公司实现营业收入300亿元，其中90家基金公司实现盈利，占比总数的75.00%。",
     {"part": "90家", "total": "120家", "share": "75.00%"},
     "2023年上半年，120家基金公司实现营业收入300亿元，其中90家基金公司实现盈利，占比总数的97.50%。", "97.50%"),
    # The whole's measure worded apart from the total's own name.
    ("-第一季度营收达人民币2,500.0百万元，同比增长8.0%-\n\n-第一季度海外营收达人民币5.25亿元，占总净营收的21.0%-",
     {"part": "5.25亿元", "total": "2,500.0百万元", "share": "21.0%"},
     "-第一季度营收达人民币2,500.0百万元，同比增长8.0%-\n\n-第一季度海外营收达人民币5.25亿元，占总净营收的27.3%-",
     "27.3%"),
    ("今年前三季度，全国货物贸易进出口总值为30.00万亿元。今年前三季度，对欧盟进出口4.20万亿元，占全国外贸总值的14.0%。",
     {"part": "4.20万亿元", "total": "30.00万亿元", "share": "14.0%"},
     "今年前三季度，全国货物贸易进出口总值为30.00万亿元。今年前三季度，对欧盟进出口4.20万亿元，占全国外贸总值的18.2%。",
     "18.2%"),
    ("2023年第四季度，乙公司交付数量达到8000辆。其中A车型共交付2400辆，约占乙公司总交付量的30%。",
     {"part": "2400辆", "total": "8000辆", "share": "30%"},
     "2023年第四季度，乙公司交付数量达到8000辆。其中A车型共交付2400辆，约占乙公司总交付量的39%。", "39%"),
    # A bare 占比: the whole of the measure the part names.
    ("2023年全国动力电池装车量共计80.0GWh。前五名企业共计装车60.0GWh，占比75.0%。",
     {"part": "60.0GWh", "total": "80.0GWh", "share": "75.0%"},
     "2023年全国动力电池装车量共计80.0GWh。前五名企业共计装车60.0GWh，占比97.5%。", "97.5%"),
    # The share printed before its part, or named right after it.
    ("丙公司2024年第四季度总净收入为人民币100亿元。\n\n云服务（占总收入12%）：第四季净收入为人民币12亿元，毛利率40.1%。",
     {"part": "12亿元", "total": "100亿元", "share": "12%"},
     "丙公司2024年第四季度总净收入为人民币100亿元。\n\n云服务（占总收入16%）：第四季净收入为人民币12亿元，毛利率40.1%。",
     "16%"),
    # A count inside the 占 phrase (占A股30家…总营收): the share still names the whole printed with it.
    ("据统计，A股30家家电上市公司2023年实现营收总额为5000.00亿元，同比增长10.00%；其中6家头部企业的营收合计达4000.00亿元，"
     "占A股30家家电上市公司总营收80.00%。",
     {"part": "4000.00亿元", "total": "5000.00亿元", "share": "80.00%"},
     "据统计，A股30家家电上市公司2023年实现营收总额为5000.00亿元，同比增长10.00%；其中6家头部企业的营收合计达4000.00亿元，"
     "占A股30家家电上市公司总营收104.00%。", "104.00%"),
    ("2023年，港股12家物業公司收入總額為800.0億元。其中3家龍頭公司收入合計為360.0億元，占港股12家物業公司總收入45.0%。",
     {"part": "360.0億元", "total": "800.0億元", "share": "45.0%"},
     "2023年，港股12家物業公司收入總額為800.0億元。其中3家龍頭公司收入合計為360.0億元，占港股12家物業公司總收入58.5%。",
     "58.5%"),
    # The part named again before 占: the figure printed with those words, not the one before it.
    ("截至2023年末，贷款总额1.60万亿元，其中公司贷款0.90万亿元、个人贷款0.56万亿元、票据贴现0.14万亿元，个人贷款占比为35.0%。",
     {"part": "0.56万亿元", "total": "1.60万亿元", "share": "35.0%"},
     "截至2023年末，贷款总额1.60万亿元，其中公司贷款0.90万亿元、个人贷款0.56万亿元、票据贴现0.14万亿元，个人贷款占比为45.5%。",
     "45.5%"),
    ("丙公司2024年第四季度总净收入为人民币100亿元。\n\n游戏业务第四季收入按年增长5.1%至人民币70亿元，收入占比回落至70%。",
     {"part": "70亿元", "total": "100亿元", "share": "70%"},
     "丙公司2024年第四季度总净收入为人民币100亿元。\n\n游戏业务第四季收入按年增长5.1%至人民币70亿元，收入占比回落至91%。",
     "91%"),
]

# The constructions of validator/share_lists.py (the older readers have their own cases).
CONSTRUCTIONS = ("share-of-a-whole-named-by-its-subject", "share-of-a-whole-named-by-its-measure",
                 "share-of-the-whole-of-its-measure", "share-printed-before-its-part", "share-named-after-its-part",
                 "share-of-a-part-named-again", "named-ratio-of-its-period",
                 "shares-listed-under-the-names-of-amounts", "share-whose-words-hold-a-count")

# Ratios that name their numerator and denominator, both printed for the ratio's period before it.
RATIOS = [
    ("丁公司2024年第三季度总收入为人民币150.00亿元。毛利2024年第三季度为人民币22.50亿元（约合3.16亿美元）。"
     "毛利率2024年第三季度为15.0%，而2023年第三季度为12.1%。",
     {"part": "22.50亿元", "total": "150.00亿元", "share": "15.0%"}, "15.0%", "19.5%"),
    ("2023年第四季度，戊公司营业收入为120.0亿元。2023年第四季度，戊公司研发费用为14.4亿元，费用占比为12.0%。",
     {"part": "14.4亿元", "total": "120.0亿元", "share": "12.0%"}, "12.0%", "15.6%"),
    ("2024年第四季度，己公司实现营收120.0亿元。2024年第四季度，己公司的经营利润（扣除股权激励）超3亿元，达到3.36亿元，"
     "经营利润率为2.8%。",
     {"part": "3.36亿元", "total": "120.0亿元", "share": "2.8%"}, "2.8%", "3.6%"),
    ("2024年，庚公司营业收入同比下降5.0%至500.00亿元。2024年，销售费用同比下降3.0%至90.00亿元，费用率上升0.5个百分点达到18%。",
     {"part": "90.00亿元", "total": "500.00亿元", "share": "18%"}, "18%", "23%"),
    # No period printed: the terms are the undated figures of the ratio's own paragraph,
    # not the difference printed between them.
    ("甲银行放款总余额20.00兆元，存款总余额25.00兆元，存放利差扩大至5.00兆元，存放比自81.00%降至80%。",
     {"part": "20.00兆元", "total": "25.00兆元", "share": "80%"}, "80%", "90%"),
    ("乙銀行截至6月底客戶貸款為3300億元，客戶存款為4000億元，貸存比率為82.5%。",
     {"part": "3300億元", "total": "4000億元", "share": "82.5%"}, "82.5%", "97.5%"),
]

# A list of shares under the names a list of amounts printed before it.
LISTED = ("2023年，辛集团营业总收入为1000.00亿元。2023年，各主营业务收入分别如下：甲业务净收入300.00亿元；"
          "乙业务净收入150.00亿元；丙业务净收入50.00亿元。2023年，各主营业务收入占比分别为：甲业务净收入30.00%；"
          "乙业务净收入15.00%；丙业务净收入5.00%。")

NOT_RATIOS = [
    # no year printed, and the terms stand in another paragraph than the ratio
    "甲银行截至3月底放款总余额20.00兆元，存款总余额25.00兆元。\n\n甲银行截至4月底存放比为80%。",
    # the numerator and denominator are of another period than the ratio
    "2023年第三季度，丁公司总收入为150.00亿元，毛利为22.50亿元。2024年第三季度，丁公司毛利率为18.0%。",
    # a segment's revenue is not the denominator of the company's ratio
    "2024年第四季度，游戏业务收入为70.0亿元。2024年第四季度，公司研发费用为14.0亿元，费用占比为12.0%。",
]

NOT_SHARES = [
    # another period: the whole is of 2022, the share of 2023
    "2022年全国动力电池装车量共计80.0GWh。2023年前五名企业共计装车60.0GWh，占比75.0%。",
    # a growth rate, not a share
    "2023年全国动力电池装车量共计80.0GWh。前五名企业共计装车60.0GWh，同比增长75.0%。",
    # 占比 of another measure: produced, not fitted to vehicles
    "2023年全国动力电池装车量共计80.0GWh。前五名企业共计生产60.0GWh，占比75.0%。",
    # a subject no sentence before names
    "11月上海分所成交额为8000亿元。11月甲交易所成交额为2000亿元，占全国市场的25.00%。",
    # two slices of one whole that is not printed: neither is the other's whole
    "2023年三元电池和磷酸铁锂电池装车量分别为30.0GWh和20.0GWh，占装车总量比分别为60.0%和40.0%。",
    # a count inside the 占 phrase: the whole of another period, of another market, of a segment
    "2022年，港股12家物业公司收入总额为800.0亿元。2023年，其中3家龙头公司收入合计为360.0亿元，占港股12家物业公司总收入45.0%。",
    "2023年，港股12家物业公司收入总额为800.0亿元。2023年，3家龙头公司收入合计为360.0亿元，占A股15家物业公司总收入45.0%。",
    "2023年，港股12家物业公司物管业务收入为800.0亿元。2023年，3家龙头公司收入合计为360.0亿元，占港股12家物业公司总收入45.0%。",
    # a segment before it is no total: the company's total revenue is not printed
    "2024年第四季度，游戏业务收入为70亿元。2024年第四季度，云业务收入为20亿元，占总收入的20%。",
]


def _article(tmp_path: Path, text: str, name: str = "case") -> Path:
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: 示例经营数据\ndate: 2024-04-20 10:00:00 +0800\n---\n{text}\n", encoding="utf-8")
    return path


def _shares(path: Path, constructions: tuple[str, ...] = ()) -> list[dict[str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [{filler.role: claims[filler.claim].text for filler in relation.fillers}
            for relation in extraction.relations
            if relation.kind == "share" and (not constructions or relation.construction in constructions)]


def _share_checks(path: Path):
    return [check for check in run([str(path)]).checks if check.rule == "share-of-total"]


@pytest.mark.parametrize("text, roles, altered, altered_share", PHRASINGS, ids=[str(i) for i in range(len(PHRASINGS))])
def test_share_is_read_with_the_whole_its_words_name(tmp_path, text, roles, altered, altered_share):
    assert roles in _shares(_article(tmp_path, text))


@pytest.mark.parametrize("text, roles, altered, altered_share", PHRASINGS, ids=[str(i) for i in range(len(PHRASINGS))])
def test_share_passes_as_printed_and_fails_at_the_altered_share(tmp_path, text, roles, altered, altered_share):
    checks = _share_checks(_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)
    violations = [check for check in _share_checks(_article(tmp_path, altered, "altered"))
                  if check.outcome == "violation"]
    assert violations and any(location.text == altered_share for check in violations
                              for location in check.locations)


@pytest.mark.parametrize("text", NOT_SHARES, ids=[str(i) for i in range(len(NOT_SHARES))])
def test_words_that_name_no_whole_give_no_share(tmp_path, text):
    assert _shares(_article(tmp_path, text), CONSTRUCTIONS) == []


@pytest.mark.parametrize("text, roles, printed, altered", RATIOS, ids=[str(i) for i in range(len(RATIOS))])
def test_named_ratio_is_a_share_of_its_period(tmp_path, text, roles, printed, altered):
    assert roles in _shares(_article(tmp_path, text))
    checks = _share_checks(_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)
    violations = [check for check in _share_checks(_article(tmp_path, text.replace(printed, altered), "altered"))
                  if check.outcome == "violation"]
    assert any(location.text == altered for check in violations for location in check.locations)


def test_the_start_of_a_ratio_from_to_is_no_share(tmp_path):
    text = ("2024年第三季度，丁公司总收入为150.00亿元，毛利为22.50亿元。2024年第三季度，丁公司毛利率自14.0%升至15.0%。")
    assert [roles["share"] for roles in _shares(_article(tmp_path, text))] == ["15.0%"]


@pytest.mark.parametrize("text", NOT_RATIOS, ids=[str(i) for i in range(len(NOT_RATIOS))])
def test_a_ratio_of_another_period_or_a_segment_is_no_share(tmp_path, text):
    assert _shares(_article(tmp_path, text), CONSTRUCTIONS) == []


def test_shares_listed_under_the_names_of_amounts(tmp_path):
    shares = _shares(_article(tmp_path, LISTED))
    for part, share in (("300.00亿元", "30.00%"), ("150.00亿元", "15.00%"), ("50.00亿元", "5.00%")):
        assert {"part": part, "total": "1000.00亿元", "share": share} in shares
    assert all(check.outcome == "pass" for check in _share_checks(_article(tmp_path, LISTED)))
    altered = LISTED.replace("乙业务净收入15.00%", "乙业务净收入19.50%")
    violations = [check for check in _share_checks(_article(tmp_path, altered, "altered")) if check.outcome == "violation"]
    assert [location.text for check in violations for location in check.locations if "%" in location.text] == ["19.50%"]


def test_rates_listed_without_a_share_word_are_no_shares(tmp_path):
    text = LISTED.replace("各主营业务收入占比分别为", "各主营业务毛利率分别为")
    assert _shares(_article(tmp_path, text), CONSTRUCTIONS) == []


def test_companies_listed_twice_are_not_items_of_one_whole(tmp_path):
    text = ("2023年，行业营业收入为5000.00亿元。2023年，资管收入前三名为：甲证券（30.00亿元）、乙证券（20.00亿元）。"
            "2023年，海外营收占比前三名为：甲证券（8.00%）、乙证券（6.00%）。")
    assert _shares(_article(tmp_path, text), CONSTRUCTIONS) == []


def test_a_precise_figure_after_yue_is_hedged_on_its_last_digit(tmp_path):
    text = ("截至2023年12月31日止年度，本集团录得总收入约为人民币18,204.6百万元。截至2023年12月31日止年度，"
            "物业销售收入约为人民币17,512百万元，占本集团总收入的约96.2%。")
    checks = _share_checks(_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)
    altered = text.replace("约96.2%", "约125.1%")
    violations = [check for check in _share_checks(_article(tmp_path, altered, "altered")) if check.outcome == "violation"]
    assert any(location.text.endswith("125.1%") for check in violations for location in check.locations)


def test_a_short_figure_after_yue_keeps_the_width_yue_allows(tmp_path):
    text = ("2023年，丁公司总收入约为120亿元。2023年，丁公司海外收入约为30亿元，占总收入的约27%。")
    checks = _share_checks(_article(tmp_path, text))
    assert checks and all(check.outcome == "pass" for check in checks)


# Shares listed after the measures they are of (营收、净利润占比分别为…): each of the part of its
# measure the sentence printed, and of the whole of that measure printed before.
BY_MEASURE = ("2023年，30家家电上市企业合计营收5000.00亿元，合计净利润1000.00亿元。2023年，5家粤系家电企业营收总额"
              "1500.00亿元，同比增长10.00%；净利润总额300.00亿元，同比增长12.00%；营收、净利润占比分别为30.00%、30.00%。")


def test_shares_listed_after_their_measures(tmp_path):
    shares = _shares(_article(tmp_path, BY_MEASURE))
    assert {"part": "1500.00亿元", "total": "5000.00亿元", "share": "30.00%"} in shares
    assert {"part": "300.00亿元", "total": "1000.00亿元", "share": "30.00%"} in shares
    assert all(check.outcome == "pass" for check in _share_checks(_article(tmp_path, BY_MEASURE)))
    altered = BY_MEASURE.replace("分别为30.00%、30.00%", "分别为30.00%、39.00%")
    violations = [check for check in _share_checks(_article(tmp_path, altered, "altered")) if check.outcome == "violation"]
    assert [check.severity for check in violations] == ["error"]
    assert [location.text for check in violations for location in check.locations if "%" in location.text] == ["39.00%"]


def test_a_listed_share_of_a_whole_never_printed_is_a_warning(tmp_path):
    """行业占比 beside the listed companies' total only: that total is one reading of 行业, not a proof."""
    text = BY_MEASURE.replace("营收、净利润占比", "营收、净利润行业占比")
    shares = _shares(_article(tmp_path, text), ("share-of-a-whole-its-words-do-not-print",))
    assert {"part": "1500.00亿元", "total": "5000.00亿元", "share": "30.00%"} in shares
    altered = text.replace("分别为30.00%、30.00%", "分别为39.00%、30.00%")
    violations = [check for check in _share_checks(_article(tmp_path, altered, "altered")) if check.outcome == "violation"]
    assert violations and {check.severity for check in violations} == {"warning"}


@pytest.mark.parametrize("text", [
    # the wholes are of another period than the parts
    BY_MEASURE.replace("2023年，30家", "2022年，30家"),
    # the figures before are a segment's, not wholes
    "2023年，家电业务营收5000.00亿元，家电业务净利润1000.00亿元。2023年，5家粤系家电企业营收总额1500.00亿元；"
    "净利润总额300.00亿元；营收、净利润占比分别为30.00%、30.00%。",
    # rates listed after their names are no shares
    BY_MEASURE.replace("营收、净利润占比分别为", "毛利率、净利率分别为"),
], ids=["another-period", "a-segment", "rates"])
def test_shares_listed_after_measures_need_a_printed_whole_of_their_period(tmp_path, text):
    assert _shares(_article(tmp_path, text), ("shares-listed-by-measure", "share-of-a-whole-its-words-do-not-print")) == []


# Two shares from one year to another (占营收比重从80.0%缩减至50.0%): each amount over its own
# year's whole, dated so or listed over a range of years.
FROM_YEAR_TO_YEAR = ("2022年，甲公司的营收为8.00亿元，同比增加14.29%；净亏损为9.00亿元。\n\n招股书显示，2019-2022年，甲公司取得收入"
                     "分别为5.00亿元，6.00亿元，7.00亿元，8.00亿元。\n\n据招股书显示，其销售费用从2019年的4.00亿元，缩减至2021年的"
                     "3.50亿元，占营收比重从80.0%缩减至50.0%；研发费用从2019年的0.50亿元缩减至2022年的0.40亿元，占营收比重从"
                     "10.0%缩减至5.0%。")


def test_shares_from_year_to_year_are_each_of_their_years_whole(tmp_path):
    shares = _shares(_article(tmp_path, FROM_YEAR_TO_YEAR), ("shares-from-year-to-year",))
    assert sorted(shares, key=lambda roles: roles["share"]) == sorted([
        {"part": "4.00亿元", "total": "5.00亿元", "share": "80.0%"},
        {"part": "3.50亿元", "total": "7.00亿元", "share": "50.0%"},
        {"part": "0.50亿元", "total": "5.00亿元", "share": "10.0%"},
        {"part": "0.40亿元", "total": "8.00亿元", "share": "5.0%"},
    ], key=lambda roles: roles["share"])
    assert all(check.outcome == "pass" for check in _share_checks(_article(tmp_path, FROM_YEAR_TO_YEAR)))
    # the ratio of another year's whole: 3.50亿 over 2021's 7.00亿 is 50%, not over 2020's 6.00亿
    altered = FROM_YEAR_TO_YEAR.replace("缩减至2021年的3.50亿元", "缩减至2020年的3.50亿元")
    violations = [check for check in _share_checks(_article(tmp_path, altered, "altered")) if check.outcome == "violation"]
    assert [location.text for check in violations for location in check.locations if "%" in location.text] == ["50.0%"]


@pytest.mark.parametrize("text", [
    # no whole printed for those years
    FROM_YEAR_TO_YEAR.replace("2019-2022年", "2015-2018年").replace("2022年，甲公司的营收", "2017年，甲公司的营收"),
    # the years' list is of a business line, not the company's revenue
    FROM_YEAR_TO_YEAR.replace("甲公司取得收入", "游戏业务收入").replace("2022年，甲公司的营收", "2017年，甲公司的营收"),
    # the list of another measure
    FROM_YEAR_TO_YEAR.replace("甲公司取得收入", "甲公司净亏损").replace("2022年，甲公司的营收", "2017年，甲公司的营收"),
    # the wholes printed only after the shares
    FROM_YEAR_TO_YEAR.split("\n\n")[2] + "\n\n" + FROM_YEAR_TO_YEAR.split("\n\n")[1],
], ids=["other-years", "a-business-line", "another-measure", "printed-after"])
def test_shares_from_year_to_year_need_their_years_whole_printed_before(tmp_path, text):
    assert _shares(_article(tmp_path, text), ("shares-from-year-to-year",)) == []


CHANGE = "从2019年第一季的5000万用户至本季3500万，三年来甲公司的月活跃用户流失了1500万名，比例达30%。"


@pytest.mark.parametrize("text", [
    CHANGE,
    "從 2019 年第一季的 5000 萬用戶至本季 3500 萬，三年來甲公司的月活躍用戶流失了 1500 萬名，比例達 30%。",
    "乙公司门店数量从2020年末的800家增至2023年末的1000家，三年新增200家，增幅达25%。".replace("增幅", "幅度"),
], ids=["simplified", "traditional-with-spaces", "a-rise"])
def test_a_change_over_the_start_of_its_from_to_is_a_share(tmp_path, text):
    shares = _shares(_article(tmp_path, text), ("share-of-a-change-in-its-start",))
    assert len(shares) == 1
    assert all(check.outcome == "pass" for check in _share_checks(_article(tmp_path, text)))
    printed = shares[0]["share"]
    altered = text.replace(printed, printed.replace("30", "39").replace("25", "33"))
    violations = [check for check in _share_checks(_article(tmp_path, altered, "altered")) if check.outcome == "violation"]
    assert violations


@pytest.mark.parametrize("text", [
    # the change is not the difference of the from→to
    CHANGE.replace("流失了1500万名", "流失了900万名"),
    # no from→to before the change
    "本季甲公司月活跃用户3500万，另有5000万注册用户，三年来流失了1500万名，比例达30%。",
    # a rate of its own after a change: 毛利率, not a bare 比例
    CHANGE.replace("比例达30%", "毛利率达30%"),
], ids=["not-the-difference", "no-from-to", "a-named-rate"])
def test_a_change_without_its_from_to_is_no_share(tmp_path, text):
    assert _shares(_article(tmp_path, text), ("share-of-a-change-in-its-start",)) == []
