"""Ingest: one transaction per document, idempotent, safe to kill, near duplicates linked."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store_helpers import money, sentence_claim, write_document
from warchest.model import RawDoc
from warchest.store import ingest_paths, ingest_raw, integrity_problems, open_store
from warchest.store.derive import rebuild
from warchest.store.ingest import Writer

FIXTURES = Path(__file__).parent / "fixtures" / "store"
AMAZON_ANTHROPIC = {"investors": ["amazon"], "investee": "anthropic"}
TABLES = ("documents", "documents_fts", "mentions", "entities", "quantities", "claims", "claim_args", "evidence",
          "near_duplicates", "events", "event_claims", "conflicts", "audits")


def counts(db: Path) -> dict[str, int]:
    conn = open_store(db, readonly=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def test_ingesting_twice_changes_nothing(tmp_path, resources):
    db = tmp_path / "s.db"
    first = ingest_paths([FIXTURES], db)
    assert (first.new, first.unchanged, first.failed) == (3, 0, 1)
    assert first.errors[0].startswith(str(FIXTURES / "broken.bin"))
    before = counts(db)
    second = ingest_paths([FIXTURES], db)
    assert (second.new, second.unchanged, second.failed) == (0, 3, 1)
    assert counts(db) == before
    assert before["documents"] == before["documents_fts"] == 3


def test_a_document_that_fails_midway_leaves_nothing_behind(tmp_path, monkeypatch):
    conn = open_store(tmp_path / "s.db")
    text = (FIXTURES / "en_amazon.txt").read_text()
    sentence = "Amazon said on Friday it will invest an additional $4 billion in Anthropic"

    def claims(doc_id, text):
        return [sentence_claim(doc_id, text, sentence, "investment", {"investors": ["amazon"], "investee": "anthropic"},
                               amount=money(4e9))]

    def broken(self, conn, analysis):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Writer, "_quantities", broken)
    with pytest.raises(RuntimeError):
        write_document(conn, text, claims)
    for table in ("documents", "documents_fts", "entities", "claims", "claim_args", "evidence", "meta"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    monkeypatch.undo()
    write_document(conn, text, claims)
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 1


def test_a_near_duplicate_is_linked_and_does_not_vote_twice(tmp_path):
    conn = open_store(tmp_path / "s.db")
    text = (FIXTURES / "en_amazon.txt").read_text()
    sentence = "Amazon said on Friday it will invest an additional $4 billion in Anthropic"

    def says(value, said=sentence):
        def claims(doc_id, text):
            return [sentence_claim(doc_id, text, said, "investment", AMAZON_ANTHROPIC, amount=money(value),
                                   date="2024-11-22")]
        return claims

    original = write_document(conn, text, says(5e9))
    copy = write_document(conn, text.replace("November 22, 2024", "November 22, 2024 | Updated 18:05"), says(5e9))
    others = [write_document(conn, f"{title}\n\n{said}", says(4e9, said), source=f"other{n}.txt") for n, (title, said) in
              enumerate([("Anthropic gets more Amazon money", "Amazon will put another $4 billion into Anthropic."),
                         ("아마존, 앤스로픽 추가 투자", "아마존이 앤스로픽에 40억 달러를 더 넣는다.")])]
    assert [tuple(r) for r in conn.execute("SELECT doc_id, of_doc_id FROM near_duplicates")] == [(copy, original)]
    [event] = rebuild(conn).events
    assert len(event["sources"]) == 4 and {s["copy_of"] for s in event["sources"]} == {None, original}
    assert event["amount"]["value"] == 4_000_000_000  # two stories against one story printed twice
    [conflict] = event["conflicts"]
    assert [v["docs"] for v in conflict["values"]] == [sorted(others), sorted([original, copy])]


def test_ingest_raw_stores_one_document_and_consolidates(tmp_path, resources):
    conn = open_store(tmp_path / "s.db")
    raw = RawDoc(source="posted", data=(FIXTURES / "ko_amazon.txt").read_bytes())
    result = ingest_raw(conn, raw)
    assert result.status == "new" and result.doc_id.startswith("sha256:")
    assert ingest_raw(conn, raw).status == "unchanged"
    row = conn.execute("SELECT day, lang, source FROM documents").fetchone()
    assert tuple(row) == ("2024-11-23", "ko", "posted")


WORDS = ("funding", "chips", "model", "cloud", "startup", "round", "investors", "valuation", "research", "talent",
         "data", "centre", "partner", "revenue", "launch", "team", "board", "shares", "deal", "market")


def _corpus(folder: Path, n: int) -> None:
    rng = random.Random(7)
    folder.mkdir()
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(60))
        (folder / f"{i:04d}.txt").write_text(f"Story {i}: {rng.choice(WORDS)} news\n\nPublished 2024-05-{i % 28 + 1:02d}\n\n"
                                             f"{body.capitalize()}.\n", encoding="utf-8")


def test_a_killed_ingest_leaves_a_sound_store_that_a_rerun_completes(tmp_path, resources):
    corpus, db = tmp_path / "corpus", tmp_path / "s.db"
    _corpus(corpus, 400)
    cmd = [sys.executable, "-c", "from warchest.cli import app; app()", "ingest", str(corpus), "--db", str(db),
           "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as probe:
                        stored = probe.execute("SELECT count(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:
                    pass  # the schema is not there yet
            if stored >= 20:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    conn = open_store(db)
    assert integrity_problems(conn) == []
    done = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 20 <= done < 400
    conn.close()
    summary = ingest_paths([corpus], db)
    assert summary.unchanged == done and summary.new == 400 - done and summary.failed == 0
    assert counts(db)["documents"] == counts(db)["documents_fts"] == 400
    assert integrity_problems(open_store(db)) == []


def test_the_ingest_command_reports_each_failure_and_a_summary(tmp_path, resources):
    from typer.testing import CliRunner

    from warchest.cli import app

    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(FIXTURES), "--db", str(db)])
    assert result.exit_code == 1  # one input could not be read
    assert f"error: {FIXTURES / 'broken.bin'}: binary data" in result.stderr
    assert "ingested into" in result.stderr and counts(db)["documents"] == 3


def test_stored_sources_name_no_absolute_path(tmp_path, resources):
    """A walked file goes by its path inside the folder, a named file by its base name,
    a record with a URL by the URL: the store never shows where the user's files live."""
    folder = tmp_path / "home" / "alice" / "crawl"
    (folder / "kr").mkdir(parents=True)
    article = (FIXTURES / "ko_amazon.txt").read_text(encoding="utf-8")
    (folder / "kr" / "one.txt").write_text(article, encoding="utf-8")
    lone = tmp_path / "home" / "alice" / "lone.txt"
    lone.write_text((FIXTURES / "en_amazon.txt").read_text(encoding="utf-8"), encoding="utf-8")
    record = {"text": article + "\n\n추가 문단이다.", "url": "https://news.example/a/1"}
    (folder / "feed.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest_paths([folder, lone], tmp_path / "s.db")
    conn = open_store(tmp_path / "s.db", readonly=True)
    sources = {r[0] for r in conn.execute("SELECT source FROM documents")}
    claim_sources = {json.loads(r[0])["doc"]["source"] for r in conn.execute("SELECT json FROM claims")}
    assert sources == {"kr/one.txt", "lone.txt", "https://news.example/a/1"}
    assert claim_sources <= sources
    assert not any(str(tmp_path) in s for s in sources | claim_sources)
