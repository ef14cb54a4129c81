"""Opening a store: schema, migrations, and the errors a user can cause."""

from __future__ import annotations

import sqlite3

import pytest

from warchest.errors import StoreError
from warchest.store import integrity_problems, open_store
from warchest.store.db import migrate
from warchest.store.schema import MIGRATIONS, SCHEMA_VERSION

TABLES = {"documents", "mentions", "entities", "claims", "claim_args", "evidence", "events", "event_claims",
          "event_args", "conflicts", "audits", "audit_claims", "near_duplicates", "quantities", "meta",
          "documents_fts"}


def test_a_new_store_has_the_whole_schema_in_wal_mode(tmp_path):
    conn = open_store(tmp_path / "s.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert TABLES <= names
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert integrity_problems(conn) == []


def test_an_older_store_is_migrated_forward(tmp_path):
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path, isolation_level=None)
    raw.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    raw.execute("INSERT INTO meta VALUES ('kept', 'yes')")
    raw.close()
    with pytest.raises(StoreError, match="older"):
        open_store(path, readonly=True)
    conn = open_store(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone()[0] == "yes"
    assert migrate(conn) == SCHEMA_VERSION  # nothing left to do


def test_a_store_from_a_newer_warchest_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer") as e:
        open_store(path)
    assert e.value.source == str(path)


@pytest.mark.parametrize("content", [b"not a database at all" * 100, None])
def test_files_that_are_not_stores_are_refused(tmp_path, content):
    path = tmp_path / "other.db"
    if content is None:
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError) as e:
        open_store(path)
    assert e.value.source == str(path)


def test_a_missing_store_is_an_error_when_reading(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.db", readonly=True)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "dir.db")


def test_a_readonly_connection_cannot_write(tmp_path):
    open_store(tmp_path / "s.db").close()
    conn = open_store(tmp_path / "s.db", readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("INSERT INTO meta VALUES ('k', 'v')")
