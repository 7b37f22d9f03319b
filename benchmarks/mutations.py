"""Mutation benchmark: how often one altered figure in a real article set is caught.

For every figure the extractor reads, the benchmark writes a copy of the whole article set in
which only that figure's digits differ — a realistic slip of the pen: two digits swapped, the
last digit off by a few, a wrong leading digit, a value scaled by 10 or 2 — and runs the full
pipeline on the copy. A mutation is

* DETECTED when a violation absent from the unaltered run has a location on the altered
  figure;
* MISSED otherwise.

Independently, any new error-level violation that does not touch the altered figure is a
FALSE ALARM: a gate that blames the wrong figure is worse than one that stays silent, so these
are listed one by one.

    .venv/bin/python benchmarks/mutations.py fixtures/seeds [--seed N] [--limit N] [--json OUT]
"""

from __future__ import annotations

import bisect
import codecs
import json
import multiprocessing
import os
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rules import all_rules  # noqa: E402
from validator.corpus import Corpus  # noqa: E402
from validator.pipeline import build_report, read_claims, run, run_rules  # noqa: E402
from validator.records import Claim, Location, Report  # noqa: E402


# ---------------------------------------------------------------------------------------
# Places in the files of a set

@dataclass(frozen=True, order=True)
class Place:
    """A stretch of one file of the set, named relative to the set's folder so that the
    original set and its mutated copy in a temporary folder name it alike."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def overlaps(self, other: "Place") -> bool:
        return (self.file == other.file
                and (self.line, self.column) < (other.end_line, other.end_column)
                and (other.line, other.column) < (self.end_line, self.end_column))


@dataclass(frozen=True)
class Violation:
    rule: str
    severity: str
    message: str
    places: tuple[Place, ...]

    @property
    def key(self) -> tuple:
        # Rule and places, not the message: the message of a surviving violation quotes the
        # altered figure's new value, yet it is the same finding as before.
        return (self.rule, self.places)


def violations_of(report: Report, set_root: str, shift: "ColumnShift | None" = None) -> list[Violation]:
    found = []
    for check in report.checks:
        if check.outcome != "violation":
            continue
        places = tuple(_place(location, set_root, shift) for location in check.locations)
        found.append(Violation(check.rule, check.severity or "", check.message, places))
    return found


def _place(location: Location, set_root: str, shift: "ColumnShift | None") -> Place:
    place = Place(os.path.relpath(location.path, set_root), location.line, location.column,
                  location.end_line, location.end_column)
    return shift.undo(place) if shift else place


@dataclass(frozen=True)
class ColumnShift:
    """Scaling a figure can change how many digits it has, which moves every later column of
    its line; undoing the move lets a mutated run's findings be compared with the baseline's."""

    file: str
    line: int
    from_column: int  # first column after the new digits
    delta: int  # new digit count minus old

    def undo(self, place: Place) -> Place:
        if place.file != self.file or self.delta == 0:
            return place
        column, end_column = place.column, place.end_column
        if place.line == self.line and column >= self.from_column:
            column -= self.delta
        if place.end_line == self.line and end_column >= self.from_column:
            end_column -= self.delta
        return replace(place, column=column, end_column=end_column)


# ---------------------------------------------------------------------------------------
# Printed numbers and their realistic mistakes

FULL_WIDTH_DIGITS = "０１２３４５６７８９"
# Digits with the thousands separators and decimal points newsrooms print, in either width.
NUMBER_IN_FILE = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
NUMBER_IN_CLAIM = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
CHINESE_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# 一半, 十余款: words where one numeral character cannot change alone into another figure.
CHINESE_FIXED_WORDS = re.compile(r"[半十百千]")


@dataclass(frozen=True)
class Printed:
    """A figure's number as the file prints it: its digits, and where the point falls."""

    digits: str  # ASCII digits, no separators or point
    places: int  # digits after the decimal point

    @property
    def value(self) -> Decimal:
        return Decimal(self.digits).scaleb(-self.places)

    @classmethod
    def of(cls, text: str) -> "Printed":
        plain = unicodedata.normalize("NFKC", text).replace(",", "")
        whole, _, fraction = plain.partition(".")
        return cls(whole + fraction, len(fraction))

    def is_well_formed(self) -> bool:
        whole = self.digits[: len(self.digits) - self.places]
        return bool(whole) and (whole == "0" or not whole.startswith("0")) and self.value != 0


