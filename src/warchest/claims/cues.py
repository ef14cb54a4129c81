"""Status, scope, negation and hedging cues around a trigger, shared by every family.

The cue words are data (``data/lexicons/cues.<lang>.json``). Two reaches:
sentence-wide cues (a denial, a press report as the only source) colour every
claim of the sentence; local cues (검토, 추진, 하기로, "agreed to", "has raised")
belong to the trigger's own clause, and the one nearest the trigger wins. A
denied, rejected or hedged statement therefore never reads as a completed deal.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping

from ..model import Sentence
from .context import DocContext
from .frames import Trigger

_KO_CLAUSE_END = re.compile(r"(?:며|고|면서|지만|는데|으나|다|해|서)(?=[\s,.”\"'’)]|$)")


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns of one language."""

    sentence: tuple[tuple[str, re.Pattern], ...]  # status -> pattern, strongest first
    local: tuple[tuple[str, re.Pattern], ...]
    rejected: re.Pattern | None
    negation: re.Pattern | None
    hedge: re.Pattern | None
    scope: tuple[tuple[str, re.Pattern], ...]
    anaphoric_dates: re.Pattern | None  # 당시, 이날, "at the time": a date given earlier

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "Cues":
        data = lexicons.get(f"cues.{lang}", {})
        return _compile(lang, json.dumps(data, sort_keys=True, ensure_ascii=False))


@lru_cache(maxsize=8)
def _compile(lang: str, key: str) -> Cues:
    """Compile once per distinct cue file (the JSON text is the cache key)."""
    data = json.loads(key)
    flags = re.IGNORECASE if lang == "en" else 0

    def one(words) -> re.Pattern | None:
        return re.compile("|".join(f"(?:{w})" for w in words), flags) if words else None

    def many(table) -> tuple[tuple[str, re.Pattern], ...]:
        return tuple((name, one(words)) for name, words in (table or {}).items() if words)

    return Cues(
        sentence=many(data.get("sentence")),
        local=many(data.get("local")),
        rejected=one(data.get("rejected")),
        negation=one(data.get("negation")),
        hedge=one(data.get("hedge")),
        scope=many(data.get("scope")),
        anaphoric_dates=one([re.escape(w) for w in data.get("anaphoric_dates", ())]),
    )


def clause_span(ctx: DocContext, trigger: Trigger) -> tuple[int, int]:
    """The stretch of text whose cues belong to this trigger: from the previous
    trigger to the end of this one's predicate (Korean) or to the next trigger."""
    lo, hi = trigger.window
    if ctx.lang == "ko":
        m = _KO_CLAUSE_END.search(ctx.document.text, trigger.end, hi)
        if m:
            hi = m.end()
    return lo, hi


def _nearest(pattern_table, text: str, lo: int, hi: int, trigger: Trigger, after_first: bool) -> str | None:
    """The cue category whose match lies nearest the trigger within [lo, hi)."""
    best: tuple[int, int, str] | None = None
    for rank, (name, pattern) in enumerate(pattern_table):
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= trigger.start:
                distance = max(0, m.start() - trigger.end)
            else:
                distance = trigger.start - m.end() + (1000 if after_first else 0)
            key = (max(distance, 0), rank, name)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _sentence_status(cues: Cues, sentence: Sentence) -> str | None:
    for name, pattern in cues.sentence:
        if pattern.search(sentence.text):
            return name
    return None


def is_rejected(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence) -> bool:
    """Whether the sentence reports an offer turned down (거절, "turned down")."""
    cues = Cues.of(lexicons, ctx.lang)
    return bool(cues.rejected and cues.rejected.search(sentence.text))


def is_negated(ctx: DocContext, lexicons: Mapping[str, Any], trigger: Trigger) -> bool:
    """Whether the trigger's predicate is negated ("did not buy", 포함되지 않았다)."""
    cues = Cues.of(lexicons, ctx.lang)
    if cues.negation is None:
        return False
    text = ctx.document.text
    lo, hi = trigger.window
    if ctx.lang == "ko":
        return bool(cues.negation.search(text, trigger.end, hi))
    before = text[max(lo, trigger.start - 30):trigger.start]
    return bool(cues.negation.search(" ".join(before.split()[-3:]) + " "))


def is_hedged(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence) -> bool:
    """Whether the sentence only estimates (업계에서는 … 보고 있다, "estimated")."""
    cues = Cues.of(lexicons, ctx.lang)
    return bool(cues.hedge and cues.hedge.search(sentence.text))


def status_of(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence, trigger: Trigger) -> str | None:
    """completed, announced, planned, considering, rumored or denied; None for a
    rejected offer, and never ``completed`` for a hedged statement."""
    cues = Cues.of(lexicons, ctx.lang)
    wide = _sentence_status(cues, sentence)
    if wide == "denied":
        return wide
    if is_rejected(ctx, lexicons, sentence):
        return None
    if wide:
        return wide
    lo, hi = clause_span(ctx, trigger)
    local = _nearest(cues.local, ctx.document.text, lo, hi, trigger, after_first=ctx.lang == "ko")
    if local == "completed" and is_hedged(ctx, lexicons, sentence):
        return None
    return local


def scope_of(ctx: DocContext, lexicons: Mapping[str, Any], trigger: Trigger, until: int | None = None) -> str | None:
    """cumulative or commitment when the trigger's clause (stretched to ``until``,
    e.g. the end of an amount that follows the verb) says so, else None."""
    cues = Cues.of(lexicons, ctx.lang)
    lo, hi = clause_span(ctx, trigger)
    return _nearest(cues.scope, ctx.document.text, lo, max(hi, until or hi), trigger, False)
