"""Parties that the syntax names where the entity layer read no name: the topic or
subject of a company predicate (메디플로우는 … 제휴를 맺었다, "Onyx was founded"),
the partner before 와/과 or after "with", the object before 을/를 of a Korean
relative clause (로지웨이브를 세운 최 대표). A company frame falls back on them only
when no mention fills its slot, so an unknown startup still becomes a party and a
known name elsewhere in the sentence is never taken in its place.

Why beside the entity layer's discovery (``entities/discover_*.py``): discovery
reads a name from cues of its own (Labs, AI, "startup X", 세운 X는), and on the
annotated corpora it now finds every party these slots would. What it cannot give
is a name seen once, with no cue but the predicate's syntax (법무법인 광장과 협약,
"Quanta teamed up with Arcwise", "Onyx was founded"); only those stay here. An
English name that reads as a person's (a given name, ", who", a title after it) is
never such a party.

``subject_state`` and ``opening_subject`` tell a frame how a sentence names its
subject, so that a party carried from an earlier sentence is no guess. Words that
are never such a name (회사, 정부, "The", "Monday") are data: ``generic_nouns`` and
``not_names`` in ``data/lexicons/company.<lang>.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..entities.gazetteer import slugify
from ..model import Entity, Mention, Sentence
from ..text.morph import Token
from .args import Arg
from .context import DocContext

_KO_NOUNISH = ("NNP", "NNG", "SL", "SN", "SSO", "SSC")
_KO_SUBJECT = {("JX", "은"), ("JX", "는"), ("JX", "도"), ("JKS", "이"), ("JKS", "가")}
_KO_WITH = {("JKB", "와"), ("JKB", "과"), ("JC", "와"), ("JC", "과")}
_QUOTES = "'‘’\"“”"
_EN_NAME = r"[A-Z][\w&.+-]*(?:\s+(?:[A-Z][\w&.+-]*|\d[\w.]*))*"
# the subject that opens a sentence ("Onyx was founded", "Tidewater AI, a startup,
# launched"), after an opening phrase if any ("Founded in 2019 by A and B, X is",
# "Alongside the funding, X unveiled", "About X: …")
_EN_SUBJECT = re.compile(rf"(?P<name>{_EN_NAME})(?:,\s+[^,]{{1,60}},)?\s+(?=[a-z])")
_EN_WITH = re.compile(rf"\bwith\s+(?:the\s+)?(?P<name>{_EN_NAME}(?:(?:,\s+|,?\s+and\s+){_EN_NAME})*)")
_EN_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# the capitalised words right before a verb at ``pos`` ("Quillon also unveiled")
_EN_VERB_SUBJECT = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+(?:(?:has|have|had|also|recently|"
                              r"quietly|officially|then|now|first|later)\s+)*$")
_EN_OBJECT = re.compile(rf"\s+(?P<name>{_EN_NAME})\b(?!'s)")


@dataclass(frozen=True)
class SlotCues:
    """Nouns (Korean) and capitalised words (English) that never name a party;
    (Korean) the kinds of org a name follows; (English) the opening phrase a
    sentence may put before its subject, the verbs of one who only speaks of a
    deal, and the cues that a capitalised name is a person's."""

    generic: frozenset[str]
    opening: re.Pattern
    speech: re.Pattern | None
    heads: re.Pattern | None  # 법무법인, 재단법인: a kind of org whose name follows
    given: frozenset[str]  # English given names: "Maya Lindqvist" is a person
    person_after: re.Pattern | None  # ", who", ", the chief executive": a person named before

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "SlotCues":
        data = lexicons.get(f"company.{lang}", {})
        words = [*data.get("generic_nouns", ()), *data.get("not_names", ()), *data.get("subject_anaphors", ())]
        openers = "|".join(re.escape(w) for w in data.get("opening_words", ()))
        opening = rf"(?:About [^:]{{1,60}}:\s*)?(?:[A-Z][a-z]+ed|{openers or '(?!)'})\b[^,;:]{{0,90}},\s+"
        speech = "|".join(re.escape(w) for w in data.get("speech_verbs", ()))
        heads = "|".join(re.escape(w) for w in data.get("org_heads", ()))
        after = data.get("person_cues")
        # "X said it would …" speaks of X's own deal: X stays the subject
        speaking = re.compile(rf"\b(?:{speech})\b(?!\s+(?:that\s+)?it\b)") if speech else None
        return cls(frozenset(words), re.compile(opening), speaking,
                   re.compile(rf"(?:{heads})\s$") if heads else None, frozenset(data.get("given_names", ())),
                   re.compile(after) if after else None)


