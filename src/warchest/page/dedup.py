"""Near-duplicate detection: the same story reprinted with small edits.

Documents are compared by the Jaccard similarity of their character shingles
(``SHINGLE`` characters of case-folded text with white space and punctuation
removed), estimated with MinHash and looked up with LSH (datasketch). Character
shingles need no tokeniser, so Korean and English are treated alike, and a wire
story reprinted with a new headline, a byline or a changed figure still shares
most of its shingles with the original.

Exact duplicates need none of this: the document id is the hash of the
normalised text, so they share an id.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable, Iterator, Sequence

from datasketch import LeanMinHash, MinHash, MinHashLSH

from ..model import Document

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch >= 2 permutation scheme; fixed so saved signatures stay valid
SHINGLE = 5
THRESHOLD = 0.7

Signature = tuple[int, ...]
"""A MinHash signature: ``NUM_PERM`` ints, storable as JSON or a blob."""


def _folded(text: str) -> str:
    """Letters and digits only, NFKC and case-folded: edits to spacing or
    punctuation do not make a document look different."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The distinct character ``size``-grams of the folded text."""
    folded = _folded(text)
    if len(folded) <= size:
        return {folded} if folded else set()
    return {folded[i : i + size] for i in range(len(folded) - size + 1)}


def _minhash(text: str) -> LeanMinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return LeanMinHash(mh)


def _lean(sig: Sequence[int]) -> LeanMinHash:
    if len(sig) != NUM_PERM:
        raise ValueError(f"a signature has {NUM_PERM} values, got {len(sig)}")
    return LeanMinHash(seed=SEED, hashvalues=list(sig), scheme=SCHEME)


def signature(text: str) -> Signature:
    """The MinHash signature of a text; equal texts give equal signatures."""
    return tuple(int(v) for v in _minhash(text).hashvalues)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(_lean(a).jaccard(_lean(b)))


class NearDuplicateIndex:
    """Documents seen so far, queried for near duplicates as each one is added.

    ``add`` returns the earlier documents whose estimated Jaccard similarity
    with the new one is at least ``threshold``, most similar first (ties by
    id, so the answer is deterministic). Adding an id again changes nothing and
    returns no match. The store can rebuild the index from saved signatures
    with ``add_signature`` instead of re-reading the texts.
    """

    def __init__(self, threshold: float = THRESHOLD):
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        # LSH finds candidates a little below the threshold; the estimate decides.
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - 0.1), num_perm=NUM_PERM)
        self._signatures: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index a document; return ``(earlier_id, jaccard)`` for its near duplicates."""
        return self._add(doc_id, _minhash(text))

    def add_signature(self, doc_id: str, sig: Sequence[int]) -> list[tuple[str, float]]:
        """Like ``add``, from a signature computed earlier by ``signature``."""
        return self._add(doc_id, _lean(sig))

    def query(self, text: str) -> list[tuple[str, float]]:
        """The indexed documents a text nearly duplicates, without adding it."""
        return self._matches(_minhash(text))

    def _add(self, doc_id: str, mh: LeanMinHash) -> list[tuple[str, float]]:
        if doc_id in self._signatures:
            return []
        found = self._matches(mh)
        self._lsh.insert(doc_id, mh)
        self._signatures[doc_id] = mh
        return found

    def _matches(self, mh: LeanMinHash) -> list[tuple[str, float]]:
        scored = [(other, round(float(mh.jaccard(self._signatures[other])), 4)) for other in self._lsh.query(mh)]
        return sorted((m for m in scored if m[1] >= self.threshold), key=lambda m: (-m[1], m[0]))


Duplicates = list[tuple[Document, float]]


def find_duplicates(docs: Iterable[Document], threshold: float = THRESHOLD) -> Iterator[tuple[Document, Duplicates]]:
    """Each document that repeats earlier ones, with those documents and the
    estimated Jaccard; an exact copy (the same id) is reported with 1.0."""
    index = NearDuplicateIndex(threshold)
    first: dict[str, Document] = {}
    for doc in docs:
        if doc.id in first:
            yield doc, [(first[doc.id], 1.0)]
            continue
        first[doc.id] = doc
        found = index.add(doc.id, doc.text)
        if found:
            yield doc, [(first[other], jaccard) for other, jaccard in found]
