"""Company claims: products launched, companies founded, partnerships formed
(launch, founding, partnership).

A launch needs a product (a known one, or a name the launch clause gives it:
‘스텔라 V2’를 공개, HBM3E 12단 제품을, "unveiled Atlas and Beacon", "Orbit was
launched") and a past or present predicate, never a planned one; its maker is the
predicate's subject, else the product's parent in the gazetteer, else the org the
sentences before are about. A founding takes its founders from the predicate's
clause (2020년 박성현 대표와 오진욱 CTO가 공동 창업한, "founded in 2023 by A, B and
C", "A, who co-founded X", "X, which A started"), from the person a Korean
relative clause heads (로지웨이브를 세운 최 대표) or from an appositive (스케일AI
창업자인 알렉산더 왕, "the startup's co-founders A and B"). A partnership needs two
or more orgs and an agreement (a supply or cloud deal, joint development, 파트너로
선정), not a meeting that only discussed one nor a plan.

An anaphor or dropped subject (회사는, "It", "The company was founded") stands for
the org the sentences before are about, by their subject, not the one the article
names most. Where no mention fills a party's slot, the syntax names an unknown one
(``company_slots``); no claim is better than a guessed party.
Triggers, frames and word lists: ``data/lexicons/company.<lang>.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from ..entities.gazetteer import slugify
from ..model import Claim, Entity, Mention, Sentence, When
from .args import COREF, SUBJECT_CASES, Arg, arg_of
from .build import make_claim
from .company_slots import (founder_subject, ko_object_before, opening_subject, party_at, slot_parties,
                            subject_state)
from .context import DocContext
from .cues import is_negated, status_of
from .frames import Frame, Trigger, find_triggers, load_frames
from .talent import PLANNED, clause_bounds, date_near, fill_typed, sentence_args, usable


def _frames(ctx: DocContext, lexicons: Mapping[str, Any]) -> dict[str, list[Frame]]:
    """The company frames of the document's language, by claim type."""
    data = lexicons.get(f"company.{ctx.lang}", {})
    out: dict[str, list[Frame]] = {}
    for frame in ctx.memo(("company-frames",), lambda: load_frames(data, ctx.lang)):
        out.setdefault(frame.type, []).append(frame)
    return out


def _words(lexicons: Mapping[str, Any], lang: str, key: str) -> re.Pattern | None:
    words = lexicons.get(f"company.{lang}", {}).get(key)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE if lang == "en" else 0)


def _live(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """Triggers whose predicate is neither negated nor only planned."""
    return [t for t in triggers if not is_negated(ctx, lexicons, t)
            and status_of(ctx, lexicons, sentence, t) not in PLANNED]


def _orgs(args: Sequence[Arg]) -> list[Arg]:
    return [a for a in args if a.kind == "org" and usable(a)]


def _distinct(args: Sequence[Arg]) -> list[Arg]:
    seen: dict[str, Arg] = {}
    for a in args:
        seen.setdefault(a.entity_id, a)
    return list(seen.values())


CARRY_REACH = 3  # sentences a dropped subject (in its paragraph) or an anaphor may reach back
# What an anaphor (회사는, "It", "the company") never stands for.
NOT_THE_COMPANY = frozenset({"university", "research", "government", "media"})


def sentence_topic(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any], anaphor: bool,
                   guess: bool = True) -> Arg | None:
    """The org a sentence is about: the one naming its subject ("Unlike A and B,
    Cohere has …"), none where a person or product does (박 대표는 …); else the
    first org it marks as subject, or (for a dropped subject, not an anaphor) names
    bare; else, with ``guess``, an unknown name in its subject slot."""
    args = sentence_args(ctx, sentence, lexicons)
    orgs = [a for a in _orgs(args) if not (anaphor and a.mention.entity.subkind in NOT_THE_COMPANY)]
    span = opening_subject(ctx, sentence, lexicons)
    named = [a for a in args if span and a.start < span[1] and span[0] < a.end]
    if named:
        return next((a for a in named if a in orgs), None)
    read = [a for a in orgs if a.case in SUBJECT_CASES] or [a for a in orgs if a.case == "bare" and not anaphor][:1]
    slots = [a for a in slot_parties(ctx, sentence, sentence.start, sentence.end, sentence.end, lexicons)
             if a.case in SUBJECT_CASES] if guess else []
    return min(read + slots, key=lambda a: a.start, default=None)


def topic_before(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any], anaphor: bool,
                 guess: bool = True) -> Arg | None:
    """The org the nearest earlier sentence is about: within the paragraph for a
    dropped subject, across its start for an anaphor."""
    for back in range(sentence.index - 1, max(-1, sentence.index - 1 - CARRY_REACH), -1):
        earlier = ctx.sentences[back]
        if not anaphor and not ctx.same_paragraph(earlier, sentence):
            return None
        found = sentence_topic(ctx, earlier, lexicons, anaphor, guess)
        if found is not None:
            return found.carried()
    return None


