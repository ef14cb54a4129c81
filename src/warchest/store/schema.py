"""The store's schema as forward migrations, applied in order by ``db.migrate``.

``PRAGMA user_version`` holds the number of migrations applied. A migration is
only ever appended, never edited, so a store made by any earlier version can be
brought forward and a store made by a later version is refused.

Claims are the source of truth; events, conflicts and audits are derived from
them by ``consolidate`` and can be rebuilt at any time. Each claim keeps its
contract JSON (``claims.json``) beside the columns that queries filter on.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: documents and what the per-document pipeline found in them
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE documents (
        id          TEXT PRIMARY KEY,          -- sha256: of the normalised clean text
        source      TEXT NOT NULL,
        url         TEXT,
        title       TEXT,
        published   TEXT,                      -- as found: YYYY-MM-DD or an ISO timestamp
        day         TEXT,                      -- the publication day, what --as-of compares
        lang        TEXT NOT NULL,
        encoding    TEXT,
        author      TEXT,
        site        TEXT,
        text        TEXT NOT NULL,
        signature   TEXT,                      -- MinHash signature (JSON) for near duplicates
        ingested_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX documents_day ON documents(day);

    CREATE TABLE near_duplicates (
        doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        of_doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        PRIMARY KEY (doc_id, of_doc_id)
    ) STRICT;

    CREATE TABLE entities (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        kind     TEXT NOT NULL,
        names_ko TEXT NOT NULL DEFAULT '[]',   -- JSON array
        aliases  TEXT NOT NULL DEFAULT '[]',   -- JSON array
        parent   TEXT,
        wikidata TEXT,
        known    INTEGER NOT NULL,
        subkind  TEXT
    ) STRICT;

    CREATE TABLE mentions (
        doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start     INTEGER NOT NULL,
        end       INTEGER NOT NULL,
        text      TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        how       TEXT NOT NULL,
        PRIMARY KEY (doc_id, start, end, entity_id)
    ) STRICT;
    CREATE INDEX mentions_entity ON mentions(entity_id);

    CREATE TABLE quantities (
        doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start     INTEGER NOT NULL,
        end       INTEGER NOT NULL,
        kind      TEXT NOT NULL,               -- money, number, percent, multiple, date
        text      TEXT NOT NULL,
        value     TEXT,                        -- a Decimal as text, or a date value
        currency  TEXT,
        approx    INTEGER NOT NULL DEFAULT 0,
        bound     TEXT,
        PRIMARY KEY (doc_id, start, end, kind)
    ) STRICT;

    CREATE TABLE claims (
        id         TEXT PRIMARY KEY,
        doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,           -- order within the document
        type       TEXT NOT NULL,
        amount     TEXT,                       -- Decimal as text
        currency   TEXT,
        date       TEXT,
        precision  TEXT,
        status     TEXT,
        scope      TEXT,
        confidence REAL NOT NULL,
        json       TEXT NOT NULL               -- the contract object
    ) STRICT;
    CREATE INDEX claims_doc ON claims(doc_id, seq);
    CREATE INDEX claims_type ON claims(type);

    CREATE TABLE claim_args (
        claim_id  TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        role      TEXT NOT NULL,
        position  INTEGER NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        text      TEXT NOT NULL,
        PRIMARY KEY (claim_id, role, position)
    ) STRICT;
    CREATE INDEX claim_args_entity ON claim_args(entity_id);

    CREATE TABLE evidence (
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start    INTEGER NOT NULL,
        end      INTEGER NOT NULL,
        main     INTEGER NOT NULL,             -- 1 for the anchor sentence, 0 for restatements
        PRIMARY KEY (claim_id, start, end)
    ) STRICT;

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        doc_id UNINDEXED, title, text, tokenize = 'trigram'
    );
    """,
    # 2: what consolidation derives from the claims
    """
    CREATE TABLE events (
        id        TEXT PRIMARY KEY,
        type      TEXT NOT NULL,
        date      TEXT,
        usd       REAL,
        published TEXT,                        -- the earliest publication day of its sources
        json      TEXT NOT NULL                -- the contract's event object
    ) STRICT;
    CREATE INDEX events_type ON events(type, date);

    CREATE TABLE event_claims (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, claim_id)
    ) STRICT;
    CREATE INDEX event_claims_claim ON event_claims(claim_id);

    CREATE TABLE event_args (
        event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        role      TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (event_id, role, entity_id)
    ) STRICT;
    CREATE INDEX event_args_entity ON event_args(entity_id);

    CREATE TABLE conflicts (
        id       TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        field    TEXT NOT NULL,
        json     TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audits (
        id       TEXT PRIMARY KEY,
        kind     TEXT NOT NULL,
        json     TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_claims (
        audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        PRIMARY KEY (audit_id, claim_id)
    ) STRICT;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
