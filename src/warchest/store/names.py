"""The name a stored document goes by: its URL when known, else its file name
relative to what was ingested, never the absolute path a user's disk gives it.

Sources are shown on the dashboard and returned by the API and in claim JSON, so
``/home/alice/crawls/2024/a.html`` would tell every reader how Alice's home
folder is laid out. A file found by walking a folder is named relative to that
folder (``sub/a.html``), a file named on the command line by its base name, an
item of a WARC, feed or JSON Lines file keeps its ``#N``.
"""

from __future__ import annotations

import os
from typing import Sequence


def public_source(source: str, url: str | None, inputs: Sequence[str]) -> str:
    """What to store as the document's source (see the module docstring)."""
    if url:
        return url
    for given in inputs:
        if source == given or source.startswith(given + "#"):
            return os.path.basename(given) + source[len(given) :]
        folder = given.rstrip(os.sep)
        if folder and source.startswith(folder + os.sep) and os.path.isdir(given):
            return source[len(folder) + 1 :]
    return source