def carried_org(ctx: DocContext, sentence: Sentence, pos: int, lexicons: Mapping[str, Any]) -> Arg | None:
    """The org an earlier sentence is about, for a sentence that drops its subject
    or refers back to it (회사는, "It"); in a quoted answer, the "we" the
    interview names elsewhere (저희), whatever the answer spoke of before; none
    where this sentence has a subject of its own that no mention reads, or a
    speaker."""
    state = subject_state(ctx, sentence, pos, lexicons)
    if state in ("unread", "speaker"):
        return None
    speaker = _speaker_org(ctx, lexicons) if _quoted(ctx, sentence) else None
    return speaker or topic_before(ctx, sentence, lexicons, state == "anaphor")


def _quoted(ctx: DocContext, sentence: Sentence) -> bool:
    """Whether the sentence stands inside a quotation its paragraph opens, with
    curly quotes or straight ones (an odd count of them opens a quote)."""
    text = ctx.document.text
    start = text.rfind("\n\n", 0, sentence.start) + 1
    before, through = text[start:sentence.start], text[start:sentence.start + 1]
    return through.count("“") > before.count("”") or through.count('"') % 2 == 1


def _speaker_org(ctx: DocContext, lexicons: Mapping[str, Any]) -> Arg | None:
    """The org the document's first-person anaphor (저희) stands for."""
    words = tuple(lexicons.get(f"company.{ctx.lang}", {}).get("first_person", ()))
    we = next((m for m in ctx.mentions if m.how == "coref" and m.entity.kind == "org" and m.text.startswith(words)), None) \
        if words else None
    return arg_of(we).carried() if we else None


def rebind_anaphors(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], lexicons: Mapping[str, Any]) -> list[Arg]:
    """Args with an anaphor that opens the sentence ("The company was founded", 이
    회사는) bound to the named org the sentences before it are about: a subject
    picks up the previous subject, whatever org the article names most."""
    span = opening_subject(ctx, sentence, lexicons)
    out = []
    for a in args:
        if a.how == COREF and a.kind == "org" and span and a.start < span[1] and span[0] < a.end:
            topic = topic_before(ctx, sentence, lexicons, anaphor=True, guess=False)
            a = replace(a, mention=replace(a.mention, entity=topic.mention.entity)) if topic else a
        out.append(a)
    return out


def _slot(ctx: DocContext, sentence: Sentence, trigger: Trigger, lexicons: Mapping[str, Any],
          cases: Sequence[str]) -> Arg | None:
    """The unknown org that the syntax puts in one of ``cases`` for this trigger."""
    lo, hi = clause_bounds(ctx, sentence, trigger.start, lexicons)
    slots = slot_parties(ctx, sentence, lo, hi, trigger.end, lexicons)
    return next((a for case in cases for a in slots if a.case == case), None)


def maker_of(ctx: DocContext, product: Arg) -> Arg | None:
    """The org the gazetteer says makes a product, where the document names it."""
    parent = product.mention.entity.parent
    if not parent:
        return None
    found = next((m for m in ctx.mentions if m.entity.id == parent), None)
    return arg_of(found).carried() if found else None


_EN_ASIDE = re.compile(r",\s+(?:which|who|founded|started|based|a|an)\b[^,]*,")


def date_floor(ctx: DocContext, sentence: Sentence, pos: int, family: str, lexicons: Mapping[str, Any]) -> int:
    """Where the dates that may date a claim at ``pos`` begin: after any predicate of
    another company claim before it (2020년 설립된 휠봇은 … 선보였다) and any English
    aside ("Fernwood, which Ana Petrovic started in 2019, teamed up")."""
    frames = [f for t, fs in _frames(ctx, lexicons).items() if t != family for f in fs if not f.attrs.get("appositive")]
    ends = [t.end for t in find_triggers(sentence, frames) if t.end <= pos]
    if ctx.lang == "en":
        ends += [m.end() for m in _EN_ASIDE.finditer(ctx.document.text, sentence.start, pos)]
    return max(ends, default=sentence.start)


# ---------------------------------------------------------------- launch


