"""Korean morphology through Kiwi, loaded once per process.

Kiwi mis-splits company names it has never seen (오픈AI -> 오픈/NNG AI/SL), so the
entity layer registers the gazetteer's Korean names as user words before use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable


@dataclass(frozen=True)
class Token:
    form: str
    tag: str  # Sejong tag: NNG, NNP, JKS, JKB, VV, ...
    start: int  # offset into the analysed text
    end: int
    oov: bool = False  # not in Kiwi's dictionary: how a new company name looks (칩메이트, 딥코어)


class Morphology:
    """A Kiwi instance with our user words; ``tokens`` analyses one sentence."""

    def __init__(self, user_words: Iterable[tuple[str, str]] = ()):
        from kiwipiepy import Kiwi

        self._kiwi = Kiwi()
        for word, tag in user_words:
            self._kiwi.add_user_word(word, tag, 0.0)
        # The entity layer and the claim rules both read a document's sentences;
        # the cache spares Kiwi (the costliest step) the second analysis. It holds
        # about one article, so a batch of different articles gains nothing else.
        self._analyse = lru_cache(maxsize=128)(self._analyse_text)

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        return [Token(form, tag, offset + start, offset + end, oov) for form, tag, start, end, oov in self._analyse(text)]

    def _analyse_text(self, text: str) -> tuple[tuple[str, str, int, int, bool], ...]:
        return tuple((t.form, t.tag, t.start, t.start + t.len, bool(t.oov)) for t in self._kiwi.tokenize(text))


@lru_cache(maxsize=4)
def shared_morphology(user_words: tuple[tuple[str, str], ...] = ()) -> Morphology:
    """One Morphology per distinct word list per process (Kiwi takes seconds to load)."""
    return Morphology(user_words)
