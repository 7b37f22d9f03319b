"""Bare shares of a subject's segments read against the whole an earlier list gave that subject
(validator/share_lists.py, ``_whole_listed_for_the_subject``; rules/share_of_total.py,
rules/approximate_wording.py):

    北辰电器、南川家居、西岭电子先后披露年报。2024年，三家企业营收依次为1800.50亿元、960.30亿元、520.8亿元……
    分业务看，厨电板块是北辰最大的收入来源，实现收入1100亿元，占比超过61%；照明板块实现营收420亿元，占比23.3%……

The list hands its figures to the subjects in the order they were named; the shares' sentence
names one of them, so each share is also its part over that subject's whole. The printed whole
may not be the one the shares were worked out of, so a failure is a warning. Sentences written
here, with made-up companies and numbers.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

CONSTRUCTION = "share-of-the-whole-listed-for-its-subject"

NAMED_BEFORE = ("近日，家电三巨头北辰电器、南川家居、西岭电子先后披露年报。2024年，三家企业营收依次为1800.50亿元、960.30亿元、520.8亿元，"
                "同比增长8.1%、5.2%及-1.3%。分业务看，厨电板块是北辰最大的收入来源，实现收入1100亿元，占比超过61%；"
                "照明板块实现营收420亿元，增长6.2%，占比23.3%；其他业务也有280.5亿元收入，占比15.6%。")
NAMED_IN_ITS_SENTENCE = ("2024年，南川家居、北辰电器营收分别为960.30亿元、1800.50亿元。分业务看，北辰厨电板块实现收入1100亿元，"
                         "占比61.1%；照明板块实现营收420亿元，占比23.3%。")
TRADITIONAL = ("北辰電器、南川家居、西嶺電子先後披露年報。2024年，三家企業營收依次為1800.50億元、960.30億元、520.8億元。"
               "分業務看，廚電板塊是北辰最大的收入來源，實現收入1100億元，佔比61.1%；照明板塊實現營收420億元，佔比23.3%。")

CASES = [
    (NAMED_BEFORE, [("1100亿元", "1800.50亿元", "61%"), ("420亿元", "1800.50亿元", "23.3%"),
                    ("280.5亿元", "1800.50亿元", "15.6%")], "23.3%", "30.3%"),
    (NAMED_IN_ITS_SENTENCE, [("1100亿元", "1800.50亿元", "61.1%"), ("420亿元", "1800.50亿元", "23.3%")],
     "23.3%", "30.3%"),
    (TRADITIONAL, [("1100億元", "1800.50億元", "61.1%"), ("420億元", "1800.50億元", "23.3%")], "23.3%", "30.3%"),
]

NOT_LISTED = [
    # the shares' sentence names none of the listed subjects
    ("北辰电器、南川家居、西岭电子先后披露年报。2024年，三家企业营收依次为1800.50亿元、960.30亿元、520.8亿元。"
     "分业务看，厨电板块实现收入1100亿元，占比61.1%；照明板块实现营收420亿元，占比23.3%。"),
    # the list is of another measure than the parts
    ("北辰电器、南川家居、西岭电子先后披露年报。2024年，三家企业净利润依次为1800.50亿元、960.30亿元、520.8亿元。"
     "分业务看，厨电板块是北辰最大的收入来源，实现收入1100亿元，占比61.1%；照明板块实现营收420亿元，占比23.3%。"),
    # three subjects named, two figures listed
    ("北辰电器、南川家居、西岭电子先后披露年报。2024年，两家企业营收依次为1800.50亿元、960.30亿元。"
     "分业务看，厨电板块是北辰最大的收入来源，实现收入1100亿元，占比61.1%；照明板块实现营收420亿元，占比23.3%。"),
    # the named subject's whole is smaller than a part: not its whole
    ("南川家居、北辰电器2024年营收分别为960.30亿元、1800.50亿元。分业务看，南川厨电板块实现收入1100亿元，"
     "占比61.1%；照明板块实现营收420亿元，占比23.3%。"),
    # the sentence names two of the listed subjects
    ("南川家居、北辰电器2024年营收分别为960.30亿元、1800.50亿元。分业务看，北辰与南川的厨电板块实现收入1100亿元，"
     "占比61.1%；照明板块实现营收420亿元，占比23.3%。"),
    # the first subject's description (家电三巨头) is no name of it: 家电 in the shares' sentence names none
    ("近日，家电三巨头北辰电器、南川家居、西岭电子先后披露年报。2024年，三家企业营收依次为1800.50亿元、960.30亿元、520.8亿元。"
     "分业务看，其家电板块实现收入500亿元，占比52.1%；照明板块实现营收300亿元，占比31.2%。"),
    # the list is of another year
    ("北辰电器、南川家居、西岭电子先后披露年报。2023年，三家企业营收依次为1800.50亿元、960.30亿元、520.8亿元。"
     "2024年，分业务看，厨电板块是北辰最大的收入来源，实现收入1100亿元，占比61.1%；照明板块实现营收420亿元，占比23.3%。"),
]


def _read(path) -> list[tuple[str, str, str]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [(claims[relation.claim_in("part")].text, claims[relation.claim_in("total")].text,
             claims[relation.claim_in("share")].text)
            for relation in extraction.relations if relation.construction == CONSTRUCTION]


@pytest.mark.parametrize("text, triples, share, altered", CASES, ids=["named-before", "named-in-sentence", "繁體"])
def test_shares_are_read_against_the_whole_listed_for_their_subject(tmp_path, text, triples, share, altered):
    assert _read(write_article(tmp_path, text)) == triples


@pytest.mark.parametrize("text, triples, share, altered", CASES, ids=["named-before", "named-in-sentence", "繁體"])
def test_listed_whole_passes_as_printed(tmp_path, text, triples, share, altered):
    checks = run([str(write_article(tmp_path, text))]).checks
    whole = triples[0][1]
    judged = [check for check in checks if check.rule in ("share-of-total", "approximate-wording")
              and any(location.text == whole for location in check.locations)]
    assert judged and all(check.outcome == "pass" for check in judged)


@pytest.mark.parametrize("text, triples, share, altered", CASES, ids=["named-before", "named-in-sentence", "繁體"])
def test_share_altered_against_the_listed_whole_is_a_warning(tmp_path, text, triples, share, altered):
    checks = run([str(write_article(tmp_path, text.replace(share, altered, 1)))]).checks
    against_whole = [check for check in checks if check.rule == "share-of-total" and check.outcome == "violation"
                     and {location.text for location in check.locations} >= {altered, triples[0][1]}]
    assert against_whole and all(check.severity == "warning" for check in against_whole)


def test_bound_share_is_judged_against_the_listed_whole(tmp_path):
    text = NAMED_BEFORE.replace("占比超过61%", "占比超过65%")
    checks = run([str(write_article(tmp_path, text))]).checks
    assert any(check.rule == "approximate-wording" and check.outcome == "violation"
               and {location.text for location in check.locations} == {"65%", "1100亿元", "1800.50亿元"}
               for check in checks)


@pytest.mark.parametrize("text", NOT_LISTED, ids=["未点名", "另一指标", "数目不合", "整体小于部分", "点名两家", "描述词", "另一年"])
def test_no_listed_whole_when_the_list_does_not_name_it(tmp_path, text):
    assert _read(write_article(tmp_path, text)) == []