def _plain_name(ctx: DocContext, start: int, end: int) -> list[str]:
    """The words of [start, end) when they are two or three plain capitalised words."""
    words = ctx.document.text[start:end].split()
    plain = 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*", w) for w in words)
    return words if plain else []


def _personal(ctx: DocContext, start: int, end: int, cues: SlotCues) -> bool:
    """Whether an English capitalised name reads as a person's: two or three plain
    words opening with a given name (Maya Lindqvist), or followed by ", who" or a
    title (", the chief executive")."""
    words = _plain_name(ctx, start, end)
    return bool(words) and (words[0] in cues.given or
                            bool(cues.person_after and cues.person_after.match(ctx.document.text, end)))


def founder_subject(ctx: DocContext, sentence: Sentence, pos: int, lexicons: Mapping[str, Any]) -> Arg | None:
    """The unknown person named as the subject of an English founding verb at ``pos``
    ("Priya Nair founded …", "Kira Ono later started …"): two or three plain
    capitalised words, the last no org's (Helix Labs founded a unit)."""
    suffixes = frozenset(lexicons.get(f"company.{ctx.lang}", {}).get("org_suffixes", ()))
    m = _EN_VERB_SUBJECT.search(ctx.document.text, sentence.start, pos)
    words = _plain_name(ctx, *m.span(1)) if m else []
    if not words or words[-1] in suffixes or any(x.start < m.end(1) and m.start(1) < x.end for x in ctx.mentions):
        return None
    surface = m.group(1)
    entity = Entity(id=slugify(surface), name=surface, kind="person", known=False)
    return Arg(Mention(m.start(1), m.end(1), surface, entity, how="discovered"), "subject")


def _party(ctx: DocContext, start: int, end: int, case: str, cues: SlotCues) -> Arg | None:
    """An unknown org at [start, end) (quotes trimmed), unless a mention covers any
    of it, it (or its first word) is generic, or it reads as a person's name."""
    text = ctx.document.text
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES:
        end -= 1
    surface = text[start:end]
    if len(surface) < 2 or surface in cues.generic or surface.split()[0] in cues.generic:
        return None
    if any(m.start < end and start < m.end for m in ctx.mentions) or _personal(ctx, start, end, cues):
        return None
    entity = Entity(id=slugify(surface), name=surface, kind="org", known=False)
    return Arg(Mention(start, end, surface, entity, how="discovered"), case)


def _ko_word_before(tokens: list[Token], i: int) -> list[Token]:
    """The morphemes of the word (no space inside) that token ``i``, a particle, is
    attached to, when that word opens with a noun (닥터노트는, which Kiwi may split
    as 닥터노 + 트, still counts; 있는 does not)."""
    j = i
    while j and tokens[j - 1].end == tokens[j].start and tokens[j - 1].tag[0] not in "JE":
        j -= 1
    return tokens[j:i] if j < i and tokens[j].tag in _KO_NOUNISH else []


