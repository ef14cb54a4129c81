"""The talent and company families on the annotated dev corpus: per-type F1 over
the clean texts, and nothing at all from the off-topic articles."""

from __future__ import annotations

import json

import pytest

from warchest.evaluate import evaluate, pipeline_extractor

TYPES = ("compensation", "hire", "layoff", "position", "launch", "founding", "partnership")


@pytest.fixture(scope="module")
def report(dev_corpus, resources):
    return evaluate(dev_corpus, pipeline_extractor(), types=TYPES)


@pytest.mark.parametrize("claim_type", TYPES)
def test_each_type_is_found_and_right(report, claim_type):
    counts = report.by_type[claim_type]
    assert counts.f1 >= 0.8, (claim_type, counts)


def test_overall_figure_of_the_seven_types(report):
    assert report.overall.f1 >= 0.9
    assert not report.errors


def test_off_topic_articles_give_no_talent_or_company_claims(report, dev_corpus):
    off_topic = {p.with_suffix(".txt").name for p in dev_corpus.glob("*.json")
                 if json.loads(p.read_text(encoding="utf-8")).get("off_topic")}
    assert off_topic
    for doc in report.documents:
        if doc.doc in off_topic:
            assert doc.false == [], doc.doc
