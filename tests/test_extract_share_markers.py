"""A share's marker and the whole it names: 在…中所占比重 and 占…比重 name their whole before or
after the marker, and the 占比 of 占比重 is the marker 占 and the word 比重, never a marker 占比 of a
whole called 重. Sentences written here, other names and numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.pipeline import read_claims


def _share(tmp_path: Path, sentence: str):
    path = tmp_path / "case.md"
    path.write_text(f"---\ntitle: 丙省经济数据\ndate: 2024-02-10 10:00:00 +0800\n---\n{sentence}\n", encoding="utf-8")
    return next(claim for claim in read_claims([str(path)])[0].claims if claim.kind == "share")


@pytest.mark.parametrize(("sentence", "metric", "total"), [
    ("2023年，丙省机电产品出口4120.6亿元，增长5.1%，在全省出口总值中所占比重达57.2%。", "丙省机电产品出口", "全省出口总值"),
    ("丁公司海外收入在总收入中所占比重为23.5%。", "丁公司海外收入", "营收"),
    ("丁公司海外收入占总收入比重为23.5%。", "丁公司海外收入", "营收"),
    ("丁公司海外收入占比重为23.5%。", "丁公司海外收入", None),
    ("丁公司海外收入占比为23.5%。", "丁公司海外收入", None),
])
def test_the_share_names_its_whole_not_the_word_after_its_marker(tmp_path, sentence, metric, total):
    share = _share(tmp_path, sentence)
    assert share.metric == metric
    assert share.total_key == total
