"""WARC files (plain or gzipped): the HTML responses of a crawl, one RawDoc each.

Records are streamed, so a crawl file of any size is read record by record;
the byte cap applies to each record's payload, not to the file.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, LimitError, WarchestError
from ..model import RawDoc
from ..page import HTML_TYPES
from .limits import Limits

PAGE_RECORDS = ("response", "resource")


def _content_type(record) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _is_page(record) -> bool:
    if record.rec_type not in PAGE_RECORDS:
        return False
    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    return _content_type(record).split(";")[0].strip().lower() in HTML_TYPES


def iter_warc(stream: BinaryIO, source: str, limits: Limits) -> Iterator[RawDoc | WarchestError]:
    """One RawDoc per successful HTML response (or resource) record; ``source``
    is ``path#N`` with N the record's ordinal in the file, counting from 1."""
    n = 0
    try:
        for n, record in enumerate(ArchiveIterator(stream), start=1):
            if n > limits.max_warc_records:
                yield LimitError(source, f"more than {limits.max_warc_records} records; the rest are skipped")
                return
            if not _is_page(record):
                continue
            name = f"{source}#{n}"
            data = record.content_stream().read(limits.max_bytes + 1)
            if len(data) > limits.max_bytes:
                yield LimitError(name, f"record is larger than the limit of {limits.max_bytes} bytes")
                continue
            missing = getattr(record.raw_stream, "limit", 0)  # bytes the header promised but the file lacks
            if missing:
                yield InputError(name, f"truncated record ({missing} bytes missing)")
                continue
            content_type = _content_type(record)
            yield RawDoc(
                source=name,
                data=data,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                content_type=content_type,
                charset=_charset(content_type),
            )
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as e:
        where = f"{source}#{n + 1}" if n else source
        yield InputError(where, f"broken WARC record ({e})")
