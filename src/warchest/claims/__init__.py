"""Claims: every claim type of the contract, extracted sentence by sentence.

Each family module (``money``, ``talent``, ``company``) exposes
``extract(ctx, lexicons) -> list[Claim]``; this package runs them in turn and
folds restatements within the document into one claim.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Claim
from .context import DocContext
from .lexicon import load_lexicons

FAMILIES: tuple = ()


class ClaimExtractor:
    """The claim families with their lexicons, loaded once."""

    def __init__(self, lexicons: dict[str, Any]):
        self.lexicons = lexicons

    @classmethod
    def load(cls, data_dir: Path) -> "ClaimExtractor":
        return cls(load_lexicons(data_dir / "lexicons"))

    def extract(self, ctx: DocContext) -> list[Claim]:
        claims: list[Claim] = []
        for family in FAMILIES:
            claims.extend(family.extract(ctx, self.lexicons))
        return claims


__all__ = ["ClaimExtractor", "DocContext"]
