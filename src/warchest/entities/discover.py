"""Discovery: names the gazetteer lacks, found from the cues deal news puts around them.

The cues live in ``discover_ko`` and ``discover_en``: class nouns (스타트업 '메디플로우',
"startup X"), organisation heads (…벤처스, "X Capital"), the slots of deal verbs (X에 투자,
"acquired X", "led by X"), appositions ("X, a Seoul-based startup") and titles
(김도현 대표, "chief executive Sarah Cho"). A cue gives the kind; this stage settles one
kind per name (a person cue wins: titles are the surer sign), names the entity after
its surface without particles, and finds it again wherever else the document uses
it, so every mention of one unknown name shares one id.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from ..model import Entity, Mention, Sentence
from .candidates import Candidate, Scope, Tokens
from .discover_en import english_candidates
from .discover_ko import korean_candidates
from .gazetteer import Name, slugify
from .hangul import is_hangul
from .recognize import NameMatcher
from .resolve import short_form

CueFinder = Callable[[Scope, Sentence], Iterable[Candidate]]
_KIND_RANK = {"person": 0, "org": 1, "product": 2}


def cues_for(sentence: Sentence) -> CueFinder:
    """Korean cues for a sentence with Hangul in it, English cues otherwise."""
    return korean_candidates if any(is_hangul(c) for c in sentence.text) else english_candidates


def discover(
    text: str,
    sentences: Sequence[Sentence],
    found: Sequence[Mention],
    morphology,
    non_names: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions of names the gazetteer lacks, each found wherever the document repeats it.

    ``non_names`` are words a cue must never make a name of (places, generic nouns).
    A discovered name may swallow known names inside it only when it extends them with
    an organisation head (Toyota Ventures); the caller drops what it swallowed.
    """
    spans = [(m.start, m.end) for m in found]
    known_orgs = frozenset(m.start for m in found if m.entity.kind == "org")
    scope = Scope(text, Tokens(sentences, morphology), non_names, known_orgs)
    kinds: dict[str, str] = {}
    extending: set[str] = set()
    for sentence in sentences:
        for cand in cues_for(sentence)(scope, sentence):
            if not _fits(cand.start, cand.end, spans, cand.extends):
                continue
            surface = text[cand.start : cand.end]
            if surface not in kinds or _KIND_RANK[cand.kind] < _KIND_RANK[kinds[surface]]:
                kinds[surface] = cand.kind
            if cand.extends:
                extending.add(surface)
    for surface in _parts_of_people(found, kinds):
        if kinds.get(surface, "person") != "person":
            del kinds[surface]
    return _mentions_of(text, kinds, extending, spans) if kinds else []


def _parts_of_people(found: Sequence[Mention], kinds: dict[str, str]) -> set[str]:
    """The single words of the people's names a document gives in full: 아모데이 in
    "아모데이 CEO" after 다리오 아모데이 is the person again, not a company."""
    people = [m.text for m in found if m.entity.kind == "person"] + [s for s, k in kinds.items() if k == "person"]
    return {word for name in people if " " in name for word in name.split()}


def _fits(start: int, end: int, spans: Sequence[tuple[int, int]], extends: bool) -> bool:
    """Whether a new name may stand at ``start:end``: it overlaps no known name, or
    (when it extends them) holds every known name it overlaps and more."""
    overlapping = [(s, e) for s, e in spans if s < end and start < e]
    if not overlapping:
        return True
    return extends and all(start <= s and e <= end and (s, e) != (start, end) for s, e in overlapping)


def _mentions_of(text: str, kinds: dict[str, str], extending: set[str], spans: list[tuple[int, int]]) -> list[Mention]:
    entities = {surface: _entity(text, surface, kind) for surface, kind in kinds.items()}
    for surface, entity in sorted(entities.items(), key=lambda item: len(item[0])):
        head = short_form(surface) if entity.kind == "org" else None
        if head and head not in extending and entities.get(head, entity).kind == "org":
            entities[head] = entity  # Helios, found on its own, is still Helios Data
    matcher = NameMatcher(Name(s, e.id) for s, e in entities.items())
    out = []
    for match in matcher.find(text):
        surface = text[match.start : match.end]
        if _fits(match.start, match.end, spans, surface in extending):
            out.append(Mention(match.start, match.end, surface, entities[surface], how="discovered"))
    return out


def _entity(text: str, surface: str, kind: str) -> Entity:
    """An unknown entity; a Latin gloss in brackets (딥엘(DeepL)) becomes its name."""
    name = surface
    at = text.find(surface + "(")
    if at >= 0 and any(is_hangul(c) for c in surface):
        gloss = re.match(r"\(([A-Z][\w .&-]*)\)", text[at + len(surface) :])
        if gloss:
            name = gloss.group(1).strip()
    return Entity(id=slugify(name), name=name, kind=kind, known=False)