@dataclass(frozen=True)
class ProductCues:
    """How a launch clause names a product the gazetteer lacks: patterns with a
    ``name`` group (Korean: searched in the clause; English: anchored at the
    trigger's end), the product nouns that may head the name, words that never
    start one (weekdays, months, Q3), and words that make no name on their own
    (‘AI 에이전트’ is a kind of product, not a product)."""

    names: tuple[re.Pattern, ...]
    nouns: re.Pattern | None
    never: frozenset[str]
    common: frozenset[str]

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "ProductCues":
        data = lexicons.get(f"company.{lang}", {})
        nouns = "|".join(re.escape(w) for w in sorted(data.get("product_nouns", ()), key=len, reverse=True))
        names = tuple(re.compile(p.replace("{nouns}", nouns or "(?!)")) for p in data.get("product_names", ()))
        ending = re.compile(rf"(?:{nouns})\s*$") if nouns else None
        common = frozenset([*data.get("product_nouns", ()), *data.get("generic_nouns", ()), "AI"])
        return cls(names, ending, frozenset(data.get("not_names", ())), common)


def _product(surface: str, start: int) -> Arg:
    """A launched product named only here, as the object of its launch verb."""
    entity = Entity(id=slugify(surface), name=surface, kind="product", known=False)
    return Arg(Mention(start, start + len(surface), surface, entity, how="discovered"), "object")


def _name_fits(ctx: DocContext, cues: ProductCues, args: Sequence[Arg], start: int, end: int) -> bool:
    """Whether [start, end) can be a new product: not a name already read (an org or
    person, or a known product), unless it extends one (‘하이퍼클로바X 대시’,
    "Quillon Close") or follows a product noun (칩 ‘NC-1’)."""
    surface = ctx.document.text[start:end]
    if not surface or surface.split()[0] in cues.never or ctx.document.text.startswith("'s", end):
        return False
    if all(w in cues.common for w in surface.split()):
        return False
    inside = [a for a in args if a.start < end and start < a.end]
    if all(a.start >= start and a.end <= end and (a.start, a.end) != (start, end) for a in inside):
        return True
    after_noun = cues.nouns is not None and cues.nouns.search(ctx.document.text, max(0, start - 12), start - 1)
    return bool(after_noun) and all(not a.mention.entity.known for a in inside)


_EN_AND = re.compile(r",(?:\s+and)?|\s+and(?=\s)")
# what may follow a joined object: not a verb of its own ("… and Tessa Grant joined")
_EN_OBJECT_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|in|on|at|for|to|with|from|last|this|earlier|both|which|that|"
                            r"two|three|a|an|the)\b)")


def _en_objects(text: str, pattern: re.Pattern, pos: int, hi: int) -> list[re.Match]:
    """The English launch objects from ``pos``: the first, and each that a comma or
    "and" joins to it ("launched Atlas and Beacon", "its X chips and the Y CPU")
    and that no verb of its own follows."""
    out = []
    while (m := pattern.match(text, pos, hi)) is not None and \
            (not out or _EN_OBJECT_END.match(text, m.start() + len(m.group().rstrip(".,")))):
        out.append(m)
        join = _EN_AND.match(text, m.end())
        if join is None:
            break
        pos = join.end()
    return out


def _new_products(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], triggers: Sequence[Trigger],
                  lexicons: Mapping[str, Any]) -> list[Arg]:
    """Products the gazetteer lacks that a launch clause names: the object of an
    English launch verb, the subject of a passive one ("Orbit was launched"); a
    quoted or model-like name before 을/를 in Korean."""
    cues = ctx.memo(("product-cues",), lambda: ProductCues.of(lexicons, ctx.lang))
    text = ctx.document.text
    found: dict[int, Arg] = {}
    for trigger in triggers:
        lo, hi = clause_bounds(ctx, sentence, trigger.start, lexicons)
        for pattern in cues.names:
            hits = _en_objects(text, pattern, trigger.end, hi) if ctx.lang == "en" else \
                pattern.finditer(text, lo, trigger.start)
            for m in hits:
                start, end = m.span("name")
                end -= len(m.group("name")) - len(m.group("name").rstrip(".,"))
                quoted = text[start:end].strip("\"“”")
                start += text[start:end].index(quoted) if quoted else 0
                if _name_fits(ctx, cues, args, start, start + len(quoted)):
                    found.setdefault(start, _product(quoted, start))
        subject = opening_subject(ctx, sentence, lexicons) if trigger.frame.attrs.get("passive") else None
        if subject and subject[1] <= trigger.start and _name_fits(ctx, cues, args, *subject):
            found.setdefault(subject[0], _product(text[subject[0]:subject[1]], subject[0]))
    return list(found.values())


def _launch_products(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], triggers: Sequence[Trigger],
                     lexicons: Mapping[str, Any]) -> list[Arg]:
    """The products a sentence may launch, known or new, in text order; a known
    product inside a longer new name gives way to it."""
    new = _new_products(ctx, sentence, args, triggers, lexicons)
    known = [a for a in args if a.kind == "product" and a.case not in ("to", "for")
             and not any(n.start <= a.start and a.end <= n.end for n in new)]
    return sorted(known + new, key=lambda a: a.start)


