"""Files that are not documents at all, found while walking a folder.

A folder of articles often holds other files: annotation or config JSON beside
each article, a README. In a directory walk such a file is *skipped* (a notice,
a count, not a failure); named on the command line it is an error, since the user
asked for it. The content decides, never the file name:

- JSON (a document or JSON Lines) none of whose records is an article, that is an
  object with a ``text`` or ``html`` string;
- Markdown documentation: a first line that is a Markdown heading (``# Title``)
  and at least one more heading, table row, list item, fence or link. A news text
  never opens with ``# ``, and an article saved as Markdown with one heading and
  plain paragraphs is still read.
"""

from __future__ import annotations

import re

from ..errors import NotAnArticleError

_HEADING = re.compile(r"#{1,6}[ \t]+\S")
_MARKDOWN = re.compile(r"^(?:#{1,6}[ \t]+\S|\|.*\|[ \t]*$|```|[ \t]*[-*+][ \t]+\S)|\[[^\]\n]+\]\([^)\n]+\)", re.M)


class NotADocument(NotAnArticleError):
    """The input is some other kind of file (annotation JSON, documentation)."""

    def __init__(self, source: str, reason: str):
        super().__init__(source, f"not a document: {reason}")
        self.reason = reason


def markdown_documentation(text: str) -> bool:
    """Whether ``text`` is Markdown documentation rather than an article."""
    body = text.lstrip("\ufeff \t\r\n")
    first, _, rest = body.partition("\n")
    return bool(_HEADING.match(first)) and _MARKDOWN.search(rest) is not None