def swapped_digits(number: Printed, rng: random.Random) -> Printed | None:
    """Two neighbouring digits typed in the wrong order: 1374 → 1347."""
    candidates = []
    for i in range(len(number.digits) - 1):
        digits = list(number.digits)
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
        swapped = Printed("".join(digits), number.places)
        if digits[i] != digits[i + 1] and swapped.is_well_formed():
            candidates.append(swapped)
    return rng.choice(candidates) if candidates else None


def last_digit_off(number: Printed, rng: random.Random) -> Printed | None:
    """The last digit misread or mistyped by one to three: 94.7 → 94.9."""
    last = int(number.digits[-1])
    candidates = [Printed(number.digits[:-1] + str(last + step), number.places)
                  for step in (-3, -2, -1, 1, 2, 3) if 0 <= last + step <= 9]
    candidates = [c for c in candidates if c.is_well_formed()]
    return rng.choice(candidates) if candidates else None


def leading_digit_wrong(number: Printed, rng: random.Random) -> Printed | None:
    """The first significant digit wrong, as when copying from the wrong row: 386 → 586."""
    first = next(i for i, digit in enumerate(number.digits) if digit != "0")
    candidates = [Printed(number.digits[:first] + str(d) + number.digits[first + 1:], number.places)
                  for d in range(1, 10) if str(d) != number.digits[first]]
    candidates = [c for c in candidates if c.is_well_formed()]
    return rng.choice(candidates) if candidates else None


# A decimal point in the wrong place (×10, ÷10) or a doubled/halved figure.
SCALE_FACTORS = (Decimal(10), Decimal("0.1"), Decimal(2), Decimal("0.5"))


def scaled(number: Printed, rng: random.Random) -> Printed | None:
    """The value scaled by a plausible factor, printed with the same number of decimals."""
    factors = list(SCALE_FACTORS)
    rng.shuffle(factors)
    quantum = Decimal(1).scaleb(-number.places)
    for factor in factors:
        value = (number.value * factor).quantize(quantum, rounding=ROUND_HALF_EVEN)
        if value != 0 and value != number.value:
            return Printed.of(format(value, "f"))
    return None


MISTAKES = {
    "swap": swapped_digits,
    "last-digit": last_digit_off,
    "leading-digit": leading_digit_wrong,
    "scale": scaled,
}


def render_like(original: str, number: Printed) -> str:
    """The new number in the original's form: its digit width, point and separators."""
    width = str.maketrans("0123456789", FULL_WIDTH_DIGITS) if re.search("[０-９]", original) else None
    point = "．" if "．" in original else "."
    old_digits = [ch for ch in original if unicodedata.normalize("NFKC", ch).isdigit()]
    if len(old_digits) == len(number.digits):
        # Same digit count: write each new digit where an old one stood, keeping separators.
        new_digits = iter(number.digits)
        text = "".join(next(new_digits) if unicodedata.normalize("NFKC", ch).isdigit() else ch
                       for ch in original)
    else:
        whole = number.digits[: len(number.digits) - number.places]
        fraction = number.digits[len(whole):]
        text = whole + (point + fraction if fraction else "")
    return text.translate(width) if width else text


# ---------------------------------------------------------------------------------------
# One mutation of one figure

@dataclass(frozen=True)
class Mutation:
    claim: str  # "path#id", as the baseline report's checks name it
    place: Place  # the figure's span in the original file
    text: str  # the figure as printed (after NFKC)
    kind: str  # figure | growth | share | points
    dimension: str
    metric: str
    source: str
    checked: bool  # used by some check of the baseline
    mistake: str
    old: str  # the number as the file prints it
    new: str
    shift: ColumnShift
    byte_start: int
    byte_end: int
    new_bytes: bytes


