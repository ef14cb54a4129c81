"""Checks on the annotated corpus tests/fixtures/corpus2 itself.

This is not a score test: it only checks that the gold files are well-formed
and follow the contract (shared/spec/claims.md) and the dev-corpus conventions.
The checks live in corpus_checks.py, shared with the other annotated corpora.
"""
from pathlib import Path

import pytest

from corpus_checks import ROLES, check_corpus_shape, check_gold, check_text_format, load

CORPUS = Path(__file__).parent / "fixtures" / "corpus2"
GOLDS = sorted(CORPUS.glob("*.json"))


def test_corpus_shape():
    check_corpus_shape(CORPUS, off_prefixes=["108", "208"], per_lang=8, on_per_lang=7)
    assert 180 <= sum(len(load(p)["claims"]) for p in GOLDS) <= 260


def test_readme_counts_match():
    """This README has the per-type table only, not a row per document."""
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    counts = {}
    for p in GOLDS:
        g = load(p)
        for c in g["claims"]:
            counts[c["type"], g["lang"]] = counts.get((c["type"], g["lang"]), 0) + 1
    for t in ROLES:
        ko, en = counts.get((t, "ko"), 0), counts.get((t, "en"), 0)
        assert f"| {t} | {ko} | {en} | {ko + en} |" in readme, t


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_text_format(path):
    check_text_format(path, on_words=(250, 600), off_words=(250, 600))


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_gold(path):
    check_gold(path)
