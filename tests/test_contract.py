"""The contract checker accepts what the contract allows and names what it does not."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from warchest.contract import claim_problems
from warchest.model import Amount, Claim, EntityRef, Span, When
from warchest.page import document_id

TEXT = (
    "아마존, 앤스로픽에 40억 달러 추가 투자\n\n"
    "아마존은 22일(현지시간) 앤스로픽에 40억 달러(약 5조6000억 원)를 추가로 투자한다고 밝혔다. "
    "이로써 누적 투자액은 80억 달러가 됐다."
)
SENTENCE = "아마존은 22일(현지시간) 앤스로픽에 40억 달러(약 5조6000억 원)를 추가로 투자한다고 밝혔다."
START = TEXT.index(SENTENCE)


def investment_claim() -> Claim:
    """The claim an extractor should print for SENTENCE, built from the model's nouns."""
    usd = Amount(Decimal(4_000_000_000), "USD", "40억 달러",
                 converted=Amount(Decimal(5_600_000_000_000), "KRW", "약 5조6000억 원", approx=True))
    return Claim(
        type="investment",
        args={"investors": (EntityRef("amazon", "Amazon", "아마존"),),
              "investee": EntityRef("anthropic", "Anthropic", "앤스로픽")},
        evidence=Span(START, START + len(SENTENCE)),
        evidence_text=SENTENCE,
        doc_id=document_id(TEXT),
        source="samples/amazon.txt",
        amount=usd,
        date=When("2024-11-22", "day", "22일(현지시간)"),
        attrs={"scope": "single", "status": "announced"},
        confidence=0.9,
    )


@pytest.fixture
def good() -> dict:
    return investment_claim().to_json()


def broken(good: dict, path: str, value) -> dict:
    """A deep copy of ``good`` with the value at a dotted ``path`` replaced (or deleted)."""
    obj = copy.deepcopy(good)
    *parents, last = path.split(".")
    node = obj
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value
    return obj


DELETE = object()


def test_model_claim_is_valid(good):
    assert claim_problems(good, TEXT) == []


def test_unknown_entity_with_known_false_is_valid(good):
    obj = broken(good, "args.investee", {"id": "앤스로픽", "name": "앤스로픽", "text": "앤스로픽", "known": False})
    assert claim_problems(obj, TEXT) == []


def test_every_type_with_its_roles_is_valid(good):
    ent = {"id": "amazon", "name": "Amazon", "text": "아마존"}
    other = {"id": "anthropic", "name": "Anthropic", "text": "앤스로픽"}
    cases = {
        "acquisition": ({"acquirer": ent, "target": other}, {"status": "rumored"}),
        "valuation": ({"company": other}, {"basis": "post", "previous": good["amount"]}),
        "compensation": ({}, {"population": "researchers", "period": "year"}),
        "hire": ({"from": ent, "to": other}, {"kind": "team"}),
        "layoff": ({"org": ent}, {"count": 3600}),
        "launch": ({"org": other, "product": ent}, {}),
        "founding": ({"org": other, "founders": [ent]}, {}),
        "partnership": ({"orgs": [ent, other]}, {"kind": "cloud"}),
        "position": ({"person": ent, "org": other}, {"title": "CEO"}),
    }
    for ctype, (args, attrs) in cases.items():
        obj = dict(good, type=ctype, args=args, attrs=attrs)
        if ctype not in ("valuation", "compensation", "acquisition"):
            obj["amount"] = None
        assert claim_problems(obj, TEXT) == [], ctype


