"""Entities: gazetteer, recognition, discovery, resolution and coreference.

``EntityLayer.mentions`` runs the stages in order, each seeing what the earlier ones
found: gazetteer names (recognize), spelling variants and in-document abbreviations
(resolve), unknown names from morphology and context cues (discover), then anaphors
resolved to the salient entity (coref).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..model import Document, Entity, Mention, Sentence
from .coref import resolve_anaphors
from .discover import discover
from .gazetteer import Gazetteer, GazetteerError, load_gazetteer, load_non_names, slugify
from .hangul import is_hangul, is_particle_chain
from .recognize import NameMatcher
from .resolve import (
    VariantIndex,
    abbreviation_mentions,
    name_mentions,
    org_short_mentions,
    org_units,
    short_name_mentions,
    titled_surname_mentions,
    variant_mentions,
    versioned_products,
)

__all__ = ["EntityLayer", "GazetteerError", "mention_json", "slugify"]


def mention_json(mention: Mention) -> dict:
    """A mention as ``warchest entities`` prints it: span, surface and the entity it names."""
    e = mention.entity
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "subkind": e.subkind,
        "known": e.known,
        "how": mention.how,
    }


class EntityLayer:
    """The loaded gazetteer and the recognisers built from it."""

    def __init__(self, gazetteer: Gazetteer, non_names: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.non_names = non_names
        self._matcher = NameMatcher(gazetteer.names)
        self._variants = VariantIndex(gazetteer)
        self._by_name: dict[str, Entity] = {}
        for name in gazetteer.names:
            self._by_name.setdefault(name.text.casefold(), gazetteer.entities[name.entity_id])

    @classmethod
    def load(cls, data_dir: Path) -> "EntityLayer":
        """The layer for ``data_dir/gazetteer``, built once per process and directory."""
        return _load(Path(data_dir).resolve())

    def user_words(self) -> tuple[tuple[str, str], ...]:
        """Korean names to register with Kiwi as proper nouns (single words, not weak)."""
        words = {
            n.text
            for n in self.gazetteer.names
            if not n.weak and " " not in n.text and any(is_hangul(c) for c in n.text)
        }
        return tuple((w, "NNP") for w in sorted(words))

    def lookup(self, name: str) -> Entity | None:
        """The entity written ``name`` (canonical, Korean name, alias or spelling variant),
        particles allowed (앤스로픽과의)."""
        name = name.strip()
        for stem in [name] + [name[:end] for end in range(len(name) - 1, 0, -1) if is_particle_chain(name[end:])]:
            key = stem.casefold()
            found = self._by_name.get(key) or self._by_name.get(key.replace(" ", "")) or self._variants.resolve(stem)
            if found:
                return found
        return None

    def get(self, entity_id: str) -> Entity | None:
        return self.gazetteer.get(entity_id)

    def parent_chain(self, entity_id: str) -> list[Entity]:
        return self.gazetteer.parent_chain(entity_id)

    def mentions(self, doc: Document, sentences: Sequence[Sentence], morphology=None) -> list[Mention]:
        """Every mention in ``doc``, sorted by start; name mentions never overlap.

        ``Mention.how`` says how it was found: ``name`` (canonical or Korean name),
        ``alias`` (alias, defined abbreviation, a person's short name), ``variant``
        (spelling variant), ``discovered`` (unknown to the gazetteer: ``known`` False)
        or ``coref`` (an anaphor; its entity is the antecedent's).
        """
        text = doc.text
        found = org_units(text, versioned_products(text, name_mentions(text, self._matcher.find(text), self.gazetteer)))
        found += variant_mentions(text, found, self._variants)
        found += abbreviation_mentions(text, found)
        discovered = discover(text, sentences, found, morphology, self.non_names)
        found = [m for m in found if not any(d.start <= m.start and m.end <= d.end for d in discovered)] + discovered
        found += short_name_mentions(text, found)
        found += titled_surname_mentions(text, found)
        found += org_short_mentions(text, found)
        found.sort(key=lambda m: (m.start, -m.end))
        found += resolve_anaphors(text, sentences, found)
        found.sort(key=lambda m: (m.start, -m.end))
        return found


@lru_cache(maxsize=4)
def _load(data_dir: Path) -> EntityLayer:
    directory = data_dir / "gazetteer"
    return EntityLayer(load_gazetteer(directory), load_non_names(directory))
