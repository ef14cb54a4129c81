"""Pages in, clean Documents out: decoding, main text, metadata, chrome filter.

The clean text has the shape of the dev corpus ``.txt`` files: the headline on
the first line, a blank line, then the body paragraphs separated by blank
lines, verbatim. Evidence offsets index this text, so a page and its clean
``.txt`` give the same sentences.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from ..errors import InputError, NotAnArticleError
from ..model import Document, RawDoc
from ..quantities import find_published
from ..text import detect_lang
from .chrome import strip_chrome
from .decode import decode, strip_controls
from .extract import fold, fragment_paragraphs, is_fragment, page_paragraphs, parse_page
from .metadata import PageMeta, page_metadata

HTML_TYPES = ("text/html", "application/xhtml+xml")
NO_TEXT = "no article text found"


def document_id(text: str) -> str:
    """``sha256:`` of the NFC-normalised text with white space runs folded."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, no control characters or trailing spaces, no blank ends."""
    text = unicodedata.normalize("NFC", strip_controls(text.replace("\r\n", "\n").replace("\r", "\n")))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


@dataclass(frozen=True)
class _Body:
    text: str  # the clean text, headline first where there is one
    meta: PageMeta
    encoding: str | None


def _with_title(source: str, title: str | None, paragraphs: list[str]) -> str:
    """The headline, a blank line, the paragraphs; a headline alone is no article."""
    if title and paragraphs and fold(paragraphs[0]) == fold(title):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise NotAnArticleError(source, NO_TEXT)
    return "\n\n".join(([fold(title)] if title else []) + paragraphs)


def _html_body(raw: RawDoc, html: str, encoding: str | None) -> _Body:
    if is_fragment(html):
        return _Body(_with_title(raw.source, raw.title, fragment_paragraphs(html)), PageMeta(), encoding)
    tree = parse_page(html)
    if tree is None:
        raise NotAnArticleError(raw.source, "HTML without any content")
    meta = page_metadata(tree, len(html))
    title = raw.title or meta.title
    return _Body(_with_title(raw.source, title, page_paragraphs(tree, title)), meta, encoding)


def _plain_body(raw: RawDoc, text: str, encoding: str | None) -> _Body:
    """Plain text as it is, less chrome lines; its date is read before the
    chrome goes, since a saved page states it in its dateline."""
    text = normalise(text)
    meta = PageMeta(published=find_published(text))
    text = strip_chrome(text)
    if raw.title and fold(text.split("\n", 1)[0]) != fold(raw.title):
        text = f"{fold(raw.title)}\n\n{text}"
    return _Body(text, meta, encoding)


def _is_html(raw: RawDoc) -> bool:
    """What the container said, or else what the bytes look like."""
    if raw.content_type:
        return raw.content_type.split(";")[0].strip().lower() in HTML_TYPES
    from ..sources.sniff import HEAD, Kind, sniff  # here: sources imports this package

    return sniff(raw.data[:HEAD]) is Kind.HTML


def _body(raw: RawDoc) -> _Body:
    if raw.text is not None:
        return _plain_body(raw, raw.text, None)
    if not raw.data.strip():
        raise InputError(raw.source, "empty input")
    is_html = _is_html(raw)
    decoded = decode(raw.data, raw.source, raw.charset, html=is_html)
    if is_html:
        return _html_body(raw, decoded.text, decoded.encoding)
    return _plain_body(raw, decoded.text, decoded.encoding)


def to_document(raw: RawDoc, published: str | None = None, lang: str | None = None) -> Document:
    """The clean Document of one RawDoc; ``published``/``lang`` override what is found.

    Raises InputError (empty), DecodeError (binary or undecodable) or
    NotAnArticleError (no article text).
    """
    body = _body(raw)
    text = normalise(body.text)
    if not text.strip():
        raise NotAnArticleError(raw.source, NO_TEXT)
    return Document(
        id=document_id(text),
        source=raw.source,
        text=text,
        lang=lang or detect_lang(text),
        url=raw.url or body.meta.url,
        title=raw.title or body.meta.title or text.split("\n", 1)[0][:200],
        published=published or raw.published or body.meta.published,
        encoding=body.encoding,
        author=body.meta.author,
        site=body.meta.site,
    )


__all__ = ["HTML_TYPES", "document_id", "normalise", "to_document"]
