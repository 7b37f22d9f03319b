"""The pipeline in one place: documents → text → claims → checks → report."""

from __future__ import annotations

import importlib
import sys
import traceback
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType

from . import __version__
from .corpus import Corpus, forget_claims
from . import reading
from .reading import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, read_extractions
from .partition import entities_of, independent_groups
from .records import Check, Claim, DocumentSummary, Extraction, Location, Report, Summary, Tool
from .spill import Spill, check_order, unpacked


def read_claims(paths: Iterable[str], *, jobs: int = 1, max_bytes: int | None = DEFAULT_MAX_BYTES,
                max_seconds: float | None = DEFAULT_MAX_SECONDS) -> list[Extraction]:
    """Every document named by ``paths`` read into claims, in path order.

    A document that cannot be read, or is past the budget of bytes or seconds, yields an
    extraction carrying the reason; a failure of the extractor itself on one document is
    recorded the same way, so one bad article never hides the others' results. ``jobs`` above
    one reads documents in that many worker processes, with the same result.
    """
    return read_extractions(paths, jobs=jobs, max_bytes=max_bytes, max_seconds=max_seconds)


def run_rules(corpus: Corpus, rules: Sequence[ModuleType]) -> list[Check]:
    """Every rule over the whole run. A rule that fails is named on standard error and the
    others still run: one broken rule must not hide every other finding."""
    checks: dict[str, Check] = {}
    for rule in rules:
        try:
            found = list(rule.check(corpus))
        except Exception as failure:  # noqa: BLE001 — reported, never silently lost
            reason = " ".join(f"{type(failure).__name__}: {failure}".split())
            sys.stderr.write(f"factcheck: rule {rule.ID} failed and was skipped ({reason})\n")
            if reading.DEBUG:
                traceback.print_exc()
            continue
        for check in found:
            checks.setdefault(check.id, check)  # a relation reached twice is reported once
    return sorted(checks.values(), key=check_order)


def build_report(extractions: Sequence[Extraction], checks: Sequence[Check],
                 archived: Sequence[Extraction] = ()) -> Report:
    """The report of a run; ``archived`` are the archive's articles it was checked against,
    listed when a finding names them."""
    checks = _with_sentences([*extractions, *archived], checks)
    used = {claim for check in checks for claim in check.claims}
    violations = [check for check in checks if check.outcome == "violation"]
    named = {location.path for check in checks for location in check.locations}
    return Report(
        tool=Tool(version=__version__),
        documents=tuple(
            _summary_of(e) for e in extractions
        ) + tuple(
            DocumentSummary(path=e.path, title=e.title, published=e.published, entity=e.entity,
                            claims=len(e.claims), error=None, archived=True)
            for e in archived if e.path in named
        ),
        checks=tuple(checks),
        summary=Summary(
            documents=len(extractions),
            claims=sum(len(e.claims) for e in extractions),
            claims_checked=len(used),
            checks=len(checks),
            passed=len(checks) - len(violations),
            errors=sum(1 for check in violations if check.severity == "error"),
            warnings=sum(1 for check in violations if check.severity == "warning"),
            info=sum(1 for check in violations if check.severity == "info"),
            unreadable=sum(1 for e in extractions if e.error),
        ),
    )


def _summary_of(extraction: Extraction) -> DocumentSummary:
    return DocumentSummary(path=extraction.path, title=extraction.title, published=extraction.published,
                           entity=extraction.entity, claims=len(extraction.claims), error=extraction.error)


@dataclass(frozen=True)
class CheckedRun:
    """A run checked one group of documents at a time: its documents and summary are held in
    memory, its checks on disk (``spill``) until they are written out in report order."""

    documents: tuple[DocumentSummary, ...]
    summary: Summary
    spill: Spill

    def checks(self) -> Iterator[Check]:
        return self.spill.checks()

    def head(self) -> Report:
        """The report without its checks: what is written before and after them."""
        return Report(tool=Tool(version=__version__), documents=self.documents, checks=(), summary=self.summary)

    def report(self) -> Report:
        """The whole report in memory, for the renderers that need every check at once."""
        return self.head().model_copy(update={"checks": tuple(self.checks())})