def launches(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], frames: Sequence[Frame],
             lexicons: Mapping[str, Any]) -> list[Claim]:
    """One launch per product named in the clause of a launch predicate, dated by
    the date nearest the product within its own stretch of the sentence."""
    triggers = _live(ctx, lexicons, sentence, find_triggers(sentence, frames))
    products = _launch_products(ctx, sentence, args, triggers, lexicons)
    claims = []
    for i, product in enumerate(products):
        lo, hi = clause_bounds(ctx, sentence, product.start, lexicons)
        near = [t for t in triggers if lo <= t.start < hi]
        if not near:
            continue
        trigger = min(near, key=lambda t: min(abs(t.start - product.end), abs(product.start - t.end)))
        org = next(iter(fill_typed(ctx, trigger, args, lexicons).get("org", [])), None)
        org = org or maker_of(ctx, product) or _slot(ctx, sentence, trigger, lexicons, trigger.frame.roles.get("org", ())) \
            or carried_org(ctx, sentence, trigger.start, lexicons)
        if org is None:
            continue
        lo = max(lo, date_floor(ctx, sentence, product.start, "launch", lexicons))
        prev = products[i - 1].end if i else lo
        nxt = products[i + 1].start if i + 1 < len(products) else hi
        date = date_near(ctx, sentence, product.start, max(lo, prev), min(hi, nxt), (lo, hi)) or \
            date_near(ctx, sentence, product.start, max(lo, trigger.window[0]), trigger.window[1])
        claims.append(make_claim(ctx, "launch", sentence, {"org": org, "product": product}, date=date))
    return claims


# ---------------------------------------------------------------- founding


def _appositive(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger):
    """(org, founders) of "스케일AI 창업자인 알렉산더 왕", "머스크는 오픈AI 공동 창업자",
    "co-founder John Schulman", "Jae Lee, co-founder and CEO of Twelve Labs"."""
    text = ctx.document.text
    person_after = next((a for a in args if a.kind == "person" and 0 <= a.start - trigger.end <= 4
                         and re.fullmatch(r"(?:인)?\s*", text[trigger.end:a.start])), None)
    gap = re.match(r",?\s", text[trigger.end:trigger.end + 2])
    if ctx.lang == "en" and person_after is None and gap:  # "co-founder Aidan Gomez", "co-founder, Ben Ortiz,"
        person_after = _person_at(ctx, args, trigger.end + gap.end())
    if ctx.lang == "en":
        person_after = person_after or next(
            (a for a in args if a.kind == "person" and 0 <= a.start - trigger.end <= 30
             and re.fullmatch(r"\s+and\s+(?:chief\s+\w+|ceo|president)\s+", text[trigger.end:a.start], re.I)), None)
    org_before = next((a for a in reversed(_orgs(args)) if 0 <= trigger.start - a.end <= 3), None)
    head = org_before.start if org_before else trigger.start  # "Steve Jobs, Apple's co-founder", "김범수 카카오 창업자"
    person_before = next((a for a in reversed(args) if a.kind == "person" and a.end <= head
                          and re.fullmatch(r",?\s+(?:(?:a|the|its|another)\s+)?", text[a.end:head])), None)
    org_after = None
    of = re.match(r"(?:\s+and\s+\S+(?:\s+\S+)?)?\s+(?:of|at)\s+(?:the\s+)?", text[trigger.end:sentence.end], re.I)
    if of:
        org_after = next((a for a in _orgs(args) if a.start == trigger.end + of.end()), None)
    founder = person_after or person_before
    if founder is None and ctx.lang == "ko":
        founder = next((a for a in args if a.kind == "person" and a.case in SUBJECT_CASES and a.end <= trigger.start), None)
    org = org_before or org_after
    if org is None and person_after is not None:
        org = next((a for a in reversed(_orgs(args)) if a.end <= trigger.start), None) or \
            next((a for a in _orgs(args) if a.start > trigger.end), None)
    if person_after is not None and ctx.lang == "en":  # "the startup's co-founders A and B"
        return org, en_name_list(ctx, args, person_after.start, sentence.end) or [person_after]
    return org, [founder] if founder else []


