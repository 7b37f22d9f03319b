"""A share printed before the part it measures: 占营业收入六成一的网络游戏收入升两成，增至251亿元.

The share's measure is the noun after 的 (网络游戏收入), and its part the first amount of that
measure the sentence goes on to print; its total is the 营业收入 printed before.
"""

from __future__ import annotations

import pytest

from validator.pipeline import read_claims, run

_RESULTS = ("---\ntitle: 远帆网络第二季营收增长两成\ndate: 2024-08-20 10:00:00 +0800\n---\n"
            "远帆网络第二季营业收入为412亿元。占营业收入{share}的网络游戏收入升两成，增至251亿元。\n")


def _path(tmp_path, share):
    path = tmp_path / "results.md"
    path.write_text(_RESULTS.format(share=share), encoding="utf-8")
    return str(path)


def test_the_share_measures_the_noun_after_it_and_links_its_part(tmp_path):
    claims = read_claims([_path(tmp_path, "六成一")])[0].claims
    share = next(claim for claim in claims if claim.kind == "share")
    part = next(claim for claim in claims if claim.text == "251亿元")
    assert share.metric_key == part.metric_key == "网络游戏收入"
    assert share.of_claim == part.id


def test_a_share_its_part_and_total_give_passes(tmp_path):
    checks = [check for check in run([_path(tmp_path, "六成一")]).checks if check.rule == "share-of-total"]
    assert checks and all(check.outcome == "pass" for check in checks)


@pytest.mark.parametrize("share", ["七成一", "71%"])
def test_a_share_its_part_and_total_do_not_give_is_caught(tmp_path, share):
    checks = [check for check in run([_path(tmp_path, share)]).checks if check.rule == "share-of-total"]
    assert any(check.outcome == "violation" for check in checks)


def test_an_amount_of_the_measure_in_a_later_sentence_is_not_the_part(tmp_path):
    text = ("---\ntitle: 远帆网络第二季营收增长两成\ndate: 2024-08-20 10:00:00 +0800\n---\n"
            "远帆网络第二季营业收入为412亿元。占营业收入六成一的网络游戏收入升两成。网络游戏收入上年同期为209亿元。\n")
    path = tmp_path / "results.md"
    path.write_text(text, encoding="utf-8")
    claims = read_claims([str(path)])[0].claims
    share = next(claim for claim in claims if claim.kind == "share")
    assert share.of_claim is None
