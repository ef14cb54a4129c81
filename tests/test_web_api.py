"""The HTTP API against the real app on a store built from data/samples."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from warchest.errors import StoreError
from warchest.web import create_app

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="module")
def api(sample_store) -> TestClient:
    return TestClient(create_app(sample_store))


@pytest.fixture()
def writable(sample_store, tmp_path) -> TestClient:
    db = tmp_path / "warchest.db"
    shutil.copy(sample_store, db)
    return TestClient(create_app(db, token=TOKEN))


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_openapi_describes_every_endpoint(api):
    paths = api.get("/api/openapi.json").json()["paths"]
    for path in ("/api/deals", "/api/events", "/api/events/{event_id}", "/api/entities/{entity_id}",
                 "/api/claims/{claim_id}", "/api/documents/{doc_id}", "/api/conflicts", "/api/audits",
                 "/api/search"):
        assert "get" in paths[path], path
    assert "post" in paths["/api/documents"]
    assert {"as_of", "limit", "offset"} <= {p["name"] for p in paths["/api/events"]["get"]["parameters"]}


def test_deals_are_investments_and_acquisitions_with_their_parties(api):
    deals = items(api.get("/api/deals", params={"limit": 200}))
    assert deals, "the samples report deals"
    assert {d["type"] for d in deals} <= {"investment", "acquisition"}
    assert any(d["investee"] and d["investee"]["id"] == "anthropic" for d in deals)


def test_deal_filters_narrow_the_list(api):
    into_anthropic = items(api.get("/api/deals", params={"investee": "anthropic", "limit": 200}))
    assert into_anthropic and all(d["investee"]["id"] == "anthropic" for d in into_anthropic)
    by_korean_name = items(api.get("/api/deals", params={"investee": "앤스로픽", "limit": 200}))
    assert [d["id"] for d in by_korean_name] == [d["id"] for d in into_anthropic]
    assert items(api.get("/api/deals", params={"investee": "no-such-company"})) == []


def test_pages_of_a_list_follow_each_other(api):
    everything = items(api.get("/api/events", params={"limit": 200}))
    assert len(everything) > 4
    first = api.get("/api/events", params={"limit": 3}).json()
    second = api.get("/api/events", params={"limit": 3, "offset": first["next_offset"]}).json()
    assert first["next_offset"] == 3
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in everything[:6]]
    last = api.get("/api/events", params={"limit": 3, "offset": len(everything) - 1}).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None


def test_type_filter_and_as_of(api):
    hires = items(api.get("/api/events", params={"type": "hire", "limit": 200}))
    assert hires and {e["type"] for e in hires} == {"hire"}
    assert items(api.get("/api/events", params={"as_of": "1990-01-01"})) == []


def test_an_event_names_sentences_that_are_in_its_documents(api):
    deal = items(api.get("/api/deals", params={"limit": 1}))[0]
    event = api.get(f"/api/events/{deal['id']}").json()
    assert event["id"] == deal["id"] and event["sources"]
    for source in event["sources"]:
        doc = api.get(f"/api/documents/{source['doc']}").json()
        assert doc["text"][source["start"]:source["end"]] == source["evidence"]
        claim = api.get(f"/api/claims/{source['claim']}").json()
        assert claim["evidence"]["text"] == source["evidence"]
        assert event["id"] in claim["events"]


def test_entity_has_korean_names_and_money(api):
    anthropic = api.get("/api/entities/anthropic").json()
    assert anthropic["name"] == "Anthropic"
    assert "앤스로픽" in anthropic["names_ko"]
    assert anthropic["money_in"] and anthropic["sources"]
    assert api.get("/api/entities/앤스로픽").json()["id"] == "anthropic"


def test_conflicts_and_audits_are_lists(api):
    for path in ("/api/conflicts", "/api/audits"):
        page = api.get(path).json()
        assert set(page) == {"items", "limit", "offset", "next_offset"}


def test_search_finds_korean_inside_a_word_and_english(api):
    korean = items(api.get("/api/search", params={"q": "앤스로픽"}))
    english = items(api.get("/api/search", params={"q": "Anthropic"}))
    assert korean and english
    assert all("앤스로픽" in hit["snippet"] for hit in korean)


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/events/e:does-not-exist", 404),
        ("/api/entities/no-such-entity", 404),
        ("/api/claims/c:nothing", 404),
        ("/api/documents/sha256:0", 404),
        ("/api/events?as_of=yesterday", 422),
        ("/api/events?limit=0", 422),
        ("/api/events?limit=100000", 422),
        ("/api/events?type=rumour", 422),
        ("/api/search", 422),
        ("/api/nowhere", 404),
    ],
)
def test_errors_are_json_with_their_status(api, path, status):
    response = api.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]["status"] == status
    assert response.json()["error"]["message"]


def test_every_response_carries_the_security_headers(api):
    for path in ("/api/events", "/api/nowhere", "/", "/static/style.css"):
        headers = api.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_writes_are_refused_without_a_configured_token(api):
    response = api.post("/api/documents", json={"text": "anything"}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "WARCHEST_TOKEN" in response.json()["error"]["message"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic " + TOKEN, TOKEN, "Bearer"])
def test_writes_need_the_right_bearer_token(writable, header):
    headers = {"Authorization": header} if header else {}
    assert writable.post("/api/documents", json={"text": "x"}, headers=headers).status_code == 401


ARTICLE = (
    "Nimbus Robotics raises $40 million\n\n"
    "Published March 3, 2025\n\n"
    "Nimbus Robotics, a warehouse-automation startup, said on Monday it raised $40 million in a "
    "Series B round led by Sequoia Capital.\n\n"
    "The company plans to double its engineering staff this year."
)


def test_a_posted_document_is_stored_once_and_served(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = writable.post("/api/documents", json={"text": ARTICLE, "source": "nimbus.txt"}, headers=auth)
    assert created.status_code == 201, created.text
    doc_id = created.json()["doc_id"]
    assert created.json()["status"] == "new"
    again = writable.post("/api/documents", json={"text": ARTICLE}, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    doc = writable.get(f"/api/documents/{doc_id}").json()
    assert "Nimbus Robotics" in doc["text"] and doc["source"] == "nimbus.txt"
    assert items(writable.get("/api/search", params={"q": "Nimbus"}))[0]["doc"] == doc_id


@pytest.mark.parametrize(
    "body",
    [{}, {"text": "a", "html": "<p>a</p>"}, {"text": "a", "published": "March 3"}, {"text": 5}],
)
def test_malformed_documents_are_refused_with_422(writable, body):
    response = writable.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert response.json()["error"]["status"] == 422


def test_request_bodies_over_the_limit_are_refused(sample_store, tmp_path):
    db = tmp_path / "warchest.db"
    shutil.copy(sample_store, db)
    small = TestClient(create_app(db, token=TOKEN, max_body=1000))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = small.post("/api/documents", json={"text": "x" * 2000}, headers=auth)
    assert response.status_code == 413
    assert response.json()["error"]["status"] == 413

    def chunks():  # no Content-Length: the body is counted as it streams
        for _ in range(3):
            yield b"x" * 600

    streamed = small.post("/api/documents", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert streamed.status_code == 413


def test_a_missing_store_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no-such.db"):
        create_app(tmp_path / "no-such.db")


def test_serve_reports_a_missing_store_without_a_traceback(cli, tmp_path):
    missing = tmp_path / "missing.db"
    proc = cli("serve", "--db", str(missing), timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith(f"error: {missing}: ")
    assert b"Traceback" not in proc.stderr
