"""Builders for the store tests: claims, documents and small stores made by hand,
so consolidation, audits and queries are tested without the extractors."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable

from warchest.model import Amount, Analysis, Claim, Document, EntityRef, Quantity, Span, When
from warchest.page import document_id
from warchest.page.dedup import signature
from warchest.store.ingest import Analyzed, Writer
from warchest.store.records import StoredClaim, claim_id

NAMES = {"amazon": "Amazon", "anthropic": "Anthropic", "google": "Google", "openai": "OpenAI",
         "microsoft": "Microsoft", "mistral-ai": "Mistral AI", "general-catalyst": "General Catalyst",
         "andreessen-horowitz": "Andreessen Horowitz", "rebellions": "Rebellions", "sapeon": "Sapeon",
         "xai": "xAI", "nvidia": "Nvidia", "meta": "Meta", "scale-ai": "Scale AI", "sk-telecom": "SK Telecom"}


def ref(entity_id: str, text: str | None = None, kind: str = "org") -> EntityRef:
    return EntityRef(entity_id, NAMES.get(entity_id, entity_id), text or NAMES.get(entity_id, entity_id), kind)


def money(value: str | int, currency: str = "USD", text: str = "", approx: bool = False, bound: str | None = None,
          converted: Amount | None = None) -> Amount:
    return Amount(Decimal(str(value)), currency, text or f"{value} {currency}", approx=approx, bound=bound,
                  converted=converted)


def when(value: str) -> When:
    precision = {4: "year", 7: "month"}.get(len(value), "day")
    return When(value, precision, value)


def claim(type_: str, args: dict[str, Any], doc: str = "d1", amount: Amount | None = None, date: str | None = None,
          evidence: str = "", start: int = 0, **attrs: Any) -> Claim:
    roles = {role: tuple(ref(i) for i in v) if isinstance(v, (list, tuple)) else ref(v) for role, v in args.items()}
    text = evidence or f"{type_} {args} {amount.text if amount else ''} {date or ''}"
    return Claim(type_, roles, Span(start, start + len(text)), text, doc, f"{doc}.txt", amount=amount,
                 date=when(date) if date else None, attrs=attrs, confidence=0.9)


def stored(c: Claim, published: str | None = "2024-11-23", lang: str = "en",
           multiples: Iterable[Quantity] = ()) -> StoredClaim:
    return StoredClaim(claim_id(c), c, published, lang, f"title of {c.doc_id}", tuple(multiples))


def write_document(conn, text: str, claims_for: Any = (), published: str | None = "2024-11-23", lang: str = "en",
                   source: str | None = None, quantities: Iterable = (), mentions: Iterable = ()) -> str:
    """Store one document with the claims ``claims_for(doc_id, text)`` returns; its id."""
    doc_id = document_id(text)
    doc = Document(doc_id, source or f"{doc_id[7:15]}.txt", text, lang, title=text.split("\n")[0],
                   published=published)
    claims = tuple(claims_for(doc_id, text)) if callable(claims_for) else tuple(claims_for)
    analysis = Analysis(doc, (), tuple(quantities), tuple(mentions), claims)
    Writer(conn).write(Analyzed(analysis, signature(text)))
    return doc_id


def sentence_claim(doc_id: str, text: str, sentence: str, type_: str, args: dict, **kw: Any) -> Claim:
    """A claim whose evidence is ``sentence`` as it occurs in ``text``."""
    start = text.index(sentence)
    c = claim(type_, args, doc=doc_id, evidence=sentence, start=start, **kw)
    return Claim(c.type, c.args, c.evidence, c.evidence_text, doc_id, f"{doc_id[7:15]}.txt", c.amount, c.date,
                 c.attrs, c.confidence)