def _founded_org(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger,
                 lexicons: Mapping[str, Any]) -> Arg | None:
    """The org a founding predicate founds, as its frame says (the object of an
    active verb, the subject of a passive); after a sentence-initial "Founded in …
    by …," it is the head that follows the comma; a Korean active verb with no
    object founds the sentence's topic."""
    text = ctx.document.text
    if ctx.lang == "en" and (modifier := _en_modifier(ctx, sentence, trigger)):
        return _en_modified(ctx, sentence, args, modifier.start(), lexicons)
    if ctx.lang == "en" and re.fullmatch(r"(?:[^:]*:\s*)?", text[sentence.start:trigger.start]):
        return next((a for a in _orgs(args) if a.start > trigger.end and text[a.start - 2:a.start] == ", "), None) \
            or _slot(ctx, sentence, trigger, lexicons, ("subject",))
    if ctx.lang == "en" and "object" in trigger.frame.roles.get("org", ()):  # "started Tessellate after leaving Google"
        right_after = _slot(ctx, sentence, trigger, lexicons, ("object",))
        if right_after is not None:
            return right_after
    filled = fill_typed(ctx, trigger, args, lexicons).get("org", [])
    if filled:
        return filled[0]
    if ctx.lang == "en":  # "Onyx was founded", "Founded in 1995, Insight has", "co-founded Kestrel"
        return _slot(ctx, sentence, trigger, lexicons, trigger.frame.roles.get("org", ()))
    span = ko_object_before(ctx, sentence, trigger.start, lexicons)
    if span and "object" in trigger.frame.roles.get("org", ()) and (named := party_at(ctx, *span, lexicons)):
        return named  # 김 대표는 2022년 테셀레이트를 창업했다
    # 퀀텀로보는 … 민경호 대표가 2021년 세웠다: the topic is the object
    topic = next((a for a in _orgs(args) if a.case == "topic" and a.end <= trigger.start), None)
    topic = topic or _slot(ctx, sentence, trigger, lexicons, ("topic",))
    if topic is not None and not _KO_OWN_OBJECT.search(text, topic.end, trigger.end):
        return topic
    return None


# an object of the clause's own verb: not one inside a relative clause (연구팀을 이끌었던 A가 세웠다)
_KO_OWN_OBJECT = re.compile(r"[을를]\s(?!\S*(?:던|는|은|한|인|운|된|할)\s)")


# "Kestrel, the robotics startup co-founded by …", "Pinecrest, which Omar Haddad started"
_EN_REDUCED = re.compile(r",\s+(?:(?:a|an|the)\s+[^,]{0,50}?\s+|(?P<which>which\s+)(?:[^,]{0,60}?\s+)?)?$")


def _en_modifier(ctx: DocContext, sentence: Sentence, trigger: Trigger) -> re.Match | None:
    """The comma that opens an English founding participle or "which" clause modifying
    the name before it ("io, the startup co-founded by …", "X, which A started")."""
    text = ctx.document.text
    m = _EN_REDUCED.search(text, sentence.start, trigger.start)
    participle = "object" in trigger.frame.roles.get("org", ()) and re.match(r"\s+(?:by|in)\b", text[trigger.end:])
    return m if m is not None and (m.group("which") or participle) else None


def _en_modified(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], at: int,
                 lexicons: Mapping[str, Any]) -> Arg | None:
    """The org named right before the comma at ``at``; none where no name is read
    there (no other org of the sentence is a safe guess)."""
    named = next((a for a in _orgs(args) if a.end == at), None)
    name = _EN_NAME_BEFORE.search(ctx.document.text, sentence.start, at)
    return named or (party_at(ctx, *name.span(), lexicons) if name else None)


def _active_subject(ctx: DocContext, sentence: Sentence, trigger: Trigger, lexicons: Mapping[str, Any]) -> Arg | None:
    """The unknown founder an active founding verb has as subject (not "X was founded")."""
    active = "object" in trigger.frame.roles.get("org", ())
    return founder_subject(ctx, sentence, trigger.start, lexicons) if active else None


def _en_which(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger) -> list[Arg]:
    """The founders a "which" clause names before its verb ("X, which A and B started")."""
    m = _en_modifier(ctx, sentence, trigger)
    return en_name_list(ctx, args, m.end("which"), trigger.end) if m and m.group("which") else []


_EN_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}$")
_EN_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*){1,2}\b")
_EN_LIST_START = re.compile(r"\b(?:by|with)\s+(?:(?:[a-z-]+|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,5}")
_EN_LIST_JOIN = re.compile(r",?\s+and\s+|,\s+")


def _person_at(ctx: DocContext, args: Sequence[Arg], pos: int) -> Arg | None:
    """The person named at ``pos``: a person mention, else two or three capitalised
    words that no known name covers (a founder the gazetteer lacks)."""
    mention = next((a for a in args if a.start == pos), None)
    if mention is not None and mention.kind == "person":
        return mention
    m = _EN_FULL_NAME.match(ctx.document.text, pos)
    if m is None or (mention is not None and (mention.mention.entity.known or mention.end != m.end())):
        return None
    entity = Entity(id=slugify(m.group()), name=m.group(), kind="person", known=False)
    return Arg(Mention(m.start(), m.end(), m.group(), entity, how="discovered"), "by")


