"""Checks on the annotated corpora under tests/fixtures (corpus3, corpus4, corpus5).

These are not score tests: they check that each corpus's gold files are
well-formed, follow the contract (shared/spec/claims.md) and the dev-corpus
conventions, and match the counts in the corpus README. The checks live in
corpus_checks.py; corpus2, with its own README layout, has test_corpus2.py.
"""
from dataclasses import dataclass
from pathlib import Path

import pytest

from corpus_checks import check_corpus_shape, check_gold, check_readme_counts, check_text_format

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Corpus:
    name: str
    off_prefixes: tuple[str, ...]
    per_lang: int = 7
    on_per_lang: int = 6
    on_words: tuple[int, int] = (200, 500)

    @property
    def path(self) -> Path:
        return FIXTURES / self.name


CORPORA = (
    Corpus("corpus3", ("307", "407")),
    Corpus("corpus4", ("507", "607")),
    Corpus("corpus5", ("705", "805"), per_lang=5, on_per_lang=4, on_words=(200, 450)),
)
GOLDS = [(c, p) for c in CORPORA for p in sorted(c.path.glob("*.json"))]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_corpus_shape(corpus):
    check_corpus_shape(corpus.path, off_prefixes=list(corpus.off_prefixes),
                       per_lang=corpus.per_lang, on_per_lang=corpus.on_per_lang)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_readme_counts_match(corpus):
    check_readme_counts(corpus.path)


def test_the_held_out_corpus_says_so():
    readme = (FIXTURES / "corpus5" / "README.md").read_text(encoding="utf-8")
    assert "held-out" in readme and "Do not tune on it" in readme
    assert not list((FIXTURES / "corpus5").glob("*.html"))


@pytest.mark.parametrize(("corpus", "path"), GOLDS, ids=lambda x: getattr(x, "stem", ""))
def test_text_format(corpus, path):
    check_text_format(path, on_words=corpus.on_words)


@pytest.mark.parametrize(("corpus", "path"), GOLDS, ids=lambda x: getattr(x, "stem", ""))
def test_gold(corpus, path):
    check_gold(path)
