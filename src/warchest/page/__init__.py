"""Pages in, clean Documents out: decoding, main text and metadata."""

from __future__ import annotations

import hashlib
import unicodedata

from ..errors import DecodeError, InputError, NotAnArticleError
from ..model import Document, RawDoc
from ..text import detect_lang


def document_id(text: str) -> str:
    """``sha256:`` of the NFC-normalised text with white space runs folded."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _looks_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in data[:65536].lower()


def _decode(raw: RawDoc) -> tuple[str, str]:
    if b"\x00" in raw.data[:8192]:
        raise DecodeError(raw.source, "binary data, not text")
    for enc in ("utf-8-sig", "cp949"):
        try:
            return raw.data.decode(enc), enc.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    raise DecodeError(raw.source, "cannot decode as UTF-8 or CP949")


def _html_document(raw: RawDoc, html: str, encoding: str) -> tuple[str, dict]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta = trafilatura.extract_metadata(html)
    info = {}
    if meta is not None:
        info = {"title": meta.title, "published": meta.date, "url": meta.url, "author": meta.author,
                "site": meta.sitename}
    return text or "", info


def to_document(raw: RawDoc, published: str | None = None, lang: str | None = None) -> Document:
    """The clean Document of one RawDoc; ``published``/``lang`` override what is found."""
    if not raw.data and raw.text is None:
        raise InputError(raw.source, "empty input")
    info: dict = {}
    if raw.text is not None:
        text, encoding = raw.text, "utf-8"
    else:
        decoded, encoding = _decode(raw)
        if _looks_html(raw.data):
            text, info = _html_document(raw, decoded, encoding)
        else:
            text = decoded
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    if not text:
        raise NotAnArticleError(raw.source, "no article text found")
    return Document(
        id=document_id(text),
        source=raw.source,
        text=text,
        lang=lang or detect_lang(text),
        url=raw.url or info.get("url"),
        title=raw.title or info.get("title") or text.split("\n", 1)[0][:200],
        published=published or raw.published or info.get("published"),
        encoding=encoding,
        author=info.get("author"),
        site=info.get("site"),
    )
