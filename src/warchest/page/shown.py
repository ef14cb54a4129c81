"""The publication date a page shows its reader, where it has no date metadata.

A byline states it between the headline and the article text (기사입력
2025.03.04. 오전 9:12, ``By Jo March`` over ``March 3, 2025``); lists of other
articles around it carry their own dates, and the site's imprint its
registration date (등록일 2011.05.02), so neither is read. Only then is
htmldate's guess from the whole page taken, without the imprint.
"""

from __future__ import annotations

import copy

from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html

from ..quantities import find_published
from .chrome import chrome_rule
from .dates import iso_published
from .prune import INLINE_TAGS, body_container, headline_element

SITE_BLOCKS = ("p", "div", "li", "td", "span", "address")
SITE_LINES = ("imprint", "footer", "copyright")  # chrome_rule names of the site's own lines
# The lines left out for htmldate: its guess from a copyright year (© 2025) is
# at least the right year, a registration date (등록일 2011.05.02) is not.
IMPRINT = ("imprint", "footer")
INVISIBLE = ("script", "style", "noscript", "template")


def _gap(el: lxml_html.HtmlElement) -> str:
    """What separates an element's text from its neighbours' as a reader sees it."""
    return " " if el.tag in INLINE_TAGS else "\n"


def byline_text(tree: lxml_html.HtmlElement) -> str:
    """What a reader sees from the headline to the end of the article text, a
    line per block and a space between inline elements, less the site's lines."""
    body = body_container(tree)
    if body is None:
        return ""
    start = headline_element(tree, body)
    reading, pieces = start is None, []
    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        element = isinstance(el.tag, str)
        if event == "start":
            reading = reading or el is start
            if element and el.tag in INVISIBLE:
                walker.skip_subtree()
            elif element and reading:
                pieces += [_gap(el), el.text or ""]
            continue
        if el is body:
            break
        if reading:
            pieces += [_gap(el) if element else "", el.tail or ""]
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line and chrome_rule(line) not in SITE_LINES)


def shown_date(tree: lxml_html.HtmlElement) -> str | None:
    """The date the byline states: a line that is only a date, else a labelled
    stamp (입력 before 수정, Published before Updated)."""
    byline = byline_text(tree)
    alone = next((line for line in byline.split("\n") if chrome_rule(line) == "date"), None)
    if alone is not None:  # a date under the author's name is the publication stamp
        return iso_published(find_published(f"Published {alone}"))
    return iso_published(find_published(byline))


def _without_imprint(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy of the page less the blocks that hold the site's imprint."""
    page = copy.deepcopy(tree)
    for el in page.iter(*SITE_BLOCKS):
        text = " ".join(el.text_content().split())
        if next(el.iterdescendants(*SITE_BLOCKS), None) is None and chrome_rule(text) in IMPRINT:
            el.drop_tree()
    return page


def guessed_date(tree: lxml_html.HtmlElement, extensive: bool) -> str | None:
    """htmldate's guess from the page less its imprint."""
    found = find_date(_without_imprint(tree), original_date=True, extensive_search=extensive, outputformat="%Y-%m-%d")
    return iso_published(found)
