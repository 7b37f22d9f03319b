"""A stock's price with its day's change (远江证券（18.46元，-1.23%）, or 报收18.46元，跌1.23%) and the
close of the day before printed earlier for the same name: the change is against that close.
Only consecutive dates are read: a change against the period's start, or a close two days back,
is no day's change.
"""

from __future__ import annotations

import pytest

from validator.pipeline import run

_HEAD = "---\ntitle: 券商股震荡\ndate: 2024-06-13 10:00:00 +0800\n---\n"
_EARLIER = "6月11日，远江证券报收18.69元。这较近期低点的16.20元，反弹15.4%。\n\n"


def _checks(tmp_path, text):
    path = tmp_path / "quotes.md"
    path.write_text(_HEAD + text, encoding="utf-8")
    return [check for check in run([str(path)]).checks if check.rule == "growth-prior"]


def _about(checks, figure):
    return [check for check in checks if figure in check.message]


@pytest.mark.parametrize("listed", [
    "截至6月12日，三家券商股价分别为：远江证券（18.46元，-1.23%）、北岭证券（9.12元，+0.44%）。",
    "6月12日，远江证券报收18.46元，跌1.23%。",
])
def test_a_day_change_against_the_close_printed_the_day_before_passes(tmp_path, listed):
    found = _about(_checks(tmp_path, _EARLIER + listed + "\n"), "1.23%")
    assert found and all(check.outcome == "pass" for check in found)


@pytest.mark.parametrize("listed", [
    "截至6月12日，三家券商股价分别为：远江证券（18.46元，-1.87%）、北岭证券（9.12元，+0.44%）。",
    "6月12日，远江证券报收18.46元，跌1.87%。",
])
def test_a_day_change_the_two_closes_do_not_give_is_caught(tmp_path, listed):
    found = _about(_checks(tmp_path, _EARLIER + listed + "\n"), "1.87%")
    assert any(check.outcome == "violation" for check in found)


@pytest.mark.parametrize("listed", [
    "截至6月13日，三家券商股价分别为：远江证券（18.46元，-1.87%）。",  # two days on: not the day before
    "截至6月12日，三家券商股价分别为：北岭证券（18.46元，-1.87%）。",  # another name
    "截至6月12日，三家券商股价分别为：远江证券（18.46元，1.87%）。",  # unsigned: another measure
    "6月12日，远江证券报收18.46元，较年初跌1.87%。",  # a change with a baseline of its own
    "截至6月12日，三家券商股价分别为：远江证券（18.69元，-1.87%）。",  # the last close again
])
def test_no_day_change_is_read_without_the_previous_close(tmp_path, listed):
    assert not _about(_checks(tmp_path, _EARLIER + listed + "\n"), "1.87%")


def test_a_close_of_a_longer_name_ending_with_it_is_not_the_previous_close(tmp_path):
    earlier = "6月11日，新远江证券报收18.69元。\n\n"
    listed = "截至6月12日，三家券商股价分别为：远江证券（18.46元，-1.87%）。\n"
    assert not _about(_checks(tmp_path, earlier + listed), "1.87%")
