"""Argument assignment: which mention of a sentence plays which role for a trigger.

Korean marks roles with case particles (A가 B에 X를 투자, B는 A로부터 X를 유치,
A가 B를 인수), English with word order and prepositions (A invested X in B, B
raised X from A, led by A). ``read_arguments`` gives every mention of a sentence
its grammatical case; a ``Frame`` (data: ``data/lexicons/<family>.<lang>.json``)
says which cases fill which claim roles for a trigger, and ``fill_roles`` picks
the nearest fitting mentions within the trigger's clause.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping, Sequence

from ..model import Mention, Sentence
from .args import SUBJECT_CASES, Arg, arg_of
from .context import DocContext

_HANGUL_RUN = re.compile(r"[가-힣]*")
_PAREN = re.compile(r"\s?[(（][^()（）]{0,40}[)）]")
_COMMA = frozenset(",·、/")


# ---------------------------------------------------------------- grammar data


@dataclass(frozen=True)
class Grammar:
    """The closed-class words of one language that decide a mention's case."""

    lang: str
    particles: Mapping[str, str] = field(default_factory=dict)  # ko: particle -> case
    skip_words: tuple[str, ...] = ()  # ko: 등, 측 between a name and its particle
    conj_words: tuple[str, ...] = ()
    including_words: tuple[str, ...] = ()  # ko: A를 비롯해 B ... (A joins B's list)
    lead_words: tuple[str, ...] = ()  # ko: A 주도로, A가 공동 주도한
    prepositions: Mapping[str, str] = field(default_factory=dict)  # en: preposition -> case
    determiners: tuple[str, ...] = ()
    list_links: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    clause_breaks: tuple[str, ...] = ()
    compound_heads: tuple[str, ...] = ()  # en: nouns a bare name may modify ("round", "stock")

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "Grammar":
        data = lexicons.get(f"grammar.{lang}", {})
        return _grammar(lang, json.dumps(data, ensure_ascii=False))


@lru_cache(maxsize=8)
def _grammar(lang: str, key: str) -> Grammar:
    """Build once per distinct grammar file (the JSON text is the cache key)."""
    data = json.loads(key)
    longest = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731
    return Grammar(
        lang=lang,
        particles=dict(data.get("particles", {})),
        skip_words=longest(data.get("skip_words", ())),
        conj_words=tuple(data.get("conj_words", ())),
        including_words=tuple(data.get("including_words", ())),
        lead_words=longest(data.get("lead_words", ())),
        prepositions=dict(data.get("prepositions", {})),
        determiners=tuple(data.get("determiners", ())),
        list_links=longest(data.get("list_links", ())),
        relatives=tuple(data.get("relatives", ())),
        clause_breaks=tuple(data.get("clause_breaks", ())),
        compound_heads=tuple(data.get("compound_heads", ())),
    )


# ---------------------------------------------------------------- cases


