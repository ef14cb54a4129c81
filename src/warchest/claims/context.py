"""What a claim extractor sees of one document: sentences with their mentions,
quantities and (for Korean) morphemes, all indexed by sentence."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Callable, Hashable, Sequence

from ..model import Amount, Document, Mention, Quantity, QuantityLike, Sentence, When
from ..text.morph import Morphology, Token


class DocContext:
    """Read-only view of one analysed document, with per-sentence lookups."""

    def __init__(
        self,
        document: Document,
        sentences: Sequence[Sentence],
        quantities: Sequence[QuantityLike],
        mentions: Sequence[Mention],
        morphology: Morphology | None = None,
    ):
        self.document = document
        self.sentences = tuple(sentences)
        self.quantities = tuple(quantities)
        self.mentions = tuple(mentions)
        self.morphology = morphology
        self._starts = [s.start for s in self.sentences]
        self._tokens: dict[int, list[Token]] = {}
        self._memo: dict[Hashable, Any] = {}

    @property
    def lang(self) -> str:
        return self.document.lang

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before this one, or None for the first."""
        return self.sentences[sentence.index - 1] if sentence.index > 0 else None

    def same_paragraph(self, a: Sentence, b: Sentence) -> bool:
        """Whether no blank line separates two sentences."""
        lo, hi = sorted((a, b), key=lambda s: s.start)
        return "\n\n" not in self.document.text[lo.end:hi.start]

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """Compute once per document (argument readings, per-sentence analyses)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def _inside(self, items, sentence: Sentence):
        return [x for x in items if sentence.start <= x.start and x.end <= sentence.end]

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        return self._inside(self.mentions, sentence)

    def amounts_in(self, sentence: Sentence) -> list[Amount]:
        return [q for q in self._inside(self.quantities, sentence) if isinstance(q, Amount)]

    def dates_in(self, sentence: Sentence) -> list[When]:
        return [q for q in self._inside(self.quantities, sentence) if isinstance(q, When)]

    def numbers_in(self, sentence: Sentence, kind: str = "number") -> list[Quantity]:
        return [q for q in self._inside(self.quantities, sentence) if isinstance(q, Quantity) and q.kind == kind]

    def tokens(self, sentence: Sentence) -> list[Token]:
        """Kiwi morphemes of a sentence, offsets into the document text (cached)."""
        if self.morphology is None:
            return []
        if sentence.index not in self._tokens:
            self._tokens[sentence.index] = self.morphology.tokens(sentence.text, sentence.start)
        return self._tokens[sentence.index]
