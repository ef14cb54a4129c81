"""Checks on the annotated corpus tests/fixtures/corpus4 itself.

This is not a score test: it only checks that the gold files are well-formed
and follow the contract (shared/spec/claims.md) and the dev-corpus conventions,
and that the counts in the corpus README match the gold. The checks themselves
live in corpus_checks.py.
"""
from pathlib import Path

import pytest

from corpus_checks import (check_corpus_shape, check_gold, check_readme_counts,
                           check_text_format, load)

CORPUS = Path(__file__).parent / "fixtures" / "corpus4"
GOLDS = sorted(CORPUS.glob("*.json"))


def test_corpus_shape():
    check_corpus_shape(CORPUS, off_prefixes=["507", "607"])


def test_readme_counts_match():
    check_readme_counts(CORPUS)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_text_format(path):
    check_text_format(path)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_gold(path):
    check_gold(path)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_on_topic_has_no_html(path):
    assert not path.with_suffix(".html").exists()
    if not load(path).get("off_topic"):
        assert load(path)["claims"]
