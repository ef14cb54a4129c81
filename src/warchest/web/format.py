"""Small view helpers the templates use as Jinja filters: money, links, highlights.

They return plain strings or tuples; escaping is left to Jinja's autoescape, so no
helper ever builds markup from article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Mapping
from urllib.parse import quote, urlsplit

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "KRW": "₩"}
_SCALES = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "K"))


def compact_money(value: Any, currency: str | None = "USD") -> str:
    """``2750000000, "USD"`` -> ``$2.75B``; unknown currencies keep their code."""
    if value is None:
        return ""
    number = Decimal(str(value))
    sign = "-" if number < 0 else ""
    number = abs(number)
    for scale, suffix in _SCALES:
        if number >= scale:
            digits = f"{number / scale:.2f}".rstrip("0").rstrip(".")
            break
    else:
        digits, suffix = f"{number:.0f}", ""
    symbol = _SYMBOLS.get(currency or "", "")
    if symbol:
        return f"{sign}{symbol}{digits}{suffix}"
    return f"{sign}{digits}{suffix} {currency}".rstrip()


def amount_text(amount: Mapping[str, Any] | None) -> str:
    """An amount object as a reader wants it: compact, with approx and bounds."""
    if not amount or amount.get("value") is None:
        return ""
    text = compact_money(amount["value"], amount.get("currency"))
    if amount.get("upper") is not None:
        text += "–" + compact_money(amount["upper"], amount.get("currency"))
    prefix = {"up_to": "up to ", "at_least": "at least ", "over": "over ", "under": "under "}.get(
        amount.get("bound") or "", ""
    )
    return ("~" if amount.get("approx") else "") + prefix + text


def date_text(when: Mapping[str, Any] | str | None) -> str:
    if not when:
        return ""
    if isinstance(when, str):
        return when
    return when.get("value") or when.get("text") or ""


def path_part(value: Any) -> str:
    """An id quoted for use as one URL path segment."""
    return quote(str(value), safe="")


_ABSOLUTE_PATH = re.compile(r"^(?:/|~|[A-Za-z]:[\\/])")


def source_name(source: Any) -> str:
    """A document's source as pages show it: a store written before sources were
    stored as URLs or relative names may hold an absolute path, of which only the
    file name is shown (the reader need not see the ingesting user's folders)."""
    text = str(source or "")
    if not _ABSOLUTE_PATH.match(text):
        return text
    return re.split(r"[\\/]", text)[-1]


def entity_href(entity: Mapping[str, Any]) -> str:
    """The page of an entity: people have their own page, the rest share one."""
    section = "people" if entity.get("kind") == "person" else "entities"
    return f"/{section}/{path_part(entity.get('id', ''))}"


def safe_url(url: str | None) -> str | None:
    """An outside link only when it is plain http(s); ``javascript:`` and friends drop."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def entity_list(value: Any) -> list[Mapping[str, Any]]:
    """A role's value as a list, whether the role holds one entity or several."""
    if not value:
        return []
    if isinstance(value, Mapping):
        return [value]
    return [v for v in value if isinstance(v, Mapping)]


def tally(value: Any) -> int:
    """How many: the queries give some counts as numbers and some as the lists counted."""
    if isinstance(value, int):
        return value
    return len(value) if value else 0


@dataclass(frozen=True)
class Segment:
    """A stretch of article text and the claims whose evidence covers it."""

    text: str
    claims: tuple[str, ...] = ()
    current: bool = False
    first_current: bool = False  # where the page anchors ``#evidence``


def highlight(text: str, spans: Iterable[tuple[int, int, str]], current: str | None = None) -> list[Segment]:
    """Cut ``text`` at every ``(start, end, claim_id)`` boundary into segments that know
    which claims cover them; ``current`` flags the claim the reader came for.

    Several claims often share one sentence, so coverage is a set, not a nesting.
    """
    spans = [(max(0, s), min(len(text), e), str(c)) for s, e, c in spans if s < e]
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    segments: list[Segment] = []
    anchored = False
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(sorted({c for s, e, c in spans if s <= a and b <= e}))
        is_current = current is not None and str(current) in covering
        if segments and segments[-1].claims == covering:
            last = segments.pop()
            segments.append(Segment(last.text + text[a:b], covering, last.current, last.first_current))
            continue
        segments.append(Segment(text[a:b], covering, is_current, is_current and not anchored))
        anchored = anchored or is_current
    return segments


def occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every case-insensitive occurrence of each word, as spans ``highlight`` takes."""
    folded = text.casefold()
    spans = []
    for word in {w.casefold() for w in words if w}:
        at = folded.find(word)
        while at >= 0:
            spans.append((at, at + len(word), word))
            at = folded.find(word, at + len(word))
    return spans


def context_of(text: str, start: int, end: int, radius: int = 240) -> tuple[str, str, str]:
    """The evidence with the rest of its paragraph around it, cut at ``radius`` chars."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = max(para_start, start - radius)
    right = min(para_end, end + radius)
    before = ("…" if left > para_start else "") + text[left:start]
    after = text[end:right] + ("…" if right < para_end else "")
    return before, text[start:end], after


FILTERS = {
    "money": compact_money,
    "amount": amount_text,
    "date": date_text,
    "path": path_part,
    "source": source_name,
    "entity_href": entity_href,
    "safe_url": safe_url,
    "entities": entity_list,
    "tally": tally,
}
