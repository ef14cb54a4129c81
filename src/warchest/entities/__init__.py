"""Entities: gazetteer, recognition, discovery, resolution and coreference."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..model import Document, Mention, Sentence


class EntityLayer:
    """The loaded gazetteer and the recognisers built from it."""

    @classmethod
    def load(cls, data_dir: Path) -> "EntityLayer":
        return cls()

    def user_words(self) -> tuple[tuple[str, str], ...]:
        """Korean names to register with Kiwi as proper nouns."""
        return ()

    def mentions(self, doc: Document, sentences: Sequence[Sentence], morphology=None) -> list[Mention]:
        return []
