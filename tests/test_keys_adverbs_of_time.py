"""Adverbs of time before a verb say when, not what: 软件销量现已超过了 is 软件销量."""

from __future__ import annotations

import pytest

from validator.metrics import metric_key


@pytest.mark.parametrize("phrase", ["软件销量现已超过了", "软件销量目前已达", "软件销量如今已突破"])
def test_an_adverb_of_time_leaves_the_key(phrase):
    assert metric_key(phrase) == metric_key("软件销量")


@pytest.mark.parametrize("phrase", ["兑现", "现金"])
def test_words_ending_or_opening_with_now_keep_it(phrase):
    assert metric_key(phrase) == phrase
