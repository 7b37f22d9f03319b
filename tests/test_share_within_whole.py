"""A share whose whole is named with 在 and no 占: 出口5120.4亿元，增长9.8%，在货物出口总额中的比重为
41.3% (or 在货物出口总额的41.3%, 占 mistyped as 在). The clause must open with 在 and end with the
share, and only the part's own change may stand between the part and it; 控制在…的3%以内 is a bound.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

_TRADE = ("---\ntitle: 1-5月全省货物贸易稳中有进\ndate: 2024-06-20 10:00:00 +0800\n---\n"
          "1-5月，全省货物进出口总额20512.4亿元，同比增长6.1%；其中货物出口12397.0亿元，增长8.3%；"
          "进口8115.4亿元，增长2.9%。\n\n"
          "其中，机电产品出口5120.4亿元，增长9.8%，{clause}；出口增长较快的是船舶和汽车。\n")


def _share_checks(tmp_path, clause):
    path = tmp_path / "trade.md"
    path.write_text(_TRADE.format(clause=clause), encoding="utf-8")
    return [check for check in run([str(path)]).checks if check.rule == "share-of-total"]


@pytest.mark.parametrize("clause", ["在货物出口总额的41.3%", "在货物出口总额中的比重为41.3%",
                                    "在货物出口中的比例为41.3%"])
def test_a_share_named_with_zai_passes_when_it_agrees(tmp_path, clause):
    checks = _share_checks(tmp_path, clause)
    assert checks and all(check.outcome == "pass" for check in checks)


@pytest.mark.parametrize("clause", ["在货物出口总额的53.7%", "在货物出口总额中的比重为53.7%"])
def test_a_share_named_with_zai_is_caught_when_it_does_not(tmp_path, clause):
    checks = _share_checks(tmp_path, clause)
    assert any(check.outcome == "violation" and "53.7%" in check.message for check in checks)


@pytest.mark.parametrize("clause", ["控制在货物出口总额的53.7%", "在货物出口总额的53.7%以内",
                                    "在货物出口总额中的比重提升至53.7%", "在货物出口的53.7%"])
def test_a_bound_a_target_or_a_whole_not_named_as_one_is_no_share(tmp_path, clause):
    assert not any("53.7%" in check.message for check in _share_checks(tmp_path, clause))

