"""The nouns of warchest: every stage hands the next one of these frozen values.

Offsets are always Python ``str`` indices into ``Document.text`` (the clean text),
so ``doc.text[span.start:span.end]`` is a span's surface and nothing downstream
ever searches for a string again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Mapping

# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class RawDoc:
    """Bytes as they came in, with whatever the container said about them."""

    source: str  # path, URL or "<stdin>"; what error messages name
    data: bytes
    url: str | None = None
    content_type: str | None = None  # HTTP Content-Type or a sniffed hint ("text/html")
    charset: str | None = None  # charset declared by the container (HTTP header, feed)
    published: str | None = None  # declared by the container (feed item, JSONL, WARC)
    title: str | None = None
    text: str | None = None  # already-decoded clean text (JSONL "text", feed content)


@dataclass(frozen=True)
class Skipped:
    """A file met in a directory walk that is not a document (annotation JSON, a
    README), and why: a notice, not a failure."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Document:
    """One article's clean text and metadata; every span indexes ``text``."""

    id: str  # "sha256:" of the normalised clean text
    source: str
    text: str
    lang: str  # "ko" or "en"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD or a full ISO timestamp
    encoding: str | None = None
    author: str | None = None
    site: str | None = None

    @property
    def published_date(self) -> str | None:
        """The publication day (YYYY-MM-DD), which relative dates resolve against."""
        return self.published[:10] if self.published else None

    def to_json(self) -> dict[str, Any]:
        """The contract's document object (spec/claims.md, Documents)."""
        keys = ("id", "source", "url", "title", "published", "lang", "text", "encoding")
        return {key: getattr(self, key) for key in keys}


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Sentence:
    """A sentence of the clean text; ``index`` counts from 0 in document order."""

    index: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


# ---------------------------------------------------------------- quantities


@dataclass(frozen=True)
class Amount:
    """Money: a Decimal in whole units of an ISO 4217 currency."""

    value: Decimal
    currency: str
    text: str
    start: int = 0
    end: int = 0
    approx: bool = False
    bound: str | None = None  # None, "up_to", "at_least", "over", "under"
    converted: "Amount | None" = None  # the parenthesised conversion, if any
    upper: Decimal | None = None  # the top of a range (10억~20억 달러); value is its bottom

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": _number(self.value),
            "currency": self.currency,
            "approx": self.approx,
            "bound": self.bound,
            "text": self.text,
        }
        if self.upper is not None:
            out["upper"] = _number(self.upper)
        if self.converted is not None:
            out["converted"] = self.converted.to_json()
        return out


@dataclass(frozen=True)
class When:
    """A date at its precision; ``value`` is None when it cannot be resolved."""

    value: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str  # "year", "month", "day"
    text: str
    start: int = 0
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "text": self.text}


@dataclass(frozen=True)
class Quantity:
    """A number, percent or multiple; money and dates have their own nouns."""

    kind: str  # "number", "percent", "multiple"
    value: Decimal
    text: str
    start: int
    end: int
    approx: bool = False
    bound: str | None = None
    upper: Decimal | None = None  # the top of a range (3~5%); value is its bottom
    unit: str | None = None  # what is counted, when the text says: "명", "employees"


QuantityLike = Amount | When | Quantity


def quantity_kind(q: QuantityLike) -> str:
    if isinstance(q, Amount):
        return "money"
    if isinstance(q, When):
        return "date"
    return q.kind


def _number(value: Decimal) -> int | float:
    """JSON number for a Decimal: an int when it is whole, else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# ---------------------------------------------------------------- entities


@dataclass(frozen=True)
class Entity:
    """A gazetteer entry (or a discovered name, with ``known`` False)."""

    id: str  # slug of the canonical name
    name: str  # canonical English name
    kind: str  # "org", "person", "product"
    names_ko: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # id of the parent entity
    wikidata: str | None = None
    known: bool = True
    subkind: str | None = None  # lab, bigtech, vc, media, chipmaker ... (free vocabulary)


@dataclass(frozen=True)
class Mention:
    """A stretch of the clean text that names (or refers back to) an entity."""

    start: int
    end: int
    text: str
    entity: Entity
    how: str = "name"  # "name", "alias", "variant", "discovered", "coref"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class EntityRef:
    """An entity as a claim names it: the resolved entity and its surface here."""

    id: str
    name: str
    text: str
    kind: str = "org"
    known: bool = True

    @classmethod
    def of(cls, mention: Mention) -> "EntityRef":
        e = mention.entity
        return cls(id=e.id, name=e.name, text=mention.text, kind=e.kind, known=e.known)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "text": self.text}
        if not self.known:
            out["known"] = False
        return out


# ---------------------------------------------------------------- claims

CLAIM_TYPES = (
    "investment",
    "acquisition",
    "valuation",
    "compensation",
    "hire",
    "layoff",
    "launch",
    "founding",
    "partnership",
    "position",
)
STATUSES = ("completed", "announced", "planned", "considering", "rumored", "denied")
SCOPES = ("single", "cumulative", "commitment")
BOUNDS = (None, "up_to", "at_least", "over", "under")
HIRE_KINDS = ("hired", "poached", "offered", "departed", "team")

ArgValue = EntityRef | tuple[EntityRef, ...]


@dataclass(frozen=True)
class Claim:
    """One statement one document makes, anchored to the sentence that makes it."""

    type: str
    args: Mapping[str, ArgValue]
    evidence: Span
    evidence_text: str
    doc_id: str
    source: str
    amount: Amount | None = None
    date: When | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict)
    confidence: float = 0.5
    more_evidence: tuple[Span, ...] = ()  # restatements folded into this claim

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON object (spec/claims.md), keys in contract order."""
        args: dict[str, Any] = {}
        for role, value in self.args.items():
            if isinstance(value, tuple):
                args[role] = [v.to_json() for v in value]
            else:
                args[role] = value.to_json()
        attrs = {k: (v.to_json() if isinstance(v, Amount) else v) for k, v in self.attrs.items()}
        out: dict[str, Any] = {
            "type": self.type,
            "args": args,
            "amount": self.amount.to_json() if self.amount else None,
            "date": self.date.to_json() if self.date else None,
            "attrs": attrs,
            "evidence": {"start": self.evidence.start, "end": self.evidence.end, "text": self.evidence_text},
            "doc": {"id": self.doc_id, "source": self.source},
            "confidence": round(self.confidence, 3),
        }
        if self.more_evidence:
            out["more_evidence"] = [{"start": s.start, "end": s.end} for s in self.more_evidence]
        return out


@dataclass(frozen=True)
class Analysis:
    """Everything the per-document pipeline learned about one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    quantities: tuple[QuantityLike, ...]
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
