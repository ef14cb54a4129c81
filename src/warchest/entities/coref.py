"""In-document coreference for the anaphors deal news uses.

Org anaphors (이 회사, 해당 기업, 동사, 회사는 opening a sentence, the company, the
startup, "the AI search company" ...) go to the organisation named before them that
scores highest on salience (how often the text names it, the headline's and lead's
names counting more) plus a bonus for being named in the last few sentences. Before
salience come the clearer signs: a relative clause ("X chief executive Y, who founded
the company"), the topic or subject of the previous Korean sentence (X는, X가), and
the subject an English sentence opens with when the anaphor's own sentence names no
company before it, the company an English sentence opens with when the anaphor sits in
a later clause of it, and the name an anaphor is in apposition to (X, the startup). A
description right before a name ("the chip company Arm") is no anaphor. Media,
governments and universities are never antecedents, investors only when nothing else
is named, and "the startup" prefers startups and unknown names to any big company. Person pronouns look back only a few sentences: English ones (he, she) take
the nearest person, Korean ones (그는) the most salient.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from ..model import Entity, Mention, Sentence
from .hangul import is_hangul
from .recognize import right_boundary_ok

WINDOW = 2  # sentences before the anaphor's own in which an antecedent may be named
_HEAD_WEIGHT = 3  # a name in the headline or lead counts this many times
_RECENT_WEIGHT = 3  # and a name in the last few sentences this much more
NOT_PARTIES = frozenset({"media", "government", "exchange", "research", "university"})
INVESTORS = frozenset({"vc", "pe", "investor"})
# What "the startup" and "the lab" never mean.
NOT_STARTUPS = frozenset({"bigtech", "conglomerate", "telecom", "bank", "sovereign", "pe", "investor", "vc", "exchange"})


@dataclass(frozen=True)
class Anaphor:
    pattern: re.Pattern
    kind: str  # "org" or "person"
    small: bool = False  # "the startup": never a big company or an investor
    local: bool = False  # the antecedent must be named in the last few sentences
    nearest: bool = False  # take the nearest candidate rather than the most salient
    opening: bool = False  # only at the start of a sentence (회사는 ...: elsewhere 회사 is any company)
    paragraph: bool = False  # prefer an antecedent of the anaphor's own paragraph


def _ko(words: str, kind: str, **how) -> Anaphor:
    # the anaphor may carry particles (이 회사는, 동사의): _is_anaphor checks them
    return Anaphor(re.compile(rf"(?<!\w)(?:{words})"), kind, **how)


def _en(words: str, kind: str, **how) -> Anaphor:
    return Anaphor(re.compile(rf"\b(?:{words})\b"), kind, **how)


# Words that make "the … company" another company than the story's topic (the parent company).
_NOT_DESCRIPTIONS = (
    "parent holding venture investment private equity rival other combined merged new same acquiring target big "
    "public listed two three both"
).split()

# A word of such a description: "AI", "data-labelling", not "parent" or "rival".
_DESCRIBING = rf"(?:(?!{'|'.join(_NOT_DESCRIPTIONS)}\b)(?:[a-z][\w-]*|AI) )"

# Korean marks the topic (김 대표는 ... 그는 ...), so its pronouns go to the salient person
# nearby; English pronouns go to the nearest person, as English prose expects.
ANAPHORS: tuple[Anaphor, ...] = (
    _ko("이 회사|이 업체|이 기업|이 조직|같은 회사|해당 기업|해당 회사|해당 업체|동사|저희", "org"),
    _ko("이 스타트업|해당 스타트업", "org", small=True),
    _ko("회사|업체|스타트업", "org", opening=True),
    _ko("합병 법인|통합 법인|합병 회사|존속 법인", "org", local=True),
    _en("[Tt]he company|[Tt]he firm|[Tt]he chipmaker", "org"),
    _en("[Tt]he startup|[Tt]he start-up|[Tt]he lab|[Tt]he AI lab|[Tt]he AI startup", "org", small=True),
    _en("[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im", "person", local=True, nearest=True),
    _ko("그녀|그", "person", local=True),
    # "the AI search company", "the data-labelling firm": a description of the story's current topic
    # "the French startup", "the Boston computer-vision firm": a place or nationality may lead it
    _en(rf"[Tt]he (?:[A-Z][a-z]+ {_DESCRIBING}{{0,2}}|{_DESCRIBING}{{1,2}})(?:company|startup|firm|lab|chipmaker)",
        "org", local=True, paragraph=True),
)
_KO_PRONOUN_TAIL = re.compile(r"(?:는|가|의|를|에게|도|와|은)(?=\s)")


def resolve_anaphors(text: str, sentences: Sequence[Sentence], found: Sequence[Mention]) -> list[Mention]:
    """Coreference mentions (``how="coref"``) for anaphors whose antecedent is clear.

    Anaphors are resolved in text order, and each resolved one joins the chain its
    antecedent heads, so "the company" three paragraphs on still finds its way back.
    """
    chain = [m for m in found if m.how != "coref"]
    if not chain or not sentences:
        return []
    salience = _salience(chain, sentences)
    taken = {i for m in found for i in range(m.start, m.end)}
    named_at = {m.start for m in found if m.entity.kind == "org"}
    hits = sorted(((m, a) for a in ANAPHORS for m in a.pattern.finditer(text)), key=lambda h: h[0].start())
    out = []
    for m, anaphor in hits:
        if any(i in taken for i in range(m.start(), m.end())) or not _is_anaphor(text, m, anaphor):
            continue
        if _names_next(text, m.end(), named_at):  # "the facial-recognition company SenseTime"
            continue
        where = _sentence_index(sentences, m.start())
        if anaphor.opening and (where is None or not _opens(text, sentences[where], m.start())):
            continue
        entity = None if where is None else _antecedent(text, anaphor, m.start(), where, chain, sentences, salience)
        if entity:
            mention = Mention(m.start(), m.end(), m.group(0), entity, how="coref")
            out.append(mention)
            chain.append(mention)
            taken.update(range(m.start(), m.end()))
    return out


def _names_next(text: str, end: int, named_at: set[int]) -> bool:
    """Whether a name follows right after: a description before a name premodifies it."""
    gap = len(text) - len(text[end:].lstrip(" \"'“‘"))
    return gap > end and gap in named_at


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


_KO_SUBJECT = re.compile(r"(?:은|는|이|가)(?![\uac00-\ud7a3])")
# What may come before an English sentence's subject: a scene-setting phrase and a comma.
_EN_LEAD_IN = re.compile(
    r"\s*(?:(?:In|On|At|Earlier|Later|Last|This|Meanwhile|Separately|Elsewhere)\b[^,.]{0,40},\s*)?"
)
# "X chief executive Y, who founded the company": the clause's verbs that tie Y to X.
_RELATIVE = re.compile(
    r"[^.;]*?, who (?:\w+ )?(?:co-?founded|founded|started|set up|built|runs|ran|leads|led|joined|heads|headed) "
)
# An anaphor in apposition to the name just before it: "Kestrel, the startup".
_APPOSED = re.compile(r",\s*")
# Where a new clause starts between a sentence's first name and an anaphor.
_CLAUSE_BREAK = re.compile(r"[:;—]|\b(?:said|says|told|that|who|denied|confirmed|added)\b")
# Discovered names that end like investors: "the startup" never means them.
_INVESTOR_HEAD = re.compile(r"(?:Ventures|Capital|Partners|Investments?|벤처스|캐피탈|캐피털|파트너스|인베스트먼트|벤처투자)$")


def _opens(text: str, sentence: Sentence, at: int) -> bool:
    """Whether ``at`` starts its sentence, quotes and spaces aside."""
    return not text[sentence.start : at].strip(" \n\t'\"‘“")


def _english_subject(text: str, previous: Sentence | None, parties: Sequence[Mention]) -> Entity | None:
    """The organisation an English sentence opens with (In Oslo, Fjordline AI raised ...):
    "The company" opening the next sentence continues it."""
    if previous is None:
        return None
    for m in parties:
        if previous.start <= m.start < previous.end:
            lead = _EN_LEAD_IN.match(text, previous.start)
            return m.entity if lead and lead.end() == m.start else None
    return None


def _relative_owner(text: str, at: int, sentence: Sentence, parties: Sequence[Mention]) -> Entity | None:
    """The company of a person described by a relative clause holding the anaphor:
    "Statsig chief executive Vijaye Raji, who founded the company in 2021" means Statsig."""
    inside = [m for m in parties if sentence.start <= m.start and m.end <= at]
    if not inside or not _RELATIVE.fullmatch(text, inside[-1].end, at):
        return None
    return inside[-1].entity


def _startups(parties: list[Mention]) -> list[Mention]:
    """The parties "the startup" most likely means: startups, and names the gazetteer lacks
    that do not end like an investor's; all of them if there are none such."""
    young = [m for m in parties if m.entity.subkind == "startup" or not (m.entity.known or _is_investor(m.entity))]
    return young or parties


