"""The per-document pipeline: one pure function from a RawDoc to its Analysis.

Resources (gazetteer, lexicons, Kiwi) are built once and reused, so the same
code runs in the CLI, in tests, in worker processes and in a Spark task.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .claims import ClaimExtractor, DocContext
from .config import data_dir
from .entities import EntityLayer
from .model import Analysis, Document, RawDoc
from .page import to_document
from .quantities import find_quantities
from .text import split_sentences
from .text.morph import Morphology, shared_morphology


@dataclass(frozen=True)
class Resources:
    entities: EntityLayer
    claims: ClaimExtractor
    morphology: Morphology

    @classmethod
    def load(cls, directory: Path | None = None) -> "Resources":
        directory = directory or data_dir()
        entities = EntityLayer.load(directory)
        return cls(
            entities=entities,
            claims=ClaimExtractor.load(directory),
            morphology=shared_morphology(entities.user_words()),
        )


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    return Resources.load()


def analyze_document(doc: Document, resources: Resources) -> Analysis:
    """Sentences, quantities, mentions and claims of one clean Document."""
    sentences = split_sentences(doc.text)
    quantities = find_quantities(doc.text, doc.published_date)
    mentions = resources.entities.mentions(doc, sentences, resources.morphology)
    ctx = DocContext(doc, sentences, quantities, mentions, resources.morphology)
    claims = resources.claims.extract(ctx)
    return Analysis(doc, tuple(sentences), tuple(quantities), tuple(mentions), tuple(claims))


def analyze(
    raw: RawDoc,
    resources: Resources | None = None,
    published: str | None = None,
    lang: str | None = None,
) -> Analysis:
    """The whole per-document flow: page, text, quantities, entities, claims."""
    doc = to_document(raw, published=published, lang=lang)
    return analyze_document(doc, resources or default_resources())
