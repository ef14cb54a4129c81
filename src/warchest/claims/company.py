"""Company claims: products launched, companies founded, partnerships formed
(launch, founding, partnership).

A launch needs a product entity (Claude 3, not a company) and a past or present
predicate, never a planned one; its maker is the predicate's subject, else the
product's parent in the gazetteer. A founding takes its founders from the
predicate's clause (2020년 박성현 대표와 오진욱 CTO가 공동 창업한, "founded in 2023
by ...") or from an appositive (스케일AI 창업자인 알렉산더 왕, "co-founder John
Schulman"). A partnership needs two or more orgs and an agreement, not a meeting
that only discussed one. Triggers and frames: ``data/lexicons/company.<lang>.json``.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from ..model import Claim, Sentence
from .args import SUBJECT_CASES, Arg, arg_of
from .build import make_claim
from .carry import carried_subject
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


def maker_of(ctx: DocContext, product: Arg) -> Arg | None:
    """The org the gazetteer says makes a product, where the document names it."""
    parent = product.mention.entity.parent
    if not parent:
        return None
    found = next((m for m in ctx.mentions if m.entity.id == parent), None)
    return arg_of(found).carried() if found else None


# ---------------------------------------------------------------- launch


def launches(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], frames: Sequence[Frame],
             lexicons: Mapping[str, Any]) -> list[Claim]:
    """One launch per product named in the clause of a launch predicate, dated by
    the date nearest the product within its own stretch of the sentence."""
    triggers = _live(ctx, lexicons, sentence, find_triggers(sentence, frames))
    products = [a for a in args if a.kind == "product" and a.case not in ("to", "for")]
    claims = []
    for i, product in enumerate(products):
        lo, hi = clause_bounds(ctx, sentence, product.start, lexicons)
        near = [t for t in triggers if lo <= t.start < hi]
        if not near:
            continue
        trigger = min(near, key=lambda t: min(abs(t.start - product.end), abs(product.start - t.end)))
        org = next(iter(fill_typed(ctx, trigger, args, lexicons).get("org", [])), None)
        org = org or maker_of(ctx, product) or carried_subject(ctx, sentence, lexicons)
        if org is None:
            continue
        prev = products[i - 1].end if i else lo
        nxt = products[i + 1].start if i + 1 < len(products) else hi
        date = date_near(ctx, sentence, product.start, max(lo, prev), min(hi, nxt), (lo, hi)) or \
            date_near(ctx, sentence, product.start, *trigger.window)
        claims.append(make_claim(ctx, "launch", sentence, {"org": org, "product": product}, date=date))
    return claims


# ---------------------------------------------------------------- founding


def _appositive(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger):
    """(org, founder) of "스케일AI 창업자인 알렉산더 왕", "머스크는 오픈AI 공동 창업자",
    "co-founder John Schulman", "Jae Lee, co-founder and CEO of Twelve Labs"."""
    text = ctx.document.text
    person_after = next((a for a in args if a.kind == "person" and 0 <= a.start - trigger.end <= 4
                         and re.fullmatch(r"(?:인)?\s*", text[trigger.end:a.start])), None)
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
    return org, founder


def _founded_org(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger,
                 lexicons: Mapping[str, Any]) -> Arg | None:
    """The org a founding predicate founds, as its frame says (the object of an
    active verb, the subject of a passive); after a sentence-initial "Founded in …
    by …," it is the head that follows the comma; a Korean active verb with no
    object founds the sentence's topic."""
    text = ctx.document.text
    if ctx.lang == "en" and re.fullmatch(r"(?:[^:]*:\s*)?", text[sentence.start:trigger.start]):
        return next((a for a in _orgs(args) if a.start > trigger.end and text[a.start - 2:a.start] == ", "), None)
    filled = fill_typed(ctx, trigger, args, lexicons).get("org", [])
    if filled:
        return filled[0]
    if ctx.lang == "ko":  # 퀀텀로보는 … 민경호 대표가 2021년 세웠다: the topic is the object
        topic = next((a for a in _orgs(args) if a.case == "topic" and a.end <= trigger.start), None)
        if topic is not None and not re.search(r"[을를]\s", text[topic.end:trigger.end]):
            return topic
    return None


