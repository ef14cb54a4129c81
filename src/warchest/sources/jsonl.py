"""JSON Lines dumps: one article per line, as ``text`` or ``html`` with its
``url``, ``published`` and ``title``. A bad line is reported and skipped.
A whole JSON document (one such object, or an array of them) is read alike."""

from __future__ import annotations

import json
from typing import Iterator

from ..errors import InputError, LimitError, NotAnArticleError, WarchestError
from ..model import RawDoc
from ..page.dates import iso_published
from .limits import Limits


def _string(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) and value.strip() else None


def is_article_record(obj: object) -> bool:
    """An object with the article itself: a ``text`` or ``html`` string."""
    return isinstance(obj, dict) and (_string(obj, "html") is not None or _string(obj, "text") is not None)


def holds_articles(value: dict | list) -> bool:
    """Whether a JSON document has at least one article record."""
    return any(is_article_record(obj) for obj in (value if isinstance(value, list) else [value]))


def lines_hold_articles(data: str) -> bool:
    """Whether a JSON Lines text has at least one article record."""
    for line in data.splitlines():
        try:
            if is_article_record(json.loads(line)):
                return True
        except ValueError:
            continue
    return False


def _line_doc(obj: dict, name: str) -> RawDoc:
    common = dict(
        source=name,
        url=_string(obj, "url"),
        published=iso_published(_string(obj, "published")),
        title=_string(obj, "title"),
    )
    html, text = _string(obj, "html"), _string(obj, "text")
    if html is not None:
        return RawDoc(data=html.encode("utf-8"), content_type="text/html", charset="utf-8", **common)
    if text is not None:
        return RawDoc(data=b"", text=text, content_type="text/plain", **common)
    raise NotAnArticleError(name, 'no "text" or "html" string')


def _doc_or_error(obj: object, name: str) -> RawDoc | WarchestError:
    if not isinstance(obj, dict):
        return InputError(name, "not a JSON object")
    try:
        return _line_doc(obj, name)
    except WarchestError as e:
        return e


def iter_jsonl(data: str, source: str, limits: Limits) -> Iterator[RawDoc | WarchestError]:
    """One RawDoc per non-blank line; ``source`` is ``path#N`` with N the line number."""
    count = 0
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        count += 1
        if count > limits.max_jsonl_lines:
            yield LimitError(source, f"more than {limits.max_jsonl_lines} lines; the rest are skipped")
            return
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield InputError(f"{source}#{n}", f"not JSON ({e.args[0] if e.args else e})")
            continue
        yield _doc_or_error(obj, f"{source}#{n}")


def json_document(text: str) -> dict | list | None:
    """The object or array ``text`` holds when it is one JSON document, else None."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, (dict, list)) else None


def iter_json(value: dict | list, source: str, limits: Limits) -> Iterator[RawDoc | WarchestError]:
    """The article of a JSON object, or one per object of an array (``path#N``, N from 1)."""
    if isinstance(value, dict):
        yield _doc_or_error(value, source)
        return
    for n, obj in enumerate(value, start=1):
        if n > limits.max_jsonl_lines:
            yield LimitError(source, f"more than {limits.max_jsonl_lines} items; the rest are skipped")
            return
        yield _doc_or_error(obj, f"{source}#{n}")
