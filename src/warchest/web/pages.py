"""The dashboard: server-rendered pages over the same query layer as the API.

Pages hand their data to the charts only as JSON inside ``<script type="application/json">``
(escaped by Jinja's ``tojson``); the drawing is done by ``static/charts.js``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

import jinja2
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from ..model import CLAIM_TYPES
from ..store import queries
from .deps import reading
from .format import FILTERS, amount_text, context_of, highlight, occurrences, path_part

router = APIRouter(include_in_schema=False)

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=jinja2.ChainableUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters.update(FILTERS)
templates = Jinja2Templates(env=_env)

PAGE_SIZE = 30
OVERVIEW_ROWS = 10
GRAPH_EDGES = 60  # the money-flow graph keeps the biggest edges; more is unreadable
HANGUL = re.compile("[\uac00-\ud7a3]")
AS_OF = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(404, f"no {what} {key!r} in this store")
    return value


def flow_graph(edges: Iterable[dict]) -> dict:
    """Nodes and edges for the network chart from the query layer's money-flow edges."""
    kept = list(edges)[:GRAPH_EDGES]
    nodes: dict[str, dict] = {}
    for e in kept:
        nodes.setdefault(e["source"], {"id": e["source"], "name": e.get("source_name") or e["source"]})
        nodes.setdefault(e["target"], {"id": e["target"], "name": e.get("target_name") or e["target"]})
    return {
        "nodes": [nodes[k] for k in sorted(nodes)],
        "edges": [{"source": e["source"], "target": e["target"], "usd": e.get("usd") or 0, "events": e.get("events", [])}
                  for e in kept],
    }


def valuation_points(valuations: Iterable[dict]) -> list[dict]:
    """Points of the valuation chart: dated, with a dollar value, linked to their event."""
    return [
        {"date": v["date"]["value"], "usd": v["usd"], "label": amount_text(v.get("amount")), "event": v["event"]}
        for v in valuations
        if v.get("usd") and (v.get("date") or {}).get("value")
    ]


def korean_names(claims: Iterable[dict | None]) -> dict[str, list[str]]:
    """How Korean sources spell each entity (앤스로픽 for Anthropic), so a page can show
    both names side by side."""
    seen: dict[str, list[str]] = {}
    for claim in claims:
        for value in (claim or {}).get("args", {}).values():
            for ref in value if isinstance(value, list) else [value]:
                text = (ref or {}).get("text") or ""
                if HANGUL.search(text) and text not in seen.setdefault(ref["id"], []):
                    seen[ref["id"]].append(text)
    return seen


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, as_of: str | None = AS_OF):
    with reading(request) as conn:
        data = queries.overview(conn, as_of=as_of)
        conflicts = queries.conflicts(conn, as_of=as_of, limit=OVERVIEW_ROWS)
        audits = queries.audits(conn, as_of=as_of, limit=OVERVIEW_ROWS)
    return render(request, "overview.html", data=data, graph=flow_graph(data.get("money_flow", [])),
                  conflicts=conflicts, audits=audits, as_of=as_of)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, type: str | None = None, entity: str | None = None, offset: int = Query(0, ge=0)):
    type = type if type in CLAIM_TYPES else None
    with reading(request) as conn:
        rows = queries.events(conn, type=type, entity=entity or None, limit=PAGE_SIZE + 1, offset=offset)
    more = len(rows) > PAGE_SIZE
    return render(
        request, "events.html", events=rows[:PAGE_SIZE], types=CLAIM_TYPES, type=type, entity=entity, offset=offset,
        next_offset=offset + PAGE_SIZE if more else None, prev_offset=max(0, offset - PAGE_SIZE) if offset else None,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str):
    with reading(request) as conn:
        data = _found(queries.event(conn, event_id), "event", event_id)
        sources = data.get("sources", [])
        texts = {doc: queries.document(conn, doc) for doc in {s["doc"] for s in sources}}
        claims = [queries.claim(conn, s["claim"]) for s in sources]
    contexts = [_source_context(s, texts.get(s["doc"])) for s in sources]
    return render(request, "event.html", event=data, contexts=contexts, aka=korean_names(claims),
                  dissent=dissenting(data.get("conflicts", [])))


def dissenting(conflicts: Iterable[dict]) -> dict[str, list[str]]:
    """The fields on which each claim sides against the value most sources give
    (a conflict lists its value groups best supported first)."""
    out: dict[str, list[str]] = {}
    for conflict in conflicts:
        for group in conflict.get("values", [])[1:]:
            for claim in group.get("claims", []):
                out.setdefault(claim, []).append(conflict["field"])
    return out


def _source_context(source: dict, document: dict | None) -> tuple[str, str, str] | None:
    """The evidence sentence inside its paragraph, cut from the stored article text."""
    if not document or source.get("start") is None:
        return None
    return context_of(document["text"], source["start"], source["end"])


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, as_of: str | None = AS_OF):
    with reading(request) as conn:
        data = _found(queries.entity(conn, entity_id, as_of=as_of), "entity", entity_id)
    if data.get("kind") == "person":
        return RedirectResponse(f"/people/{path_part(data['id'])}", status_code=303)
    return render(request, "entity.html", entity=data, timeline=valuation_points(data.get("valuations", [])), as_of=as_of)


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: str, as_of: str | None = AS_OF):
    with reading(request) as conn:
        data = _found(queries.people(conn, person_id, as_of=as_of), "person", person_id)
    return render(request, "person.html", person=data)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, claim: str | None = None):
    with reading(request) as conn:
        data = _found(queries.document(conn, doc_id), "document", doc_id)
    claims = data.get("claims", [])
    spans = [(c["evidence"]["start"], c["evidence"]["end"], c["id"]) for c in claims]
    return render(request, "document.html", doc=data, segments=highlight(data["text"], spans, current=claim),
                  claim_types={c["id"]: c["type"] for c in claims})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=200), offset: int = Query(0, ge=0)):
    words = q.strip()
    rows: list = []
    match = None
    if words:
        with reading(request) as conn:
            rows = queries.search(conn, words, limit=PAGE_SIZE + 1, offset=offset)
            found = queries.resolve_entity(conn, words)
            match = queries.entity(conn, found) if found else None
    more = len(rows) > PAGE_SIZE
    for row in rows:
        row["snippet_parts"] = highlight(row.get("snippet") or "", occurrences(row.get("snippet") or "", words.split()))
    return render(
        request, "search.html", q=q, results=rows[:PAGE_SIZE], match=match, offset=offset,
        next_offset=offset + PAGE_SIZE if more else None,
    )


@router.get("/api", response_class=HTMLResponse)
def api_reference(request: Request):
    return render(request, "api.html", spec=request.app.openapi())


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=301)
