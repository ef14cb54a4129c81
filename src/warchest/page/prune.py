"""Drop a page's chrome subtrees before the main text is extracted.

trafilatura keeps the body of a well-formed page, but comment threads,
reaction bars, bylines and tickers in layouts it does not know slip through.
Elements are removed when their tag, ARIA role, or class/id words say what they
are (``comment``, ``share``, ``byline``, ``ticker``, 댓글 sites' ``reply`` and
``cmt`` ...), or when their structure does whatever their names: a small box
around a text field (a signup form), a block under a list heading ("Most
read", "Comments (2)"). The body container, the element holding the most paragraph text,
and its ancestors are never removed, so a misleading class name cannot take the
article with it.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .chrome import END_HEADING, LIST_HEADING

CHROME_TAGS = {
    "nav", "aside", "footer", "header", "form", "button", "figure", "figcaption", "script", "style",
    "noscript", "iframe", "select", "input", "textarea", "label", "svg", "canvas", "template", "dialog",
}  # fmt: skip
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog"}
# Class/id words that name chrome whatever else the element is called.
STRONG = (
    "comment comments cmt cmts reply replies discussion disqus talk reaction reactions emotion recommend "
    "share sharing sns social byline writer reporter author author-bio ticker tkr stock stocks market markets "
    "caption credit img_caption photo_caption photo img image thumb gallery copyright related relate ranking rank popular most most-read "
    "newsletter subscribe subscribe-widget signup login signin breadcrumb breadcrumbs location tags tag "
    "font fontsize font_size fontbtn text-size size-buttons tools util sidebar rail widget banner advert ad ads "
    "sponsor promo gnb lnb snb topmenu skip masthead logo brand kicker category section-name subtitle series "
    "reading-time read likes ufi dateline date times time updated standards hero post-meta entry-meta "
    "article-meta article-info meta-info"
).split()
# Class/id words of article containers: an element named so is kept unless STRONG says otherwise.
BODY = "article body content main story text entry post news view articlebody article_body".split()
WEAK = "header footer head foot meta info opts nav menu top bottom aside more recent list section".split()
INLINE_TAGS = {"a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "small", "span", "strong", "sub", "sup", "time", "u"}
HEADLINE_TAGS = ("h1", "h2", "h3")  # in order of preference
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"}
ENTRY_TYPES = {"text", "email", "search", "tel", "url"}
ENTRY_BOX_TEXT = 400  # a signup box says a line or two; an article says more
PARAGRAPH_CHILDREN = INLINE_TAGS | {"br", "wbr", "img", "picture", "source"}
_WORD = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _words(el: lxml_html.HtmlElement) -> set[str]:
    """The class and id words of an element, with their hyphen/underscore parts."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    words = set(_WORD.findall(raw))
    for w in list(words):
        words.update(re.split(r"[-_]", w))
    return words


def _is_text_block(el: lxml_html.HtmlElement) -> bool:
    """A paragraph: a ``<p>``, or a ``<div>`` holding only text and inline
    tags (a ``<div>`` around a ``<main>`` or an ``<article>`` is a wrapper)."""
    if el.tag == "p":
        return True
    return el.tag == "div" and all(not isinstance(c.tag, str) or c.tag in PARAGRAPH_CHILDREN for c in el)


def _own_text(el: lxml_html.HtmlElement) -> int:
    """Characters of text directly in ``el`` (a body written with ``<br>``s)."""
    return len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)


def body_container(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element whose own paragraphs (and bare text) hold the most text."""
    weights: dict[lxml_html.HtmlElement, int] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title"):
            continue
        own = _own_text(el)
        if own:
            weights[el] = weights.get(el, 0) + own
        parent = el.getparent()
        if parent is not None and _is_text_block(el):
            weights[parent] = weights.get(parent, 0) + len(el.text_content())
    return max(weights, key=weights.__getitem__, default=None)


def body_start(body: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """Where the article text begins: the body's first paragraph, or the body."""
    return next((c for c in body if isinstance(c.tag, str) and _is_text_block(c)), body)


def is_entry_box(el: lxml_html.HtmlElement) -> bool:
    """A small block around a text entry field: a newsletter signup, a search
    or comment box, however its classes are named and wherever it sits."""
    if el.tag in INLINE_TAGS or el.tag == "p":
        return False
    fields = (i for i in el.iter("input", "textarea") if (i.get("type") or "text").lower() in ENTRY_TYPES)
    return next(fields, None) is not None and len(el.text_content()) <= ENTRY_BOX_TEXT


def _text(el: lxml_html.HtmlElement) -> str:
    """An element's text, white space folded."""
    return " ".join(el.text_content().split())


def is_headed_list(el: lxml_html.HtmlElement) -> bool:
    """A block whose first element is a heading that names a list or the
    comments ("Most read", "관련기사", "Comments (2)"): what follows is that list."""
    if el.tag in INLINE_TAGS or el.tag in ("p", "li") or el.tag in HEADINGS:
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag not in HEADINGS or (el.text or "").strip():
        return False
    heading = _text(first)
    return bool(LIST_HEADING.match(heading) or END_HEADING.match(heading))


def headline_element(tree: lxml_html.HtmlElement, body: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The last ``<h1>`` (else ``<h2>``, else ``<h3>``) before the article text in
    document order: the article's own headline, not a sidebar's, wherever the
    sidebar sits."""
    start = body_start(body)
    headings: dict[str, lxml_html.HtmlElement] = {}
    for el in tree.iter():
        if el is start:
            break
        if el.tag in HEADLINE_TAGS and _text(el):
            headings[el.tag] = el
    return next((headings[tag] for tag in HEADLINE_TAGS if tag in headings), None)


def is_chrome(el: lxml_html.HtmlElement) -> bool:
    """Whether the element's tag, role, class/id words or heading name page chrome."""
    if el.tag in CHROME_TAGS or is_entry_box(el) or is_headed_list(el):
        return True
    if (el.get("role") or "").lower() in CHROME_ROLES or el.get("hidden") is not None:
        return True
    if "display:none" in (el.get("style") or "").replace(" ", "").lower():
        return True
    words = _words(el)
    if words & set(STRONG):
        return True
    return bool(words & set(WEAK)) and not words & set(BODY)


def _in_running_text(el: lxml_html.HtmlElement) -> bool:
    """An inline element inside a sentence (``On <span class="date">Monday</span>``):
    part of the text, whatever its class says."""
    if el.tag not in INLINE_TAGS:
        return False
    parent = el.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        parent = parent.getparent()
    return parent is not None and (parent.tag == "p" or _own_text(parent) > 0)


def prune(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """Remove chrome subtrees in place (keeping their tail text) and return the tree."""
    body = body_container(tree)
    protected = set(body.iterancestors()) | {body} if body is not None else set()
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el in protected or el.tag in ("html", "body", "head", "title", "meta"):
            continue
        if is_chrome(el) and not _in_running_text(el):
            doomed.append(el)
    for el in doomed:  # dropping inside an already dropped subtree is harmless
        el.drop_tree()
    return tree
