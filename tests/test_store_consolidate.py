"""Consolidation: the same fact across documents and languages becomes one event."""

from __future__ import annotations

from decimal import Decimal

import pytest

from store_helpers import claim, money, stored
from warchest.store.consolidate import consolidate
from warchest.store.tolerance import amounts_agree, dates_agree
from warchest.store.fx import default_fx
from warchest.model import When

FX = default_fx()
AMAZON_ANTHROPIC = {"investors": ["amazon"], "investee": "anthropic"}


def events_of(*claims):
    return consolidate([stored(c, published=p, lang=l) for c, p, l in claims], FX)


def test_korean_and_english_reports_of_one_deal_become_one_event():
    ko = claim("investment", AMAZON_ANTHROPIC, doc="ko1", date="2024-11-22", scope="single", status="completed",
               amount=money(4_000_000_000, text="40억 달러", converted=money("5600000000000", "KRW", approx=True)))
    ko_krw = claim("investment", AMAZON_ANTHROPIC, doc="ko2", date="2024-11-23", scope="single",
                   amount=money("5600000000000", "KRW", text="약 5조6000억원", approx=True))
    en = claim("investment", AMAZON_ANTHROPIC, doc="en1", date="2024-11-22", scope="single", status="completed",
               amount=money(4_000_000_000, text="$4 billion"))
    events = events_of((ko, "2024-11-23", "ko"), (ko_krw, "2024-11-23", "ko"), (en, "2024-11-22", "en"))
    assert len(events) == 1
    e = events[0].to_json()
    assert {s["doc"] for s in e["sources"]} == {"ko1", "ko2", "en1"}
    assert e["amount"] == {"value": 4_000_000_000, "currency": "USD"}
    assert e["date"]["value"] == "2024-11-22"
    assert e["conflicts"] == []
    assert e["args"]["investee"] == {"id": "anthropic", "name": "Anthropic"}


def test_a_tranche_a_total_and_a_pledge_stay_apart():
    """Scope-aware: a $2.75B tranche is not the $4B pledge nor the $8B total."""
    pledge = claim("investment", AMAZON_ANTHROPIC, doc="a", date="2023-09", amount=money(4e9, bound="up_to"),
                   scope="commitment")
    tranche = claim("investment", AMAZON_ANTHROPIC, doc="a", date="2024-03", amount=money(2.75e9), scope="single")
    new = claim("investment", AMAZON_ANTHROPIC, doc="b", date="2024-11-22", amount=money(4e9), scope="single")
    total = claim("investment", AMAZON_ANTHROPIC, doc="b", date="2024-11-22", amount=money(8e9), scope="cumulative")
    pledge_again = claim("investment", AMAZON_ANTHROPIC, doc="c", date="2023-09", amount=money(4e9, bound="up_to"),
                         scope="commitment")
    events = events_of(*((c, "2024-11-23", "en") for c in (pledge, tranche, new, total, pledge_again)))
    assert len(events) == 4
    by_amount = {(e.amount.value, e.attrs.get("scope")): len(e.members) for e in events}
    assert by_amount[(Decimal("4E+9"), "commitment")] == 2


def test_different_numbers_for_the_same_dated_fact_are_a_conflict_not_two_events():
    a = claim("valuation", {"company": "mistral-ai"}, doc="a", date="2024-06-11", amount=money("5800000000", "EUR"))
    b = claim("valuation", {"company": "mistral-ai"}, doc="b", date="2024-06-11", amount=money("6000000000", "EUR"))
    c = claim("valuation", {"company": "mistral-ai"}, doc="c", date="2024-06-12", amount=money("5.8e9", "EUR"))
    events = events_of((a, "2024-06-12", "ko"), (b, "2024-06-12", "en"), (c, "2024-06-13", "en"))
    assert len(events) == 1
    e = events[0].to_json()
    assert e["amount"]["value"] == 5_800_000_000  # two documents against one
    [conflict] = e["conflicts"]
    assert conflict["field"] == "amount"
    assert [v["docs"] for v in conflict["values"]] == [["a", "c"], ["b"]]


def test_one_document_giving_two_numbers_states_two_facts():
    a = claim("valuation", {"company": "xai"}, doc="a", date="2024-12", amount=money(50e9), basis="pre")
    b = claim("valuation", {"company": "xai"}, doc="a", date="2024-12", amount=money(56e9))
    assert len(events_of((a, "2024-12-24", "ko"), (b, "2024-12-24", "ko"))) == 2


def test_a_denial_and_a_rumour_of_one_raise_conflict_on_status():
    rumour = claim("investment", {"investee": "xai"}, doc="a", date="2025-02", amount=money(10e9), status="rumored")
    denial = claim("investment", {"investee": "xai"}, doc="b", date="2025-02", amount=money(10e9), status="denied")
    [event] = events_of((rumour, "2025-02-10", "ko"), (denial, "2025-02-12", "ko"))
    assert event.attrs["status"] == "denied"  # the latest word, and nothing completed
    assert [c.field for c in event.conflicts] == ["status"]


