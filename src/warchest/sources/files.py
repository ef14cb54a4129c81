"""Paths to byte streams: directories walked, stdin read, sizes and gzip capped."""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError, LimitError
from .limits import Limits
from .sniff import HEAD

STDIN = "-"
STDIN_NAME = "<stdin>"


def _walk(root: str) -> Iterator[str | InputError]:
    """The files under a directory in sorted order, hidden files and folders
    skipped; a folder that cannot be listed is an error value."""
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        while errors:
            e = errors.pop(0)
            yield InputError(e.filename or folder, e.strerror or str(e))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(folder, name)
    for e in errors:
        yield InputError(e.filename or root, e.strerror or str(e))


def walk_inputs(paths: Iterable[str]) -> Iterator[tuple[str, bool] | InputError]:
    """Each path with whether it was found by walking a directory (recursive,
    sorted, hidden files and folders skipped) rather than named."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            for found in _walk(path):
                yield found if isinstance(found, InputError) else (found, True)
        else:
            yield path, False


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Each path, with directories replaced by the files under them."""
    for found in walk_inputs(paths):
        yield found if isinstance(found, InputError) else found[0]


def source_name(path: str) -> str:
    return STDIN_NAME if path == STDIN else path


def open_input(path: str, limits: Limits) -> BinaryIO:
    """A buffered binary stream of a file or of stdin; ``peek`` shows its head.

    Stdin is read into memory (up to the byte cap) since it cannot be re-read.
    """
    if path == STDIN:
        data = read_capped(sys.stdin.buffer, STDIN_NAME, limits.max_bytes)
        return io.BufferedReader(io.BytesIO(data), buffer_size=HEAD)
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a directory")
    try:
        return open(p, "rb", buffering=HEAD)
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None


def peek(stream: BinaryIO, size: int = HEAD) -> bytes:
    """The first ``size`` bytes without consuming them (fewer at end of input)."""
    return stream.peek(size)[:size]  # type: ignore[attr-defined]


def read_capped(stream: BinaryIO, source: str, max_bytes: int, what: str = "input") -> bytes:
    """All of ``stream``, refusing more than ``max_bytes``."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as e:
        raise InputError(source, e.strerror or str(e)) from None
    if len(data) > max_bytes:
        raise LimitError(source, f"{what} is larger than the limit of {max_bytes} bytes")
    return data


def gunzip(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    """The decompressed bytes of a gzip stream, stopping as soon as they pass
    ``max_bytes`` (a small file that inflates without end is refused, not read)."""
    try:
        with gzip.GzipFile(fileobj=stream) as gz:
            return read_capped(gz, source, max_bytes, "decompressed input")
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        raise InputError(source, f"broken gzip stream ({e or 'truncated'})") from None


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream, for sniffing what it holds."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD)
    except zlib.error:
        return b""