@dataclass
class Outcome:
    mutation: Mutation
    read_back: bool  # the extractor still reads the altered figure, with its new digits
    detected_by: list[Violation] = field(default_factory=list)
    false_alarms: list[Violation] = field(default_factory=list)
    side_effects: list[Violation] = field(default_factory=list)  # new warnings/info elsewhere

    @property
    def detected(self) -> bool:
        return bool(self.detected_by)


@dataclass(frozen=True)
class Skipped:
    claim: str
    text: str
    reason: str


def _line_starts(content: str) -> list[int]:
    # The same line breaks the reader counts (validator/documents.py): spans are in its lines.
    return [0] + [match.end() for match in re.finditer(r"\r\n|\r|\n", content)]


def _decode(raw: bytes) -> tuple[str, str, int] | None:
    """The file's text, its encoding and BOM length, tried in the reader's order."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding), encoding, len(bom)
    for encoding in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            continue
    return None


def plan_mutation(claim: Claim, set_root: str, checked: bool, rng: random.Random) -> Mutation | Skipped:
    """One realistic mistake in ``claim``'s digits, located to the byte in its file."""
    reference = f"{claim.document}#{claim.id}"
    raw = Path(claim.document).read_bytes()
    decoded = _decode(raw)
    if decoded is None:
        return Skipped(reference, claim.text, "file encoding not recognised")
    content, encoding, bom_length = decoded
    starts = _line_starts(content)
    span = claim.span
    span_start = starts[span.line - 1] + span.column - 1
    span_end = starts[span.end_line - 1] + span.end_column - 1
    in_file = content[span_start:span_end]

    found = NUMBER_IN_FILE.search(in_file)
    printed = NUMBER_IN_CLAIM.search(claim.text)
    if found and printed:
        # The digits must be the claim's own: markup inside a number would split them.
        if Printed.of(found.group()) != Printed.of(printed.group()):
            return Skipped(reference, claim.text, "digits in the file differ from the claim's")
        old = found.group()
        number = Printed.of(old)
        names = list(MISTAKES)
        rng.shuffle(names)
        for mistake in names:
            if mistake == "scale" and re.search("[,，]", old):
                continue  # a rescaled figure would need its separators regrouped
            changed = MISTAKES[mistake](number, rng)
            if changed is not None and changed.value != number.value:
                new = render_like(old, changed)
                break
        else:
            return Skipped(reference, claim.text, "no realistic mistake for these digits")
        start, end = span_start + found.start(), span_start + found.end()
    else:
        numeral = next((i for i, ch in enumerate(in_file) if ch in CHINESE_DIGITS), None)
        if numeral is None or CHINESE_FIXED_WORDS.search(in_file):
            return Skipped(reference, claim.text, "no digits to alter")
        # 三成 → 四成: a Chinese numeral off by one, the mistake such figures get. Never down
        # to 一: 一个 reads as an article, not a figure, and the mutation would vanish.
        old = in_file[numeral]
        value = CHINESE_DIGITS[old]
        steps = [step for step in (-1, 1) if 2 <= value + step <= 9]
        new = "一二三四五六七八九"[value + rng.choice(steps) - 1]
        mistake = "chinese-numeral"
        start, end = span_start + numeral, span_start + numeral + 1

    byte_start = bom_length + len(content[:start].encode(encoding))
    byte_end = bom_length + len(content[:end].encode(encoding))
    assert raw[byte_start:byte_end].decode(encoding) == old
    line = bisect.bisect_right(starts, start)
    new_end_column = start - starts[line - 1] + 1 + len(new)
    set_file = os.path.relpath(claim.document, set_root)
    return Mutation(
        claim=reference,
        place=Place(set_file, span.line, span.column, span.end_line, span.end_column),
        text=claim.text, kind=claim.kind, dimension=claim.dimension, metric=claim.metric,
        source=claim.source, checked=checked, mistake=mistake, old=old, new=new,
        shift=ColumnShift(set_file, line, new_end_column, len(new) - len(old)),
        byte_start=byte_start, byte_end=byte_end, new_bytes=new.encode(encoding),
    )