def test_later_stages_supersede_earlier_ones_without_conflict():
    planned = claim("acquisition", {"acquirer": "rebellions", "target": "sapeon"}, doc="a", date="2024-06",
                    status="planned")
    done = claim("acquisition", {"acquirer": "rebellions", "target": "sapeon"}, doc="b", date="2024-12",
                 status="completed")
    [event] = events_of((planned, "2024-06-20", "ko"), (done, "2025-01-05", "en"))
    assert event.attrs["status"] == "completed"
    assert event.date.value == "2024-12"
    assert event.conflicts == ()


def test_founding_dates_that_disagree_are_a_date_conflict():
    a = claim("founding", {"org": "anthropic"}, doc="a", date="2021")
    b = claim("founding", {"org": "anthropic"}, doc="b", date="2020")
    c = claim("founding", {"org": "anthropic"}, doc="c", date="2021")
    [event] = events_of((a, "2024-01-01", "en"), (b, "2024-01-02", "ko"), (c, "2024-01-03", "en"))
    assert event.date.value == "2021"
    [conflict] = event.conflicts
    assert conflict.field == "date" and [v["docs"] for v in conflict.values] == [["a", "c"], ["b"]]


def test_lead_and_participants_of_one_round_are_one_event():
    lead = claim("investment", {"investors": ["general-catalyst"], "investee": "mistral-ai"}, doc="a",
                 amount=money("600000000", "EUR"), date="2024-06", round="series_b", scope="single")
    others = claim("investment", {"investors": ["andreessen-horowitz", "nvidia"], "investee": "mistral-ai"}, doc="a",
                   date="2024-06", round="series_b")
    earlier = claim("investment", {"investors": ["andreessen-horowitz"], "investee": "mistral-ai"}, doc="a",
                    amount=money("385000000", "EUR"), date="2023-12", round="series_a", scope="single")
    events = events_of(*((c, "2024-06-12", "ko") for c in (lead, others, earlier)))
    assert len(events) == 2
    b = next(e for e in events if e.attrs["round"] == "series_b")
    assert [r["id"] for r in b.args["investors"]] == ["general-catalyst", "andreessen-horowitz", "nvidia"]


def test_different_investors_with_their_own_amounts_are_different_deals():
    amazon = claim("investment", AMAZON_ANTHROPIC, doc="a", date="2023-10", amount=money(4e9))
    google = claim("investment", {"investors": ["google"], "investee": "anthropic"}, doc="b", date="2023-10",
                   amount=money(4e9))
    assert len(events_of((amazon, "2023-10-28", "en"), (google, "2023-10-28", "en"))) == 2


def test_event_ids_are_stable_and_unique():
    claims = [claim("launch", {"org": "anthropic", "product": "claude-3"}, doc=d) for d in "abc"]
    claims += [claim("layoff", {"org": "microsoft"}, doc=d, date="2025-05-13", count=6000) for d in "ab"]
    first = events_of(*((c, "2025-05-14", "en") for c in claims))
    again = events_of(*((c, "2025-05-14", "en") for c in claims))
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first) == 2


@pytest.mark.parametrize("a, b, agree", [
    (money(4e9), money("5600000000000", "KRW", approx=True), True),  # 40억 달러 (약 5조6000억원), Nov 2024
    (money(4e9), money("4000000000000", "KRW"), False),
    (money(13e9, bound="over"), money(13.5e9), True),
    (money(1e9, bound="under"), money(0.9e9), True),
    (money(6.6e9), money(6.4e9), False),
    (money("5800000000", "EUR", converted=money(6.2e9)), money(6.2e9), True),  # the stated conversion is used
])
def test_amounts_agree_within_tolerance_after_conversion(a, b, agree):
    assert amounts_agree(a, "2024-11-22", b, "2024-11-22", FX) is agree


def test_dates_agree_at_their_precision():
    assert dates_agree(When("2024-11-22", "day", ""), When("2024-11", "month", ""))
    assert dates_agree(When("2024-11-22", "day", ""), When("2024-11-24", "day", ""))  # a weekend apart
    assert not dates_agree(When("2024-11-22", "day", ""), When("2024-12-02", "day", ""))
    assert dates_agree(When("2025-01", "month", ""), When("2025-02", "month", ""))  # announced, then done
    assert not dates_agree(When("2023", "year", ""), When("2024-02", "month", ""))
    assert dates_agree(None, When("2024", "year", "")) is None


def test_sources_labelling_one_sum_at_one_time_differently_disagree_on_scope():
    tranche = claim("investment", AMAZON_ANTHROPIC, doc="a", date="2024-03", amount=money(2.75e9), scope="single")
    labelled = claim("investment", AMAZON_ANTHROPIC, doc="b", date="2024-03-27", amount=money(2.75e9),
                     scope="commitment")
    [event] = events_of((tranche, "2024-11-23", "ko"), (labelled, "2024-11-22", "en"))
    assert [c.field for c in event.conflicts] == ["scope"]


