"""Drop a page's chrome subtrees before the main text is extracted.

trafilatura keeps the body of a well-formed page, but comment threads,
reaction bars, bylines and tickers in layouts it does not know slip through.
Elements are removed when their tag, ARIA role, or class/id words say what they
are (``comment``, ``share``, ``byline``, ``ticker``, 댓글 sites' ``reply`` and
``cmt`` ...). The body container, the element holding the most paragraph text,
and its ancestors are never removed, so a misleading class name cannot take the
article with it.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

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
TEXT_CONTAINERS = {"p", "div", "section", "article", "table", "ul", "ol", "h1", "h2", "h3", "h4", "header", "footer"}
_WORD = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _words(el: lxml_html.HtmlElement) -> set[str]:
    """The class and id words of an element, with their hyphen/underscore parts."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    words = set(_WORD.findall(raw))
    for w in list(words):
        words.update(re.split(r"[-_]", w))
    return words


def _is_text_block(el: lxml_html.HtmlElement) -> bool:
    """A paragraph: a ``<p>``, or a ``<div>`` holding only text and inline tags."""
    if el.tag == "p":
        return True
    return el.tag == "div" and not any(isinstance(c.tag, str) and c.tag in TEXT_CONTAINERS for c in el)


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


def is_chrome(el: lxml_html.HtmlElement) -> bool:
    """Whether the element's tag, role or class/id words name page chrome."""
    if el.tag in CHROME_TAGS:
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
