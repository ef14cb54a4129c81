"""The article paragraphs of a page: chrome pruned, trafilatura, then the line filter.

A whole page goes through ``prune`` (our class/id rules), trafilatura's main
text extraction, and the line-level chrome filter. A fragment (a feed item's
content, a JSONL ``html`` field) has no chrome to lose, so its block elements
are read as they are. Paragraphs come out one per element, white space folded,
otherwise verbatim.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError

from .chrome import filter_lines
from .prune import body_container, prune

BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "div")
_PAGE_TAG = re.compile(r"<(?:html|head|body)[\s>]|<!doctype\s+html", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def fold(text: str) -> str:
    """Runs of white space as one space, ends trimmed."""
    return " ".join(text.split())


def is_fragment(html: str) -> bool:
    """Markup without ``<html>``, ``<head>`` or ``<body>``: part of a page."""
    return _PAGE_TAG.search(html[:65536]) is None


def parse_page(html: str) -> lxml_html.HtmlElement | None:
    """The parsed page, or None when nothing can be parsed."""
    try:
        tree = lxml_html.document_fromstring(_XML_DECL.sub("", html, count=1))
    except (ParserError, ValueError):
        return None
    return tree


def block_paragraphs(root: lxml_html.HtmlElement) -> list[str]:
    """The text of each innermost block element under ``root``, in order."""
    out = []
    for el in root.iter(*BLOCKS):
        if any(True for _ in el.iterdescendants(*BLOCKS)):
            continue
        text = fold(el.text_content())
        if text:
            out.append(text)
    if not out and fold(root.text_content()):
        out.append(fold(root.text_content()))
    return out


def fragment_paragraphs(html: str) -> list[str]:
    """Paragraphs of a fragment of HTML (or of plain text passed as one)."""
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return []
    for el in root.iter("script", "style"):
        el.drop_tree()
    return block_paragraphs(root)


def _trafilatura_lines(tree: lxml_html.HtmlElement) -> list[str]:
    text = trafilatura.extract(
        tree,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    return [fold(line) for line in (text or "").split("\n") if fold(line)]


def page_paragraphs(tree: lxml_html.HtmlElement, title: str | None) -> list[str]:
    """The article paragraphs of a parsed page, without its headline.

    The tree is pruned in place: read the metadata before calling this.
    """
    prune(tree)
    lines = _trafilatura_lines(tree)
    if not lines:
        body = body_container(tree)
        lines = block_paragraphs(body) if body is not None else []
    lines = filter_lines(lines, headline=False)  # the title comes from the metadata
    while lines and title and fold(lines[0]) == fold(title):
        lines = lines[1:]
    return lines
