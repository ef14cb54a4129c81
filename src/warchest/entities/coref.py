"""In-document coreference for the anaphors deal news uses.

Org anaphors (이 회사, 해당 기업, 동사, the company, the startup ...) go to the most
salient organisation among those named in the last few sentences, salience being how
often the headline, the lead and the whole text name it; with none nearby, to the
document's most salient organisation. Person pronouns (he, she, 그는) go to the
nearest person named before them in the same or the previous sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from ..model import Entity, Mention, Sentence
from .recognize import right_boundary_ok

WINDOW = 2  # sentences before the anaphor's own in which an antecedent may be named
_HEAD_WEIGHT = 3  # a name in the headline or lead counts this many times
NOT_PARTIES = frozenset({"media", "government", "exchange", "research", "university"})
BIG = frozenset({"bigtech", "conglomerate", "telecom", "bank", "sovereign", "pe", "investor"})


@dataclass(frozen=True)
class Anaphor:
    pattern: re.Pattern
    kind: str  # "org" or "person"
    small: bool = False  # "the startup": prefer entities that are not big companies


def _ko(words: str, kind: str, small: bool = False) -> Anaphor:
    # the anaphor may carry particles (이 회사는, 동사의): _is_anaphor checks them
    return Anaphor(re.compile(rf"(?<!\w)(?:{words})"), kind, small)


def _en(words: str, kind: str, small: bool = False) -> Anaphor:
    return Anaphor(re.compile(rf"\b(?:{words})\b"), kind, small)


ANAPHORS: tuple[Anaphor, ...] = (
    _ko("이 회사|이 업체|이 기업|이 조직|같은 회사|해당 기업|해당 회사|해당 업체|동사|합병 법인|통합 법인|저희", "org"),
    _ko("이 스타트업|해당 스타트업", "org", small=True),
    _en("[Tt]he company|[Tt]he firm|[Tt]he chipmaker", "org"),
    _en("[Tt]he startup|[Tt]he start-up|[Tt]he lab|[Tt]he AI lab|[Tt]he AI startup", "org", small=True),
    _en("[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im", "person"),
    _ko("그녀|그", "person"),
)
_KO_PRONOUN_TAIL = re.compile(r"(?:는|가|의|를|에게|도|와|은)(?=\s)")


def resolve_anaphors(text: str, sentences: Sequence[Sentence], found: Sequence[Mention], lang: str | None = None) -> list[Mention]:
    """Coreference mentions (``how="coref"``) for anaphors whose antecedent is clear."""
    names = [m for m in found if m.how != "coref"]
    if not names or not sentences:
        return []
    salience = _salience(names, sentences)
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for anaphor in ANAPHORS:
        for m in anaphor.pattern.finditer(text):
            if m.start() in taken or not _is_anaphor(text, m, anaphor):
                continue
            where = _sentence_index(sentences, m.start())
            if where is None:
                continue
            entity = _antecedent(anaphor, m.start(), where, names, sentences, salience)
            if entity:
                out.append(Mention(m.start(), m.end(), m.group(0), entity, how="coref"))
                taken.update(range(m.start(), m.end()))
    return out


def _is_anaphor(text: str, m: re.Match, anaphor: Anaphor) -> bool:
    surface = m.group(0)
    if surface in ("그", "그녀"):  # 그 is also "that": only a pronoun with a particle
        return bool(_KO_PRONOUN_TAIL.match(text, m.end()))
    if surface == "동사":  # the word for "verb" unless used of a company
        return right_boundary_ok(text, m.end())
    if "\uac00" <= surface[-1] <= "\ud7a3":
        return right_boundary_ok(text, m.end())
    return True


def _salience(names: Sequence[Mention], sentences: Sequence[Sentence]) -> Counter:
    """How prominent each entity is: every mention, the headline's and lead's counted more."""
    lead_end = sentences[min(2, len(sentences) - 1)].end
    score: Counter = Counter()
    for m in names:
        score[m.entity.id] += _HEAD_WEIGHT if m.start < lead_end else 1
    return score


def _antecedent(
    anaphor: Anaphor,
    at: int,
    where: int,
    names: Sequence[Mention],
    sentences: Sequence[Sentence],
    salience: Counter,
) -> Entity | None:
    window_start = sentences[max(0, where - WINDOW)].start
    before = [m for m in names if m.end <= at and m.entity.kind == anaphor.kind]
    if anaphor.kind == "person":
        nearby = [m for m in before if m.start >= window_start]
        return nearby[-1].entity if nearby else None
    parties = [m for m in before if m.entity.subkind not in NOT_PARTIES]
    if anaphor.small:
        parties = [m for m in parties if m.entity.subkind not in BIG] or parties
    nearby = [m for m in parties if m.start >= window_start] or parties
    if not nearby:
        return None
    return max(nearby, key=lambda m: (salience[m.entity.id], m.start)).entity


def _sentence_index(sentences: Sequence[Sentence], offset: int) -> int | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s.index
    return None
