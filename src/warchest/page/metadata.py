"""A page's title, publication time, author, site and URL.

Explicit, machine-readable statements are read first (Open Graph and article
meta tags, JSON-LD, ``itemprop``, ``<time datetime>``), because they are what
the publisher meant; then the date the byline shows (``shown``), and
trafilatura's and htmldate's guesses fill the gaps. Our
own rules replace the guesses that go wrong on real pages: a title is never a
sidebar heading (without meta tags it must be the page's ``<h1>`` or agree
with ``<title>``), and ``<title>`` loses its " - Site name" tail.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

import trafilatura
from lxml import html as lxml_html

from .dates import iso_published
from .prune import body_container, headline_element
from .shown import guessed_date, shown_date

TITLE_METAS = ("og:title", "twitter:title", "dc.title")
PUBLISHED_METAS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "article.published",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
AUTHOR_METAS = ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")
SITE_METAS = ("og:site_name", "application-name", "publisher")
URL_METAS = ("og:url", "twitter:url")
ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "webpage")
TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·»]\s+|\s*::\s*|\s+ㅣ\s+")
EMAIL = re.compile(r"\S+@\S+")
EXTENSIVE_SEARCH_MAX = 500_000
AUTHOR_NOISE = re.compile(r"^(?:by|글|written by)\s+|\s*(?:기자|특파원|선임기자|논설위원|에디터)(?:\s.*)?$", re.I)


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD or full ISO 8601
    author: str | None = None
    site: str | None = None
    url: str | None = None


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def _metas(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """``<meta>`` values by lower-cased name, property or itemprop (first wins)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _json_ld(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` members included."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _article_ld(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    for item in _json_ld(tree):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds):
            return item
    return {}


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value) if isinstance(value, str) else None


def _text_of(el) -> str | None:
    return _clean(el.text_content()) if el is not None else None


def strip_site(title: str, site: str | None, guess: bool = True) -> str:
    """``<title>`` without the site name its publisher appends or prepends;
    with ``guess``, a short last segment counts as the site when none is known."""
    parts = [p for p in TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site:
        rest = [p for p in parts if _clean(p) != _clean(site)]
        if rest and len(rest) < len(parts):
            return _clean(" - ".join(rest)) or title
    # No site name known: the tail segment is the site when it is short.
    if guess and len(parts[-1]) <= 30 and len(parts[-1]) < len(parts[0]):
        return _clean(title[: title.rfind(parts[-1])].rstrip(" -|–—:·»:ㅣ")) or title
    return title


def headline_near_body(tree: lxml_html.HtmlElement) -> str | None:
    """The text of the article's own headline (``headline_element``)."""
    body = body_container(tree)
    return _text_of(headline_element(tree, body)) if body is not None else None


def _names(statement: str, heading: str, site: str | None) -> bool:
    """Whether a title statement (og:title, <title> ...) names this heading:
    it holds the heading, and little else beyond the site name."""
    return heading in statement and len(heading) >= 0.6 * len(strip_site(statement, site))


def _title(tree, metas: dict[str, str], ld: dict[str, Any], site: str | None) -> str | None:
    """The headline as the page shows it: a heading that the page's own title
    statements (og:title, JSON-LD, <title>) name; else the first statement;
    without any, the heading just above the body."""
    statements = [_clean(metas.get(key)) for key in TITLE_METAS]
    statements.append(_clean(ld["headline"]) if isinstance(ld.get("headline"), str) else None)
    page_title = _text_of(tree.find(".//title"))
    statements = [st for st in statements + [page_title] if st]
    shown = headline_near_body(tree)
    headings = ([shown] if shown else []) + [t for t in (_text_of(h) for h in tree.iter("h1")) if t]
    for heading in headings:
        if any(_names(st, heading, site) for st in statements):
            return heading
    for statement in statements:
        stripped = strip_site(statement, site, guess=statement is page_title)
        if stripped != site:
            return stripped
    return shown


def _published(tree, metas: dict[str, str], ld: dict[str, Any], extensive: bool) -> str | None:
    candidates = [metas.get(key) for key in PUBLISHED_METAS]
    candidates.append(ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None)
    candidates += [el.get("datetime") or el.get("content") for el in tree.xpath("//*[@itemprop='datePublished']")]
    candidates += [t.get("datetime") for t in tree.iter("time")]
    for value in candidates:
        found = iso_published(value)
        if found:
            return found
    return shown_date(tree) or guessed_date(tree, extensive)


def _author(metas: dict[str, str], ld: dict[str, Any], guessed: str | None) -> str | None:
    for value in [metas.get(key) for key in AUTHOR_METAS] + [_ld_name(ld.get("author")), guessed]:
        if not value or value.startswith(("http://", "https://")):
            continue
        name = _clean(AUTHOR_NOISE.sub("", EMAIL.sub("", value)).strip(" ·,|/"))
        if name:
            return name
    return None


def _url(tree, metas: dict[str, str]) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    return next((metas[k] for k in URL_METAS if metas.get(k)), None)


def page_metadata(tree: lxml_html.HtmlElement, size: int = 0) -> PageMeta:
    """What the page says about itself; call before the tree is pruned.

    ``size`` is the page's length: htmldate's extensive search of the text for
    a date is left out on pages longer than EXTENSIVE_SEARCH_MAX, where it
    takes seconds."""
    metas = _metas(tree)
    ld = _article_ld(tree)
    site = next((_clean(metas[k]) for k in SITE_METAS if metas.get(k)), None) or _ld_name(ld.get("publisher"))
    author = _author(metas, ld, None)
    if site is None or author is None:  # trafilatura's guesses, only where needed (they cost)
        guessed = trafilatura.extract_metadata(tree, extensive=False)
        site = site or (guessed.sitename if guessed else None)
        author = author or _author({}, {}, guessed.author if guessed else None)
    return PageMeta(
        title=_title(tree, metas, ld, site),
        published=_published(tree, metas, ld, extensive=size <= EXTENSIVE_SEARCH_MAX),
        author=author,
        site=site,
        url=_url(tree, metas),
    )
