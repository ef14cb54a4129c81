"""Bytes in: turn paths (files, directories, ``-`` for stdin) into RawDocs.

Each input yields either RawDocs or a WarchestError naming it, so one bad file
never stops a batch.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, WarchestError
from ..model import RawDoc

MAX_BYTES = 20 * 1024 * 1024


def read_path(path: str) -> list[RawDoc]:
    """The RawDocs in one file (or stdin for ``-``)."""
    if path == "-":
        return [RawDoc(source="<stdin>", data=sys.stdin.buffer.read())]
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a directory")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"too large ({size} bytes; the limit is {MAX_BYTES})")
        data = p.read_bytes()
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None
    return [RawDoc(source=path, data=data)]


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files under each path, directories walked recursively in sorted order."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield str(child)
        else:
            yield path


def iter_raw(paths: Iterable[str]) -> Iterator[RawDoc | WarchestError]:
    for path in expand(paths):
        try:
            yield from read_path(path)
        except WarchestError as e:
            yield e
