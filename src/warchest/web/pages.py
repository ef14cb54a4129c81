"""The dashboard: server-rendered pages over the same query layer as the API.

Pages hand their data to the charts only as JSON inside ``<script type="application/json">``
(escaped by Jinja's ``tojson``); the drawing is done by ``static/charts.js``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from ..store import queries
from .deps import reading
from .format import FILTERS, context_of, highlight

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


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(404, f"no {what} {key!r} in this store")
    return value


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, as_of: str | None = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")):
    with reading(request) as conn:
        data = queries.overview(conn, as_of=as_of)
    return render(request, "overview.html", data=data, as_of=as_of)


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    type: str | None = None,
    entity: str | None = None,
    offset: int = Query(0, ge=0),
):
    with reading(request) as conn:
        rows = queries.events(conn, type=type or None, entity=entity or None, limit=PAGE_SIZE + 1, offset=offset)
    more = len(rows) > PAGE_SIZE
    return render(
        request, "events.html", events=rows[:PAGE_SIZE], type=type, entity=entity, offset=offset,
        next_offset=offset + PAGE_SIZE if more else None, prev_offset=max(0, offset - PAGE_SIZE) if offset else None,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str):
    with reading(request) as conn:
        data = _found(queries.event(conn, event_id), "event", event_id)
        texts = {s["doc"]: queries.document(conn, s["doc"]) for s in data.get("sources", [])}
    contexts = [_source_context(s, texts.get(s["doc"])) for s in data.get("sources", [])]
    return render(request, "event.html", event=data, contexts=contexts)


def _source_context(source: dict, document: dict | None) -> tuple[str, str, str] | None:
    """The evidence sentence inside its paragraph, cut from the stored article text."""
    if not document or source.get("start") is None:
        return None
    return context_of(document["text"], source["start"], source["end"])


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, as_of: str | None = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")):
    with reading(request) as conn:
        data = _found(queries.entity(conn, entity_id, as_of=as_of), "entity", entity_id)
    if data.get("kind") == "person":
        return RedirectResponse(f"/people/{FILTERS['path'](data['id'])}", status_code=303)
    return render(request, "entity.html", entity=data, as_of=as_of)


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: str):
    with reading(request) as conn:
        data = _found(queries.people(conn, person_id), "person", person_id)
    return render(request, "person.html", person=data)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, claim: str | None = None):
    with reading(request) as conn:
        data = _found(queries.document(conn, doc_id), "document", doc_id)
    spans = [(c["evidence"]["start"], c["evidence"]["end"], c["id"]) for c in data.get("claims", [])]
    return render(request, "document.html", doc=data, segments=highlight(data["text"], spans, current=claim), claim=claim)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=200), offset: int = Query(0, ge=0)):
    rows: list = []
    more = False
    if q.strip():
        with reading(request) as conn:
            rows = queries.search(conn, q.strip(), limit=PAGE_SIZE + 1, offset=offset)
        more = len(rows) > PAGE_SIZE
    return render(
        request, "search.html", q=q, results=rows[:PAGE_SIZE], offset=offset,
        next_offset=offset + PAGE_SIZE if more else None,
    )


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=301)
