"""The dashboard's view helpers: money, links, highlights."""

from __future__ import annotations

import pytest

from warchest.web.format import (
    Segment, amount_text, compact_money, context_of, entity_href, highlight, occurrences, safe_url, source_name,
)


def test_compact_money_scales_and_symbols():
    assert compact_money(2_750_000_000, "USD") == "$2.75B"
    assert compact_money(3_700_000_000_000, "KRW") == "₩3.7T"
    assert compact_money(600_000_000, "EUR") == "€600M"
    assert compact_money(950, "USD") == "$950"
    assert compact_money(5_000_000, "CHF") == "5M CHF"


def test_amount_text_keeps_qualifiers():
    assert amount_text({"value": 1e9, "currency": "USD", "approx": True, "bound": None}) == "~$1B"
    assert amount_text({"value": 2e9, "currency": "USD", "bound": "up_to"}) == "up to $2B"
    assert amount_text({"value": 1e9, "upper": 2e9, "currency": "USD"}) == "$1B–$2B"
    assert amount_text(None) == ""


def test_safe_url_drops_script_schemes():
    assert safe_url("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,<script>x</script>") is None
    assert safe_url("//evil.example/x") is None
    assert safe_url(None) is None


def test_entity_href_quotes_ids_and_sends_people_to_their_page():
    assert entity_href({"id": "openai", "kind": "org"}) == "/entities/openai"
    assert entity_href({"id": "sam-altman", "kind": "person"}) == "/people/sam-altman"
    assert entity_href({"id": "a/../b?x"}) == "/entities/a%2F..%2Fb%3Fx"


def test_highlight_cuts_text_at_offsets_and_marks_the_current_claim():
    text = "One. Two is here. Three."
    segments = highlight(text, [(5, 17, "c2"), (0, 4, "c1")], current="c2")
    assert "".join(s.text for s in segments) == text
    assert segments[0] == Segment("One.", ("c1",))
    assert segments[2] == Segment("Two is here.", ("c2",), current=True, first_current=True)
    assert segments[3] == Segment(" Three.")


def test_highlight_keeps_every_claim_of_a_shared_sentence():
    segments = highlight("ab. cd.", [(0, 3, "x"), (0, 3, "y"), (0, 3, "z")], current="y")
    assert segments[0] == Segment("ab.", ("x", "y", "z"), current=True, first_current=True)


def test_highlight_splits_partly_overlapping_spans():
    segments = highlight("abcdefgh", [(0, 5, "a"), (3, 8, "b")], current="b")
    assert [(s.text, s.claims, s.first_current) for s in segments] == [
        ("abc", ("a",), False), ("de", ("a", "b"), True), ("fgh", ("b",), False)]


def test_context_stays_inside_the_paragraph():
    text = "Title\n\nFirst para. The evidence sentence. After it.\n\nNext para."
    start = text.index("The evidence")
    end = start + len("The evidence sentence.")
    before, mark, after = context_of(text, start, end)
    assert (before, mark, after) == ("First para. ", "The evidence sentence.", " After it.")
    assert context_of(text, start, end, radius=3) == ("…a. ", "The evidence sentence.", " Af…")


def test_occurrences_find_every_word_case_insensitively():
    text = "OpenAI and openai; 앤스로픽에 앤스로픽"
    spans = occurrences(text, ["OPENAI", "앤스로픽"])
    assert sorted((s, e) for s, e, _ in spans) == [(0, 6), (11, 17), (19, 23), (25, 29)]
    assert occurrences(text, [""]) == []


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("/home/alice/crawls/2024/a.html", "a.html"),
        ("/home/alice/crawl.warc.gz#12", "crawl.warc.gz#12"),
        ("C:\\Users\\bob\\news\\b.txt", "b.txt"),
        ("kr/one.txt", "kr/one.txt"),
        ("https://news.example/a/1", "https://news.example/a/1"),
        (None, ""),
    ],
)
def test_source_name_hides_the_folders_of_an_absolute_path(source, shown):
    assert source_name(source) == shown