def en_founder_list(ctx: DocContext, args: Sequence[Arg], lo: int, hi: int) -> list[Arg]:
    """The people of "founded … by A, B and C" / "co-founded X with A": the names
    after by/with, up to the one that "and" joins last ("by A and B, X is …" stops
    at B; "with A, a former engineer" at A)."""
    start = _EN_LIST_START.search(ctx.document.text, lo, hi)
    return [] if start is None else en_name_list(ctx, args, start.end(), hi)


def en_name_list(ctx: DocContext, args: Sequence[Arg], pos: int, hi: int) -> list[Arg]:
    """The people named in a list from ``pos``, up to the one that "and" joins last."""
    text = ctx.document.text
    names, closed = [], 0
    while (person := _person_at(ctx, args, pos)) is not None and person.end <= hi:
        names.append(person)
        join = _EN_LIST_JOIN.match(text, person.end)
        if join is None:
            return names
        closed = len(names) if "and" in join.group() else closed
        pos = join.end()
    return names[:max(closed + 1, 1)] if closed else names[:1]


_EN_WHO = re.compile(r"(?:,\s+(?:an?|the)\s[^,]{1,80}?|,)\s+who\s+(?:also\s+|later\s+|previously\s+)?$")


def _en_who(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger) -> list[Arg]:
    """The founder a relative "who" stands for: "Dana Reyes, who co-founded …",
    "Kang Eun-ji, a former researcher who founded …"."""
    text = ctx.document.text
    who = _EN_WHO.search(text, sentence.start, trigger.start)
    if who is None:
        return []
    for m in _EN_FULL_NAME.finditer(text, sentence.start, who.start()):
        if m.end() == who.start():
            person = _person_at(ctx, args, m.start())
            return [person] if person is not None else []
    named = next((a for a in args if a.end == who.start() and a.kind == "person"), None)
    return [named] if named is not None else []


def _ko_relative_founding(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger,
                          lexicons: Mapping[str, Any]) -> tuple[Arg | None, Arg | None]:
    """(org, founder) of a Korean relative clause that a founder heads: "2019년
    로지웨이브를 세운 최민호 대표", "회사를 창업한 김 대표" (회사 is the org the
    sentences before are about)."""
    founder = next((a for a in args if a.kind == "person" and 0 <= a.start - trigger.end <= 2), None)
    span = ko_object_before(ctx, sentence, trigger.start, lexicons)
    if founder is None or span is None or not trigger.text.endswith(("운", "한")):
        return None, founder
    named = next((a for a in _orgs(args) if a.start < span[1] and span[0] < a.end), None)
    anaphors = lexicons.get(f"company.{ctx.lang}", {}).get("subject_anaphors", ())
    if named is None and ctx.document.text[span[0]:span[1]] in anaphors:
        return topic_before(ctx, sentence, lexicons, anaphor=True, guess=False), founder
    return named or party_at(ctx, *span, lexicons), founder


def foundings(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], frames: Sequence[Frame],
              lexicons: Mapping[str, Any]) -> list[Claim]:
    """Founding claims with their founders (people, or the parent orgs of a joint
    venture). Appositives (창업자인, "co-founder") are read apart from predicates
    (설립했다, "founded"), so that one does not cut the other's clause short."""
    joint = _words(lexicons, ctx.lang, "joint_venture")
    appositive = [f for f in frames if f.attrs.get("appositive")]
    claims = []
    for trigger in find_triggers(sentence, appositive):
        org, founders = _appositive(ctx, sentence, args, trigger)
        if org is not None and founders and not is_negated(ctx, lexicons, trigger):
            claims.append(make_claim(ctx, "founding", sentence, {"org": org, "founders": founders}))
    for trigger in find_triggers(sentence, [f for f in frames if f not in appositive]):
        head_org, head = _ko_relative_founding(ctx, sentence, args, trigger, lexicons) if ctx.lang == "ko" \
            else (None, None)
        org = head_org or _founded_org(ctx, sentence, args, trigger, lexicons)
        if org is None or is_negated(ctx, lexicons, trigger):
            continue
        lo, hi = trigger.window
        if ctx.lang == "ko":  # a Korean predicate's arguments come before it
            hi = trigger.start
        founders = [a for a in args if a.kind == "person" and lo <= a.start < hi] + ([head] if head_org else [])
        if ctx.lang == "en":
            founders += en_founder_list(ctx, args, trigger.end, hi) + _en_who(ctx, sentence, args, trigger) + \
                _en_which(ctx, sentence, args, trigger) + \
                [p for p in [_active_subject(ctx, sentence, trigger, lexicons)] if p is not None]
            if ctx.document.text.startswith(",", org.end) and org.end <= trigger.start:
                lo = org.end  # "Kestrel, the startup founded in 2019 by …": a date before the name is not its own
        if not founders and joint is not None and joint.search(sentence.text):
            founders = [a for a in _orgs(args) if a.case in SUBJECT_CASES + ("bare",) and a.entity_id != org.entity_id
                        and a.end <= trigger.start]
        founders = sorted(_distinct(founders), key=lambda a: a.start)
        date = date_near(ctx, sentence, trigger.start, lo, hi)
        for each in [org, *_joined_orgs(ctx, args, org, hi, lexicons)]:
            roles = {"org": each, "founders": founders} if founders else {"org": each}
            claims.append(make_claim(ctx, "founding", sentence, roles, date=date))
    return claims


