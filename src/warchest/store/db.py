"""Opening a store: one SQLite file in WAL mode with foreign keys on, brought
forward to the current schema with ``PRAGMA user_version``.

Connections are in autocommit mode; writers group their statements with
``transaction``, so each unit of work (one document, one consolidation) is
either fully in or not at all, even if the process is killed.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import StoreError
from .schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000


def open_store(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the store at ``path``; created and migrated unless ``readonly``.

    Raises StoreError naming the file when it is missing (readonly), not a
    warchest store, corrupt, or made by a newer warchest.
    """
    path = Path(path)
    name = str(path)
    if readonly and not path.is_file():
        raise StoreError(name, "no such store (run `warchest ingest` first)")
    if not readonly and not path.parent.is_dir():
        raise StoreError(name, f"folder {path.parent} does not exist")
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise StoreError(name, f"cannot open the store: {e}") from None
    try:
        _check_version(conn, name, version)
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn, name)
        elif version < SCHEMA_VERSION:
            raise StoreError(name, f"schema version {version} is older than {SCHEMA_VERSION}; "
                                   "open it once for writing (e.g. `warchest ingest`) to migrate it")
    except BaseException:
        conn.close()
        raise
    return conn


def _check_version(conn: sqlite3.Connection, name: str, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(name, f"schema version {version} is newer than this warchest's "
                               f"({SCHEMA_VERSION}); upgrade warchest")
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StoreError(name, "an SQLite file but not a warchest store")


def migrate(conn: sqlite3.Connection, name: str = "store") -> int:
    """Apply the pending migrations, each in its own transaction; the new version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(name, f"migration {number} failed: {e}") from None
        version = number
    return version


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` report; empty when sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key: {tuple(row)}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))
