"""The one query layer: the CLI, the HTTP API and the dashboard all call these.

Every function takes an open connection (``warchest.store.open_store``) first and
returns plain JSON-able dicts and lists; ``as_of`` (YYYY-MM-DD) answers from the
documents published on or before that day (undated documents count as not yet
published), by consolidating just their claims.

- ``deals(conn, investor=None, investee=None, since=None, until=None, min_usd=None,
  as_of=None, limit=50, offset=0)``: investment and acquisition events, newest first.
  Each: id, type, investors (the acquirer of an acquisition), investee (its target),
  amount, usd, date, attrs, sources (count), conflicts (count).
- ``events(conn, type=None, entity=None, as_of=None, limit=50, offset=0)``: event
  objects of the contract (spec/claims.md, Events) with ``id``, ``usd``, ``published``,
  and ``audits`` (ids).
- ``event(conn, event_id, as_of=None)``: one event, its ``audits`` as full objects.
- ``entity(conn, id_or_name, as_of=None)``: id, name, names_ko, kind, parent,
  money_in, money_out, valuations [{date, amount, usd, event}], people, launches,
  partners, sources.
- ``people(conn, person_id, as_of=None)``: a person's positions, hires,
  compensation and sources.
- ``claim(conn, claim_id)``, ``document(conn, doc_id)`` (clean text and its
  claims' evidence offsets).
- ``conflicts(conn, as_of=None, limit=50, offset=0)``, ``audits(conn, as_of=None,
  kind=None, limit=50, offset=0)``.
- ``search(conn, text, limit=20, offset=0, as_of=None)``: documents whose title or text holds
  every word of ``text`` (FTS5 trigram: 앤스로픽 matches inside 앤스로픽에),
  with a snippet and the offsets of the first hit.
- ``overview(conn, as_of=None)``: counts, latest events, biggest deals in USD and
  money-flow edges [{source, target, usd, events}] for a network graph.
"""

from __future__ import annotations

import copy
import functools
import json
import sqlite3
from typing import Any, Callable, Iterable, TypeVar

from .derive import view

DEAL_TYPES = ("investment", "acquisition")
SNIPPET_CHARS = 80
TOP = 10


# ------------------------------------------------------------------ helpers

F = TypeVar("F", bound=Callable[..., Any])


