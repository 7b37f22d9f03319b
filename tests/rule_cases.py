"""Rule cases as data: sentences that must pass, and sentences that must fail and where.

Each ``tests/rules/cases/<rule-id>.yml`` holds named cases::

    rule: share-of-total
    cases:
      - name: share_within_rounding_passes
        text: |
          第四季度促成借款金额390亿元。单季小微促成借款金额86亿元，占同期总交易额的22.1%。
        expect: pass                     # pass | violation | silent (no check of this rule)
        figures: ["86亿元", "390亿元", "22.1%"]

A case is one article (``text``, with optional ``title`` and ``published``) or several
(``documents``: a list of those), written as Jekyll posts into a temporary folder and run
through the whole pipeline. ``figures`` must all be covered by the locations of one check of
the rule with the expected outcome; a ``violation`` case may name the ``line`` (1-based, in
the file written) of its first figure. A ``pass`` case also asserts the rule reports no
violation at all. ``xfail: reason`` marks a case the extractor cannot read yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from validator.pipeline import run
from validator.records import Check, Report

CASES = Path(__file__).parent / "rules" / "cases"
DEFAULT_TITLE = "示例银行2021年年报：营收稳步增长"
DEFAULT_PUBLISHED = "2022-03-30 10:00:00 +0800"


@dataclass(frozen=True)
class RuleCase:
    rule: str
    name: str
    documents: tuple[dict, ...]
    expect: str
    figures: tuple[str, ...]
    line: int | None
    xfail: str | None

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.name}"


def one_article_case(rule: str, name: str, text: str, expect: str, figures: tuple[str, ...] = (), *,
                     title: str, published: str) -> RuleCase:
    """A case of one article written here: its body, title and publication time."""
    document = {"text": text, "title": title, "published": published}
    return RuleCase(rule=rule, name=name, documents=(document,), expect=expect, figures=figures,
                    line=None, xfail=None)


def load_cases() -> list[RuleCase]:
    cases = []
    for path in sorted(CASES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            documents = case.get("documents") or [
                {key: case[key] for key in ("text", "title", "published") if key in case}
            ]
            cases.append(RuleCase(
                rule=data["rule"],
                name=case["name"],
                documents=tuple(documents),
                expect=case["expect"],
                figures=tuple(case.get("figures", ())),
                line=case.get("line"),
                xfail=case.get("xfail"),
            ))
    return cases


def jekyll_post(document: dict) -> str:
    title = document.get("title", DEFAULT_TITLE)
    published = document.get("published", DEFAULT_PUBLISHED)
    paragraphs = [line.strip() for line in document["text"].strip().splitlines() if line.strip()]
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f'---\nlayout: post\ntitle: "{title}"\ndate: {published}\n---\n{body}\n'


def run_case(case: RuleCase, folder: Path) -> Report:
    for number, document in enumerate(case.documents):
        (folder / f"{number:03d}_case.txt").write_text(jekyll_post(document), encoding="utf-8")
    return run([str(folder)])


def _core(figure: str) -> str:
    match = re.search(r"\d+(?:\.\d+)?(?:万亿|万|亿)?", re.sub(r"\s+", "", figure))
    return match.group(0) if match else figure


def covers(check: Check, figure: str) -> bool:
    """The acceptance test's matching: a location's text holds the figure's digits whole."""
    core = _core(figure)
    for location in check.locations:
        text = re.sub(r"\s+", "", location.text)
        if core == figure and not re.search(r"\d", figure):
            if figure in text:
                return True
        for match in re.finditer(re.escape(core), text):
            before = text[match.start() - 1:match.start()]
            after = text[match.end():match.end() + 1]
            if not before.isdigit() and not after.isdigit():
                return True
    return False


def covers_as_printed(check: Check, figure: str) -> bool:
    """A stricter matching: a location's text holds the figure as printed, qualifier and unit
    included (超过20%, 两倍), spaces aside."""
    return any(figure.replace(" ", "") in location.text.replace(" ", "") for location in check.locations)


def matching_checks(report: Report, case: RuleCase,
                    covering: Callable[[Check, str], bool] = covers) -> list[Check]:
    outcome = "pass" if case.expect == "pass" else "violation"
    return [
        check for check in report.checks
        if check.rule == case.rule and check.outcome == outcome
        and all(covering(check, figure) for figure in case.figures)
    ]


def assert_case_holds(case: RuleCase, folder: Path,
                      covering: Callable[[Check, str], bool] = covers) -> None:
    """The case's article run through every rule: ``silent`` means no violation of its rule,
    ``pass`` a passed check covering its figures and no violation, ``violation`` one covering them."""
    report = run_case(case, folder)
    of_rule = [check for check in report.checks if check.rule == case.rule]
    described = "\n".join(f"  {c.outcome} {c.message} @ {[l.text for l in c.locations]}" for c in of_rule)
    if case.expect == "silent":
        assert not [check for check in of_rule if check.outcome == "violation"], described
        return
    assert matching_checks(report, case, covering), f"no {case.expect} covering {case.figures}:\n{described}"
    if case.expect == "pass":
        assert not [check for check in of_rule if check.outcome == "violation"], described
