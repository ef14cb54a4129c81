"""Hedges and bounds around an amount or a count: 약, 최대, 이상, about, up to, -plus.

A qualifier says the figure is approximate (``approx``) or a limit (``bound``: ``up_to``,
``at_least``, ``over``, ``under``). Korean puts most of them after the figure (이상, 넘는,
가량), English before it (more than, up to); both languages have some of each, so each
side is one table of (pattern, effect), tried in order, longest phrasings first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .hangul import ends_word

APPROX = "approx"

# Before the figure; the pattern is matched against the text that ends at the figure.
_BEFORE = [
    (r"약|대략|대충|어림잡아|줄잡아|거의|얼추", APPROX),
    (r"최대|많게는|최고", "up_to"),
    (r"최소|적어도|최소한|적게는", "at_least"),
    (r"(?:an?\s+)?(?:estimated|approximately|approx\.|about|around|roughly|nearly|almost|some|close\s+to|circa|~)", APPROX),
    (r"up\s+to|as\s+(?:much|many)\s+as|n(?:o|ot)\s+more\s+than|at\s+most|a\s+maximum\s+of", "up_to"),
    (r"at\s+least|a\s+minimum\s+of|no\s+(?:less|fewer)\s+than|not\s+less\s+than|upwards\s+of", "at_least"),
    (r"(?:(?:just|a\s+little|slightly|well)\s+)?(?:more\s+than|over|above|in\s+excess\s+of|north\s+of|greater\s+than|exceeding)", "over"),
    (r"(?:(?:just|a\s+little|slightly|well)\s+)?(?:less\s+than|fewer\s+than|under|below|shy\s+of|just\s+shy\s+of)", "under"),
]
# After the figure (and its currency or counter); matched from the end of the figure.
_AFTER = [
    (r"\s?(?:가량|정도|안팎|내외|남짓|쯤|선)", APPROX),
    (r"(?:에\s?|\s)?(?:가까이|가까운|육박[가-힣]*)", APPROX),
    (r"\s?이상", "at_least"),
    (r"\s?초과", "over"),
    (r"\s?미만", "under"),
    (r"\s?이하", "up_to"),
    (r"(?:[이가을를은는도]\s?|\s)?(?:넘|웃돌)지\s?(?:않|못)[가-힣]*", "up_to"),  # 넘지 않는: not over
    # a verb of exceeding or falling short, with whatever ending it has (넘는, 넘어서는, 웃돌았다)
    (r"(?:[이가을를은는도]\s?|\s)?(?:넘|웃돌|웃도|상회)[가-힣]*", "over"),
    (r"(?:에\s?|\s)?(?:조금\s)?(?:못\s?미치|밑돌|밑도|미치지\s못하)[가-힣]*", "under"),
    (r"(?:-|\s)?plus\b|\+", "at_least"),
    (r"\s+or\s+more\b", "at_least"),
    (r"\s+or\s+so\b", APPROX),
    (r"\s+or\s+(?:less|fewer)\b", "up_to"),
]
_BEFORE_RE = [(re.compile(rf"(?:(?<![\w])|(?<=\d))(?:{p})\s?$", re.IGNORECASE), e) for p, e in _BEFORE]
_AFTER_RE = [(re.compile(p, re.IGNORECASE), e) for p, e in _AFTER]
_WINDOW = 32


@dataclass(frozen=True)
class Qualified:
    """Where a figure with its qualifiers starts and ends, and what they say."""

    start: int
    end: int
    approx: bool = False
    bound: str | None = None


def qualify(text: str, start: int, end: int) -> Qualified:
    """Extend the figure ``text[start:end]`` over the qualifiers on either side of it."""
    head = qualify_before(text, start)
    tail = qualify_after(text, end)
    return Qualified(head.start, tail.end, head.approx or tail.approx, head.bound or tail.bound)


def qualify_before(text: str, start: int) -> Qualified:
    """The qualifiers that end at ``start`` (최대 약, up to, about)."""
    return _extend(text, start, start, backwards=True)


def qualify_after(text: str, end: int) -> Qualified:
    """The qualifiers that start at ``end`` (이상, 가량, 를 넘는, or more, -plus)."""
    return _extend(text, end, end, backwards=False)


def _extend(text: str, start: int, end: int, backwards: bool) -> Qualified:
    approx, bound = False, None
    for _ in range(2):  # "최대 약 10억 달러": two qualifiers may stack
        m, effect = _next(text, start, end, backwards)
        if m is None or (effect == APPROX and approx) or (effect != APPROX and bound is not None):
            break
        if backwards:
            start = m.start()
        else:
            end = m.end()
        approx, bound = (True, bound) if effect == APPROX else (approx, effect)
    return Qualified(start, end, approx, bound)


def _next(text: str, start: int, end: int, backwards: bool):
    if backwards:
        for pattern, effect in _BEFORE_RE:
            m = pattern.search(text, max(0, start - _WINDOW), start)
            if m:
                return m, effect
    else:
        for pattern, effect in _AFTER_RE:
            m = pattern.match(text, end)
            if m and ends_word(text, m.end()):
                return m, effect
    return None, None
