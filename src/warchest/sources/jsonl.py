"""JSON Lines dumps: one article per line, as ``text`` or ``html`` with its
``url``, ``published`` and ``title``. A bad line is reported and skipped."""

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
        name = f"{source}#{n}"
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield InputError(name, f"not JSON ({e.args[0] if e.args else e})")
            continue
        if not isinstance(obj, dict):
            yield InputError(name, "not a JSON object")
            continue
        try:
            yield _line_doc(obj, name)
        except WarchestError as e:
            yield e
