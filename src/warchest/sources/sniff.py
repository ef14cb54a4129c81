"""What a stream of bytes is, judged by its content rather than its file name.

A saved page called ``.txt``, a feed called ``.html`` or a WARC without its
extension all happen in real crawls, so the first bytes decide; the extension
is never consulted.
"""

from __future__ import annotations

import json
import re
from enum import Enum

HEAD = 65536  # bytes looked at


class Kind(str, Enum):
    GZIP = "gzip"
    WARC = "warc"
    FEED = "feed"
    JSONL = "jsonl"
    HTML = "html"
    TEXT = "text"
    BINARY = "binary"


# Signatures of common binary formats, so the error can say what the file is.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz stream"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"OggS", "an Ogg media file"),
)
GZIP_MAGIC = b"\x1f\x8b"
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_PROLOGUE = re.compile(rb"^(?:\s+|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>/]", re.I)
_HTML_START = re.compile(rb"<(?:html|head|body|!doctype\s+html)[\s>]", re.I)
_HTML_TAG = re.compile(
    rb"<(?:p|div|br|a|span|article|section|main|header|footer|nav|aside|figure|h[1-6]|table|ul|ol|li|meta|link"
    rb"|title|script|style|img|strong|em|b|i)\b[^>]*>",
    re.I,
)
# Closed block elements: markup that structures text even after a line of plain text.
_HTML_BLOCK_END = re.compile(rb"</(?:p|div|article|section|main|h[1-6]|li|table)\s*>", re.I)


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` starts with, or None when it may be text."""
    if head.startswith(BOMS):
        return None
    for magic, what in MAGIC:
        if head.startswith(magic):
            return what
    if b"\x00" in head[:8192]:
        return "binary data"
    return None


def sniff(head: bytes) -> Kind:
    """The kind of input whose first bytes are ``head``."""
    if head.startswith(GZIP_MAGIC):
        return Kind.GZIP
    if binary_kind(head):
        return Kind.BINARY
    if head.startswith(BOMS[1:]):  # UTF-16: look at the characters, not the bytes
        head = head[: len(head) // 2 * 2].decode("utf-16", "replace").encode("utf-8")
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if body.startswith(b"WARC/"):
        return Kind.WARC
    start = body[_PROLOGUE.match(body).end() :]
    if _FEED_ROOT.match(start):
        return Kind.FEED
    if _HTML_START.match(start) or start.lower().startswith(b"<!doctype"):
        return Kind.HTML
    if _is_jsonl(body):
        return Kind.JSONL
    if start.startswith(b"<") and len(_HTML_TAG.findall(body[:HEAD])) >= 2:
        return Kind.HTML
    if len(_HTML_BLOCK_END.findall(body[:HEAD])) >= 2:  # "Saved page\n<p>...</p><p>...</p>"
        return Kind.HTML
    return Kind.TEXT


def _is_jsonl(body: bytes) -> bool:
    """The first line is a whole JSON object."""
    if not body.startswith(b"{"):
        return False
    first = body.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
