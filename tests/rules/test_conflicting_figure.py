"""conflicting-figure on real articles: the seeds repeat figures, and none of them conflict;
and within one article only figures one slip of the pen apart are read as one figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules import conflicting_figure
from validator.corpus import Corpus
from validator.pipeline import read_claims

SEEDS = Path(__file__).parent.parent.parent / "fixtures" / "seeds"


def _seed_checks():
    return list(conflicting_figure.check(Corpus(read_claims([str(SEEDS)]))))


def test_seeds_give_no_conflicting_figure():
    violations = [check.message for check in _seed_checks() if check.outcome == "violation"]
    assert not violations, violations


def test_figure_repeated_in_a_seed_passes():
    passed = [check for check in _seed_checks() if check.outcome == "pass"]
    assert any([location.text for location in check.locations] == ["41.3亿元", "41.3亿元"] for check in passed)


def test_segment_keyed_like_its_total_is_never_paired():
    # 270亿元 (小微, by its share of the year's total) and the year's 1374亿元 share a key.
    texts = [{location.text for location in check.locations} for check in _seed_checks()]
    assert not any({"270亿元", "1374亿元"} <= pair for pair in texts)


# --- within one article, only one slip of the pen apart -----------------------------------

@pytest.mark.parametrize("printed, again", [
    ("413", "431"),  # two neighbours swapped: 41.3 and 43.1
    ("413", "418"),  # one digit changed
    ("1250", "125"),  # one dropped, or the point moved
    ("5746", "57462"),  # one added
])
def test_one_slip_apart(printed, again):
    assert conflicting_figure._edits_apart(printed, again) == 1


@pytest.mark.parametrize("printed, again", [
    ("18734", "10956"),  # two companies' revenues in one round-up
    ("523", "316"),  # two segments' margins
    ("1642", "1588"),  # this quarter and the last
])
def test_different_figures_are_more_than_one_slip_apart(printed, again):
    assert conflicting_figure._edits_apart(printed, again) > 1