def _joined_orgs(ctx: DocContext, args: Sequence[Arg], org: Arg, hi: int, lexicons: Mapping[str, Any]) -> list[Arg]:
    """Orgs coordinated after the founded one ("co-founded DeepMind and, later,
    Inflection AI"; 딥마인드와 인플렉션AI를), founded by the same people."""
    join = lexicons.get(f"company.{ctx.lang}", {}).get("org_join")
    out, last = [], org
    for a in _orgs(args):  # an anaphor after a comma is the name's apposition ("io, the startup"), not another org
        if a.how != COREF and a.start >= last.end and a.start < hi and join and re.fullmatch(join, ctx.document.text[last.end:a.start]):
            out.append(a)
            last = a
    return out


# ---------------------------------------------------------------- partnership


def _parties(orgs: Sequence[Arg]) -> list[Arg]:
    """Distinct orgs in text order, without one that belongs to another of them
    (Azure beside Microsoft is Microsoft's own cloud, not a partner)."""
    kept = _distinct(orgs)
    ids = {a.entity_id for a in kept}
    return sorted((a for a in kept if a.mention.entity.parent not in ids), key=lambda a: a.start)


def _is_agreement(ctx: DocContext, trigger: Trigger, lo: int, hi: int, lexicons: Mapping[str, Any]) -> bool:
    """Whether the trigger states an agreement: not negated, not mere talk or a plan
    (협력 방안을 논의, "plans to partner"), and a bare deal not of another kind."""
    text = ctx.document.text
    talk = _words(lexicons, ctx.lang, "mere_talk")
    other = _words(lexicons, ctx.lang, "other_deals")
    if is_negated(ctx, lexicons, trigger) or _talks(ctx, talk, lo, max(hi, trigger.end + 12)):
        return False
    # what kind of deal: said after "signed a deal" in English, before 계약을 맺 in Korean
    said = (lo, trigger.start) if ctx.lang == "ko" else (trigger.end, hi)
    return not (trigger.frame.attrs.get("generic") and other is not None and other.search(text, *said))


def _talks(ctx: DocContext, talk: re.Pattern | None, lo: int, hi: int) -> bool:
    """Whether [lo, hi) holds a word of mere talk that is no part of a date (the
    month in "In May it agreed" is not the modal "may")."""
    dates = [q for q in ctx.quantities if isinstance(q, When)]
    return talk is not None and any(not any(d.start <= m.start() < d.end for d in dates)
                                    for m in talk.finditer(ctx.document.text, lo, hi))


_DEAL_CASES = ("with", "object", "dative", "to", "conj")  # a news outlet in these is a party, not a source


def _deal_orgs(args: Sequence[Arg]) -> list[Arg]:
    """The orgs that may be party to a deal: a news outlet only where the deal takes
    it as a partner ("a deal with Agence France-Presse", 연합뉴스와)."""
    return [a for a in args if a.kind == "org" and (usable(a) or a.case in _DEAL_CASES)]


def _partners(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger, lo: int, hi: int,
              lexicons: Mapping[str, Any]) -> list[Arg]:
    """The orgs of the trigger's clause with the sentence's subject; else with the
    org named last before the trigger; else the trigger window's; with the unknown
    parties the syntax names (topic, "with" partners) added, and a lone partner
    joined by the subject the sentence drops or refers back to."""
    orgs = _not_aside(ctx, sentence, _deal_orgs(args), trigger, lexicons)
    chosen = _parties([a for a in orgs if a.case in SUBJECT_CASES and a.end <= trigger.start] +
                      [a for a in orgs if lo <= a.start < hi])
    if len(chosen) < 2:
        for earlier in reversed([a for a in orgs if a.end <= trigger.start]):
            if len(widened := _parties([*chosen, earlier])) > len(chosen):
                chosen = widened
                break
    in_window = _parties([a for a in orgs if trigger.window[0] <= a.start < trigger.window[1]])
    if len(chosen) < 2 <= len(in_window):
        chosen = in_window
    chosen = _parties([*chosen, *slot_parties(ctx, sentence, lo, hi, trigger.end, lexicons)])
    if len(chosen) == 1 and _takes_dropped_subject(ctx, sentence, trigger, lexicons):
        chosen = _parties([*chosen, *filter(None, [carried_org(ctx, sentence, trigger.start, lexicons)])])
    return chosen