def _detached(fn: F) -> F:
    """Return a copy: the derived rows behind an answer are cached and shared."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return copy.deepcopy(fn(*args, **kwargs))

    return wrapper  # type: ignore[return-value]


def _refs(value: Any) -> list[dict]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _entity_ids(event: dict) -> set[str]:
    return {ref["id"] for refs in event["args"].values() for ref in _refs(refs)}


def _page(rows: list, limit: int | None, offset: int) -> list:
    return rows[offset:offset + limit] if limit is not None else rows[offset:]


def resolve_entity(conn: sqlite3.Connection, id_or_name: str) -> str | None:
    """The id of an entity named by id, canonical name, Korean name, alias or surface form."""
    key = id_or_name.strip()
    row = conn.execute(
        "SELECT id FROM entities WHERE id = ?1 OR lower(name) = lower(?1) "
        "OR EXISTS (SELECT 1 FROM json_each(names_ko) WHERE value = ?1) "
        "OR EXISTS (SELECT 1 FROM json_each(aliases) WHERE lower(value) = lower(?1)) "
        "ORDER BY id = ?1 DESC, known DESC, id LIMIT 1", (key,)).fetchone()
    if row:
        return row[0]
    row = conn.execute("SELECT entity_id FROM claim_args WHERE text = ? GROUP BY entity_id "
                       "ORDER BY count(*) DESC, entity_id LIMIT 1", (key,)).fetchone()
    return row[0] if row else None


def _matches(event: dict, roles: Iterable[str], entity_id: str | None) -> bool:
    return entity_id is None or any(ref["id"] == entity_id for role in roles for ref in _refs(event["args"].get(role)))


def _investors(event: dict) -> list[dict]:
    return _refs(event["args"].get("investors" if event["type"] == "investment" else "acquirer"))


def _investee(event: dict) -> dict | None:
    return event["args"].get("investee" if event["type"] == "investment" else "target")


def _deal_row(event: dict) -> dict:
    return {"id": event["id"], "type": event["type"], "investors": _investors(event), "investee": _investee(event),
            "amount": event["amount"], "usd": event["usd"], "date": event["date"], "attrs": event["attrs"],
            "sources": len(event["sources"]), "conflicts": len(event["conflicts"])}


def _newest_first(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda e: ((e["date"] or {}).get("value") or e.get("published") or "", e["usd"] or 0),
                  reverse=True)


# ------------------------------------------------------------------ events and deals


@_detached
def deals(conn: sqlite3.Connection, investor: str | None = None, investee: str | None = None,
          since: str | None = None, until: str | None = None, min_usd: float | None = None,
          as_of: str | None = None, limit: int | None = 50, offset: int = 0) -> list[dict]:
    investor_id = resolve_entity(conn, investor) if investor else None
    investee_id = resolve_entity(conn, investee) if investee else None
    if (investor and not investor_id) or (investee and not investee_id):
        return []
    rows = []
    for e in view(conn, as_of).events:
        if e["type"] not in DEAL_TYPES:
            continue
        day = (e["date"] or {}).get("value") or e["published"] or ""
        if since and day[:len(since)] < since[:len(day)]:
            continue
        if until and day[:len(until)] > until[:len(day)]:
            continue
        if min_usd is not None and (e["usd"] or 0) < min_usd:
            continue
        if _matches(e, ("investors", "acquirer"), investor_id) and _matches(e, ("investee", "target"), investee_id):
            rows.append(_deal_row(e))
    return _page(_newest_first(rows), limit, offset)


@_detached
def events(conn: sqlite3.Connection, type: str | None = None, entity: str | None = None,
           as_of: str | None = None, limit: int | None = 50, offset: int = 0) -> list[dict]:
    entity_id = resolve_entity(conn, entity) if entity else None
    if entity and not entity_id:
        return []
    rows = [e for e in view(conn, as_of).events
            if (type is None or e["type"] == type) and (entity_id is None or entity_id in _entity_ids(e))]
    return _page(rows, limit, offset)


@_detached
def event(conn: sqlite3.Connection, event_id: str, as_of: str | None = None) -> dict | None:
    derived = view(conn, as_of)
    found = next((e for e in derived.events if e["id"] == event_id), None)
    if found is None:
        return None
    wanted = set(found["audits"])
    return {**found, "audits": [a for a in derived.audits if a["id"] in wanted]}


@_detached
def conflicts(conn: sqlite3.Connection, as_of: str | None = None, limit: int | None = 50, offset: int = 0) -> list[dict]:
    return _page(view(conn, as_of).conflicts, limit, offset)


@_detached
def audits(conn: sqlite3.Connection, as_of: str | None = None, kind: str | None = None,
           limit: int | None = 50, offset: int = 0) -> list[dict]:
    return _page([a for a in view(conn, as_of).audits if kind is None or a["kind"] == kind], limit, offset)


# ------------------------------------------------------------------ entities and people


def _entity_row(conn: sqlite3.Connection, entity_id: str) -> dict | None:
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    return {"id": row["id"], "name": row["name"], "kind": row["kind"], "names_ko": json.loads(row["names_ko"]),
            "aliases": json.loads(row["aliases"]), "parent": row["parent"], "wikidata": row["wikidata"],
            "known": bool(row["known"]), "subkind": row["subkind"]}


def _brief(event: dict) -> dict:
    return {"id": event["id"], "type": event["type"], "args": event["args"], "amount": event["amount"],
            "usd": event["usd"], "date": event["date"], "attrs": event["attrs"], "sources": len(event["sources"])}


def _sources(conn: sqlite3.Connection, entity_id: str, as_of: str | None) -> list[dict]:
    rows = conn.execute(
        "SELECT d.id, d.source, d.title, d.day, d.lang, count(*) AS mentions FROM mentions m "
        "JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?1 AND (?2 IS NULL OR d.day <= ?2) "
        "GROUP BY d.id ORDER BY d.day DESC, d.id", (entity_id, as_of)).fetchall()
    return [{"doc": r["id"], "source": r["source"], "title": r["title"], "published": r["day"], "lang": r["lang"],
             "mentions": r["mentions"]} for r in rows]


@_detached
def entity(conn: sqlite3.Connection, id_or_name: str, as_of: str | None = None) -> dict | None:
    entity_id = resolve_entity(conn, id_or_name)
    info = _entity_row(conn, entity_id) if entity_id else None
    if info is None:
        return None
    mine = [e for e in view(conn, as_of).events if entity_id in _entity_ids(e)]
    money_in = [_brief(e) for e in mine if e["type"] in DEAL_TYPES and _matches(e, ("investee", "target"), entity_id)]
    money_out = [_brief(e) for e in mine if e["type"] in DEAL_TYPES and _matches(e, ("investors", "acquirer"), entity_id)]
    valuations = sorted(({"date": e["date"], "amount": e["amount"], "usd": e["usd"], "attrs": e["attrs"], "event": e["id"]}
                         for e in mine if e["type"] == "valuation" and e["amount"]),
                        key=lambda v: (v["date"] or {}).get("value") or "")
    people = [{"person": e["args"].get("person") or e["args"].get("group"), "type": e["type"], "attrs": e["attrs"],
               "date": e["date"], "event": e["id"]}
              for e in mine if e["type"] in ("position", "hire") and not _matches(e, ("person",), entity_id)]
    launches = [_brief(e) for e in mine if e["type"] == "launch"]
    partners = [{"partners": [r for r in _refs(e["args"].get("orgs")) if r["id"] != entity_id], "attrs": e["attrs"],
                 "date": e["date"], "event": e["id"]} for e in mine if e["type"] == "partnership"]
    return {**info, "money_in": money_in, "money_out": money_out, "valuations": valuations, "people": people,
            "launches": launches, "partners": partners,
            "other_events": [_brief(e) for e in mine if e["type"] in ("founding", "layoff", "compensation")],
            "sources": _sources(conn, entity_id, as_of)}


@_detached
def people(conn: sqlite3.Connection, person_id: str, as_of: str | None = None) -> dict | None:
    entity_id = resolve_entity(conn, person_id)
    info = _entity_row(conn, entity_id) if entity_id else None
    if info is None:
        return None
    mine = [e for e in view(conn, as_of).events if entity_id in _entity_ids(e)]
    return {**info,
            "positions": [_brief(e) for e in mine if e["type"] == "position"],
            "hires": [_brief(e) for e in mine if e["type"] == "hire"],
            "compensation": [_brief(e) for e in mine if e["type"] == "compensation"],
            "other_events": [_brief(e) for e in mine if e["type"] not in ("position", "hire", "compensation")],
            "sources": _sources(conn, entity_id, as_of)}


# ------------------------------------------------------------------ claims and documents


def claim(conn: sqlite3.Connection, claim_id: str) -> dict | None:
    row = conn.execute("SELECT c.id, c.json, d.title, d.day, d.url FROM claims c JOIN documents d ON d.id = c.doc_id "
                       "WHERE c.id = ?", (claim_id,)).fetchone()
    if row is None:
        return None
    events_of = [r[0] for r in conn.execute("SELECT event_id FROM event_claims WHERE claim_id = ? ORDER BY event_id",
                                            (claim_id,))]
    return {"id": row["id"], **json.loads(row["json"]), "title": row["title"], "published": row["day"],
            "url": row["url"], "events": events_of}


def document(conn: sqlite3.Connection, doc_id: str) -> dict | None:
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    claims = [{"id": r["id"], **json.loads(r["json"])}
              for r in conn.execute("SELECT id, json FROM claims WHERE doc_id = ? ORDER BY seq", (doc_id,))]
    dups = [{"doc": r[0], "similarity": r[1]} for r in conn.execute(
        "SELECT of_doc_id, similarity FROM near_duplicates WHERE doc_id = ? ORDER BY similarity DESC, of_doc_id", (doc_id,))]
    return {"id": row["id"], "source": row["source"], "url": row["url"], "title": row["title"],
            "published": row["published"], "lang": row["lang"], "encoding": row["encoding"], "author": row["author"],
            "site": row["site"], "text": row["text"], "claims": claims, "near_duplicate_of": dups}


# ------------------------------------------------------------------ search


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def search(conn: sqlite3.Connection, text: str, limit: int | None = 20, offset: int = 0,
           as_of: str | None = None) -> list[dict]:
    """Documents holding every word of ``text``; words under three characters are
    matched by a substring scan, as the trigram index cannot hold them."""
    words = text.split()
    if not words:
        return []
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]
    if long_words:
        sql = ("SELECT f.doc_id, bm25(documents_fts) AS rank FROM documents_fts f WHERE documents_fts MATCH ? "
               "ORDER BY rank, f.doc_id")
        hits = conn.execute(sql, (" AND ".join(_fts_phrase(w) for w in long_words),)).fetchall()
        ids = [h[0] for h in hits]
    else:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY day DESC, id")]
    rows = []
    for doc_id in ids:
        row = conn.execute("SELECT id, source, title, day, lang, text FROM documents WHERE id = ?1 "
                           "AND (?2 IS NULL OR day <= ?2)", (doc_id, as_of)).fetchone()
        if row is None:
            continue
        haystack = row["text"].casefold()
        if not all(w.casefold() in haystack or w.casefold() in (row["title"] or "").casefold() for w in short_words):
            continue
        rows.append(_hit(row, words))
    return _page(rows, limit, offset)


def _hit(row: sqlite3.Row, words: list[str]) -> dict:
    text = row["text"]
    folded = text.casefold()
    positions = [(folded.find(w.casefold()), w) for w in words]
    start, word = min(((p, w) for p, w in positions if p >= 0), default=(0, ""))
    lo, hi = max(0, start - SNIPPET_CHARS), min(len(text), start + len(word) + SNIPPET_CHARS)
    return {"doc": row["id"], "source": row["source"], "title": row["title"], "published": row["day"],
            "lang": row["lang"], "start": start, "end": start + len(word),
            "snippet": ("…" if lo else "") + text[lo:hi].replace("\n", " ") + ("…" if hi < len(text) else "")}


# ------------------------------------------------------------------ overview


@_detached
def overview(conn: sqlite3.Connection, as_of: str | None = None) -> dict:
    derived = view(conn, as_of)
    docs = conn.execute("SELECT count(*) FROM documents WHERE ?1 IS NULL OR day <= ?1", (as_of,)).fetchone()[0]
    claims = conn.execute("SELECT count(*) FROM claims c JOIN documents d ON d.id = c.doc_id "
                          "WHERE ?1 IS NULL OR d.day <= ?1", (as_of,)).fetchone()[0]
    by_type: dict[str, int] = {}
    for e in derived.events:
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    deal_events = [e for e in derived.events if e["type"] in DEAL_TYPES]
    return {
        "as_of": as_of,
        "counts": {"documents": docs, "claims": claims, "events": len(derived.events),
                   "conflicts": len(derived.conflicts), "audits": len(derived.audits),
                   "entities": conn.execute("SELECT count(*) FROM entities").fetchone()[0],
                   "events_by_type": dict(sorted(by_type.items()))},
        "latest_events": [_brief(e) for e in _newest_first(derived.events)[:TOP]],
        "biggest_deals": [_deal_row(e) for e in sorted(deal_events, key=lambda e: (-(e["usd"] or 0), e["id"]))[:TOP]
                          if e["usd"]],
        "money_flow": money_flow(deal_events),
    }


def money_flow(deal_events: Iterable[dict]) -> list[dict]:
    """Edges investor -> investee (acquirer -> target) with the USD and events behind them.

    Only money that moved counts: single investments (or unscoped ones) and
    acquisitions that were completed or announced; totals, pledges, plans and
    rumours are listed on the edge but not added. A round with several investors
    and one amount adds to no single edge (it is not known who paid what).
    """
    edges: dict[tuple[str, str], dict] = {}
    for e in deal_events:
        target = _investee(e)
        investors = _investors(e)
        if not target:
            continue
        for inv in investors:
            edge = edges.setdefault((inv["id"], target["id"]), {
                "source": inv["id"], "source_name": inv["name"], "target": target["id"],
                "target_name": target["name"], "usd": 0, "events": []})
            if len(investors) == 1 and e["usd"] and e["attrs"].get("scope") in (None, "single") \
                    and e["attrs"].get("status") in (None, "completed", "announced"):
                edge["usd"] += e["usd"]
            edge["events"].append(e["id"])
    return sorted(edges.values(), key=lambda x: (-x["usd"], x["source"], x["target"]))
