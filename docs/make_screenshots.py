"""Regenerate docs/screenshots/*.png: build a store from data/samples, serve it, and
photograph each dashboard page with the system Chromium.

    .venv/bin/python docs/make_screenshots.py [--db warchest.db]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from warchest.store import ingest_paths, open_store, queries
from warchest.web import create_app
from warchest.web.format import path_part
from warchest.web.testing import ensure_chromium, launch_chromium, live_server

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def build_samples(directory: Path) -> Path:
    db = directory / "warchest.db"
    samples = ROOT / "data" / "samples"
    ingest_paths(sorted(str(p) for p in samples.iterdir() if p.suffix in (".txt", ".html")), db)
    return db


def pages(db: Path) -> dict[str, str]:
    """One path per page kind, picked from what the store holds: the deal with the most
    sources, the company most often invested in, the person with the most events."""
    conn = open_store(db, readonly=True)
    try:
        deals = queries.deals(conn, limit=None)
        deal = max(deals, key=lambda d: (d["sources"], d["conflicts"], d["usd"] or 0), default=None)
        investees = [d["investee"]["id"] for d in deals if d["investee"]]
        company = max(sorted(set(investees)), key=investees.count, default="openai")
        people = [ref["id"] for e in queries.events(conn, limit=None) for role in ("person",)
                  if (ref := e["args"].get(role))]
        person = max(sorted(set(people)), key=people.count, default=None)
        event = queries.event(conn, deal["id"]) if deal else None
    finally:
        conn.close()
    paths = {"overview": "/", "events": "/events", "company": f"/entities/{path_part(company)}",
             "search": "/search?q=" + path_part("앤스로픽"), "api": "/api"}
    if event:
        source = event["sources"][0]
        paths["event"] = f"/events/{path_part(event['id'])}"
        paths["document"] = f"/documents/{path_part(source['doc'])}?claim={path_part(source['claim'])}#evidence"
    if person:
        paths["person"] = f"/people/{path_part(person)}"
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing store (default: build one from data/samples)")
    args = parser.parse_args()
    reason = ensure_chromium()
    if reason:
        print(f"error: chromium: {reason}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else build_samples(Path(tmp))
        with live_server(create_app(db)) as base, sync_playwright() as p:
            browser = launch_chromium(p)
            page = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
            for name, path in pages(db).items():
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=name not in ("document", "api"))
                print(f"{name}: {path}")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
