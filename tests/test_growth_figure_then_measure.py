"""创造了超142亿元的净利润: after a verb of earning the figure comes first and its measure
follows 的. The measure is read from after the figure, so a headline and the body's figure of
that measure meet."""

from __future__ import annotations

import pytest

from tests.test_extract import article, the
from validator.pipeline import run


@pytest.mark.parametrize("sentence, printed, measure", [
    ("2023年，24家村镇银行合计创造了超过86亿元的净利润。", "86亿元", "净利润"),
    ("2023年，华鼎药业实现了52.6亿元的营业收入，同比增长8.1%。", "52.6亿元", "营业收入"),
    ("去年，启明租赁录得3.15亿元的净利润。", "3.15亿元", "净利润"),
    ("2023年，東林銀行取得了12.4億元的淨利潤。", "12.4億元", "净利润"),
])
def test_the_measure_after_de_names_an_earned_figure(tmp_path, sentence, printed, measure):
    assert the(article(tmp_path, sentence), printed).metric == measure


@pytest.mark.parametrize("sentence, printed, measure", [
    # the measure is printed before the figure: what follows 的 is not it
    ("2023年，华鼎药业营业收入达到52.6亿元的历史新高。", "52.6亿元", "营业收入"),
])
def test_a_measure_before_the_figure_is_kept(tmp_path, sentence, printed, measure):
    metric = the(article(tmp_path, sentence), printed).metric
    assert metric.endswith(measure) and "新高" not in metric


def test_headline_and_body_of_the_measure_after_de_are_compared(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: 24家村镇银行2023年创造了超115亿元的净利润\ndate: 2024-04-20 10:00:00 +0800\n---\n"
                    "2023年，24家村镇银行合计创造了超过86亿元的净利润。\n", encoding="utf-8")
    report = run([str(path)])
    assert any(check.outcome == "violation" and check.rule in ("headline", "approximate-wording")
               for check in report.checks), [c.message for c in report.checks]
