"""Audits: each kind finds its inconsistency, names its claims, and stays quiet
when the figures agree."""

from __future__ import annotations

from decimal import Decimal

from store_helpers import claim, money, stored
from warchest.model import Quantity
from warchest.store.audits import conversions, date_disagreements, run_audits, stated_multiples, tranche_sums
from warchest.store.consolidate import consolidate
from warchest.store.fx import default_fx

FX = default_fx()
AMAZON = {"investors": ["amazon"], "investee": "anthropic"}


def _tranches(total: float):
    claims = [
        claim("investment", AMAZON, doc="a", date="2023-09", amount=money(1.25e9), scope="single"),
        claim("investment", AMAZON, doc="a", date="2024-03", amount=money(2.75e9), scope="single"),
        claim("investment", AMAZON, doc="b", date="2024-11-22", amount=money(4e9), scope="single"),
        claim("investment", AMAZON, doc="b", date="2024-11-22", amount=money(total), scope="cumulative"),
    ]
    return [stored(c) for c in claims]


def test_tranches_adding_up_to_more_than_the_total_are_found():
    claims = _tranches(6e9)
    [finding] = tranche_sums(consolidate(claims, FX), FX)
    assert finding.kind == "tranche_sum"
    assert finding.details["tranches_usd"] == 8_000_000_000 and finding.details["total_usd"] == 6_000_000_000
    assert {c.id for c in finding.claims} == {c.id for c in claims}
    assert {s["doc"] for s in finding.to_json()["sources"]} == {"a", "b"}


def test_tranches_that_add_up_are_not_a_finding():
    assert tranche_sums(consolidate(_tranches(8e9), FX), FX) == []


def _valuation(now, before, multiple: str, value: str, approx=False, bound=None):
    sentence = f"valued at {now} up from {before}, {multiple}"
    c = claim("valuation", {"company": "anthropic"}, doc="m", evidence=sentence, date="2024-03",
              amount=money(now), previous=money(before))
    at = sentence.index(multiple)
    q = Quantity("multiple", Decimal(value), multiple, at, at + len(multiple), approx=approx, bound=bound)
    return stored(c, multiples=[q])


def test_a_multiple_that_does_not_match_the_values_is_found():
    [finding] = stated_multiples([_valuation(18.4e9, 4.1e9, "4.5배", "4.5"), _valuation(18.4e9, 2e9, "4.5배", "4.5")], FX)
    assert finding.details["ratio"] == 9.2
    assert finding.kind == "multiple"


def test_approximate_and_bounded_multiples_are_read_as_such():
    ok = [_valuation(5.6e9, 2e9, "nearly tripling", "3", approx=True),
          _valuation(30e9, 14e9, "두 배 넘게", "2", bound="over")]
    assert stated_multiples(ok, FX) == []
    [finding] = stated_multiples([_valuation(20e9, 14e9, "두 배 넘게", "2", bound="over")], FX)
    assert "1.43x" in finding.message


def test_a_conversion_far_from_the_rate_of_its_month_is_found():
    good = claim("investment", AMAZON, doc="k", date="2024-11-22",
                 amount=money(4e9, converted=money("5600000000000", "KRW", text="약 5조6000억원", approx=True)))
    bad = claim("investment", AMAZON, doc="k2", date="2024-11-22",
                amount=money(4e9, converted=money("4000000000000", "KRW", text="4조원")))
    [finding] = conversions([stored(good, published="2024-11-23"), stored(bad, published="2024-11-23")], FX)
    assert finding.claims[0].doc_id == "k2"
    assert finding.details["rate"]["month"] == "2024-11"
    assert finding.details["rate"]["per_usd"] == 1394
    assert finding.details["fx_source"].startswith("Monthly average exchange rates")


def test_sources_disagreeing_on_a_date_are_found():
    claims = [stored(claim("founding", {"org": "anthropic"}, doc=d, date=y)) for d, y in (("a", "2021"), ("b", "2020"))]
    [finding] = date_disagreements(consolidate(claims, FX))
    assert finding.kind == "date" and {c.doc_id for c in finding.claims} == {"a", "b"}
    assert finding.events


def test_run_audits_is_deterministic_and_deduplicated():
    claims = _tranches(6e9) + [_valuation(18.4e9, 2e9, "4.5배", "4.5")]
    events = consolidate(claims, FX)
    first = [f.to_json() for f in run_audits(events, claims, FX)]
    assert first == [f.to_json() for f in run_audits(events, list(reversed(claims)), FX)]
    assert sorted(f["kind"] for f in first) == ["multiple", "tranche_sum"]


def test_without_any_date_there_is_no_rate_to_audit_a_conversion_against():
    c = claim("valuation", {"company": "mistral-ai"}, doc="u", amount=money("5800000000", "EUR", converted=money(9e9)))
    assert conversions([stored(c, published=None)], FX) == []
    assert len(conversions([stored(c, published="2024-06-12")], FX)) == 1


def test_a_multiple_across_currencies_uses_the_sentences_own_conversion():
    sentence = "The round values Mistral at €5.8 billion ($6.2 billion), roughly tripling about $2 billion"
    c = claim("valuation", {"company": "mistral-ai"}, doc="t", evidence=sentence,
              amount=money("5800000000", "EUR", converted=money(6.2e9)), previous=money(2e9, approx=True))
    at = sentence.index("tripling")
    tripling = Quantity("multiple", Decimal(3), "tripling", at, at + 8, approx=True)
    assert stated_multiples([stored(c, published=None, multiples=[tripling])], FX) == []
