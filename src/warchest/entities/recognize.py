"""Finding gazetteer names in text: one character trie, longest match first.

A name counts only at word boundaries. On the left the character before it must not
be a letter or digit (a Hanja prefix such as 美 or 中 is allowed: 美오픈AI). On the
right, English names end before any non-alphanumeric character (so ``OpenAI's``
matches), while a Korean run glued to the name must be a chain of particles and
endings (앤스로픽에는, 앤스로픽과의, 오픈AI는): 메타버스 is not 메타.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .gazetteer import Name
from .hangul import is_hangul, is_particle_chain

# Characters written several ways that a name should match either way.
_FOLD = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "\u00a0": " "})


def fold(text: str) -> str:
    """Same-length normalisation of apostrophes, hyphens and spaces, so offsets survive."""
    return text.translate(_FOLD)


def is_word_char(c: str) -> bool:
    """A letter or digit that would continue a word; Hanja prefixes (美, 中) do not."""
    return c.isalnum() and not ("\u4e00" <= c <= "\u9fff")


def right_boundary_ok(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` ends a word (particles allowed after it)."""
    if end >= len(text) or not is_word_char(text[end]):
        return True
    if not is_hangul(text[end]):
        return False
    stop = end
    while stop < len(text) and is_hangul(text[stop]):
        stop += 1
    if stop < len(text) and is_word_char(text[stop]):
        return False
    return is_particle_chain(text[end:stop])


def left_boundary_ok(text: str, start: int) -> bool:
    return start == 0 or not is_word_char(text[start - 1])


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    names: tuple[Name, ...]  # every gazetteer name written this way (several when shared)


class NameMatcher:
    """A trie over every written form; ``find`` returns non-overlapping longest matches."""

    _END = ""  # trie key holding the names that end at a node

    def __init__(self, names: Iterable[Name]):
        self._root: dict = {}
        for name in names:
            node = self._root
            for c in fold(name.text):
                node = node.setdefault(c, {})
            node.setdefault(self._END, []).append(name)

    def find(self, text: str) -> list[Match]:
        folded = fold(text)
        out: list[Match] = []
        i, n = 0, len(folded)
        while i < n:
            match = self._longest_at(folded, i) if left_boundary_ok(folded, i) else None
            if match:
                out.append(match)
                i = match.end
            else:
                i += 1
        return out

    def _longest_at(self, text: str, start: int) -> Match | None:
        node, best = self._root, None
        for j in range(start, len(text)):
            node = node.get(text[j])
            if node is None:
                break
            names = node.get(self._END)
            if names and right_boundary_ok(text, j + 1):
                best = Match(start, j + 1, tuple(names))
        return best
