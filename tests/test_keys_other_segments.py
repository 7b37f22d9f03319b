"""其他业务 is a segment, not 其 (the company) and 他业务; a segment's amount followed by its measure
(其他业务也有38亿元收入) is keyed by both."""

from __future__ import annotations

import pytest

from validator.metrics import metric_key
from validator.pipeline import read_claims

from .article_files import write_article


@pytest.mark.parametrize("phrase, key", [("其他业务也有", "其他业务"), ("其它业务", "其它业务"), ("其余银行", "其余银行"),
                                         ("其营收", "营收"), ("其中营收", "营收")])
def test_other_keeps_its_word_and_its_still_leaves(phrase, key):
    assert metric_key(phrase) == key


def test_a_segments_amount_followed_by_its_measure_is_keyed_by_both(tmp_path):
    text = "远江电器智能家居板块收入312亿元，占比71.5%；其他业务也有38亿元收入，增长9%，占比8.7%。"
    claims = read_claims([str(write_article(tmp_path, text))])[0].claims
    other = next(claim for claim in claims if claim.text == "38亿元")
    assert other.metric_key.endswith("其他业务收入")


def test_an_amount_whose_words_name_a_measure_keeps_them(tmp_path):
    claims = read_claims([str(write_article(tmp_path, "远江电器营业收入为312亿元人民币。"))])[0].claims
    assert next(claim for claim in claims if claim.text.startswith("312亿元")).metric_key.endswith("营收")
