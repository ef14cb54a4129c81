"""Ingest: documents into the store, one transaction each, by a single writer.

The main process reads the inputs and turns each into a clean Document (cheap);
a document already stored is *unchanged* and is not analysed again. The
expensive analysis (sentences, Kiwi, entities, claims) runs in worker processes
when ``workers > 1``, each loading the resources once; results come back in
input order and the main process writes each in one transaction (document, text
index, entities, mentions, quantities, claims, evidence, near-duplicate links),
so a document is fully in or not at all, whenever the process dies. Events are
rebuilt from the claims at the end of a run (and by the next run if this one
was killed before).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import re
import sqlite3
import time
from collections import deque
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from ..errors import StoreError, WarchestError
from ..model import Analysis, Amount, Document, RawDoc, Skipped, When, quantity_kind
from ..page import to_document
from ..page.dedup import NearDuplicateIndex, signature
from .db import open_store, set_meta, transaction
from .derive import bump_generation, events_stale, rebuild
from .names import public_source
from .records import canonical_json, claim_id

WINDOW_PER_WORKER = 4  # documents in flight per worker: enough to keep them busy, little memory
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class IngestResult:
    """What happened to one input document."""

    source: str
    status: str  # "new", "unchanged", "failed" or "skipped" (a file of a folder that is no document)
    doc_id: str | None = None
    claims: int = 0
    duplicate_of: str | None = None
    error: str | None = None  # why it failed or was skipped

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    claims: int = 0
    duplicates: int = 0
    events: int = 0
    conflicts: int = 0
    audits: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, result: IngestResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.claims += result.claims
        self.duplicates += result.duplicate_of is not None
        if result.status == "failed":
            self.errors.append(f"{result.source}: {result.error}")

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.failed

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def to_json(self) -> dict:
        return {**asdict(self), "documents": self.documents, "docs_per_second": round(self.docs_per_second, 2)}


@dataclass(frozen=True)
class Analyzed:
    """What a worker hands the writer: the analysis and the text's MinHash signature."""

    analysis: Analysis
    signature: tuple[int, ...]


# ------------------------------------------------------------------ analysis (workers)


def _load_resources() -> None:
    from ..pipeline import default_resources

    default_resources()


def analyze_for_store(doc: Document) -> Analyzed | IngestResult:
    """The analysis of one document, or a failed result naming it; never raises."""
    from ..pipeline import analyze_document, default_resources

    try:
        return Analyzed(analyze_document(doc, default_resources()), signature(doc.text))
    except WarchestError as e:
        return IngestResult(doc.source, "failed", doc.id, error=e.message)
    except Exception as e:  # a bug on one document must not stop a batch; it is reported
        return IngestResult(doc.source, "failed", doc.id, error=f"analysis failed: {type(e).__name__}: {e}")


