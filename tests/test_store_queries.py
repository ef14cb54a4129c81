"""The query layer on a small store built by hand: deals, events, entities,
as-of answers, search (Korean substrings), documents, claims, overview."""

from __future__ import annotations

from pathlib import Path

import pytest

from store_helpers import money, sentence_claim, write_document
from warchest.model import Entity, Mention
from warchest.store import open_store, queries
from warchest.store.derive import rebuild

FIXTURES = Path(__file__).parent / "fixtures" / "store"
AMAZON_ANTHROPIC = {"investors": ["amazon"], "investee": "anthropic"}


def _mention(text: str, surface: str, entity: Entity) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, entity)


ANTHROPIC = Entity("anthropic", "Anthropic", "org", names_ko=("앤스로픽", "앤트로픽"))
AMAZON = Entity("amazon", "Amazon", "org", names_ko=("아마존",))


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    conn = open_store(tmp_path_factory.mktemp("store") / "q.db")
    ko = (FIXTURES / "ko_amazon.txt").read_text(encoding="utf-8")
    en = (FIXTURES / "en_amazon.txt").read_text(encoding="utf-8")
    ko_deal = "아마존이 인공지능(AI) 스타트업 앤스로픽에 40억 달러(약 5조6000억원)를 추가로 투자한다고 22일(현지시간) 밝혔다."
    ko_total = "이로써 아마존의 누적 투자액은 80억 달러로 늘었다."
    en_deal = ("Amazon said on Friday it will invest an additional $4 billion in Anthropic, bringing its total "
               "investment in the artificial intelligence startup to $8 billion.")
    ceo = "다리오 아모데이 앤스로픽 최고경영자(CEO)는 \"협력을 더 넓히겠다\"고 말했다."

    def ko_claims(doc_id, text):
        return [
            sentence_claim(doc_id, text, ko_deal, "investment", AMAZON_ANTHROPIC, date="2024-11-22", scope="single",
                           status="announced", amount=money(4e9, text="40억 달러",
                                                            converted=money("5600000000000", "KRW", approx=True))),
            sentence_claim(doc_id, text, ko_total, "investment", AMAZON_ANTHROPIC, scope="cumulative",
                           amount=money(8e9, text="80억 달러")),
            sentence_claim(doc_id, text, ceo, "position", {"person": "dario-amodei", "org": "anthropic"}, title="CEO"),
        ]

    def en_claims(doc_id, text):
        return [sentence_claim(doc_id, text, en_deal, "investment", AMAZON_ANTHROPIC, date="2024-11-22",
                               scope="single", status="announced", amount=money(4e9, text="$4 billion"))]

    write_document(conn, en, en_claims, published="2024-11-22", lang="en", source="en_amazon.txt",
                   mentions=[_mention(en, "Anthropic", ANTHROPIC), _mention(en, "Amazon", AMAZON)])
    write_document(conn, ko, ko_claims, published="2024-11-23", lang="ko", source="ko_amazon.txt",
                   mentions=[_mention(ko, "앤스로픽", ANTHROPIC), _mention(ko, "아마존", AMAZON)])
    write_document(conn, (FIXTURES / "en_weather.txt").read_text(), published=None, source="en_weather.txt")
    rebuild(conn)
    return conn


def test_deals_merge_languages_and_filter(conn):
    rows = queries.deals(conn)
    assert [(r["amount"]["value"], r["attrs"]["scope"], r["sources"]) for r in rows] == [
        (4_000_000_000, "single", 2), (8_000_000_000, "cumulative", 1)]
    assert queries.deals(conn, investor="아마존", investee="Anthropic") == rows  # Korean and English names
    assert queries.deals(conn, investor="anthropic") == []
    assert [r["usd"] for r in queries.deals(conn, min_usd=5e9)] == [8_000_000_000]
    assert len(queries.deals(conn, since="2024-11-22", until="2024-11-22")) == 1
    assert queries.deals(conn, investor="nobody") == []


