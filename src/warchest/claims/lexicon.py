"""Trigger words and frames are data: ``data/lexicons/*.json``, one file per
claim family and language, loaded once into a name -> object mapping."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def load_lexicons(directory: Path) -> dict[str, Any]:
    """``{stem: parsed JSON}`` for every ``*.json`` under ``directory``."""
    out: dict[str, Any] = {}
    for path in sorted(directory.glob("*.json")):
        with path.open(encoding="utf-8") as f:
            out[path.stem] = json.load(f)
    return out


_NOTHING: dict[str, Any] = {}
_BUILT: dict[tuple[int, str, Callable], tuple[Any, Any]] = {}


def compiled(lexicons: Mapping[str, Any], name: str, lang: str, build: Callable[[str, dict], T]) -> T:
    """``build(lang, data)`` for the lexicon file ``name.lang``, done once per loaded file.

    Extractors ask for their compiled lexicon in every sentence, so the build is
    cached. Loaded lexicons are never mutated, so the parsed file's identity is the
    key; the entry holds the file, so its id cannot be reused by another object.
    """
    data = lexicons.get(f"{name}.{lang}", _NOTHING)
    key = (id(data), lang, build)
    if key not in _BUILT:
        _BUILT[key] = (data, build(lang, data))
    return _BUILT[key][1]