def _not_aside(ctx: DocContext, sentence: Sentence, orgs: list[Arg], trigger: Trigger,
               lexicons: Mapping[str, Any]) -> list[Arg]:
    """The orgs that may be parties: none the subject owns ("its Azure cloud") and
    none in a list set aside after the deal (", alongside models from A and B")."""
    cues = lexicons.get(f"company.{ctx.lang}", {})
    text = ctx.document.text
    owned = cues.get("possessives")
    aside = re.compile(cues["aside_lists"]).search(text, trigger.end, sentence.end) if cues.get("aside_lists") else None
    cut = aside.start() if aside else sentence.end
    return [a for a in orgs if a.start < cut and not (owned and re.search(owned, text[sentence.start:a.start]))]


_KO_SUBJECT_PARTICLE = re.compile(r"[이가은는]\s")


def _takes_dropped_subject(ctx: DocContext, sentence: Sentence, trigger: Trigger, lexicons: Mapping[str, Any]) -> bool:
    """Whether a deal's other party is the subject the sentence drops or refers back
    to ("It also struck a deal with Twilio", 지난해 교원그룹과 … 맺었다); not where the
    sentence names its own subject (카카오 주가는) or only talks about a deal
    (이번 파트너십이 … 기여할 것)."""
    if subject_state(ctx, sentence, trigger.start, lexicons) not in ("none", "anaphor"):
        return False
    return ctx.lang != "ko" or not _KO_SUBJECT_PARTICLE.match(ctx.document.text, trigger.end)


def partnerships(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], frames: Sequence[Frame],
                 lexicons: Mapping[str, Any]) -> list[Claim]:
    """Partnerships of two or more orgs, one per set of parties in a sentence (공동
    개발을 위한 업무협약: two triggers, one deal), dated where any trigger is."""
    found: dict[tuple[str, ...], Claim] = {}
    for trigger in find_triggers(sentence, frames):
        lo, hi = clause_bounds(ctx, sentence, trigger.start, lexicons)
        if not _is_agreement(ctx, trigger, lo, hi, lexicons):
            continue
        floor = max(trigger.window[0], date_floor(ctx, sentence, trigger.start, "partnership", lexicons))
        date = date_near(ctx, sentence, trigger.start, floor, trigger.window[1])
        for chosen in _each_deal(ctx, _partners(ctx, sentence, args, trigger, lo, hi, lexicons), lo, hi, lexicons):
            key = tuple(sorted(a.entity_id for a in chosen))
            if len(chosen) >= 2 and not (key in found and found[key].date is not None):
                found[key] = make_claim(ctx, "partnership", sentence, {"orgs": chosen}, date=date)
    return list(found.values())


def _each_deal(ctx: DocContext, chosen: list[Arg], lo: int, hi: int, lexicons: Mapping[str, Any]) -> list[list[Arg]]:
    """The deals a clause states: one per subject where it says each made its own
    (A와 B는 C와 각각 체결했다), else one deal of all the parties."""
    each = _words(lexicons, ctx.lang, "each_words")
    subjects = [a for a in chosen if a.case in SUBJECT_CASES]
    others = [a for a in chosen if a not in subjects]
    if each is None or len(subjects) < 2 or not others or not each.search(ctx.document.text, lo, hi):
        return [chosen]
    return [_parties([s, *others]) for s in subjects]


# ---------------------------------------------------------------- the family


def extract(ctx: DocContext, lexicons: Mapping[str, Any]) -> list[Claim]:
    """Every launch, founding and partnership claim of the document."""
    frames = _frames(ctx, lexicons)
    if not frames:
        return []
    claims: list[Claim] = []
    for sentence in ctx.sentences:
        args = rebind_anaphors(ctx, sentence, sentence_args(ctx, sentence, lexicons), lexicons)
        claims += launches(ctx, sentence, args, frames.get("launch", ()), lexicons)
        claims += foundings(ctx, sentence, args, frames.get("founding", ()), lexicons)
        claims += partnerships(ctx, sentence, args, frames.get("partnership", ()), lexicons)
    return claims