def test_as_of_answers_from_what_was_published_by_then(conn):
    [deal] = queries.deals(conn, as_of="2024-11-22")
    assert deal["sources"] == 1 and deal["attrs"]["scope"] == "single"
    assert queries.deals(conn, as_of="2024-11-01") == []
    assert queries.overview(conn, as_of="2024-11-22")["counts"]["documents"] == 1  # the undated one not yet
    assert queries.overview(conn)["counts"]["documents"] == 3


def test_event_has_its_sources_with_their_own_figures(conn):
    [event] = queries.events(conn, type="investment", limit=1)
    assert event["type"] == "investment" and event["amount"] == {"value": 4_000_000_000, "currency": "USD"}
    assert [s["lang"] for s in event["sources"]] == ["en", "ko"]
    ko = event["sources"][1]
    assert ko["amount"]["converted"]["currency"] == "KRW"
    detail = queries.event(conn, event["id"])
    assert detail["sources"] == event["sources"] and detail["audits"] == []
    text = queries.document(conn, ko["doc"])["text"]
    assert text[ko["start"]:ko["end"]] == ko["evidence"]
    assert queries.event(conn, "e:missing") is None


def test_entity_by_any_name(conn):
    anthropic = queries.entity(conn, "앤트로픽")
    assert anthropic["id"] == "anthropic" and anthropic["names_ko"] == ["앤스로픽", "앤트로픽"]
    assert [e["amount"]["value"] for e in anthropic["money_in"]] == [4_000_000_000, 8_000_000_000]
    assert anthropic["money_out"] == []
    assert anthropic["people"][0]["person"]["id"] == "dario-amodei"
    assert {s["published"] for s in anthropic["sources"]} == {"2024-11-22", "2024-11-23"}
    assert queries.entity(conn, "Amazon")["money_out"][0]["args"]["investee"]["id"] == "anthropic"
    assert queries.entity(conn, "nobody") is None
    person = queries.people(conn, "dario-amodei")
    assert person["positions"][0]["attrs"]["title"] == "CEO"


def test_search_finds_korean_substrings_and_short_words(conn):
    [hit] = queries.search(conn, "앤스로픽")  # inside 앤스로픽에 and 앤스로픽은
    assert hit["source"] == "ko_amazon.txt"
    assert queries.search(conn, "앤스로픽", as_of="2024-11-22") == []  # published the day after
    doc = queries.document(conn, hit["doc"])
    assert doc["text"][hit["start"]:hit["end"]] == "앤스로픽"
    assert [h["source"] for h in queries.search(conn, "투자")] == ["ko_amazon.txt"]  # two syllables: no trigram
    assert {h["source"] for h in queries.search(conn, "Amazon billion")} == {"en_amazon.txt"}
    assert queries.search(conn, "millimetres") and queries.search(conn, "엔비디아") == []
    assert queries.search(conn, '"quoted" OR') == []  # FTS syntax is taken literally


def test_claim_and_document_lookups(conn):
    [event] = queries.events(conn, type="position")
    claim = queries.claim(conn, event["sources"][0]["claim"])
    assert claim["type"] == "position" and claim["events"] == [event["id"]]
    assert queries.claim(conn, "c:missing") is None and queries.document(conn, "sha256:0") is None


def test_overview_counts_and_money_flow(conn):
    view = queries.overview(conn)
    assert view["counts"]["events"] == 3 and view["counts"]["claims"] == 4
    [edge] = view["money_flow"]
    assert (edge["source"], edge["target"], edge["usd"]) == ("amazon", "anthropic", 4_000_000_000)
    assert len(edge["events"]) == 2  # the total is listed but not added again
    assert view["biggest_deals"][0]["usd"] == 8_000_000_000


def test_answers_are_copies_the_caller_may_change(conn):
    first = queries.deals(conn)
    first[0]["amount"]["value"] = 0
    assert queries.deals(conn)[0]["amount"]["value"] == 4_000_000_000
