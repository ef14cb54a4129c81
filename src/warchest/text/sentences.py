"""Sentence segmentation with exact offsets, for Korean and English news prose.

Kiwi splits Korean well but not English, and both languages share the cases that
matter here (lines, quotes, abbreviations, decimals), so one rule-based splitter
serves both and keeps offsets exact: a sentence ends at ``.``, ``!`` or ``?``
(with any closing quotes or brackets) before white space, unless the word before
the period is an abbreviation or an initial; a line break always ends one.
"""

from __future__ import annotations

import re

from ..model import Sentence

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st inc corp co ltd llc plc no vs etc jan feb mar apr jun jul aug
    sep sept oct nov dec gen gov sen rep dept est fig approx u.s u.k e.g i.e a.m p.m""".split()
)
_END = re.compile(r"[.!?…]+[\"'”’)\]」』]*(?=\s)")
_LINE = re.compile(r"[^\n]+")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    word = re.search(r"[\w.]+$", text[:dot])
    if not word:
        return False
    w = word.group(0).lower()
    if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha() and w.isascii()):
        return True
    nxt = text[dot + 1 : dot + 3].lstrip()
    # "U.S. officials": a dotted initialism followed by a lower-case word
    return "." in w and bool(nxt) and nxt[0].islower()


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, begin = [], start
    for m in _END.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            continue
        pieces.append((begin, m.end()))
        begin = m.end()
    pieces.append((begin, end))
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of ``text`` in order, each with exact offsets into it."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        spans.extend(_split_line(text, line.start(), line.end()))
    return [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
