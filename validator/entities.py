"""Entities: which company an article is about, and which figures are someone else's."""

from __future__ import annotations

import re

from . import lexicon

_TICKER = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12})\s*[(（]\s*(?:(?:NYSE|NASDAQ|Nasdaq|HKEX|HK|SH|SZ|AMEX)\s*[:：]\s*)?"
    r"(?P<code>[A-Z0-9]{1,6})(?:\.(?:US|HK|SH|SZ|N|O))?\s*[)）]"
)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# What follows a company name in a headline: a year, a period word or a report.
_AFTER_NAME = re.compile(r"(?:发布|公布|披露|晒出|交出)?(?:(?:19|20)\d{2}|去年|今年|一季度|上半年|全年|年报|财报)|[:：]")


def _suffix_candidates(run: str) -> list[str]:
    return [run[start:] for start in range(0, max(1, len(run) - 1))]


def subject_entity(title: str | None, body: str) -> str | None:
    """The article's subject: the name by a ticker, else the headline's name best echoed in
    the body (信也科技 in 国内领先的金融科技集团信也科技(NYSE:FINV))."""
    candidates: list[str] = []
    for text in (title or "", body[:2000]):
        for match in _TICKER.finditer(text):
            candidates.extend(_suffix_candidates(match.group("name")))
    if title:
        # 安盛银行累计服务超5000万小微客户: a headline may open with the name and no year.
        for match in _ORGANISATION_OPENING.finditer(title.replace(" ", "，")):
            candidates.extend(_suffix_candidates(match.group("name")))
        for match in _AFTER_NAME.finditer(title):
            runs = _CJK_RUN.findall(title[: match.start()])
            if runs:
                candidates.extend(_suffix_candidates(runs[-1]))
    chosen, best_score = None, None
    for candidate in dict.fromkeys(candidates):
        mentions = body.count(candidate)
        if not _is_a_name(candidate) or mentions < 2:
            continue
        # The longest name the body keeps repeating: 信也科技, not 科技.
        score = (candidate.endswith(lexicon.ORGANISATION_SUFFIXES), len(candidate), mentions)
        if best_score is None or score > best_score:
            chosen, best_score = candidate, score
    if chosen is None:
        # A headline name the body never repeats is still the headline's subject.
        chosen = max((c for c in candidates if _is_a_name(c) and c.endswith(lexicon.ORGANISATION_SUFFIXES)),
                     key=len, default=None)
    return chosen


def _is_a_name(candidate: str) -> bool:
    """Not a bare word like 银行 or 科技, nor a generic like 商业银行."""
    if len(candidate) < 2 or candidate in lexicon.ORGANISATION_SUFFIXES:
        return False
    generics = (generic + suffix for generic in lexicon.GENERIC_ORGANISATION_PREFIXES
                for suffix in lexicon.ORGANISATION_SUFFIXES)
    if any(generic.endswith(candidate) for generic in generics):
        return False  # 市银行 is the tail of 上市银行, not a bank
    if re.search(r"\d|[年月日]|季度|全年|去年|今年|其中", candidate):
        return False  # 一季度公司 is a time and a pronoun, not a name
    return not any(candidate == generic + suffix for generic in lexicon.GENERIC_ORGANISATION_PREFIXES
                   for suffix in lexicon.ORGANISATION_SUFFIXES)


_ORGANISATION_OPENING = re.compile(
    r"(?:^|(?<=[，,；;。：:]))\s*(?:其中|而|另外|此外|同时|同期|相比之下)?[，,]?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:"
    + "|".join(sorted(lexicon.STRONG_ORGANISATION_SUFFIXES, key=len, reverse=True)) + "))"
)


# 投资银行业务, 归属于上市公司股东, 同业存单: these words then name a business or a product.
_NOT_A_SUBJECT_AFTER = ("务", "股东", "存单", "拆借", "负债", "资产", "存款")

def named_organisation(before: str, entity: str | None) -> str | None:
    """Another company a sentence is about, when a clause opens with its name.

    Multi-company round-ups (工商银行净利润3483亿元，建设银行……) must not lend one bank's
    figures to another. Only a clause that opens with a name counts — a name after 向, 与 or
    通过 is a partner, not the subject — and only names with a strong suffix (银行, 证券 …),
    never generic ones (商业银行, 民营银行).
    """
    last_name, last_at = None, -1
    for match in _ORGANISATION_OPENING.finditer(before):
        name = match.group("name")
        if not _is_a_name(name) or (entity and (name in entity or entity in name)):
            continue
        if before[match.end("name"):].startswith(lexicon.NOT_AFTER_ORGANISATION):
            continue
        last_name, last_at = name, match.start("name")
    if last_name is None:
        return None
    if entity and before.rfind(entity) > last_at:
        return None
    return last_name


def other_subject(before: str, entity: str | None) -> str | None:
    """The economy or market a figure is about, when the text names one after the company."""
    last_other, last_other_at = None, -1
    for word in lexicon.OTHER_SUBJECTS:
        position = before.rfind(word)
        while position >= 0 and before[position + len(word):].startswith(_NOT_A_SUBJECT_AFTER):
            # 投资银行业务 is a business, not 银行业; 归属于上市公司股东 is the company's own
            position = before.rfind(word, 0, position)
        if position > last_other_at:
            last_other, last_other_at = word, position
    if last_other is None:
        return None
    if entity and before.rfind(entity) > last_other_at:
        return None
    return last_other


_LEADING_ORGANISATION = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,8}?(?:"
    + "|".join(sorted(lexicon.LIST_ORGANISATION_SUFFIXES, key=len, reverse=True)) + "))(?!会)"
)


def leading_organisation(text: str) -> str | None:
    """The company a phrase opens with (东海银行 in 东海银行归母净利润), if it is a real name."""
    match = _LEADING_ORGANISATION.match(text)
    if match is None or not _is_a_name(match.group("name")):
        return None
    if text[match.end("name"):].startswith(lexicon.NOT_AFTER_ORGANISATION):
        return None
    return match.group("name")