class _InlineExecutor(Executor):
    """Runs each job at once in this process (``workers=1``)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def _executor(workers: int) -> Executor:
    if workers <= 1:
        return _InlineExecutor()
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_load_resources)


# ------------------------------------------------------------------ writing (one writer)


class Writer:
    """Writes analysed documents, one transaction each, and links near duplicates."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._index: NearDuplicateIndex | None = None

    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def _near_duplicates(self) -> NearDuplicateIndex:
        if self._index is None:
            self._index = NearDuplicateIndex()
            for doc_id, sig in self.conn.execute(
                    "SELECT id, signature FROM documents WHERE signature IS NOT NULL ORDER BY rowid"):
                self._index.add_signature(doc_id, json.loads(sig))
        return self._index

    def write(self, analyzed: Analyzed) -> IngestResult:
        a = analyzed.analysis
        doc = a.document
        index = self._near_duplicates()  # seeded before this document is in
        with transaction(self.conn) as conn:
            self._document(conn, doc, analyzed.signature)
            self._entities(conn, a)
            self._mentions(conn, a)
            self._quantities(conn, a)
            stored = self._claims(conn, a)
            duplicate_of = self._link_duplicates(conn, index, doc.id, analyzed.signature)
            set_meta(conn, "events_stale", "1")
            bump_generation(conn)
        return IngestResult(doc.source, "new", doc.id, stored, duplicate_of)

    def _document(self, conn: sqlite3.Connection, doc: Document, sig: tuple[int, ...]) -> None:
        day = doc.published_date if doc.published and _DAY.match(doc.published) else None
        conn.execute(
            "INSERT INTO documents(id, source, url, title, published, day, lang, encoding, author, site, text, "
            "signature, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.source, doc.url, doc.title, doc.published, day, doc.lang, doc.encoding, doc.author,
             doc.site, doc.text, json.dumps(list(sig)), dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        conn.execute("INSERT INTO documents_fts(doc_id, title, text) VALUES (?, ?, ?)", (doc.id, doc.title or "", doc.text))

    def _entities(self, conn: sqlite3.Connection, a: Analysis) -> None:
        rows = {}
        for m in a.mentions:
            e = m.entity
            rows.setdefault(e.id, (e.id, e.name, e.kind, json.dumps(list(e.names_ko), ensure_ascii=False),
                                   json.dumps(list(e.aliases), ensure_ascii=False), e.parent, e.wikidata,
                                   int(e.known), e.subkind))
        for claim in a.claims:
            for value in claim.args.values():
                for ref in value if isinstance(value, tuple) else (value,):
                    rows.setdefault(ref.id, (ref.id, ref.name, ref.kind, "[]", "[]", None, None, int(ref.known), None))
        conn.executemany(
            "INSERT INTO entities(id, name, kind, names_ko, aliases, parent, wikidata, known, subkind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "kind = excluded.kind, names_ko = excluded.names_ko, aliases = excluded.aliases, parent = excluded.parent, "
            "wikidata = excluded.wikidata, known = 1, subkind = excluded.subkind "
            "WHERE entities.known = 0 AND excluded.known = 1", sorted(rows.values()))

    def _mentions(self, conn: sqlite3.Connection, a: Analysis) -> None:
        conn.executemany("INSERT OR IGNORE INTO mentions(doc_id, start, end, text, entity_id, how) VALUES (?, ?, ?, ?, ?, ?)",
                         [(a.document.id, m.start, m.end, m.text, m.entity.id, m.how) for m in a.mentions])

    def _quantities(self, conn: sqlite3.Connection, a: Analysis) -> None:
        rows = []
        for q in a.quantities:
            if isinstance(q, Amount):
                value, currency = str(q.value), q.currency
            elif isinstance(q, When):
                value, currency = q.value, None
            else:
                value, currency = str(q.value), None
            rows.append((a.document.id, q.start, q.end, quantity_kind(q), q.text, value, currency,
                         int(getattr(q, "approx", False)), getattr(q, "bound", None)))
        conn.executemany("INSERT OR IGNORE INTO quantities(doc_id, start, end, kind, text, value, currency, approx, "
                         "bound) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def _claims(self, conn: sqlite3.Connection, a: Analysis) -> int:
        stored = 0
        for seq, claim in enumerate(a.claims):
            cid = claim_id(claim)
            attrs = claim.attrs
            cur = conn.execute(
                "INSERT OR IGNORE INTO claims(id, doc_id, seq, type, amount, currency, date, precision, status, scope, "
                "confidence, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, claim.doc_id, seq, claim.type, str(claim.amount.value) if claim.amount else None,
                 claim.amount.currency if claim.amount else None, claim.date.value if claim.date else None,
                 claim.date.precision if claim.date else None, attrs.get("status"), attrs.get("scope"),
                 claim.confidence, canonical_json(claim.to_json())))
            if not cur.rowcount:
                continue  # the same claim twice in one document
            stored += 1
            conn.executemany("INSERT INTO claim_args(claim_id, role, position, entity_id, text) VALUES (?, ?, ?, ?, ?)",
                             [(cid, role, i, ref.id, ref.text) for role, value in claim.args.items()
                              for i, ref in enumerate(value if isinstance(value, tuple) else (value,))])
            spans = [(claim.evidence, 1)] + [(s, 0) for s in claim.more_evidence]
            conn.executemany("INSERT OR IGNORE INTO evidence(claim_id, doc_id, start, end, main) VALUES (?, ?, ?, ?, ?)",
                             [(cid, claim.doc_id, s.start, s.end, main) for s, main in spans])
        return stored

    @staticmethod
    def _link_duplicates(conn: sqlite3.Connection, index: NearDuplicateIndex, doc_id: str,
                         sig: tuple[int, ...]) -> str | None:
        """Record the earlier documents this one nearly duplicates; the closest one."""
        found = index.add_signature(doc_id, sig)
        conn.executemany("INSERT OR IGNORE INTO near_duplicates(doc_id, of_doc_id, similarity) VALUES (?, ?, ?)",
                         [(doc_id, other, score) for other, score in found])
        return found[0][0] if found else None


# ------------------------------------------------------------------ the run


def _documents(paths: Sequence[str], published: str | None, lang: str | None) -> Iterator[Document | IngestResult]:
    """The clean documents under ``paths``, each named by ``public_source``, or the
    results of inputs that failed or were skipped (named by their path)."""
    from ..sources import iter_raw

    for item in iter_raw(paths):
        if isinstance(item, Skipped):
            yield IngestResult(item.source, "skipped", error=item.reason)
            continue
        if isinstance(item, WarchestError):
            yield IngestResult(item.source, "failed", error=item.message)
            continue
        try:
            doc = to_document(item, published=published, lang=lang)
        except WarchestError as e:
            yield IngestResult(e.source, "failed", error=e.message)
            continue
        yield replace(doc, source=public_source(doc.source, doc.url, paths))


Progress = Callable[[IngestResult, IngestSummary], None]


def ingest_paths(
    paths: Iterable[str | Path],
    db_path: str | Path,
    published: str | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    lang: str | None = None,
) -> IngestSummary:
    """Ingest every document under ``paths`` into the store at ``db_path``.

    Re-ingesting a document changes nothing. ``progress`` is called after each
    document with its result and the running summary.
    """
    conn = open_store(db_path)
    summary = IngestSummary()
    started = time.monotonic()

    def record(result: IngestResult) -> None:
        summary.add(result)
        summary.seconds = time.monotonic() - started
        if progress:
            progress(result, summary)

    try:
        writer = Writer(conn)
        pending: deque[tuple[Document, Future]] = deque()
        in_flight: set[str] = set()
        window = max(1, workers) * WINDOW_PER_WORKER

        def finish_one() -> None:
            doc, future = pending.popleft()
            in_flight.discard(doc.id)
            out = future.result()
            record(writer.write(out) if isinstance(out, Analyzed) else out)

        pool = _executor(workers)
        try:
            for item in _documents([str(p) for p in paths], published, lang):
                if isinstance(item, IngestResult):
                    record(item)
                elif item.id in in_flight or writer.has(item.id):
                    record(IngestResult(item.source, "unchanged", item.id))
                else:
                    in_flight.add(item.id)
                    pending.append((item, pool.submit(analyze_for_store, item)))
                    while len(pending) > window or (pending and pending[0][1].done()):
                        finish_one()
            while pending:
                finish_one()
        finally:
            pool.shutdown(wait=not pending, cancel_futures=True)  # interrupted: do not wait for queued work
        if summary.new or events_stale(conn):
            rebuild(conn)
        _count_derived(conn, summary)
        summary.seconds = time.monotonic() - started
        return summary
    except sqlite3.Error as e:  # locked by another writer past the timeout, disk full ...
        raise StoreError(str(db_path), f"cannot write the store: {e}") from None
    finally:
        conn.close()


def _count_derived(conn: sqlite3.Connection, summary: IngestSummary) -> None:
    for table in ("events", "conflicts", "audits"):
        setattr(summary, table, conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def ingest_raw(conn: sqlite3.Connection, raw: RawDoc, published: str | None = None, lang: str | None = None,
               consolidate: bool = True) -> IngestResult:
    """Ingest one RawDoc in this process (the API's POST /api/documents); events are
    rebuilt afterwards unless ``consolidate`` is False. Raises WarchestError for input
    that cannot be read."""
    doc = to_document(raw, published=published, lang=lang)
    writer = Writer(conn)
    if writer.has(doc.id):
        return IngestResult(doc.source, "unchanged", doc.id)
    out = analyze_for_store(doc)
    result = writer.write(out) if isinstance(out, Analyzed) else out
    if consolidate and result.status == "new":
        rebuild(conn)
    return result
