"""A store built from the annotated dev corpus: the several reports of one deal,
Korean and English, become one event with all their sources."""

from __future__ import annotations

import json
import re

import pytest

from warchest.model import RawDoc
from warchest.store import ingest_raw, integrity_problems, open_store, queries, rebuild

TABLES = ("documents", "claims", "evidence", "mentions", "entities", "events", "event_claims", "conflicts", "audits")


def _pages(dev_corpus):
    """Each annotated article's clean text with its publication day (pages are the page module's concern)."""
    for gold in sorted(dev_corpus.glob("*.json")):
        path = gold.with_suffix(".txt")
        yield RawDoc(source=str(path), data=path.read_bytes()), json.loads(gold.read_text(encoding="utf-8"))["published"]


def _counts(conn):
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="session")
def dev_store(dev_corpus, resources, tmp_path_factory):
    path = tmp_path_factory.mktemp("dev") / "dev.db"
    conn = open_store(path)
    for raw, published in _pages(dev_corpus):
        ingest_raw(conn, raw, published=published, consolidate=False)
    rebuild(conn)
    return conn


def _numbers(event) -> set[str]:
    return {re.search(r"(\d{3})_", s["source"]).group(1) for s in event["sources"]}


def _deal(conn, investee, amount, as_of=None, **filters):
    found = [d for d in queries.deals(conn, investee=investee, as_of=as_of, limit=None, **filters)
             if d["amount"] and d["amount"]["value"] == amount]
    assert len(found) == 1, found
    return queries.event(conn, found[0]["id"], as_of=as_of)


def test_reingesting_the_corpus_changes_nothing(dev_store, dev_corpus):
    before = _counts(dev_store)
    assert before["documents"] == 30 and before["claims"] > 100
    results = [ingest_raw(dev_store, raw, published=p, consolidate=False) for raw, p in _pages(dev_corpus)]
    assert {r.status for r in results} == {"unchanged"}
    rebuild(dev_store)
    assert _counts(dev_store) == before
    assert integrity_problems(dev_store) == []


def test_amazon_4b_is_one_event_from_korean_and_english_reports(dev_store):
    event = _deal(dev_store, "Anthropic", 4_000_000_000, investor="Amazon", since="2024-11", until="2024-11")
    assert {"001", "002", "018"} <= _numbers(event)
    assert {s["lang"] for s in event["sources"]} == {"ko", "en"}
    assert event["attrs"]["scope"] == "single" and not event["conflicts"]


def test_rounds_reported_in_both_languages_are_one_event_each(dev_store):
    series_b = _deal(dev_store, "Mistral AI", 600_000_000)
    assert {"004", "021"} <= _numbers(series_b)
    scale = _deal(dev_store, "Scale AI", 14_300_000_000, investor="Meta")
    assert {"009", "022"} <= _numbers(scale)


def test_the_tranche_the_pledge_and_the_new_money_stay_apart(dev_store):
    amazon = queries.deals(dev_store, investor="Amazon", investee="Anthropic", limit=None)
    scopes = {(d["amount"]["value"], d["attrs"].get("scope"), (d["date"] or {}).get("value", "")[:7])
              for d in amazon if d["amount"]}
    assert (4_000_000_000, "single", "2024-11") in scopes
    assert (4_000_000_000, "commitment", "2023-09") in scopes


def test_as_of_the_first_report_only_that_report_counts(dev_store):
    event = _deal(dev_store, "Anthropic", 4_000_000_000, investor="Amazon", since="2024-11", as_of="2024-11-22")
    assert _numbers(event) == {"018"}


def test_a_total_repeated_across_years_and_labels_is_one_event(dev_store):
    """Microsoft's ~$13B in OpenAI: told by nine articles, some as a total, some as one investment."""
    event = _deal(dev_store, "OpenAI", 13_000_000_000, investor="Microsoft")
    assert {"003", "010", "015", "018", "025"} <= _numbers(event)
    assert {s["lang"] for s in event["sources"]} == {"ko", "en"}
