"""Status, scope, negation and hedging cues around a trigger, shared by every family.

The cue words are data (``data/lexicons/cues.<lang>.json``). Two reaches:
sentence-wide cues (a denial, a press report as the only source) colour every
claim of the sentence; local cues (검토, 추진, 하기로, "agreed to", "has raised")
belong to the trigger's own clause, and the one nearest the trigger wins. A
denied, rejected or hedged statement therefore never reads as a completed deal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..model import Amount, Sentence
from .context import DocContext
from .lexicon import compiled
from .frames import Grammar, Trigger



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
    subject_pronouns: re.Pattern | None  # "It …" opening a sentence: the name just before

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "Cues":
        return compiled(lexicons, "cues", lang, _compile)


def _compile(lang: str, data: dict) -> Cues:
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
        subject_pronouns=one(data.get("subject_pronouns")),
    )


def clause_span(ctx: DocContext, lexicons: Mapping[str, Any], trigger: Trigger) -> tuple[int, int]:
    """The stretch of text whose cues belong to this trigger: from the previous
    trigger to the end of this one's clause (for Korean, its predicate)."""
    lo, hi = trigger.window
    end = Grammar.of(lexicons, ctx.lang).clause_end
    m = end.search(ctx.document.text, trigger.end, hi) if end else None
    return lo, (m.start() if m else hi)


def own_clause(
    ctx: DocContext, lexicons: Mapping[str, Any], trigger: Trigger, sentence_end: int | None = None
) -> tuple[int, int]:
    """The clause the trigger sits in, between the clause ends around it; with
    ``sentence_end`` its end may lie past the next trigger ("put X into Y's round
    last October")."""
    lo, hi = clause_span(ctx, lexicons, trigger)
    end = Grammar.of(lexicons, ctx.lang).clause_end
    if end is None:
        return lo, hi
    for m in end.finditer(ctx.document.text, lo, trigger.start):
        lo = m.end()
    if sentence_end is not None:
        m = end.search(ctx.document.text, trigger.end, sentence_end)
        hi = m.start() if m else sentence_end
    return lo, hi


def _nearest(
    pattern_table, text: str, lo: int, hi: int, trigger: Trigger, after_first: bool, skip: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The cue category whose match lies nearest the trigger within [lo, hi),
    leaving out matches that start inside a ``skip`` span."""
    best: tuple[int, int, str] | None = None
    for rank, (name, pattern) in enumerate(pattern_table):
        for m in pattern.finditer(text, lo, hi):
            if any(s <= m.start() < e for s, e in skip):
                continue
            if m.start() >= trigger.start:
                distance = max(0, m.start() - trigger.end)
            else:
                distance = trigger.start - m.end() + (1000 if after_first else 0)
            key = (distance, rank, name)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _sentence_status(cues: Cues, sentence: Sentence) -> str | None:
    for name, pattern in cues.sentence:
        if pattern.search(sentence.text):
            return name
    return None


def sentence_status(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence) -> str | None:
    """The status a whole sentence gives its deals (a denial, a press report), if any."""
    return _sentence_status(Cues.of(lexicons, ctx.lang), sentence)


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
    if Grammar.of(lexicons, ctx.lang).verb_final:  # 투자하지 않았다: after the verb stem
        return bool(cues.negation.search(text, trigger.end, hi))
    before = text[max(lo, trigger.start - 30):trigger.start]
    return bool(cues.negation.search(" ".join(before.split()[-3:]) + " "))


def is_hedged(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence) -> bool:
    """Whether the sentence only estimates (업계에서는 … 보고 있다, "estimated")."""
    cues = Cues.of(lexicons, ctx.lang)
    return bool(cues.hedge and cues.hedge.search(sentence.text))


def status_of(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence, trigger: Trigger) -> str | None:
    """completed, announced, planned, considering, rumored or denied; None for a
    rejected offer, and ``rumored`` for a hedged statement of a done deal."""
    cues = Cues.of(lexicons, ctx.lang)
    wide = _sentence_status(cues, sentence)
    if wide == "denied":
        return wide
    if is_rejected(ctx, lexicons, sentence):
        return None
    if wide:
        return wide
    local = local_status(ctx, lexicons, trigger)
    if local in ("completed", None) and is_hedged(ctx, lexicons, sentence):
        return "rumored"  # 업계에서는 … 넣은 것으로 (조달할 것으로) 보고 있다: others' estimate, not the deal
    return local


def local_status(ctx: DocContext, lexicons: Mapping[str, Any], trigger: Trigger) -> str | None:
    """The status the trigger's own clause gives it (검토 중, 추진, "agreed to",
    "has raised"), the cue nearest the trigger winning; sentence-wide cues aside."""
    cues = Cues.of(lexicons, ctx.lang)
    lo, hi = clause_span(ctx, lexicons, trigger)
    after_first = Grammar.of(lexicons, ctx.lang).verb_final
    local = _nearest(cues.local, ctx.document.text, lo, hi, trigger, after_first)
    considering = tuple((n, p) for n, p in cues.local if n == "considering")
    if local == "planned" and _nearest(considering, ctx.document.text, lo, hi, trigger, after_first):
        local = "considering"  # 투자 방안을 검토 중: the review is the news, not the plan
    if local is None and after_first:  # …투자해 지분을 확보한다고 밝혔다: the final verb's mood
        local = _nearest(cues.local, ctx.document.text, hi, trigger.window[1], trigger, after_first)
    return local


def scope_of(
    ctx: DocContext,
    lexicons: Mapping[str, Any],
    trigger: Trigger,
    amount: Amount | None = None,
    others: Sequence[Amount] = (),
) -> str | None:
    """cumulative or commitment when the trigger's clause says so, else None. The
    clause reaches the end of the claim's own amount; a cue inside another figure
    (its "up to", 최대) is that figure's, not this claim's."""
    cues = Cues.of(lexicons, ctx.lang)
    verb_final = Grammar.of(lexicons, ctx.lang).verb_final
    lo, hi = clause_span(ctx, lexicons, trigger) if verb_final else own_clause(ctx, lexicons, trigger)
    if amount is not None:
        hi = max(hi, amount.end)
    skip = [(a.start, a.end) for a in others if a is not amount]
    return _nearest(cues.scope, ctx.document.text, lo, hi, trigger, False, skip)
