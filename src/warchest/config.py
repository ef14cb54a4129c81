"""Where resources live and the defaults every command shares."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The resource folder: ``$WARCHEST_DATA`` or ``data/`` of the checkout."""
    env = os.environ.get("WARCHEST_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "data"
