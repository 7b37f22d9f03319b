"""A statistics release's partition opening a sentence (按消费类型分，…；…) lists bare slices across
；as a sentence opening with 其中 does, a slice may carry its share of the whole, and goods and
catering (商品零售, 餐饮收入) or town and village (城镇, 乡村) are the two sides of one whole
(validator/breakdowns.py).

Sentences written here, with made-up places and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

from .article_files import write_article

RETAIL = ("<p>1-9月，江北市社会消费品零售总额4820.5亿元，同比增长6.3%。按消费类型分，商品零售4291.2亿元，增长5.8%；"
          "餐饮收入529.3亿元，增长10.4%，占社会消费品零售总额的比重为11.0%。</p>")
TOWN_AND_VILLAGE = ("<p>1-9月，江北市社会消费品零售总额4820.5亿元，同比增长6.3%。按经营单位所在地分，城镇消费品零售额"
                    "4106.9亿元，增长6.1%；乡村消费品零售额713.6亿元，增长7.5%。</p>")
# The clause after ；names the company again: a new statement, not a slice.
NEW_STATEMENT = ("<p>2023年，北岸机械营业收入200.0亿元，同比增长4.0%。按产品分，挖掘机收入120.5亿元，增长5.8%；"
                 "公司净利润15.2亿元，增长3.1%。</p>")


def _parts(path) -> list[tuple[tuple[str, ...], str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [(tuple(claims[filler.claim].text for filler in relation.fillers if filler.role == "part"),
             claims[relation.claim_in("total")].text, relation.mode)
            for relation in extraction.relations if relation.kind == "parts_sum"]


def _violations(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation"]


def test_goods_and_catering_make_the_retail_total(tmp_path):
    path = write_article(tmp_path, RETAIL)
    assert (("4291.2亿元", "529.3亿元"), "4820.5亿元", "exact") in _parts(path)
    assert _violations(path) == []


def test_town_and_village_make_the_retail_total(tmp_path):
    path = write_article(tmp_path, TOWN_AND_VILLAGE)
    assert (("4106.9亿元", "713.6亿元"), "4820.5亿元", "exact") in _parts(path)
    assert _violations(path) == []


def test_an_altered_slice_of_the_partition_is_an_error(tmp_path):
    violations = _violations(write_article(tmp_path, RETAIL.replace("4291.2亿元", "4491.2亿元")))
    assert any(check.rule == "parts-sum" and check.severity == "error" for check in violations)


def test_a_clause_naming_the_company_again_is_no_slice(tmp_path):
    path = write_article(tmp_path, NEW_STATEMENT)
    assert not any("15.2亿元" in parts for parts, _, _ in _parts(path))
    assert _violations(path) == []


# Lines of one slice each under a heading that names only the partition (分地区来看：): the lines'
# own measure is the heading's, their shares close at 100%, so they make the revenue before it.
REGIONS = ("<p>2023年，南湾材料实现营业收入50.00亿元，同比增长8.0%。分地区来看：</p>\n"
           "<p>1、华东地区：收入20.00亿元，占比40.0%；</p>\n<p>2、华南地区：收入17.50亿元，占比35.0%；</p>\n"
           "<p>3、其他地区：收入12.50亿元，占比25.0%。</p>")
# The lines name two measures: no one measure for the heading.
MIXED_LINES = ("<p>2023年，南湾材料实现营业收入50.00亿元，同比增长8.0%。分业务来看：</p>\n"
               "<p>1、材料业务：收入20.00亿元，占比40.0%；</p>\n<p>2、服务业务：净利润7.50亿元，占比60.0%。</p>")


def test_lines_under_a_partition_heading_make_the_whole_before_it(tmp_path):
    path = write_article(tmp_path, REGIONS)
    assert (("20.00亿元", "17.50亿元", "12.50亿元"), "50.00亿元", "exact") in _parts(path)
    assert _violations(path) == []


def test_an_altered_whole_before_a_partition_heading_is_reported(tmp_path):
    violations = _violations(write_article(tmp_path, REGIONS.replace("营业收入50.00亿元", "营业收入65.00亿元")))
    assert any(check.rule == "parts-sum" for check in violations)


def test_lines_of_two_measures_make_no_whole(tmp_path):
    assert not any(whole == "50.00亿元" and "7.50亿元" in parts for parts, whole, _ in
                   _parts(write_article(tmp_path, MIXED_LINES)))
