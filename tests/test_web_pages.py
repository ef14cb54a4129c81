"""The dashboard pages as HTML, without a browser: what they show, how they escape,
and how they fail."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from warchest.store import open_store, queries
from warchest.web import create_app

TOKEN = "pages-token"


@pytest.fixture(scope="module")
def client(sample_store) -> TestClient:
    return TestClient(create_app(sample_store))


@pytest.fixture(scope="module")
def store_data(sample_store) -> dict:
    conn = open_store(sample_store, readonly=True)
    try:
        deal = max(queries.deals(conn, limit=None), key=lambda d: d["sources"])
        return {"deal": queries.event(conn, deal["id"]), "events": queries.events(conn, limit=None)}
    finally:
        conn.close()


class Scripts(HTMLParser):
    """Collects every <script> tag's attributes and body, and every JSON data block."""

    def __init__(self):
        super().__init__()
        self.tags: list[dict] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = dict(attrs) | {"body": ""}
            self.tags.append(self._open)

    def handle_data(self, data):
        if self._open is not None:
            self._open["body"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def scripts(html: str) -> list[dict]:
    parser = Scripts()
    parser.feed(html)
    return parser.tags


def only_our_scripts(html: str) -> None:
    """No script runs but ours: every <script> is a static file or a JSON block."""
    for tag in scripts(html):
        if "src" in tag:
            assert tag["src"].startswith("/static/") and not tag["body"].strip()
        else:
            assert tag.get("type") == "application/json", tag
            json.loads(tag["body"])


def q(value: str) -> str:
    return quote(value, safe="")


def test_every_page_renders_html_with_only_our_scripts(client, store_data):
    deal = store_data["deal"]
    person = next(e["args"]["person"]["id"] for e in store_data["events"] if e["args"].get("person"))
    for path in ("/", "/events", "/events?type=investment&offset=0", f"/events/{q(deal['id'])}",
                 "/entities/anthropic", f"/people/{q(person)}", f"/documents/{q(deal['sources'][0]['doc'])}",
                 "/search?q=OpenAI", "/search?q=", "/api"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        only_our_scripts(response.text)


def test_overview_hands_the_graph_its_nodes_and_edges(client):
    block = next(t for t in scripts(client.get("/").text) if t.get("id") == "flow-data")
    graph = json.loads(block["body"])
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert all(e["events"] for e in graph["edges"])


def test_event_page_shows_each_source_sentence_marked(client, store_data):
    deal = store_data["deal"]
    html = client.get(f"/events/{q(deal['id'])}").text
    marked = re.findall(r'<mark class="evidence">(.*?)</mark>', html, re.S)
    assert len(marked) == len(deal["sources"]) >= 2
    for source in deal["sources"]:
        assert f"/documents/{q(source['doc'])}?claim={q(source['claim'])}#evidence" in html


def test_event_page_puts_korean_names_beside_english(client, store_data):
    deal = store_data["deal"]
    assert any(s["lang"] == "ko" for s in deal["sources"]), "the samples report this deal in both languages"
    html = client.get(f"/events/{q(deal['id'])}").text
    assert re.search(r'<span class="ko" lang="ko">[\uac00-\ud7a3]', html)


def test_document_page_anchors_the_claim_asked_for(client, store_data):
    source = store_data["deal"]["sources"][0]
    html = client.get(f"/documents/{q(source['doc'])}", params={"claim": source["claim"]}).text
    assert html.count('id="evidence"') == 1
    current = re.findall(r'<mark class="evidence current"[^>]*>(.*?)</mark>', html, re.S)
    assert "".join(current) == str(escape(source["evidence"]))


def test_a_person_asked_for_as_an_entity_goes_to_the_person_page(client, store_data):
    person = next(e["args"]["person"]["id"] for e in store_data["events"] if e["args"].get("person"))
    response = client.get(f"/entities/{q(person)}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/people/{q(person)}"


def test_missing_things_get_an_escaped_404_page(client):
    response = client.get("/events/" + q("<img src=x onerror=alert(1)>"))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<img" not in response.text and "&lt;img src=x onerror=alert(1)&gt;" in response.text
    assert client.get("/entities/nobody").status_code == 404
    assert client.get("/?as_of=soon").status_code == 422


HOSTILE_TITLE = '</script><script>window.__xss=1</script>"><img src=x onerror=alert(1)>'
HOSTILE_TEXT = (
    f"{HOSTILE_TITLE}\n\nPublished March 3, 2025\n\n"
    "OpenAI invested $50 million in Anthropic, the company said. <script>alert(2)</script>\n\n"
    "The deal <img src=x onerror=alert(3)> closed on Monday."
)


def test_hostile_text_is_escaped_everywhere_it_shows(sample_store, tmp_path):
    db = tmp_path / "warchest.db"
    shutil.copy(sample_store, db)
    client = TestClient(create_app(db, token=TOKEN))
    created = client.post("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                          json={"text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "url": "javascript:alert(4)"})
    assert created.status_code == 201, created.text
    doc_id = created.json()["doc_id"]
    claims = client.get(f"/api/documents/{q(doc_id)}").json()["claims"]
    events = sorted({e for c in claims for e in client.get(f"/api/claims/{q(c['id'])}").json()["events"]})
    assert events
    for path in ["/", "/events", f"/documents/{q(doc_id)}", "/search?q=" + q("onerror"),
                 "/entities/anthropic"] + [f"/events/{q(e)}" for e in events]:
        html = client.get(path).text
        only_our_scripts(html)
        assert "<img" not in html and "href=\"javascript" not in html, path
        assert "window.__xss" not in html or "&lt;/script&gt;&lt;script&gt;window.__xss" in html, path


def test_an_empty_store_renders_its_pages(tmp_path):
    db = tmp_path / "empty.db"
    open_store(db).close()
    client = TestClient(create_app(db))
    for path in ("/", "/events", "/search?q=OpenAI", "/api"):
        response = client.get(path)
        assert response.status_code == 200, path
        only_our_scripts(response.text)
    assert json.loads(next(t for t in scripts(client.get("/").text) if t.get("id") == "flow-data")["body"]) == {
        "nodes": [], "edges": []}
    assert client.get("/api/events").json() == {"items": [], "limit": 50, "offset": 0, "next_offset": None}


def test_pages_show_no_folder_of_the_ingesting_user(client, store_data, sample_store):
    """Sources read as URLs or file names: the samples were ingested by absolute path."""
    deal = store_data["deal"]
    folder = str(sample_store.parents[0].parents[0].parents[0])  # the tmp tree the store lives in
    paths = ["/", "/events", f"/events/{q(deal['id'])}"] + [f"/documents/{q(s['doc'])}" for s in deal["sources"]]
    for path in paths:
        html = client.get(path).text
        assert "/data/samples/" not in html and folder not in html, path
    assert all("/" not in s["source"] or s["source"].startswith("https://") for s in deal["sources"])