def check_in_groups(extractions: Iterable[Extraction], rules: Sequence[ModuleType], spill: Spill,
                    finish: Callable[[Check], Check] = lambda check: check, *, jobs: int = 1) -> CheckedRun:
    """Every rule over the documents, one independent group at a time (``validator.partition``):
    the same checks as ``run_rules`` over the whole corpus, while only one group's claims are
    in memory. Each extraction is stored in ``spill`` as it arrives and let go; ``finish``
    (severity settings, suppressions) is applied to every check before it is stored; the
    summary counts what ``finish`` leaves counted. ``jobs`` above one checks the groups in that
    many worker processes, with the same result: the checks are stored in report order
    whichever group finishes first.
    """
    from .suppressions import counted, suppressed

    entities, documents = [], []
    for extraction in extractions:
        spill.add_extraction(extraction)
        entities.append(entities_of(extraction))
        documents.append(_summary_of(extraction))
    tally: Counter[str] = Counter()
    for group_checks in _checked_groups(independent_groups(entities), rules, spill, jobs):
        checks = [finish(check) for check in group_checks]
        tally["claims_checked"] += len({claim for check in checks for claim in check.claims})
        tally["checks"] += len(checks)
        for check in checks:
            if check.outcome == "pass":
                tally["passed"] += 1
            elif counted(check):
                tally[str(check.severity)] += 1
            elif suppressed(check):
                tally["suppressed"] += 1
        spill.add_checks(checks)
    documents.sort(key=lambda document: document.path)
    summary = Summary(
        documents=len(documents),
        claims=sum(document.claims for document in documents),
        claims_checked=tally["claims_checked"],
        checks=tally["checks"],
        passed=tally["passed"],
        errors=tally["error"],
        warnings=tally["warning"],
        info=tally["info"],
        unreadable=sum(1 for document in documents if document.error),
        suppressed=tally["suppressed"],
    )
    return CheckedRun(documents=tuple(documents), summary=summary, spill=spill)


def _group_checks(members: Sequence[Extraction], rules: Sequence[ModuleType]) -> list[Check]:
    """The checks of one group of documents, each location given its sentence."""
    members = sorted(members, key=lambda extraction: extraction.path)
    checks = _with_sentences(members, run_rules(Corpus(members), rules))
    forget_claims()  # the rules' caches would keep every group's claims alive
    return checks


# Documents per task sent to a worker: enough that sending them costs little beside checking
# them, few enough that every worker stays busy to the end. A larger group goes whole.
_TASK_DOCUMENTS = 64


def _checked_groups(groups: list[list[int]], rules: Sequence[ModuleType], spill: Spill,
                    jobs: int) -> Iterator[list[Check]]:
    """The checks of each group, in this process or in ``jobs`` worker processes."""
    if jobs <= 1 or len(groups) <= 1:
        for group in groups:
            yield _group_checks(spill.extractions_at(group), rules)
        return
    tasks: list[list[list[int]]] = [[]]
    for group in groups:
        if tasks[-1] and sum(map(len, tasks[-1])) + len(group) > _TASK_DOCUMENTS:
            tasks.append([])
        tasks[-1].append(group)
    # Rules travel by module name, extractions as the spill stores them: both pickle small.
    names = [rule.__name__ for rule in rules]
    # A few tasks waiting per worker, not all of them: their extractions would all be in memory.
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
        pending: deque = deque()
        for task in tasks:
            pending.append(pool.submit(_check_packed_groups, names,
                                       [spill.packed_extractions_at(group) for group in task], reading.DEBUG))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _check_packed_groups(rule_names: list[str], packed_groups: list[list[bytes]], debug: bool) -> list[list[Check]]:
    """In a worker: the checks of each group of stored extractions."""
    reading.DEBUG = debug
    rules = [importlib.import_module(name) for name in rule_names]
    return [_group_checks([unpacked(blob) for blob in group], rules) for group in packed_groups]


