"""What a sentence leaves unsaid and takes from before it: a dropped subject (Korean
news drops it constantly) and an anaphoric date (당시, 이날, "at the time").

Pronouns and "이 회사" / "the company" are the entity layer's job: they arrive as
Mentions with ``how="coref"`` and are read like names.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..model import Sentence, When
from .args import SUBJECT_CASES, Arg
from .context import DocContext
from .cues import Cues
from .frames import read_arguments

DATE_REACH = 3  # sentences back an anaphoric date may reach


def _subject_of(args: Sequence[Arg], kinds: Sequence[str]) -> Arg | None:
    """The first subject or topic (Korean), else the first bare name (English)."""
    fits = [a for a in args if a.kind in kinds]
    return next((a for a in fits if a.case in SUBJECT_CASES), None) or next((a for a in fits if a.case == "bare"), None)


def carried_subject(
    ctx: DocContext,
    sentence: Sentence,
    lexicons: Mapping[str, Any],
    kinds: Sequence[str] = ("org",),
) -> Arg | None:
    """The subject (or topic) of the previous sentence of the same paragraph, marked
    as carried; None when there is none to take."""
    prev = ctx.previous(sentence)
    if prev is None or not ctx.same_paragraph(prev, sentence):
        return None
    found = _subject_of(read_arguments(ctx, prev, lexicons), kinds)
    return found.carried() if found else None


def carried_date(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence) -> When | None:
    """For a sentence that says 당시 / 이날 / "at the time" and gives no date of its
    own, the last resolved date of the few sentences before it."""
    cues = Cues.of(lexicons, ctx.lang)
    if cues.anaphoric_dates is None or not cues.anaphoric_dates.search(sentence.text):
        return None
    if any(d.value for d in ctx.dates_in(sentence)):
        return None
    for back in range(sentence.index - 1, max(-1, sentence.index - 1 - DATE_REACH), -1):
        dates = [d for d in ctx.dates_in(ctx.sentences[back]) if d.value]
        if dates:
            return dates[-1]
    return None
