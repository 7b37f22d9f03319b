"""The records that flow through the pipeline: claims, checks and the report.

Every record is a frozen pydantic model; the JSON formats in the spec are these models
serialised (``model_dump(mode="json")``), never a second hand-built dict.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, field_serializer, model_serializer

from .script import simplified

ClaimKind = Literal["figure", "growth", "share", "points"]
Source = Literal["body", "title", "heading"]
Outcome = Literal["pass", "violation"]
Severity = Literal["error", "warning", "info"]
# A dimension says which figures can be compared at all: 5652件 and 5652项 are both counts.
Dimension = Literal["money", "count", "percent", "pp", "multiple", "number"]
# Dimensions of amounts: they add up and divide into shares (a bare 13.5亿 is one too).
AMOUNTS: tuple[Dimension, ...] = ("money", "count", "number")


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def decimal_text(value: Decimal | None) -> str | None:
    """A decimal as plain digits: no exponent, no trailing zeros after the point."""
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class Span(Record):
    """Where a piece of text stands in the file on disk: 1-based, end column exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


class Claim(Record):
    """One figure as the article prints it, read into an interval with its context."""

    id: str
    document: str  # the document's path, as the run names it
    kind: ClaimKind
    text: str  # the figure exactly as printed (after NFKC)
    span: Span
    offset: int  # start of the figure in the document's text stream (body or title)
    sentence: str
    sentence_index: int  # order of the sentence in the document; title is -1
    value: Decimal
    unit: str | None  # 元, 美元, 人, 项, %, pp, 倍 … or None when the article prints none
    dimension: Dimension
    lower: Decimal | None  # None: open below
    upper: Decimal | None  # None: open above
    qualifier: str | None  # 近, 超过, 约 … as printed
    metric: str  # the phrase as printed
    metric_key: str  # normalised, for matching across articles
    period: str | None  # 2021 | 2021Q4 | 2021H1 | 2021Q1-Q3 | 2021-12-31
    entity: str | None
    source: Source = "body"
    cumulative: bool = False  # 累计…: a running total that cannot fall
    basis: str | None = None  # growth and points: 同比, 环比, 较年初 …; share: the total's phrase
    # Links between claims of one document, by claim id.
    of_claim: str | None = None  # growth/points → the figure it changes; share → the part
    total_claim: str | None = None  # share → the total, when the text names it
    total_key: str | None = None  # share → the total's normalised metric, for rules to find it
    from_claim: str | None = None  # the "to" of 从…到/由…至 → its "from"
    parts_of: str | None = None  # one part of a breakdown (分别为, 其中) → the whole
    between_rates: bool = False  # a % that compares two rates (增幅较…高出7.4%)
    direction: Literal["up", "down"] | None = None  # growth and points: 增长 is up, 下降 down
    forecast: bool = False  # 预计, 目标, 指引 …: a figure about the future is not checked
    # growth and points: 以固定汇率计算按年升14% is measured on the prior period restated at this
    # period's exchange rates, not on the amounts the article prints
    constant_currency: bool = False

    @field_serializer("value", "lower", "upper")
    def _decimals_as_text(self, value: Decimal | None) -> str | None:
        return decimal_text(value)

    @cached_property
    def reading(self) -> str:
        """The sentence as the word tables read it: 超過, 華泰證券 in simplified characters,
        one for one, so that an offset into ``sentence`` is one into this too."""
        return simplified(self.sentence)

    @model_serializer(mode="wrap")
    def _position_inline(self, handler: SerializerFunctionWrapHandler) -> dict:
        """The claims format gives line and column beside the text, not in a nested span."""
        data = handler(self)
        flat = {}
        for name, value in data.items():
            if name == "span" and isinstance(value, dict):
                flat.update(value)
            else:
                flat[name] = value
        return flat


class DateMention(Record):
    """A calendar date printed in the text, with the verb that governs it."""

    text: str
    span: Span
    earliest: str  # ISO date: the first day the printed date can mean
    context: str  # 截至, 发布 … the word that makes it a past event, or ""


class TextEdge(Record):
    """The first or last sentence of a body, for checking that the article is whole."""

    text: str
    span: Span


RelationKind = Literal["growth_prior", "from_to", "pp_change", "share", "parts_sum", "period_containment",
                       "conversion", "compound_growth"]
# The roles a figure plays in a stated relation, by kind:
#   growth_prior  current, prior, rate        净利润2.76亿元，较上年同期的5.81亿元下降52.5%
#   from_to       from, to, delta, rate       从420亿元增至545亿元，增幅29.8% (from or delta may be unprinted)
#   pp_change     from, to, points            从1.18%下降至1.05%，下降0.13个百分点
#   share         part, total, share          A 86亿元……占总额390亿元的22.1%
#   parts_sum     part (several), total       total 5652件，其中A 1525件，B 4127件
#   period_containment  part, total           a quarter's column and its year's, in one table row
#   conversion    amount, converted, rate     人民币154亿元(合21亿美元); the rate only when printed
#   compound_growth  from, to, rate (part)    从1.2亿元增至3.17亿元，年复合增长率50%; part: a series' middle years
Role = Literal["current", "prior", "rate", "from", "to", "delta", "points", "part", "total", "share",
               "amount", "converted"]


