"""approximate-wording: a share in words that sums up the sentence before it (……国内收入
1025.31亿元，同比下降3.1%。总的来看，自研产品占到了市场实际收入的7成以上), against the
sentence's last amount and the article's one total whose measure the share names with a word
left out (市场实际收入 for 市场实际销售收入). Sentences written here, with invented markets and
figures: the printed version passes, an altered share fails at it, and a total the share does
not name leaves it unjudged."""

from __future__ import annotations

import pytest

from tests.rule_cases import RuleCase, assert_case_holds

RULE = "approximate-wording"
_PUBLISHED = "2023-07-28 10:00:00 +0800"


def _case(name: str, text: str, expect: str, figures: tuple[str, ...] = ()) -> RuleCase:
    document = {"text": text, "title": "上半年动漫市场收入报告发布", "published": _PUBLISHED}
    return RuleCase(rule=RULE, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


_MARKET = (
    "报告显示，2023年1-6月，中国动漫市场实际销售收入为1298.40亿元，同比增长2.1%。\n"
    "自主创作方面，今年1-6月，中国自主创作动漫国内市场实际销售收入1025.31亿元，同比下降3.1%。"
    "总的来看，自创动漫仍然占到了中国动漫市场实际收入的{share}。"
)

CASES = [
    _case("share_of_the_sentence_before_passes", _MARKET.format(share="7成以上"), "pass",
          ("7成", "1025.31亿元", "1298.40亿元")),
    _case("share_of_the_sentence_before_altered_fails", _MARKET.format(share="9成以上"), "violation",
          ("9成", "1025.31亿元", "1298.40亿元")),
    _case("near_share_altered_fails", _MARKET.format(share="近六成"), "violation",
          ("六成", "1025.31亿元", "1298.40亿元")),
    # 中国动漫市场广告收入 is not 中国动漫市场实际销售收入 with words left out: no total.
    _case("a_total_of_another_measure_is_not_taken",
          _MARKET.replace("实际收入的{share}", "广告收入的{share}").format(share="9成以上"), "silent"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_approx_share_in_words(case: RuleCase, tmp_path):
    assert_case_holds(case, tmp_path)
