"""Bare shares listed in the body are of a whole the body prints (validator/share_totals.py), and
a consolidated figure (合并营收, 合併營收) is the company's whole, not a segment's
(validator/share_lists.py).

- 全年合併營收為500.0億元……台灣區營收為300.0億元、占比為60.0%: 60.0% is of the body's 500.0億元;
  with the body's whole altered, the title's 500.0億元 that the parts still add up to must not
  stand in for it.

Sentences written here, with made-up companies and numbers.
"""

from __future__ import annotations

from validator.pipeline import read_claims, run

BODY = ("<p>丙辰光電今天公布2023年財報，全年合併營收為500.0億元，年增6.1%。依地區別來看，台灣區營收為300.0億元、"
        "占比為60.0%；中國大陸為150.0億元、占比為30.0%；其他地區為50.0億元、占比為10.0%。</p>")
SIMPLIFIED = ("<p>丙辰光电今天公布2023年财报，全年合并营收为500.0亿元，同比增长6.1%。分地区看，华东区营收为300.0亿元、"
              "占比为60.0%；华南区为150.0亿元、占比为30.0%；其他地区为50.0亿元、占比为10.0%。</p>")


def _write(tmp_path, body: str, title: str):
    path = tmp_path / "case.md"
    path.write_text(f"---\ntitle: {title}\ndate: 2024-03-12 14:00:00 +0800\n---\n{body}\n", encoding="utf-8")
    return path


def _shares(path) -> set[tuple[str, ...]]:
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return {(tuple(claims[filler.claim].text for filler in relation.fillers), claims[relation.claim_in("total")].source)
            for relation in extraction.relations if relation.kind == "share"}


def _errors(path):
    return [check for check in run([str(path)]).checks if check.outcome == "violation" and check.severity == "error"]


def test_consistent_listed_shares_raise_nothing(tmp_path):
    for body, title in ((BODY, "丙辰光電去年營收500.0億元"), (SIMPLIFIED, "丙辰光电去年营收500.0亿元")):
        path = _write(tmp_path, body, title)
        assert [check for check in run([str(path)]).checks if check.outcome == "violation"] == []
        assert (("300.0億元" if body is BODY else "300.0亿元", "500.0億元" if body is BODY else "500.0亿元",
                 "60.0%"), "body") in _shares(path)


def test_an_altered_body_whole_is_not_hidden_by_the_title(tmp_path):
    path = _write(tmp_path, BODY.replace("合併營收為500.0億元", "合併營收為650.0億元"), "丙辰光電去年營收500.0億元")
    assert not any(source == "title" for _, source in _shares(path))
    assert any(check.rule == "share-of-total" for check in _errors(path))


def test_a_consolidated_whole_is_the_whole_of_the_measure(tmp_path):
    path = _write(tmp_path, SIMPLIFIED.replace("合并营收为500.0亿元", "合并营收为650.0亿元"), "丙辰光电2023年财报")
    assert any(check.rule == "share-of-total" for check in _errors(path))
