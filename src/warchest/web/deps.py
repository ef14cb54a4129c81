"""Request-scoped access to the store: one connection per request, opened and closed
in the thread that uses it (SQLite connections must not cross threads)."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

from fastapi import Request

from ..store import open_store


@contextmanager
def reading(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for the length of a ``with`` block."""
    conn = open_store(request.app.state.db_path, readonly=True)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def writing(request: Request) -> Iterator[sqlite3.Connection]:
    """A writable connection, one writer at a time across the app's threads."""
    with request.app.state.write_lock:
        conn = open_store(request.app.state.db_path)
        try:
            yield conn
        finally:
            conn.close()
