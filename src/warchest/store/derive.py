"""What the store derives from its claims: events, their conflicts, and audits.

``derive`` is pure (claims in, JSON-able rows out); ``rebuild`` stores its result
in one transaction; ``view`` gives the derived rows the queries read: the stored
ones, or for ``--as-of`` a fresh derivation from the claims published by then.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from .audits import run_audits
from .consolidate import consolidate
from .db import get_meta, set_meta, transaction
from .fx import FxTable, default_fx
from .records import StoredClaim, canonical_json, load_claims, load_parents, short_hash

VIEW_CACHE_SIZE = 16


@dataclass(frozen=True)
class Derived:
    events: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    audits: list[dict[str, Any]]


def derive(claims: Sequence[StoredClaim], fx: FxTable, parents: Mapping[str, str] = {}) -> Derived:
    events = consolidate(claims, fx, parents)
    findings = run_audits(events, claims, fx)
    event_rows = [e.to_json() for e in events]
    conflicts = [_conflict_row(e, c) for e in event_rows for c in e["conflicts"]]
    by_claim: dict[str, list[str]] = {}
    audit_rows = [f.to_json() for f in findings]
    for row in audit_rows:
        for claim in row["claims"]:
            by_claim.setdefault(claim, []).append(row["id"])
    for e in event_rows:
        e["audits"] = sorted({a for s in e["sources"] for a in by_claim.get(s["claim"], ())})
    return _ordered(Derived(event_rows, conflicts, audit_rows))


def _ordered(d: Derived) -> Derived:
    """The one order of derived rows: events by date, conflicts by id, audits by kind."""
    return Derived(
        sorted(d.events, key=lambda e: ((e["date"] or {}).get("value") or e["published"] or "", e["id"])),
        sorted(d.conflicts, key=lambda c: c["id"]),
        sorted(d.audits, key=lambda a: (a["kind"], a["published"] or "", a["id"])))


def _conflict_row(event: dict[str, Any], conflict: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": short_hash("x:", [event["id"], conflict["field"]]),
        "event": event["id"],
        "type": event["type"],
        "args": event["args"],
        "field": conflict["field"],
        "values": conflict["values"],
        "sources": [s for s in event["sources"] if any(s["claim"] in v["claims"] for v in conflict["values"])],
        "published": max((s["published"] for s in event["sources"] if s["published"]), default=None),
    }


def rebuild(conn: sqlite3.Connection, fx: FxTable | None = None) -> Derived:
    """Derive everything again from the stored claims and replace the stored rows."""
    derived = derive(load_claims(conn), fx or default_fx(), load_parents(conn))
    with transaction(conn):
        conn.execute("DELETE FROM audits")
        conn.execute("DELETE FROM events")  # cascades to event_claims, event_args, conflicts
        for e in derived.events:
            conn.execute("INSERT INTO events(id, type, date, usd, published, json) VALUES (?, ?, ?, ?, ?, ?)",
                         (e["id"], e["type"], (e["date"] or {}).get("value"), e["usd"], e["published"],
                          canonical_json(e)))
            conn.executemany("INSERT OR IGNORE INTO event_claims(event_id, claim_id) VALUES (?, ?)",
                             [(e["id"], s["claim"]) for s in e["sources"]])
            conn.executemany("INSERT OR IGNORE INTO event_args(event_id, role, entity_id) VALUES (?, ?, ?)",
                             [(e["id"], role, ref["id"]) for role, refs in e["args"].items()
                              for ref in (refs if isinstance(refs, list) else [refs])])
        conn.executemany("INSERT INTO conflicts(id, event_id, field, json) VALUES (?, ?, ?, ?)",
                         [(c["id"], c["event"], c["field"], canonical_json(c)) for c in derived.conflicts])
        for a in derived.audits:
            conn.execute("INSERT INTO audits(id, kind, json) VALUES (?, ?, ?)", (a["id"], a["kind"], canonical_json(a)))
            conn.executemany("INSERT OR IGNORE INTO audit_claims(audit_id, claim_id) VALUES (?, ?)",
                             [(a["id"], c) for c in a["claims"]])
        set_meta(conn, "events_stale", "0")
        bump_generation(conn)
    return derived


def events_stale(conn: sqlite3.Connection) -> bool:
    return get_meta(conn, "events_stale", "0") == "1"


def bump_generation(conn: sqlite3.Connection) -> None:
    """Count a change of the stored data, so cached views know they are old."""
    set_meta(conn, "generation", str(int(get_meta(conn, "generation", "0")) + 1))


_cache: "OrderedDict[tuple, Derived]" = OrderedDict()
_cache_lock = threading.Lock()  # the API serves requests from several threads


def view(conn: sqlite3.Connection, as_of: str | None = None) -> Derived:
    """The derived rows as of a day (None: everything), cached per store generation."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    key = (path, as_of, get_meta(conn, "generation", "0"))
    with _cache_lock:
        if path and key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    if as_of is None and not events_stale(conn):
        derived = _ordered(Derived(*([json.loads(r[0]) for r in conn.execute(f"SELECT json FROM {table}")]
                                     for table in ("events", "conflicts", "audits"))))
    else:
        derived = derive(load_claims(conn, as_of), default_fx(), load_parents(conn))
    if path:
        with _cache_lock:
            _cache[key] = derived
            while len(_cache) > VIEW_CACHE_SIZE:
                _cache.popitem(last=False)
    return derived
