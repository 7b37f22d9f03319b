"""Slices listed with a bare 占比 each (甲板块收入820亿元,占比超过60%;乙板块营收310亿元,占比23.4%) are
parts of one whole, never one the whole of another: 310亿元 is not 37.8% "of 820亿元"."""

from __future__ import annotations

import pytest

from validator.pipeline import run

from .article_files import write_article

_SEGMENTS = ("分业务看,{first}依旧是公司最大收入来源,上半年完成收入820亿元,占比超过60%,增长9.1%;"
             "其次是{second},实现营收310亿元,增长14.2%,占比{share};其他业务也有90亿元收入,占比6.6%。")


@pytest.mark.parametrize("first, second", [("甲板块", "乙板块"), ("家电业务", "工业业务")])
@pytest.mark.parametrize("share", ["23.4%", "37.8%"])
def test_a_slice_with_its_own_share_is_not_the_whole_of_the_next(tmp_path, first, second, share):
    path = write_article(tmp_path, f"<p>{_SEGMENTS.format(first=first, second=second, share=share)}</p>")
    report = run([str(path)])
    against_the_sibling = [check for check in report.checks if check.rule == "share-of-total"
                           and {"310亿元", "820亿元"} <= {location.text for location in check.locations}]
    assert against_the_sibling == []
