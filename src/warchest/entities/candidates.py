"""What discovery's Korean and English cue finders share: the candidate they propose,
the lazily analysed Kiwi tokens, and the scope every cue reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Sentence


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str  # "org", "person" or "product"
    # a company named after a known one plus an organisation head (Toyota Ventures)
    # replaces the known name inside it
    extends: bool = False


class Tokens:
    """Kiwi's tokens, analysed lazily sentence by sentence; empty without Kiwi."""

    def __init__(self, sentences: Sequence[Sentence], morphology):
        self._sentences, self._morph = sentences, morphology
        self._by_start: dict[int, list] = {}
        self._done: set[int] = set()

    @property
    def available(self) -> bool:
        return self._morph is not None

    def run_at(self, offset: int) -> list:
        """The tokens from ``offset`` on that are written together with it (no space)."""
        if self._morph is None:
            return []
        for s in self._sentences:
            if s.start <= offset < s.end and s.index not in self._done:
                self._done.add(s.index)
                tokens = self._morph.tokens(s.text, s.start)
                for i, t in enumerate(tokens):
                    run = [t]
                    for u in tokens[i + 1 :]:
                        if u.start != run[-1].end:
                            break
                        run.append(u)
                    self._by_start.setdefault(t.start, run)
        return self._by_start.get(offset, [])

    def covering(self, start: int, end: int) -> list:
        """The tokens that make up exactly ``start:end`` (empty if they do not fit it)."""
        inside = [t for t in self.run_at(start) if t.end <= end]
        return inside if inside and inside[-1].end == end else []

    def unknown_noun_at(self, offset: int, end: int) -> bool:
        """Whether ``offset:end`` is one noun Kiwi does not know: a name it has never seen."""
        run = self.run_at(offset)
        return bool(run) and run[0].end == end and run[0].tag in ("NNG", "NNP") and run[0].oov

    def tag_at(self, offset: int, end: int | None = None) -> str | None:
        """The tag of the token at ``offset`` (ending at ``end``, if given); None without Kiwi."""
        if self._morph is None:
            return None
        run = self.run_at(offset)
        if not run or (end is not None and run[0].end != end):
            return ""
        return run[0].tag


@dataclass(frozen=True)
class Scope:
    """What every cue needs: the text, its tokens, the words that are never names, and
    where the gazetteer already found an organisation."""

    text: str
    tokens: Tokens
    non_names: frozenset[str]
    known_orgs: frozenset[int]  # start offsets of known organisation mentions
