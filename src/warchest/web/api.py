"""The JSON API. Every route is a thin call into ``warchest.store.queries``, the same
query layer the CLI and the dashboard use; lists come back as one paginated shape."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any, Callable

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field, model_validator

from ..model import CLAIM_TYPES, RawDoc
from ..store import queries
from ..store.ingest import ingest_raw
from .deps import reading, writing
from .security import require_token

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DAY = r"^\d{4}-\d{2}-\d{2}$"
MAX_LIMIT = 200

AsOf = Annotated[str | None, Query(pattern=DAY, description="answer from the documents published up to this day (YYYY-MM-DD)")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


class Page(BaseModel):
    """One page of a list; ``next_offset`` is null on the last page."""

    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None


def paginate(fetch: Callable[..., list], limit: int, offset: int, **filters: Any) -> Page:
    """Ask for one item more than the page holds, to know whether another page follows."""
    rows = fetch(limit=limit + 1, offset=offset, **filters)
    more = len(rows) > limit
    return Page(items=rows[:limit], limit=limit, offset=offset, next_offset=offset + limit if more else None)


def found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(404, f"{what} {key!r} not found")
    return value


@router.get("/overview", summary="Counts, latest events, biggest deals and the money-flow graph")
def overview(request: Request, as_of: AsOf = None) -> dict[str, Any]:
    with reading(request) as conn:
        return queries.overview(conn, as_of=as_of)


@router.get("/deals", response_model=Page, summary="Investments and acquisitions, newest first")
def deals(
    request: Request,
    investor: Annotated[str | None, Query(description="entity id or name of an investor or acquirer")] = None,
    investee: Annotated[str | None, Query(description="entity id or name of the company invested in or bought")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="deals dated on or after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="deals dated on or before (YYYY[-MM[-DD]])")] = None,
    min_usd: Annotated[float | None, Query(ge=0, description="smallest amount, in US dollars")] = None,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    with reading(request) as conn:
        return paginate(
            lambda **kw: queries.deals(conn, **kw), limit, offset,
            investor=investor, investee=investee, since=since, until=until, min_usd=min_usd, as_of=as_of,
        )


@router.get("/events", response_model=Page, summary="Events in date order")
def events(
    request: Request,
    type: Annotated[str | None, Query(description="one claim type: " + ", ".join(CLAIM_TYPES))] = None,
    entity: Annotated[str | None, Query(description="entity id or name taking part")] = None,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    if type is not None and type not in CLAIM_TYPES:
        raise HTTPException(422, f"type: unknown event type {type!r}")
    with reading(request) as conn:
        return paginate(lambda **kw: queries.events(conn, **kw), limit, offset, type=type, entity=entity, as_of=as_of)


@router.get("/events/{event_id}", summary="One event with every source, its figures, conflicts and audits")
def event(request: Request, event_id: str, as_of: AsOf = None) -> dict[str, Any]:
    with reading(request) as conn:
        return found(queries.event(conn, event_id, as_of=as_of), "event", event_id)


@router.get("/entities/{entity_id}", summary="A company, person or product with its money, people and sources")
def entity(request: Request, entity_id: str, as_of: AsOf = None) -> dict[str, Any]:
    with reading(request) as conn:
        return found(queries.entity(conn, entity_id, as_of=as_of), "entity", entity_id)


@router.get("/people/{person_id}", summary="A person: positions, moves and pay")
def person(request: Request, person_id: str, as_of: AsOf = None) -> dict[str, Any]:
    with reading(request) as conn:
        return found(queries.people(conn, person_id, as_of=as_of), "person", person_id)


@router.get("/claims/{claim_id}", summary="One claim as its document makes it")
def claim(request: Request, claim_id: str) -> dict[str, Any]:
    with reading(request) as conn:
        return found(queries.claim(conn, claim_id), "claim", claim_id)


@router.get("/documents/{doc_id}", summary="A document's clean text and the evidence offsets of its claims")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    with reading(request) as conn:
        return found(queries.document(conn, doc_id), "document", doc_id)


@router.get("/conflicts", response_model=Page, summary="Events whose sources disagree on a figure")
def conflicts(request: Request, as_of: AsOf = None, limit: Limit = 50, offset: Offset = 0) -> Page:
    with reading(request) as conn:
        return paginate(lambda **kw: queries.conflicts(conn, **kw), limit, offset, as_of=as_of)


@router.get("/audits", response_model=Page, summary="Findings of the consistency audits")
def audits(
    request: Request,
    kind: Annotated[str | None, Query(description="tranche_sum, multiple, conversion or date")] = None,
    as_of: AsOf = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    with reading(request) as conn:
        return paginate(lambda **kw: queries.audits(conn, **kw), limit, offset, kind=kind, as_of=as_of)


@router.get("/search", response_model=Page, summary="Full-text search over entities, events and documents")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="words to find, Korean or English")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> Page:
    with reading(request) as conn:
        return paginate(lambda **kw: queries.search(conn, q, **kw), limit, offset)


class NewDocument(BaseModel):
    """An article to ingest: its clean ``text`` or its whole ``html`` page, not both."""

    text: str | None = Field(None, description="clean article text")
    html: str | None = Field(None, description="a full HTML page")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=DAY, description="publication day YYYY-MM-DD, if the page does not say")
    source: str | None = Field(None, max_length=1000, description="a name for error messages and listings")

    @model_validator(mode="after")
    def one_body(self) -> "NewDocument":
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self

    def raw(self) -> RawDoc:
        body = self.html if self.html is not None else self.text
        data = body.encode("utf-8")
        source = self.source or self.url or "api:" + hashlib.sha256(data).hexdigest()[:16]
        kind = "text/html" if self.html is not None else "text/plain"
        return RawDoc(source=source, data=data, url=self.url, content_type=kind, charset="utf-8", title=self.title)




@router.post(
    "/documents",
    status_code=201,
    dependencies=[Depends(require_token)],
    summary="Ingest one article (needs a bearer token); 200 when it is already stored",
    responses={200: {"description": "already stored"}, 401: {"description": "no or wrong token"},
               413: {"description": "body too large"}, 422: {"description": "not an article"}},
)
def add_document(request: Request, body: NewDocument, response: Response) -> dict[str, Any]:
    with writing(request) as conn:
        result = ingest_raw(conn, body.raw(), published=body.published)
    if result.status == "failed":
        raise HTTPException(422, f"{result.source}: {result.error}")
    response.status_code = 201 if result.status == "new" else 200
    return result.to_json()
