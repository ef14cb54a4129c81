"""The reader on the dev corpus: every gold amount and date is found in its evidence
sentence with the gold value, currency, hedge and bound; spans hold everywhere."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from warchest.model import Amount, When, quantity_kind
from warchest.quantities import find_quantities


@pytest.fixture(scope="module")
def corpus(dev_corpus):
    docs = []
    for path in sorted(dev_corpus.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        docs.append((gold, text, find_quantities(text, gold["published"])))
    return docs


def same_amount(a: Amount, gold: dict) -> bool:
    return (
        abs(float(a.value) - gold["value"]) <= 0.01 * gold["value"]
        and a.currency == gold["currency"]
        and a.approx == bool(gold.get("approx"))
        and a.bound == gold.get("bound")
        and ("converted" not in gold or (a.converted is not None and same_amount(a.converted, gold["converted"])))
    )


def in_evidence(text: str, claim: dict, found):
    start = text.index(claim["evidence"])
    return [q for q in found if start <= q.start and q.end <= start + len(claim["evidence"])]


def test_every_gold_amount_is_read_in_its_sentence(corpus):
    misses, total = [], 0
    for gold, text, found in corpus:
        for claim in gold["claims"]:
            wanted = [claim.get("amount"), (claim.get("attrs") or {}).get("previous")]
            for amount in filter(None, wanted):
                total += 1
                inside = [q for q in in_evidence(text, claim, found) if isinstance(q, Amount)]
                if not any(same_amount(a, amount) for a in inside):
                    misses.append((amount, claim["evidence"]))
    assert total > 100
    assert misses == []


def test_every_gold_date_is_resolved_in_its_sentence(corpus):
    misses, total = [], 0
    for gold, text, found in corpus:
        for claim in gold["claims"]:
            if claim.get("date"):
                total += 1
                want = (claim["date"]["value"], claim["date"]["precision"])
                inside = [(q.value, q.precision) for q in in_evidence(text, claim, found) if isinstance(q, When)]
                if want not in inside:
                    misses.append((want, claim["evidence"]))
    assert total > 150
    assert misses == []


def test_spans_are_exact_sorted_and_never_overlap_within_a_kind(corpus):
    for _, text, found in corpus:
        assert [q.start for q in found] == sorted(q.start for q in found)
        by_kind = defaultdict(list)
        for q in found:
            assert text[q.start : q.end] == q.text
            by_kind[quantity_kind(q)].append(q)
        for spans in by_kind.values():
            for a, b in zip(spans, spans[1:]):
                assert a.end <= b.start, (a, b)