def test_a_valuation_repeated_months_later_is_the_same_valuation():
    first = claim("valuation", {"company": "rebellions"}, doc="a", date="2024-12",
                  amount=money("1300000000000", "KRW", bound="over"))
    later = claim("valuation", {"company": "rebellions"}, doc="b", date="2025-02-12", amount=money("1300000000000", "KRW"))
    higher = claim("valuation", {"company": "rebellions"}, doc="c", date="2025-09", amount=money("2000000000000", "KRW"))
    events = events_of((first, "2025-01-03", "en"), (later, "2025-02-12", "ko"), (higher, "2025-09-30", "ko"))
    assert sorted(len(e.members) for e in events) == [1, 2]
    assert all(not e.conflicts for e in events)


def test_an_undated_participant_list_joins_its_round_from_the_same_article():
    sums = claim("investment", {"investee": "openai"}, doc="a", date="2024-10-02", amount=money(6.6e9), scope="single")
    same = claim("investment", {"investee": "openai"}, doc="b", date="2024-10-02", amount=money(6.6e9), scope="single")
    backers = claim("investment", {"investors": ["microsoft", "nvidia"], "investee": "openai"}, doc="a", scope="single")
    elsewhere = claim("investment", {"investors": ["nvidia"], "investee": "openai"}, doc="c", scope="single")
    events = events_of((sums, "2024-10-03", "en"), (same, "2024-10-03", "ko"), (backers, "2024-10-03", "en"),
                       (elsewhere, "2024-10-04", "en"))
    assert [len(e.members) for e in events] == [4]  # the last one fits by a shared investor


def test_layoff_counts_agree_within_tolerance_and_nested_counts_stay_apart():
    about = claim("layoff", {"org": "microsoft"}, doc="a", date="2025-05-13", count=6000)
    more = claim("layoff", {"org": "microsoft"}, doc="b", date="2025-05-13", count=6100)
    local = claim("layoff", {"org": "microsoft"}, doc="b", date="2025-05-13", count=1985)
    events = events_of((about, "2025-05-14", "ko"), (more, "2025-05-14", "en"), (local, "2025-05-14", "en"))
    assert sorted(len(e.members) for e in events) == [1, 2]


def test_one_persons_move_is_one_event_but_a_return_years_later_is_another():
    left = claim("hire", {"person": "sam-altman", "from": "openai"}, doc="a", date="2023-11-17", kind="departed")
    joined = claim("hire", {"person": "sam-altman", "to": "microsoft"}, doc="b", date="2023-11-20", kind="hired")
    later = claim("hire", {"person": "sam-altman", "from": "openai"}, doc="c", date="2025-06", kind="departed")
    events = events_of((left, "2023-11-18", "en"), (joined, "2023-11-20", "en"), (later, "2025-06-10", "en"))
    assert sorted(len(e.members) for e in events) == [1, 2]


def test_a_total_also_told_as_a_single_investment_is_one_event():
    total = claim("investment", {"investors": ["microsoft"], "investee": "openai"}, doc="a", date="2024-06",
                  amount=money(13e9), scope="cumulative")
    told = claim("investment", {"investors": ["microsoft"], "investee": "openai"}, doc="b", amount=money(13e9),
                 scope="single")
    unnamed = claim("investment", {"investee": "openai"}, doc="c", amount=money(13e9), scope="single")
    events = events_of((total, "2024-06-10", "en"), (told, "2024-11-23", "ko"), (unnamed, "2024-11-23", "ko"))
    assert sorted(len(e.members) for e in events) == [1, 2]


def test_claims_without_their_anchor_merge_only_when_they_say_the_same():
    said = "Top researchers are offered more than $1 million a year."
    pay = [claim("compensation", {}, doc=d, amount=money(1e6, bound="over"), evidence=said) for d in "ab"]
    other = claim("compensation", {}, doc="c", amount=money(1e6), evidence="Engineers earn $1 million.")
    events = events_of(*((c, "2025-07-01", "en") for c in (*pay, other)))
    assert sorted(len(e.members) for e in events) == [1, 2]


def test_the_block_index_passes_over_only_groups_a_claim_cannot_join(monkeypatch):
    """Grouping with the index gives exactly what comparing every group gives."""
    import random

    from warchest.store import matching

    rng = random.Random(5)
    claims = []
    for i in range(400):
        amount = money(round(10 ** rng.uniform(7, 10), -5), rng.choice(["USD", "KRW", "EUR", "XYZ"]),
                       approx=rng.random() < 0.3, bound=rng.choice([None, "over", "up_to"])) \
            if rng.random() < 0.85 else None
        extra = {"round": rng.choice(["seed", "series_a"])} if rng.random() < 0.15 else {}
        c = claim("investment", {"investors": [f"vc{rng.randrange(8)}"], "investee": f"co{rng.randrange(3)}"},
                  doc=f"d{i // 4}", amount=amount, date=f"2024-{rng.randrange(1, 13):02d}" if rng.random() < 0.8 else None,
                  scope=rng.choice(["single", "cumulative"]), **extra)
        claims.append(stored(c, published="2024-12-31"))
    indexed = [[m.id for m in g] for g in matching.cluster(claims, FX)]
    monkeypatch.setattr(matching._Block, "candidates", lambda self, sc, fx: self.groups)
    assert [[m.id for m in g] for g in matching.cluster(claims, FX)] == indexed
    assert len(indexed) < len(claims)