class Filler(Record):
    """One figure in one role of a relation."""

    role: Role
    claim: str  # the claim's id, in the relation's document


class Relation(Record):
    """A relation the text states between figures, read by a named construction."""

    id: str
    document: str
    kind: RelationKind
    construction: str  # the name of the grammar rule that read it (validator/constructions.py)
    fillers: tuple[Filler, ...]
    direction: Literal["up", "down"] | None = None  # the verb's: 增长 up, 下降 down; None when unsigned
    # parts_sum: "exact" when the parts exhaust the whole (合计, 分为), "at_most" for a 其中 list
    mode: Literal["exact", "at_most"] = "exact"

    def claims_in(self, role: str) -> list[str]:
        return [filler.claim for filler in self.fillers if filler.role == role]

    def claim_in(self, role: str) -> str | None:
        found = self.claims_in(role)
        return found[0] if found else None


class IgnoreDirective(Record):
    """An editor's word that some rules' findings here are known: ``<!-- factcheck: ignore
    RULE[,RULE] -->`` before a paragraph, or ``factcheck_ignore: [RULE, …]`` in the front matter.

    The rule ids are kept as written; the gate checks them against the rules it knows.
    """

    rules: tuple[str, ...]
    line: int  # where the directive is written, for messages about it
    scope: Span | None = None  # the paragraph it silences; None: the whole document


class Extraction(Record):
    """Everything the extractor read from one document: rules see only this."""

    path: str
    title: str | None
    published: str | None  # ISO 8601 with offset
    entity: str | None
    report_period: str | None
    error: str | None = None
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    dates: tuple[DateMention, ...] = ()
    opening: TextEdge | None = None
    closing: TextEdge | None = None
    # The document's ignore directives travel with its claims (from a worker process too);
    # they are the gate's business, not part of the claims format.
    directives: tuple[IgnoreDirective, ...] = Field(default=(), exclude=True)


class Location(Record):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    value: str | None
    unit: str | None
    # The sentence the figure stands in, as the extractor read it (after NFKC), and where
    # ``text`` stands within it ([start, end) in characters), so that a report can show the
    # figure in its sentence without reading the file again. Filled by pipeline.build_report.
    sentence: str | None = None
    sentence_span: tuple[int, int] | None = None

    @classmethod
    def of_claim(cls, claim: Claim) -> "Location":
        return cls(
            path=claim.document,
            text=claim.text,
            value=decimal_text(claim.value),
            unit=claim.unit,
            **claim.span.model_dump(),
        )


class Check(Record):
    """One relation a rule evaluated, passed or violated, with the arithmetic in words."""

    id: str
    rule: str
    outcome: Outcome
    severity: Severity | None
    message: str
    expected: str | None
    actual: str | None
    locations: tuple[Location, ...]
    claims: tuple[str, ...] = ()  # "path#claim-id" of every figure used, as in locations
    # Why a violation is not counted: silenced by an ignore comment before its paragraph, by
    # factcheck_ignore in the front matter, or known in a --baseline file. None: it counts.
    suppression: Literal["comment", "front-matter", "baseline"] | None = None


class DocumentSummary(Record):
    path: str
    title: str | None
    published: str | None
    entity: str | None
    claims: int
    error: str | None
    # An article of the archive (run --against) that a finding names: listed for its title and
    # date, not counted among the documents checked; ``claims`` counts those read from it.
    archived: bool = False


class Summary(Record):
    documents: int
    claims: int
    claims_checked: int  # figures used by at least one check
    checks: int
    passed: int
    errors: int
    warnings: int
    info: int
    unreadable: int = 0  # documents that could not be read: they were not checked
    suppressed: int = 0  # violations silenced by a suppression or a baseline: not in the counts above


class Tool(Record):
    name: str = "factcheck"
    version: str


class Report(Record):
    schema_: str = Field(default="factcheck/report@1", serialization_alias="schema")
    tool: Tool
    documents: tuple[DocumentSummary, ...]
    checks: tuple[Check, ...]
    summary: Summary


class ClaimsDocument(Record):
    path: str
    title: str | None
    published: str | None
    entity: str | None
    report_period: str | None
    error: str | None
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...] = ()


class ClaimsReport(Record):
    """What ``factcheck claims --format json`` prints: the extractor's reading, per document."""

    schema_: str = Field(default="factcheck/claims@1", serialization_alias="schema")
    tool: Tool
    documents: tuple[ClaimsDocument, ...]