@pytest.mark.parametrize(
    "path, value, expected",
    [
        ("type", "merger", "type: unknown claim type"),
        ("args.investee", DELETE, "args.investee: required for investment"),
        ("args.buyer", {"id": "x", "name": "X", "text": "아마존"}, "args.buyer: not a role of investment"),
        ("args.investors", {"id": "amazon", "name": "Amazon", "text": "아마존"}, "args.investors: expected a non-empty list"),
        ("args.investee.id", "Anthropic AI", "args.investee.id: expected a lower-case slug"),
        ("args.investee.name", "", "args.investee.name: expected a non-empty string"),
        ("args.investee.known", True, "args.investee.known: present only as false"),
        ("args.investee.text", "Anthropic", "args.investee.text: 'Anthropic' is not in the document text"),
        ("amount.value", "40억", "amount.value: expected a non-negative number"),
        ("amount.currency", "달러", "amount.currency: expected an ISO 4217 code"),
        ("amount.bound", "about", "amount.bound: expected one of null, up_to"),
        ("amount.approx", "yes", "amount.approx: expected true or false"),
        ("amount.converted.currency", "won", "amount.converted.currency"),
        ("date.precision", "week", "date.precision: expected one of year, month, day"),
        ("date.value", "2024-11", "date.value: expected a real day"),
        ("date.value", "2024-02-30", "date.value: expected a real day"),
        ("attrs.status", "rejected", "attrs.status: invalid value 'rejected'"),
        ("attrs.scope", "total", "attrs.scope: invalid value 'total'"),
        ("attrs.round", "Series B", "attrs.round: invalid value"),
        ("attrs.kind", "hired", "attrs.kind: not an attr of investment"),
        ("evidence.start", START + 1, "evidence.text: expected 55 characters"),
        ("evidence.end", 10_000, "evidence.text: expected"),
        ("doc.id", "sha1:abc", "doc.id: expected sha256"),
        ("confidence", 1.5, "confidence: expected a number in 0..1"),
        ("evidence", DELETE, "evidence: missing"),
    ],
)
def test_each_breach_is_named(good, path, value, expected):
    problems = claim_problems(broken(good, path, value), TEXT)
    assert any(p.startswith(expected) for p in problems), problems


def test_evidence_shifted_by_one_fails_only_against_the_text(good):
    shifted = dict(good, evidence={"start": START + 1, "end": START + 1 + len(SENTENCE), "text": SENTENCE})
    assert claim_problems(shifted) == []
    assert claim_problems(shifted, TEXT) != []


def test_types_without_money_carry_no_amount(good):
    obj = dict(good, type="launch", args={"org": good["args"]["investee"], "product": good["args"]["investee"]}, attrs={})
    assert claim_problems(obj, TEXT) == ["amount: launch carries no amount, got dict"]


def test_hire_kinds_and_layoff_counts(good):
    ent = good["args"]["investee"]
    hire = dict(good, type="hire", args={"person": ent}, amount=None, attrs={"kind": "promoted"})
    assert claim_problems(hire, TEXT) == ["attrs.kind: invalid value 'promoted' for hire"]
    assert claim_problems(dict(hire, args={}, attrs={}), TEXT) == [
        "args: a hire names a person, a group, or where they moved"
    ]
    layoff = dict(good, type="layoff", args={"org": ent}, amount=None, attrs={"count": "3600명"})
    assert claim_problems(layoff, TEXT) == ["attrs.count: invalid value '3600명' for layoff"]


def test_partnership_needs_two_orgs(good):
    obj = dict(good, type="partnership", args={"orgs": [good["args"]["investee"]]}, amount=None, attrs={})
    assert claim_problems(obj, TEXT) == ["args.orgs: a partnership needs two or more organisations"]


def test_restatement_spans_stay_inside_the_text(good):
    assert claim_problems(dict(good, more_evidence=[{"start": 0, "end": 10}]), TEXT) == []
    problems = claim_problems(dict(good, more_evidence=[{"start": 5, "end": len(TEXT) + 1}]), TEXT)
    assert problems == [f"more_evidence[0]: expected offsets 0 <= start < end within the text, got {{'start': 5, 'end': {len(TEXT) + 1}}}"]


def test_not_an_object():
    assert claim_problems(["investment"]) == ["claim: expected an object, got list"]