# ---------------------------------------------------------------------------------------
# Running the pipeline on mutated copies

_baseline: dict[tuple, Violation] = {}
_set_root = ""


def _start_worker(set_root: str, baseline: dict[tuple, Violation]) -> None:
    global _set_root, _baseline
    _set_root, _baseline = set_root, baseline


def try_mutation(mutation: Mutation) -> Outcome:
    """Run the whole set with one figure altered: cross-report rules compare articles."""
    with tempfile.TemporaryDirectory(prefix="factcheck-mutation-") as scratch:
        copy = os.path.join(scratch, "set")
        shutil.copytree(_set_root, copy)
        target = Path(copy, mutation.place.file)
        raw = target.read_bytes()
        target.write_bytes(raw[: mutation.byte_start] + mutation.new_bytes + raw[mutation.byte_end:])
        extractions = read_claims([copy])
        report = build_report(extractions, run_rules(Corpus(extractions), all_rules()))
        found = violations_of(report, copy, mutation.shift)
        read_back = any(
            claim.text != mutation.text
            and (claim.span.line, claim.span.column) == (mutation.place.line, mutation.place.column)
            for extraction in extractions if os.path.relpath(extraction.path, copy) == mutation.place.file
            for claim in extraction.claims
        )

    outcome = Outcome(mutation, read_back=read_back)
    for violation in found:
        if violation.key in _baseline:
            continue
        if any(place.overlaps(mutation.place) for place in violation.places):
            outcome.detected_by.append(violation)
        elif violation.severity == "error":
            outcome.false_alarms.append(violation)
        else:
            outcome.side_effects.append(violation)
    return outcome


def plan_mutations(set_root: str, seed: int, limit: int | None) -> tuple[list[Mutation], list[Skipped], Report]:
    baseline = run([set_root])
    checked = {reference for check in baseline.checks for reference in check.claims}
    claims = sorted(
        (claim for extraction in read_claims([set_root]) for claim in extraction.claims),
        key=lambda claim: (claim.document, claim.span.line, claim.span.column),
    )
    if limit is not None and limit < len(claims):
        chosen = set(random.Random(seed).sample(range(len(claims)), limit))
        claims = [claim for index, claim in enumerate(claims) if index in chosen]
    planned, skipped = [], []
    for claim in claims:
        reference = f"{claim.document}#{claim.id}"
        # One generator per figure: its mistake does not depend on which others were chosen.
        rng = random.Random(f"{seed}:{reference}")
        result = plan_mutation(claim, set_root, reference in checked, rng)
        (planned if isinstance(result, Mutation) else skipped).append(result)
    return planned, skipped, baseline


def try_all(set_root: str, mutations: list[Mutation], baseline: Report, workers: int) -> list[Outcome]:
    known = {violation.key: violation for violation in violations_of(baseline, set_root)}
    if workers <= 1:
        _start_worker(set_root, known)
        return [try_mutation(mutation) for mutation in mutations]
    with multiprocessing.Pool(workers, initializer=_start_worker, initargs=(set_root, known)) as pool:
        # imap keeps the input order, so the report is the same however the work is shared.
        return list(pool.imap(try_mutation, mutations, chunksize=4))


# ---------------------------------------------------------------------------------------
# The report

def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "—"


def summary_tables(set_root: str, outcomes: list[Outcome], skipped: list[Skipped], baseline: Report) -> list:
    detected = [o for o in outcomes if o.detected]
    checked = [o for o in outcomes if o.mutation.checked]
    unchecked = [o for o in outcomes if not o.mutation.checked]

    totals = Table(title=f"Mutations of {set_root}", show_header=False)
    totals.add_row("baseline", f"{baseline.summary.claims} figures, {baseline.summary.checks} checks, "
                               f"{baseline.summary.errors} errors, {baseline.summary.warnings} warnings")
    totals.add_row("mutations", str(len(outcomes)))
    totals.add_row("figures skipped (no digit to alter)", str(len(skipped)))
    totals.add_row("detected", _rate(len(detected), len(outcomes)))
    totals.add_row("missed", _rate(len(outcomes) - len(detected), len(outcomes)))
    totals.add_row("with a false alarm", _rate(sum(bool(o.false_alarms) for o in outcomes), len(outcomes)))
    totals.add_row("detected, figure used by a baseline check",
                   _rate(sum(o.detected for o in checked), len(checked)))
    totals.add_row("detected, figure used by no check",
                   _rate(sum(o.detected for o in unchecked), len(unchecked)))
    totals.add_row("altered figure no longer read", str(sum(not o.read_back for o in outcomes)))

    return [totals, _detections_by_rule(detected),
            _detection_by(outcomes, "kind of figure", lambda m: (m.kind, m.dimension)),
            _detection_by(outcomes, "mistake", lambda m: (m.mistake,)),
            _false_alarms(outcomes)]


