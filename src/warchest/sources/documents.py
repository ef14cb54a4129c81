"""Paths straight to clean Documents, for callers that need no RawDoc."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..errors import WarchestError
from ..model import Document, Skipped
from ..page import to_document
from .limits import DEFAULT_LIMITS, Limits
from .reader import iter_raw


def iter_documents(
    paths: Iterable[str],
    limits: Limits = DEFAULT_LIMITS,
    published: str | None = None,
    lang: str | None = None,
) -> Iterator[Document | WarchestError | Skipped]:
    """The clean Document of every input under ``paths``, or the error that
    stopped it, or the Skipped file of a folder; one bad input never stops the rest."""
    for raw in iter_raw(paths, limits):
        if isinstance(raw, (WarchestError, Skipped)):
            yield raw
            continue
        try:
            yield to_document(raw, published=published, lang=lang)
        except WarchestError as e:
            yield e
