"""Segments printed in parallel sentences, one after another, against the figure a few sentences before.

…驱动电机装机数量达…台。…。交流异步电机共配套…台，…。他励同步电机共配套…台，…。永磁同步电机共配套…台: each
sentence opens its figure with a name of its own before one shared measure (电机共配套); the figure before
them whose name holds that measure (配套驱动电机装机) is their whole. Nothing says every segment is named,
so they are at most the whole, and the whole is found by nearness, so parts past it are a warning.
"""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, assert_passes_and_is_caught, breakdowns

_BATTERIES = ("2023年5月，新能源乘用车配套动力电池装机数量达120,450套，环比增长8.2%。甲电池、乙电池分列前两名。"
              "据悉，5月三元锂电池共配套45,210套，环比下降3.1%。磷酸铁锂电池共配套{last}套，环比增长15.0%。")
_TRAITS = ("据丙研究院统计，2024年6月新能源汽车配套驱动电机装机量为86,420台，同比增长30.5%。"
           "交流异步电机共配套2,115台，环比下降2.0%。永磁同步电机共配套{last}台，环比增长6.4%。")

CASES = [
    (_BATTERIES.format(last="74,880"), ["45,210套", "74,880套"], "120,450套",
     _BATTERIES.format(last="97,344"), "97,344套"),
    (_TRAITS.format(last="84,305"), ["2,115台", "84,305台"], "86,420台",
     _TRAITS.format(last="109,597"), "109,597台"),
]
_IDS = [f"parallel-{i}" for i in range(len(CASES))]


@pytest.mark.parametrize("text, parts, whole, altered, figure", CASES, ids=_IDS)
def test_parallel_segments_are_read_within_the_figure_before(tmp_path, text, parts, whole, altered, figure):
    assert ("segments-in-parallel-sentences", "at_most", parts, whole) in breakdowns(write_article(tmp_path, text))


@pytest.mark.parametrize("text, parts, whole, altered, figure", CASES, ids=_IDS)
def test_parallel_segments_pass_and_a_segment_raised_past_the_whole_is_a_warning(tmp_path, text, parts, whole,
                                                                                altered, figure):
    assert_passes_and_is_caught(tmp_path, text, parts, whole, altered, figure, "warning")


@pytest.mark.parametrize("text", [
    # the segments of another period than the figure before
    "2023年，丁省新能源汽车配套驱动电机装机量为50,000台。2022年交流异步电机共配套30,000台。2022年永磁同步电机共配套40,000台。",
    # sentences that do not follow each other
    "2023年5月，戊省配套动力电池装机数量达10,000套。三元锂电池共配套6,000套。市场人士认为需求旺盛。磷酸铁锂电池共配套7,000套。",
    # a figure before them whose name does not hold their measure
    "2023年5月，己省新能源汽车销量为10,000辆。三元锂电池共配套6,000套。磷酸铁锂电池共配套7,000套。",
    # a segment of the same shape before them is no whole
    "2023年5月，庚省钠离子电池共配套5,000套，环比增长2%。行业人士认为需求旺盛。三元锂电池共配套3,000套。磷酸铁锂电池共配套4,000套。",
])
def test_sentences_that_are_no_parallel_segments_of_a_whole_are_no_finding(tmp_path, text):
    assert_no_finding(write_article(tmp_path, text), "segments-in-parallel-sentences")
