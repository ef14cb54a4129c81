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
from lxml import etree
from lxml import html as lxml_html
from lxml.etree import ParserError

from .chrome import filter_lines
from .prune import body_container, prune

BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "div")
TRAFILATURA_BLOCKS = ("p", "head", "item", "quote", "cell")  # its own markup; "lb" breaks a line
BREAK = "\u2029"  # stands for a line break while text is gathered
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
        return lxml_html.document_fromstring(_XML_DECL.sub("", html, count=1))
    except (ParserError, ValueError):
        return None


def _leaves(root: etree._Element, blocks: tuple[str, ...]) -> list[etree._Element]:
    """The block elements under ``root`` (itself included) with no block inside."""
    return [el for el in root.iter(*blocks) if next(el.iterdescendants(*blocks), None) is None]


def _lines(el: etree._Element, line_break: str, newline_breaks: bool = False) -> list[str]:
    """An element's text, split where the page broke the line: at each
    ``line_break`` element, and at newlines when ``newline_breaks``."""
    for br in el.iter(line_break):
        br.tail = BREAK + (br.tail or "")
    text = "".join(el.itertext())
    if newline_breaks:
        text = text.replace("\n", BREAK)
    return [fold(part) for part in text.split(BREAK) if fold(part)]


def block_paragraphs(root: lxml_html.HtmlElement) -> list[str]:
    """The text of each innermost block element under ``root`` (split at
    ``<br>``), in order; the whole text of ``root`` when it has no blocks."""
    leaves = _leaves(root, BLOCKS) or [root]
    return [line for el in leaves for line in _lines(el, "br")]


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
    """The main text as trafilatura finds it, one line per block and line
    break; list items come without the bullets its text output would add."""
    found = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    body = getattr(found, "body", None)
    if body is None:
        return []
    # trafilatura keeps a page's <br> as a newline in the text
    return [line for el in _leaves(body, TRAFILATURA_BLOCKS) for line in _lines(el, "lb", newline_breaks=True)]


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