def _with_sentences(extractions: Sequence[Extraction], checks: Sequence[Check]) -> list[Check]:
    """Every location given the sentence its figure stands in, for reports an editor reads.

    A location made from a claim takes the claim's sentence (``Check.claims`` lists the claims
    in the order of the locations); one that names no claim (a date, a whole sentence) takes
    the sentence of a figure printed on the same line that contains its text, if any.
    """
    claims = {f"{claim.document}#{claim.id}": claim for e in extractions for claim in e.claims}
    spans = {key: span for e in extractions for key, span in _figure_spans(e).items()}
    # Sentences by the line they start on, with a column to prefer the nearest: figures'
    # sentences, and the first and last sentence of each body (a date may stand in no other).
    by_line: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for claim in claims.values():
        by_line.setdefault((claim.document, claim.span.line), []).append((claim.span.column, claim.sentence))
    for e in extractions:
        for edge in (e.opening, e.closing):
            if edge is not None:
                by_line.setdefault((e.path, edge.span.line), []).append((edge.span.column, edge.text))

    def placed(location: Location, key: str | None) -> Location:
        if location.sentence is not None:
            return location
        claim = claims.get(key) if key else None
        if claim is not None and claim.text == location.text:
            return location.model_copy(update={"sentence": claim.sentence, "sentence_span": spans.get(key)})
        for _, sentence in sorted(by_line.get((location.path, location.line), ()),
                                  key=lambda placed_at: abs(placed_at[0] - location.column)):
            start = sentence.find(location.text)
            if start >= 0 and location.text != sentence:
                return location.model_copy(update={"sentence": sentence,
                                                   "sentence_span": (start, start + len(location.text))})
        return location

    placed_checks = []
    for check in checks:
        keys = list(check.claims) if len(check.claims) == len(check.locations) else [None] * len(check.locations)
        locations = tuple(placed(location, key) for location, key in zip(check.locations, keys))
        placed_checks.append(check if locations == check.locations else check.model_copy(update={"locations": locations}))
    return placed_checks


def _figure_spans(extraction: Extraction) -> dict[str, tuple[int, int]]:
    """Where each claim's text stands in its sentence, by "path#claim-id".

    Claims carry their offset in the document's stream but not their sentence's; a figure
    printed once in its sentence fixes where the sentence starts, and the others follow from
    their offsets. Without such an anchor the figures are matched in order of appearance.
    """
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in extraction.claims:
        by_sentence.setdefault((claim.source, claim.sentence_index), []).append(claim)
    spans: dict[str, tuple[int, int]] = {}
    for group in by_sentence.values():
        group.sort(key=lambda claim: claim.offset)
        sentence = group[0].sentence
        anchors = [claim.offset - sentence.find(claim.text) for claim in group
                   if claim.text and sentence.count(claim.text) == 1]
        searched_from = 0
        for claim in group:
            start = claim.offset - anchors[0] if anchors else -1
            if not (0 <= start and sentence[start:start + len(claim.text)] == claim.text):
                start = sentence.find(claim.text, searched_from)
                if start < 0:
                    start = sentence.find(claim.text)
            if start < 0 or not claim.text:
                continue
            spans[f"{claim.document}#{claim.id}"] = (start, start + len(claim.text))
            searched_from = start + len(claim.text)
    return spans


def run(paths: Iterable[str], rules: Sequence[ModuleType] | None = None) -> Report:
    from rules import all_rules

    extractions = read_claims(paths)
    checks = run_rules(Corpus(extractions), all_rules() if rules is None else rules)
    return build_report(extractions, checks)
