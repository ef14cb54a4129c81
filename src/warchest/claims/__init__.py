"""Claims: every claim type of the contract, extracted sentence by sentence.

Each family module (``money``, ``talent``, ``company``) exposes
``extract(ctx, lexicons) -> list[Claim]`` and reads its triggers and frames from
``data/lexicons/<family>.<lang>.json``. This package runs the registered
families in turn and folds restatements within the document into one claim.

The shared machinery a family builds on:

- ``cases``: ``read_arguments`` (each mention's case from Korean particles or
  English prepositions and word order, with its coordination group), ``Grammar``;
- ``frames``: ``load_frames`` / ``find_triggers`` / ``fill_roles`` (re-exports
  ``read_arguments`` and ``Grammar``);
- ``cues``: ``status_of``, ``scope_of``, ``is_negated``, ``is_rejected``, ``is_hedged``,
  ``clause_span`` / ``own_clause``;
- ``carry``: ``carried_subject`` (dropped subjects), ``carried_date`` (당시, 이날);
- ``build``: ``make_claim`` (evidence = the sentence, confidence from how roles were filled);
- ``merge``: ``merge_restatements``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from ..model import Claim
from .context import DocContext
from .lexicon import load_lexicons
from .merge import merge_restatements


def _families(names: tuple[str, ...]) -> tuple[ModuleType, ...]:
    """The family modules that exist (talent and company are being written)."""
    found = []
    for name in names:
        try:
            found.append(importlib.import_module(f"{__name__}.{name}"))
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
    return tuple(found)


FAMILIES: tuple[ModuleType, ...] = _families(("money", "talent", "company"))


class ClaimExtractor:
    """The claim families with their lexicons, loaded once."""

    def __init__(self, lexicons: dict[str, Any], families: tuple[ModuleType, ...] = FAMILIES):
        self.lexicons = lexicons
        self.families = families

    @classmethod
    def load(cls, data_dir: Path) -> "ClaimExtractor":
        return cls(load_lexicons(data_dir / "lexicons"))

    def extract(self, ctx: DocContext) -> list[Claim]:
        """Every family's claims for the document, restatements folded."""
        claims: list[Claim] = []
        for family in self.families:
            claims.extend(family.extract(ctx, self.lexicons))
        return merge_restatements(claims)


__all__ = ["ClaimExtractor", "DocContext", "FAMILIES"]
