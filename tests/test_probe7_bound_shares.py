"""A share printed as a bound (占比近42%, 占比超过六成) whose total only a stated relation found is
judged by the band its wording allows, as a warning (rules/share_of_total.py); a sum of shares
over 100% as printed that passes only because a bound may be lower says so (rules/parts_sum.py).

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import run

from .article_files import write_article

CHANNELS = ("<p>2023年，北辰乳业实现营业收入35.80亿元，同比增长5.0%。其中，线上渠道收入14.90亿元，占比近42%；"
            "线下渠道收入20.90亿元，占比约58%。</p>")


def _share_checks(path):
    return [check for check in run([str(path)]).checks if check.rule == "share-of-total"]


def test_a_bound_share_within_its_band_passes(tmp_path):
    checks = _share_checks(write_article(tmp_path, CHANNELS))
    bound = [check for check in checks if "近42%" in check.message]
    assert bound and all(check.outcome == "pass" for check in bound)


def test_a_bound_share_outside_its_band_is_a_warning(tmp_path):
    checks = _share_checks(write_article(tmp_path, CHANNELS.replace("近42%", "近55%")))
    bound = [check for check in checks if "近55%" in check.message]
    assert bound and all(check.outcome == "violation" and check.severity == "warning" for check in bound)


def test_a_sum_over_a_hundred_as_printed_says_why_it_passes(tmp_path):
    checks = run([str(write_article(tmp_path, CHANNELS.replace("近42%", "近55%")))]).checks
    sums = [check for check in checks if check.rule == "parts-sum" and "55%" in check.message]
    assert sums and not any("makes up 100%" in check.message for check in sums)