def _detections_by_rule(detected: list[Outcome]) -> Table:
    counts = Counter(rule_and_severity for outcome in detected
                     for rule_and_severity in {(v.rule, v.severity) for v in outcome.detected_by})
    table = Table(title="Detections by rule (a mutation counts once per rule)")
    table.add_column("rule"), table.add_column("severity")
    table.add_column("mutations", justify="right")
    for (rule, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        table.add_row(rule, severity, str(count))
    return table


def _detection_by(outcomes: list[Outcome], title: str, group_of) -> Table:
    groups: dict[tuple, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(group_of(outcome.mutation), []).append(outcome)
    table = Table(title=f"Detection by {title}")
    table.add_column(title)
    table.add_column("detected", justify="right")
    table.add_column("figure used by a check", justify="right")
    for group, members in sorted(groups.items()):
        table.add_row(" ".join(group), _rate(sum(o.detected for o in members), len(members)),
                      _rate(sum(o.mutation.checked for o in members), len(members)))
    return table


def _false_alarms(outcomes: list[Outcome]) -> Table:
    table = Table(title="False alarms: new errors away from the altered figure")
    for name in ("altered figure", "change", "alarm at", "rule", "message"):
        table.add_column(name)
    for outcome in outcomes:
        m = outcome.mutation
        for violation in outcome.false_alarms:
            first = violation.places[0] if violation.places else None
            where = f"{first.file}:{first.line}" if first else "—"
            table.add_row(f"{m.place.file}:{m.place.line} {m.text}", f"{m.old} → {m.new}",
                          where, violation.rule, violation.message)
    if not table.row_count:
        table.add_row("none", "", "", "", "")
    return table


def outcome_record(outcome: Outcome) -> dict:
    m = outcome.mutation
    return {
        "claim": m.claim, "file": m.place.file, "line": m.place.line, "column": m.place.column,
        "text": m.text, "kind": m.kind, "dimension": m.dimension, "metric": m.metric,
        "source": m.source, "checked": m.checked, "mistake": m.mistake, "old": m.old, "new": m.new,
        "read_back": outcome.read_back,
        "outcome": "detected" if outcome.detected else "missed",
        "detected_by": [asdict(v) for v in outcome.detected_by],
        "false_alarms": [asdict(v) for v in outcome.false_alarms],
        "side_effects": [asdict(v) for v in outcome.side_effects],
    }


def main(
    set_root: str = typer.Argument(..., help="a folder holding one article set"),
    seed: int = typer.Option(0, help="fixes every random choice of mistake"),
    limit: Optional[int] = typer.Option(None, help="mutate at most this many figures"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="write per-mutation records here"),
    workers: int = typer.Option(2, help="processes running the pipeline"),
) -> None:
    console = Console()
    if not os.path.isdir(set_root):
        console.print(f"{set_root} is not a folder of articles")
        raise typer.Exit(2)
    mutations, skipped, baseline = plan_mutations(set_root, seed, limit)
    outcomes = try_all(set_root, mutations, baseline, workers)
    for table in summary_tables(set_root, outcomes, skipped, baseline):
        console.print(table)
    if json_out is not None:
        records = {
            "set": set_root, "seed": seed, "limit": limit,
            "mutations": [outcome_record(o) for o in outcomes],
            "skipped": [asdict(s) for s in skipped],
        }
        json_out.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    typer.run(main)
