"""Finding gazetteer names in text: one character trie, longest match first.

A name counts only at word boundaries. On the left the character before it must not
be a letter or digit (a Hanja prefix such as 美 or 中 is allowed: 美오픈AI). On the
right, English names end before any non-alphanumeric character (so ``OpenAI's``
matches), while a Korean run glued to the name must be a chain of particles and
endings (앤스로픽에는, 앤스로픽과의, 오픈AI는): 메타버스 is not 메타.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .gazetteer import Name

# Particles, copula endings and the few bound nouns news glues to a company name.
# They are parsed as a chain, so 과의, 에서는 and 이라는 need no entries of their own.
KOREAN_TAIL = frozenset(
    """은 는 이 가 을 를 의 에 에서 에게 에겐 께 께서 한테 와 과 로 으로 도 만 까지 부터 처럼 보다
    나 이나 랑 이랑 하고 라는 이라는 란 이란 라고 이라고 라며 이라며 라면 이라면 다 이다 였다 이었다
    였던 이었던 며 이며 자 이자 고 이고 엔 에선 측 사 등 만큼 뿐 조차 마저 인 로서 으로서 로써 으로써
    로부터 으로부터 마다 든 이든 야 이야 요 이요 였고 이었고 였으며 이었으며 발 표 계열 산하 진영 쪽 씨
    는데 인데 이라 라 와는 과는 로는 으로는 에게서 에서도""".split()
)
_TAIL_MAX = max(len(t) for t in KOREAN_TAIL)

# Characters written several ways that a name should match either way.
_FOLD = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "\u00a0": " "})


def fold(text: str) -> str:
    """Same-length normalisation of apostrophes, hyphens and spaces, so offsets survive."""
    return text.translate(_FOLD)


def is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def is_word_char(c: str) -> bool:
    """A letter or digit that would continue a word; Hanja prefixes (美, 中) do not."""
    return c.isalnum() and not ("\u4e00" <= c <= "\u9fff")


@lru_cache(maxsize=4096)
def is_particle_chain(tail: str) -> bool:
    """Whether a Hangul run splits entirely into particles and endings."""
    if not tail:
        return True
    return any(
        tail[:n] in KOREAN_TAIL and is_particle_chain(tail[n:]) for n in range(min(_TAIL_MAX, len(tail)), 0, -1)
    )


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
