"""The FastAPI application: the JSON API under ``/api``, the dashboard everywhere else.

``create_app`` is the only entry point; ``warchest serve`` and the tests both use it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import StoreError, WarchestError
from ..store import open_store
from . import api, pages
from .security import DEFAULT_MAX_BODY, BodyLimit, SecurityHeaders, error_body

STATIC = Path(__file__).parent / "static"
log = logging.getLogger(__name__)


def create_app(db_path: str | Path, token: str | None = None, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """An app serving the store at ``db_path``; writes need ``token`` (none: no writes).

    The store is opened once here so that a missing or unreadable file is reported
    at start-up (as a ``StoreError``) rather than on the first request.
    """
    open_store(db_path, readonly=True).close()
    app = FastAPI(
        title="warchest",
        version=__version__,
        description="Evidence-backed events of the AI money and talent race: deals, hires, "
        "valuations, with every source sentence.",
        docs_url=None,  # Swagger UI loads scripts from a CDN, which the CSP forbids; see /api
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db_path = str(db_path)
    app.state.token = token or None
    app.state.write_lock = threading.Lock()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    """JSON for the API, a plain page for people."""
    if _is_api(request):
        return JSONResponse(error_body(status, message), status_code=status, headers=headers)
    return pages.error_page(request, status, message)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'request'}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return _error(request, 422, problems or "invalid request")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("store error: %s", exc)
        return _error(request, 503, "the store is not available")

    @app.exception_handler(WarchestError)
    async def input_error(request: Request, exc: WarchestError) -> Response:
        return _error(request, 422, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _error(request, 500, "internal error")
