"""What a sentence leaves unsaid and takes from before it: a dropped subject (Korean
news drops it constantly) and an anaphoric date (당시, 이날, "at the time").

Pronouns and "이 회사" / "the company" are the entity layer's job: they arrive as
Mentions with ``how="coref"`` and are read like names.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from ..model import Sentence, When
from .args import SUBJECT_CASES, Arg
from .context import DocContext
from .cues import Cues
from .frames import Grammar, read_arguments

DATE_REACH = 3  # sentences back an anaphoric date may reach
_PUNCT = "'’\"”,.」』)"


def _subject_of(args: Sequence[Arg], kinds: Sequence[str]) -> Arg | None:
    """The first subject or topic (Korean), else the first bare name (English)."""
    fits = [a for a in args if a.kind in kinds]
    return next((a for a in fits if a.case in SUBJECT_CASES), None) or next((a for a in fits if a.case == "bare"), None)


def states_own_subject(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any], upto: int) -> bool:
    """Whether a Korean sentence, before ``upto``, marks a subject or topic of its
    own that is no recognised name (이 회사는, 링구아랩은): its subject is not
    dropped, so none may be carried in (a wrong party is worse than none)."""
    g = Grammar.of(lexicons, ctx.lang)
    if not g.verb_final:
        return False
    taken = [(m.start, m.end) for m in ctx.mentions_in(sentence)] + [(d.start, d.end) for d in ctx.dates_in(sentence)]
    before = ""
    for word in re.finditer(r"\S+", ctx.document.text[sentence.start:upto]):
        start, end = sentence.start + word.start(), sentence.start + word.end()
        stem = _subject_stem(word.group().rstrip(_PUNCT), g)
        if stem and not any(s < end and start < e for s, e in taken):
            if stem not in g.anaphors and f"{before} {stem}" not in g.anaphors:  # 회사는, 이 회사는: they refer back
                return True
        before = word.group()
    return False


def _subject_stem(word: str, g: Grammar) -> str | None:
    """The noun of ``word`` when the longest particle ending it marks a subject or topic."""
    ending = max((p for p in g.particles if word.endswith(p) and len(word) > len(p)), key=len, default=None)
    return word[:-len(ending)] if ending and g.particles[ending] in ("subject", "topic") else None


def carried_subject(
    ctx: DocContext,
    sentence: Sentence,
    lexicons: Mapping[str, Any],
    kinds: Sequence[str] = ("org",),
    upto: int | None = None,
) -> Arg | None:
    """The subject (or topic) of the previous sentence of the same paragraph, marked
    as carried; None when there is none to take, or when (``upto`` given) the
    sentence states a subject of its own before that offset."""
    prev = ctx.previous(sentence)
    if prev is None or not ctx.same_paragraph(prev, sentence):
        return None
    if upto is not None and states_own_subject(ctx, sentence, lexicons, upto):
        return None
    earlier = read_arguments(ctx, prev, lexicons)
    found = _subject_of(earlier, kinds) or _pronoun_antecedent(ctx, sentence, lexicons, earlier, kinds)
    return found.carried() if found else None


def _pronoun_antecedent(
    ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any], earlier: Sequence[Arg], kinds: Sequence[str]
) -> Arg | None:
    """"The valuation is a big step up for Mistral. It was valued at …": a sentence
    opening with a subject pronoun, after one whose subject is no name, refers to
    the last name of that sentence."""
    pronouns = Cues.of(lexicons, ctx.lang).subject_pronouns
    if pronouns is None or not pronouns.match(sentence.text):
        return None
    fits = [a for a in earlier if a.kind in kinds]
    return fits[-1] if fits else None


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
