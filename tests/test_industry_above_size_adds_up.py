"""规模以上工业 is the industry above a size, not a balance (规模): its revenue adds up over months."""

from __future__ import annotations

from validator.lexicon import names_not_additive


def test_the_industry_above_a_size_is_not_a_balance():
    assert not names_not_additive("规模以上工业企业营业收入")
    assert names_not_additive("资产规模")  # a balance still is one
