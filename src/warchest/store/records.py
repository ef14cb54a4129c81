"""Claims as the store keeps them, and back: the contract JSON of each claim is
stored verbatim and read back into ``model.Claim`` for consolidation.

A ``StoredClaim`` is a claim plus what consolidation needs to know about its
document: the publication day (for ``--as-of`` and agreement), the language, the
earlier document it nearly duplicates (a reprint is a source, not a second vote)
and the multiples stated inside its evidence sentence (for the multiple audit).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from decimal import Decimal
from typing import Any, Mapping

from ..model import Amount, Claim, EntityRef, Quantity, Span, When


@dataclass(frozen=True)
class StoredClaim:
    id: str
    claim: Claim
    published: str | None  # the document's publication day
    lang: str
    title: str | None = None
    multiples: tuple[Quantity, ...] = ()
    copy_of: str | None = None  # the earliest stored document this one nearly duplicates

    def attr(self, key: str) -> Any:
        return self.claim.attrs.get(key)

    @cached_property
    def parties(self) -> dict[str, frozenset[str]]:
        """Entity ids per role, computed once: consolidation asks for them often."""
        return {role: frozenset(r.id for r in (value if isinstance(value, tuple) else (value,)))
                for role, value in self.claim.args.items()}

    @cached_property
    def content(self) -> str:
        """What the claim says, apart from where: equal for the same sentence in a reprint."""
        obj = self.claim.to_json()
        for key in ("doc", "confidence", "more_evidence"):
            obj.pop(key, None)
        obj["evidence"] = obj["evidence"]["text"]
        return canonical_json(obj)

    @property
    def story(self) -> str:
        """The document that speaks for this claim when sources are counted."""
        return self.copy_of or self.claim.doc_id

    @property
    def doc_id(self) -> str:
        return self.claim.doc_id

    @property
    def type(self) -> str:
        return self.claim.type

    def day(self) -> str | None:
        """The claim's own date, else its document's publication day."""
        date = self.claim.date
        return date.value if date and date.value else self.published


def canonical_json(obj: Any) -> str:
    """The one JSON spelling used for hashing and storing: sorted keys, UTF-8."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def short_hash(prefix: str, obj: Any) -> str:
    return prefix + hashlib.sha256(canonical_json(obj).encode("utf-8")).hexdigest()[:16]


def claim_id(claim: Claim) -> str:
    """A stable id: the hash of the claim's contract object (which names its document)."""
    obj = claim.to_json()
    obj.pop("confidence", None)
    return short_hash("c:", obj)


def json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def amount_json(amount: Amount | None) -> dict[str, Any] | None:
    """An amount as the store shows it: only the qualifiers that are set."""
    if amount is None:
        return None
    out: dict[str, Any] = {"value": json_number(amount.value), "currency": amount.currency, "text": amount.text}
    if amount.approx:
        out["approx"] = True
    if amount.bound:
        out["bound"] = amount.bound
    if amount.converted is not None:
        out["converted"] = amount_json(amount.converted)
    return out


def _decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def amount_from_json(obj: Mapping[str, Any] | None) -> Amount | None:
    if not obj:
        return None
    return Amount(
        value=_decimal(obj["value"]),
        currency=obj["currency"],
        text=obj.get("text", ""),
        approx=bool(obj.get("approx")),
        bound=obj.get("bound"),
        converted=amount_from_json(obj.get("converted")),
        upper=_decimal(obj["upper"]) if obj.get("upper") is not None else None,
    )


def _ref(obj: Mapping[str, Any]) -> EntityRef:
    return EntityRef(id=obj["id"], name=obj.get("name") or obj["id"], text=obj.get("text", ""),
                     known=obj.get("known", True))


def claim_from_json(obj: Mapping[str, Any]) -> Claim:
    """The ``model.Claim`` behind a contract object (the inverse of ``Claim.to_json``)."""
    args = {role: tuple(_ref(v) for v in value) if isinstance(value, list) else _ref(value)
            for role, value in obj["args"].items()}
    attrs = {k: amount_from_json(v) if isinstance(v, dict) and "currency" in v else v
             for k, v in (obj.get("attrs") or {}).items()}
    date = obj.get("date")
    ev = obj["evidence"]
    return Claim(
        type=obj["type"],
        args=args,
        evidence=Span(ev["start"], ev["end"]),
        evidence_text=ev["text"],
        doc_id=obj["doc"]["id"],
        source=obj["doc"]["source"],
        amount=amount_from_json(obj.get("amount")),
        date=When(date.get("value"), date.get("precision") or "day", date.get("text", "")) if date else None,
        attrs=attrs,
        confidence=float(obj.get("confidence", 0.5)),
        more_evidence=tuple(Span(s["start"], s["end"]) for s in obj.get("more_evidence", ())),
    )


def load_claims(conn: sqlite3.Connection, as_of: str | None = None) -> list[StoredClaim]:
    """The claims consolidation works on, in a deterministic order.

    With ``as_of``, only documents published on or before that day count;
    undated documents then count as not yet published.
    """
    rows = conn.execute(
        "SELECT c.id, c.json, d.day, d.lang, d.title, (SELECT n.of_doc_id FROM near_duplicates n "
        "JOIN documents o ON o.id = n.of_doc_id WHERE n.doc_id = d.id ORDER BY o.rowid LIMIT 1) AS copy_of "
        "FROM claims c JOIN documents d ON d.id = c.doc_id WHERE ?1 IS NULL OR d.day <= ?1 "
        "ORDER BY d.day IS NULL, d.day, c.doc_id, c.seq", (as_of,)).fetchall()
    multiples = _multiples(conn)
    out = []
    for row in rows:
        claim = claim_from_json(json.loads(row["json"]))
        inside = tuple(q for q in multiples.get(claim.doc_id, ()) if claim.evidence.contains(Span(q.start, q.end)))
        out.append(StoredClaim(row["id"], claim, row["day"], row["lang"], row["title"], inside, row["copy_of"]))
    return out


def _multiples(conn: sqlite3.Connection) -> dict[str, list[Quantity]]:
    found: dict[str, list[Quantity]] = {}
    for row in conn.execute("SELECT doc_id, start, end, text, value, approx, bound FROM quantities "
                            "WHERE kind = 'multiple' ORDER BY doc_id, start"):
        found.setdefault(row["doc_id"], []).append(
            Quantity("multiple", Decimal(row["value"]), row["text"], row["start"], row["end"],
                     bool(row["approx"]), row["bound"]))
    return found


def load_parents(conn: sqlite3.Connection) -> dict[str, str]:
    """Entity id -> parent entity id, for the entities that have one."""
    return {r[0]: r[1] for r in conn.execute("SELECT id, parent FROM entities WHERE parent IS NOT NULL")}
