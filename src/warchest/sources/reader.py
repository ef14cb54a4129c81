"""The dispatcher: each path's content is sniffed and handed to its reader."""

from __future__ import annotations

import io
from typing import BinaryIO, Iterable, Iterator

from ..errors import DecodeError, InputError, WarchestError
from ..model import RawDoc, Skipped
from .feeds import iter_feed
from .files import gunzip, gunzip_head, open_input, peek, read_capped, source_name, walk_inputs
from .jsonl import holds_articles, iter_json, iter_jsonl, json_document, lines_hold_articles
from .limits import DEFAULT_LIMITS, Limits
from .skips import NotADocument, markdown_documentation
from .sniff import HEAD, Kind, binary_kind, sniff
from .warc import iter_warc

CONTENT_TYPES = {Kind.HTML: "text/html", Kind.TEXT: "text/plain"}
NO_ARTICLE_RECORD = 'JSON with no article record (an object with "text" or "html")'


def _json_value(data: bytes) -> dict | list | None:
    """A whole JSON document's value; text that merely starts with a bracket
    (``[해설] ...``) is not one."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b"["):
        return None
    try:
        return json_document(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None


def _from_bytes(data: bytes, source: str, limits: Limits) -> Iterator[RawDoc | WarchestError]:
    if not data.strip():
        raise InputError(source, "empty input")
    kind = sniff(data[:HEAD])
    if kind is Kind.FEED:
        yield from iter_feed(data, source, limits)
    elif kind is Kind.JSONL:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise DecodeError(source, f"JSON Lines must be UTF-8 ({e.reason} at byte {e.start})") from None
        if not lines_hold_articles(text):
            raise NotADocument(source, NO_ARTICLE_RECORD)
        yield from iter_jsonl(text, source, limits)
    elif kind is Kind.TEXT and (value := _json_value(data)) is not None:
        if not holds_articles(value):
            raise NotADocument(source, NO_ARTICLE_RECORD)
        yield from iter_json(value, source, limits)
    elif kind is Kind.TEXT and markdown_documentation(data[:HEAD].decode("utf-8", "replace")):
        raise NotADocument(source, "Markdown documentation")
    elif kind in CONTENT_TYPES:
        yield RawDoc(source=source, data=data, content_type=CONTENT_TYPES[kind])
    elif kind is Kind.GZIP:
        raise InputError(source, "gzip inside gzip is not read")
    elif kind is Kind.WARC:
        yield from iter_warc(io.BytesIO(data), source, limits)
    else:
        raise InputError(source, f"{binary_kind(data[:HEAD]) or 'binary data'}, not an article")


def _from_stream(stream: BinaryIO, source: str, limits: Limits) -> Iterator[RawDoc | WarchestError]:
    head = peek(stream)
    kind = sniff(head)
    if kind is Kind.WARC or (kind is Kind.GZIP and gunzip_head(head).startswith(b"WARC/")):
        yield from iter_warc(stream, source, limits)
    elif kind is Kind.GZIP:
        yield from _from_bytes(gunzip(stream, source, limits.max_bytes), source, limits)
    else:
        yield from _from_bytes(read_capped(stream, source, limits.max_bytes), source, limits)


def iter_path(path: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawDoc | WarchestError]:
    """The RawDocs of one file (or stdin for ``-``), with an error value for each
    part that cannot be read; a failure that ends the file ends this iterator."""
    source = source_name(path)
    try:
        with open_input(path, limits) as stream:
            yield from _from_stream(stream, source, limits)
    except WarchestError as e:
        yield e


Item = RawDoc | WarchestError | Skipped


def iter_raw(paths: Iterable[str], limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Every RawDoc under ``paths`` (files, directories, ``-``), in order.

    A file that cannot be read yields a WarchestError naming it and the batch
    goes on; a WARC, feed or JSONL file yields one RawDoc per item, named
    ``path#N``. A file found in a directory that is not a document (see
    ``skips``) yields a Skipped value; named itself, it is an error.
    """
    for found in walk_inputs(paths):
        if isinstance(found, WarchestError):
            yield found
            continue
        path, walked = found
        for item in iter_path(path, limits):
            yield Skipped(item.source, item.reason) if walked and isinstance(item, NotADocument) else item


def read_path(path: str, limits: Limits = DEFAULT_LIMITS) -> list[RawDoc]:
    """The RawDocs of one file (or stdin); raises the first error met."""
    docs = []
    for item in iter_path(path, limits):
        if isinstance(item, WarchestError):
            raise item
        docs.append(item)
    return docs
