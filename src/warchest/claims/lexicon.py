"""Trigger words and frames are data: ``data/lexicons/*.json``, one file per
claim family and language, loaded once into a name -> object mapping."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_lexicons(directory: Path) -> dict[str, Any]:
    """``{stem: parsed JSON}`` for every ``*.json`` under ``directory``."""
    out: dict[str, Any] = {}
    for path in sorted(directory.glob("*.json")):
        with path.open(encoding="utf-8") as f:
            out[path.stem] = json.load(f)
    return out
