"""Predicate frames: which names of a sentence fill which roles for a trigger.

A ``Frame`` (data: ``data/lexicons/<family>.<lang>.json``) gives a trigger
pattern and, for each claim role, the grammatical cases that may fill it
(``cases.read_arguments`` reads those from Korean particles or English word
order and prepositions): A가 B에 X를 투자 is investors <- subject, investee <-
dative; "B raised X from A" is investee <- subject, investors <- source.
``find_triggers`` finds a sentence's triggers and the clause window of each, and
``fill_roles`` picks the nearest fitting names within it.
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
        out[role] = members
        used.update(a.entity_id for a in members)
    return out
