"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one RawDoc per item that carries text.

An item's full content (``content:encoded``, Atom ``content``) is preferred to
its summary (``description``, ``summary``); its link is kept as the document
URL. Items with neither are reported, since there is nothing offline to read.
The parser resolves no entities and fetches nothing, so a hostile feed cannot
expand entities or reach the network.
"""

from __future__ import annotations

from typing import Iterator

from lxml import etree

from ..errors import InputError, LimitError, NotAnArticleError, WarchestError
from ..model import RawDoc
from ..page.dates import iso_published
from .limits import Limits

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
RSS1 = "http://purl.org/rss/1.0/"

_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child(item: etree._Element, *names: str) -> etree._Element | None:
    """The first child whose ``{namespace}local`` or bare local name is listed."""
    for name in names:
        for child in item:
            if not isinstance(child.tag, str):
                continue
            if child.tag == name or (not name.startswith("{") and _local(child.tag) == name):
                return child
    return None


def _text(el: etree._Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _atom_content(el: etree._Element | None) -> tuple[str, bool]:
    """Text of an Atom content/summary element and whether it is HTML."""
    if el is None:
        return "", False
    kind = (el.get("type") or "text").lower()
    if kind == "xhtml":
        inner = "".join(etree.tostring(c, encoding="unicode") for c in el)
        return inner.strip(), True
    return _text(el), kind in ("html", "text/html")


def _atom_link(entry: etree._Element) -> str | None:
    links = [c for c in entry if _local(c.tag) == "link"]
    for link in links:
        if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links else None


def _rss_item(item: etree._Element) -> tuple[str, str, bool, str | None, str | None]:
    body = _text(_child(item, f"{{{CONTENT}}}encoded")) or _text(_child(item, "description"))
    link = _text(_child(item, "link")) or _text(_child(item, "guid")) or None
    date = _text(_child(item, "pubDate")) or _text(_child(item, f"{{{DC}}}date"))
    return _text(_child(item, "title")), body, True, link, date or None


def _atom_entry(entry: etree._Element) -> tuple[str, str, bool, str | None, str | None]:
    body, is_html = _atom_content(_child(entry, f"{{{ATOM}}}content"))
    if not body:
        body, is_html = _atom_content(_child(entry, f"{{{ATOM}}}summary"))
    date = _text(_child(entry, f"{{{ATOM}}}published")) or _text(_child(entry, f"{{{ATOM}}}updated"))
    return _text(_child(entry, f"{{{ATOM}}}title")), body, is_html, _atom_link(entry), date or None


def _items(root: etree._Element):
    """(element, reader) for each item of the feed, in document order."""
    name = _local(root.tag)
    if name == "feed":
        return [(e, _atom_entry) for e in root if _local(e.tag) == "entry"]
    if name == "rss":
        channel = _child(root, "channel")
        return [(i, _rss_item) for i in (channel if channel is not None else root) if _local(i.tag) == "item"]
    if name == "RDF":
        return [(i, _rss_item) for i in root if _local(i.tag) == "item"]
    return None


def iter_feed(data: bytes, source: str, limits: Limits) -> Iterator[RawDoc | WarchestError]:
    """One RawDoc per feed item with content; ``source`` is ``path#N`` (N from 1)."""
    try:
        root = etree.fromstring(data, etree.XMLParser(**_PARSER_OPTIONS))
    except etree.XMLSyntaxError as e:
        raise InputError(source, f"not a readable feed ({e})") from None
    items = _items(root) if root is not None else None
    if items is None:
        raise InputError(source, "XML but not an RSS or Atom feed")
    for n, (item, read) in enumerate(items, start=1):
        if n > limits.max_feed_items:
            yield LimitError(source, f"more than {limits.max_feed_items} items; the rest are skipped")
            return
        title, body, is_html, link, date = read(item)
        name = f"{source}#{n}"
        if not body:
            yield NotAnArticleError(name, "feed item has no content or summary")
            continue
        yield RawDoc(
            source=name,
            data=body.encode("utf-8"),
            url=link,
            content_type="text/html" if is_html else "text/plain",
            charset="utf-8",
            published=iso_published(date),
            title=title or None,
        )