def _korean_subject(text: str, previous: Sentence | None, parties: Sequence[Mention]) -> Entity | None:
    """The organisation the previous Korean sentence is about: the first one it marks as
    topic or subject (X는, X가). 이 회사 points back to it rather than to the article's topic."""
    if previous is None or not any(is_hangul(c) for c in previous.text):
        return None
    for m in parties:
        if previous.start <= m.start < previous.end and _KO_SUBJECT.match(text, m.end):
            return m.entity
    return None


def _antecedent(
    text: str,
    anaphor: Anaphor,
    at: int,
    where: int,
    chain: list[Mention],
    sentences: Sequence[Sentence],
    salience: Counter,
) -> Entity | None:
    window_start = sentences[max(0, where - WINDOW)].start
    before = sorted((m for m in chain if m.end <= at and m.entity.kind == anaphor.kind), key=lambda m: m.start)
    if before and anaphor.kind == "org" and _APPOSED.fullmatch(text, before[-1].end, at):
        return before[-1].entity  # "Kestrel, the startup behind ..."
    parties = [m for m in before if anaphor.kind == "person" or m.entity.subkind not in NOT_PARTIES]
    if anaphor.small:
        parties = _startups([m for m in parties if m.entity.subkind not in NOT_STARTUPS])
    elif anaphor.kind == "org":  # the company a story is about, rather than its investors
        parties = [m for m in parties if not _is_investor(m.entity)] or parties
    if anaphor.local:
        parties = [m for m in parties if m.start >= window_start]
    if anaphor.paragraph:
        paragraph = text.rfind("\n\n", 0, at)
        parties = [m for m in parties if m.start > paragraph] or parties
    if not parties:
        return None
    if anaphor.nearest:
        return parties[-1].entity
    if anaphor.kind == "org" and not anaphor.local:
        subject = _subject(text, at, where, sentences, parties)
        if subject:
            return subject
        own_subject = _own_subject(text, at, sentences[where], parties)
        parties = [m for m in parties if m.entity != own_subject] or parties
    recent = {m.entity.id for m in parties if m.start >= window_start}
    last_seen = {m.entity.id: m.start for m in parties}

    def score(entity_id: str) -> tuple[int, int]:
        return salience[entity_id] + (_RECENT_WEIGHT if entity_id in recent else 0), last_seen[entity_id]

    best = max(last_seen, key=score)
    return next(m.entity for m in parties if m.entity.id == best)