def _heads(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions in order, dropping any nested inside a longer one and any alias
    in brackets right after a name (앤드리슨 호로위츠(a16z), "New Enterprise
    Associates (NEA)"), which the name's own case covers."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        if out and re.fullmatch(r"\s?[(（]", text[out[-1].end:m.start]) and text[m.end:m.end + 1] in ")）":
            continue
        out.append(m)
    return out


def _ko_case(text: str, end: int, limit: int, g: Grammar) -> tuple[str, int]:
    """The case a Korean name ending at ``end`` takes, and where its particle ends."""
    paren = _PAREN.match(text, end, limit)
    if paren:  # 마이크로소프트(MS)가
        end = paren.end()
    tail = _HANGUL_RUN.match(text, end, limit).group(0)
    pos = end
    if not tail:
        nxt = text[end:end + 1]
        if nxt in _COMMA:
            return "conj", end + 1
        word = re.match(r"\s+(\S+)", text[end:limit])
        if word and word.group(1).startswith(g.skip_words):  # 엔비디아 등으로부터
            skip = next(s for s in g.skip_words if word.group(1).startswith(s))
            pos = end + word.start(1) + len(skip)
            tail = _HANGUL_RUN.match(text, pos, limit).group(0)
            if not tail:
                return ("conj", pos + 1) if text[pos:pos + 1] in _COMMA else ("bare", pos)
        elif word and word.group(1) in g.conj_words:
            return "conj", end + word.end(1)
        else:
            return "bare", end
    for skip in g.skip_words:  # 앤스로픽측은
        if tail.startswith(skip) and tail[len(skip):] and tail[len(skip):] != tail:
            if any(tail[len(skip):].startswith(p) for p in g.particles):
                pos += len(skip)
                tail = tail[len(skip):]
            break
    particle = next((p for p in sorted(g.particles, key=len, reverse=True) if tail.startswith(p)), None)
    if particle is None:
        return "bare", end
    return g.particles[particle], pos + len(particle)


def _ko_after(text: str, pos: int, limit: int, g: Grammar, case: str) -> str:
    """Words right after a name and its particle that re-cast it (주도로, 를 비롯해)."""
    rest = text[pos:limit]
    words = rest.lstrip()
    if case in ("bare", "subject", "genitive") and words.startswith(g.lead_words) and rest[:1].isspace():
        return "lead"
    if case == "object" and words.startswith(g.including_words):
        return "conj"
    return case


def _en_case(text: str, start: int, end: int, begin: int, g: Grammar) -> str:
    """The case of an English name from the preposition just before it, else
    genitive when 's follows ("Nvidia's first $10 billion"), else bare."""
    before = text[begin:start].rstrip().lower()
    words = before.split()
    dropped = 0
    while words and words[-1] in g.determiners and dropped < 2:
        words.pop()
        dropped += 1
    tail = " ".join(words)
    for prep in sorted(g.prepositions, key=len, reverse=True):
        if tail == prep or tail.endswith(" " + prep):
            return g.prepositions[prep]
    if text[end:end + 2] in ("'s", "’s") or (text[end:end + 1] in ("'", "’") and text[end - 1:end] == "s"):
        return "genitive"
    return "bare"


def _linked(text: str, left: int, right: int, g: Grammar) -> bool:
    """Whether the gap between two names is a list link (", ", " and ", 와 ...)."""
    gap = text[left:right]
    if len(gap) > 40 or any(b.strip() and b.strip() in gap for b in g.clause_breaks if b.strip() not in (",",)):
        return False
    if g.lang == "ko":
        return len(gap.split()) <= 3 and not re.search(r"[.!?]", gap)
    s = re.sub(r"^\s*\([^()]*\)", "", gap).strip().lower()  # "New Enterprise Associates (NEA) and"
    for link in g.list_links:
        if s == link or s.startswith(link + " ") or s.startswith(link):
            rest = s[len(link):].split()
            if link == "," and rest:  # "Google, another Anthropic backer,": an aside, not a list
                return False
            return len(rest) <= 2 and not any(w in g.prepositions for w in rest)
    return False


def read_arguments(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> list[Arg]:
    """Every mention of ``sentence`` as an Arg with its case and coordination group
    (computed once per sentence and document)."""
    return ctx.memo(("arguments", sentence.index), lambda: _read_arguments(ctx, sentence, lexicons))


def _read_arguments(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> list[Arg]:
    g = Grammar.of(lexicons, ctx.lang)
    text = ctx.document.text
    mentions = _heads(text, ctx.mentions_in(sentence))
    cases: list[str] = []
    ends: list[int] = []
    for m in mentions:
        if g.lang == "ko":
            case, pos = _ko_case(text, m.end, sentence.end, g)
            case = _ko_after(text, pos, sentence.end, g, case)
            if case == "conj" and text[m.end:m.end + 1] == "," and not text[sentence.start:m.start].strip():
                case = "topic"  # a headline's "아마존, 앤스로픽에 …"
        else:
            case, pos = _en_case(text, m.start, m.end, sentence.start, g), m.end
        cases.append(case)
        ends.append(pos)
    return _group(text, mentions, cases, ends, g)


def _group(text: str, mentions: list[Mention], cases: list[str], ends: list[int], g: Grammar) -> list[Arg]:
    """Coordinated names share one group and (for Korean) the case of the last one."""
    groups = list(range(len(mentions)))
    if g.lang == "ko":
        for i in range(len(mentions) - 1, -1, -1):
            if cases[i] != "conj":
                continue
            j = next((k for k in range(i + 1, len(mentions)) if cases[k] not in ("bare", "genitive")), None)
            if j is None or not _linked(text, ends[i], mentions[i + 1].start, g) or mentions[j].start - ends[i] > 40:
                cases[i] = "with"  # 사피온코리아와 합병: no partner name follows
                continue
            cases[i], groups[i] = cases[j], groups[j]
    else:
        # "NVIDIA's NVentures": a possessor right before a name only modifies it;
        # the name takes the possessor's place (and preposition) in the sentence.
        modifier = [i + 1 < len(mentions) and re.fullmatch(r"['’]s?\s+", text[mentions[i].end:mentions[i + 1].start]) is not None
                    for i in range(len(mentions))]
        prev = None
        for i in range(len(mentions)):
            if modifier[i]:
                continue
            left = i
            if i and modifier[i - 1]:
                left = i - 1
                if cases[i] == "bare" and cases[i - 1] != "genitive":
                    cases[i] = cases[i - 1]
                cases[i - 1] = "modifier"
            if prev is not None and cases[i] in ("bare", "including") and cases[prev] != "genitive":
                if _linked(text, mentions[prev].end, mentions[left].start, g):
                    cases[i], groups[i] = cases[prev], groups[prev]
            prev = i
    return [arg_of(m, c, grp) for m, c, grp in zip(mentions, cases, groups)]


# ---------------------------------------------------------------- frames


@dataclass(frozen=True)
class Frame:
    """A predicate: its trigger pattern, and which cases fill which claim roles.

    ``roles`` maps a claim role to the cases that may fill it, in preference
    order; ``attrs`` are attrs the trigger itself implies (약속받다 -> commitment).
    """

    type: str
    pattern: re.Pattern
    roles: Mapping[str, tuple[str, ...]]
    attrs: Mapping[str, Any] = field(default_factory=dict)
    name: str = ""
    context: re.Pattern | None = None  # the sentence must hold this for the frame to apply
    takes_amount: bool = True  # False where a figure near the trigger is not this claim's


@dataclass(frozen=True)
class Trigger:
    """A frame's trigger found in a sentence, with the clause window around it."""

    frame: Frame
    start: int
    end: int
    text: str
    window: tuple[int, int]  # from the previous trigger's end to the next one's start
    sentence_start: int = 0


def load_frames(lexicon: Mapping[str, Any], lang: str) -> tuple[Frame, ...]:
    """Frames of one lexicon file (``{"frames": [{type, trigger, roles, attrs}]}``)."""
    flags = re.IGNORECASE if lang == "en" else 0
    return tuple(
        Frame(
            type=f["type"],
            pattern=re.compile(f["trigger"], flags),
            roles={role: tuple(cases) for role, cases in f["roles"].items()},
            attrs=dict(f.get("attrs", {})),
            name=f.get("name", f["trigger"]),
            context=re.compile(f["context"], flags) if f.get("context") else None,
            takes_amount=f.get("amount", True),
        )
        for f in lexicon.get("frames", ())
    )


def find_triggers(sentence: Sentence, frames: Sequence[Frame]) -> list[Trigger]:
    """Non-overlapping triggers, leftmost first; at one place the longest match, then
    the frame listed first, wins. Patterns use lookarounds for context they need."""
    found = []
    for rank, frame in enumerate(frames):
        if frame.context and not frame.context.search(sentence.text):
            continue
        for m in frame.pattern.finditer(sentence.text):
            if m.end() > m.start():
                found.append((m.start(), m.start() - m.end(), rank, m.end(), frame))
    found.sort(key=lambda x: x[:3])
    chosen: list[tuple[int, int, Frame]] = []
    for start, _, _, end, frame in found:
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, frame))
    out = []
    base = sentence.start
    for i, (s, e, frame) in enumerate(chosen):
        lo = chosen[i - 1][1] if i else 0
        hi = chosen[i + 1][0] if i + 1 < len(chosen) else len(sentence.text)
        out.append(Trigger(frame, base + s, base + e, sentence.text[s:e], (base + lo, base + hi), base))
    return out


def _relative_antecedent(text: str, args: Sequence[Arg], before: int, g: Grammar) -> Arg | None:
    """"OpenAI, which raised ...": the name right before a relative pronoun."""
    for a in reversed(args):
        if a.end > before:
            continue
        gap = text[a.end:before].lstrip(" ,").lower()
        if any(gap.startswith(r + " ") for r in g.relatives) and len(gap.split()) <= 6:
            return a
        return None
    return None


def _is_compound(text: str, a: Arg, trigger: Trigger, g: Grammar) -> bool:
    """A bare name modifying the trigger's noun: 퓨리오사AI 인수, "Inflection round"."""
    if a.case != "bare":
        return False
    if g.lang == "ko":
        return a.end <= trigger.start and not text[a.end:trigger.start].strip() and trigger.start - a.end <= 2
    follows = text[a.end:a.end + 20].lower()
    return any(follows.startswith(" " + head) for head in g.compound_heads)


_RELATIVE_CLAUSE = re.compile(r",\s[a-z][\w-]*\b[^,]*,")  # ", which …,", ", a cloud provider …,"


def _in_relative_clause(text: str, a: Arg, trigger: Trigger) -> bool:
    """"Naver, which bought Poshmark, is an investor", "CoreWeave, a provider that
    rents out Nvidia chips, …": a name inside such an aside is not the subject."""
    return any(m.start() <= a.start and a.end <= m.end() <= trigger.start
               for m in _RELATIVE_CLAUSE.finditer(text, trigger.sentence_start, trigger.start))


def _candidates(text: str, trigger: Trigger, args: Sequence[Arg], case: str, g: Grammar) -> list[Arg]:
    """Args of ``case`` a role may take, best first: before the trigger within its
    clause, then after it; a Korean subject or topic may reach back across clauses."""
    lo, hi = trigger.window
    lang = g.lang
    if case == "compound":
        fits = [a for a in args if _is_compound(text, a, trigger, g)]
        return sorted((a for a in fits if lo <= a.start < hi), key=lambda a: abs(a.start - trigger.start))
    if lang == "en":
        wanted = ("bare",) if case in ("subject", "object") else (case,)
    else:  # a Korean subject, topic or 도-phrase: the nearest one, whichever it is
        wanted = SUBJECT_CASES if case in SUBJECT_CASES else (case,)
    fits = [a for a in args if a.case in wanted]
    before = sorted((a for a in fits if a.end <= trigger.start), key=lambda a: -a.start)
    after = [a for a in fits if a.start >= trigger.end and a.start < hi]
    if lang == "en":
        if case in ("subject", "bare"):
            return [a for a in before if not _in_relative_clause(text, a, trigger)]
        if case == "object":
            return after
        return after + [a for a in before if a.start >= lo]
    if case in SUBJECT_CASES:
        return before + after
    return [a for a in before if a.start >= lo] + after


def fill_roles(
    ctx: DocContext,
    trigger: Trigger,
    args: Sequence[Arg],
    lexicons: Mapping[str, Any],
) -> dict[str, list[Arg]]:
    """Claim role -> the Args that fill it for this trigger (lists keep their group).

    A mention fills at most one role. English "subject" means a bare name before
    the verb (or the antecedent of "which"); "object" a bare name after it.
    """
    g = Grammar.of(lexicons, ctx.lang)
    text = ctx.document.text
    used: set[str] = set()
    out: dict[str, list[Arg]] = {}
    for role, cases in trigger.frame.roles.items():
        chosen: Arg | None = None
        for case in cases:
            pool = _candidates(text, trigger, args, case, g)
            if case == "subject" and ctx.lang == "en":
                rel = _relative_antecedent(text, args, trigger.start, g)
                if rel is not None:
                    pool.insert(0, rel)
            chosen = next((a for a in pool if a.entity_id not in used), None)
            if chosen:
                break
        if chosen is None:
            continue
        if role.endswith("s") and chosen.group >= 0:
            members = [a for a in args if a.group == chosen.group and a.entity_id not in used]
        else:
            members = [chosen]
        if role.endswith("s") and "alongside" in cases:  # "led by A, alongside B and C"
            lo, hi = trigger.window
            members += [a for a in args if a.case == "alongside" and lo <= a.start < hi
                        and a.entity_id not in used and a not in members]
        out[role] = members
        used.update(a.entity_id for a in members)
    return out