def foundings(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], frames: Sequence[Frame],
              lexicons: Mapping[str, Any]) -> list[Claim]:
    """Founding claims with their founders (people, or the parent orgs of a joint
    venture). Appositives (창업자인, "co-founder") are read apart from predicates
    (설립했다, "founded"), so that one does not cut the other's clause short."""
    joint = _words(lexicons, ctx.lang, "joint_venture")
    appositive = [f for f in frames if f.attrs.get("appositive")]
    claims = []
    for trigger in find_triggers(sentence, appositive):
        org, founder = _appositive(ctx, sentence, args, trigger)
        if org is not None and founder is not None and not is_negated(ctx, lexicons, trigger):
            claims.append(make_claim(ctx, "founding", sentence, {"org": org, "founders": [founder]}))
    for trigger in find_triggers(sentence, [f for f in frames if f not in appositive]):
        org = _founded_org(ctx, sentence, args, trigger, lexicons)
        if org is None or is_negated(ctx, lexicons, trigger):
            continue
        lo, hi = trigger.window
        if ctx.lang == "ko":  # a Korean predicate's arguments come before it
            hi = trigger.start
        founders = [a for a in args if a.kind == "person" and lo <= a.start < hi]
        if not founders and joint is not None and joint.search(sentence.text):
            founders = [a for a in _orgs(args) if a.case in SUBJECT_CASES + ("bare",) and a.entity_id != org.entity_id
                        and a.end <= trigger.start]
        roles = {"org": org, "founders": _distinct(founders)} if founders else {"org": org}
        date = date_near(ctx, sentence, trigger.start, lo, hi)
        claims.append(make_claim(ctx, "founding", sentence, roles, date=date))
    return claims


# ---------------------------------------------------------------- partnership


def _parties(orgs: Sequence[Arg]) -> list[Arg]:
    """Distinct orgs in text order, without one that belongs to another of them
    (Azure beside Microsoft is Microsoft's own cloud, not a partner)."""
    kept = _distinct(orgs)
    ids = {a.entity_id for a in kept}
    return sorted((a for a in kept if a.mention.entity.parent not in ids), key=lambda a: a.start)


def partnerships(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], frames: Sequence[Frame],
                 lexicons: Mapping[str, Any]) -> list[Claim]:
    """Partnerships of two or more orgs: those of the trigger's clause with the
    sentence's subject; else with the org named last before the trigger; else the
    whole sentence's."""
    talk = _words(lexicons, ctx.lang, "mere_talk")
    other = _words(lexicons, ctx.lang, "other_deals")
    text = ctx.document.text
    claims = []
    for trigger in find_triggers(sentence, frames):
        if is_negated(ctx, lexicons, trigger):
            continue
        lo, hi = clause_bounds(ctx, sentence, trigger.start, lexicons)
        if talk is not None and talk.search(text, lo, max(hi, trigger.end + 12)):
            continue
        # what kind of deal: said after "signed a deal" in English, before 계약을 맺 in Korean
        said = (lo, trigger.start) if ctx.lang == "ko" else (trigger.end, hi)
        if trigger.frame.attrs.get("generic") and other is not None and other.search(text, *said):
            continue
        orgs = _orgs(args)
        chosen = _parties([a for a in orgs if a.case in SUBJECT_CASES and a.end <= trigger.start] +
                          [a for a in orgs if lo <= a.start < hi])
        if len(chosen) < 2:
            for earlier in reversed([a for a in orgs if a.end <= trigger.start]):
                if len(widened := _parties([*chosen, earlier])) > len(chosen):
                    chosen = widened
                    break
        if len(chosen) < 2:
            chosen = _parties([a for a in orgs if trigger.window[0] <= a.start < trigger.window[1]])
        if len(chosen) < 2:
            continue
        date = date_near(ctx, sentence, trigger.start, *trigger.window)
        claims.append(make_claim(ctx, "partnership", sentence, {"orgs": chosen}, date=date))
    return claims


# ---------------------------------------------------------------- the family


def extract(ctx: DocContext, lexicons: Mapping[str, Any]) -> list[Claim]:
    """Every launch, founding and partnership claim of the document."""
    frames = _frames(ctx, lexicons)
    if not frames:
        return []
    claims: list[Claim] = []
    for sentence in ctx.sentences:
        args = sentence_args(ctx, sentence, lexicons)
        claims += launches(ctx, sentence, args, frames.get("launch", ()), lexicons)
        claims += foundings(ctx, sentence, args, frames.get("founding", ()), lexicons)
        claims += partnerships(ctx, sentence, args, frames.get("partnership", ()), lexicons)
    return claims