def _is_investor(entity: Entity) -> bool:
    return entity.subkind in INVESTORS or (not entity.known and bool(_INVESTOR_HEAD.search(entity.name)))


def _subject(
    text: str, at: int, where: int, sentences: Sequence[Sentence], parties: Sequence[Mention]
) -> Entity | None:
    """The organisation the anaphor's clause or the sentence before it is about, if clear."""
    previous = sentences[where - 1] if where else None
    owner = _relative_owner(text, at, sentences[where], parties)
    if owner:
        return owner
    if is_hangul(text[at]):
        return _korean_subject(text, previous, parties)
    own = [m for m in parties if m.start >= sentences[where].start]
    if own:
        return _clause_subject(text, at, own)
    return _english_subject(text, previous, parties) or _paragraph_topic(text, at, sentences, parties)


def _paragraph_topic(text: str, at: int, sentences: Sequence[Sentence], parties: Sequence[Mention]) -> Entity | None:
    """The subject that opened the previous paragraph, for an anaphor opening a paragraph:
    "MosaicML had raised ... The price Databricks is paying ...\n\nThe startup has ..."."""
    if text[max(0, at - 2) : at] != "\n\n":
        return None
    opening = next((s for s in sentences if s.start > text.rfind("\n\n", 0, at - 2)), None)
    return _english_subject(text, opening, parties) if opening and opening.end <= at else None


def _own_subject(text: str, at: int, sentence: Sentence, parties: Sequence[Mention]) -> Entity | None:
    """The English subject of the anaphor's own clause ("Microsoft invested in the company"):
    a company is not its own object, so it is no antecedent."""
    own = [m for m in parties if m.start >= sentence.start]
    if not own or is_hangul(text[at]) or _CLAUSE_BREAK.search(text, own[0].end, at):
        return None
    return own[0].entity


def _clause_subject(text: str, at: int, own: Sequence[Mention]) -> Entity | None:
    """The organisation an English sentence opens with when the anaphor sits in a later
    clause ("A Mistral spokesperson said the company ...", "Meta lost a researcher: ... left
    the company"); in the same clause the subject is rarely its own object."""
    first = own[0]
    return first.entity if _CLAUSE_BREAK.search(text, first.end, at) else None


def _sentence_index(sentences: Sequence[Sentence], offset: int) -> int | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s.index
    return None