def _misread_topic(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a topic 는/은 that Kiwi took for a verb ending, after
    a proper name it split (닥터노트는 as 닥터노 + 트 + 는): the word opens with a
    proper noun or Latin letters and holds no verb-making suffix (개발하는)."""
    if tokens[i].tag != "ETM" or tokens[i].form not in ("는", "은"):
        return False
    word = _ko_word_before(tokens, i)
    return bool(word) and word[0].tag in ("NNP", "SL") and not any(t.tag in ("XSV", "XSA") for t in word)


def _ko_modified(ctx: DocContext, sentence: Sentence, word: list[Token]) -> bool:
    """Whether the word is the head of a name right before it (카카오 주가, 삼성
    측): then it is no party's name of its own."""
    start = len(ctx.document.text[:word[0].start].rstrip())
    return any(m.end == start for m in ctx.mentions_in(sentence))


def _text_before(ctx: DocContext, sentence: Sentence, pos: int) -> str:
    return ctx.document.text[sentence.start:pos]


def ko_object_before(ctx: DocContext, sentence: Sentence, pos: int, lexicons: Mapping[str, Any]) -> tuple[int, int] | None:
    """The word that 을/를 marks as the object right before ``pos`` (로지웨이브를 세운):
    its span, particle left out."""
    m = re.search(r"(\S+?)[’'”\"]?(?:을|를)\s+$", _text_before(ctx, sentence, pos))
    return (sentence.start + m.start(1), sentence.start + m.end(1)) if m else None


def party_at(ctx: DocContext, start: int, end: int, lexicons: Mapping[str, Any]) -> Arg | None:
    """An unknown org named at [start, end), unless a mention covers it or it is generic."""
    cues = ctx.memo(("slot-cues",), lambda: SlotCues.of(lexicons, ctx.lang))
    return _party(ctx, start, end, "object", cues)


def _ko_slots(ctx: DocContext, sentence: Sentence, lo: int, hi: int, cues: SlotCues, verb: int) -> list[Arg]:
    """The sentence's first topic or subject word that may name a party (not 대표가),
    and each word before 와/과 in [lo, hi), all before the verb ending at ``verb``:
    a with-partner only where it looks like a name (a proper noun, Latin letters,
    quotes), follows the kind of org it names (법무법인 세종과) or
    opens the sentence (토스와 하나은행이)."""
    tokens = [t for t in ctx.tokens(sentence) if t.end <= min(hi, verb)]
    out: list[tuple[int, Arg]] = []
    for i, tok in enumerate(tokens):
        key = (tok.tag, tok.form)
        is_topic = (key in _KO_SUBJECT or _misread_topic(tokens, i)) and i and not tokens[i - 1].tag.startswith("J")
        is_with = key in _KO_WITH and tok.start >= lo
        word = _ko_word_before(tokens, i) if is_topic or is_with else []
        if not word or _ko_modified(ctx, sentence, word):
            continue
        before = _text_before(ctx, sentence, word[0].start)
        head = cues.heads.search(before) if cues.heads else None
        if is_with and before.strip() and not head and \
                not any(t.tag in ("NNP", "SL") or t.tag.startswith("SS") for t in word):
            continue
        case = "topic" if is_topic else "with"
        out += [(i, a) for piece in _ko_pieces(word) if (a := _party(ctx, piece[0].start, piece[-1].end, case, cues))]
    first_topic = next((i for i, a in out if a.case == "topic"), None)
    return [a for i, a in out if a.case == "with" or i == first_topic]


def _ko_pieces(word: list[Token]) -> list[list[Token]]:
    """The names a word joins with a middle dot or comma (삼성물산·한빛중공업은),
    each a party of its own."""
    pieces: list[list[Token]] = [[]]
    for tok in word:
        if tok.form in ("·", ","):
            pieces.append([])
        else:
            pieces[-1].append(tok)
    return [p for p in pieces if p]


def _en_slots(ctx: DocContext, sentence: Sentence, lo: int, hi: int, cues: SlotCues, verb: int) -> list[Arg]:
    """The capitalised subject that opens the sentence (after "About X:" or an
    opening phrase and its comma) unless it only speaks of the deal ("Kevin Scott
    said the partnership …"), the object right after the verb ending at
    ``verb``, and the names after "with" in [lo, hi)."""
    text = ctx.document.text
    out: list[Arg] = []
    opening = cues.opening.match(text, sentence.start, hi)
    subject = _EN_SUBJECT.match(text, opening.end() if opening else sentence.start, hi)
    if subject is not None and not (cues.speech and cues.speech.search(text, subject.end(), verb)):
        out.append(_party(ctx, *subject.span("name"), "subject", cues))
    obj = _EN_OBJECT.match(text, verb, hi)
    if obj is not None:
        out.append(_party(ctx, *obj.span("name"), "object", cues))
    for m in _EN_WITH.finditer(text, lo, hi):
        pos = m.start("name")
        for part in _EN_JOIN.split(m.group("name")):
            start = text.index(part, pos)
            out.append(_party(ctx, start, start + len(part), "with", cues))
            pos = start + len(part)
    return [a for a in out if a is not None]


def _subject_span(ctx: DocContext, sentence: Sentence, pos: int) -> tuple[int, int] | None:
    """Where the sentence before ``pos`` names its subject: the noun before the
    first topic or subject particle (은/는, 이/가, 도; not the 는 of 초에는), or
    the capitalised words just before an English verb."""
    if ctx.lang == "en":
        m = _EN_VERB_SUBJECT.search(ctx.document.text, sentence.start, pos)
        return m.span(1) if m else None
    tokens = [t for t in ctx.tokens(sentence) if t.end <= pos]
    for i, tok in enumerate(tokens):
        if tok.tag in ("JX", "JKS") and tok.form in ("은", "는", "이", "가", "도") and i:
            if tokens[i - 1].tag.startswith("JK"):
                continue
            j = i - 1
            while j and tokens[j - 1].tag in ("NNG", "NNP", "NNB", "SL", "SN", "MM") and tokens[j - 1].end >= tokens[j].start - 1:
                j -= 1
            return tokens[j].start, tokens[i - 1].end
    return None


def opening_subject(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the sentence names what it is about: the English name that opens it
    (after an opening phrase: "Unlike A and B, Cohere has"), the Korean word before
    its first topic or subject particle."""
    if ctx.lang != "en":
        return _subject_span(ctx, sentence, sentence.end)
    cues = ctx.memo(("slot-cues",), lambda: SlotCues.of(lexicons, ctx.lang))
    opening = cues.opening.match(ctx.document.text, sentence.start, sentence.end)
    subject = _EN_SUBJECT.match(ctx.document.text, opening.end() if opening else sentence.start, sentence.end)
    return subject.span("name") if subject else None


def subject_state(ctx: DocContext, sentence: Sentence, pos: int, lexicons: Mapping[str, Any]) -> str:
    """How the sentence names its subject before ``pos``: "none" (dropped),
    "anaphor" (회사는, "It", "It said it would …"), "read" (a mention), "unread" (an
    unknown name, after which a party carried from elsewhere would be a guess) or
    "speaker" ("Analysts said the partnership …": the one who speaks is no party)."""
    cues = ctx.memo(("slot-cues",), lambda: SlotCues.of(lexicons, ctx.lang))
    words = lexicons.get(f"company.{ctx.lang}", {}).get("subject_anaphors", ())
    speech = cues.speech.search(ctx.document.text, sentence.start, pos) if cues.speech else None
    if speech is not None:  # "It said it would license …": a company speaking of its own deal
        speaker = ctx.document.text[sentence.start:speech.start()].strip()
        return "anaphor" if speaker in words else "speaker"
    span = _subject_span(ctx, sentence, pos)
    if span is None:
        return "anaphor" if _en_pronoun_subject(ctx, sentence, pos, words) else "none"
    surface = ctx.document.text[span[0]:span[1]]
    if any(surface == w or surface.endswith(" " + w) for w in words):
        return "anaphor"
    return "read" if any(m.start < span[1] and span[0] < m.end for m in ctx.mentions_in(sentence)) else "unread"


def _en_pronoun_subject(ctx: DocContext, sentence: Sentence, pos: int, words: Sequence[str]) -> bool:
    """Whether an English subject anaphor, lowercased after an opening phrase,
    stands right before the verb at ``pos`` ("In May it agreed", "Last week the
    startup quietly released")."""
    if ctx.lang != "en" or not words:
        return False
    anaphor = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:also\s+|\w+ly\s+)?$"
    return re.search(anaphor, ctx.document.text[sentence.start:pos], re.IGNORECASE) is not None


def slot_parties(ctx: DocContext, sentence: Sentence, lo: int, hi: int, verb: int,
                 lexicons: Mapping[str, Any]) -> list[Arg]:
    """Unknown orgs that the syntax names as the sentence's subject or topic, the
    object of an English verb ending at ``verb``, or a partner within [lo, hi)."""
    cues = ctx.memo(("slot-cues",), lambda: SlotCues.of(lexicons, ctx.lang))
    read = _ko_slots if ctx.lang == "ko" else _en_slots
    return read(ctx, sentence, lo, hi, cues, verb)
