"""The dashboard in a real browser (Debian's Chromium through Playwright): every page
opens without a script error, a deal leads to its evidence sentence inside its article,
the charts draw, and a document full of script payloads runs nothing."""

from __future__ import annotations

import shutil
from urllib.parse import quote

import httpx
import pytest

from warchest.store import open_store, queries
from warchest.web import create_app
from warchest.web.testing import ensure_chromium, launch_chromium, live_server

sync_api = pytest.importorskip("playwright.sync_api")

TOKEN = "browser-test-token"


@pytest.fixture(scope="module")
def browser():
    reason = ensure_chromium()
    if reason:
        pytest.skip(reason)
    with sync_api.sync_playwright() as p:
        browser = launch_chromium(p)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def store(sample_store, tmp_path_factory):
    """A copy of the sample store: the XSS test writes to it."""
    db = tmp_path_factory.mktemp("browser") / "warchest.db"
    shutil.copy(sample_store, db)
    return db


@pytest.fixture(scope="module")
def site(store):
    with live_server(create_app(store, token=TOKEN)) as base:
        yield base


class Watched:
    """A page that records console errors, uncaught exceptions and dialogs."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> int:
        response = self.page.goto(url)
        self.page.wait_for_load_state("load")
        return response.status


@pytest.fixture()
def page(browser):
    context = browser.new_context()
    watched = Watched(context.new_page())
    yield watched
    context.close()
    assert watched.problems == [], watched.problems
    assert watched.dialogs == [], watched.dialogs


def sample_paths(db) -> dict[str, str]:
    """A path for each kind of page, taken from what the store holds."""
    conn = open_store(db, readonly=True)
    try:
        events = queries.events(conn, limit=None)
        deal = queries.deals(conn, limit=1)[0]
        person = next(e["args"]["person"]["id"] for e in events if e["args"].get("person"))
        source = events[0]["sources"][0]
    finally:
        conn.close()
    return {
        "overview": "/",
        "events": "/events",
        "deals": "/events?type=investment",
        "event": f"/events/{quote(deal['id'], safe='')}",
        "company": "/entities/anthropic",
        "person": f"/people/{quote(person, safe='')}",
        "document": f"/documents/{quote(source['doc'], safe='')}",
        "search": "/search?q=" + quote("앤스로픽"),
        "api": "/api",
    }


def test_every_page_opens_without_errors(site, store, page):
    for name, path in sample_paths(store).items():
        assert page.open(site + path) == 200, name
        assert page.page.locator("main h1").count() == 1, name


def test_a_deal_leads_to_its_sentence_inside_its_article(site, page):
    page.open(site + "/")
    page.page.locator("a.deal").first.click()
    page.page.wait_for_url("**/events/**")
    evidence = page.page.locator(".source mark.evidence").first.inner_text()
    assert evidence.strip()
    page.page.locator("a.in-article").first.click()
    page.page.wait_for_url("**/documents/**")
    anchor = page.page.locator("mark#evidence")
    assert anchor.count() == 1
    assert "".join(page.page.locator("mark.evidence.current").all_inner_texts()) == evidence
    assert anchor.evaluate("m => m.getBoundingClientRect().top >= 0 && m.getBoundingClientRect().top < window.innerHeight")


def test_the_charts_draw(site, store, page):
    page.open(site + "/")
    network = page.page.locator('figure[data-chart="network"]')
    assert network.get_attribute("data-drawn") == "yes"
    assert network.locator("svg circle").count() >= 2
    assert network.locator("svg line.flow").count() >= 1
    conn = open_store(store, readonly=True)
    try:
        valued = next(e["args"]["company"]["id"] for e in queries.events(conn, type="valuation", limit=None)
                      if e["usd"] and e["date"] and e["date"]["value"])
    finally:
        conn.close()
    page.open(site + f"/entities/{quote(valued, safe='')}")
    timeline = page.page.locator('figure[data-chart="timeline"]')
    assert timeline.get_attribute("data-drawn") == "yes"
    assert timeline.locator("svg circle.point").count() >= 1


# Each payload, if it ever ran, would set window.__xss or open a dialog.
PAYLOAD = "\n".join([
    "<script>window.__xss = 1; alert('script')</script>",
    "<img src=x onerror=\"window.__xss = 2; alert('img')\">",
    "<a href=\"javascript:window.__xss = 3\">click</a>",
    "</script><script>window.__xss = 4</script>",
    "\"><svg onload=\"window.__xss = 5\">",
    "' onmouseover='window.__xss = 6' x='",
    "{{ 7 * 7 }} <!-- --><iframe srcdoc=\"<script>parent.__xss = 8</script>\"></iframe>",
])
HOSTILE = (
    f"Evil AI raises $50 million <script>window.__xss = 9</script>\n\n"
    f"Published March 3, 2025\n\n"
    f"OpenAI invested $50 million in Anthropic, the company said. {PAYLOAD}\n\n"
    f"Sequoia Capital led the round. {PAYLOAD}"
)


# Fire the events inline handlers listen for, on every element, in case one slipped in.
FIRE_EVENTS = """() => document.querySelectorAll('*').forEach(el => {
  for (const type of ['mouseover', 'focus', 'click', 'load', 'error']) {
    if (el.tagName !== 'A') el.dispatchEvent(new Event(type));
  }
})"""


def test_script_payloads_in_a_document_run_nothing(site, page):
    response = httpx.post(
        site + "/api/documents",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"text": HOSTILE, "source": PAYLOAD, "title": PAYLOAD, "url": "javascript:window.__xss = 10"},
        timeout=120,
    )
    assert response.status_code == 201, response.text
    doc_id = response.json()["doc_id"]
    doc = httpx.get(site + f"/api/documents/{quote(doc_id, safe='')}").json()
    events = {e for c in doc["claims"] for e in httpx.get(site + f"/api/claims/{quote(c['id'], safe='')}").json()["events"]}
    assert events, "the hostile article still reports an investment, so its event pages are checked too"
    paths = ["/", "/events", f"/documents/{quote(doc_id, safe='')}", "/search?q=" + quote("window.__xss"),
             "/search?q=" + quote(PAYLOAD[:150]), "/entities/anthropic"]
    paths += [f"/events/{quote(e, safe='')}" for e in sorted(events)]
    for path in paths:
        assert page.open(site + path) == 200, path
        p = page.page
        p.evaluate(FIRE_EVENTS)
        assert p.evaluate("() => window.__xss") is None, path
        assert p.locator("script:not([src]):not([type='application/json'])").count() == 0, path
        assert p.locator("iframe, img[onerror], [onload], [onmouseover]").count() == 0, path
        hrefs = p.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript")], path
    page.open(site + f"/documents/{quote(doc_id, safe='')}")
    shown = page.page.locator("article.article").inner_text()
    assert all(line in shown for line in PAYLOAD.splitlines()), "the payload is shown as text"
    assert page.page.locator("h1").inner_text() == PAYLOAD.replace("\n", " ")
