"""A photo's caption, ending with its credit (图/本报资料照片), is read like a heading.

A reader takes in a caption's figure without the sentences around it, so the body must back it
like a headline's: 华宇金前三季获利达512.3亿元，领先同业。图/本报资料照片 against the body's
前三季累计税后纯益512.3亿元.
"""

from __future__ import annotations

import pytest

from validator.documents import _is_caption
from validator.pipeline import read_claims, run

from .article_files import write_article

_CAPTIONED = ("华宇金控9月获利翻倍\n\n华宇金前三季获利达{caption}亿元，领先同业。图/本报资料照片\n\n"
              "华宇金摆脱阴霾后，前三季累计税后纯益512.3亿元，每股税后纯益为3.21元，创历年同期新高。")


@pytest.mark.parametrize("line", ["华宇金前三季获利达512.3亿元，领先同业。图/本报资料照片",
                                  "远江银行总部大楼。圖／記者王敏攝", "新车交付现场 图：公司供图"])
def test_a_line_ending_with_a_photo_credit_is_a_caption(line):
    assert _is_caption(line)


@pytest.mark.parametrize("line", ["营收同比增长12.3%，见图/表1。此外，公司净利润为5.2亿元，同比增长8.1%，"
                                  "主要由于利息收入增长、费用下降和投资收益上升，均好于市场此前的普遍预期。",
                                  "公司净利润为5.2亿元。"])
def test_a_sentence_of_the_body_is_no_caption(line):
    assert not _is_caption(line)


def test_a_captions_figures_are_a_headings(tmp_path):
    claims = read_claims([str(write_article(tmp_path, _CAPTIONED.format(caption="512.3")))])[0].claims
    caption = [claim for claim in claims if claim.text == "512.3亿元" and claim.source == "heading"]
    assert caption


def test_a_caption_the_body_backs_passes(tmp_path):
    report = run([str(write_article(tmp_path, _CAPTIONED.format(caption="512.3")))])
    assert any(check.rule == "headline" and check.outcome == "pass" for check in report.checks)


def test_a_caption_the_body_does_not_back_is_caught(tmp_path):
    report = run([str(write_article(tmp_path, _CAPTIONED.format(caption="612.3")))])
    assert any(check.rule == "headline" and check.outcome == "violation"
               and any(location.text == "612.3亿元" for location in check.locations) for check in report.checks)
