"""Predicate frames: which names of a sentence fill which roles for a trigger.

A ``Frame`` (data: ``data/lexicons/<family>.<lang>.json``) gives a trigger
pattern and, for each claim role, the grammatical cases that may fill it
(``cases.read_arguments`` reads those from Korean particles or English word
order and prepositions): A가 B에 X를 투자 is investors <- subject, investee <-
dative; "B raised X from A" is investee <- subject, investors <- source.
``find_triggers`` finds a sentence's triggers and the clause window of each, and
``fill_roles`` picks the nearest fitting names within it. A frame may also say
what text before it vetoes it (``not_after``: "deal valued at"), that it is an
adjunct that bounds no other trigger's clause ("at a $2 billion valuation"), and
which cases join its list role from earlier in the sentence (``joins``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..model import Sentence
from .args import Arg
from .cases import Grammar, read_arguments, reader_for
from .context import DocContext

__all__ = ["Frame", "Grammar", "Trigger", "fill_roles", "find_triggers", "load_frames", "read_arguments"]


# ---------------------------------------------------------------- frames

VETO_REACH = 40  # characters before a trigger that its ``not_after`` pattern reads


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
    not_after: re.Pattern | None = None  # text right before the trigger that vetoes it ("deal valued at")
    status_only: bool = False  # news of the deal's status alone is a claim ("추가 투자 유치를 검토 중")
    adjunct: bool = False  # a phrase inside another trigger's clause ("at a $2 billion valuation"), no clause bound
    joins: tuple[str, ...] = ()  # cases whose names earlier in the sentence join a list role (A가 주도한 … B도 참여)
    anaphoric: bool = False  # its unnamed investee is the one last named ("Nvidia also participated")


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
            not_after=re.compile(f["not_after"], flags) if f.get("not_after") else None,
            status_only=f.get("status_only", False),
            adjunct=f.get("adjunct", False),
            joins=tuple(f.get("joins", ())),
            anaphoric=f.get("anaphoric", False),
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
            if frame.not_after and frame.not_after.search(sentence.text, max(0, m.start() - VETO_REACH), m.start()):
                continue
            if m.end() > m.start():
                found.append((m.start(), m.start() - m.end(), rank, m.end(), frame))
    found.sort(key=lambda x: x[:3])
    chosen: list[tuple[int, int, Frame]] = []
    for start, _, _, end, frame in found:
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, frame))
    return [_with_window(sentence, chosen, i) for i in range(len(chosen))]


def _with_window(sentence: Sentence, chosen: Sequence[tuple[int, int, Frame]], i: int) -> Trigger:
    """The trigger ``i`` of a sentence with its clause window: from the previous
    trigger's end to the next one's start; an adjunct bounds only adjuncts."""
    s, e, frame = chosen[i]
    bounds = [(a, b) for j, (a, b, f) in enumerate(chosen) if j == i or frame.adjunct or not f.adjunct]
    k = bounds.index((s, e))
    lo = bounds[k - 1][1] if k else 0
    hi = bounds[k + 1][0] if k + 1 < len(bounds) else len(sentence.text)
    base = sentence.start
    return Trigger(frame, base + s, base + e, sentence.text[s:e], (base + lo, base + hi), base)


def fill_roles(
    ctx: DocContext,
    trigger: Trigger,
    args: Sequence[Arg],
    lexicons: Mapping[str, Any],
) -> dict[str, list[Arg]]:
    """Claim role -> the Args that fill it for this trigger (lists keep their group).

    A mention fills at most one role. "compound" is a bare name modifying the
    trigger's noun (퓨리오사AI 인수, "Inflection round"); "alongside" names join a
    list role ("led by A, alongside B").
    """
    g = Grammar.of(lexicons, ctx.lang)
    reader = reader_for(ctx.lang)
    text = ctx.document.text
    used: set[str] = set()
    out: dict[str, list[Arg]] = {}
    for role, cases in trigger.frame.roles.items():
        chosen: Arg | None = None
        for case in cases:
            pool = reader.candidates(text, trigger, args, case, g)
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
        if role.endswith("s"):  # "A가 공동 주도한 이번 라운드에는 B도 참여했다"
            members += [a for a in args if a.case in trigger.frame.joins and a.start < trigger.start
                        and a.entity_id not in used and a not in members]
        out[role] = members
        used.update(a.entity_id for a in members)
    return out
